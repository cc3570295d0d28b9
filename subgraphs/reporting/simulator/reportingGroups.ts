/**
 * What Hanoi's reporting system reports on: groups of report forms (biểu mẫu) by field, each with
 * the measures its indicators (chỉ tiêu) are made of and the breakdowns (ngành, nguồn vốn, lĩnh
 * vực …) that turn a measure into many indicators, as real statistical forms do. The catalogue
 * (reportingCatalogue.ts) is generated from these templates; the headline forms and indicators a
 * city dashboard asks for first are written out in {@link HEADLINE_FORMS}.
 *
 * Who submits: a group's forms are submitted either by its lead department alone, for the whole
 * city (`lead`), or by every agency at the listed levels, each for its own activity (`levels`).
 * The two never overlap for one indicator, so the figures of agencies can be added up without
 * counting anything twice.
 */

export type Periodicity = 'MONTHLY' | 'QUARTERLY' | 'SIX_MONTHLY' | 'YEARLY';

/**
 * How an indicator's values behave:
 * - `flow`: an amount over time (revenue, dossiers received); a period sums its months, agencies add up.
 * - `stock`: a level at the end of the period (schools, poor households); agencies add up.
 * - `ratio`: numerator over denominator, both flows (online dossiers over dossiers); agencies add
 *   up their numerators and denominators.
 * - `level`: a figure that does not add up (growth rates, indices); one agency reports it.
 */
export type MeasureKind = 'flow' | 'stock' | 'ratio' | 'level';

export interface MeasureSpec {
  /** Name; `{q}` marks where a breakdown goes (appended at the end when absent). */
  readonly name: string;
  readonly unit: string;
  readonly kind: MeasureKind;
  /**
   * Monthly amount (flow, ratio denominator) or level (stock) for one typical reporting agency, or
   * for the whole city when the lead department reports alone.
   */
  readonly magnitude: number;
  /** Decimals printed (and kept): 0 for counts, 1 for money in billions. */
  readonly decimals: number;
  /** Yearly growth of a flow or stock. */
  readonly growth: number;
  /** Ratio: the share at the start of 2021 and at the end of 2026 (fractions, above 1 allowed). */
  readonly rate: readonly [number, number] | null;
  /** Level: the range its base value is drawn from. */
  readonly range: readonly [number, number] | null;
  /** Ratio: index (in its form) of the flow indicator that is its denominator, or -1. */
  readonly denominatorOf: number;
  /** Breakdowns of this measure only, instead of its group's. */
  readonly breakdowns: readonly string[] | null;
  /** Shared with the Government's reporting system (Hệ thống thông tin báo cáo Chính phủ). */
  readonly shared: boolean;
}

interface MeasureOptions {
  readonly decimals?: number;
  readonly growth?: number;
  readonly breakdowns?: readonly string[];
  readonly shared?: boolean;
  readonly denominatorOf?: number;
}

function measure(name: string, unit: string, kind: MeasureKind, magnitude: number, options: MeasureOptions, extra: Partial<MeasureSpec> = {}): MeasureSpec {
  return {
    name,
    unit,
    kind,
    magnitude,
    decimals: options.decimals ?? 0,
    growth: options.growth ?? (kind === 'stock' ? 0.02 : 0.05),
    rate: null,
    range: null,
    denominatorOf: options.denominatorOf ?? -1,
    breakdowns: options.breakdowns ?? null,
    shared: options.shared ?? false,
    ...extra,
  };
}

const flow = (name: string, unit: string, magnitude: number, options: MeasureOptions = {}) => measure(name, unit, 'flow', magnitude, options);
const stock = (name: string, unit: string, magnitude: number, options: MeasureOptions = {}) => measure(name, unit, 'stock', magnitude, options);
/** A percentage: 100 × numerator / denominator; `magnitude` is the denominator's monthly amount. */
const ratio = (name: string, magnitude: number, from: number, to: number, options: MeasureOptions = {}) =>
  measure(name, '%', 'ratio', magnitude, options, { rate: [from, to] });
const level = (name: string, unit: string, low: number, high: number, options: MeasureOptions = {}) =>
  measure(name, unit, 'level', 0, { decimals: 2, ...options }, { range: [low, high] });

/** Who submits a group's forms. */
export type Submitters = { readonly lead: true } | { readonly lead: false; readonly levels: readonly (1 | 2 | 3 | 4)[] };

const LEAD: Submitters = { lead: true };
const levels = (...list: (1 | 2 | 3 | 4)[]): Submitters => ({ lead: false, levels: list });

export interface GroupSpec {
  /** Name headline forms refer to it by. */
  readonly key: string;
  /** Lĩnh vực. */
  readonly field: string;
  /** Lead department: its number in the agency code `000.00.NN.H26`. */
  readonly lead: number;
  readonly submitters: Submitters;
  /** Periodicities of its forms, taken in turn. */
  readonly periodicities: readonly Periodicity[];
  /** What its forms report on, e.g. `tình hình thu ngân sách nhà nước`. */
  readonly topics: readonly string[];
  readonly measures: readonly MeasureSpec[];
  readonly breakdowns: readonly string[];
}

const PROCEDURE_FIELDS = [
  'lĩnh vực đất đai', 'lĩnh vực hộ tịch', 'lĩnh vực chứng thực', 'lĩnh vực đăng ký kinh doanh', 'lĩnh vực xây dựng',
  'lĩnh vực lao động, người có công và xã hội', 'lĩnh vực giáo dục và đào tạo', 'lĩnh vực y tế', 'lĩnh vực giao thông vận tải',
  'lĩnh vực tài nguyên và môi trường', 'lĩnh vực văn hóa, thể thao', 'lĩnh vực công thương',
];

const ECONOMIC_SECTORS = [
  'ngành nông nghiệp', 'ngành lâm nghiệp và thủy sản', 'ngành công nghiệp chế biến, chế tạo',
  'ngành sản xuất và phân phối điện, khí đốt', 'ngành xây dựng', 'ngành bán buôn và bán lẻ', 'ngành vận tải, kho bãi',
  'ngành dịch vụ lưu trú và ăn uống', 'ngành thông tin và truyền thông', 'ngành tài chính, ngân hàng và bảo hiểm',
  'ngành kinh doanh bất động sản', 'ngành khoa học, công nghệ', 'ngành giáo dục và đào tạo',
  'ngành y tế và hoạt động trợ giúp xã hội', 'ngành nghệ thuật, vui chơi và giải trí',
];

const BUSINESS_SECTORS = [
  'trong ngành nông, lâm nghiệp và thủy sản', 'trong ngành công nghiệp chế biến, chế tạo', 'trong ngành xây dựng',
  'trong ngành bán buôn, bán lẻ', 'trong ngành vận tải, kho bãi', 'trong ngành dịch vụ lưu trú và ăn uống',
  'trong ngành thông tin và truyền thông', 'trong ngành tài chính, ngân hàng', 'trong ngành kinh doanh bất động sản',
  'trong ngành khoa học, công nghệ', 'trong ngành giáo dục và đào tạo', 'trong ngành y tế',
];

const COMPLAINT_SUBJECTS = [
  'về đất đai', 'về nhà ở', 'về chính sách xã hội', 'về tư pháp', 'về đầu tư xây dựng',
  'về thu hồi đất, bồi thường, hỗ trợ, tái định cư',
];

/** Groups of report forms, by field. */
export const GROUPS: readonly GroupSpec[] = [
  {
    key: 'economy', field: 'Kinh tế tổng hợp', lead: 3, submitters: LEAD, periodicities: ['QUARTERLY', 'YEARLY'],
    topics: ['tăng trưởng kinh tế theo ngành', 'cơ cấu kinh tế theo ngành', 'năng suất lao động theo ngành'],
    measures: [
      flow('Giá trị tăng thêm theo giá hiện hành {q}', 'tỷ đồng', 6_000, { decimals: 1 }),
      level('Tốc độ tăng giá trị tăng thêm {q} so với cùng kỳ năm trước', '%', 2, 11),
      level('Tỷ trọng giá trị tăng thêm {q} trong tổng sản phẩm trên địa bàn', '%', 0.5, 22),
      level('Năng suất lao động {q}', 'triệu đồng/người', 120, 520, { decimals: 1 }),
    ],
    breakdowns: ECONOMIC_SECTORS,
  },
  {
    key: 'prices', field: 'Kinh tế tổng hợp', lead: 3, submitters: LEAD, periodicities: ['MONTHLY', 'QUARTERLY'],
    topics: ['chỉ số giá tiêu dùng theo nhóm hàng hóa, dịch vụ', 'biến động giá cả thị trường'],
    measures: [
      level('Chỉ số giá {q} so với cùng kỳ năm trước', '%', 97, 108),
      level('Chỉ số giá {q} so với kỳ gốc năm 2019', '%', 104, 126),
      level('Chỉ số giá {q} bình quân so với cùng kỳ', '%', 98, 107),
    ],
    breakdowns: [
      'nhóm hàng ăn và dịch vụ ăn uống', 'nhóm đồ uống và thuốc lá', 'nhóm may mặc, mũ nón, giày dép',
      'nhóm nhà ở, điện, nước, chất đốt và vật liệu xây dựng', 'nhóm thiết bị và đồ dùng gia đình', 'nhóm thuốc và dịch vụ y tế',
      'nhóm giao thông', 'nhóm bưu chính, viễn thông', 'nhóm giáo dục', 'nhóm văn hóa, giải trí và du lịch',
      'nhóm hàng hóa và dịch vụ khác', 'vàng', 'đô la Mỹ',
    ],
  },
  {
    key: 'revenue', field: 'Tài chính - Ngân sách', lead: 3, submitters: LEAD, periodicities: ['MONTHLY', 'QUARTERLY', 'YEARLY'],
    topics: ['tình hình thu ngân sách nhà nước theo khu vực và sắc thuế', 'tiến độ thu ngân sách nhà nước so với dự toán', 'thu ngân sách nhà nước từ đất đai'],
    measures: [
      flow('Thu ngân sách nhà nước {q}', 'tỷ đồng', 1_800, { decimals: 1 }),
      level('Tốc độ tăng thu ngân sách nhà nước {q} so với cùng kỳ', '%', -5, 25),
      ratio('Tỷ lệ thu ngân sách nhà nước {q} so với dự toán', 1_700, 0.7, 1.05, { decimals: 1 }),
      stock('Dự toán thu ngân sách nhà nước {q} được giao', 'tỷ đồng', 21_000, { decimals: 1 }),
    ],
    breakdowns: [
      'từ khu vực doanh nghiệp nhà nước trung ương', 'từ khu vực doanh nghiệp nhà nước địa phương',
      'từ khu vực doanh nghiệp có vốn đầu tư nước ngoài', 'từ khu vực công thương nghiệp, dịch vụ ngoài quốc doanh',
      'từ thuế thu nhập cá nhân', 'từ thuế bảo vệ môi trường', 'từ lệ phí trước bạ', 'từ phí, lệ phí', 'từ tiền sử dụng đất',
      'từ tiền thuê đất, thuê mặt nước', 'từ thuế sử dụng đất phi nông nghiệp', 'từ xổ số kiến thiết', 'từ hộ kinh doanh',
      'từ hoạt động thương mại điện tử',
    ],
  },
  {
    key: 'spending', field: 'Tài chính - Ngân sách', lead: 3, submitters: LEAD, periodicities: ['MONTHLY', 'QUARTERLY', 'YEARLY'],
    topics: ['tình hình chi ngân sách địa phương', 'tiến độ thực hiện dự toán chi thường xuyên', 'sử dụng dự phòng ngân sách'],
    measures: [
      flow('Chi ngân sách địa phương {q}', 'tỷ đồng', 600, { decimals: 1 }),
      ratio('Tỷ lệ thực hiện chi ngân sách {q} so với dự toán', 650, 0.6, 0.95, { decimals: 1 }),
      stock('Dự toán chi ngân sách {q} được giao', 'tỷ đồng', 7_500, { decimals: 1 }),
    ],
    breakdowns: [
      'cho đầu tư phát triển', 'cho sự nghiệp giáo dục, đào tạo và dạy nghề', 'cho sự nghiệp y tế, dân số và gia đình',
      'cho sự nghiệp khoa học và công nghệ', 'cho sự nghiệp văn hóa thông tin', 'cho sự nghiệp thể dục thể thao',
      'cho sự nghiệp bảo vệ môi trường', 'cho các hoạt động kinh tế', 'cho quản lý hành chính nhà nước, Đảng, đoàn thể',
      'cho bảo đảm xã hội', 'cho quốc phòng', 'cho an ninh và trật tự an toàn xã hội', 'cho chuyển đổi số',
      'cho trả lãi các khoản vay', 'từ nguồn dự phòng ngân sách', 'cho cải cách tiền lương',
    ],
  },
  {
    key: 'publicInvestment', field: 'Đầu tư công', lead: 3, submitters: levels(2, 3, 4), periodicities: ['MONTHLY', 'QUARTERLY'],
    topics: ['tiến độ giải ngân vốn đầu tư công theo nguồn vốn', 'tình hình thực hiện kế hoạch vốn đầu tư công'],
    measures: [
      flow('Giá trị giải ngân vốn đầu tư công {q}', 'tỷ đồng', 6, { decimals: 1 }),
      ratio('Tỷ lệ giải ngân vốn đầu tư công {q} so với kế hoạch', 8, 0.5, 0.9, { decimals: 1 }),
      stock('Kế hoạch vốn đầu tư công {q} được giao', 'tỷ đồng', 90, { decimals: 1 }),
    ],
    breakdowns: [
      'nguồn ngân sách trung ương', 'nguồn ngân sách thành phố', 'nguồn ngân sách cấp huyện', 'nguồn ngân sách cấp xã',
      'nguồn vốn ODA và vay ưu đãi nước ngoài', 'nguồn thu tiền sử dụng đất', 'nguồn bội chi ngân sách địa phương',
      'cho dự án nhóm A', 'cho dự án nhóm B', 'cho dự án nhóm C', 'cho dự án giao thông', 'cho dự án hạ tầng giáo dục',
      'cho dự án hạ tầng y tế', 'cho dự án chuyển tiếp', 'cho dự án khởi công mới', 'cho bồi thường, giải phóng mặt bằng',
    ],
  },
  {
    key: 'publicProjects', field: 'Đầu tư công', lead: 3, submitters: levels(2, 3, 4), periodicities: ['QUARTERLY', 'YEARLY'],
    topics: ['tình hình thực hiện và quyết toán dự án đầu tư công'],
    measures: [
      flow('Số dự án {q} hoàn thành, đưa vào sử dụng', 'dự án', 0.6),
      flow('Số dự án {q} được phê duyệt quyết toán', 'dự án', 0.8),
      flow('Số dự án {q} khởi công mới', 'dự án', 0.5),
      stock('Số dự án {q} chậm tiến độ', 'dự án', 0.7),
    ],
    breakdowns: [
      'nhóm A', 'nhóm B', 'nhóm C', 'giao thông', 'hạ tầng kỹ thuật đô thị', 'trường học', 'cơ sở y tế', 'văn hóa, thể thao',
      'thủy lợi, đê điều', 'cấp nước, thoát nước', 'xử lý môi trường', 'trụ sở làm việc',
    ],
  },
  {
    key: 'businessRegistration', field: 'Doanh nghiệp và đầu tư', lead: 3, submitters: LEAD, periodicities: ['MONTHLY', 'QUARTERLY'],
    topics: ['tình hình đăng ký doanh nghiệp theo ngành kinh tế', 'tình hình doanh nghiệp gia nhập và rút lui thị trường'],
    measures: [
      flow('Số doanh nghiệp thành lập mới {q}', 'doanh nghiệp', 180),
      flow('Vốn đăng ký của doanh nghiệp thành lập mới {q}', 'tỷ đồng', 1_700, { decimals: 1 }),
      flow('Số doanh nghiệp {q} giải thể', 'doanh nghiệp', 25),
      flow('Số doanh nghiệp {q} tạm ngừng kinh doanh có thời hạn', 'doanh nghiệp', 95),
    ],
    breakdowns: BUSINESS_SECTORS,
  },
  {
    key: 'foreignInvestment', field: 'Doanh nghiệp và đầu tư', lead: 3, submitters: LEAD, periodicities: ['MONTHLY', 'QUARTERLY', 'YEARLY'],
    topics: ['tình hình thu hút đầu tư trực tiếp nước ngoài theo đối tác', 'tình hình góp vốn, mua cổ phần của nhà đầu tư nước ngoài'],
    measures: [
      flow('Vốn đầu tư trực tiếp nước ngoài đăng ký cấp mới {q}', 'triệu USD', 20, { decimals: 2 }),
      flow('Số dự án đầu tư trực tiếp nước ngoài cấp mới {q}', 'dự án', 9),
      flow('Vốn đầu tư trực tiếp nước ngoài điều chỉnh tăng {q}', 'triệu USD', 8, { decimals: 2 }),
      flow('Vốn góp, mua cổ phần của nhà đầu tư nước ngoài {q}', 'triệu USD', 15, { decimals: 2 }),
    ],
    breakdowns: [
      'từ Nhật Bản', 'từ Hàn Quốc', 'từ Singapore', 'từ Trung Quốc', 'từ Đài Loan (Trung Quốc)', 'từ Hồng Kông (Trung Quốc)',
      'từ Hoa Kỳ', 'từ các nước Liên minh châu Âu', 'từ Vương quốc Anh', 'từ Úc', 'từ Thái Lan', 'từ các đối tác khác',
    ],
  },
  {
    key: 'trade', field: 'Công thương', lead: 5, submitters: LEAD, periodicities: ['MONTHLY', 'QUARTERLY'],
    topics: ['tình hình xuất khẩu theo mặt hàng', 'tình hình nhập khẩu theo mặt hàng'],
    measures: [
      flow('Kim ngạch xuất khẩu {q}', 'triệu USD', 60, { decimals: 2 }),
      level('Tốc độ tăng kim ngạch xuất khẩu {q} so với cùng kỳ', '%', -8, 20),
      flow('Kim ngạch nhập khẩu {q}', 'triệu USD', 110, { decimals: 2 }),
    ],
    breakdowns: [
      'hàng dệt may', 'giày dép', 'máy vi tính, sản phẩm điện tử và linh kiện', 'điện thoại và linh kiện',
      'máy móc, thiết bị, dụng cụ phụ tùng', 'phương tiện vận tải và phụ tùng', 'gạo', 'cà phê', 'chè', 'hàng thủ công mỹ nghệ',
      'sản phẩm từ chất dẻo', 'sắt thép', 'hóa chất', 'xăng dầu', 'gỗ và sản phẩm gỗ', 'hàng rau quả',
    ],
  },
  {
    key: 'industry', field: 'Công thương', lead: 5, submitters: LEAD, periodicities: ['MONTHLY', 'QUARTERLY'],
    topics: ['tình hình sản xuất công nghiệp theo ngành', 'sản lượng sản phẩm công nghiệp chủ yếu'],
    measures: [
      level('Chỉ số sản xuất công nghiệp {q} so với cùng kỳ', '%', 95, 115),
      flow('Giá trị sản xuất công nghiệp {q}', 'tỷ đồng', 3_000, { decimals: 1 }),
      level('Chỉ số tồn kho {q} so với cùng kỳ', '%', 80, 120),
    ],
    breakdowns: [
      'ngành sản xuất chế biến thực phẩm', 'ngành sản xuất đồ uống', 'ngành dệt', 'ngành sản xuất trang phục',
      'ngành sản xuất da và sản phẩm có liên quan', 'ngành in, sao chép bản ghi', 'ngành sản xuất hóa chất',
      'ngành sản xuất thuốc, hóa dược và dược liệu', 'ngành sản xuất sản phẩm từ cao su và plastic', 'ngành sản xuất kim loại',
      'ngành sản xuất sản phẩm điện tử, máy vi tính', 'ngành sản xuất thiết bị điện', 'ngành sản xuất xe có động cơ',
      'ngành sản xuất giường, tủ, bàn, ghế', 'ngành sản xuất và phân phối điện', 'ngành khai thác, xử lý và cung cấp nước',
    ],
  },
  {
    key: 'retail', field: 'Công thương', lead: 5, submitters: LEAD, periodicities: ['MONTHLY', 'QUARTERLY'],
    topics: ['tình hình thị trường và thương mại nội địa', 'tình hình bán lẻ hàng hóa theo nhóm hàng'],
    measures: [
      flow('Doanh thu bán lẻ hàng hóa {q}', 'tỷ đồng', 3_500, { decimals: 1 }),
      flow('Số vụ vi phạm về thương mại {q} bị xử lý', 'vụ', 60),
      flow('Số tiền xử phạt vi phạm hành chính về thương mại {q}', 'triệu đồng', 1_800),
    ],
    breakdowns: [
      'nhóm lương thực, thực phẩm', 'nhóm hàng may mặc', 'nhóm đồ dùng, dụng cụ, trang thiết bị gia đình',
      'nhóm vật phẩm văn hóa, giáo dục', 'nhóm gỗ và vật liệu xây dựng', 'nhóm ô tô các loại', 'nhóm phương tiện đi lại (trừ ô tô)',
      'nhóm xăng, dầu các loại', 'nhóm nhiên liệu khác (trừ xăng, dầu)', 'nhóm đá quý, kim loại quý', 'nhóm dược phẩm, mỹ phẩm',
      'qua thương mại điện tử', 'tại chợ truyền thống', 'tại siêu thị, trung tâm thương mại', 'tại cửa hàng tiện lợi',
      'nhóm hàng hóa khác',
    ],
  },
  {
    key: 'crops', field: 'Nông nghiệp và môi trường', lead: 7, submitters: levels(3, 4), periodicities: ['QUARTERLY', 'SIX_MONTHLY', 'YEARLY'],
    topics: ['kết quả sản xuất trồng trọt', 'diện tích, sản lượng cây trồng chủ yếu'],
    measures: [
      flow('Diện tích gieo trồng {q}', 'ha', 40, { decimals: 1, growth: -0.01 }),
      flow('Sản lượng {q} thu hoạch', 'tấn', 150, { decimals: 1, growth: 0.01 }),
    ],
    breakdowns: ['lúa', 'ngô', 'khoai lang', 'sắn', 'đậu tương', 'lạc', 'rau các loại', 'đậu các loại', 'hoa các loại', 'cây ăn quả', 'chè', 'cây dược liệu'],
  },
  {
    key: 'livestock', field: 'Nông nghiệp và môi trường', lead: 7, submitters: levels(3, 4), periodicities: ['QUARTERLY', 'SIX_MONTHLY', 'YEARLY'],
    topics: ['tình hình chăn nuôi', 'phòng, chống dịch bệnh trên đàn vật nuôi'],
    measures: [
      stock('Tổng đàn {q}', 'con', 3_500, { growth: 0.01 }),
      flow('Sản lượng thịt {q} hơi xuất chuồng', 'tấn', 60, { decimals: 1 }),
      flow('Số con {q} được tiêm phòng', 'con', 900),
    ],
    breakdowns: ['trâu', 'bò', 'bò sữa', 'lợn', 'lợn nái', 'gà', 'vịt', 'ngan', 'dê', 'ngựa', 'chim cút', 'bồ câu'],
  },
  {
    key: 'land', field: 'Nông nghiệp và môi trường', lead: 7, submitters: levels(3, 4), periodicities: ['MONTHLY', 'QUARTERLY', 'YEARLY'],
    topics: ['công tác quản lý đất đai', 'cấp giấy chứng nhận quyền sử dụng đất'],
    measures: [
      flow('Số giấy chứng nhận quyền sử dụng đất cấp lần đầu {q}', 'giấy chứng nhận', 18),
      flow('Diện tích đất thu hồi {q}', 'ha', 1.5, { decimals: 2 }),
      flow('Số vụ vi phạm pháp luật về đất đai {q} được phát hiện', 'vụ', 1.2),
    ],
    breakdowns: [
      'cho hộ gia đình, cá nhân', 'cho tổ chức', 'đối với đất ở', 'đối với đất nông nghiệp',
      'đối với đất phi nông nghiệp không phải đất ở', 'đối với đất công', 'đối với đất giao trái thẩm quyền', 'tại khu vực đô thị',
      'tại khu vực nông thôn', 'thuộc dự án phát triển kinh tế - xã hội', 'thuộc dự án hạ tầng giao thông', 'thuộc dự án nhà ở',
    ],
  },
  {
    key: 'environment', field: 'Nông nghiệp và môi trường', lead: 7, submitters: levels(3, 4), periodicities: ['MONTHLY', 'QUARTERLY'],
    topics: ['công tác bảo vệ môi trường', 'thu gom, xử lý chất thải rắn sinh hoạt'],
    measures: [
      flow('Khối lượng chất thải rắn sinh hoạt {q} được thu gom', 'tấn', 900, { decimals: 1 }),
      ratio('Tỷ lệ chất thải rắn sinh hoạt {q} được xử lý đạt chuẩn', 900, 0.88, 0.99, { decimals: 1 }),
      flow('Số vụ vi phạm về bảo vệ môi trường {q} bị xử lý', 'vụ', 0.8),
    ],
    breakdowns: [
      'khu vực nội thành', 'khu vực ngoại thành', 'tại các làng nghề', 'tại các khu dân cư', 'tại các chợ',
      'tại các cụm công nghiệp', 'tại các cơ sở y tế', 'tại các trường học', 'dọc các tuyến sông, hồ', 'tại các điểm tập kết tạm thời',
      'được phân loại tại nguồn', 'xử lý bằng phương pháp đốt phát điện',
    ],
  },
  {
    key: 'construction', field: 'Xây dựng và đô thị', lead: 6, submitters: levels(3, 4), periodicities: ['MONTHLY', 'QUARTERLY'],
    topics: ['cấp giấy phép xây dựng', 'quản lý trật tự xây dựng', 'phát triển nhà ở'],
    measures: [
      flow('Số giấy phép xây dựng {q} được cấp', 'giấy phép', 7),
      flow('Số {q} vi phạm trật tự xây dựng', 'công trình', 0.9),
      flow('Diện tích sàn {q} hoàn thành', 'm²', 3_200, {
        breakdowns: ['nhà ở riêng lẻ', 'nhà ở xã hội', 'nhà ở thương mại', 'nhà ở tái định cư', 'nhà ở công vụ', 'nhà chung cư cải tạo, xây dựng lại'],
      }),
    ],
    breakdowns: [
      'nhà ở riêng lẻ', 'công trình dân dụng', 'công trình công nghiệp', 'công trình hạ tầng kỹ thuật', 'công trình giao thông',
      'công trình tôn giáo, tín ngưỡng', 'công trình có thời hạn', 'công trình sửa chữa, cải tạo', 'công trình quảng cáo',
      'công trình trạm viễn thông', 'công trình nhà ở xã hội', 'công trình nhà ở thương mại',
    ],
  },
  {
    key: 'transport', field: 'Giao thông vận tải', lead: 6, submitters: LEAD, periodicities: ['MONTHLY', 'QUARTERLY'],
    topics: ['tình hình vận tải hành khách công cộng', 'tình hình trật tự và ùn tắc giao thông'],
    measures: [
      flow('Sản lượng hành khách vận chuyển {q}', 'lượt khách', 2_500_000),
      flow('Doanh thu vận tải hành khách {q}', 'tỷ đồng', 250, { decimals: 1 }),
      flow('Số điểm ùn tắc giao thông {q}', 'điểm', 15, {
        breakdowns: [
          'tại các nút giao trọng điểm', 'trên các tuyến đường vành đai', 'trên các tuyến đường hướng tâm', 'tại khu vực nội thành',
          'tại khu vực ngoại thành', 'do sự cố phương tiện', 'do thi công công trình', 'do mưa ngập',
        ],
      }),
    ],
    breakdowns: [
      'bằng xe buýt', 'bằng đường sắt đô thị tuyến Cát Linh - Hà Đông', 'bằng đường sắt đô thị tuyến Nhổn - ga Hà Nội', 'bằng taxi',
      'bằng xe hợp đồng', 'bằng đường thủy nội địa', 'bằng đường sắt quốc gia', 'bằng xe buýt điện', 'bằng xe khách liên tỉnh',
      'bằng xe đạp công cộng',
    ],
  },
  {
    key: 'education', field: 'Giáo dục và đào tạo', lead: 8, submitters: LEAD, periodicities: ['YEARLY', 'SIX_MONTHLY'],
    topics: ['thống kê trường, lớp, học sinh', 'đội ngũ nhà giáo và cán bộ quản lý giáo dục', 'cơ sở vật chất trường học'],
    measures: [
      stock('Số trường {q}', 'trường', 300),
      stock('Số lớp học {q}', 'lớp', 8_000),
      stock('Số học sinh {q}', 'học sinh', 250_000),
      stock('Số giáo viên {q}', 'giáo viên', 15_000),
      level('Tỷ lệ trường {q} đạt chuẩn quốc gia', '%', 60, 85),
    ],
    breakdowns: [
      'mầm non công lập', 'mầm non ngoài công lập', 'tiểu học công lập', 'tiểu học ngoài công lập', 'trung học cơ sở công lập',
      'trung học cơ sở ngoài công lập', 'trung học phổ thông công lập', 'trung học phổ thông ngoài công lập',
      'giáo dục thường xuyên', 'chuyên biệt',
    ],
  },
  {
    key: 'epidemics', field: 'Y tế', lead: 9, submitters: LEAD, periodicities: ['MONTHLY', 'QUARTERLY'],
    topics: ['tình hình dịch bệnh truyền nhiễm', 'hoạt động y tế dự phòng'],
    measures: [
      flow('Số ca mắc {q}', 'ca', 120),
      flow('Số ca tử vong do {q}', 'ca', 0.3),
      flow('Số ổ dịch {q} được xử lý', 'ổ dịch', 6),
    ],
    breakdowns: ['sốt xuất huyết', 'tay chân miệng', 'sởi', 'cúm A', 'COVID-19', 'thủy đậu', 'quai bị', 'viêm não Nhật Bản', 'bạch hầu', 'ho gà', 'tiêu chảy cấp', 'lao phổi'],
  },
  {
    key: 'healthcare', field: 'Y tế', lead: 9, submitters: LEAD, periodicities: ['MONTHLY', 'QUARTERLY', 'YEARLY'],
    topics: ['hoạt động khám bệnh, chữa bệnh theo tuyến', 'công tác bảo đảm an toàn thực phẩm'],
    measures: [
      flow('Số lượt khám bệnh {q}', 'lượt', 180_000),
      flow('Số lượt người bệnh điều trị nội trú {q}', 'lượt', 11_000),
      level('Công suất sử dụng giường bệnh {q}', '%', 75, 115, {
        decimals: 1,
        breakdowns: ['tại bệnh viện tuyến thành phố', 'tại trung tâm y tế khu vực', 'tại bệnh viện tư nhân', 'của khối điều trị nội khoa', 'của khối điều trị ngoại khoa', 'của khối sản, nhi'],
      }),
      flow('Số vụ ngộ độc thực phẩm {q}', 'vụ', 0.5, {
        breakdowns: ['tại bếp ăn tập thể', 'tại cơ sở kinh doanh dịch vụ ăn uống', 'tại hộ gia đình', 'do thức ăn đường phố', 'tại trường học'],
      }),
    ],
    breakdowns: [
      'tại bệnh viện tuyến thành phố', 'tại trung tâm y tế khu vực', 'tại trạm y tế xã, phường', 'tại bệnh viện tư nhân',
      'tại phòng khám đa khoa', 'có bảo hiểm y tế', 'bằng y học cổ truyền', 'là trẻ em dưới 6 tuổi', 'là người cao tuổi',
      'qua khám, chữa bệnh từ xa',
    ],
  },
  {
    key: 'culture', field: 'Văn hóa, thể thao', lead: 10, submitters: levels(3, 4), periodicities: ['QUARTERLY', 'SIX_MONTHLY', 'YEARLY'],
    topics: ['phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa"', 'hoạt động thể dục, thể thao quần chúng', 'quản lý di tích, lễ hội'],
    measures: [
      flow('Số cuộc {q} được tổ chức', 'cuộc', 3, {
        breakdowns: ['giải thể thao quần chúng', 'liên hoan văn nghệ quần chúng', 'hội thi, hội diễn', 'lễ hội truyền thống', 'triển lãm, trưng bày', 'chiếu phim lưu động', 'ngày hội đọc sách'],
      }),
      stock('Số người tập luyện thể dục, thể thao thường xuyên {q}', 'người', 4_000, {
        breakdowns: ['là học sinh, sinh viên', 'là người cao tuổi', 'là cán bộ, công chức, viên chức', 'là người lao động', 'tại các câu lạc bộ', 'tại các thiết chế văn hóa, thể thao cơ sở'],
      }),
      stock('Số di tích {q}', 'di tích', 8, {
        growth: 0.005,
        breakdowns: ['được xếp hạng cấp quốc gia đặc biệt', 'được xếp hạng cấp quốc gia', 'được xếp hạng cấp thành phố', 'đã được tu bổ, tôn tạo', 'xuống cấp cần tu bổ', 'có hiện vật được kiểm kê'],
      }),
    ],
    breakdowns: [],
  },
  {
    key: 'tourism', field: 'Du lịch', lead: 11, submitters: LEAD, periodicities: ['MONTHLY', 'QUARTERLY'],
    topics: ['khách du lịch quốc tế theo thị trường', 'hoạt động kinh doanh lưu trú và lữ hành'],
    measures: [
      flow('Số lượt khách du lịch quốc tế {q}', 'lượt khách', 28_000, { growth: 0.12 }),
      level('Tốc độ tăng lượt khách du lịch quốc tế {q} so với cùng kỳ', '%', -10, 40),
      flow('Doanh thu {q}', 'tỷ đồng', 600, {
        decimals: 1,
        breakdowns: ['của cơ sở lưu trú du lịch', 'của khách sạn 5 sao', 'của khách sạn 4 sao', 'của khách sạn 3 sao', 'của doanh nghiệp lữ hành', 'từ dịch vụ ăn uống phục vụ khách du lịch', 'từ dịch vụ vui chơi, giải trí'],
      }),
      level('Công suất sử dụng buồng {q}', '%', 50, 80, {
        decimals: 1,
        breakdowns: ['của khách sạn 5 sao', 'của khách sạn 4 sao', 'của khách sạn 3 sao', 'của khách sạn 1 - 2 sao', 'của căn hộ du lịch', 'của nhà nghỉ du lịch'],
      }),
    ],
    breakdowns: [
      'đến từ Hàn Quốc', 'đến từ Trung Quốc', 'đến từ Nhật Bản', 'đến từ Hoa Kỳ', 'đến từ Pháp', 'đến từ Vương quốc Anh',
      'đến từ Đức', 'đến từ Úc', 'đến từ Thái Lan', 'đến từ Malaysia', 'đến từ Singapore', 'đến từ Ấn Độ',
      'đến từ Đài Loan (Trung Quốc)', 'đến từ Nga', 'đến từ các thị trường khác',
    ],
  },
  {
    key: 'digital', field: 'Khoa học, công nghệ và chuyển đổi số', lead: 12, submitters: levels(1, 2, 3, 4), periodicities: ['QUARTERLY', 'SIX_MONTHLY', 'YEARLY'],
    topics: ['kết quả xây dựng chính quyền số', 'cung cấp dịch vụ công trực tuyến', 'bảo đảm an toàn thông tin mạng'],
    measures: [
      flow('Số hồ sơ trực tuyến toàn trình {q}', 'hồ sơ', 220, { growth: 0.2 }),
      ratio('Tỷ lệ hồ sơ {q} được số hóa kết quả giải quyết', 300, 0.5, 0.95),
      flow('Số sự cố an toàn thông tin {q}', 'sự cố', 0.3, {
        breakdowns: ['do mã độc', 'do tấn công từ chối dịch vụ', 'do lộ lọt dữ liệu', 'do thay đổi giao diện trang thông tin điện tử', 'do lỗi phần mềm', 'do lỗi phần cứng, hạ tầng'],
      }),
      ratio('Tỷ lệ {q}', 100, 0.6, 0.98, {
        breakdowns: [
          'văn bản đến được số hóa', 'hồ sơ công việc được xử lý trên môi trường mạng', 'cán bộ, công chức được cấp chữ ký số',
          'thủ tục hành chính được cung cấp trực tuyến toàn trình', 'hồ sơ được thanh toán phí, lệ phí trực tuyến',
          'người dân được kích hoạt định danh điện tử mức 2',
        ],
      }),
    ],
    breakdowns: PROCEDURE_FIELDS,
  },
  {
    key: 'procedures', field: 'Cải cách hành chính', lead: 1, submitters: levels(1, 2, 3, 4), periodicities: ['MONTHLY', 'QUARTERLY'],
    topics: ['kết quả giải quyết thủ tục hành chính theo lĩnh vực', 'tình hình hồ sơ quá hạn và xin lỗi tổ chức, công dân'],
    measures: [
      flow('Số hồ sơ {q} tiếp nhận', 'hồ sơ', 90),
      flow('Số hồ sơ {q} giải quyết quá hạn', 'hồ sơ', 1.5, { growth: -0.1 }),
      ratio('Tỷ lệ hồ sơ {q} giải quyết đúng hạn', 85, 0.93, 0.995),
    ],
    breakdowns: PROCEDURE_FIELDS,
  },
  {
    key: 'adminReform', field: 'Cải cách hành chính', lead: 2, submitters: levels(1, 2, 3, 4), periodicities: ['QUARTERLY', 'SIX_MONTHLY', 'YEARLY'],
    topics: ['kết quả thực hiện nhiệm vụ cải cách hành chính', 'kiểm soát thủ tục hành chính'],
    measures: [
      flow('Số thủ tục hành chính {q}', 'thủ tục', 1.5, {
        breakdowns: ['được công bố mới', 'được sửa đổi, bổ sung', 'bị bãi bỏ', 'được đơn giản hóa', 'được phân cấp, ủy quyền giải quyết', 'được cắt giảm thời gian giải quyết', 'được tiếp nhận không phụ thuộc địa giới hành chính', 'có phát sinh hồ sơ'],
      }),
      flow('Số cuộc kiểm tra {q}', 'cuộc', 0.6, {
        breakdowns: ['công tác cải cách hành chính', 'việc thực hiện kỷ luật, kỷ cương hành chính', 'công tác văn thư, lưu trữ', 'việc giải quyết thủ tục hành chính', 'hoạt động công vụ', 'việc thực hiện quy chế dân chủ'],
      }),
      flow('Số phản ánh, kiến nghị về {q} được tiếp nhận', 'phản ánh', 0.8, {
        breakdowns: ['quy định hành chính', 'thái độ phục vụ của cán bộ, công chức', 'thời gian giải quyết hồ sơ', 'yêu cầu thành phần hồ sơ ngoài quy định', 'chất lượng dịch vụ công trực tuyến', 'phí, lệ phí'],
      }),
    ],
    breakdowns: [],
  },
  {
    key: 'labour', field: 'Lao động, việc làm và an sinh xã hội', lead: 2, submitters: levels(3, 4), periodicities: ['QUARTERLY', 'SIX_MONTHLY', 'YEARLY'],
    topics: ['kết quả giải quyết việc làm', 'thực hiện chính sách người có công và bảo trợ xã hội', 'công tác giáo dục nghề nghiệp'],
    measures: [
      flow('Số lao động được giải quyết việc làm {q}', 'người', 25, {
        breakdowns: ['trong ngành công nghiệp, xây dựng', 'trong ngành dịch vụ', 'trong ngành nông nghiệp', 'thông qua vay vốn Quỹ quốc gia về việc làm', 'đi làm việc ở nước ngoài theo hợp đồng', 'thông qua sàn giao dịch việc làm', 'là thanh niên hoàn thành nghĩa vụ quân sự', 'là người khuyết tật'],
      }),
      stock('Số người {q} đang hưởng trợ cấp hằng tháng', 'người', 180, {
        growth: 0.01,
        breakdowns: ['có công với cách mạng', 'cao tuổi', 'khuyết tật', 'là trẻ em mồ côi', 'đơn thân nuôi con thuộc hộ nghèo', 'là thân nhân liệt sĩ'],
      }),
      flow('Kinh phí chi trả {q}', 'triệu đồng', 900, {
        breakdowns: ['trợ cấp ưu đãi người có công', 'trợ cấp bảo trợ xã hội', 'hỗ trợ hộ nghèo, hộ cận nghèo', 'hỗ trợ đóng bảo hiểm y tế', 'hỗ trợ đào tạo nghề', 'quà Tết cho các đối tượng chính sách'],
      }),
      flow('Số người được đào tạo nghề {q}', 'người', 40, {
        breakdowns: ['trình độ sơ cấp', 'trình độ trung cấp', 'trình độ cao đẳng', 'dưới 3 tháng', 'là lao động nông thôn', 'là người khuyết tật'],
      }),
    ],
    breakdowns: [],
  },
  {
    key: 'justice', field: 'Tư pháp', lead: 4, submitters: levels(3, 4), periodicities: ['MONTHLY', 'QUARTERLY', 'SIX_MONTHLY'],
    topics: ['công tác đăng ký hộ tịch', 'công tác chứng thực', 'phổ biến, giáo dục pháp luật và hòa giải ở cơ sở'],
    measures: [
      flow('Số trường hợp đăng ký {q}', 'trường hợp', 20, {
        breakdowns: ['khai sinh đúng hạn', 'khai sinh quá hạn', 'khai sinh có yếu tố nước ngoài', 'kết hôn', 'kết hôn có yếu tố nước ngoài', 'khai tử', 'nhận cha, mẹ, con', 'thay đổi, cải chính hộ tịch', 'giám hộ', 'lại khai sinh'],
      }),
      flow('Số việc chứng thực {q}', 'việc', 600, {
        breakdowns: ['bản sao từ bản chính', 'chữ ký', 'hợp đồng, giao dịch', 'bản sao điện tử từ bản chính', 'chữ ký người dịch'],
      }),
      flow('Số vụ việc hòa giải ở cơ sở {q}', 'vụ việc', 3, { breakdowns: ['được tiếp nhận', 'hòa giải thành', 'hòa giải không thành', 'chuyển cơ quan có thẩm quyền'] }),
      flow('Số cuộc tuyên truyền, phổ biến pháp luật {q}', 'cuộc', 4, {
        breakdowns: ['trực tiếp', 'trên hệ thống loa truyền thanh cơ sở', 'trên mạng xã hội', 'cho học sinh, sinh viên', 'cho người lao động tại doanh nghiệp'],
      }),
    ],
    breakdowns: [],
  },
  {
    key: 'inspection', field: 'Thanh tra, tiếp công dân', lead: 15, submitters: levels(2, 3, 4), periodicities: ['QUARTERLY', 'SIX_MONTHLY', 'YEARLY'],
    topics: ['công tác thanh tra hành chính', 'công tác phòng, chống tham nhũng', 'giải quyết khiếu nại, tố cáo theo lĩnh vực'],
    measures: [
      flow('Số cuộc thanh tra {q}', 'cuộc', 0.8, {
        breakdowns: ['hành chính', 'chuyên ngành', 'theo kế hoạch', 'đột xuất', 'về quản lý đất đai', 'về quản lý đầu tư xây dựng', 'về quản lý tài chính, ngân sách', 'về thực hiện pháp luật phòng, chống tham nhũng'],
      }),
      flow('Số tiền sai phạm phát hiện qua thanh tra {q}', 'triệu đồng', 350, {
        breakdowns: ['về đất đai', 'về đầu tư xây dựng', 'về tài chính, ngân sách', 'về quản lý tài sản công', 'về thu, chi các quỹ'],
      }),
      flow('Số đơn khiếu nại {q}', 'đơn', 2.5, { breakdowns: COMPLAINT_SUBJECTS }),
      flow('Số đơn tố cáo {q}', 'đơn', 0.8, { breakdowns: COMPLAINT_SUBJECTS }),
    ],
    breakdowns: [],
  },
  {
    key: 'security', field: 'An ninh, trật tự', lead: 17, submitters: LEAD, periodicities: ['MONTHLY', 'QUARTERLY'],
    topics: ['tình hình tội phạm và vi phạm pháp luật', 'tình hình trật tự an toàn giao thông', 'công tác phòng cháy, chữa cháy'],
    measures: [
      flow('Số vụ {q} được phát hiện', 'vụ', 35, {
        breakdowns: ['phạm tội về trật tự xã hội', 'phạm tội về kinh tế', 'phạm tội về ma túy', 'phạm tội về môi trường', 'phạm tội sử dụng công nghệ cao', 'phạm tội về tham nhũng, chức vụ', 'buôn lậu, gian lận thương mại', 'đánh bạc, tổ chức đánh bạc'],
      }),
      flow('Số vụ tai nạn giao thông {q}', 'vụ', 20, {
        growth: -0.04,
        breakdowns: ['đường bộ', 'đường sắt', 'đường thủy nội địa', 'liên quan đến xe mô tô', 'liên quan đến xe ô tô tải', 'do vi phạm nồng độ cồn', 'do vi phạm tốc độ'],
      }),
      flow('Số vụ cháy {q}', 'vụ', 8, {
        breakdowns: ['tại nhà ở riêng lẻ', 'tại nhà chung cư', 'tại cơ sở sản xuất, kinh doanh', 'tại chợ, trung tâm thương mại', 'tại phương tiện giao thông', 'do sự cố điện', 'do sơ suất sử dụng lửa'],
      }),
      flow('Số trường hợp vi phạm trật tự an toàn giao thông {q} bị xử phạt', 'trường hợp', 15_000, {
        breakdowns: ['đi ngược chiều', 'vượt đèn đỏ', 'vi phạm nồng độ cồn', 'chạy quá tốc độ', 'không đội mũ bảo hiểm', 'dừng, đỗ sai quy định', 'chở quá tải trọng'],
      }),
    ],
    breakdowns: [],
  },
  {
    key: 'civilService', field: 'Nội vụ', lead: 2, submitters: levels(1, 2, 3, 4), periodicities: ['SIX_MONTHLY', 'YEARLY'],
    topics: ['tổ chức bộ máy và biên chế', 'công tác cán bộ, công chức, viên chức', 'công tác thi đua, khen thưởng'],
    measures: [
      stock('Số biên chế {q} được giao', 'người', 40, { growth: -0.02, breakdowns: ['công chức', 'viên chức', 'hợp đồng lao động hỗ trợ, phục vụ', 'cán bộ cấp xã', 'công chức cấp xã'] }),
      flow('Số cán bộ, công chức, viên chức được {q}', 'người', 3, {
        breakdowns: ['tuyển dụng', 'bổ nhiệm', 'bổ nhiệm lại', 'điều động, luân chuyển', 'đào tạo, bồi dưỡng', 'nghỉ hưu', 'nghỉ việc theo nguyện vọng', 'tinh giản biên chế', 'xử lý kỷ luật', 'khen thưởng'],
      }),
      flow('Số tập thể, cá nhân được {q}', 'lượt', 4, {
        breakdowns: ['tặng Huân chương Lao động', 'tặng Bằng khen của Thủ tướng Chính phủ', 'tặng Bằng khen của Chủ tịch Ủy ban nhân dân thành phố', 'tặng Cờ thi đua của thành phố', 'công nhận danh hiệu Chiến sĩ thi đua cơ sở', 'tặng Giấy khen'],
      }),
    ],
    breakdowns: [],
  },
  {
    key: 'religion', field: 'Dân tộc và tôn giáo', lead: 14, submitters: LEAD, periodicities: ['SIX_MONTHLY', 'YEARLY'],
    topics: ['tình hình tôn giáo, tín ngưỡng', 'công tác dân tộc'],
    measures: [
      stock('Số cơ sở thờ tự {q}', 'cơ sở', 400, { growth: 0.003, breakdowns: ['của Phật giáo', 'của Công giáo', 'của Tin lành', 'của Cao Đài', 'của Phật giáo Hòa Hảo', 'tín ngưỡng (đình, đền, miếu, phủ)'] }),
      stock('Số tín đồ {q}', 'người', 60_000, { growth: 0.01, breakdowns: ['Phật giáo', 'Công giáo', 'Tin lành', 'Cao Đài', 'các tôn giáo khác'] }),
      stock('Số người {q}', 'người', 9_000, { growth: 0.01, breakdowns: ['dân tộc Mường', 'dân tộc Tày', 'dân tộc Thái', 'dân tộc Dao', 'dân tộc Nùng', 'dân tộc Hoa', 'các dân tộc thiểu số khác'] }),
    ],
    breakdowns: [],
  },
  {
    key: 'science', field: 'Khoa học, công nghệ và chuyển đổi số', lead: 12, submitters: LEAD, periodicities: ['QUARTERLY', 'YEARLY'],
    topics: ['hoạt động khoa học và công nghệ', 'sở hữu trí tuệ và đổi mới sáng tạo'],
    measures: [
      flow('Số nhiệm vụ khoa học và công nghệ {q}', 'nhiệm vụ', 6, {
        breakdowns: ['cấp thành phố được phê duyệt', 'cấp thành phố được nghiệm thu', 'cấp quốc gia được triển khai', 'thuộc lĩnh vực khoa học tự nhiên', 'thuộc lĩnh vực khoa học kỹ thuật và công nghệ', 'thuộc lĩnh vực khoa học xã hội và nhân văn', 'thuộc lĩnh vực khoa học nông nghiệp', 'thuộc lĩnh vực khoa học y, dược'],
      }),
      flow('Số đơn đăng ký {q}', 'đơn', 90, { breakdowns: ['sáng chế', 'giải pháp hữu ích', 'kiểu dáng công nghiệp', 'nhãn hiệu', 'chỉ dẫn địa lý'] }),
      stock('Số doanh nghiệp khoa học và công nghệ {q}', 'doanh nghiệp', 35, {
        growth: 0.06,
        breakdowns: ['được chứng nhận', 'trong lĩnh vực công nghệ thông tin', 'trong lĩnh vực công nghệ sinh học', 'trong lĩnh vực vật liệu mới', 'trong lĩnh vực tự động hóa'],
      }),
    ],
    breakdowns: [],
  },
];

/** A headline form: written out, first in the catalogue, with the indicators dashboards ask for. */
export interface HeadlineForm {
  /** Key of the group whose field, lead department and submitters it shares (and whose breakdowns fill it). */
  readonly group: string;
  readonly name: string;
  readonly periodicity: Periodicity;
  readonly indicators: readonly MeasureSpec[];
}

export const HEADLINE_FORMS: readonly HeadlineForm[] = [
  {
    group: 'prices', name: 'Báo cáo tình hình kinh tế - xã hội hằng tháng', periodicity: 'MONTHLY',
    indicators: [
      level('Chỉ số giá tiêu dùng (CPI) so với cùng kỳ năm trước', '%', 102.2, 104.6, { shared: true }),
      level('Chỉ số sản xuất công nghiệp (IIP) so với cùng kỳ năm trước', '%', 103, 109),
      flow('Vốn đầu tư thực hiện toàn xã hội', 'tỷ đồng', 37_000, { decimals: 1 }),
    ],
  },
  {
    group: 'economy', name: 'Báo cáo tình hình kinh tế - xã hội hằng quý', periodicity: 'QUARTERLY',
    indicators: [
      level('Tốc độ tăng trưởng tổng sản phẩm trên địa bàn (GRDP) so với cùng kỳ năm trước', '%', 5.6, 7.4, { shared: true }),
      flow('Tổng sản phẩm trên địa bàn (GRDP) theo giá hiện hành', 'tỷ đồng', 115_000, { decimals: 1, growth: 0.09 }),
      level('Tổng sản phẩm trên địa bàn (GRDP) bình quân đầu người', 'triệu đồng/người', 135, 175, { decimals: 1 }),
    ],
  },
  {
    group: 'revenue', name: 'Báo cáo tình hình thu, chi ngân sách nhà nước', periodicity: 'MONTHLY',
    indicators: [
      flow('Tổng thu ngân sách nhà nước trên địa bàn', 'tỷ đồng', 42_000, { decimals: 1, growth: 0.08, shared: true }),
      flow('Thu nội địa', 'tỷ đồng', 38_000, { decimals: 1, growth: 0.08 }),
      flow('Thu từ hoạt động xuất nhập khẩu', 'tỷ đồng', 2_100, { decimals: 1 }),
      flow('Tổng chi ngân sách địa phương', 'tỷ đồng', 11_500, { decimals: 1 }),
    ],
  },
  {
    group: 'publicInvestment', name: 'Báo cáo tiến độ giải ngân vốn đầu tư công', periodicity: 'MONTHLY',
    indicators: [
      stock('Kế hoạch vốn đầu tư công năm được giao', 'tỷ đồng', 380, { decimals: 1, growth: 0.06 }),
      flow('Giá trị giải ngân vốn đầu tư công', 'tỷ đồng', 26, { decimals: 1, growth: 0.06, shared: true }),
      ratio('Tỷ lệ giải ngân vốn đầu tư công so với kế hoạch vốn được giao', 32, 0.55, 0.9, { decimals: 1, shared: true }),
    ],
  },
  {
    group: 'businessRegistration', name: 'Báo cáo tình hình đăng ký doanh nghiệp', periodicity: 'MONTHLY',
    indicators: [
      flow('Số doanh nghiệp thành lập mới', 'doanh nghiệp', 2_500, { shared: true }),
      flow('Tổng vốn đăng ký của doanh nghiệp thành lập mới', 'tỷ đồng', 24_000, { decimals: 1 }),
      flow('Số doanh nghiệp quay trở lại hoạt động', 'doanh nghiệp', 850),
      flow('Số doanh nghiệp tạm ngừng kinh doanh có thời hạn', 'doanh nghiệp', 1_300),
      flow('Vốn đầu tư trực tiếp nước ngoài (FDI) thu hút', 'triệu USD', 240, { decimals: 1 }),
    ],
  },
  {
    group: 'trade', name: 'Báo cáo tình hình thương mại và xuất nhập khẩu', periodicity: 'MONTHLY',
    indicators: [
      flow('Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng', 'tỷ đồng', 58_000, { decimals: 1, growth: 0.09, shared: true }),
      flow('Kim ngạch xuất khẩu hàng hóa', 'triệu USD', 1_450, { decimals: 1 }),
      flow('Kim ngạch nhập khẩu hàng hóa', 'triệu USD', 3_100, { decimals: 1 }),
      stock('Số chợ, siêu thị, trung tâm thương mại đang hoạt động', 'cơ sở', 620, { growth: 0.01 }),
    ],
  },
  {
    group: 'procedures', name: 'Báo cáo kết quả giải quyết thủ tục hành chính', periodicity: 'MONTHLY',
    indicators: [
      flow('Số hồ sơ thủ tục hành chính tiếp nhận', 'hồ sơ', 1_100),
      ratio('Tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận trực tuyến', 0, 0.45, 0.92, { denominatorOf: 0, shared: true }),
      flow('Số hồ sơ thủ tục hành chính đã giải quyết', 'hồ sơ', 1_050),
      ratio('Tỷ lệ hồ sơ thủ tục hành chính giải quyết đúng hạn', 0, 0.93, 0.99, { denominatorOf: 2 }),
    ],
  },
  {
    group: 'digital', name: 'Báo cáo kết quả thực hiện chuyển đổi số', periodicity: 'QUARTERLY',
    indicators: [
      flow('Số văn bản đi được phát hành', 'văn bản', 450),
      ratio('Tỷ lệ văn bản đi được ký số', 0, 0.85, 0.98, { denominatorOf: 0 }),
      flow('Số tài khoản định danh điện tử được kích hoạt', 'tài khoản', 900, { growth: -0.1 }),
    ],
  },
  {
    group: 'justice', name: 'Báo cáo kết quả đăng ký và quản lý hộ tịch', periodicity: 'MONTHLY',
    indicators: [
      flow('Số trường hợp đăng ký khai sinh', 'trường hợp', 75, { growth: -0.02 }),
      flow('Số trường hợp đăng ký kết hôn', 'trường hợp', 40, { growth: -0.01 }),
      flow('Số bản sao được chứng thực từ bản chính', 'bản', 3_000),
    ],
  },
  {
    group: 'labour', name: 'Báo cáo tình hình lao động, việc làm và giảm nghèo', periodicity: 'QUARTERLY',
    indicators: [
      flow('Số lao động được tạo việc làm mới', 'người', 80),
      stock('Số hộ nghèo', 'hộ', 12, { growth: -0.25 }),
      stock('Số hộ cận nghèo', 'hộ', 25, { growth: -0.15 }),
    ],
  },
  {
    group: 'healthcare', name: 'Báo cáo hoạt động khám bệnh, chữa bệnh', periodicity: 'MONTHLY',
    indicators: [
      flow('Số lượt khám bệnh', 'lượt', 2_600_000),
      flow('Số lượt người bệnh điều trị nội trú', 'lượt', 160_000),
      flow('Số ca mắc sốt xuất huyết', 'ca', 900, { growth: 0 }),
    ],
  },
  {
    group: 'education', name: 'Báo cáo thống kê giáo dục', periodicity: 'YEARLY',
    indicators: [
      stock('Số học sinh phổ thông', 'học sinh', 2_100_000),
      stock('Số trường học đạt chuẩn quốc gia', 'trường', 1_900, { growth: 0.03 }),
      level('Tỷ lệ học sinh tốt nghiệp trung học phổ thông', '%', 98, 99.5),
    ],
  },
  {
    group: 'tourism', name: 'Báo cáo kết quả hoạt động du lịch', periodicity: 'MONTHLY',
    indicators: [
      flow('Tổng số lượt khách du lịch đến Hà Nội', 'lượt khách', 2_200_000, { growth: 0.08 }),
      flow('Số lượt khách du lịch quốc tế đến Hà Nội', 'lượt khách', 520_000, { growth: 0.12 }),
      flow('Tổng thu từ khách du lịch', 'tỷ đồng', 9_000, { decimals: 1, growth: 0.1 }),
    ],
  },
  {
    group: 'security', name: 'Báo cáo tình hình an ninh, trật tự và an toàn giao thông', periodicity: 'MONTHLY',
    indicators: [
      flow('Số vụ tai nạn giao thông', 'vụ', 110, { growth: -0.04 }),
      flow('Số người chết do tai nạn giao thông', 'người', 45, { growth: -0.05 }),
      flow('Số vụ phạm pháp hình sự được phát hiện', 'vụ', 260, { growth: -0.02 }),
    ],
  },
  {
    group: 'inspection', name: 'Báo cáo công tác tiếp công dân, giải quyết khiếu nại, tố cáo', periodicity: 'QUARTERLY',
    indicators: [
      flow('Số lượt tiếp công dân', 'lượt', 35),
      flow('Số đơn khiếu nại, tố cáo thuộc thẩm quyền đã tiếp nhận', 'đơn', 6),
      ratio('Tỷ lệ giải quyết đơn khiếu nại, tố cáo thuộc thẩm quyền', 0, 0.85, 0.95, { denominatorOf: 1 }),
    ],
  },
  {
    group: 'construction', name: 'Báo cáo tình hình cấp phép và trật tự xây dựng', periodicity: 'MONTHLY',
    indicators: [
      flow('Số giấy phép xây dựng được cấp', 'giấy phép', 25),
      flow('Số công trình vi phạm trật tự xây dựng được phát hiện', 'công trình', 4, { growth: -0.08 }),
      ratio('Tỷ lệ công trình vi phạm trật tự xây dựng được xử lý dứt điểm', 0, 0.7, 0.9, { denominatorOf: 1 }),
    ],
  },
];
