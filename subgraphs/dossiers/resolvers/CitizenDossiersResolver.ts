import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { fetchWindow } from '../../common/legacy/fetchWindow.js';
import { connectionOf, pageWindow } from '../../common/schema/connection.js';
import type { DossiersContext } from '../DossiersContext.js';
import { Citizen } from '../schema/Citizen.js';
import { DossierConnection } from '../schema/DossierConnection.js';

/** More dossiers than a citizen files in the seeded years: an official's filtered list is read in one page. */
const MAX_DOSSIERS_OF_ONE_CITIZEN = 500;

/**
 * A citizen's dossiers. The field policy lets through the citizen themself (any identity level:
 * these are their own applications) and officials entitled to the citizen's personal data (scope,
 * level 2, a purpose); an official sees only the dossiers of agencies in their scope.
 */
@Resolver(() => Citizen)
export class CitizenDossiersResolver {
  @FieldResolver(() => DossierConnection, {
    nullable: true,
    description:
      'Hồ sơ của công dân — the dossiers this citizen applied for, at every agency, latest first. For the citizen themself, and for officials entitled to their personal data (then only the dossiers of agencies in the official\'s scope).',
  })
  async dossiers(
    @Root() citizen: Citizen,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: DossiersContext,
  ): Promise<DossierConnection> {
    const window = pageWindow(first, after);
    const { principal } = ctx.access;
    const deadline = ctx.request.deadline;
    const prime = (items: readonly { code: string }[]) => {
      for (const dossier of items) ctx.loaders.dossierByCode.prime(dossier.code, dossier as never);
    };
    if (principal.kind === 'citizen' && principal.subject === citizen.id) {
      const page = await fetchWindow(window, (n, size) => ctx.adapter.listDossiersOfApplicant(citizen.id, n, size, deadline));
      prime(page.items);
      return connectionOf(page.items, window, page.total) as unknown as DossierConnection;
    }
    const scope = await ctx.access.agencyScope();
    const all = await ctx.adapter.listDossiersOfApplicant(citizen.id, 1, MAX_DOSSIERS_OF_ONE_CITIZEN, deadline);
    const visible = all.items.filter((dossier) => scope.includes(dossier.agencyCode));
    prime(visible);
    return connectionOf(visible.slice(window.offset, window.offset + window.size), window, visible.length) as unknown as DossierConnection;
  }
}
