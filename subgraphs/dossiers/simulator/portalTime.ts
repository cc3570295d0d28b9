import { civilFromDays, dayOfMinutes, MINUTES_PER_DAY } from '../../common/simulator/vietnamTime.js';

/**
 * The national portal writes instants as `yyyyMMddHHmmss` in Vietnam time (`20250305140700`),
 * unlike the city's systems (`dd/MM/yyyy HH:mm:ss`): dossier records pass through from it.
 */
export function formatPortalInstant(minutes: number, seconds = 0): string {
  const day = dayOfMinutes(minutes);
  const [y, m, d] = civilFromDays(day);
  const inDay = minutes - day * MINUTES_PER_DAY;
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${y}${pad(m)}${pad(d)}${pad(Math.floor(inDay / 60))}${pad(inDay % 60)}${pad(seconds)}`;
}

/** An appointment is a date; the portal stores it as that date at 17:00:00, the end of office hours. */
export function formatPortalAppointment(day: number): string {
  return formatPortalInstant(day * MINUTES_PER_DAY + 17 * 60);
}
