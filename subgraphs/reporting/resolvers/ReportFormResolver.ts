import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { notFound } from '../../common/errors/GovGraphError.js';
import { fetchWindow } from '../../common/legacy/fetchWindow.js';
import { connectionOf, pageWindow } from '../../common/schema/connection.js';
import type { ReportFormRecord } from '../adapter/reportingRecords.js';
import type { ReportingContext } from '../ReportingContext.js';
import { Agency, agencyRef } from '../schema/Agency.js';
import { IndicatorConnection, ReportFormConnection } from '../schema/connections.js';
import { ReportForm } from '../schema/ReportForm.js';

@Resolver(() => ReportForm)
export class ReportFormResolver {
  @Query(() => ReportForm, { nullable: true, description: 'One report form by code. Unknown codes give NOT_FOUND.' })
  async reportForm(@Arg('code', () => ID) code: string, @Ctx() ctx: ReportingContext): Promise<ReportFormRecord> {
    const form = await ctx.loaders.formByCode.load(code.trim());
    if (!form) throw notFound(`No report form has the code ${code}.`);
    return form;
  }

  @Query(() => ReportFormConnection, { nullable: true, description: 'Biểu mẫu — the report forms, by code.' })
  async reportForms(
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: ReportingContext,
  ): Promise<ReportFormConnection> {
    const window = pageWindow(first, after);
    const page = await fetchWindow(window, (n, size) => ctx.adapter.listForms(n, size, ctx.request.deadline));
    for (const form of page.items) ctx.loaders.formByCode.prime(form.code, form);
    return connectionOf(page.items, window, page.total) as unknown as ReportFormConnection;
  }

  @FieldResolver(() => Agency, { nullable: true, description: 'Cơ quan chủ trì — the department in charge of the form.' })
  leadAgency(@Root() form: ReportFormRecord): Agency | null {
    return form.leadAgencyCode ? agencyRef(form.leadAgencyCode) : null;
  }

  @FieldResolver(() => IndicatorConnection, { nullable: true, description: 'The indicators of the form, by code.' })
  async indicators(
    @Root() form: ReportFormRecord,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: ReportingContext,
  ): Promise<IndicatorConnection> {
    const window = pageWindow(first, after);
    const entries = await ctx.catalogue.entries(ctx.adapter, ctx.request.deadline);
    const indicators = entries
      .filter((entry) => entry.record.formCode === form.code)
      .map((entry) => entry.record)
      .sort((a, b) => (a.code < b.code ? -1 : 1));
    return connectionOf(indicators.slice(window.offset, window.offset + window.size), window, indicators.length) as unknown as IndicatorConnection;
  }
}
