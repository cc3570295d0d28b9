import { addWorkingDays, workingDaysBetween } from '../../common/calendar/workingDays.js';

/**
 * Appointment dates of the one-stop shops, by the one working-day calendar (simulator API.md,
 * "Dossier life"). Dates are Vietnam calendar dates `YYYY-MM-DD`.
 */

/** The appointment given at reception: `processingDays` working days after the reception date (0: that day). */
export function appointmentDate(receivedDate: string, processingDays: number): string {
  return addWorkingDays(receivedDate, processingDays);
}

/**
 * The appointment once a supplement has come in: the working days that remained from the request
 * date to the old appointment, counted again from the date the supplement was received, so the
 * days spent waiting for the applicant are not held against the agency.
 */
export function appointmentAfterSupplement(oldAppointment: string, requestedDate: string, receivedDate: string): string {
  return addWorkingDays(receivedDate, workingDaysBetween(requestedDate, oldAppointment));
}
