import { communeOf, type CitizenRecord } from '../../common/simulator/citizenPopulation.js';
import type { LegacyRecord } from '../../common/simulator/envelope.js';
import type { HanoiAgency } from '../../common/simulator/hanoiAgencies.js';
import { legacyText, storedAsNfd } from '../../common/simulator/legacyText.js';
import { formatInstant } from '../../common/simulator/vietnamTime.js';
import type { Official } from './seedOfficials.js';

/** Salts that make agencies and officials draw their NFD storage independently. */
const AGENCY_SALT = 0xa9e1;
const OFFICIAL_SALT = 0x0ff1;
const CITIZEN_SALT = 0xc171;

/** An agency as the directory's API prints it (identity API.md, "Agency record"). */
export function legacyAgency(agency: HanoiAgency, seed: number): LegacyRecord {
  const nfd = storedAsNfd(seed, AGENCY_SALT, agency.index);
  return {
    MaDinhDanh: agency.code,
    TenDonVi: legacyText(agency.name, nfd),
    TenVietTat: legacyText(agency.shortName, nfd),
    CapDonVi: String(agency.level),
    MaDonViCha: agency.parentCode ?? '',
    NgayHieuLuc: formatInstant(agency.validFrom),
    NgayHetHieuLuc: agency.validTo === null ? '' : formatInstant(agency.validTo, 59),
    DonViKeThua: agency.successors.join(';'),
    DonViTienNhiem: agency.predecessors.join(';'),
    ThuTu: String(agency.order),
  };
}

/** An official's account as the directory's API prints it (identity API.md, "Official record"). */
export function legacyOfficial(official: Official, agencyCode: string, seed: number): LegacyRecord {
  const nfd = storedAsNfd(seed, OFFICIAL_SALT, Number(official.id.slice(2)));
  return {
    IDCanBo: official.id,
    HoVaTen: legacyText(official.name, nfd),
    ChucVu: legacyText(official.position, nfd),
    MaDonVi: agencyCode,
    VaiTro: official.roles.join(','),
    TrangThai: '1',
  };
}

const two = (n: number): string => String(n).padStart(2, '0');

/** A citizen as the registry's API prints it (identity API.md, "Citizen record"): personal data. */
export function legacyCitizen(citizen: CitizenRecord, seed: number): LegacyRecord {
  const nfd = storedAsNfd(seed, CITIZEN_SALT, citizen.index);
  const commune = communeOf(citizen);
  return {
    SoDinhDanh: citizen.personalId,
    HoVaTen: legacyText(citizen.fullName, nfd),
    NgaySinh: `${two(citizen.birthDay)}/${two(citizen.birthMonth)}/${citizen.birthYear}`,
    GioiTinh: citizen.female ? '2' : '1',
    NoiThuongTru: legacyText(`${citizen.street}, ${commune.area}, thành phố Hà Nội`, nfd),
    MaXaPhuong: commune.code,
    TenXaPhuong: legacyText(commune.area, nfd),
    SoDienThoai: citizen.phone,
    MucDoDinhDanh: String(citizen.identityLevel),
  };
}
