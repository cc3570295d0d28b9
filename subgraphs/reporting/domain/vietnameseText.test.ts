import { describe, expect, it } from 'vitest';
import { compareVietnamese, foldVietnamese, matchesSearch, searchWords } from './vietnameseText.js';

const words = (text: string) => foldVietnamese(text).split(' ');

describe('Vietnamese search and order', () => {
  it.each([
    ['Hà Nội', 'ha noi'],
    ['Tổng thu ngân sách nhà nước', 'tong thu ngan sach nha nuoc'],
    ['ĐẦU TƯ CÔNG', 'dau tu cong'],
    ['Đường Vành đai 4 - Vùng Thủ đô', 'duong vanh dai 4 vung thu do'],
    ['Tốc độ tăng trưởng (GRDP)', 'toc do tang truong grdp'],
    ['Thủy lợi, đê điều', 'thuy loi de dieu'],
    ['Hà Nội'.normalize('NFD'), 'ha noi'],
  ])('folds %j to %j', (text, folded) => {
    expect(foldVietnamese(text)).toBe(folded);
  });

  it('finds names whatever the diacritics, case and Unicode form of either side', () => {
    const budget = words('Tổng thu ngân sách nhà nước trên địa bàn');
    expect(matchesSearch(budget, searchWords('thu ngan sach'))).toBe(true);
    expect(matchesSearch(budget, searchWords('THU NGÂN SÁCH'))).toBe(true);
    expect(matchesSearch(budget, searchWords('thu ngân sách'.normalize('NFD')))).toBe(true);
    expect(matchesSearch(budget, searchWords('ngan sach thu'))).toBe(true);
    expect(matchesSearch(budget, searchWords('dia ban'))).toBe(true);
    expect(matchesSearch(budget, searchWords('chi ngan sach'))).toBe(false);
    expect(matchesSearch(words('Số lượt khách du lịch đến Hà Nội'), searchWords('ha noi'))).toBe(true);
    expect(matchesSearch(words('Số lượt khách du lịch đến Hà Nội'), searchWords('hanoi'))).toBe(false);
    // Words are matched from their start, so a search can be typed word by word.
    expect(matchesSearch(budget, searchWords('ng sa'))).toBe(true);
    expect(matchesSearch(budget, searchWords('gan'))).toBe(false);
    expect(matchesSearch(words('Đầu tư công'), searchWords('dau'))).toBe(true);
    expect(matchesSearch(words('Đầu tư công'), searchWords('đầu'))).toBe(true);
    expect(searchWords('  ')).toEqual([]);
    expect(matchesSearch(budget, [])).toBe(true);
  });

  it('sorts in Vietnamese alphabetical order, where code points do not', () => {
    const names = ['Đầu tư', 'Dân số', 'Giá', 'Ăn uống', 'An ninh', 'Ấn phẩm', 'Bán lẻ', 'Ô nhiễm', 'Ổn định', 'Ơn', 'Oanh', 'Ưu đãi', 'Uống', 'Y tế', 'Xây dựng'];
    expect([...names].sort(compareVietnamese)).toEqual([
      'An ninh', 'Ăn uống', 'Ấn phẩm', 'Bán lẻ', 'Dân số', 'Đầu tư', 'Giá', 'Oanh', 'Ô nhiễm', 'Ổn định', 'Ơn', 'Uống', 'Ưu đãi', 'Xây dựng', 'Y tế',
    ]);
    expect([...names].sort()).not.toEqual([...names].sort(compareVietnamese));
    expect(compareVietnamese('Hà Nội'.normalize('NFD'), 'Hà Nội')).toBe(0);
  });
});
