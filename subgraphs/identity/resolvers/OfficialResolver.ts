import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { notFound } from '../../common/errors/GovGraphError.js';
import type { AgencyRecord, OfficialRecord } from '../adapter/directoryRecords.js';
import type { IdentityContext } from '../IdentityContext.js';
import { Agency } from '../schema/Agency.js';
import { Official } from '../schema/Official.js';

@Resolver(() => Official)
export class OfficialResolver {
  @Query(() => Official, { nullable: true, description: 'One official by account id. Unknown ids give a NOT_FOUND error.' })
  async official(@Arg('id', () => ID) id: string, @Ctx() ctx: IdentityContext): Promise<OfficialRecord> {
    const official = await ctx.loaders.officialById.load(id);
    if (!official) throw notFound(`No official has the id ${id}.`);
    return official;
  }

  @FieldResolver(() => Agency, { nullable: true })
  async agency(@Root() official: OfficialRecord, @Ctx() ctx: IdentityContext): Promise<AgencyRecord | null> {
    return ctx.loaders.agencyByCode.load(official.agencyCode);
  }
}
