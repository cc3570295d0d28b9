import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { notFound } from '../../common/errors/GovGraphError.js';
import type { ProcedureRecord } from '../adapter/dossierRecords.js';
import type { DossiersContext } from '../DossiersContext.js';
import { Procedure } from '../schema/Procedure.js';

/** National procedure codes: `1.005129`. */
export const PROCEDURE_CODE = /^\d\.\d{6}$/;

/** A procedure by code through the request's loader; NOT_FOUND when there is none. */
export async function loadProcedure(code: string, ctx: DossiersContext): Promise<ProcedureRecord> {
  const procedure = PROCEDURE_CODE.test(code) ? await ctx.loaders.procedureByCode.load(code) : null;
  if (!procedure) throw notFound(`No procedure has the code ${code}.`);
  return procedure;
}

@Resolver(() => Procedure)
export class ProcedureResolver {
  @Query(() => Procedure, { nullable: true, description: 'One procedure of the national catalogue by code. Unknown codes give NOT_FOUND.' })
  procedure(@Arg('code', () => ID) code: string, @Ctx() ctx: DossiersContext): Promise<ProcedureRecord> {
    return loadProcedure(code, ctx);
  }
}
