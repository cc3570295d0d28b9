import type { LegacyRecord } from '../../common/simulator/envelope.js';
import { legacyText, storedAsNfd } from '../../common/simulator/legacyText.js';
import { PROCEDURE_FIELDS, type Procedure, type ProcedureField } from './procedureCatalogue.js';

/** A catalogue entry as the portal prints it (API.md, "Procedures"). */
export function legacyProcedure(seed: number, procedure: Procedure): LegacyRecord {
  const field = PROCEDURE_FIELDS[procedure.field] as ProcedureField;
  const nfd = storedAsNfd(seed, 0x7717, procedure.index);
  return {
    MaTTHC: procedure.code,
    TenTTHC: legacyText(procedure.name, nfd),
    MaLinhVuc: field.code,
    TenLinhVuc: legacyText(field.name, nfd),
    CapThucHien: String(procedure.level),
    ThoiHanGiaiQuyet: String(procedure.days),
    DichVuCongToanTrinh: procedure.fullyOnline ? '1' : '0',
    CoPhiLePhi: procedure.fee ? '1' : '0',
  };
}
