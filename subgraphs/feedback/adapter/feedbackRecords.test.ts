import { describe, expect, it } from 'vitest';
import { readAll, readRecord } from '../../common/legacy/readRecords.js';
import { FeedbackCategory, FeedbackChannel, FeedbackSeverity, FeedbackStatus, Satisfaction } from '../schema/enums.js';
import { legacyFeedbackCountsSchema, legacyFeedbackSchema, mapFeedback, mapFeedbackCounts } from './feedbackRecords.js';

const SYSTEM = 'citizen-feedback';

const legacyFeedback = {
  MaPhanAnh: 'PAKN00001234',
  KenhTiepNhan: '5',
  TenKenhTiepNhan: 'Ứng dụng iHanoi',
  MaLinhVuc: 'MT',
  TenLinhVuc: 'Môi trường',
  NoiDung: 'Tôi là Nguyễn Văn An, số điện thoại 0912 345 678. Rác thải tại ngõ 12 phố Kim Mã không được thu gom.',
  MaXaPhuong: '003.00.00.H26',
  MucDo: '1',
  NgayTiepNhan: '05/08/2025 20:15:00',
  HanTiepNhan: '06/08/2025',
  HanXuLy: '19/08/2025',
  NgayThuLy: '06/08/2025 08:40:00',
  NgayHoanThanh: '12/08/2025 15:00:00',
  TrangThai: '4',
  TenTrangThai: 'Đã xử lý xong',
  MaDonViXuLy: '003.00.00.H26',
  TenDonViXuLy: 'Ủy ban nhân dân phường Ba Đình',
  CongKhai: '1',
  MucDoHaiLong: '1',
  NgayDanhGia: '13/08/2025 09:00:00',
  HoTenNguoiPhanAnh: 'Nguyễn Văn An',
  SoDienThoai: '0912345678',
  Email: '',
};

const read = (record: Record<string, unknown>) => readRecord(SYSTEM, legacyFeedbackSchema, mapFeedback, record);

describe('feedback records of the citizen-feedback system', () => {
  it('maps every legacy field, with the content anonymised and no sender left', () => {
    const record = read(legacyFeedback);
    expect(record).toEqual({
      id: 'PAKN00001234',
      channel: FeedbackChannel.IHANOI,
      category: FeedbackCategory.ENVIRONMENT,
      categoryCode: 'MT',
      categoryName: 'Môi trường',
      content: 'Tôi là [họ tên], số điện thoại [số điện thoại]. Rác thải tại ngõ 12 phố Kim Mã không được thu gom.',
      locationCode: '003.00.00.H26',
      severity: FeedbackSeverity.NORMAL,
      receivedAt: new Date('2025-08-05T13:15:00Z'),
      acceptDeadline: '2025-08-06',
      resolveDeadline: '2025-08-19',
      acceptedAt: new Date('2025-08-06T01:40:00Z'),
      closedAt: new Date('2025-08-12T08:00:00Z'),
      status: FeedbackStatus.RESOLVED,
      handlingAgencyCode: '003.00.00.H26',
      published: true,
      satisfaction: Satisfaction.SATISFIED,
      ratedAt: new Date('2025-08-13T02:00:00Z'),
    });
    expect(JSON.stringify(record)).not.toMatch(/Nguyễn Văn An|0912|345 678/);
  });

  it('normalises NFD text, codes included, before scrubbing it', () => {
    const nfd = Object.fromEntries(Object.entries(legacyFeedback).map(([key, value]) => [key, value.normalize('NFD')]));
    expect(read(nfd)).toMatchObject({
      categoryName: 'Môi trường',
      content: 'Tôi là [họ tên], số điện thoại [số điện thoại]. Rác thải tại ngõ 12 phố Kim Mã không được thu gom.',
    });
  });

  it.each([
    ['1', FeedbackChannel.IN_PERSON], ['2', FeedbackChannel.HOTLINE], ['3', FeedbackChannel.PORTAL], ['4', FeedbackChannel.ZALO], [' 5 ', FeedbackChannel.IHANOI],
  ])('reads channel code %j', (code, channel) => {
    expect(read({ ...legacyFeedback, KenhTiepNhan: code })).toMatchObject({ channel });
  });

  it('reads open, rejected and unrated feedback, and an empty location', () => {
    expect(read({ ...legacyFeedback, TrangThai: '1', NgayThuLy: '', NgayHoanThanh: '', MucDoHaiLong: '', NgayDanhGia: '', MaXaPhuong: '' })).toMatchObject({
      status: FeedbackStatus.RECEIVED, acceptedAt: null, closedAt: null, satisfaction: null, ratedAt: null, locationCode: null,
    });
    expect(read({ ...legacyFeedback, TrangThai: '3', NgayHoanThanh: '', MucDoHaiLong: '', NgayDanhGia: '' })).toMatchObject({ status: FeedbackStatus.PROCESSING });
    expect(read({ ...legacyFeedback, TrangThai: '5', NgayThuLy: '', MucDoHaiLong: '', NgayDanhGia: '', CongKhai: '0' })).toMatchObject({
      status: FeedbackStatus.REJECTED, acceptedAt: null, closedAt: new Date('2025-08-12T08:00:00Z'), published: false,
    });
    expect(read({ ...legacyFeedback, MucDo: '2', MucDoHaiLong: '3' })).toMatchObject({ severity: FeedbackSeverity.URGENT, satisfaction: Satisfaction.DISSATISFIED });
  });

  it('keeps a category code it does not know as OTHER, with the system\'s name for it', () => {
    expect(read({ ...legacyFeedback, MaLinhVuc: 'PCCC', TenLinhVuc: 'Phòng cháy, chữa cháy' })).toMatchObject({
      category: FeedbackCategory.OTHER, categoryCode: 'PCCC', categoryName: 'Phòng cháy, chữa cháy',
    });
  });

  it.each([
    ['a missing field', { ...legacyFeedback, CongKhai: undefined }],
    ['a number where a string is due', { ...legacyFeedback, MucDo: 1 }],
    ['an unknown channel', { ...legacyFeedback, KenhTiepNhan: '9' }],
    ['an unknown severity', { ...legacyFeedback, MucDo: '4' }],
    ['an unknown status', { ...legacyFeedback, TrangThai: '6' }],
    ['a resolved status without a closing date', { ...legacyFeedback, NgayHoanThanh: '' }],
    ['a closing date on open feedback', { ...legacyFeedback, TrangThai: '3', MucDoHaiLong: '' }],
    ['an acceptance date on unaccepted feedback', { ...legacyFeedback, TrangThai: '1', NgayHoanThanh: '', MucDoHaiLong: '' }],
    ['a rating of feedback not resolved', { ...legacyFeedback, TrangThai: '5', NgayThuLy: '' }],
    ['an unknown rating', { ...legacyFeedback, MucDoHaiLong: '5' }],
    ['a garbled date', { ...legacyFeedback, NgayTiepNhan: '2025-08-05 20:15' }],
    ['an impossible deadline', { ...legacyFeedback, HanXuLy: '31/02/2025' }],
    ['a publication flag it cannot read', { ...legacyFeedback, CongKhai: 'yes' }],
    ['no handling agency', { ...legacyFeedback, MaDonViXuLy: '' }],
  ])('turns %s into UPSTREAM_BAD_RESPONSE naming the system', (_what, record) => {
    const result = read(record as Record<string, unknown>);
    expect(result).toBeInstanceOf(Error);
    expect((result as unknown as { extensions: unknown }).extensions).toEqual({ code: 'UPSTREAM_BAD_RESPONSE', system: SYSTEM });
    expect((result as Error).message).not.toContain('Nguyễn Văn An');
  });
});

describe('statistics rows of the citizen-feedback system', () => {
  const row = { MaDonVi: '003.00.00.H26', TiepNhan: '1.204', DaXuLy: '1000', TuChoi: '60', QuaHan: '44', LuotDanhGia: '400', HaiLong: '290' };
  const counts = (rows: unknown[]) => readAll(SYSTEM, legacyFeedbackCountsSchema, mapFeedbackCounts, rows);

  it('reads counts sent as strings, thousands dots included', () => {
    expect(counts([row])).toEqual([{ received: 1204, resolved: 1000, rejected: 60, overdue: 44, ratings: 400, satisfied: 290 }]);
  });

  it.each([
    ['parts that outnumber the whole', { ...row, QuaHan: '145' }],
    ['more satisfied ratings than ratings', { ...row, HaiLong: '401' }],
    ['a count that is not a number', { ...row, DaXuLy: 'nhiều' }],
    ['a negative count', { ...row, TuChoi: '-1' }],
    ['a missing figure', { ...row, HaiLong: undefined }],
  ])('refuses %s as UPSTREAM_BAD_RESPONSE', (_what, bad) => {
    expect(() => counts([row, bad])).toThrow(expect.objectContaining({ extensions: { code: 'UPSTREAM_BAD_RESPONSE', system: SYSTEM } }));
  });
});
