import { describe, expect, it } from 'vitest';
import { readRecord } from '../../common/legacy/readRecords.js';
import { legacyAgencySchema, legacyOfficialSchema, mapAgency, mapOfficial } from './directoryRecords.js';

const formerCommune = {
  MaDinhDanh: '000.03.31.H26',
  TenDonVi: 'Ủy ban nhân dân phường Phúc Xá'.normalize('NFD'),
  TenVietTat: '',
  CapDonVi: '4',
  MaDonViCha: '000.00.31.H26',
  NgayHieuLuc: '01/08/2008 00:00:00',
  NgayHetHieuLuc: '30/06/2025 23:59:59',
  DonViKeThua: '001.00.00.H26;002.00.00.H26',
  DonViTienNhiem: '',
  ThuTu: '120',
};

describe('agency records of the identity-directory system', () => {
  it('maps a former commune with its successors and NFD name', () => {
    expect(readRecord('identity-directory', legacyAgencySchema, mapAgency, formerCommune)).toEqual({
      code: '000.03.31.H26',
      name: 'Ủy ban nhân dân phường Phúc Xá',
      shortName: null,
      level: 'COMMUNE',
      parentCode: '000.00.31.H26',
      validFrom: '2008-08-01',
      validTo: '2025-06-30',
      successorCodes: ['001.00.00.H26', '002.00.00.H26'],
      predecessorCodes: [],
    });
  });

  it('refuses an unknown level as UPSTREAM_BAD_RESPONSE', () => {
    const result = readRecord('identity-directory', legacyAgencySchema, mapAgency, { ...formerCommune, CapDonVi: '9' });
    expect(result).toBeInstanceOf(Error);
    expect((result as unknown as { extensions: unknown }).extensions).toEqual({ code: 'UPSTREAM_BAD_RESPONSE', system: 'identity-directory' });
  });

  it('maps officials\' roles and refuses unknown ones', () => {
    const official = { IDCanBo: 'CB0000001', HoVaTen: 'Trần Thị Hoa', ChucVu: 'Giám đốc', MaDonVi: '000.00.01.H26', VaiTro: 'LD,TTr', TrangThai: '1' };
    expect(readRecord('identity-directory', legacyOfficialSchema, mapOfficial, official)).toEqual({
      id: 'CB0000001',
      name: 'Trần Thị Hoa',
      position: 'Giám đốc',
      agencyCode: '000.00.01.H26',
      roles: ['LEADER', 'AUDITOR'],
    });
    expect(readRecord('identity-directory', legacyOfficialSchema, mapOfficial, { ...official, VaiTro: 'XX' })).toBeInstanceOf(Error);
  });
});
