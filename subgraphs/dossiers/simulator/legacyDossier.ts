import type { LegacyRecord } from '../../common/simulator/envelope.js';
import { drawFrom, hash32 } from '../../common/simulator/hash32.js';
import { hanoiAgencies, type HanoiAgency } from '../../common/simulator/hanoiAgencies.js';
import { legacyText, storedAsNfd } from '../../common/simulator/legacyText.js';
import { personName } from '../../common/simulator/personName.js';
import { channelOf, ORGANISATION_BIT, PAID_ONLINE_BIT, VNEID_BIT } from './dossierFlags.js';
import { appointmentDayAt, statusAt } from './dossierStatus.js';
import { dossierCode } from './dossierCode.js';
import { planDossier } from './planDossier.js';
import { formatPortalAppointment, formatPortalInstant } from './portalTime.js';
import { PROCEDURE_FIELDS, PROCEDURES, type Procedure, type ProcedureField } from './procedureCatalogue.js';
import type { DossierStore } from './seedDossiers.js';

const NFD_SALT = 0xd05;
const APPLICANT_SALT = 0xa991;

const COMPANY_KINDS = ['Công ty TNHH', 'Công ty cổ phần', 'Công ty TNHH MTV', 'Hợp tác xã', 'Chi nhánh Công ty cổ phần'] as const;
const COMPANY_WORDS = [
  'Thương mại', 'Đầu tư', 'Xây dựng', 'Dịch vụ', 'Công nghệ', 'Phát triển', 'Sản xuất', 'Vận tải', 'Dược phẩm', 'Thực phẩm',
  'Giáo dục', 'Du lịch', 'Bất động sản', 'Môi trường', 'Tư vấn',
] as const;
const BRANDS = ['Hà Thành', 'Thăng Long', 'Hồng Hà', 'Sông Đà', 'Tây Hồ', 'Long Biên', 'Ba Vì', 'Đông Đô', 'Kinh Bắc', 'Việt Á', 'An Phát', 'Minh Long'] as const;

/** The applicant (chủ hồ sơ): personal data, which the legacy payload carries and GovGraph never shows. */
function applicant(seed: number, row: number, organisation: boolean): { name: string; id: string } {
  const base = hash32(seed, row, APPLICANT_SALT);
  if (organisation) {
    const kind = COMPANY_KINDS[drawFrom(base, 1) % COMPANY_KINDS.length] as string;
    const word = COMPANY_WORDS[drawFrom(base, 2) % COMPANY_WORDS.length] as string;
    const brand = BRANDS[drawFrom(base, 3) % BRANDS.length] as string;
    // Hanoi's enterprise codes (tax codes) start with 01.
    return { name: `${kind} ${word} ${brand}`, id: `01${String(drawFrom(base, 4) % 100_000_000).padStart(8, '0')}` };
  }
  // A personal identification number: province 001 (Hà Nội), century/sex digit, birth year, 6 digits.
  const female = (drawFrom(base, 5) & 1) === 1;
  const born = 1950 + (drawFrom(base, 6) % 56);
  const centurySex = (born >= 2000 ? 2 : 0) + (female ? 1 : 0);
  const id = `001${centurySex}${String(born % 100).padStart(2, '0')}${String(drawFrom(base, 7) % 1_000_000).padStart(6, '0')}`;
  return { name: personName(base), id };
}

/** The legacy record of dossier `row` of `agency`, as the portal shows it at minute `now`. */
export function legacyDossier(store: DossierStore, row: number, agency: number, now: number): LegacyRecord {
  const flags = store.flags[row] as number;
  const procedure = PROCEDURES[store.procedure[row] as number] as Procedure;
  const field = PROCEDURE_FIELDS[procedure.field] as ProcedureField;
  const unit = hanoiAgencies[agency] as HanoiAgency;
  const plan = planDossier(store, row, agency);
  const shown = (minute: number): string => (minute >= 0 && minute <= now ? formatPortalInstant(minute) : '');
  const nfd = storedAsNfd(store.seed, NFD_SALT, row);
  const organisation = (flags & ORGANISATION_BIT) !== 0;
  const person = applicant(store.seed, row, organisation);
  const received = plan.receivedAt >= 0;
  return {
    MaHoSo: dossierCode(store, row, agency),
    MaTTHC: procedure.code,
    TenTTHC: legacyText(procedure.name, nfd),
    MaLinhVuc: field.code,
    TenLinhVuc: legacyText(field.name, nfd),
    MaDonVi: unit.code,
    TenDonVi: legacyText(unit.name, nfd),
    ChuHoSo: legacyText(person.name, nfd),
    SoGiayToChuHoSo: person.id,
    DoiTuongNop: organisation ? '2' : '1',
    KenhThucHien: String(channelOf(flags)),
    TrangThaiHoSo: String(statusAt(plan, flags, now)),
    NgayNopHoSo: formatPortalInstant(plan.submittedAt),
    NgayTiepNhan: received ? formatPortalInstant(plan.receivedAt) : '',
    NgayHenTra: received ? formatPortalAppointment(appointmentDayAt(plan, now)) : '',
    NgayYeuCauBoSung: shown(plan.supplementRequestedAt),
    NgayNhanBoSung: shown(plan.supplementReceivedAt),
    NgayKetThucXuLy: shown(plan.endedAt),
    NgayTra: shown(plan.returnedAt),
    XacThucVNeID: (flags & VNEID_BIT) !== 0 ? '1' : '0',
    ThanhToanTrucTuyen: (flags & PAID_ONLINE_BIT) !== 0 ? '1' : '0',
  };
}
