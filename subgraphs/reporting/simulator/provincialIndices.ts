import { hashUnit } from '../../common/simulator/hash32.js';
import { daysFromCivil } from '../../common/simulator/vietnamTime.js';

/**
 * Hanoi's yearly provincial indices, 2021–2025, as the reporting system keeps them for the city.
 *
 * The figures DOMAIN.md gives as published are exact: PAR INDEX rank 3/63 in 2022, 2023 (91.43 %)
 * and 2024; SIPAS 2024 86.5 %, rank 11/63; PAPI 2023 43.96 of 80; PCI 2024 rank 28/63; DTI 2024
 * rank 1/34, value 0.8241. Every other figure (and every component) is simulated, plausible, and
 * flagged as such. A rank is out of the provinces that existed when it was published: 63 before
 * the merger of 1 July 2025, 34 after (so DTI 2024, published in August 2025, ranks out of 34).
 */

export type IndexCode = 'PARINDEX' | 'SIPAS' | 'PAPI' | 'PCI' | 'DTI';

export interface IndexComponent {
  readonly code: string;
  readonly name: string;
  readonly value: number;
  /** Highest possible value of the component. */
  readonly scale: number;
}

export interface IndexScoreSpec {
  readonly code: IndexCode;
  readonly name: string;
  readonly year: number;
  readonly value: number;
  readonly decimals: number;
  readonly scale: number;
  readonly unit: string;
  readonly rank: number;
  readonly cohortSize: number;
  /** Publication day, simulator day. */
  readonly publishedDay: number;
  readonly source: string;
  readonly methodVersion: string;
  readonly valuePublished: boolean;
  readonly rankPublished: boolean;
  readonly components: readonly IndexComponent[];
}

/** Two-level local government (34 provinces) took effect on 1 July 2025. */
const MERGER_DAY = daysFromCivil(2025, 7, 1);

interface YearFigures {
  readonly year: number;
  readonly value: number;
  readonly rank: number;
  readonly published: readonly [number, number, number];
  readonly valuePublished?: boolean;
  readonly rankPublished?: boolean;
}

interface Series {
  readonly code: IndexCode;
  readonly name: string;
  readonly unit: string;
  readonly scale: number;
  readonly decimals: number;
  readonly source: (year: number) => string;
  readonly method: (year: number) => string;
  /** Components with their highest value; when they sum to the total, it is split among them. */
  readonly components: ReadonlyArray<readonly [code: string, name: string, scale: number]>;
  readonly componentsAddUp: boolean;
  readonly years: readonly YearFigures[];
}

const SERIES: readonly Series[] = [
  {
    code: 'PARINDEX',
    name: 'Chỉ số cải cách hành chính (PAR INDEX)',
    unit: '%',
    scale: 100,
    decimals: 2,
    source: () => 'Bộ Nội vụ',
    method: (year) => (year >= 2022 ? 'PAR INDEX giai đoạn 2022–2030' : 'PAR INDEX giai đoạn 2017–2021'),
    components: [
      ['LV1', 'Công tác chỉ đạo, điều hành cải cách hành chính', 9],
      ['LV2', 'Xây dựng và tổ chức thực hiện văn bản quy phạm pháp luật', 7],
      ['LV3', 'Cải cách thủ tục hành chính', 12],
      ['LV4', 'Cải cách tổ chức bộ máy hành chính nhà nước', 8],
      ['LV5', 'Cải cách chế độ công vụ', 11],
      ['LV6', 'Cải cách tài chính công', 10],
      ['LV7', 'Xây dựng và phát triển Chính quyền điện tử, Chính quyền số', 16],
      ['LV8', 'Tác động của cải cách hành chính đến người dân, tổ chức và phát triển kinh tế - xã hội', 27],
    ],
    componentsAddUp: true,
    years: [
      { year: 2021, value: 87.56, rank: 9, published: [2022, 5, 26] },
      { year: 2022, value: 89.72, rank: 3, published: [2023, 5, 31], rankPublished: true },
      { year: 2023, value: 91.43, rank: 3, published: [2024, 5, 21], valuePublished: true, rankPublished: true },
      { year: 2024, value: 92.08, rank: 3, published: [2025, 5, 26], rankPublished: true },
      { year: 2025, value: 92.64, rank: 2, published: [2026, 5, 20] },
    ],
  },
  {
    code: 'SIPAS',
    name: 'Chỉ số hài lòng về sự phục vụ hành chính (SIPAS)',
    unit: '%',
    scale: 100,
    decimals: 2,
    source: () => 'Bộ Nội vụ',
    method: (year) => (year >= 2022 ? 'SIPAS giai đoạn 2022–2030' : 'SIPAS giai đoạn 2017–2021'),
    components: [
      ['TC1', 'Tiếp cận dịch vụ hành chính công', 100],
      ['TC2', 'Thủ tục hành chính', 100],
      ['TC3', 'Công chức trực tiếp giải quyết công việc', 100],
      ['TC4', 'Kết quả cung ứng dịch vụ hành chính công', 100],
      ['TC5', 'Tiếp nhận, xử lý góp ý, phản ánh, kiến nghị', 100],
    ],
    componentsAddUp: false,
    years: [
      { year: 2021, value: 83.04, rank: 20, published: [2022, 5, 26] },
      { year: 2022, value: 82.11, rank: 25, published: [2023, 5, 31] },
      { year: 2023, value: 84.35, rank: 16, published: [2024, 5, 21] },
      { year: 2024, value: 86.5, rank: 11, published: [2025, 5, 26], valuePublished: true, rankPublished: true },
      { year: 2025, value: 87.92, rank: 7, published: [2026, 5, 20] },
    ],
  },
  {
    code: 'PAPI',
    name: 'Chỉ số hiệu quả quản trị và hành chính công cấp tỉnh (PAPI)',
    unit: 'điểm',
    scale: 80,
    decimals: 2,
    source: () => 'UNDP, CECODES và Ban Công tác cộng đồng - Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam',
    method: () => 'PAPI 2018 (8 chỉ số nội dung)',
    components: [
      ['ND1', 'Tham gia của người dân ở cấp cơ sở', 10],
      ['ND2', 'Công khai, minh bạch trong việc ra quyết định', 10],
      ['ND3', 'Trách nhiệm giải trình với người dân', 10],
      ['ND4', 'Kiểm soát tham nhũng trong khu vực công', 10],
      ['ND5', 'Thủ tục hành chính công', 10],
      ['ND6', 'Cung ứng dịch vụ công', 10],
      ['ND7', 'Quản trị môi trường', 10],
      ['ND8', 'Quản trị điện tử', 10],
    ],
    componentsAddUp: true,
    years: [
      { year: 2021, value: 42.61, rank: 30, published: [2022, 4, 5] },
      { year: 2022, value: 42.88, rank: 27, published: [2023, 4, 4] },
      { year: 2023, value: 43.96, rank: 24, published: [2024, 4, 2], valuePublished: true },
      { year: 2024, value: 44.35, rank: 19, published: [2025, 4, 22] },
      { year: 2025, value: 44.92, rank: 8, published: [2026, 4, 21] },
    ],
  },
  {
    code: 'PCI',
    name: 'Chỉ số năng lực cạnh tranh cấp tỉnh (PCI)',
    unit: 'điểm',
    scale: 100,
    decimals: 2,
    source: () => 'Liên đoàn Thương mại và Công nghiệp Việt Nam (VCCI)',
    method: () => 'PCI 2021 (10 chỉ số thành phần)',
    components: [
      ['CS1', 'Gia nhập thị trường', 10],
      ['CS2', 'Tiếp cận đất đai', 10],
      ['CS3', 'Tính minh bạch', 10],
      ['CS4', 'Chi phí thời gian', 10],
      ['CS5', 'Chi phí không chính thức', 10],
      ['CS6', 'Cạnh tranh bình đẳng', 10],
      ['CS7', 'Tính năng động của chính quyền', 10],
      ['CS8', 'Dịch vụ hỗ trợ doanh nghiệp', 10],
      ['CS9', 'Đào tạo lao động', 10],
      ['CS10', 'Thiết chế pháp lý và an ninh trật tự', 10],
    ],
    componentsAddUp: false,
    years: [
      { year: 2021, value: 66.55, rank: 15, published: [2022, 4, 26] },
      { year: 2022, value: 65.98, rank: 20, published: [2023, 5, 10] },
      { year: 2023, value: 65.42, rank: 26, published: [2024, 5, 8] },
      { year: 2024, value: 66.87, rank: 28, published: [2025, 5, 14], rankPublished: true },
      { year: 2025, value: 68.2, rank: 10, published: [2026, 5, 13] },
    ],
  },
  {
    code: 'DTI',
    name: 'Chỉ số chuyển đổi số cấp tỉnh (DTI)',
    unit: '',
    scale: 1,
    decimals: 4,
    source: (year) => (year >= 2024 ? 'Bộ Khoa học và Công nghệ' : 'Bộ Thông tin và Truyền thông'),
    method: (year) => (year >= 2024 ? 'DTI 2024 (chính quyền số, kinh tế số, xã hội số)' : 'DTI 2021 (chính quyền số, kinh tế số, xã hội số)'),
    components: [
      ['TC1', 'Chính quyền số', 1],
      ['TC2', 'Kinh tế số', 1],
      ['TC3', 'Xã hội số', 1],
    ],
    componentsAddUp: false,
    years: [
      { year: 2021, value: 0.6215, rank: 3, published: [2022, 7, 15] },
      { year: 2022, value: 0.6862, rank: 2, published: [2023, 7, 18] },
      { year: 2023, value: 0.7433, rank: 2, published: [2024, 7, 24] },
      { year: 2024, value: 0.8241, rank: 1, published: [2025, 8, 15], valuePublished: true, rankPublished: true },
      { year: 2025, value: 0.8614, rank: 1, published: [2026, 8, 20] },
    ],
  },
];

function round(value: number, decimals: number): number {
  const scale = 10 ** decimals;
  return Math.round(value * scale) / scale;
}

/** Simulated components: spread around the total, or a split of it that adds up exactly. */
function componentsOf(series: Series, figures: YearFigures, seed: number): IndexComponent[] {
  const draws = series.components.map((_, i) => hashUnit(seed, figures.year, i, 0xc0a9));
  if (series.componentsAddUp) {
    // Each component scores the total's share of its maximum, give or take a deviation; the
    // deviations are weighted to cancel out, so the parts add up to the total and stay in range.
    const share = figures.value / series.scale;
    const room = Math.min(share, 1 - share);
    const maxima = series.components.map(([, , max]) => max);
    const deviations = draws.map((u) => 0.6 * (u - 0.5));
    const mean = maxima.reduce((sum, max, i) => sum + max * (deviations[i] as number), 0) / maxima.reduce((a, b) => a + b, 0);
    const parts = maxima.map((max, i) => round(max * (share + room * ((deviations[i] as number) - mean)), series.decimals));
    const largest = maxima.indexOf(Math.max(...maxima));
    parts[largest] = round((parts[largest] as number) + figures.value - parts.reduce((a, b) => a + b, 0), series.decimals);
    return series.components.map(([code, name, scale], i) => ({ code, name, scale, value: parts[i] as number }));
  }
  const relative = figures.value / series.scale;
  return series.components.map(([code, name, scale], i) => ({
    code,
    name,
    scale,
    value: round(Math.min(scale, scale * relative * (0.9 + 0.2 * (draws[i] as number))), series.decimals),
  }));
}

/** Every index score of the city; the clock decides which are published yet. */
export function provincialIndices(seed: number): IndexScoreSpec[] {
  return SERIES.flatMap((series) =>
    series.years.map((figures) => {
      const publishedDay = daysFromCivil(...figures.published);
      return {
        code: series.code,
        name: series.name,
        year: figures.year,
        value: figures.value,
        decimals: series.decimals,
        scale: series.scale,
        unit: series.unit,
        rank: figures.rank,
        cohortSize: publishedDay < MERGER_DAY ? 63 : 34,
        publishedDay,
        source: series.source(figures.year),
        methodVersion: series.method(figures.year),
        valuePublished: figures.valuePublished === true,
        rankPublished: figures.rankPublished === true,
        components: componentsOf(series, figures, seed),
      };
    }),
  );
}
