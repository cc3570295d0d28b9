import { registerEnumType } from 'type-graphql';

export enum Periodicity {
  MONTHLY = 'MONTHLY',
  QUARTERLY = 'QUARTERLY',
  SIX_MONTHLY = 'SIX_MONTHLY',
  YEARLY = 'YEARLY',
}

registerEnumType(Periodicity, {
  name: 'Periodicity',
  description: 'Kỳ báo cáo — how often a form is submitted (legacy `KyBaoCao`).',
  valuesConfig: {
    MONTHLY: { description: 'Tháng — monthly; also reported in quarters, six and nine months and the year.' },
    QUARTERLY: { description: 'Quý — quarterly; also reported in six and nine months and the year.' },
    SIX_MONTHLY: { description: '6 tháng — every six months; also reported for the year.' },
    YEARLY: { description: 'Năm — yearly.' },
  },
});

export enum ReportPeriodType {
  MONTH = 'MONTH',
  QUARTER = 'QUARTER',
  SIX_MONTHS = 'SIX_MONTHS',
  NINE_MONTHS = 'NINE_MONTHS',
  YEAR = 'YEAR',
}

registerEnumType(ReportPeriodType, {
  name: 'ReportPeriodType',
  description: 'Loại kỳ báo cáo — the kind of a report period.',
  valuesConfig: {
    MONTH: { description: 'Tháng, code `T03/2024`.' },
    QUARTER: { description: 'Quý, code `Q1/2024`.' },
    SIX_MONTHS: { description: '6 tháng đầu năm, code `6T/2024`.' },
    NINE_MONTHS: { description: '9 tháng đầu năm, code `9T/2024`.' },
    YEAR: { description: 'Năm, code `N2024`.' },
  },
});

export enum IndicatorAggregation {
  SUM = 'SUM',
  RATIO = 'RATIO',
  NOT_ADDITIVE = 'NOT_ADDITIVE',
}

registerEnumType(IndicatorAggregation, {
  name: 'IndicatorAggregation',
  description: 'Cách tổng hợp — how the values of several agencies make one value (legacy `CachTongHop`).',
  valuesConfig: {
    SUM: { description: 'Cộng — the values add up (amounts, counts, levels at the end of the period).' },
    RATIO: { description: 'Tỷ lệ — numerators and denominators add up; the value is their ratio (times 100 for a percentage).' },
    NOT_ADDITIVE: { description: 'Không cộng — a growth rate or an index, reported by one agency; values of several agencies do not combine.' },
  },
});

export enum ProvincialIndex {
  PAR_INDEX = 'PAR_INDEX',
  SIPAS = 'SIPAS',
  PAPI = 'PAPI',
  PCI = 'PCI',
  DTI = 'DTI',
}

registerEnumType(ProvincialIndex, {
  name: 'ProvincialIndex',
  description: 'Chỉ số xếp hạng cấp tỉnh — the yearly provincial indices a city is ranked by.',
  valuesConfig: {
    PAR_INDEX: { description: 'Chỉ số cải cách hành chính — administrative reform (Ministry of Home Affairs).' },
    SIPAS: { description: 'Chỉ số hài lòng về sự phục vụ hành chính — satisfaction with public administrative services.' },
    PAPI: { description: 'Chỉ số hiệu quả quản trị và hành chính công cấp tỉnh — governance and public administration performance (citizen survey).' },
    PCI: { description: 'Chỉ số năng lực cạnh tranh cấp tỉnh — provincial competitiveness (business survey).' },
    DTI: { description: 'Chỉ số chuyển đổi số — digital transformation.' },
  },
});

/** Levels of the administrative hierarchy; the same enum as the identity subgraph's (federation merges them). */
export enum AgencyLevel {
  CITY = 'CITY',
  DEPARTMENT = 'DEPARTMENT',
  DISTRICT = 'DISTRICT',
  COMMUNE = 'COMMUNE',
}

registerEnumType(AgencyLevel, {
  name: 'AgencyLevel',
  description: 'Cấp đơn vị — level of an agency in the administrative hierarchy.',
  valuesConfig: {
    CITY: { description: 'Ủy ban nhân dân thành phố — the city people\'s committee (CapDonVi 1).' },
    DEPARTMENT: { description: 'Sở, ban, ngành — a department of the city (CapDonVi 2).' },
    DISTRICT: { description: 'Quận, huyện, thị xã — abolished on 2025-07-01, kept for history (CapDonVi 3).' },
    COMMUNE: { description: 'Xã, phường — commune or ward (CapDonVi 4).' },
  },
});
