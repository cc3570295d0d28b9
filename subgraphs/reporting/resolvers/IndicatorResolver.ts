import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { badUserInput, notFound } from '../../common/errors/GovGraphError.js';
import { connectionOf, pageWindow } from '../../common/schema/connection.js';
import type { IndicatorRecord, ReportFormRecord } from '../adapter/reportingRecords.js';
import { matchesSearch, searchWords } from '../domain/vietnameseText.js';
import type { ReportingContext } from '../ReportingContext.js';
import { IndicatorConnection } from '../schema/connections.js';
import { Indicator } from '../schema/Indicator.js';
import { ReportForm } from '../schema/ReportForm.js';

/** Longest search accepted: indicator names are well under it. */
const MAX_SEARCH_LENGTH = 200;

@Resolver(() => Indicator)
export class IndicatorResolver {
  @Query(() => Indicator, { nullable: true, description: 'One indicator by code. Unknown codes give NOT_FOUND.' })
  async indicator(@Arg('code', () => ID) code: string, @Ctx() ctx: ReportingContext): Promise<IndicatorRecord> {
    const indicator = await ctx.loaders.indicatorByCode.load(code.trim());
    if (!indicator) throw notFound(`No indicator has the code ${code}.`);
    return indicator;
  }

  @Query(() => IndicatorConnection, {
    nullable: true,
    description:
      'Chỉ tiêu — indicators in Vietnamese alphabetical order of name. `search` ignores diacritics and case (`thu ngan sach` finds "Tổng thu ngân sách…"): each of its words must start a word of the name or the code.',
  })
  async indicators(
    @Arg('search', () => String, { nullable: true }) search: string | null,
    @Arg('sharedWithGovernment', () => Boolean, { nullable: true, description: 'Only the indicators shared (true) or not shared (false) with the Government\'s reporting system.' })
    sharedWithGovernment: boolean | null,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: ReportingContext,
  ): Promise<IndicatorConnection> {
    if (search != null && search.length > MAX_SEARCH_LENGTH) {
      throw badUserInput(`Argument "search" must be at most ${MAX_SEARCH_LENGTH} characters long.`, 'search');
    }
    const window = pageWindow(first, after);
    const words = searchWords(search);
    const entries = await ctx.catalogue.entries(ctx.adapter, ctx.request.deadline);
    const matches = entries.filter(
      // An omitted argument arrives as undefined, an explicit null as null: both mean "any".
      (entry) => matchesSearch(entry.words, words) && (sharedWithGovernment == null || entry.record.sharedWithGovernment === sharedWithGovernment),
    );
    const page = matches.slice(window.offset, window.offset + window.size).map((entry) => entry.record);
    return connectionOf(page, window, matches.length) as unknown as IndicatorConnection;
  }

  @FieldResolver(() => ReportForm, { nullable: true, description: 'Biểu mẫu — the form the indicator is reported in.' })
  form(@Root() indicator: IndicatorRecord, @Ctx() ctx: ReportingContext): Promise<ReportFormRecord | null> {
    return ctx.loaders.formByCode.load(indicator.formCode);
  }
}
