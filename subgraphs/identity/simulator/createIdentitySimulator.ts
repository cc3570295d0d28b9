import { createSimulatorServer, type SimulatorServer } from '../../common/simulator/createSimulatorServer.js';
import { hanoiAgencies, isAgencyValidAt } from '../../common/simulator/hanoiAgencies.js';
import { resolveSimulatorOptions, type SeededSimulatorOptions } from '../../common/simulator/resolveSimulatorOptions.js';
import { createIdentityRoutes } from './createIdentityRoutes.js';
import { seedOfficials } from './seedOfficials.js';

/** System id of the identity and directory system, as in provenance and errors. */
export const IDENTITY_SYSTEM = 'identity-directory';

export type IdentitySimulatorOptions = SeededSimulatorOptions;

/**
 * Builds an un-started simulator of the identity and directory system (API.md next to this
 * file): the shared agency tree and about 40,400 officials' accounts at scale 1.
 */
export function createIdentitySimulator(options: IdentitySimulatorOptions = {}): SimulatorServer {
  const { seed, scale } = resolveSimulatorOptions(IDENTITY_SYSTEM, options);
  const directory = seedOfficials({ seed, scale });
  return createSimulatorServer({
    system: IDENTITY_SYSTEM,
    routes: createIdentityRoutes(directory, seed),
    seed,
    ...(options.now === undefined ? {} : { now: options.now }),
    ...(options.latency === undefined ? {} : { latency: options.latency }),
    info: (now) => ({
      scale,
      counts: {
        agencies: hanoiAgencies.length,
        agenciesValidNow: hanoiAgencies.filter((agency) => isAgencyValidAt(agency, now)).length,
        officials: directory.count,
      },
    }),
  });
}
