import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { errorSummary } from '../support/graphqlClient.js';
import { startStack, type TestStack } from '../support/startStack.js';

const QUERY = `{ agency(code: "000.00.00.H26") {
  code name
  taskSummary(from: "2025-01-01", to: "2025-12-31") { total }
  documentSummary(from: "2025-01-01", to: "2025-12-31") { incoming }
} }`;

describe('a failing upstream system gives coded errors on its fields; the rest still arrives', () => {
  let stack: TestStack;

  beforeAll(async () => {
    stack = await startStack({ env: { DOCUMENTS_RETRIES: '1', IDENTITY_RETRIES: '1', DOCUMENTS_TIMEOUT_MS: '300', IDENTITY_TIMEOUT_MS: '300' } });
  });

  afterEach(async () => {
    await stack.simulator('documents').clearFaults();
    await stack.simulator('identity').clearFaults();
  });

  afterAll(async () => {
    await stack?.stop();
  });

  it.each([
    ['server errors', { errorRate: 1, errorStatus: 500 }, 'UPSTREAM_UNAVAILABLE'],
    ['HTML error pages', { htmlErrorRate: 1 }, 'UPSTREAM_UNAVAILABLE'],
    ['a total outage', { outage: true }, 'UPSTREAM_UNAVAILABLE'],
    ['bodies that are not JSON', { malformedRate: 1 }, 'UPSTREAM_BAD_RESPONSE'],
    ['truncated bodies', { truncatedRate: 1 }, 'UPSTREAM_BAD_RESPONSE'],
    ['no answer at all', { timeoutRate: 1 }, 'UPSTREAM_TIMEOUT'],
    ['refusals of the request', { errorRate: 1, errorStatus: 400 }, 'UPSTREAM_REJECTED'],
  ])('document system answering %s', async (_what, faults, code) => {
    await stack.simulator('documents').setFaults(faults);
    const response = await stack.query(QUERY);
    expect(response.status).toBe(200);
    expect(response.body.data).toEqual({
      agency: { code: '000.00.00.H26', name: 'Ủy ban nhân dân thành phố Hà Nội', taskSummary: null, documentSummary: null },
    });
    const errors = errorSummary(response).sort((a, b) => String(a.path).localeCompare(String(b.path)));
    expect(errors).toEqual([
      { code, path: 'agency.documentSummary', subgraph: 'documents', system: 'document-management' },
      { code, path: 'agency.taskSummary', subgraph: 'documents', system: 'document-management' },
    ]);
    expect(response.text).not.toMatch(/stacktrace|    at /);
    expect(response.text).not.toMatch(/<html/i);
  });

  it('identity system down: the agency is null with a coded error naming the subgraph and system', async () => {
    await stack.simulator('identity').setFaults({ outage: true });
    const response = await stack.query(QUERY);
    expect(response.body.data).toEqual({ agency: null });
    expect(errorSummary(response)).toEqual([
      { code: 'UPSTREAM_UNAVAILABLE', path: 'agency', subgraph: 'identity', system: 'identity-directory' },
    ]);
  });

  it('a task list keeps its tasks when the directory fails to name their lead agencies', async () => {
    const before = await stack.query(`{ agency(code: "000.00.00.H26") { code } }`);
    expect(errorSummary(before)).toEqual([]);
    await stack.simulator('identity').setFaults({ errorRate: 1, routes: ['GET /api/v1/donvi/ds'] });
    const response = await stack.query<{ task: { id: string; leadAgency: unknown } }>(`{ task(id: "NV00000001") { id title leadAgency { code name } } }`,
    );
    expect(response.body.data?.task).toMatchObject({ id: 'NV00000001', leadAgency: null });
    expect(errorSummary(response)).toEqual([
      { code: 'UPSTREAM_UNAVAILABLE', path: 'task.leadAgency', subgraph: 'identity', system: 'identity-directory' },
    ]);
  });

  it('answers normally again once the system is back', async () => {
    await stack.simulator('documents').setFaults({ outage: true });
    await stack.query(QUERY);
    await stack.simulator('documents').clearFaults();
    const response = await stack.query(QUERY);
    expect(errorSummary(response)).toEqual([]);
  });

  it('serves the last good figures marked stale while the system is down, then fresh ones again', async () => {
    // A period no other test here asks for, so the stale copy is this test's own.
    const query = `{ agency(code: "000.00.00.H26") {
      taskSummary(from: "2024-01-01", to: "2024-12-31") { total openOverdue provenance { system asOf stale } }
      documentSummary(from: "2024-01-01", to: "2024-12-31") { incoming provenance { stale } }
    } }`;
    const fresh = await stack.query<{ agency: { taskSummary: { total: number; provenance: { stale: boolean } } } }>(query);
    expect(errorSummary(fresh)).toEqual([]);
    expect(fresh.body.data!.agency.taskSummary.provenance).toEqual({
      system: 'document-management',
      asOf: '2024-12-31T23:59:59+07:00',
      stale: false,
    });

    await stack.simulator('documents').setFaults({ outage: true });
    const whileDown = await stack.query<typeof fresh.body.data>(query);
    expect(errorSummary(whileDown)).toEqual([]);
    const agency = (whileDown.body.data as { agency: Record<string, { provenance: { stale: boolean } }> }).agency;
    expect(agency['taskSummary']).toEqual({
      ...(fresh.body.data!.agency.taskSummary as object),
      provenance: { system: 'document-management', asOf: '2024-12-31T23:59:59+07:00', stale: true },
    });
    expect(agency['documentSummary']?.provenance).toEqual({ stale: true });

    await stack.simulator('documents').clearFaults();
    const back = await stack.query<typeof fresh.body.data>(query);
    expect((back.body.data as { agency: Record<string, { provenance: { stale: boolean } }> }).agency['taskSummary']?.provenance.stale).toBe(false);
  });
});
