import { XMLBuilder } from 'fast-xml-parser';
import { legacyText, storedAsNfd } from '../../common/simulator/legacyText.js';
import { formatDate } from '../../common/simulator/vietnamTime.js';
import { formatLegacyDecimal } from './formatLegacyDecimal.js';
import type { IndexScoreSpec } from './provincialIndices.js';

/**
 * The provincial-indices endpoint answers XML (reporting API.md, "Provincial indices"), as the
 * system's older SOAP-era module does: `<KetQua>` with `MaLoi`, `ThongBao` and one `<ChiSo>` per
 * index, numbers with comma decimals, texts in NFD in about one record in ten.
 */

const NFD_SALT = 0x1d5;
const builder = new XMLBuilder({ format: true, indentBy: '  ' });
const DECLARATION = '<?xml version="1.0" encoding="utf-8"?>\n';

/** `value` printed with `decimals` decimals and a comma. */
function decimal(value: number, decimals: number): string {
  return formatLegacyDecimal(Math.round(value * 10 ** decimals), decimals);
}

function chiSo(seed: number, score: IndexScoreSpec, index: number): Record<string, unknown> {
  const nfd = storedAsNfd(seed, NFD_SALT, score.year * 10 + index);
  const text = (value: string) => legacyText(value, nfd);
  return {
    MaChiSo: score.code,
    TenChiSo: text(score.name),
    Nam: String(score.year),
    GiaTri: decimal(score.value, score.decimals),
    ThangDiem: decimal(score.scale, 0),
    DonViTinh: text(score.unit),
    XepHang: String(score.rank),
    TongSoTinh: String(score.cohortSize),
    NgayCongBo: formatDate(score.publishedDay),
    CoQuanCongBo: text(score.source),
    PhienBanPhuongPhap: text(score.methodVersion),
    GiaTriCongBo: score.valuePublished ? '1' : '0',
    XepHangCongBo: score.rankPublished ? '1' : '0',
    DanhSachThanhPhan: {
      ThanhPhan: score.components.map((component) => ({
        MaThanhPhan: component.code,
        TenThanhPhan: text(component.name),
        GiaTri: decimal(component.value, score.decimals),
        ThangDiem: decimal(component.scale, 0),
      })),
    },
  };
}

/** The XML answer for one year: the scores published by the clock's now (possibly none). */
export function indexScoresXml(seed: number, year: number, scores: readonly IndexScoreSpec[]): string {
  const body = {
    KetQua: {
      MaLoi: '0',
      ThongBao: 'Thành công',
      Nam: String(year),
      DanhSachChiSo: scores.length === 0 ? '' : { ChiSo: scores.map((score, i) => chiSo(seed, score, i)) },
    },
  };
  return `${DECLARATION}${builder.build(body) as string}`;
}

/** An error answer of the XML module: `MaLoi` and `ThongBao`, no data. */
export function errorXml(code: string, message: string): string {
  return `${DECLARATION}${builder.build({ KetQua: { MaLoi: code, ThongBao: message } }) as string}`;
}
