import { cumulativeWeights, pickCumulative } from './createRandom.js';
import { hash32, hashUnit } from './hash32.js';

/**
 * Vietnamese personal names (family + middle + given), generated from a 32-bit key.
 *
 * Family names follow their real frequencies (Nguyễn about 38 %), middle and given names depend
 * on sex. Officials' names are keyed by (seed, agency, ordinal within the agency) rather than by
 * a global index, so the documents simulator can name an agency's leaders as the directory does
 * without knowing how many officials the directory seeded.
 */

const FAMILY: ReadonlyArray<readonly [string, number]> = [
  ['Nguyễn', 38], ['Trần', 11], ['Lê', 9.5], ['Phạm', 7.1], ['Hoàng', 5.1], ['Phan', 4.5], ['Vũ', 3.9],
  ['Đặng', 2.1], ['Bùi', 2], ['Đỗ', 1.4], ['Hồ', 1.3], ['Ngô', 1.3], ['Dương', 1], ['Đào', 1], ['Đinh', 1],
  ['Trịnh', 0.8], ['Lý', 0.5], ['Mai', 0.5], ['Lương', 0.5], ['Hà', 0.5], ['Cao', 0.5], ['Võ', 0.5],
  ['Phùng', 0.4], ['Lưu', 0.4], ['Chu', 0.4], ['Tạ', 0.4], ['Lại', 0.3], ['Kiều', 0.3], ['Tô', 0.3],
  ['Vương', 0.3], ['Triệu', 0.3], ['Khuất', 0.2], ['Nghiêm', 0.2], ['Quách', 0.2], ['Tăng', 0.2], ['Nông', 0.1],
];

const MALE_MIDDLE = [
  'Văn', 'Đức', 'Hữu', 'Minh', 'Quang', 'Mạnh', 'Xuân', 'Công', 'Thành', 'Ngọc',
  'Trọng', 'Tuấn', 'Việt', 'Anh', 'Duy', 'Hoàng', 'Đình', 'Bá', 'Tiến', 'Thế',
] as const;

const FEMALE_MIDDLE = [
  'Thị', 'Thu', 'Ngọc', 'Thanh', 'Thùy', 'Phương', 'Hồng', 'Minh', 'Kim', 'Mai',
  'Bích', 'Diệu', 'Hải', 'Lan', 'Khánh', 'Hương',
] as const;

const MALE_GIVEN = [
  'Anh', 'Bình', 'Cường', 'Dũng', 'Đức', 'Giang', 'Hải', 'Hiếu', 'Hoàng', 'Hùng', 'Huy', 'Khánh',
  'Long', 'Minh', 'Nam', 'Phong', 'Phúc', 'Quân', 'Quang', 'Sơn', 'Thắng', 'Thành', 'Trung', 'Tuấn',
  'Tùng', 'Việt', 'Vinh', 'Hưng', 'Hiệp', 'Lâm', 'Thịnh', 'Toàn', 'Tiến', 'Kiên', 'Đạt', 'Duy',
  'Hậu', 'Khải', 'Lộc', 'Nghĩa', 'Chiến', 'Trường', 'Tâm', 'Thái', 'Bảo',
] as const;

const FEMALE_GIVEN = [
  'Anh', 'Chi', 'Dung', 'Giang', 'Hà', 'Hạnh', 'Hằng', 'Hoa', 'Hồng', 'Huyền', 'Hương', 'Lan',
  'Linh', 'Loan', 'Mai', 'Ngọc', 'Nhung', 'Oanh', 'Phương', 'Quyên', 'Thảo', 'Thủy', 'Trang', 'Vân',
  'Yến', 'Thu', 'Hiền', 'Liên', 'Nga', 'Tâm', 'Thoa', 'Uyên', 'Vy', 'Ly', 'My', 'Hậu', 'Quỳnh',
] as const;

const FAMILY_TABLE = cumulativeWeights(FAMILY.map(([, weight]) => weight));

function pick<T>(list: readonly T[], key: number): T {
  return list[key % list.length] as T;
}

/** A full Vietnamese name derived from `key`; about half are women's names. */
export function personName(key: number): string {
  return personNameOfSex(key, (hash32(key, 2) & 1) === 1);
}

/** A full Vietnamese name of the given sex derived from `key`, for people whose sex is known (citizens). */
export function personNameOfSex(key: number, female: boolean): string {
  const family = FAMILY[pickCumulative(FAMILY_TABLE, hashUnit(key, 1))]?.[0] ?? 'Nguyễn';
  const middle = pick<string>(female ? FEMALE_MIDDLE : MALE_MIDDLE, hash32(key, 3));
  const given = pick<string>(female ? FEMALE_GIVEN : MALE_GIVEN, hash32(key, 4));
  // About one name in six has a second middle name (Nguyễn Thị Thu Hà).
  if (hash32(key, 5) % 6 === 0) {
    const second = pick<string>(female ? FEMALE_MIDDLE.slice(1) : MALE_MIDDLE.slice(1), hash32(key, 6));
    if (second !== middle && second !== given) return `${family} ${middle} ${second} ${given}`;
  }
  return `${family} ${middle} ${given}`;
}

/**
 * The name of the official with the given ordinal in an agency (0–2 are its leaders, 3 its chief
 * of office). Both simulators call this, so with the same seed a document's signer is a real
 * account of the directory.
 */
export function officialName(seed: number, agencyIndex: number, ordinal: number): string {
  return personName(hash32(seed, agencyIndex, ordinal, 0x0ff1c1a1));
}
