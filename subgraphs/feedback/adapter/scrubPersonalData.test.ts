import { describe, expect, it } from 'vitest';
import { scrubPersonalData } from './scrubPersonalData.js';

const SENDER = { name: 'Nguyễn Thị Thu Hà', phone: '0912345678', email: 'hant@gmail.com' };
const NOBODY = { name: '', phone: '', email: '' };

describe('scrubbing personal data from published feedback', () => {
  it.each([
    // phones: mobiles and landlines, every way people write them
    ['Liên hệ 0987654321 nhé', 'Liên hệ [số điện thoại] nhé'],
    ['SĐT: 0987 654 321.', 'SĐT: [số điện thoại].'],
    ['SĐT 0987.654.321, gọi tối', 'SĐT [số điện thoại], gọi tối'],
    ['số 0987-654-321', 'số [số điện thoại]'],
    ['gọi +84 987 654 321', 'gọi [số điện thoại]'],
    ['gọi +84987654321', 'gọi [số điện thoại]'],
    ['gọi 84987654321', 'gọi [số điện thoại]'],
    ['gọi (+84) 987 654 321', 'gọi [số điện thoại]'],
    ['máy bàn 024 3825 1234', 'máy bàn [số điện thoại]'],
    ['máy bàn 02438251234', 'máy bàn [số điện thoại]'],
    ['máy bàn (024) 3825 1234', 'máy bàn [số điện thoại]'],
    // identity numbers: 12-digit CCCD, 9-digit CMND
    ['CCCD 001203004567 cấp 2021', 'CCCD [số định danh] cấp 2021'],
    ['CMND số 012345678', 'CMND số [số định danh]'],
    // e-mail
    ['Email: tran.van.binh_99@yahoo.com.vn.', 'Email: [email].'],
    // names after a self-introduction
    ['Tôi là Trần Văn Bình, ở ngõ 5.', 'Tôi là [họ tên], ở ngõ 5.'],
    ['Họ tên: Lê Thị Mai. Địa chỉ ngõ 5', 'Họ tên: [họ tên]. Địa chỉ ngõ 5'],
    ['Người phản ánh: Phạm Quang Huy, CCCD 001099001234.', 'Người phản ánh: [họ tên], CCCD [số định danh].'],
    // what must stay: amounts, dates, house numbers, the hotline, streets named after people
    ['Phí thu 1.500.000 đồng, 2.500.000.000 đồng', 'Phí thu 1.500.000 đồng, 2.500.000.000 đồng'],
    ['từ ngày 12/03/2025 đến 15/03/2025 lúc 08:30', 'từ ngày 12/03/2025 đến 15/03/2025 lúc 08:30'],
    ['số 102 ngõ 9 phố Bà Triệu, tổ dân phố số 12', 'số 102 ngõ 9 phố Bà Triệu, tổ dân phố số 12'],
    ['đã gọi tổng đài 1022 năm 2025', 'đã gọi tổng đài 1022 năm 2025'],
    ['Tôi là cư dân tòa nhà, Tôi là Trưởng', 'Tôi là cư dân tòa nhà, Tôi là Trưởng'],
  ])('%s', (text, scrubbed) => {
    expect(scrubPersonalData(text, NOBODY)).toBe(scrubbed);
  });

  it("removes the sender's own name, phone and e-mail however written, even without a cue", () => {
    expect(scrubPersonalData('Gia đình chị Nguyễn Thị Thu Hà phản ánh, gọi 0912.345.678 hoặc hant@gmail.com', SENDER)).toBe(
      'Gia đình chị [họ tên] phản ánh, gọi [số điện thoại] hoặc [email]',
    );
    expect(scrubPersonalData('NGUYỄN THỊ THU HÀ, +84 912 345 678', SENDER)).toBe('[họ tên], [số điện thoại]');
  });

  it('reads NFD text (one legacy record in ten) as NFC first', () => {
    const nfd = 'Tôi là Nguyễn Thị Thu Hà, số 0912345678.'.normalize('NFD');
    expect(scrubPersonalData(nfd, { ...SENDER, name: SENDER.name.normalize('NFD') })).toBe('Tôi là [họ tên], số [số điện thoại].');
  });
});
