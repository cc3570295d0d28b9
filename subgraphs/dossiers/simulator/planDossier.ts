import { drawFrom, hash32, hashUnit } from '../../common/simulator/hash32.js';
import { dayOfMinutes, MINUTES_PER_DAY } from '../../common/simulator/vietnamTime.js';
import { channelOf, ONLINE, outcomeOf, REFUSED, RESOLVED, STOPPED, SUPPLEMENT_BIT, WITHDRAWN } from './dossierFlags.js';
import { PROCEDURES, type Procedure } from './procedureCatalogue.js';
import { nthWorkingDay, workingDayNumber } from './workingDayIndex.js';

/**
 * The life of one dossier, as a pure function of its row: when it was submitted, received,
 * asked for a supplement, supplemented, asked to meet its financial obligation, finished and
 * returned, and its appointment date. Nothing of this is stored (see seedDossiers.ts); the same
 * row always plans the same way, so records, lists and statistics agree.
 *
 * The rules (API.md, "Dossier life"):
 * - appointment = reception date + the procedure's processing time in working days (the official
 *   calendar; the reception date itself does not count, 0 days = the same day);
 * - a supplement request stops the clock: the new appointment is the date the supplement is
 *   received + the working days that remained from the request date to the old appointment
 *   (request date excluded, old appointment included); a supplement never brought stops
 *   processing (status 8) 15 working days after the request;
 * - a financial obligation (status 6) does not move the appointment;
 * - on time = finished on or before the appointment date (DOMAIN.md, "On time").
 *
 * All minutes are simulator minutes (vietnamTime.ts), all days simulator days; -1 means never.
 */
export interface DossierPlan {
  /** `NgayNopHoSo`: registration; before reception for online dossiers. */
  readonly submittedAt: number;
  /** `NgayTiepNhan`, -1 for a dossier refused at reception. */
  readonly receivedAt: number;
  /** From this minute the dossier is being processed (status 4) rather than just received (2). */
  readonly processingFrom: number;
  /** Appointment date given at reception. */
  readonly initialAppointmentDay: number;
  /** Appointment date once a supplement has been received (else the initial one). */
  readonly appointmentDay: number;
  readonly supplementRequestedAt: number;
  readonly supplementReceivedAt: number;
  readonly obligationFrom: number;
  readonly obligationTo: number;
  /** When handling ended: resolved, withdrawn, stopped, or refused at reception. */
  readonly endedAt: number;
  /** `NgayTra`, resolved dossiers only. */
  readonly returnedAt: number;
  /** Resolved on or before the appointment date. */
  readonly onTime: boolean;
}

/** The columns a plan reads. */
export interface PlannedColumns {
  readonly seed: number;
  readonly time: Int32Array;
  readonly procedure: Uint16Array;
  readonly flags: Uint8Array;
}

const SALT = 0xd0551e;
/** Working days after which a dossier whose supplement never came is stopped. */
const SUPPLEMENT_DEADLINE_WORKING_DAYS = 15;
/** Longest wait for a supplement that does come, in working days. */
const MAX_SUPPLEMENT_WAIT = 10;
/** Late dossiers are finished up to this many working days after the appointment. */
const MAX_WORKING_DAYS_LATE = 15;

/** How punctual an agency is: a factor on every procedure's late rate, 0.3 to 2. */
export function punctualityFactor(seed: number, agency: number): number {
  return 0.3 + 1.7 * hashUnit(seed, agency, 0x9ac7);
}

// Helpers are top-level functions of the row's hash, not closures: planning runs millions of
// times at seeding, and tsx wraps every named closure in a helper call.

function unitOf(base: number, k: number): number {
  return drawFrom(base, k) / 4294967296;
}

function intOf(base: number, k: number, n: number): number {
  return drawFrom(base, k) % n;
}

/** A minute on `day` in working hours (08:00–17:00), and at least a few minutes after `after`. */
function minuteOn(base: number, day: number, after: number, k: number): number {
  return Math.max(after + 5 + intOf(base, k, 20), day * MINUTES_PER_DAY + 480 + intOf(base, k + 1, 540));
}

/** Plans dossier `row` of agency `agency`. */
export function planDossier(store: PlannedColumns, row: number, agency: number): DossierPlan {
  const base = hash32(store.seed, row, SALT);

  const t = store.time[row] as number;
  const flags = store.flags[row] as number;
  const outcome = outcomeOf(flags);
  const receptionDay = dayOfMinutes(t);
  const c = workingDayNumber(receptionDay);

  if (outcome === REFUSED) {
    // Checked within one or two working days, and refused.
    const refusedAt = minuteOn(base, nthWorkingDay(c + 1 + intOf(base, 1, 2)), t, 2);
    return {
      submittedAt: t,
      receivedAt: -1,
      processingFrom: -1,
      initialAppointmentDay: -1,
      appointmentDay: -1,
      supplementRequestedAt: -1,
      supplementReceivedAt: -1,
      obligationFrom: -1,
      obligationTo: -1,
      endedAt: refusedAt,
      returnedAt: -1,
      onTime: false,
    };
  }

  const procedure = PROCEDURES[store.procedure[row] as number] as Procedure;
  const online = channelOf(flags) === ONLINE;
  // Online dossiers were submitted minutes to two days before a one-stop-shop official received them.
  const submittedAt = online ? t - 10 - Math.floor(unitOf(base, 3) * unitOf(base, 3) * 2880) : t;
  const processingFrom = t + 15 + intOf(base, 4, 225);
  const days = procedure.days;
  const initialIndex = c + days;
  const initialAppointmentDay = nthWorkingDay(initialIndex);
  let cursor = c;
  let previous = processingFrom;
  let pause = 0;
  let supplementRequestedAt = -1;
  let supplementReceivedAt = -1;

  let stoppedAt = -1;
  if ((flags & SUPPLEMENT_BIT) !== 0) {
    const asked = 1 + intOf(base, 5, Math.max(1, days));
    supplementRequestedAt = minuteOn(base, nthWorkingDay(c + asked), previous, 6);
    if (outcome === STOPPED) {
      stoppedAt = minuteOn(base, nthWorkingDay(c + asked + SUPPLEMENT_DEADLINE_WORKING_DAYS), supplementRequestedAt, 8);
    } else {
      pause = 1 + Math.floor(unitOf(base, 9) * unitOf(base, 9) * MAX_SUPPLEMENT_WAIT);
      supplementReceivedAt = minuteOn(base, nthWorkingDay(c + asked + pause), supplementRequestedAt, 10);
      cursor = c + asked + pause;
      previous = supplementReceivedAt;
    }
  }
  // Received + remaining working days: the old appointment moved by the working days waited.
  const appointmentIndex = initialIndex + pause;
  const appointmentDay = nthWorkingDay(appointmentIndex);

  let obligationFrom = -1;
  let obligationTo = -1;
  let endedAt: number;
  let returnedAt = -1;
  if (outcome === STOPPED) {
    // Stopped dossiers are those whose supplement never came (seedDossiers.ts).
    endedAt = stoppedAt >= 0 ? stoppedAt : minuteOn(base, nthWorkingDay(c + SUPPLEMENT_DEADLINE_WORKING_DAYS), previous, 8);
  } else if (outcome === WITHDRAWN) {
    endedAt = minuteOn(base, nthWorkingDay(cursor + intOf(base, 12, Math.max(1, appointmentIndex - cursor) + 1)), previous, 13);
  } else {
    ({ obligationFrom, obligationTo, endedAt, returnedAt } = finish(base, procedure, online, cursor, previous, appointmentIndex, punctualityFactor(store.seed, agency)));
  }
  return {
    submittedAt,
    receivedAt: t,
    processingFrom,
    initialAppointmentDay,
    appointmentDay,
    supplementRequestedAt,
    supplementReceivedAt,
    obligationFrom,
    obligationTo,
    endedAt,
    returnedAt,
    onTime: outcome === RESOLVED && dayOfMinutes(endedAt) <= appointmentDay,
  };
}

/**
 * The end of a dossier that is resolved: the financial obligation step if its procedure has one,
 * the finish (on time, or late by the agency's punctuality), and the return of the result.
 */
function finish(base: number, procedure: Procedure, online: boolean, from: number, after: number, appointmentIndex: number, punctuality: number) {
  let cursor = from;
  let previous = after;
  let obligationFrom = -1;
  let obligationTo = -1;
  if (procedure.obligation && unitOf(base, 14) < 0.6) {
    const start = cursor + intOf(base, 15, Math.max(0, appointmentIndex - 1 - cursor) + 1);
    const length = 1 + intOf(base, 16, 4);
    obligationFrom = minuteOn(base, nthWorkingDay(start), previous, 17);
    obligationTo = minuteOn(base, nthWorkingDay(start + length), obligationFrom, 19);
    cursor = start + length;
    previous = obligationTo;
  }

  const late = unitOf(base, 21) < procedure.lateRate * punctuality;
  const spread = unitOf(base, 22);
  // On time: skewed towards the appointment (work is done close to it); late: mostly by a few days.
  const finishIndex =
    !late && cursor <= appointmentIndex
      ? cursor + Math.min(appointmentIndex - cursor, Math.floor(Math.sqrt(spread) * (appointmentIndex - cursor + 1)))
      : Math.max(cursor, appointmentIndex + 1) + Math.floor(spread * spread * MAX_WORKING_DAYS_LATE);
  const endedAt = minuteOn(base, nthWorkingDay(finishIndex), previous, 23);
  // Results of online dossiers are mostly sent back electronically at once; the rest are collected.
  const returnedAt =
    online && unitOf(base, 24) < 0.6
      ? endedAt + 5 + intOf(base, 25, 115)
      : minuteOn(base, nthWorkingDay(finishIndex + Math.floor(unitOf(base, 26) * unitOf(base, 26) * 8)), endedAt, 27);
  return { obligationFrom, obligationTo, endedAt, returnedAt };
}
