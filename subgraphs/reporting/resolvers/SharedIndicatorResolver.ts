import { Ctx, Directive, Query, Resolver } from 'type-graphql';
import type { IndicatorRecord } from '../adapter/reportingRecords.js';
import type { ReportingContext } from '../ReportingContext.js';
import { Indicator } from '../schema/Indicator.js';

/**
 * The indicators the city shares with the Government's reporting system, as a root field of their
 * own: the partner contract exposes this list rather than `indicators`, whose search covers the
 * whole catalogue, so a partner system's schema shows only what it is meant to read.
 */
@Resolver(() => Indicator)
export class SharedIndicatorResolver {
  @Directive('@tag(name: "partner")')
  @Query(() => [Indicator], {
    nullable: true,
    description:
      'Chỉ tiêu chia sẻ — the indicators shared with the Government\'s reporting system (Hệ thống thông tin báo cáo Chính phủ), by code. Null, with a coded error, when the reporting system fails.',
  })
  async sharedIndicators(@Ctx() ctx: ReportingContext): Promise<IndicatorRecord[]> {
    const entries = await ctx.catalogue.entries(ctx.adapter, ctx.request.deadline);
    return entries
      .map((entry) => entry.record)
      .filter((record) => record.sharedWithGovernment)
      .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  }
}
