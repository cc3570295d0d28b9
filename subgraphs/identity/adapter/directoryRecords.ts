import { z } from 'zod';
import {
  legacyOptionalText,
  legacyText,
  parseLegacyDate,
  parseLegacyInt,
  splitLegacyList,
  LegacyFormatError,
} from '../../common/legacy/legacyFormat.js';

/** What the identity subgraph knows of an agency, mapped from the directory system's record. */
export interface AgencyRecord {
  readonly code: string;
  readonly name: string;
  readonly shortName: string | null;
  readonly level: AgencyLevelName;
  readonly parentCode: string | null;
  readonly validFrom: string;
  readonly validTo: string | null;
  readonly successorCodes: readonly string[];
  readonly predecessorCodes: readonly string[];
}

export type AgencyLevelName = 'CITY' | 'DEPARTMENT' | 'DISTRICT' | 'COMMUNE';
export type RoleName = 'LEADER' | 'OFFICIAL' | 'AUDITOR';

export interface OfficialRecord {
  readonly id: string;
  readonly name: string;
  readonly position: string;
  readonly agencyCode: string;
  readonly roles: readonly RoleName[];
}

/**
 * A citizen of the registry (identity API.md, "Citizens"): every field but the level is personal
 * data, which only the Citizen resolvers read, through the personal-data guard.
 */
export interface CitizenRecord {
  /** The entity key: the personal id, in clear for the other subgraphs (`@inaccessible` to clients). */
  readonly id: string;
  readonly personalId: string;
  readonly fullName: string;
  /** `YYYY-MM-DD`. */
  readonly birthDate: string;
  readonly sex: 'MALE' | 'FEMALE';
  /** The whole permanent address. */
  readonly address: string;
  /** The commune or ward part of it, e.g. `phường Hoàn Kiếm`. */
  readonly communeName: string;
  readonly communeCode: string;
  readonly phone: string | null;
  readonly identityLevel: 1 | 2;
}

/** `CapDonVi` of the directory system, both ways. */
export const LEVEL_FROM_LEGACY: Readonly<Record<string, AgencyLevelName>> = {
  '1': 'CITY',
  '2': 'DEPARTMENT',
  '3': 'DISTRICT',
  '4': 'COMMUNE',
};
export const LEVEL_TO_LEGACY: Readonly<Record<AgencyLevelName, string>> = {
  CITY: '1',
  DEPARTMENT: '2',
  DISTRICT: '3',
  COMMUNE: '4',
};

const ROLE_FROM_LEGACY: Readonly<Record<string, RoleName>> = {
  LD: 'LEADER',
  CV: 'OFFICIAL',
  TTR: 'AUDITOR',
};

export const legacyAgencySchema = z.object({
  MaDinhDanh: z.string().min(1),
  TenDonVi: z.string().min(1),
  TenVietTat: z.string(),
  CapDonVi: z.string(),
  MaDonViCha: z.string(),
  NgayHieuLuc: z.string().min(1),
  NgayHetHieuLuc: z.string(),
  DonViKeThua: z.string(),
  DonViTienNhiem: z.string(),
});

export const legacyOfficialSchema = z.object({
  IDCanBo: z.string().min(1),
  HoVaTen: z.string().min(1),
  ChucVu: z.string(),
  MaDonVi: z.string().min(1),
  VaiTro: z.string(),
});

export function mapAgency(record: z.infer<typeof legacyAgencySchema>): AgencyRecord {
  const level = LEVEL_FROM_LEGACY[record.CapDonVi.trim()];
  if (!level) throw new LegacyFormatError('CapDonVi', `unknown level ${JSON.stringify(record.CapDonVi)}`);
  return {
    code: record.MaDinhDanh.trim(),
    name: legacyText(record.TenDonVi),
    shortName: legacyOptionalText(record.TenVietTat),
    level,
    parentCode: legacyOptionalText(record.MaDonViCha),
    validFrom: parseLegacyDate('NgayHieuLuc', record.NgayHieuLuc) as string,
    validTo: parseLegacyDate('NgayHetHieuLuc', record.NgayHetHieuLuc),
    successorCodes: splitLegacyList(record.DonViKeThua),
    predecessorCodes: splitLegacyList(record.DonViTienNhiem),
  };
}

export function mapOfficial(record: z.infer<typeof legacyOfficialSchema>): OfficialRecord {
  const roles = splitLegacyList(record.VaiTro, ',').map((code) => {
    const role = ROLE_FROM_LEGACY[code.toUpperCase()];
    if (!role) throw new LegacyFormatError('VaiTro', `unknown role ${JSON.stringify(code)}`);
    return role;
  });
  return {
    id: record.IDCanBo.trim(),
    name: legacyText(record.HoVaTen),
    position: legacyText(record.ChucVu),
    agencyCode: record.MaDonVi.trim(),
    roles,
  };
}

/** Whole numbers the directory sends as strings; re-exported for the list readers. */
export { parseLegacyInt };

export const legacyCitizenSchema = z.object({
  SoDinhDanh: z.string().regex(/^\d{12}$/),
  HoVaTen: z.string().min(1),
  NgaySinh: z.string().min(1),
  GioiTinh: z.string(),
  NoiThuongTru: z.string(),
  MaXaPhuong: z.string(),
  TenXaPhuong: z.string(),
  SoDienThoai: z.string(),
  MucDoDinhDanh: z.string(),
});

const SEX_FROM_LEGACY: Readonly<Record<string, CitizenRecord['sex']>> = { '1': 'MALE', '2': 'FEMALE' };

export function mapCitizen(record: z.infer<typeof legacyCitizenSchema>): CitizenRecord {
  const sex = SEX_FROM_LEGACY[record.GioiTinh.trim()];
  if (!sex) throw new LegacyFormatError('GioiTinh', `expected 1 or 2, got ${JSON.stringify(record.GioiTinh)}`);
  const level = record.MucDoDinhDanh.trim();
  if (level !== '1' && level !== '2') throw new LegacyFormatError('MucDoDinhDanh', `expected 1 or 2, got ${JSON.stringify(record.MucDoDinhDanh)}`);
  return {
    id: record.SoDinhDanh,
    personalId: record.SoDinhDanh,
    fullName: legacyText(record.HoVaTen),
    birthDate: parseLegacyDate('NgaySinh', record.NgaySinh) as string,
    sex,
    address: legacyText(record.NoiThuongTru),
    communeName: legacyText(record.TenXaPhuong),
    communeCode: record.MaXaPhuong.trim(),
    phone: legacyOptionalText(record.SoDienThoai),
    identityLevel: level === '1' ? 1 : 2,
  };
}
