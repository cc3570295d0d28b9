import type { LegacyRecord } from '../../common/simulator/envelope.js';
import { hanoiAgencies, type HanoiAgency } from '../../common/simulator/hanoiAgencies.js';
import { legacyText, storedAsNfd } from '../../common/simulator/legacyText.js';
import { daysFromCivil, formatDate } from '../../common/simulator/vietnamTime.js';
import type { FormSpec, IndicatorSpec } from './reportingCatalogue.js';
import type { Periodicity } from './reportingGroups.js';

/** Report forms and indicators as the legacy API prints them (reporting API.md, "Catalogue"). */

const FORM_NFD_SALT = 0xb1e;
const INDICATOR_NFD_SALT = 0xc71;

/** `KyBaoCao` of a form or an indicator: the periodicity's Vietnamese label. */
export const PERIODICITY_LABELS: Readonly<Record<Periodicity, string>> = {
  MONTHLY: 'Tháng',
  QUARTERLY: 'Quý',
  SIX_MONTHLY: '6 tháng',
  YEARLY: 'Năm',
};

/** `CachTongHop`: 1 added up, 2 a ratio of added-up parts, 3 not added up. */
const AGGREGATION: Readonly<Record<IndicatorSpec['kind'], string>> = { flow: '1', stock: '1', ratio: '2', level: '3' };

export function legacyForm(seed: number, form: FormSpec): LegacyRecord {
  const nfd = storedAsNfd(seed, FORM_NFD_SALT, form.index);
  return {
    MaBieuMau: form.code,
    TenBieuMau: legacyText(form.name, nfd),
    LinhVuc: legacyText(form.field, nfd),
    KyBaoCao: legacyText(PERIODICITY_LABELS[form.periodicity], nfd),
    CapBaoCao: form.levels.join(';'),
    MaDonViChuTri: (hanoiAgencies[form.leadAgency] as HanoiAgency).code,
    ChiDonViChuTri: form.leadOnly ? '1' : '0',
    SoChiTieu: String(form.indicatorCount),
    NgayApDung: formatDate(daysFromCivil(...form.since)),
  };
}

/** The indicator's name as stored: what the legacy search (`tuKhoa`) matches, byte for byte. */
export function storedIndicatorName(seed: number, indicator: IndicatorSpec): string {
  return legacyText(indicator.name, storedAsNfd(seed, INDICATOR_NFD_SALT, indicator.index));
}

export function legacyIndicator(seed: number, indicator: IndicatorSpec, form: FormSpec): LegacyRecord {
  const nfd = storedAsNfd(seed, INDICATOR_NFD_SALT, indicator.index);
  return {
    MaChiTieu: indicator.code,
    TenChiTieu: storedIndicatorName(seed, indicator),
    DonViTinh: legacyText(indicator.unit, nfd),
    KyBaoCao: legacyText(PERIODICITY_LABELS[form.periodicity], nfd),
    MaBieuMau: form.code,
    CachTongHop: AGGREGATION[indicator.kind],
    HeSo: indicator.kind === 'ratio' ? '100' : '',
    ChiaSeChinhPhu: indicator.shared ? '1' : '0',
  };
}
