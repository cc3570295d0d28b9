import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { findPersonalDataReads } from '../../../accessLog/findPersonalDataReads.js';
import { PERSONAL_ID_PATTERN } from '../../common/auth/Principal.js';
import { hasRole, hasScope, type Principal } from '../../common/auth/Principal.js';
import { GovGraphError, badUserInput } from '../../common/errors/GovGraphError.js';
import type { IdentityContext } from '../IdentityContext.js';
import { PersonalDataRead } from '../schema/PersonalDataRead.js';

/** Most reads one query returns. */
const MAX_FIRST = 200;

@Resolver()
export class AccessLogResolver {
  @Query(() => [PersonalDataRead], {
    description:
      'Who read a citizen\'s personal data, newest first, from the access log. Auditors only: role AUDITOR and scope `audit-log`.',
  })
  async personalDataReads(
    @Arg('personalId', () => String, { description: 'The citizen\'s 12-digit personal id.' }) personalId: string,
    @Arg('first', () => Int, { defaultValue: 20, description: `How many reads, newest first, from 1 to ${MAX_FIRST}.` }) first: number,
    @Ctx() ctx: IdentityContext,
  ): Promise<PersonalDataRead[]> {
    // Who asks is checked before the argument, so a refused caller learns nothing from the error.
    const principal = principalOf(ctx);
    if (!principal || principal.kind === 'anonymous') throw new GovGraphError('UNAUTHENTICATED', 'Sign in as an auditor to read the access log.');
    if (!hasRole(principal, 'AUDITOR') || !hasScope(principal, 'audit-log')) {
      throw new GovGraphError('FORBIDDEN', 'Reading the access log needs the AUDITOR role and the audit-log scope.');
    }
    // The message never repeats the value: it may be someone's personal id.
    if (!PERSONAL_ID_PATTERN.test(personalId)) throw badUserInput('personalId must be exactly 12 digits.', 'personalId');
    if (!Number.isInteger(first) || first < 1 || first > MAX_FIRST) throw badUserInput(`first must be from 1 to ${MAX_FIRST}.`, 'first');
    if (!ctx.accessLog) throw new Error('The identity subgraph was built without its access-log config.');

    const reads = await findPersonalDataReads(await ctx.accessLog.store(), ctx.accessLog.subjectKey, personalId, { first });
    return reads.map((read) => ({
      ...read,
      at: new Date(read.at),
      reader: read.principal,
      coordinates: [...read.coordinates],
    }));
  }
}

/**
 * The verified caller. `RequestInfo` gains `principal` when the subgraphs verify the gateway's
 * internal token; until then it is absent, and the field refuses everyone (deny by default).
 */
function principalOf(ctx: IdentityContext): Principal | undefined {
  const principal = (ctx.request as { principal?: Principal }).principal;
  return principal !== null && typeof principal === 'object' && typeof principal.kind === 'string' ? principal : undefined;
}
