import { outcomeOf, REFUSED, RESOLVED, STOPPED, WITHDRAWN } from './dossierFlags.js';
import type { DossierPlan } from './planDossier.js';

/** `TrangThaiHoSo` codes (API.md, "Statuses"). */
export const NEWLY_REGISTERED = 1;
export const RECEIVED = 2;
export const NOT_RECEIVED = 3;
export const PROCESSING = 4;
export const SUPPLEMENT_REQUESTED = 5;
export const OBLIGATION_REQUESTED = 6;
export const WITHDRAWN_STATUS = 7;
export const STOPPED_STATUS = 8;
export const RESOLVED_STATUS = 9;
export const RETURNED = 10;

/** The status a dossier ends in, from its outcome alone. */
export function finalStatus(flags: number): number {
  switch (outcomeOf(flags)) {
    case RESOLVED:
      return RETURNED;
    case WITHDRAWN:
      return WITHDRAWN_STATUS;
    case STOPPED:
      return STOPPED_STATUS;
    default:
      return NOT_RECEIVED;
  }
}

/** The status of a planned dossier as of minute `at` (the dossier exists by then). */
export function statusAt(plan: DossierPlan, flags: number, at: number): number {
  const outcome = outcomeOf(flags);
  if (outcome === REFUSED) return at < plan.endedAt ? NEWLY_REGISTERED : NOT_RECEIVED;
  if (at >= plan.endedAt) {
    if (outcome === RESOLVED) return plan.returnedAt <= at ? RETURNED : RESOLVED_STATUS;
    return outcome === WITHDRAWN ? WITHDRAWN_STATUS : STOPPED_STATUS;
  }
  if (plan.supplementRequestedAt >= 0 && plan.supplementRequestedAt <= at && (plan.supplementReceivedAt < 0 || at < plan.supplementReceivedAt)) {
    return SUPPLEMENT_REQUESTED;
  }
  if (plan.obligationFrom >= 0 && plan.obligationFrom <= at && at < plan.obligationTo) return OBLIGATION_REQUESTED;
  return at < plan.processingFrom ? RECEIVED : PROCESSING;
}

/** The appointment date known at minute `at`: a moved one only once the supplement is in. */
export function appointmentDayAt(plan: DossierPlan, at: number): number {
  if (plan.supplementReceivedAt >= 0 && plan.supplementReceivedAt <= at) return plan.appointmentDay;
  return plan.initialAppointmentDay;
}
