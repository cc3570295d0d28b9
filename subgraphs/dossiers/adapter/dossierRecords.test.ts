import { describe, expect, it } from 'vitest';
import { readRecord } from '../../common/legacy/readRecords.js';
import { ApplicantKind, DossierChannel, DossierStatus, ProcedureLevel } from '../schema/enums.js';
import {
  legacyDossierCountsSchema,
  legacyDossierSchema,
  legacyProcedureSchema,
  mapDossier,
  mapDossierCounts,
  mapProcedure,
} from './dossierRecords.js';

const SYSTEM = 'one-stop-shop';

const legacyDossier = {
  MaHoSo: '000.00.07.H26-250305-0012',
  MaTTHC: '1.005129',
  TenTTHC: 'Đăng ký biến động quyền sử dụng đất',
  MaLinhVuc: 'BNNMT-DD',
  TenLinhVuc: 'Đất đai',
  MaDonVi: '000.00.07.H26',
  TenDonVi: 'Sở Nông nghiệp và Môi trường',
  ChuHoSo: 'Nguyễn Văn An',
  SoGiayToChuHoSo: '001085012345',
  DoiTuongNop: '1',
  KenhThucHien: '2',
  TrangThaiHoSo: '10',
  NgayNopHoSo: '20250304221500',
  NgayTiepNhan: '20250305140700',
  NgayHenTra: '20250326170000',
  NgayYeuCauBoSung: '20250310090000',
  NgayNhanBoSung: '20250312100000',
  NgayKetThucXuLy: '20250326160000',
  NgayTra: '20250327083000',
  XacThucVNeID: '1',
  ThanhToanTrucTuyen: '0',
};

const read = (record: Record<string, unknown>) => readRecord(SYSTEM, legacyDossierSchema, mapDossier, record);

describe('dossier records of the one-stop-shop system', () => {
  it('maps every field, reading yyyyMMddHHmmss instants in Vietnam time, the applicant kept for the guarded resolvers', () => {
    const dossier = read(legacyDossier);
    expect(dossier).toEqual({
      code: '000.00.07.H26-250305-0012',
      procedureCode: '1.005129',
      agencyCode: '000.00.07.H26',
      status: DossierStatus.RESULT_RETURNED,
      channel: DossierChannel.ONLINE,
      applicantKind: ApplicantKind.CITIZEN,
      applicantName: 'Nguyễn Văn An',
      applicantIdNumber: '001085012345',
      submittedAt: new Date('2025-03-04T15:15:00Z'),
      receivedAt: new Date('2025-03-05T07:07:00Z'),
      appointmentAt: '2025-03-26',
      supplementRequestedAt: new Date('2025-03-10T02:00:00Z'),
      supplementReceivedAt: new Date('2025-03-12T03:00:00Z'),
      finishedAt: new Date('2025-03-26T09:00:00Z'),
      returnedAt: new Date('2025-03-27T01:30:00Z'),
      authenticatedWithVNeID: true,
      feesPaidOnline: false,
    });
  });

  it('reads a date-only appointment, a late-evening instant on the right date, NFD text and an organisation', () => {
    const dossier = read({
      ...Object.fromEntries(Object.entries(legacyDossier).map(([k, v]) => [k, v.normalize('NFD')])),
      NgayHenTra: '20250326',
      NgayNopHoSo: '20250304235900',
      DoiTuongNop: '2',
      KenhThucHien: '3',
    });
    expect(dossier).toMatchObject({
      appointmentAt: '2025-03-26',
      submittedAt: new Date('2025-03-04T16:59:00Z'),
      applicantKind: ApplicantKind.ORGANISATION,
      applicantName: 'Nguyễn Văn An',
      channel: DossierChannel.POSTAL,
    });
  });

  it('reads a refused registration: no reception, no appointment', () => {
    expect(read({ ...legacyDossier, TrangThaiHoSo: '3', NgayTiepNhan: '', NgayHenTra: '', NgayTra: '', NgayYeuCauBoSung: '', NgayNhanBoSung: '' })).toMatchObject({
      status: DossierStatus.NOT_RECEIVED,
      receivedAt: null,
      appointmentAt: null,
      returnedAt: null,
    });
  });

  it.each([
    ['a missing field', { ...legacyDossier, NgayTra: undefined }],
    ['a number where a string is due', { ...legacyDossier, TrangThaiHoSo: 10 }],
    ['a status out of range', { ...legacyDossier, TrangThaiHoSo: '11' }],
    ['an unknown channel', { ...legacyDossier, KenhThucHien: '4' }],
    ['an unknown applicant kind', { ...legacyDossier, DoiTuongNop: '0' }],
    ['the city systems\' date form', { ...legacyDossier, NgayTiepNhan: '05/03/2025 14:07:00' }],
    ['an impossible date', { ...legacyDossier, NgayKetThucXuLy: '20250231160000' }],
    ['an impossible hour', { ...legacyDossier, NgayTra: '20250327250000' }],
    ['a received status without a reception', { ...legacyDossier, TrangThaiHoSo: '4', NgayTiepNhan: '' }],
    ['a received status without an appointment', { ...legacyDossier, TrangThaiHoSo: '4', NgayHenTra: '' }],
    ['a resolved status without an end of processing', { ...legacyDossier, TrangThaiHoSo: '9', NgayKetThucXuLy: '' }],
    ['a returned status without a return date', { ...legacyDossier, NgayTra: '' }],
    ['a flag it cannot read', { ...legacyDossier, XacThucVNeID: 'có thể' }],
  ])('turns %s into UPSTREAM_BAD_RESPONSE naming the system', (_what, record) => {
    const result = read(record as Record<string, unknown>);
    expect(result).toBeInstanceOf(Error);
    expect((result as unknown as { extensions: unknown }).extensions).toEqual({ code: 'UPSTREAM_BAD_RESPONSE', system: SYSTEM });
  });
});

describe('procedure records of the one-stop-shop system', () => {
  const legacyProcedure = {
    MaTTHC: '1.005129',
    TenTTHC: 'Đăng ký khai sinh'.normalize('NFD'),
    MaLinhVuc: 'BTP-HT',
    TenLinhVuc: 'Hộ tịch',
    CapThucHien: '3',
    ThoiHanGiaiQuyet: '0',
    DichVuCongToanTrinh: '1',
    CoPhiLePhi: '0',
  };

  it('maps a procedure, NFD name normalised', () => {
    expect(readRecord(SYSTEM, legacyProcedureSchema, mapProcedure, legacyProcedure)).toEqual({
      code: '1.005129',
      name: 'Đăng ký khai sinh',
      fieldCode: 'BTP-HT',
      field: 'Hộ tịch',
      level: ProcedureLevel.COMMUNE,
      processingDays: 0,
      fullyOnline: true,
    });
  });

  it.each([
    ['an unknown level', { ...legacyProcedure, CapThucHien: '4' }],
    ['a processing time that is not a number', { ...legacyProcedure, ThoiHanGiaiQuyet: '5 ngày' }],
  ])('refuses %s', (_what, record) => {
    expect(readRecord(SYSTEM, legacyProcedureSchema, mapProcedure, record)).toBeInstanceOf(Error);
  });
});

describe('statistics rows of the one-stop-shop system', () => {
  const row = { MaDonVi: '000.00.07.H26', SoTiepNhan: '1.204', SoTiepNhanTrucTuyen: '800', SoDaGiaiQuyet: '1100', SoGiaiQuyetDungHan: '1050', SoGiaiQuyetQuaHan: '50' };

  it('reads counts, thousands dots included', () => {
    expect(readRecord(SYSTEM, legacyDossierCountsSchema, mapDossierCounts, row)).toEqual({
      received: 1204,
      receivedOnline: 800,
      resolved: 1100,
      resolvedOnTime: 1050,
      resolvedLate: 50,
    });
  });

  it.each([
    ['on-time and late that do not add up', { ...row, SoGiaiQuyetQuaHan: '49' }],
    ['more online than received', { ...row, SoTiepNhanTrucTuyen: '2000' }],
    ['a count that is not a number', { ...row, SoTiepNhan: 'n/a' }],
  ])('refuses %s', (_what, bad) => {
    const result = readRecord(SYSTEM, legacyDossierCountsSchema, mapDossierCounts, bad);
    expect((result as unknown as { extensions: unknown }).extensions).toEqual({ code: 'UPSTREAM_BAD_RESPONSE', system: SYSTEM });
  });
});
