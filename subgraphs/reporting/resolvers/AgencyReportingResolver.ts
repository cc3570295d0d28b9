import { Arg, Ctx, Directive, FieldResolver, ID, Int, Resolver, Root } from 'type-graphql';
import { badUserInput } from '../../common/errors/GovGraphError.js';
import { startOfVietnamDay } from '../../common/legacy/legacyFormat.js';
import { periodAsOf } from '../../common/schema/periodAsOf.js';
import type { IndicatorRecord } from '../adapter/reportingRecords.js';
import { CITY_AGENCY_CODE } from '../domain/cityAgencyCode.js';
import { parseReportPeriod, REPORT_PERIOD_FORMS, reportingDeadline } from '../domain/reportPeriod.js';
import type { ReportingContext } from '../ReportingContext.js';
import { Agency, agencyRef } from '../schema/Agency.js';
import { IndexScore } from '../schema/IndexScore.js';
import { IndicatorValue } from '../schema/IndicatorValue.js';

export { CITY_AGENCY_CODE };

/** Most indicators one `indicatorValues` asks for. */
const MAX_CODES = 100;

/**
 * Indicator values and index scores on Agency. Both fields are nullable on purpose: when the
 * reporting system fails they are null with a coded error (or a stale copy marked `stale`), while
 * the agency and the other systems' figures still arrive.
 */
@Resolver(() => Agency)
export class AgencyReportingResolver {
  @Directive('@tag(name: "partner")')
  @FieldResolver(() => [IndicatorValue], {
    nullable: true,
    description:
      'Số liệu chỉ tiêu — values of the indicators (`codes`, answered in that order) for the period, rolled up over the agency and every unit under it. `period` is a report period code: T03/2025, Q1/2025, 6T/2025, 9T/2025 or N2025.',
  })
  async indicatorValues(
    @Root() agency: Agency,
    @Arg('codes', () => [ID]) codes: string[],
    @Arg('period', () => String) periodCode: string,
    @Ctx() ctx: ReportingContext,
  ): Promise<IndicatorValue[]> {
    const period = parseReportPeriod(periodCode);
    if (!period) throw badUserInput(`Argument "period" must be a report period code: ${REPORT_PERIOD_FORMS}; got ${JSON.stringify(periodCode)}.`, 'period');
    const wanted = [...new Set(codes.map((code) => code.trim()))];
    if (wanted.length === 0 || wanted.length > MAX_CODES || wanted.includes('')) {
      throw badUserInput(`Argument "codes" must hold 1 to ${MAX_CODES} indicator codes.`, 'codes');
    }
    const { value, stale } = await ctx.lastGood.read(`indicatorValues|${agency.code}|${period.code}|${wanted.join(',')}`, async () => {
      const found = await ctx.loaders.indicatorByCode.loadMany(wanted);
      const failure = found.find((item): item is Error => item instanceof Error);
      if (failure) throw failure;
      const unknown = wanted.filter((_, i) => found[i] === null);
      if (unknown.length > 0) throw badUserInput(`Unknown indicator codes: ${unknown.join(', ')} (see Query.indicators).`, 'codes');
      const indicators = found as IndicatorRecord[];
      // Reports arrive after the period's data closes; they are taken as received by the deadline.
      const asOf = periodAsOf(reportingDeadline(period), ctx.now());
      const values = await ctx.loaders.indicatorValue.loadMany(indicators.map((indicator) => ({ agencyCode: agency.code, indicator, period, asOf })));
      const error = values.find((item): item is Error => item instanceof Error);
      if (error) throw error;
      return { asOf, items: indicators.map((indicator, i) => ({ indicator, rolled: values[i] as Exclude<(typeof values)[number], Error> })) };
    });
    // A stale copy keeps the as-of instant it was taken at: leaders see how old it is.
    return value.items.map(({ indicator, rolled }) => ({
      indicator,
      agency: agencyRef(agency.code),
      period,
      value: rolled.value,
      reportingAgencies: rolled.reportingAgencies,
      provenance: { system: ctx.adapter.system, asOf: value.asOf, stale },
    }));
  }

  @Directive('@tag(name: "public")')
  @Directive('@tag(name: "partner")')
  @FieldResolver(() => [IndexScore], {
    nullable: true,
    description:
      'Provincial index scores (PAR INDEX, SIPAS, PAPI, PCI, DTI) of the year. They score the city: any other agency has none (an empty list), as has a year with no published scores.',
  })
  async indexScores(@Root() agency: Agency, @Arg('year', () => Int) year: number, @Ctx() ctx: ReportingContext): Promise<IndexScore[]> {
    if (!Number.isInteger(year) || year < 2000 || year > 2100) throw badUserInput(`Argument "year" must be a year from 2000 to 2100, got ${year}.`, 'year');
    if (agency.code !== CITY_AGENCY_CODE) return [];
    const { value, stale } = await ctx.lastGood.read(`indexScores|${year}`, () => ctx.adapter.indexScores(year, ctx.request.deadline));
    return value.map((score) => ({
      ...score,
      components: [...score.components],
      simulated: !(score.valuePublished && score.rankPublished),
      provenance: { system: ctx.adapter.system, asOf: startOfVietnamDay(score.publishedAt), stale },
    }));
  }
}
