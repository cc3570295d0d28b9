import { describe, expect, it } from 'vitest';
import { DossierStatus } from '../schema/enums.js';
import { appointmentAfterSupplement, appointmentDate } from './appointmentDate.js';
import { dossierOnTime } from './dossierOnTime.js';

/** An instant in Vietnam time. */
const at = (text: string): Date => new Date(`${text}+07:00`);

describe('appointment dates by the working-day calendar', () => {
  it.each([
    ['5 working days from a Wednesday, no holiday', '2025-03-05', 5, '2025-03-12'],
    ['within the day (0 days) on a working day', '2025-03-05', 0, '2025-03-05'],
    ['3 working days from the Friday before Tết Ất Tỵ', '2025-01-24', 3, '2025-02-05'],
    ['10 working days from 10 February 2026, across Tết Bính Ngọ', '2026-02-10', 10, '2026-03-03'],
    ['2 working days from 29 April 2025, across 30/4 and 1/5', '2025-04-29', 2, '2025-05-06'],
    ['1 working day from Friday 25 April 2025 is the make-up Saturday', '2025-04-25', 1, '2025-04-26'],
    ['1 working day from 29 August 2025, across National Day', '2025-08-29', 1, '2025-09-03'],
  ])('%s', (_what, received, days, expected) => {
    expect(appointmentDate(received, days)).toBe(expected);
  });

  it.each([
    // Old appointment Wed 12/3 (5 working days from Wed 5/3); asked Fri 7/3: 3 working days remained (10, 11, 12).
    ['asked on day 2, supplemented 4 working days later', '2025-03-12', '2025-03-07', '2025-03-13', '2025-03-18'],
    ['asked on the old appointment day: nothing remained, due the day the supplement comes', '2025-03-12', '2025-03-12', '2025-03-14', '2025-03-14'],
    // Old appointment Wed 22/1; asked Thu 16/1: 4 working days remained (17, 20, 21, 22); Tết Ất Tỵ is 25/1–2/2.
    ['supplemented the Friday before Tết: the remaining days fall after it', '2025-01-22', '2025-01-16', '2025-01-24', '2025-02-06'],
  ])('a supplement moves the appointment: %s', (_what, old, requested, received, expected) => {
    expect(appointmentAfterSupplement(old, requested, received)).toBe(expected);
  });
});

describe('the on-time rule', () => {
  const resolved = { status: DossierStatus.RESOLVED, appointmentAt: '2025-03-12' };
  it.each([
    ['finished on the appointment day, late in the evening', { ...resolved, finishedAt: at('2025-03-12T23:59:00') }, true],
    ['finished the day after (just after midnight in Vietnam)', { ...resolved, finishedAt: at('2025-03-13T00:01:00') }, false],
    ['finished early', { ...resolved, finishedAt: at('2025-03-06T09:00:00') }, true],
    ['result returned, finished on time', { ...resolved, status: DossierStatus.RESULT_RETURNED, finishedAt: at('2025-03-11T10:00:00') }, true],
    ['finished late after a holiday', { status: DossierStatus.RESULT_RETURNED, appointmentAt: '2025-01-24', finishedAt: at('2025-02-03T08:00:00') }, false],
    ['withdrawn before the appointment: not resolved', { ...resolved, status: DossierStatus.WITHDRAWN, finishedAt: at('2025-03-07T10:00:00') }, null],
    ['stopped for a missing supplement: not resolved', { ...resolved, status: DossierStatus.PROCESSING_STOPPED, finishedAt: at('2025-04-01T10:00:00') }, null],
    ['refused at reception: not resolved', { status: DossierStatus.NOT_RECEIVED, appointmentAt: null, finishedAt: at('2025-03-07T10:00:00') }, null],
    ['still processing', { ...resolved, status: DossierStatus.PROCESSING, finishedAt: null }, null],
  ])('%s', (_what, dossier, expected) => {
    expect(dossierOnTime(dossier)).toBe(expected);
  });

  it('reads the finish date in Vietnam time: 2025-03-12T18:30Z is already the 13th', () => {
    expect(dossierOnTime({ ...resolved, finishedAt: new Date('2025-03-12T18:30:00Z') })).toBe(false);
  });
});
