import { request } from 'undici';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { BadParameterError } from './BadParameterError.js';
import { createSimulatorServer, type SimulatorServer } from './createSimulatorServer.js';
import { success, type Envelope } from './envelope.js';
import { readPaging } from './queryParams.js';

/** A tiny legacy API: the machinery is under test here, not any system's data. */
function createTestSimulator(): SimulatorServer {
  return createSimulatorServer({
    system: 'test-system',
    seed: 7,
    now: new Date('2026-11-20T10:00:00+07:00'),
    latency: { medianMs: 0, p99Ms: 0 },
    routes: [
      {
        method: 'GET',
        pattern: '/api/v1/items',
        handler: ({ query, now }) => {
          const paging = readPaging(query);
          return success([{ Trang: String(paging.page), Now: String(now), Text: 'Hà Nội '.repeat(20) }]);
        },
      },
      { method: 'GET', pattern: '/api/v1/items/ds', handler: () => success([{ Ma: 'ds' }]) },
      { method: 'GET', pattern: '/api/v1/items/:ma', handler: ({ params }) => success({ Ma: params.ma ?? '' }) },
      {
        method: 'GET',
        pattern: '/api/v1/broken',
        handler: () => {
          throw new BadParameterError('Tham số "x" không hợp lệ');
        },
      },
    ],
    info: () => ({ counts: { items: 1 } }),
  });
}

describe('createSimulatorServer', () => {
  let simulator: SimulatorServer;
  let base: string;

  const setFaults = async (faults: Record<string, unknown>): Promise<number> => {
    const response = await fetch(`${base}/__admin/faults`, { method: 'PUT', body: JSON.stringify(faults) });
    await response.text();
    return response.status;
  };

  beforeAll(async () => {
    simulator = createTestSimulator();
    base = await simulator.listen(0);
  });
  afterAll(async () => {
    await simulator.close();
  });
  beforeEach(async () => {
    await fetch(`${base}/__admin/faults`, { method: 'DELETE' });
    await fetch(`${base}/__admin/counters/reset`, { method: 'POST' });
  });

  it('listens on a loopback port and answers envelopes', async () => {
    expect(base).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const response = await fetch(`${base}/api/v1/items?trang=2`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const body = (await response.json()) as Envelope;
    expect(body).toMatchObject({ MaLoi: '0', ThongBao: 'Thành công', Data: [{ Trang: '2' }] });
  });

  it('prefers static segments to parameters and decodes parameters', async () => {
    expect(((await (await fetch(`${base}/api/v1/items/ds`)).json()) as Envelope).Data).toEqual([{ Ma: 'ds' }]);
    expect(((await (await fetch(`${base}/api/v1/items/000.00.01.H26`)).json()) as Envelope).Data).toEqual({ Ma: '000.00.01.H26' });
  });

  it('answers bad parameters with HTTP 400 and MaLoi "400" in Vietnamese', async () => {
    for (const path of ['/api/v1/items?soBanGhi=501', '/api/v1/items?trang=0', '/api/v1/items?soBanGhi=abc', '/api/v1/broken']) {
      const response = await fetch(`${base}${path}`);
      expect(response.status).toBe(400);
      const body = (await response.json()) as Envelope;
      expect(body.MaLoi).toBe('400');
      expect(body.Data).toBeNull();
      expect(body.ThongBao).toMatch(/Tham số/);
    }
  });

  it('counts requests per route pattern, faulted ones included, and resets the counters', async () => {
    await fetch(`${base}/api/v1/items`).then((r) => r.text());
    await fetch(`${base}/api/v1/items/a`).then((r) => r.text());
    await fetch(`${base}/api/v1/items/b`).then((r) => r.text());
    await setFaults({ errorRate: 1 });
    await fetch(`${base}/api/v1/items/c`).then((r) => r.text());
    await fetch(`${base}/nowhere`).then((r) => r.text());
    const { counters } = (await (await fetch(`${base}/__admin/counters`)).json()) as { counters: Record<string, number> };
    expect(counters).toEqual({
      'GET /api/v1/items': 1,
      'GET /api/v1/items/ds': 0,
      'GET /api/v1/items/:ma': 3,
      'GET /api/v1/broken': 0,
    });
    await fetch(`${base}/__admin/counters/reset`, { method: 'POST' });
    expect(simulator.admin.counters()['GET /api/v1/items/:ma']).toBe(0);
  });

  it('answers 404 with an envelope for unknown paths', async () => {
    const response = await fetch(`${base}/api/v2/nothing`);
    expect(response.status).toBe(404);
    expect(((await response.json()) as Envelope).MaLoi).toBe('404');
  });

  it('reports seed, clock and the system facts on /__admin/info', async () => {
    const info = (await (await fetch(`${base}/__admin/info`)).json()) as Record<string, unknown>;
    expect(info).toMatchObject({
      system: 'test-system',
      seed: 7,
      clock: { now: '20/11/2026 10:00:00', iso: '2026-11-20T10:00:00+07:00', fixed: true },
      counts: { items: 1 },
    });
  });

  it('keeps, replaces and clears the fault set, refusing invalid ones with every problem', async () => {
    expect(await setFaults({ errorRate: 0.5, routes: ['GET /api/v1/items'] })).toBe(200);
    expect((await (await fetch(`${base}/__admin/faults`)).json()) as unknown).toEqual({ faults: { errorRate: 0.5, routes: ['GET /api/v1/items'] } });
    const bad = await fetch(`${base}/__admin/faults`, { method: 'PUT', body: JSON.stringify({ errorRate: 2, colour: 'red', routes: ['GET /nope'] }) });
    expect(bad.status).toBe(400);
    const { problems } = (await bad.json()) as { problems: string[] };
    expect(problems).toHaveLength(3);
    const cleared = await fetch(`${base}/__admin/faults`, { method: 'DELETE' });
    expect(await cleared.json()).toEqual({ faults: {} });
  });

  it('outage: destroys the socket of every API request, but never the admin endpoint', async () => {
    await setFaults({ outage: true });
    await expect(fetch(`${base}/api/v1/items`)).rejects.toThrow(TypeError);
    await expect(request(`${base}/api/v1/items`)).rejects.toMatchObject({ code: expect.stringMatching(/^UND_ERR_SOCKET|ECONNRESET$/) });
    const admin = await fetch(`${base}/__admin/counters`);
    expect(admin.status).toBe(200);
    expect(((await admin.json()) as { counters: Record<string, number> }).counters['GET /api/v1/items']).toBeGreaterThanOrEqual(2);
  });

  it('timeout: never answers, and the client gives up on its own deadline', async () => {
    await setFaults({ timeoutRate: 1 });
    await expect(fetch(`${base}/api/v1/items`, { signal: AbortSignal.timeout(200) })).rejects.toMatchObject({ name: 'TimeoutError' });
    expect(simulator.admin.counters()['GET /api/v1/items']).toBe(1);
  });

  it('truncated: sends a full Content-Length, half the body, then closes', async () => {
    const whole = await (await fetch(`${base}/api/v1/items`)).text();
    await setFaults({ truncatedRate: 1 });
    const response = await fetch(`${base}/api/v1/items`);
    expect(response.status).toBe(200);
    expect(Number(response.headers.get('content-length'))).toBe(Buffer.byteLength(whole));
    await expect(response.text()).rejects.toThrow();
    const viaUndici = await request(`${base}/api/v1/items`);
    await expect(viaUndici.body.text()).rejects.toThrow();
  });

  it('malformed: answers 200 with a body that is not JSON', async () => {
    await setFaults({ malformedRate: 1 });
    const response = await fetch(`${base}/api/v1/items`);
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(() => JSON.parse(text)).toThrow(SyntaxError);
  });

  it('htmlError: answers 502 with an HTML page', async () => {
    await setFaults({ htmlErrorRate: 1 });
    const response = await fetch(`${base}/api/v1/items`);
    expect(response.status).toBe(502);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await response.text()).toContain('<html>');
  });

  it('errorRate: answers errorStatus with an error envelope', async () => {
    await setFaults({ errorRate: 1, errorStatus: 503 });
    const response = await fetch(`${base}/api/v1/items`);
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ MaLoi: '503', Data: null });
  });

  it('errorRate below 1: hits a share of requests, the same ones on every run', async () => {
    const run = async (): Promise<number[]> => {
      await setFaults({ errorRate: 0.5 });
      const statuses: number[] = [];
      for (let i = 0; i < 40; i++) {
        const response = await fetch(`${base}/api/v1/items`);
        await response.text();
        statuses.push(response.status);
      }
      return statuses;
    };
    const first = await run();
    const failed = first.filter((status) => status === 500).length;
    expect(failed).toBeGreaterThan(5);
    expect(failed).toBeLessThan(35);
    expect(await run()).toEqual(first);
  });

  it('routes: restricts faults to the named route patterns', async () => {
    await setFaults({ errorRate: 1, routes: ['/api/v1/items/:ma'] });
    expect((await fetch(`${base}/api/v1/items/x`)).status).toBe(500);
    expect((await fetch(`${base}/api/v1/items`)).status).toBe(200);
  });

  it('addedLatencyMs: delays the answer', async () => {
    await setFaults({ addedLatencyMs: 120 });
    const started = performance.now();
    await (await fetch(`${base}/api/v1/items`)).text();
    expect(performance.now() - started).toBeGreaterThanOrEqual(110);
  });

  it('close() ends hung requests instead of waiting for them', async () => {
    const other = createTestSimulator();
    const url = await other.listen();
    other.admin.setFaults({ timeoutRate: 1 });
    const hung = fetch(`${url}/api/v1/items`).then(
      () => 'answered',
      () => 'failed',
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    await other.close();
    expect(await hung).toBe('failed');
    expect(other.url).toBeUndefined();
  });
});
