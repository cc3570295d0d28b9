import { createSimulatorServer, type SimulatorServer } from '../../common/simulator/createSimulatorServer.js';
import { resolveSimulatorOptions, type SeededSimulatorOptions } from '../../common/simulator/resolveSimulatorOptions.js';
import { createApiKeyGate } from './createApiKeyGate.js';
import { createReportingRoutes, INDEX_SCORES_PATH, reportingCounts, type ReportingData } from './createReportingRoutes.js';
import { provincialIndices } from './provincialIndices.js';
import { buildCatalogue } from './reportingCatalogue.js';
import { REPORTING_SIMULATOR_API_KEY } from './simulatorApiKey.js';

/** System id of the reporting information system, as in provenance and errors. */
export const REPORTING_SYSTEM = 'reporting-system';

export interface ReportingSimulatorOptions extends SeededSimulatorOptions {
  /** The API key requests must carry in `X-API-Key`. Default {@link REPORTING_SIMULATOR_API_KEY}. */
  readonly apiKey?: string;
}

/**
 * Builds an un-started simulator of the reporting information system (API.md next to this file):
 * 134 report forms and 2,136 indicators at scale 1, values for every reporting agency and period
 * from 2021 computed on demand, Hanoi's provincial indices 2021–2025 (answered in XML), and a
 * static API key on every request.
 */
export function createReportingSimulator(options: ReportingSimulatorOptions = {}): SimulatorServer {
  const { seed, scale } = resolveSimulatorOptions(REPORTING_SYSTEM, options);
  const data: ReportingData = { seed, catalogue: buildCatalogue(scale), indices: provincialIndices(seed) };
  const inner = createSimulatorServer({
    system: REPORTING_SYSTEM,
    routes: createReportingRoutes(data),
    seed,
    ...(options.now === undefined ? {} : { now: options.now }),
    ...(options.latency === undefined ? {} : { latency: options.latency }),
    info: (now) => ({ scale, counts: reportingCounts(data, now) }),
  });
  return createApiKeyGate({ inner, apiKey: options.apiKey ?? REPORTING_SIMULATOR_API_KEY, xmlPaths: [INDEX_SCORES_PATH] });
}
