/**
 * Issuers outside the city's agency tree whose documents city agencies receive: the central
 * government, ministries and the city People's Council. Their documents carry
 * `MaCoQuanBanHanh: ""` (the system has no code for them) and their own name.
 */
export interface ExternalIssuer {
  readonly name: string;
  /** Issuer part of their document symbols (`15/QĐ-BNV`, `2345/BNV-CCVC`). */
  readonly symbol: string;
  readonly headTitle: string;
  readonly deputyTitle: string;
  /** Drafting units in their Công văn symbols. */
  readonly units: readonly string[];
  /** How many documents a year they number (for plausible numbers). */
  readonly yearlyVolume: number;
}

const MINISTRY_UNITS = ['VP', 'PC', 'TCCB', 'KHTC', 'TTr'] as const;

function ministry(name: string, symbol: string, units: readonly string[] = MINISTRY_UNITS): ExternalIssuer {
  return { name, symbol, headTitle: 'Bộ trưởng', deputyTitle: 'Thứ trưởng', units, yearlyVolume: 6000 };
}

export const EXTERNAL_ISSUERS: readonly ExternalIssuer[] = [
  { name: 'Chính phủ', symbol: 'CP', headTitle: 'Thủ tướng', deputyTitle: 'Phó Thủ tướng', units: ['KTTH', 'NN', 'CN'], yearlyVolume: 400 },
  { name: 'Thủ tướng Chính phủ', symbol: 'TTg', headTitle: 'Thủ tướng', deputyTitle: 'Phó Thủ tướng', units: ['KTTH', 'NN', 'CN'], yearlyVolume: 1800 },
  {
    name: 'Văn phòng Chính phủ',
    symbol: 'VPCP',
    headTitle: 'Bộ trưởng, Chủ nhiệm',
    deputyTitle: 'Phó Chủ nhiệm',
    units: ['KSTT', 'TH', 'KTTH', 'NC', 'QHĐP'],
    yearlyVolume: 9000,
  },
  ministry('Bộ Nội vụ', 'BNV', ['VP', 'CCVC', 'CQĐP', 'TCBC', 'LĐTL']),
  ministry('Bộ Tài chính', 'BTC', ['VP', 'NSNN', 'ĐT', 'QLCS', 'TCDN']),
  ministry('Bộ Tư pháp', 'BTP', ['VP', 'PLHSHC', 'KTrVB', 'HTQTCT']),
  ministry('Bộ Công Thương', 'BCT', ['VP', 'TTTN', 'ĐL', 'CN']),
  ministry('Bộ Xây dựng', 'BXD', ['VP', 'QLN', 'HĐXD', 'KHCN']),
  ministry('Bộ Nông nghiệp và Môi trường', 'BNNMT', ['VP', 'QLĐĐ', 'MT', 'TL']),
  ministry('Bộ Giáo dục và Đào tạo', 'BGDĐT', ['VP', 'GDPT', 'QLCL', 'GDĐH']),
  ministry('Bộ Y tế', 'BYT', ['VP', 'DP', 'KCB', 'QLD']),
  ministry('Bộ Văn hóa, Thể thao và Du lịch', 'BVHTTDL', ['VP', 'DSVH', 'TCDL', 'TDTT']),
  ministry('Bộ Khoa học và Công nghệ', 'BKHCN', ['VP', 'CĐS', 'ATTT', 'ĐMST']),
  ministry('Bộ Công an', 'BCA', ['V03', 'C06', 'C07', 'C08']),
  ministry('Bộ Quốc phòng', 'BQP', ['TM', 'VP']),
  ministry('Bộ Ngoại giao', 'BNG', ['VP', 'NG', 'LS']),
  ministry('Bộ Dân tộc và Tôn giáo', 'BDTTG', ['VP', 'TG', 'CSDT']),
  {
    name: 'Thanh tra Chính phủ',
    symbol: 'TTCP',
    headTitle: 'Tổng Thanh tra Chính phủ',
    deputyTitle: 'Phó Tổng Thanh tra Chính phủ',
    units: ['VP', 'C.I', 'C.II', 'PCTN'],
    yearlyVolume: 2500,
  },
  {
    name: 'Ngân hàng Nhà nước Việt Nam',
    symbol: 'NHNN',
    headTitle: 'Thống đốc',
    deputyTitle: 'Phó Thống đốc',
    units: ['VP', 'CSTT', 'TTGSNH'],
    yearlyVolume: 5000,
  },
  {
    name: 'Hội đồng nhân dân thành phố Hà Nội',
    symbol: 'HĐND',
    headTitle: 'Chủ tịch',
    deputyTitle: 'Phó Chủ tịch',
    units: ['VP', 'KTNS', 'ĐT', 'VHXH', 'PC'],
    yearlyVolume: 900,
  },
];

/** Index of the People's Council, which writes to the city and its departments only. */
export const CITY_COUNCIL = EXTERNAL_ISSUERS.length - 1;

/** The ministry a department mostly corresponds with, by the department's document symbol. */
export const MINISTRY_OF_DEPARTMENT: Readonly<Record<string, string>> = {
  SNV: 'BNV',
  STC: 'BTC',
  STP: 'BTP',
  SCT: 'BCT',
  SXD: 'BXD',
  SNNMT: 'BNNMT',
  SGDĐT: 'BGDĐT',
  SYT: 'BYT',
  SVHTT: 'BVHTTDL',
  SDL: 'BVHTTDL',
  SKHCN: 'BKHCN',
  SDTTG: 'BDTTG',
  TTTP: 'TTCP',
  CATP: 'BCA',
  QHKT: 'BXD',
};
