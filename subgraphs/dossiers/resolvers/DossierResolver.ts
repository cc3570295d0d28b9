import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { DateScalar } from '../../common/schema/scalars.js';
import { notFound } from '../../common/errors/GovGraphError.js';
import type { DossierRecord, ProcedureRecord } from '../adapter/dossierRecords.js';
import { dossierOnTime } from '../domain/dossierOnTime.js';
import type { DossiersContext } from '../DossiersContext.js';
import { Agency, agencyRef } from '../schema/Agency.js';
import { Dossier } from '../schema/Dossier.js';
import { DossierConnection } from '../schema/DossierConnection.js';
import { DossierStatus } from '../schema/enums.js';
import { Procedure } from '../schema/Procedure.js';
import { dossierPage } from './dossierPage.js';
import { Applicant } from '../schema/Applicant.js';
import { applicantOf, type ApplicantSource } from './ApplicantResolver.js';

/** Dossier codes as the portal gives them; anything else cannot be one (and must not reach a batch lookup). */
export const DOSSIER_CODE = /^\d{3}\.\d{2}\.\d{2}\.H\d{2}-\d{6}-\d{4,6}$/;

/** A dossier by code through the request's loader; NOT_FOUND when there is none. */
export async function loadDossier(code: string, ctx: DossiersContext): Promise<DossierRecord> {
  const dossier = DOSSIER_CODE.test(code) ? await ctx.loaders.dossierByCode.load(code) : null;
  if (!dossier) throw notFound(`No dossier has the code ${code}.`);
  return dossier;
}

@Resolver(() => Dossier)
export class DossierResolver {
  @Query(() => Dossier, { nullable: true, description: 'One dossier by code. Unknown codes give NOT_FOUND.' })
  dossier(@Arg('code', () => ID) code: string, @Ctx() ctx: DossiersContext): Promise<DossierRecord> {
    return loadDossier(code, ctx);
  }

  @Query(() => DossierConnection, {
    nullable: true,
    description: 'Dossiers received by an agency (and, by default, every unit under it), latest reception first; `status` is taken as of now, `from`/`to` bound the reception date.',
  })
  dossiers(
    @Arg('agencyCode', () => ID) agencyCode: string,
    @Arg('status', () => DossierStatus, { nullable: true, description: 'Only dossiers in this status as of now.' }) status: DossierStatus | null,
    @Arg('from', () => DateScalar, { nullable: true, description: 'Received on or after this date.' }) from: string | null,
    @Arg('to', () => DateScalar, { nullable: true, description: 'Received on or before this date.' }) to: string | null,
    @Arg('includeSubunits', () => Boolean, { defaultValue: true, description: 'Include the units under the agency (at any time).' }) includeSubunits: boolean,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: DossiersContext,
  ): Promise<DossierConnection> {
    return dossierPage(agencyCode, { status, from, to, includeSubunits, first, after }, ctx);
  }

  @FieldResolver(() => Procedure, { nullable: true, description: 'The procedure applied for.' })
  procedure(@Root() dossier: DossierRecord, @Ctx() ctx: DossiersContext): Promise<ProcedureRecord | null> {
    return ctx.loaders.procedureByCode.load(dossier.procedureCode);
  }

  @FieldResolver(() => Applicant, { description: 'Chủ hồ sơ — who applied; a citizen\'s name and personal id are masked unless released.' })
  applicant(@Root() dossier: DossierRecord): ApplicantSource {
    return applicantOf(dossier);
  }

  @FieldResolver(() => Agency, { nullable: true, description: 'The agency that received the dossier.' })
  agency(@Root() dossier: DossierRecord): Agency {
    return agencyRef(dossier.agencyCode);
  }

  @FieldResolver(() => Boolean, {
    nullable: true,
    description: 'Đúng hạn — resolved on or before the appointment date; null while not resolved (open, withdrawn, stopped, refused).',
  })
  onTime(@Root() dossier: DossierRecord): boolean | null {
    return dossierOnTime(dossier);
  }
}
