import type { LegacyRecord } from '../../common/simulator/envelope.js';
import { citizenAt } from '../../common/simulator/citizenPopulation.js';
import { drawFrom } from '../../common/simulator/hash32.js';
import { hanoiAgencies, type HanoiAgency } from '../../common/simulator/hanoiAgencies.js';
import { legacyText, storedAsNfd } from '../../common/simulator/legacyText.js';
import { channelOf, ORGANISATION_BIT, PAID_ONLINE_BIT, VNEID_BIT } from './dossierFlags.js';
import { applicantHash, citizenOfRow } from './dossierApplicants.js';
import { appointmentDayAt, statusAt } from './dossierStatus.js';
import { dossierCode } from './dossierCode.js';
import { planDossier } from './planDossier.js';
import { formatPortalAppointment, formatPortalInstant } from './portalTime.js';
import { PROCEDURE_FIELDS, PROCEDURES, type Procedure, type ProcedureField } from './procedureCatalogue.js';
import type { DossierStore } from './seedDossiers.js';

const NFD_SALT = 0xd05;

const COMPANY_KINDS = ['Công ty TNHH', 'Công ty cổ phần', 'Công ty TNHH MTV', 'Hợp tác xã', 'Chi nhánh Công ty cổ phần'] as const;
const COMPANY_WORDS = [
  'Thương mại', 'Đầu tư', 'Xây dựng', 'Dịch vụ', 'Công nghệ', 'Phát triển', 'Sản xuất', 'Vận tải', 'Dược phẩm', 'Thực phẩm',
  'Giáo dục', 'Du lịch', 'Bất động sản', 'Môi trường', 'Tư vấn',
] as const;
const BRANDS = ['Hà Thành', 'Thăng Long', 'Hồng Hà', 'Sông Đà', 'Tây Hồ', 'Long Biên', 'Ba Vì', 'Đông Đô', 'Kinh Bắc', 'Việt Á', 'An Phát', 'Minh Long'] as const;

/**
 * The applicant (chủ hồ sơ): a citizen of the shared population (personal data, which GovGraph
 * masks) or an organisation with its enterprise code.
 */
function applicant(store: DossierStore, row: number): { name: string; id: string } {
  const citizen = citizenOfRow(store, row);
  if (citizen >= 0) {
    const person = citizenAt(citizen);
    return { name: person.fullName, id: person.personalId };
  }
  const base = applicantHash(store.seed, row);
  const kind = COMPANY_KINDS[drawFrom(base, 1) % COMPANY_KINDS.length] as string;
  const word = COMPANY_WORDS[drawFrom(base, 2) % COMPANY_WORDS.length] as string;
  const brand = BRANDS[drawFrom(base, 3) % BRANDS.length] as string;
  // Hanoi's enterprise codes (tax codes) start with 01.
  return { name: `${kind} ${word} ${brand}`, id: `01${String(drawFrom(base, 4) % 100_000_000).padStart(8, '0')}` };
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
  const person = applicant(store, row);
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
