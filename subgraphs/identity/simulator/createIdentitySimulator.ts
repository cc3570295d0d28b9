import { CITIZEN_POPULATION } from '../../common/simulator/citizenPopulation.js';
import { createSimulatorServer, type SimulatorServer } from '../../common/simulator/createSimulatorServer.js';
import { hanoiAgencies, isAgencyValidAt } from '../../common/simulator/hanoiAgencies.js';
import { resolveSimulatorOptions, type SeededSimulatorOptions } from '../../common/simulator/resolveSimulatorOptions.js';
import { createIdentityProvider, type IdentityProvider, type IdentityProviderOptions } from './createIdentityProvider.js';
import { createIdentityRoutes } from './createIdentityRoutes.js';
import { seedOfficials } from './seedOfficials.js';

/** System id of the identity and directory system, as in provenance and errors. */
export const IDENTITY_SYSTEM = 'identity-directory';

export interface IdentitySimulatorOptions extends SeededSimulatorOptions, IdentityProviderOptions {}

/** The directory simulator with its identity provider. */
export interface IdentitySimulator extends SimulatorServer {
  /** Makes a new current signing key and resolves with its `kid` (as `POST /dev/keys/rotate`). */
  rotateSigningKey(): Promise<string>;
  /** Issuing dev tokens and reading the JWKS without HTTP, for tests and the stack. */
  readonly identityProvider: Pick<IdentityProvider, 'issueDevToken' | 'issueCustomToken' | 'jwks'>;
}

/**
 * Builds an un-started simulator of the identity and directory system (API.md next to this
 * file): the shared agency tree, about 40,400 officials' accounts at scale 1, the registry of
 * citizens (the shared population of citizenPopulation.ts) and the identity provider that issues
 * GovGraph's bearer tokens.
 */
export function createIdentitySimulator(options: IdentitySimulatorOptions = {}): IdentitySimulator {
  const { seed, scale } = resolveSimulatorOptions(IDENTITY_SYSTEM, options);
  const directory = seedOfficials({ seed, scale });
  // The provider needs the URL the server listens on, which exists only once it does.
  let server: SimulatorServer | undefined;
  const provider = createIdentityProvider(directory, () => server?.url, options);
  server = createSimulatorServer({
    system: IDENTITY_SYSTEM,
    routes: [...createIdentityRoutes(directory, seed), ...provider.routes],
    seed,
    ...(options.now === undefined ? {} : { now: options.now }),
    ...(options.latency === undefined ? {} : { latency: options.latency }),
    info: (now) => ({
      scale,
      counts: {
        agencies: hanoiAgencies.length,
        agenciesValidNow: hanoiAgencies.filter((agency) => isAgencyValidAt(agency, now)).length,
        officials: directory.count,
        citizens: CITIZEN_POPULATION,
      },
    }),
  });
  const base = server;
  return {
    system: base.system,
    get url() {
      return base.url;
    },
    now: () => base.now(),
    admin: base.admin,
    listen: (port, host) => base.listen(port, host),
    close: () => base.close(),
    rotateSigningKey: () => provider.rotateSigningKey(),
    identityProvider: {
      issueDevToken: (name) => provider.issueDevToken(name),
      issueCustomToken: (name, bend) => provider.issueCustomToken(name, bend),
      jwks: () => provider.jwks(),
    },
  };
}
