import { describe, expect, it } from 'vitest';
import { readRecord } from '../../common/legacy/readRecords.js';
import { DocumentDirection, DocumentType, SigningCompetence, Urgency } from '../schema/enums.js';
import { legacyDocumentSchema, legacyTaskSchema, mapDocument, mapTask } from './documentRecords.js';

const legacyDocument = {
  ID: 'VB00001234',
  LoaiSo: '2',
  MaDonViSo: '000.00.00.H26',
  SoKyHieu: '452/QĐ-UBND',
  SoDen: '',
  TrichYeu: 'V/v triển khai Kế hoạch cải cách hành chính năm 2025',
  MaLoaiVanBan: 'QĐ',
  TenLoaiVanBan: 'Quyết định',
  MaCoQuanBanHanh: '000.00.00.H26',
  TenCoQuanBanHanh: 'Ủy ban nhân dân thành phố Hà Nội',
  NgayBanHanh: '05/03/2025 14:07:00',
  NgayDen: '',
  NguoiKy: 'Nguyễn Văn An',
  ChucVuNguoiKy: 'Phó Chủ tịch',
  ThamQuyenKy: 'KT.',
  DoKhan: '1',
  DoMat: '0',
  HanXuLy: '',
  KySo: '1',
};

const read = (record: Record<string, string>) => readRecord('document-management', legacyDocumentSchema, mapDocument, record);

describe('document records of the document-management system', () => {
  it('maps every legacy field', () => {
    expect(read(legacyDocument)).toEqual({
      id: 'VB00001234',
      direction: DocumentDirection.OUTGOING,
      agencyCode: '000.00.00.H26',
      reference: '452/QĐ-UBND',
      number: '452',
      symbol: 'QĐ-UBND',
      registerNumber: null,
      subject: 'V/v triển khai Kế hoạch cải cách hành chính năm 2025',
      type: DocumentType.DECISION,
      typeCode: 'QĐ',
      issuerCode: '000.00.00.H26',
      issuerName: 'Ủy ban nhân dân thành phố Hà Nội',
      issuedAt: new Date('2025-03-05T07:07:00Z'),
      registeredAt: null,
      signer: { name: 'Nguyễn Văn An', position: 'Phó Chủ tịch', competence: SigningCompetence.ON_BEHALF_OF_HEAD },
      urgency: Urgency.URGENT,
      secrecy: 0,
      dueDate: null,
      digitallySigned: true,
    });
  });

  it('normalises NFD text, including the type code', () => {
    const nfd = Object.fromEntries(Object.entries(legacyDocument).map(([k, v]) => [k, v.normalize('NFD')]));
    const document = read(nfd);
    expect(document).toMatchObject({ subject: legacyDocument.TrichYeu, type: DocumentType.DECISION, reference: '452/QĐ-UBND' });
  });

  it('reads an incoming document from outside the city, signed in the head\'s own name', () => {
    const document = read({
      ...legacyDocument,
      LoaiSo: '1',
      SoDen: '1.234',
      MaCoQuanBanHanh: '',
      TenCoQuanBanHanh: 'Bộ Nội vụ',
      NgayDen: '06/03/2025 08:00:00',
      ThamQuyenKy: '',
      SoKyHieu: '15/BNV-CCHC',
      MaLoaiVanBan: 'CV',
      HanXuLy: '20/03/2025',
    });
    expect(document).toMatchObject({
      direction: DocumentDirection.INCOMING,
      registerNumber: '1.234',
      issuerCode: null,
      type: DocumentType.OFFICIAL_LETTER,
      signer: { competence: SigningCompetence.IN_OWN_NAME },
      registeredAt: new Date('2025-03-06T01:00:00Z'),
      dueDate: '2025-03-20',
    });
  });

  it('keeps a type code outside the Decree as OTHER instead of failing the record', () => {
    expect(read({ ...legacyDocument, MaLoaiVanBan: 'XYZ' })).toMatchObject({ type: DocumentType.OTHER, typeCode: 'XYZ' });
  });

  it.each([
    ['a missing field', { ...legacyDocument, KySo: undefined }],
    ['a number where a string is due', { ...legacyDocument, DoKhan: 1 }],
    ['an unknown direction', { ...legacyDocument, LoaiSo: '3' }],
    ['an urgency out of range', { ...legacyDocument, DoKhan: '7' }],
    ['a garbled date', { ...legacyDocument, NgayBanHanh: '2025-03-05' }],
    ['an unknown competence', { ...legacyDocument, ThamQuyenKy: 'XX.' }],
    ['a boolean it cannot read', { ...legacyDocument, KySo: 'yes' }],
  ])('turns %s into UPSTREAM_BAD_RESPONSE naming the system', (_what, record) => {
    const result = read(record as unknown as Record<string, string>);
    expect(result).toBeInstanceOf(Error);
    expect((result as unknown as { extensions: unknown }).extensions).toEqual({
      code: 'UPSTREAM_BAD_RESPONSE',
      system: 'document-management',
    });
  });
});

describe('task records of the document-management system', () => {
  const legacyTask = {
    MaNhiemVu: 'NV00000042',
    TenNhiemVu: 'Báo cáo kết quả thực hiện',
    MaDonViGiao: '000.00.00.H26',
    MaDonViChuTri: '000.00.02.H26',
    DonViPhoiHop: '000.00.03.H26;000.00.04.H26',
    NgayGiao: '02/01/2025 09:00:00',
    HanXuLy: '15/01/2025',
    NgayHoanThanh: '',
    TienDo: '40',
    IDVanBan: 'VB00001234',
  };

  it('maps a task with its date-only due date and empty completion', () => {
    expect(readRecord('document-management', legacyTaskSchema, mapTask, legacyTask)).toEqual({
      id: 'NV00000042',
      title: 'Báo cáo kết quả thực hiện',
      assignedByCode: '000.00.00.H26',
      leadAgencyCode: '000.00.02.H26',
      coAgencyCodes: ['000.00.03.H26', '000.00.04.H26'],
      assignedAt: new Date('2025-01-02T02:00:00Z'),
      dueDate: '2025-01-15',
      completedAt: null,
      progress: 40,
      sourceDocumentId: 'VB00001234',
    });
  });

  it('refuses a progress that is not a percentage', () => {
    expect(readRecord('document-management', legacyTaskSchema, mapTask, { ...legacyTask, TienDo: '140' })).toBeInstanceOf(Error);
  });
});
