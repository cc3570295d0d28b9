import { createRandom } from './createRandom.js';
import { minutesFromCivil } from './vietnamTime.js';

/**
 * Hanoi's agency tree as the simulated legacy systems share it (identity API.md, "Seeded
 * structure"): the city, 25 departments, the 30 former districts and their 526 communes
 * (abolished on 2025-07-01) and the 126 current communes and wards, with many-to-many successor
 * links between the two local-government eras.
 *
 * The structure is fixed: it does not depend on a simulator's seed or scale, because every
 * system of the city must agree on it (a document filed under a commune in the document system
 * is the same commune as in the directory). Former communes' names are generated from
 * Vietnamese place-name syllables with a fixed generator; everything else is real.
 *
 * Agencies are addressed by **index** in typed arrays elsewhere; the index order is the display
 * order (`ThuTu`): city, departments, districts, former communes by district, current communes.
 */

export type AgencyKind = 'city' | 'department' | 'district' | 'formerCommune' | 'commune';

export interface HanoiAgency {
  /** Position in {@link hanoiAgencies}; fits a `Uint16Array`. */
  readonly index: number;
  /** Electronic agency code, e.g. `000.00.01.H26`. */
  readonly code: string;
  /** Full name, e.g. `Sở Nội vụ`, `Ủy ban nhân dân phường Hoàn Kiếm`. */
  readonly name: string;
  /** Short name, or `""` when the agency has none. */
  readonly shortName: string;
  /** 1 city, 2 department, 3 district, 4 commune. */
  readonly level: 1 | 2 | 3 | 4;
  readonly kind: AgencyKind;
  /** Parent code, `null` for the city. */
  readonly parentCode: string | null;
  /** Parent index, -1 for the city. */
  readonly parentIndex: number;
  /** First valid minute (simulator minutes, see vietnamTime.ts). */
  readonly validFrom: number;
  /** Last valid minute (printed with `:59` seconds), `null` while valid. */
  readonly validTo: number | null;
  /** Successor codes, in display order. */
  readonly successors: readonly string[];
  /** Predecessor codes, in display order: exactly the agencies that list this one as a successor. */
  readonly predecessors: readonly string[];
  /** Display order (`ThuTu`), 1-based. */
  readonly order: number;
  /** Issuer part of document symbols (`452/QĐ-UBND`, `15/SNV-VP`). */
  readonly symbol: string;
  /** Where the agency governs, for text: `thành phố`, `quận Ba Đình`, `xã Sóc Sơn`. */
  readonly area: string;
  /** Relative size among agencies of its kind (1 typical); drives staff and document volumes. */
  readonly size: number;
  /** Position of leader 0, e.g. `Chủ tịch`, `Giám đốc`. */
  readonly headTitle: string;
  /** Position of leaders 1 and 2, e.g. `Phó Chủ tịch`. */
  readonly deputyTitle: string;
  /** Position of official 3, who signs `TL.` (on behalf of the head). */
  readonly officeChiefTitle: string;
}

/** Hanoi's expanded boundaries took effect on 2008-08-01. */
export const HANOI_FOUNDED_MINUTE = minutesFromCivil(2008, 8, 1);
/** Two-level local government took effect on 2025-07-01: districts abolished, communes merged. */
export const REFORM_MINUTE = minutesFromCivil(2025, 7, 1);

/** Index ranges `[start, end)` of each kind in {@link hanoiAgencies}. */
export interface AgencyRanges {
  readonly city: readonly [number, number];
  readonly departments: readonly [number, number];
  readonly districts: readonly [number, number];
  readonly formerCommunes: readonly [number, number];
  readonly communes: readonly [number, number];
}

interface DepartmentSpec {
  readonly name: string;
  readonly shortName: string;
  readonly symbol: string;
  readonly head: string;
  readonly deputy: string;
  readonly size: number;
}

const GIAM_DOC = ['Giám đốc', 'Phó Giám đốc'] as const;
const TRUONG_BAN = ['Trưởng ban', 'Phó Trưởng ban'] as const;

function dept(name: string, shortName: string, symbol: string, size: number, titles: readonly [string, string] = GIAM_DOC): DepartmentSpec {
  return { name, shortName, symbol, head: titles[0], deputy: titles[1], size };
}

const DEPARTMENTS: readonly DepartmentSpec[] = [
  dept('Văn phòng Ủy ban nhân dân thành phố', 'VP UBND TP', 'VP', 1.6, ['Chánh Văn phòng', 'Phó Chánh Văn phòng']),
  dept('Sở Nội vụ', 'SNV', 'SNV', 1.3),
  dept('Sở Tài chính', 'STC', 'STC', 1.5),
  dept('Sở Tư pháp', 'STP', 'STP', 0.9),
  dept('Sở Công Thương', 'SCT', 'SCT', 1.0),
  dept('Sở Xây dựng', 'SXD', 'SXD', 1.4),
  dept('Sở Nông nghiệp và Môi trường', 'SNNMT', 'SNNMT', 1.5),
  dept('Sở Giáo dục và Đào tạo', 'SGDĐT', 'SGDĐT', 1.4),
  dept('Sở Y tế', 'SYT', 'SYT', 1.4),
  dept('Sở Văn hóa và Thể thao', 'SVHTT', 'SVHTT', 1.0),
  dept('Sở Du lịch', 'SDL', 'SDL', 0.6),
  dept('Sở Khoa học và Công nghệ', 'SKHCN', 'SKHCN', 1.0),
  dept('Sở Quy hoạch - Kiến trúc', 'SQHKT', 'QHKT', 0.9),
  dept('Sở Dân tộc và Tôn giáo', 'SDTTG', 'SDTTG', 0.5),
  dept('Thanh tra thành phố', 'TTTP', 'TTTP', 0.9, ['Chánh Thanh tra', 'Phó Chánh Thanh tra']),
  dept('Ban Quản lý các khu công nghiệp và chế xuất', 'BQL KCN&CX', 'BQL', 0.6, TRUONG_BAN),
  dept('Công an thành phố', 'CATP', 'CATP', 1.2),
  dept('Ban Quản lý đường sắt đô thị Hà Nội', 'BQL ĐSĐT', 'ĐSĐT', 0.5, TRUONG_BAN),
  dept('Ban Quản lý dự án đầu tư xây dựng công trình dân dụng thành phố', 'BQLDA DD', 'BQLDADD', 0.6),
  dept('Ban Quản lý dự án đầu tư xây dựng công trình giao thông thành phố', 'BQLDA GT', 'BQLDAGT', 0.6),
  dept('Ban Quản lý dự án đầu tư xây dựng công trình cấp nước, thoát nước và môi trường thành phố', 'BQLDA CNTN&MT', 'BQLDACN', 0.4),
  dept('Trung tâm Phục vụ hành chính công thành phố', 'TTPVHCC', 'TTPVHCC', 0.7),
  dept('Đài Phát thanh và Truyền hình Hà Nội', 'ĐPTTH Hà Nội', 'ĐPTTH', 0.4, ['Tổng Giám đốc', 'Phó Tổng Giám đốc']),
  dept('Viện Nghiên cứu phát triển kinh tế - xã hội Hà Nội', '', 'VNC', 0.3, ['Viện trưởng', 'Phó Viện trưởng']),
  dept('Quỹ Đầu tư phát triển thành phố Hà Nội', '', 'QĐTPT', 0.3),
];

type DistrictType = 'quận' | 'thị xã' | 'huyện';

/** The 30 former districts in code order (31…60) with how many communes each had at the end. */
const DISTRICTS: ReadonlyArray<readonly [name: string, type: DistrictType, communes: number]> = [
  ['Ba Đình', 'quận', 12], ['Hoàn Kiếm', 'quận', 11], ['Tây Hồ', 'quận', 8], ['Long Biên', 'quận', 14],
  ['Cầu Giấy', 'quận', 8], ['Đống Đa', 'quận', 17], ['Hai Bà Trưng', 'quận', 15], ['Hoàng Mai', 'quận', 14],
  ['Thanh Xuân', 'quận', 9], ['Nam Từ Liêm', 'quận', 10], ['Bắc Từ Liêm', 'quận', 13], ['Hà Đông', 'quận', 17],
  ['Sơn Tây', 'thị xã', 12], ['Ba Vì', 'huyện', 28], ['Chương Mỹ', 'huyện', 28], ['Đan Phượng', 'huyện', 15],
  ['Đông Anh', 'huyện', 22], ['Gia Lâm', 'huyện', 20], ['Hoài Đức', 'huyện', 19], ['Mê Linh', 'huyện', 18],
  ['Mỹ Đức', 'huyện', 21], ['Phú Xuyên', 'huyện', 24], ['Phúc Thọ', 'huyện', 20], ['Quốc Oai', 'huyện', 19],
  ['Sóc Sơn', 'huyện', 23], ['Thạch Thất', 'huyện', 22], ['Thanh Oai', 'huyện', 20], ['Thanh Trì', 'huyện', 15],
  ['Thường Tín', 'huyện', 26], ['Ứng Hòa', 'huyện', 26],
];

/** How many of Sơn Tây's former communes were wards (the rest were communes). */
const SON_TAY_WARDS = 8;

/**
 * The 126 current communes and wards in code order (001…126), wards first as in the National
 * Assembly Standing Committee's resolution, each with the former district most of it came from.
 */
const COMMUNES: ReadonlyArray<readonly [name: string, type: 'phường' | 'xã', home: string]> = [
  ['Hoàn Kiếm', 'phường', 'Hoàn Kiếm'], ['Cửa Nam', 'phường', 'Hoàn Kiếm'], ['Ba Đình', 'phường', 'Ba Đình'],
  ['Ngọc Hà', 'phường', 'Ba Đình'], ['Giảng Võ', 'phường', 'Ba Đình'], ['Hai Bà Trưng', 'phường', 'Hai Bà Trưng'],
  ['Vĩnh Tuy', 'phường', 'Hai Bà Trưng'], ['Bạch Mai', 'phường', 'Hai Bà Trưng'], ['Đống Đa', 'phường', 'Đống Đa'],
  ['Kim Liên', 'phường', 'Đống Đa'], ['Văn Miếu - Quốc Tử Giám', 'phường', 'Đống Đa'], ['Láng', 'phường', 'Đống Đa'],
  ['Ô Chợ Dừa', 'phường', 'Đống Đa'], ['Hồng Hà', 'phường', 'Hoàn Kiếm'], ['Lĩnh Nam', 'phường', 'Hoàng Mai'],
  ['Hoàng Mai', 'phường', 'Hoàng Mai'], ['Vĩnh Hưng', 'phường', 'Hoàng Mai'], ['Tương Mai', 'phường', 'Hoàng Mai'],
  ['Định Công', 'phường', 'Hoàng Mai'], ['Hoàng Liệt', 'phường', 'Hoàng Mai'], ['Yên Sở', 'phường', 'Hoàng Mai'],
  ['Thanh Xuân', 'phường', 'Thanh Xuân'], ['Khương Đình', 'phường', 'Thanh Xuân'], ['Phương Liệt', 'phường', 'Thanh Xuân'],
  ['Cầu Giấy', 'phường', 'Cầu Giấy'], ['Nghĩa Đô', 'phường', 'Cầu Giấy'], ['Yên Hòa', 'phường', 'Cầu Giấy'],
  ['Tây Hồ', 'phường', 'Tây Hồ'], ['Phú Thượng', 'phường', 'Tây Hồ'], ['Tây Tựu', 'phường', 'Bắc Từ Liêm'],
  ['Phú Diễn', 'phường', 'Bắc Từ Liêm'], ['Xuân Đỉnh', 'phường', 'Bắc Từ Liêm'], ['Đông Ngạc', 'phường', 'Bắc Từ Liêm'],
  ['Thượng Cát', 'phường', 'Bắc Từ Liêm'], ['Từ Liêm', 'phường', 'Nam Từ Liêm'], ['Xuân Phương', 'phường', 'Nam Từ Liêm'],
  ['Tây Mỗ', 'phường', 'Nam Từ Liêm'], ['Đại Mỗ', 'phường', 'Nam Từ Liêm'], ['Long Biên', 'phường', 'Long Biên'],
  ['Bồ Đề', 'phường', 'Long Biên'], ['Việt Hưng', 'phường', 'Long Biên'], ['Phúc Lợi', 'phường', 'Long Biên'],
  ['Hà Đông', 'phường', 'Hà Đông'], ['Dương Nội', 'phường', 'Hà Đông'], ['Yên Nghĩa', 'phường', 'Hà Đông'],
  ['Phú Lương', 'phường', 'Hà Đông'], ['Kiến Hưng', 'phường', 'Hà Đông'], ['Thanh Liệt', 'phường', 'Thanh Trì'],
  ['Chương Mỹ', 'phường', 'Chương Mỹ'], ['Sơn Tây', 'phường', 'Sơn Tây'], ['Tùng Thiện', 'phường', 'Sơn Tây'],
  ['Thanh Trì', 'xã', 'Thanh Trì'], ['Đại Thanh', 'xã', 'Thanh Trì'], ['Nam Phù', 'xã', 'Thanh Trì'],
  ['Ngọc Hồi', 'xã', 'Thanh Trì'], ['Thượng Phúc', 'xã', 'Thường Tín'], ['Thường Tín', 'xã', 'Thường Tín'],
  ['Chương Dương', 'xã', 'Thường Tín'], ['Hồng Vân', 'xã', 'Thường Tín'], ['Phú Xuyên', 'xã', 'Phú Xuyên'],
  ['Phượng Dực', 'xã', 'Phú Xuyên'], ['Chuyên Mỹ', 'xã', 'Phú Xuyên'], ['Đại Xuyên', 'xã', 'Phú Xuyên'],
  ['Thanh Oai', 'xã', 'Thanh Oai'], ['Bình Minh', 'xã', 'Thanh Oai'], ['Tam Hưng', 'xã', 'Thanh Oai'],
  ['Dân Hòa', 'xã', 'Thanh Oai'], ['Vân Đình', 'xã', 'Ứng Hòa'], ['Ứng Thiên', 'xã', 'Ứng Hòa'],
  ['Hòa Xá', 'xã', 'Ứng Hòa'], ['Ứng Hòa', 'xã', 'Ứng Hòa'], ['Mỹ Đức', 'xã', 'Mỹ Đức'],
  ['Hồng Sơn', 'xã', 'Mỹ Đức'], ['Phúc Sơn', 'xã', 'Mỹ Đức'], ['Hương Sơn', 'xã', 'Mỹ Đức'],
  ['Phú Nghĩa', 'xã', 'Chương Mỹ'], ['Xuân Mai', 'xã', 'Chương Mỹ'], ['Trần Phú', 'xã', 'Chương Mỹ'],
  ['Hòa Phú', 'xã', 'Chương Mỹ'], ['Quảng Bị', 'xã', 'Chương Mỹ'], ['Minh Châu', 'xã', 'Ba Vì'],
  ['Quảng Oai', 'xã', 'Ba Vì'], ['Vật Lại', 'xã', 'Ba Vì'], ['Cổ Đô', 'xã', 'Ba Vì'],
  ['Bất Bạt', 'xã', 'Ba Vì'], ['Suối Hai', 'xã', 'Ba Vì'], ['Ba Vì', 'xã', 'Ba Vì'],
  ['Yên Bài', 'xã', 'Ba Vì'], ['Đoài Phương', 'xã', 'Sơn Tây'], ['Phúc Thọ', 'xã', 'Phúc Thọ'],
  ['Phúc Lộc', 'xã', 'Phúc Thọ'], ['Hát Môn', 'xã', 'Phúc Thọ'], ['Thạch Thất', 'xã', 'Thạch Thất'],
  ['Hạ Bằng', 'xã', 'Thạch Thất'], ['Tây Phương', 'xã', 'Thạch Thất'], ['Hòa Lạc', 'xã', 'Thạch Thất'],
  ['Yên Xuân', 'xã', 'Thạch Thất'], ['Quốc Oai', 'xã', 'Quốc Oai'], ['Hưng Đạo', 'xã', 'Quốc Oai'],
  ['Kiều Phú', 'xã', 'Quốc Oai'], ['Phú Cát', 'xã', 'Quốc Oai'], ['Hoài Đức', 'xã', 'Hoài Đức'],
  ['Dương Hòa', 'xã', 'Hoài Đức'], ['Sơn Đồng', 'xã', 'Hoài Đức'], ['An Khánh', 'xã', 'Hoài Đức'],
  ['Đan Phượng', 'xã', 'Đan Phượng'], ['Ô Diên', 'xã', 'Đan Phượng'], ['Liên Minh', 'xã', 'Đan Phượng'],
  ['Gia Lâm', 'xã', 'Gia Lâm'], ['Thuận An', 'xã', 'Gia Lâm'], ['Bát Tràng', 'xã', 'Gia Lâm'],
  ['Phù Đổng', 'xã', 'Gia Lâm'], ['Thư Lâm', 'xã', 'Đông Anh'], ['Đông Anh', 'xã', 'Đông Anh'],
  ['Phúc Thịnh', 'xã', 'Đông Anh'], ['Thiên Lộc', 'xã', 'Đông Anh'], ['Vĩnh Thanh', 'xã', 'Đông Anh'],
  ['Mê Linh', 'xã', 'Mê Linh'], ['Yên Lãng', 'xã', 'Mê Linh'], ['Tiến Thắng', 'xã', 'Mê Linh'],
  ['Quang Minh', 'xã', 'Mê Linh'], ['Sóc Sơn', 'xã', 'Sóc Sơn'], ['Đa Phúc', 'xã', 'Sóc Sơn'],
  ['Nội Bài', 'xã', 'Sóc Sơn'], ['Trung Giã', 'xã', 'Sóc Sơn'], ['Kim Anh', 'xã', 'Sóc Sơn'],
];

/**
 * Current communes that also took parts of a district other than their home one (riverside
 * wards, wards on district borders): one former commune of that district gets them as an extra
 * successor.
 */
const CROSS_DISTRICT_LINKS: ReadonlyArray<readonly [commune: string, district: string]> = [
  ['Hồng Hà', 'Ba Đình'], ['Hồng Hà', 'Tây Hồ'], ['Hồng Hà', 'Hai Bà Trưng'], ['Hồng Hà', 'Long Biên'],
  ['Thanh Liệt', 'Hoàng Mai'], ['Thanh Liệt', 'Thanh Xuân'], ['Phương Liệt', 'Đống Đa'], ['Yên Xuân', 'Quốc Oai'],
  ['Kiến Hưng', 'Thanh Trì'], ['Tây Hồ', 'Bắc Từ Liêm'], ['Dương Nội', 'Nam Từ Liêm'], ['Yên Hòa', 'Thanh Xuân'],
];

const FIRST_SYLLABLES = [
  'An', 'Bình', 'Phú', 'Hòa', 'Tân', 'Thịnh', 'Phúc', 'Đông', 'Tây', 'Nam', 'Bắc', 'Trung', 'Hưng',
  'Long', 'Vĩnh', 'Quang', 'Minh', 'Đức', 'Thanh', 'Xuân', 'Hạ', 'Thượng', 'Yên', 'Đại', 'Tiên', 'Kim',
  'Ngọc', 'Liên', 'Hồng', 'Văn', 'Cổ', 'Đồng', 'Tam', 'Lam', 'Mai', 'Cao', 'Vạn', 'Hoàng', 'Nghĩa', 'Tiền',
] as const;

const SECOND_SYLLABLES = [
  'Sơn', 'Thủy', 'Lâm', 'Tiến', 'Thắng', 'Lợi', 'Nghĩa', 'Hiệp', 'Hợp', 'Thuận', 'Khánh', 'Mỹ', 'Cát',
  'Trạch', 'Lạc', 'Phương', 'Viên', 'Xá', 'Đình', 'Hà', 'Giang', 'Châu', 'Hải', 'Bài', 'Quán', 'Lộc',
  'Phong', 'Điền', 'Hội', 'Thái', 'Dương', 'Tảo', 'Canh', 'Kiều', 'Mai', 'Trì', 'Vân', 'Yên', 'Lương', 'Phụ',
] as const;

const CITY_CODE = '000.00.00.H26';

function departmentCode(n: number): string {
  return `000.00.${String(n).padStart(2, '0')}.H26`;
}

function formerCommuneCode(n: number, district: number): string {
  return `000.${String(n).padStart(2, '0')}.${String(district).padStart(2, '0')}.H26`;
}

function communeCode(n: number): string {
  return `${String(n).padStart(3, '0')}.00.00.H26`;
}

interface MutableAgency extends Omit<HanoiAgency, 'successors' | 'predecessors'> {
  successors: number[];
  predecessors: number[];
}

function build(): { agencies: HanoiAgency[]; ranges: AgencyRanges } {
  const random = createRandom(0x48616e6f);
  const formerValidTo = REFORM_MINUTE - 1;
  const list: MutableAgency[] = [];
  const add = (agency: Omit<MutableAgency, 'index' | 'order' | 'successors' | 'predecessors'>): number => {
    const index = list.length;
    list.push({ ...agency, index, order: index + 1, successors: [], predecessors: [] });
    return index;
  };
  const ubnd = { headTitle: 'Chủ tịch', deputyTitle: 'Phó Chủ tịch' };

  add({
    code: CITY_CODE,
    name: 'Ủy ban nhân dân thành phố Hà Nội',
    shortName: 'UBND thành phố Hà Nội',
    level: 1,
    kind: 'city',
    parentCode: null,
    parentIndex: -1,
    validFrom: HANOI_FOUNDED_MINUTE,
    validTo: null,
    symbol: 'UBND',
    area: 'thành phố',
    size: 1,
    ...ubnd,
    officeChiefTitle: 'Chánh Văn phòng',
  });

  const departmentsStart = list.length;
  DEPARTMENTS.forEach((spec, i) => {
    add({
      code: departmentCode(i + 1),
      name: spec.name,
      shortName: spec.shortName,
      level: 2,
      kind: 'department',
      parentCode: CITY_CODE,
      parentIndex: 0,
      validFrom: HANOI_FOUNDED_MINUTE,
      validTo: null,
      symbol: spec.symbol,
      area: 'thành phố',
      size: spec.size,
      headTitle: spec.head,
      deputyTitle: spec.deputy,
      officeChiefTitle: i === 0 ? 'Trưởng phòng Hành chính - Tổ chức' : 'Chánh Văn phòng',
    });
  });

  const districtsStart = list.length;
  DISTRICTS.forEach(([name, type, communes], i) => {
    const typeTitle = type.charAt(0).toUpperCase() + type.slice(1);
    add({
      code: departmentCode(31 + i),
      name: `Ủy ban nhân dân ${type} ${name}`,
      shortName: `${typeTitle} ${name}`,
      level: 3,
      kind: 'district',
      parentCode: CITY_CODE,
      parentIndex: 0,
      validFrom: HANOI_FOUNDED_MINUTE,
      validTo: formerValidTo,
      symbol: 'UBND',
      area: `${type} ${name}`,
      // Bigger districts (more communes) handle more paperwork.
      size: 0.6 + communes / 30,
      ...ubnd,
      officeChiefTitle: 'Chánh Văn phòng HĐND và UBND',
    });
  });

  const formerStart = list.length;
  const formerByDistrict: number[][] = [];
  const usedNames = new Set<string>();
  DISTRICTS.forEach(([, type, communes], i) => {
    const districtIndex = districtsStart + i;
    const members: number[] = [];
    for (let n = 1; n <= communes; n++) {
      let place: string;
      do {
        place = `${FIRST_SYLLABLES[random.int(FIRST_SYLLABLES.length)]} ${SECOND_SYLLABLES[random.int(SECOND_SYLLABLES.length)]}`;
      } while (usedNames.has(place) || place.split(' ')[0] === place.split(' ')[1]);
      usedNames.add(place);
      const ward = type === 'quận' || (type === 'thị xã' && n <= SON_TAY_WARDS);
      const unit = ward ? 'phường' : 'xã';
      members.push(
        add({
          code: formerCommuneCode(n, 31 + i),
          name: `Ủy ban nhân dân ${unit} ${place}`,
          shortName: `${ward ? 'Phường' : 'Xã'} ${place}`,
          level: 4,
          kind: 'formerCommune',
          parentCode: departmentCode(31 + i),
          parentIndex: districtIndex,
          validFrom: HANOI_FOUNDED_MINUTE,
          validTo: formerValidTo,
          symbol: 'UBND',
          area: `${unit} ${place}`,
          size: 0.7 + random.next() * 0.6,
          ...ubnd,
          officeChiefTitle: 'Công chức Văn phòng - Thống kê',
        }),
      );
    }
    formerByDistrict.push(members);
  });

  const communesStart = list.length;
  const currentByHome = new Map<string, number[]>();
  COMMUNES.forEach(([name, type, home], i) => {
    const index = add({
      code: communeCode(i + 1),
      name: `Ủy ban nhân dân ${type} ${name}`,
      shortName: `${type === 'phường' ? 'Phường' : 'Xã'} ${name}`,
      level: 4,
      kind: 'commune',
      parentCode: CITY_CODE,
      parentIndex: 0,
      validFrom: REFORM_MINUTE,
      validTo: null,
      symbol: 'UBND',
      area: `${type} ${name}`,
      size: 0.7 + random.next() * 0.6,
      ...ubnd,
      officeChiefTitle: 'Chánh Văn phòng HĐND và UBND',
    });
    const group = currentByHome.get(home) ?? [];
    group.push(index);
    currentByHome.set(home, group);
  });

  // Successors: a district's communes are cut into consecutive blocks, one block per current
  // commune of that district, so every current commune gets at least one predecessor; some
  // former communes were split, so they also go in part to a neighbouring current commune.
  const link = (from: MutableAgency, to: number): void => {
    if (!from.successors.includes(to)) from.successors.push(to);
  };
  DISTRICTS.forEach(([name], d) => {
    const formers = formerByDistrict[d] ?? [];
    const currents = currentByHome.get(name) ?? [];
    if (currents.length === 0 || formers.length < currents.length) {
      throw new Error(`hanoiAgencies: district ${name} cannot feed its ${currents.length} current communes`);
    }
    formers.forEach((formerIndex, i) => {
      const former = list[formerIndex] as MutableAgency;
      const block = Math.floor((i * currents.length) / formers.length);
      link(former, currents[block] as number);
      const r = random.next();
      if (currents.length > 1 && r < 0.22) {
        const neighbour = block + 1 < currents.length ? block + 1 : block - 1;
        link(former, currents[neighbour] as number);
        if (r < 0.05 && block - 1 >= 0 && block + 1 < currents.length) link(former, currents[block - 1] as number);
      }
    });
  });
  for (const [communeName, districtName] of CROSS_DISTRICT_LINKS) {
    const target = list.findIndex((a) => a.kind === 'commune' && (a.area === `phường ${communeName}` || a.area === `xã ${communeName}`));
    const formers = formerByDistrict[DISTRICTS.findIndex(([name]) => name === districtName)] ?? [];
    const candidate = formers.map((i) => list[i] as MutableAgency).find((a) => a.successors.length < 3 && !a.successors.includes(target));
    if (target < 0 || candidate === undefined) throw new Error(`hanoiAgencies: cannot link ${districtName} to ${communeName}`);
    link(candidate, target);
  }
  for (let d = 0; d < DISTRICTS.length; d++) {
    const district = list[districtsStart + d] as MutableAgency;
    for (const formerIndex of formerByDistrict[d] ?? []) {
      for (const successor of (list[formerIndex] as MutableAgency).successors) link(district, successor);
    }
  }
  // Predecessors are exactly the inverse of successors, so the links agree both ways.
  for (const agency of list) {
    agency.successors.sort((a, b) => a - b);
    for (const successor of agency.successors) (list[successor] as MutableAgency).predecessors.push(agency.index);
  }

  const agencies: HanoiAgency[] = list.map((agency) =>
    Object.freeze({
      ...agency,
      successors: Object.freeze(agency.successors.map((i) => (list[i] as MutableAgency).code)),
      predecessors: Object.freeze(agency.predecessors.sort((a, b) => a - b).map((i) => (list[i] as MutableAgency).code)),
    }),
  );
  return {
    agencies,
    ranges: {
      city: [0, departmentsStart],
      departments: [departmentsStart, districtsStart],
      districts: [districtsStart, formerStart],
      formerCommunes: [formerStart, communesStart],
      communes: [communesStart, list.length],
    },
  };
}

const built = build();

/** Every agency of the city, in display order; `hanoiAgencies[i].index === i`. */
export const hanoiAgencies: readonly HanoiAgency[] = Object.freeze(built.agencies);

/** Index ranges of each kind of agency. */
export const agencyRanges: AgencyRanges = built.ranges;

/** Index of an agency by its code. */
export const agencyIndexByCode: ReadonlyMap<string, number> = new Map(hanoiAgencies.map((a) => [a.code, a.index]));

const childrenByIndex: number[][] = hanoiAgencies.map(() => []);
for (const agency of hanoiAgencies) {
  if (agency.parentIndex >= 0) childrenByIndex[agency.parentIndex]?.push(agency.index);
}

/** Direct children of an agency (at any time), in display order. */
export function agencyChildren(index: number): readonly number[] {
  return childrenByIndex[index] ?? [];
}

const underCache = new Map<number, readonly number[]>();

/**
 * The agency and every unit under it at any time (former districts and communes count under
 * their parent), ascending. This is what `baoGomDonViCon=1` selects.
 */
export function agenciesUnder(index: number): readonly number[] {
  const cached = underCache.get(index);
  if (cached !== undefined) return cached;
  const result: number[] = [];
  const stack = [index];
  while (stack.length > 0) {
    const current = stack.pop() as number;
    result.push(current);
    stack.push(...agencyChildren(current));
  }
  result.sort((a, b) => a - b);
  const frozen = Object.freeze(result);
  underCache.set(index, frozen);
  return frozen;
}

/** Whether the agency is valid at a simulator minute. */
export function isAgencyValidAt(agency: HanoiAgency, minute: number): boolean {
  return agency.validFrom <= minute && (agency.validTo === null || minute <= agency.validTo);
}
