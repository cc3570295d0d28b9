import { Arg, Ctx, Directive, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { notFound } from '../../common/errors/GovGraphError.js';
import { vietnamDateOf } from '../../common/legacy/legacyFormat.js';
import { fetchWindow } from '../../common/legacy/fetchWindow.js';
import { parseDateArgument } from '../../common/schema/arguments.js';
import { connectionOf, pageWindow } from '../../common/schema/connection.js';
import { DateScalar } from '../../common/schema/scalars.js';
import type { AgencyRecord } from '../adapter/directoryRecords.js';
import type { IdentityContext } from '../IdentityContext.js';
import { Agency } from '../schema/Agency.js';
import { AgencyLevel } from '../schema/AgencyLevel.js';
import { AgencyConnection, OfficialConnection } from '../schema/connections.js';
import { checkAgencyCode } from '../../common/schema/agencyCode.js';

/** More children than any agency has; one legacy page holds them all. */
const MAX_CHILDREN = 500;

@Resolver(() => Agency)
export class AgencyResolver {
  @Directive('@tag(name: "public")')
  @Directive('@tag(name: "partner")')
  @Query(() => Agency, {
    nullable: true,
    description: 'One agency by its electronic code, current or historical. Unknown codes give a NOT_FOUND error.',
  })
  async agency(@Arg('code', () => ID) code: string, @Ctx() ctx: IdentityContext): Promise<AgencyRecord> {
    checkAgencyCode(code);
    const agency = await ctx.loaders.agencyByCode.load(code);
    if (!agency) throw notFound(`No agency has the code ${code}.`);
    return agency;
  }

  @Directive('@tag(name: "public")')
  @Query(() => AgencyConnection, {
    description: 'Agencies valid on `asOf` (default today), optionally of one level or under one parent.',
  })
  async agencies(
    @Arg('level', () => AgencyLevel, { nullable: true }) level: AgencyLevel | null,
    @Arg('parentCode', () => ID, { nullable: true }) parentCode: string | null,
    @Arg('asOf', () => DateScalar, { nullable: true, description: 'Date the agencies must be valid on. Default: today in Vietnam.' })
    asOf: string | null,
    @Arg('first', () => Int, { defaultValue: 50 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: IdentityContext,
  ): Promise<AgencyConnection> {
    if (parentCode) checkAgencyCode(parentCode, 'parentCode');
    const date = asOf ? parseDateArgument('asOf', asOf) : vietnamDateOf(ctx.now());
    const window = pageWindow(first, after);
    const page = await fetchWindow(window, (n, size) =>
      ctx.adapter.listAgencies({ level, parentCode, asOf: date }, n, size, ctx.request.deadline),
    );
    return connectionOf(page.items, window, page.total) as AgencyConnection;
  }

  @Directive('@tag(name: "public")')
  @FieldResolver(() => Agency, { nullable: true, description: 'Đơn vị cấp trên — the agency directly above; null for the city.' })
  async parent(@Root() agency: AgencyRecord, @Ctx() ctx: IdentityContext): Promise<AgencyRecord | null> {
    return agency.parentCode ? ctx.loaders.agencyByCode.load(agency.parentCode) : null;
  }

  @Directive('@tag(name: "public")')
  @FieldResolver(() => [Agency], {
    nullable: true,
    description: 'Đơn vị trực thuộc — agencies directly under this one, valid on `asOf` (default today).',
  })
  async children(
    @Root() agency: AgencyRecord,
    @Arg('asOf', () => DateScalar, { nullable: true }) asOf: string | null,
    @Ctx() ctx: IdentityContext,
  ): Promise<readonly AgencyRecord[]> {
    const date = asOf ? parseDateArgument('asOf', asOf) : vietnamDateOf(ctx.now());
    const page = await ctx.adapter.listAgencies({ parentCode: agency.code, asOf: date }, 1, MAX_CHILDREN, ctx.request.deadline);
    return page.items;
  }

  @Directive('@tag(name: "public")')
  @FieldResolver(() => [Agency], {
    nullable: true,
    description: 'Đơn vị kế thừa — the agencies that took over this one when it was merged or abolished (often several).',
  })
  async successors(@Root() agency: AgencyRecord, @Ctx() ctx: IdentityContext): Promise<AgencyRecord[]> {
    return loadAll(ctx, agency.successorCodes);
  }

  @Directive('@tag(name: "public")')
  @FieldResolver(() => [Agency], { nullable: true, description: 'Đơn vị tiền nhiệm — the former agencies this one was made of.' })
  async predecessors(@Root() agency: AgencyRecord, @Ctx() ctx: IdentityContext): Promise<AgencyRecord[]> {
    return loadAll(ctx, agency.predecessorCodes);
  }

  @FieldResolver(() => OfficialConnection, { nullable: true, description: 'Cán bộ — accounts of officials of this agency.' })
  async officials(
    @Root() agency: AgencyRecord,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: IdentityContext,
  ): Promise<OfficialConnection> {
    const window = pageWindow(first, after);
    const page = await fetchWindow(window, (n, size) => ctx.adapter.listOfficials(agency.code, n, size, ctx.request.deadline));
    return connectionOf(page.items, window, page.total) as OfficialConnection;
  }
}

async function loadAll(ctx: IdentityContext, codes: readonly string[]): Promise<AgencyRecord[]> {
  const agencies = await Promise.all(codes.map((code) => ctx.loaders.agencyByCode.load(code)));
  return agencies.filter((agency): agency is AgencyRecord => agency !== null);
}
