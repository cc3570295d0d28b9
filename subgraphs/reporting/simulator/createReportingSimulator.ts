import { timingSafeEqual } from 'node:crypto';
import { createSimulatorServer, type SimulatorRequest, type SimulatorServer } from '../../common/simulator/createSimulatorServer.js';
import type { SimulatorResponse } from '../../common/simulator/envelope.js';
import { resolveSimulatorOptions, type SeededSimulatorOptions } from '../../common/simulator/resolveSimulatorOptions.js';
import { createReportingRoutes, reportingCounts, type ReportingData } from './createReportingRoutes.js';
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
  return createSimulatorServer({
    system: REPORTING_SYSTEM,
    routes: createReportingRoutes(data),
    seed,
    ...(options.now === undefined ? {} : { now: options.now }),
    ...(options.latency === undefined ? {} : { latency: options.latency }),
    info: (now) => ({ scale, counts: reportingCounts(data, now) }),
    authenticate: apiKeyCheck(options.apiKey ?? REPORTING_SIMULATOR_API_KEY),
  });
}

/** The static API key in `X-API-Key`: missing is 401, wrong is 403. */
function apiKeyCheck(apiKey: string): (request: SimulatorRequest) => SimulatorResponse | undefined {
  const expected = Buffer.from(apiKey, 'utf8');
  return ({ headers }) => {
    const given = headers['x-api-key'];
    if (typeof given !== 'string' || given === '') return { status: 401, body: { MaLoi: '401', ThongBao: 'Thiếu khóa truy cập API (x-api-key)', Data: null } };
    const buffer = Buffer.from(given, 'utf8');
    if (buffer.length !== expected.length || !timingSafeEqual(buffer, expected)) return { status: 403, body: { MaLoi: '403', ThongBao: 'Khóa truy cập API không hợp lệ', Data: null } };
    return undefined;
  };
}
