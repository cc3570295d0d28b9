import { MockAgent } from 'undici';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LegacyClient } from './LegacyClient.js';

const ORIGIN = 'http://legacy.test';
const ok = (data: unknown, extra: Record<string, string> = {}) => JSON.stringify({ MaLoi: '0', ThongBao: 'Thành công', ...extra, Data: data });

describe('LegacyClient', () => {
  let agent: MockAgent;
  let client: LegacyClient;

  beforeEach(() => {
    agent = new MockAgent();
    agent.disableNetConnect();
    client = new LegacyClient({
      system: 'test-system',
      baseUrl: ORIGIN,
      dispatcher: agent,
      attemptTimeoutMs: 200,
      retries: 2,
      breakerThreshold: 100,
    });
  });

  afterEach(async () => {
    await agent.close();
  });

  const pool = () => agent.get(ORIGIN);
  const failure = async (promise: Promise<unknown>) => {
    const error = await promise.then(
      () => {
        throw new Error('expected a failure');
      },
      (e: unknown) => e as { extensions: Record<string, unknown>; message: string },
    );
    return { code: error.extensions['code'], system: error.extensions['system'], message: error.message };
  };

  it('reads a success envelope, its TotalRecord as a number and the query string', async () => {
    pool()
      .intercept({ path: '/api/v1/donvi?trang=2&soBanGhi=10&capDonVi=4', method: 'GET' })
      .reply(200, ok([{ a: '1' }], { TotalRecord: '126' }), { headers: { 'content-type': 'application/json' } });
    const envelope = await client.get('/api/v1/donvi', { trang: 2, soBanGhi: 10, capDonVi: '4', maDonViCha: undefined });
    expect(envelope).toEqual({ found: true, total: 126, data: [{ a: '1' }] });
  });

  it('reads the "not found" quirk (MaLoi 1 with HTTP 200) as found: false', async () => {
    pool().intercept({ path: '/x', method: 'GET' }).reply(200, JSON.stringify({ MaLoi: '1', ThongBao: 'Không tìm thấy', Data: null }));
    expect(await client.get('/x')).toEqual({ found: false, total: null, data: null });
  });

  it('maps an HTML error page on 502 to UPSTREAM_UNAVAILABLE after retrying, without the page in the message', async () => {
    pool().intercept({ path: '/x', method: 'GET' }).reply(502, '<html><body>Bad Gateway nginx</body></html>', {
      headers: { 'content-type': 'text/html' },
    }).times(3);
    const error = await failure(client.get('/x'));
    expect(error).toEqual({
      code: 'UPSTREAM_UNAVAILABLE',
      system: 'test-system',
      message: 'The test-system system answered HTTP 502 with an HTML error page.',
    });
    expect(error.message).not.toContain('nginx');
  });

  it('retries a 500 and succeeds when the system recovers', async () => {
    pool().intercept({ path: '/x', method: 'GET' }).reply(500, JSON.stringify({ MaLoi: '500', ThongBao: 'Lỗi', Data: null }));
    pool().intercept({ path: '/x', method: 'GET' }).reply(200, ok([]));
    expect((await client.get('/x')).found).toBe(true);
  });

  it('maps a body that is not JSON to UPSTREAM_BAD_RESPONSE', async () => {
    pool().intercept({ path: '/x', method: 'GET' }).reply(200, '{"MaLoi": "0", "Data": [').times(3);
    expect(await failure(client.get('/x'))).toMatchObject({ code: 'UPSTREAM_BAD_RESPONSE', system: 'test-system' });
  });

  it('maps JSON that is not the envelope to UPSTREAM_BAD_RESPONSE', async () => {
    pool().intercept({ path: '/x', method: 'GET' }).reply(200, JSON.stringify({ result: [] })).times(3);
    expect((await failure(client.get('/x'))).code).toBe('UPSTREAM_BAD_RESPONSE');
  });

  it('maps an HTML page served with 200 to UPSTREAM_BAD_RESPONSE', async () => {
    pool().intercept({ path: '/x', method: 'GET' }).reply(200, '<!DOCTYPE html><p>Đăng nhập</p>').times(3);
    expect((await failure(client.get('/x'))).code).toBe('UPSTREAM_BAD_RESPONSE');
  });

  it('maps a 4xx to UPSTREAM_REJECTED and does not retry it', async () => {
    pool().intercept({ path: '/x', method: 'GET' }).reply(400, JSON.stringify({ MaLoi: '400', ThongBao: 'Tham số sai', Data: null }));
    expect((await failure(client.get('/x'))).code).toBe('UPSTREAM_REJECTED');
    agent.assertNoPendingInterceptors();
  });

  it('maps an error code in a 200 envelope to UPSTREAM_REJECTED', async () => {
    pool().intercept({ path: '/x', method: 'GET' }).reply(200, JSON.stringify({ MaLoi: '403', ThongBao: 'Từ chối', Data: null }));
    expect((await failure(client.get('/x'))).code).toBe('UPSTREAM_REJECTED');
  });

  it('maps a connection failure to UPSTREAM_UNAVAILABLE', async () => {
    pool().intercept({ path: '/x', method: 'GET' }).replyWithError(new Error('connect ECONNREFUSED')).times(3);
    expect(await failure(client.get('/x'))).toMatchObject({
      code: 'UPSTREAM_UNAVAILABLE',
      message: 'The test-system system could not be reached.',
    });
  });

  it('maps a system that does not answer in time to UPSTREAM_TIMEOUT', async () => {
    pool().intercept({ path: '/x', method: 'GET' }).reply(200, ok([])).delay(1_000).times(3);
    expect((await failure(client.get('/x'))).code).toBe('UPSTREAM_TIMEOUT');
  });

  it('gives up with UPSTREAM_TIMEOUT when the request deadline has passed, without calling', async () => {
    expect(await failure(client.get('/x', {}, { deadline: Date.now() - 1 }))).toMatchObject({ code: 'UPSTREAM_TIMEOUT' });
  });

  it('opens its circuit breaker after consecutive failures and then fails fast', async () => {
    const fragile = new LegacyClient({ system: 'fragile', baseUrl: ORIGIN, dispatcher: agent, retries: 0, breakerThreshold: 2 });
    pool().intercept({ path: '/x', method: 'GET' }).reply(503, 'down').times(2);
    expect((await failure(fragile.get('/x'))).code).toBe('UPSTREAM_UNAVAILABLE');
    expect((await failure(fragile.get('/x'))).code).toBe('UPSTREAM_UNAVAILABLE');
    const third = await failure(fragile.get('/x'));
    expect(third).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', system: 'fragile' });
    expect(third.message).toContain('circuit open');
  });

  it('authenticates each attempt and, on a 401, drops the credentials and tries once more with new ones', async () => {
    let token = 1;
    const rejected: string[] = [];
    const authed = new LegacyClient({
      system: 'authed',
      baseUrl: ORIGIN,
      dispatcher: agent,
      retries: 0,
      auth: {
        headers: (request) => ({ authorization: `Bearer t${token}`, 'x-path': request.pathAndQuery }),
        rejected: (request) => {
          rejected.push(request.pathAndQuery);
          token += 1;
        },
      },
    });
    pool()
      .intercept({ path: '/x?a=1', method: 'GET', headers: { authorization: 'Bearer t1', 'x-path': '/x?a=1' } })
      .reply(401, JSON.stringify({ MaLoi: '401', ThongBao: 'Token hết hạn', Data: null }));
    pool().intercept({ path: '/x?a=1', method: 'GET', headers: { authorization: 'Bearer t2' } }).reply(200, ok([]));
    expect((await authed.get('/x', { a: 1 })).found).toBe(true);
    expect(rejected).toEqual(['/x?a=1']);
  });

  it('gives UPSTREAM_UNAVAILABLE when credentials cannot be had', async () => {
    const authed = new LegacyClient({
      system: 'authed',
      baseUrl: ORIGIN,
      dispatcher: agent,
      retries: 0,
      auth: {
        headers: () => {
          throw new Error('token endpoint down');
        },
      },
    });
    expect(await failure(authed.get('/x'))).toMatchObject({
      code: 'UPSTREAM_UNAVAILABLE',
      message: 'Could not authenticate to the authed system.',
    });
  });
});
