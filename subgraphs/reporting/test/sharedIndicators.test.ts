import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postAsGateway, testInternalKeys } from '../../../test/support/internalTokens.js';
import { loadSubgraphConfig } from '../../common/config/loadSubgraphConfig.js';
import type { SubgraphServer } from '../../common/server/createSubgraphServer.js';
import type { SimulatorServer } from '../../common/simulator/createSimulatorServer.js';
import { createReportingSubgraph, REPORTING_SIMULATOR_CREDENTIALS } from '../createReportingSubgraph.js';
import { createReportingSimulator } from '../simulator/createReportingSimulator.js';

const postGraphQL = postAsGateway('reporting');
const NOW = new Date('2026-11-20T10:00:00+07:00');
/** The indicators the seeded catalogue shares with the Government's reporting system. */
const SHARED = ['CT00001', 'CT00004', 'CT00007', 'CT00012', 'CT00013', 'CT00014', 'CT00019', 'CT00024'];

describe('Query.sharedIndicators, the partner contract\'s list of indicators', () => {
  let simulator: SimulatorServer;
  let subgraph: SubgraphServer;
  let url: string;

  beforeAll(async () => {
    simulator = createReportingSimulator({ seed: 1, scale: 0.01, now: NOW, latency: { medianMs: 0, p99Ms: 0 } });
    const upstream = await simulator.listen(0);
    const config = loadSubgraphConfig(
      'REPORTING',
      { REPORTING_UPSTREAM_URL: upstream, REPORTING_RETRIES: '0' },
      { port: 0, upstreamUrl: upstream, credentials: REPORTING_SIMULATOR_CREDENTIALS },
    );
    subgraph = await createReportingSubgraph(config, { logger: pino({ level: 'silent' }), now: () => NOW, internalKeys: (await testInternalKeys()).source });
    url = await subgraph.listen(0, '127.0.0.1');
  });
  afterAll(async () => {
    await subgraph?.stop();
    await simulator?.close();
  });

  it('lists exactly the shared indicators, by code, as Query.indicators(sharedWithGovernment: true) finds them', async () => {
    const shared = await postGraphQL<{ sharedIndicators: { code: string; sharedWithGovernment: boolean }[] }>(
      url,
      '{ sharedIndicators { code sharedWithGovernment } }',
    );
    expect(shared.body.errors).toBeUndefined();
    expect(shared.body.data?.sharedIndicators.map((indicator) => indicator.code)).toEqual(SHARED);
    expect(shared.body.data?.sharedIndicators.every((indicator) => indicator.sharedWithGovernment)).toBe(true);

    const searched = await postGraphQL<{ indicators: { totalCount: number; nodes: { code: string }[] } }>(
      url,
      '{ indicators(sharedWithGovernment: true, first: 100) { totalCount nodes { code } } }',
    );
    expect(searched.body.data?.indicators.nodes.map((node) => node.code).sort()).toEqual(SHARED);
  });
});
