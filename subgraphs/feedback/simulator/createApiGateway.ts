import { timingSafeEqual } from 'node:crypto';
import { Agent, createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import { pipeline } from 'node:stream';
import { canonicalRequest, HMAC_HEADERS, hmacSignature } from '../../common/http/HmacRequestSigner.js';
import { createRandom } from '../../common/simulator/createRandom.js';
import type { SimulatorServer } from '../../common/simulator/createSimulatorServer.js';
import { hash32 } from '../../common/simulator/hash32.js';
import { serverLifecycle } from '../../common/simulator/serverLifecycle.js';

/**
 * The city's API gateway in front of the feedback system, as a provincial integration platform
 * (LGSP) publishes a legacy back end: it checks every API request's HMAC signature, timestamp and
 * nonce (401 when any is wrong) and, being an old nginx, now and then answers `502 Bad Gateway`
 * with an HTML page although the back end answered. Everything else (routes, counters, faults,
 * latency, the admin endpoint) is the back end's: the gateway forwards to it over loopback.
 *
 * The shared simulator server has no hook for request headers or non-JSON answers, hence a front
 * server rather than a route handler (see the report that came with this room).
 */

export interface ApiGatewayOptions {
  /** The back end: a simulator server, started by the gateway's `listen`. */
  readonly backend: SimulatorServer;
  /** Secrets by key id. */
  readonly keys: ReadonlyMap<string, string>;
  /** Seed of the 502 draws (one draw per API request, in arrival order). */
  readonly seed: number;
  /** Share of API requests answered 502 with an HTML page, 0–1. */
  readonly badGatewayRate: number;
  /** How far a timestamp may be from the wall clock, in seconds. Default 300. */
  readonly maxSkewSeconds?: number;
  /** Wall clock for signatures, epoch ms (not the simulator's data clock). Default `Date.now`. */
  readonly clock?: () => number;
}

export type RefusalReason = 'missingHeaders' | 'unknownKey' | 'badTimestamp' | 'badNonce' | 'staleTimestamp' | 'badSignature' | 'reusedNonce';

/** What the gateway did, for `GET /__admin/info`. */
export interface ApiGatewayStats {
  readonly refused: Readonly<Record<RefusalReason, number>>;
  readonly badGateway: number;
}

export interface ApiGateway extends SimulatorServer {
  stats(): ApiGatewayStats;
}

const REFUSALS: Readonly<Record<RefusalReason, string>> = {
  missingHeaders: 'Thiếu thông tin xác thực (X-Key-Id, X-Timestamp, X-Nonce, X-Signature)',
  unknownKey: 'Mã khóa truy cập không hợp lệ',
  badTimestamp: 'Thời điểm ký không hợp lệ',
  badNonce: 'Mã nonce không hợp lệ',
  staleTimestamp: 'Yêu cầu đã hết hiệu lực: thời điểm ký lệch quá 5 phút',
  badSignature: 'Chữ ký không hợp lệ',
  reusedNonce: 'Mã nonce đã được sử dụng',
};

const NONCE_FORM = /^[A-Za-z0-9_-]{8,128}$/;

const HTML_502 =
  '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n' +
  '<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx/1.14.0</center>\r\n</body>\r\n</html>\r\n';

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** Epoch seconds, or an ISO 8601 instant with an offset; `undefined` when it is neither. */
function readTimestamp(text: string): number | undefined {
  if (/^\d{9,11}$/.test(text)) return Number(text);
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(text)) return undefined;
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? undefined : Math.floor(ms / 1000);
}

function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a, 'utf8');
  const right = Buffer.from(b, 'utf8');
  return left.length === right.length && timingSafeEqual(left, right);
}

export function createApiGateway(options: ApiGatewayOptions): ApiGateway {
  const { backend } = options;
  const maxSkew = options.maxSkewSeconds ?? 300;
  const clock = options.clock ?? Date.now;
  const random = createRandom(hash32(options.seed, 0x0502));
  const refused: Record<RefusalReason, number> = { missingHeaders: 0, unknownKey: 0, badTimestamp: 0, badNonce: 0, staleTimestamp: 0, badSignature: 0, reusedNonce: 0 };
  let badGateway = 0;
  // Nonces seen, with when they may be forgotten (their timestamp has left the window by then).
  const nonces = new Map<string, number>();
  const agent = new Agent({ keepAlive: true, maxSockets: 256 });
  let backendPort = 0;

  function forget(nowSeconds: number): void {
    // Map iteration is insertion order, and expiries grow with it (give or take the allowed skew,
    // so a few are kept a little longer than needed).
    for (const [nonce, expiry] of nonces) {
      if (expiry >= nowSeconds) break;
      nonces.delete(nonce);
    }
  }

  function verify(req: IncomingMessage): RefusalReason | undefined {
    const keyId = header(req, HMAC_HEADERS.keyId);
    const timestampText = header(req, HMAC_HEADERS.timestamp);
    const nonce = header(req, HMAC_HEADERS.nonce);
    const signature = header(req, HMAC_HEADERS.signature);
    if (keyId === undefined || timestampText === undefined || nonce === undefined || signature === undefined) return 'missingHeaders';
    const secret = options.keys.get(keyId);
    if (secret === undefined) return 'unknownKey';
    const timestamp = readTimestamp(timestampText);
    if (timestamp === undefined) return 'badTimestamp';
    if (!NONCE_FORM.test(nonce)) return 'badNonce';
    const nowSeconds = Math.floor(clock() / 1000);
    if (Math.abs(nowSeconds - timestamp) > maxSkew) return 'staleTimestamp';
    const expected = hmacSignature(secret, canonicalRequest(req.method ?? 'GET', req.url ?? '/', timestampText, nonce));
    if (!sameText(signature, expected)) return 'badSignature';
    forget(nowSeconds);
    if (nonces.has(`${keyId}\n${nonce}`)) return 'reusedNonce';
    nonces.set(`${keyId}\n${nonce}`, timestamp + maxSkew);
    return undefined;
  }

  function forward(req: IncomingMessage, res: ServerResponse, answer502: boolean): void {
    const upstream = httpRequest(
      { host: '127.0.0.1', port: backendPort, method: req.method, path: req.url, headers: req.headers, agent },
      (upstreamResponse) => {
        if (answer502) {
          // The back end's answer is thrown away, even one that breaks off.
          upstreamResponse.on('error', () => {});
          upstreamResponse.resume();
          badGateway++;
          const body = Buffer.from(HTML_502, 'utf8');
          res.writeHead(502, { 'content-type': 'text/html', 'content-length': body.length });
          res.end(body);
          return;
        }
        res.writeHead(upstreamResponse.statusCode ?? 502, upstreamResponse.headers);
        // A back end that dies mid-body (a truncation fault) cuts the client's body off too.
        pipeline(upstreamResponse, res, (error) => {
          if (error) res.socket?.destroy();
        });
      },
    );
    // A back end that resets the connection (an outage fault) resets the client's too.
    upstream.on('error', () => res.socket?.destroy());
    // A client that gives up (a timeout fault) ends the back end's request as well.
    res.on('close', () => {
      if (!res.writableFinished) upstream.destroy();
    });
    req.pipe(upstream);
  }

  const server = createServer((req, res) => {
    const path = req.url ?? '/';
    if (path.startsWith('/__admin/')) return forward(req, res, false);
    const refusal = verify(req);
    if (refusal !== undefined) {
      refused[refusal]++;
      req.resume();
      const body = Buffer.from(JSON.stringify({ MaLoi: '401', ThongBao: REFUSALS[refusal], Data: null }), 'utf8');
      res.writeHead(401, { 'content-type': 'application/json; charset=utf-8', 'content-length': body.length });
      res.end(body);
      return;
    }
    forward(req, res, random.next() < options.badGatewayRate);
  });
  // Idle keep-alive connections outlive clients' (undici: 4 s), as the back end's do.
  server.keepAliveTimeout = 65_000;
  const lifecycle = serverLifecycle(server);

  return {
    system: backend.system,
    get url() {
      return lifecycle.url;
    },
    now: () => backend.now(),
    admin: backend.admin,
    stats: () => ({ refused: { ...refused }, badGateway }),
    async listen(port = 0, host = '127.0.0.1') {
      backendPort = Number(new URL(await backend.listen(0, '127.0.0.1')).port);
      return lifecycle.listen(port, host);
    },
    async close() {
      await lifecycle.close();
      agent.destroy();
      await backend.close();
    },
  };
}
