import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createIdentitySimulator, type IdentitySimulator } from '../../identity/simulator/createIdentitySimulator.js';
import { LegacyClient } from '../http/LegacyClient.js';
import { errorCodeOf } from '../errors/GovGraphError.js';
import { AgencyDirectory } from './AgencyDirectory.js';
import { scopeOfAgency } from './agencyScope.js';

describe('AgencyDirectory', () => {
  let simulator: IdentitySimulator;
  let client: LegacyClient;
  const deadline = () => Date.now() + 5000;

  beforeAll(async () => {
    simulator = createIdentitySimulator({ seed: 1, scale: 0.01, latency: { medianMs: 0, p99Ms: 0 } });
    client = new LegacyClient({ system: 'identity-directory', baseUrl: await simulator.listen(0), retries: 0, breakerThreshold: 1000 });
  });
  afterAll(async () => {
    await client.close();
    await simulator.close();
  });

  it('reads the whole tree, every agency at any time, in pages', async () => {
    simulator.admin.resetCounters();
    const tree = await new AgencyDirectory({ client }).tree(deadline());
    expect(tree.size).toBe(708);
    expect(simulator.admin.counters()['GET /api/v1/donvi']).toBe(2);
    expect(tree.isTop('000.00.00.H26')).toBe(true);
    expect(scopeOfAgency(tree, '000.00.32.H26').includes('000.00.00.H26')).toBe(false);
    expect(scopeOfAgency(tree, '001.00.00.H26').includes('000.00.32.H26')).toBe(true);
  });

  it('keeps the tree for its lifetime, shares one read between concurrent callers, then refreshes', async () => {
    let now = 1_000_000;
    const directory = new AgencyDirectory({ client, ttlMs: 60_000, now: () => now });
    simulator.admin.resetCounters();
    const [a, b] = await Promise.all([directory.tree(deadline()), directory.tree(deadline())]);
    expect(a).toBe(b);
    now += 59_999;
    expect(await directory.tree(deadline())).toBe(a);
    expect(simulator.admin.counters()['GET /api/v1/donvi']).toBe(2);
    now += 1;
    expect(await directory.tree(deadline())).not.toBe(a);
    expect(simulator.admin.counters()['GET /api/v1/donvi']).toBe(4);
  });

  it('keeps serving the last tree when a refresh fails, and fails with the upstream code when it has none', async () => {
    let now = 0;
    const directory = new AgencyDirectory({ client, ttlMs: 10, now: () => now });
    const first = await directory.tree(deadline());
    simulator.admin.setFaults({ errorRate: 1 });
    try {
      now += 100;
      expect(await directory.tree(deadline())).toBe(first);
      const fresh = new AgencyDirectory({ client });
      const failure = await fresh.tree(deadline()).catch((error: unknown) => error);
      expect(errorCodeOf(failure)).toMatch(/^UPSTREAM_/);
    } finally {
      simulator.admin.clearFaults();
    }
  });
});
