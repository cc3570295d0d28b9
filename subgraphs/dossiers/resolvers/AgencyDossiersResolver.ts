import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { periodAsOf } from '../../common/schema/periodAsOf.js';
import { parsePeriod } from '../../common/schema/arguments.js';
import { DateScalar } from '../../common/schema/scalars.js';
import type { DossiersContext } from '../DossiersContext.js';
import { Agency } from '../schema/Agency.js';
import { DossierConnection } from '../schema/DossierConnection.js';
import { DossierSummary } from '../schema/DossierSummary.js';
import { DossierStatus } from '../schema/enums.js';
import { dossierPage } from './dossierPage.js';

/**
 * Dossier figures on Agency. Every field is nullable on purpose: when the one-stop-shop system
 * fails, these fields are null with a coded error while the agency and the other systems' figures
 * still arrive.
 */
@Resolver(() => Agency)
export class AgencyDossiersResolver {
  @FieldResolver(() => DossierConnection, {
    nullable: true,
    description: 'Dossiers received by this agency (and, by default, every unit under it), latest reception first; `status` is taken as of now.',
  })
  dossiers(
    @Root() agency: Agency,
    @Arg('status', () => DossierStatus, { nullable: true, description: 'Only dossiers in this status as of now.' }) status: DossierStatus | null,
    @Arg('from', () => DateScalar, { nullable: true, description: 'Received on or after this date.' }) from: string | null,
    @Arg('to', () => DateScalar, { nullable: true, description: 'Received on or before this date.' }) to: string | null,
    @Arg('includeSubunits', () => Boolean, { defaultValue: true, description: 'Include the units under the agency (at any time).' }) includeSubunits: boolean,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: DossiersContext,
  ): Promise<DossierConnection> {
    return dossierPage(agency.code, { status, from, to, includeSubunits, first, after }, ctx);
  }

  @FieldResolver(() => DossierSummary, { nullable: true, description: 'Dossier figures of the period for the agency and every unit under it.' })
  async dossierSummary(
    @Root() agency: Agency,
    @Arg('from', () => DateScalar) from: string,
    @Arg('to', () => DateScalar) to: string,
    @Ctx() ctx: DossiersContext,
  ): Promise<DossierSummary> {
    parsePeriod(from, to);
    // The key leaves out the as-of instant: a stale copy of the period stands in for a fresh one.
    const { value, stale } = await ctx.lastGood.read(`dossierSummary|${agency.code}|${from}|${to}`, async () => {
      return { counts: await ctx.adapter.dossierCounts(agency.code, from, to, ctx.request.deadline), asOf: periodAsOf(to, ctx.now()) };
    });
    const { counts, asOf } = value;
    return {
      received: counts.received,
      resolved: counts.resolved,
      resolvedOnTime: counts.resolvedOnTime,
      resolvedLate: counts.resolvedLate,
      onTimeRate: counts.resolved === 0 ? null : counts.resolvedOnTime / counts.resolved,
      onlineRate: counts.received === 0 ? null : counts.receivedOnline / counts.received,
      // A stale copy keeps the as-of instant it was taken at: leaders see how old it is.
      provenance: { system: ctx.adapter.system, asOf, stale },
    };
  }
}
