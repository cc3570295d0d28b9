import { upstreamError } from '../../common/errors/GovGraphError.js';
import type { LegacyClient } from '../../common/http/LegacyClient.js';
import { toLegacyInstant } from '../../common/legacy/legacyFormat.js';
import type { LegacyPageResult } from '../../common/legacy/fetchWindow.js';
import { readAll, readBatch } from '../../common/legacy/readRecords.js';
import type { ReportPeriod } from '../domain/reportPeriod.js';
import { readIndexScoresXml, type IndexScoreRecord } from './readIndexScoresXml.js';
import {
  legacyFormSchema,
  legacyIndicatorSchema,
  legacyValueSchema,
  mapForm,
  mapIndicator,
  mapValue,
  type IndicatorRecord,
  type ReportFormRecord,
  type ValueRecord,
} from './reportingRecords.js';

/** Batch lookups and statistics of the reporting system take at most this many codes per list. */
export const REPORTING_BATCH_LIMIT = 200;

/** The reporting information system in GovGraph's terms. Every method takes the request deadline. */
export class ReportingSystemAdapter {
  constructor(private readonly client: LegacyClient) {}

  get system(): string {
    return this.client.system;
  }

  async listForms(page: number, size: number, deadline: number): Promise<LegacyPageResult<ReportFormRecord>> {
    const envelope = await this.client.get('/api/v1/bieumau', { trang: page, soBanGhi: size }, { deadline });
    return { total: envelope.total ?? 0, items: readAll(this.system, legacyFormSchema, mapForm, envelope.data) };
  }

  /** Forms by code in the order asked: `null` for unknown codes, an Error for unreadable records. */
  async formsByCodes(codes: readonly string[], deadline: number): Promise<(ReportFormRecord | null | Error)[]> {
    const envelope = await this.client.get('/api/v1/bieumau/ds', { ma: codes.join(',') }, { deadline });
    return readBatch(this.system, legacyFormSchema, mapForm, 'MaBieuMau', envelope.data, codes);
  }

  /** One page of the catalogue of indicators, in the system's order (by code). */
  async listIndicators(page: number, size: number, deadline: number): Promise<LegacyPageResult<IndicatorRecord>> {
    const envelope = await this.client.get('/api/v1/chitieu', { trang: page, soBanGhi: size }, { deadline });
    return { total: envelope.total ?? 0, items: readAll(this.system, legacyIndicatorSchema, mapIndicator, envelope.data) };
  }

  async indicatorsByCodes(codes: readonly string[], deadline: number): Promise<(IndicatorRecord | null | Error)[]> {
    const envelope = await this.client.get('/api/v1/chitieu/ds', { ma: codes.join(',') }, { deadline });
    return readBatch(this.system, legacyIndicatorSchema, mapIndicator, 'MaChiTieu', envelope.data, codes);
  }

  /**
   * Reports of the indicators for the period by the agencies and every unit under them, sent by
   * `asOf`: one row per reporting agency, tagged with the agency asked for it is counted under.
   */
  async valueRows(
    rootCodes: readonly string[],
    indicatorCodes: readonly string[],
    period: ReportPeriod,
    asOf: Date,
    deadline: number,
  ): Promise<ValueRecord[]> {
    const envelope = await this.client.get(
      '/api/v1/thongke/solieu',
      {
        maDonVi: rootCodes.join(','),
        baoGomDonViCon: 1,
        maChiTieu: indicatorCodes.join(','),
        kyBaoCao: period.code,
        thoiDiem: toLegacyInstant(asOf),
      },
      { deadline },
    );
    const rows = readAll(this.system, legacyValueSchema, mapValue, envelope.data);
    const roots = new Set(rootCodes);
    if (rows.some((row) => row.period.code !== period.code || row.rootCode === null || !roots.has(row.rootCode))) {
      // Summing rows of another period or agency would put a wrong number on a dashboard.
      throw upstreamError('UPSTREAM_BAD_RESPONSE', this.system, `The ${this.system} system answered values that are not the ones asked for.`);
    }
    return rows;
  }

  /** Hanoi's provincial index scores published for `year` (the XML endpoint). */
  async indexScores(year: number, deadline: number): Promise<IndexScoreRecord[]> {
    const answer = await this.client.getText('/api/v1/chisotinh', { nam: year }, { deadline });
    if (!/[/+]xml\b/i.test(answer.contentType)) {
      throw upstreamError('UPSTREAM_BAD_RESPONSE', this.system, `The ${this.system} system did not answer its provincial indices in XML.`);
    }
    const scores = readIndexScoresXml(this.system, answer.body);
    if (scores.some((score) => score.year !== year)) {
      throw upstreamError('UPSTREAM_BAD_RESPONSE', this.system, `The ${this.system} system answered index scores of another year.`);
    }
    return scores;
  }
}
