import { timingSafeEqual } from 'node:crypto';
import { canonicalRequest, HMAC_HEADERS, hmacSignature } from '../../common/http/HmacRequestSigner.js';
import { createRandom } from '../../common/simulator/createRandom.js';
import type { SimulatorRequest, SimulatorRoute } from '../../common/simulator/createSimulatorServer.js';
import { raw, type SimulatorResponse } from '../../common/simulator/envelope.js';
import { hash32 } from '../../common/simulator/hash32.js';

/**
 * What the city's API gateway in front of the feedback system does, as a provincial integration
 * platform (LGSP) publishes a legacy back end: it checks every API request's HMAC signature,
 * timestamp and nonce (401 when any is wrong) and, being an old nginx, now and then answers
 * `502 Bad Gateway` with an HTML page. Both run inside the simulator server, around each route's
 * handler: after the route counters and fault injection (as the server's `authenticate` hook
 * would), before the handler.
 *
 * The check wraps the routes rather than sitting in the server's `authenticate` hook because the
 * signature covers the request's path, which `SimulatorRequest` does not carry: a route knows its
 * own path (its pattern with the parameters put back), the hook does not know the route.
 */

export interface FeedbackGatewayOptions {
  /** Secrets by key id. */
  readonly keys: ReadonlyMap<string, string>;
  /** Seed of the 502 draws (one draw per signed API request, in the order they are answered). */
  readonly seed: number;
  /** Share of signed API requests answered 502 with an HTML page, 0–1. */
  readonly badGatewayRate: number;
  /** How far a timestamp may be from the wall clock, in seconds. Default 300. */
  readonly maxSkewSeconds?: number;
  /** Wall clock for signatures, epoch ms (not the simulator's data clock). Default `Date.now`. */
  readonly clock?: () => number;
}

export type RefusalReason = 'missingHeaders' | 'unknownKey' | 'badTimestamp' | 'badNonce' | 'staleTimestamp' | 'badSignature' | 'reusedNonce';

/** What the gateway did, for `GET /__admin/info`. */
export interface FeedbackGatewayStats {
  readonly refused: Readonly<Record<RefusalReason, number>>;
  readonly badGateway: number;
}

export interface FeedbackGateway {
  /** The routes behind the gateway: each checks the signature, then draws a 502, then runs its handler. */
  guard(routes: readonly SimulatorRoute[]): SimulatorRoute[];
  stats(): FeedbackGatewayStats;
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

function header(request: SimulatorRequest, name: string): string | undefined {
  const value = request.headers[name];
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

/**
 * The signed target, rebuilt from the route and the request: the pattern with its (decoded)
 * parameters encoded again, and the query as `URLSearchParams` writes it, which is what a client
 * that builds its URL with `URL.searchParams` sends (every client here). A target written another
 * way (`%20` for a space, a bare `,`) is not recovered: its signature does not match.
 */
function pathAndQuery(route: SimulatorRoute, request: SimulatorRequest): string {
  const path = route.pattern.replace(/:([^/]+)/g, (_, name: string) => encodeURIComponent(request.params[name] ?? ''));
  const query = request.query.toString();
  return query === '' ? path : `${path}?${query}`;
}

export function createFeedbackGateway(options: FeedbackGatewayOptions): FeedbackGateway {
  const maxSkew = options.maxSkewSeconds ?? 300;
  const clock = options.clock ?? Date.now;
  const random = createRandom(hash32(options.seed, 0x0502));
  const refused: Record<RefusalReason, number> = { missingHeaders: 0, unknownKey: 0, badTimestamp: 0, badNonce: 0, staleTimestamp: 0, badSignature: 0, reusedNonce: 0 };
  let badGateway = 0;
  // Nonces seen, with when they may be forgotten (their timestamp has left the window by then).
  const nonces = new Map<string, number>();

  function forget(nowSeconds: number): void {
    // Map iteration is insertion order, and expiries grow with it (give or take the allowed skew,
    // so a few are kept a little longer than needed).
    for (const [nonce, expiry] of nonces) {
      if (expiry >= nowSeconds) break;
      nonces.delete(nonce);
    }
  }

  function verify(request: SimulatorRequest, target: string): RefusalReason | undefined {
    const keyId = header(request, HMAC_HEADERS.keyId);
    const timestampText = header(request, HMAC_HEADERS.timestamp);
    const nonce = header(request, HMAC_HEADERS.nonce);
    const signature = header(request, HMAC_HEADERS.signature);
    if (keyId === undefined || timestampText === undefined || nonce === undefined || signature === undefined) return 'missingHeaders';
    const secret = options.keys.get(keyId);
    if (secret === undefined) return 'unknownKey';
    const timestamp = readTimestamp(timestampText);
    if (timestamp === undefined) return 'badTimestamp';
    if (!NONCE_FORM.test(nonce)) return 'badNonce';
    const nowSeconds = Math.floor(clock() / 1000);
    if (Math.abs(nowSeconds - timestamp) > maxSkew) return 'staleTimestamp';
    const expected = hmacSignature(secret, canonicalRequest(request.method, target, timestampText, nonce));
    if (!sameText(signature, expected)) return 'badSignature';
    forget(nowSeconds);
    if (nonces.has(`${keyId}\n${nonce}`)) return 'reusedNonce';
    nonces.set(`${keyId}\n${nonce}`, timestamp + maxSkew);
    return undefined;
  }

  function guardOne(route: SimulatorRoute): SimulatorRoute {
    return {
      ...route,
      handler: (request): SimulatorResponse | Promise<SimulatorResponse> => {
        const refusal = verify(request, pathAndQuery(route, request));
        if (refusal !== undefined) {
          refused[refusal]++;
          return { status: 401, body: { MaLoi: '401', ThongBao: REFUSALS[refusal], Data: null } };
        }
        if (random.next() < options.badGatewayRate) {
          badGateway++;
          return raw(502, 'text/html', HTML_502);
        }
        return route.handler(request);
      },
    };
  }

  return {
    guard: (routes) => routes.map(guardOne),
    stats: () => ({ refused: { ...refused }, badGateway }),
  };
}
