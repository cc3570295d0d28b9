import { fetchWindow } from '../../common/legacy/fetchWindow.js';
import { parseDateArgument, parsePeriod } from '../../common/schema/arguments.js';
import { connectionOf, pageWindow } from '../../common/schema/connection.js';
import type { DossiersContext } from '../DossiersContext.js';
import type { DossierConnection } from '../schema/DossierConnection.js';
import type { DossierStatus } from '../schema/enums.js';

/** The filters and page of every dossier list. */
export interface DossierListArgs {
  readonly status: DossierStatus | null;
  readonly from: string | null;
  readonly to: string | null;
  readonly includeSubunits: boolean;
  readonly first: number;
  readonly after: string | null;
}

/** A page of an agency's dossiers for `dossiers` on Query and on Agency: checked arguments, one or two legacy pages. */
export async function dossierPage(agencyCode: string, args: DossierListArgs, ctx: DossiersContext): Promise<DossierConnection> {
  const { status, from, to, includeSubunits, first, after } = args;
  if (from) parseDateArgument('from', from);
  if (to) parseDateArgument('to', to);
  if (from && to) parsePeriod(from, to);
  const filter = { agencyCode, includeSubunits, status, from, to };
  const window = pageWindow(first, after);
  const page = await fetchWindow(window, (n, size) => ctx.adapter.listDossiers(filter, n, size, ctx.request.deadline));
  for (const dossier of page.items) ctx.loaders.dossierByCode.prime(dossier.code, dossier);
  return connectionOf(page.items, window, page.total) as unknown as DossierConnection;
}
