import { vietnamDateOf } from '../../common/legacy/legacyFormat.js';
import { DossierStatus } from '../schema/enums.js';

/**
 * DOMAIN.md, "On time": a dossier is resolved on time when it is finished as resolved (status 9 or
 * 10) and the date of `finishedAt` is on or before the date of `appointmentAt`, dates in Vietnam
 * time. Null while it is not resolved: open, withdrawn, stopped and refused dossiers are neither
 * on time nor late.
 */
export function dossierOnTime(dossier: { status: DossierStatus; finishedAt: Date | null; appointmentAt: string | null }): boolean | null {
  if (dossier.status !== DossierStatus.RESOLVED && dossier.status !== DossierStatus.RESULT_RETURNED) return null;
  if (dossier.finishedAt === null || dossier.appointmentAt === null) return null;
  return vietnamDateOf(dossier.finishedAt) <= dossier.appointmentAt;
}
