import { createSimulatorServer, type SimulatorServer } from '../../common/simulator/createSimulatorServer.js';
import { resolveSimulatorOptions, type SeededSimulatorOptions } from '../../common/simulator/resolveSimulatorOptions.js';
import { upperBound } from '../../common/simulator/mergeRanges.js';
import { bearerCheck, createDossiersRoutes } from './createDossiersRoutes.js';
import { createTokenIssuer } from './createTokenIssuer.js';
import { PROCEDURES } from './procedureCatalogue.js';
import { seedDossiers, type DossierStore } from './seedDossiers.js';
import { SIMULATOR_CLIENT_ID, SIMULATOR_CLIENT_SECRET } from './simulatorClient.js';

/** System id of the one-stop-shop system, as in provenance and errors. */
export const DOSSIERS_SYSTEM = 'one-stop-shop';

export interface DossiersSimulatorOptions extends SeededSimulatorOptions {
  /** Lifetime of access tokens in seconds. Default 300. */
  readonly tokenTtlSeconds?: number;
  /** Clock of token lifetimes, in epoch milliseconds; tests advance it. Default `Date.now`. */
  readonly tokenClock?: () => number;
  /** Clients allowed to get tokens, id to secret. Default the built-in simulator client (simulatorClient.ts). */
  readonly clients?: Readonly<Record<string, string>>;
}

/** The simulator, with token revocation beside the shared admin. */
export interface DossiersSimulator extends SimulatorServer {
  /**
   * Revokes every access token (as when the portal rotates its keys); returns how many were live.
   * Programmatic only: the shared server's `/__admin/` endpoints are fixed.
   */
  revokeTokens(): number;
}

/** Dossiers whose period time is not after `until`. */
function countVisible(store: DossierStore, until: number): number {
  let visible = 0;
  for (let agency = 0; agency + 1 < store.agencyStart.length; agency++) {
    const start = store.agencyStart[agency] as number;
    visible += upperBound(store.time, start, store.agencyStart[agency + 1] as number, until) - start;
  }
  return visible;
}

/**
 * Builds an un-started simulator of the one-stop-shop system as the national public-service
 * portal exposes it (API.md next to this file): a catalogue of about 300 procedures and about
 * four million dossiers received in 2025–2026 at scale 1, behind OAuth2 client credentials.
 */
export function createDossiersSimulator(options: DossiersSimulatorOptions = {}): DossiersSimulator {
  const { seed, scale } = resolveSimulatorOptions(DOSSIERS_SYSTEM, options);
  const ttlSeconds = options.tokenTtlSeconds ?? 300;
  if (!(Number.isInteger(ttlSeconds) && ttlSeconds >= 1 && ttlSeconds <= 86_400)) {
    throw new Error(`${DOSSIERS_SYSTEM} simulator: tokenTtlSeconds must be a whole number of seconds from 1 to 86400 (got ${ttlSeconds})`);
  }
  const store = seedDossiers({ seed, scale });
  const tokens = createTokenIssuer({
    clients: options.clients ?? { [SIMULATOR_CLIENT_ID]: SIMULATOR_CLIENT_SECRET },
    ttlSeconds,
    clock: options.tokenClock ?? Date.now,
  });
  const server = createSimulatorServer({
    system: DOSSIERS_SYSTEM,
    routes: createDossiersRoutes(store, tokens),
    seed,
    ...(options.now === undefined ? {} : { now: options.now }),
    ...(options.latency === undefined ? {} : { latency: options.latency }),
    info: (now) => ({
      scale,
      tokens: { ttlSeconds, live: tokens.liveCount() },
      counts: { procedures: PROCEDURES.length, dossiers: store.count, resolvedDossiers: store.finishTime.length, visibleDossiers: countVisible(store, now) },
    }),
    authenticate: bearerCheck(tokens),
  });
  return Object.assign(server, { revokeTokens: () => tokens.revokeAll() });
}
