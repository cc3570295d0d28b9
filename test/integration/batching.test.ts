import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorSummary } from '../support/graphqlClient.js';
import { startStack, type TestStack } from '../support/startStack.js';

describe('batched upstream fetching (no N+1)', () => {
  let stack: TestStack;

  beforeAll(async () => {
    stack = await startStack();
  });

  afterAll(async () => {
    await stack?.stop();
  });

  it('fetches a page of 100 tasks with their lead agencies and source documents in one batched request per system', async () => {
    await stack.simulator('documents').resetCounters();
    await stack.simulator('identity').resetCounters();

    const response = await stack.query<{ agency: { tasks: { nodes: { leadAgency: { name: string }; sourceDocument: unknown }[] } } }>(`{ agency(code: "000.00.00.H26") {
          tasks(first: 100) { totalCount nodes { id leadAgency { code name } sourceDocument { number subject } } }
        } }`,
    );
    expect(errorSummary(response)).toEqual([]);
    const nodes = response.body.data!.agency.tasks.nodes;
    expect(nodes).toHaveLength(100);
    const leadAgencies = new Set(nodes.map((node) => (node.leadAgency as unknown as { code: string }).code));
    expect(leadAgencies.size, 'the page spans many lead agencies').toBeGreaterThan(5);
    expect(nodes.every((node) => node.leadAgency.name.length > 0)).toBe(true);

    const documents = await stack.simulator('documents').counters();
    const identity = await stack.simulator('identity').counters();
    // One page of tasks, then one batch for all the source documents.
    expect(documents['GET /api/v1/nhiemvu']).toBe(1);
    expect(documents['GET /api/v1/vanban/ds']).toBe(1);
    // One lookup for the agency asked for, one batch for every lead agency on the page.
    expect(identity['GET /api/v1/donvi/ds']).toBe(2);
    expect(identity['GET /api/v1/donvi/:ma'] ?? 0).toBe(0);
    // Legacy API calls only: the gateway's fetch of the identity provider's keys is not data.
    const totalUpstream = [...Object.entries(documents), ...Object.entries(identity)]
      .filter(([route]) => route.includes(' /api/'))
      .reduce((sum, [, count]) => sum + count, 0);
    expect(totalUpstream).toBe(4);
  });
});
