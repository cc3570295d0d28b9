import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import { isBadParameterError } from './BadParameterError.js';
import { createFaultInjector, parseFaultSet, type FaultDecision, type FaultSet } from './createFaultInjector.js';
import { createLatencySampler, DEFAULT_LATENCY, type LatencyOptions } from './createLatencySampler.js';
import { createRouter, routeKey, type RoutePattern } from './createRouter.js';
import { badParameter, systemError, type Envelope, type SimulatorResponse } from './envelope.js';
import { hash32 } from './hash32.js';
import { serverLifecycle } from './serverLifecycle.js';
import { formatInstant, isoFromMinutes, minutesFromDate } from './vietnamTime.js';

/** What a route handler gets: path parameters, the query string, headers, body and the clock. */
export interface SimulatorRequest {
  readonly method: string;
  readonly params: Readonly<Record<string, string>>;
  readonly query: URLSearchParams;
  /** Request headers, names in lower case: API keys, signatures, bearer tokens. */
  readonly headers: IncomingHttpHeaders;
  /** The request body as text (forms of token endpoints); `''` for GET. Bounded like admin bodies. */
  readonly body: string;
  /** The clock's now, in simulator minutes (see vietnamTime.ts). */
  readonly now: number;
}

/**
 * A legacy API route. Handlers are synchronous as a rule: simulated data lives in memory, and
 * latency is added by the server, not by the handler. A handler may answer a promise where the
 * work itself is asynchronous (signing a token with WebCrypto); it must never wait on time.
 */
export interface SimulatorRoute extends RoutePattern {
  readonly handler: (request: SimulatorRequest) => SimulatorResponse | Promise<SimulatorResponse>;
}

export interface SimulatorServerOptions {
  /** System id used in provenance and errors, e.g. `identity-directory`. */
  readonly system: string;
  /** The legacy API. */
  readonly routes: readonly SimulatorRoute[];
  /** Seed the data was built from; fault decisions and latencies are seeded from it too. */
  readonly seed: number;
  /** A fixed clock. Default: the real time at each request. */
  readonly now?: Date;
  /** API latency. Default {@link DEFAULT_LATENCY} (median 15 ms, p99 150 ms); `medianMs: 0` disables it. */
  readonly latency?: LatencyOptions;
  /** Extra facts for `GET /__admin/info` (scale, record counts), given the clock's now in minutes. */
  readonly info?: (now: number) => Record<string, unknown>;
  /**
   * Checks the credentials of every API request before its handler runs (after faults, so an
   * outage stays an outage): a refusal to answer instead (401, 403), or `undefined` to go on.
   * Default: every request is let through.
   */
  readonly authenticate?: (request: SimulatorRequest) => SimulatorResponse | undefined;
}

/** Programmatic access to what the admin endpoint exposes over HTTP. */
export interface SimulatorAdmin {
  counters(): Record<string, number>;
  resetCounters(): void;
  faults(): FaultSet;
  /** Replaces the fault set; throws on an invalid one (same rules as `PUT /__admin/faults`). */
  setFaults(faults: FaultSet): void;
  clearFaults(): void;
  info(): Record<string, unknown>;
}

export interface SimulatorServer {
  /** System id, e.g. `document-management`. */
  readonly system: string;
  /** Base URL (`http://127.0.0.1:PORT`) while listening, else `undefined`. */
  readonly url: string | undefined;
  /** The clock's now in simulator minutes. */
  now(): number;
  /** Starts listening and resolves with the base URL. Port 0 picks a free port. */
  listen(port?: number, host?: string): Promise<string>;
  /** Stops listening and destroys every open socket, hung ones included. */
  close(): Promise<void>;
  readonly admin: SimulatorAdmin;
}

const JSON_TYPE = 'application/json; charset=utf-8';
const MAX_ADMIN_BODY = 1 << 20;

/** What old IIS/.NET back ends print when they crash mid-serialisation, with a JSON content type. */
const MALFORMED_BODY = 'Object reference not set to an instance of an object.\r\n';

const HTML_502 =
  '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n' +
  '<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n';

function sendBody(res: ServerResponse, status: number, contentType: string, body: string | Buffer): void {
  const buffer = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
  res.writeHead(status, { 'content-type': contentType, 'content-length': buffer.length });
  res.end(buffer);
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  sendBody(res, status, JSON_TYPE, JSON.stringify(value));
}

/** The content type and bytes of a handler's answer. */
function serialise(response: SimulatorResponse): { contentType: string; body: Buffer } {
  return 'text' in response
    ? { contentType: response.contentType, body: Buffer.from(response.text, 'utf8') }
    : { contentType: JSON_TYPE, body: Buffer.from(JSON.stringify(response.body), 'utf8') };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_ADMIN_BODY) {
        reject(new Error('body too large'));
        req.destroy();
      } else {
        chunks.push(chunk);
      }
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/**
 * Creates an un-started legacy-system simulator: route matching with per-route counters, the
 * `/__admin/...` endpoints (never faulted), fault injection, log-normal latency and a clock, as
 * LEGACY-CONVENTIONS.md describes.
 */
export function createSimulatorServer(options: SimulatorServerOptions): SimulatorServer {
  const router = createRouter(options.routes);
  const routeKeys = options.routes.map(routeKey);
  const counters = new Map<string, number>(routeKeys.map((key) => [key, 0]));
  const faults = createFaultInjector(hash32(options.seed, 0xfa17));
  const latencyOptions = options.latency ?? DEFAULT_LATENCY;
  const sampleLatency = createLatencySampler(latencyOptions, hash32(options.seed, 0x1a7e));
  const fixedNow = options.now === undefined ? undefined : minutesFromDate(options.now);
  const now = (): number => fixedNow ?? minutesFromDate(new Date());

  const timers = new Set<NodeJS.Timeout>();

  const info = (): Record<string, unknown> => {
    const minutes = now();
    return {
      system: options.system,
      seed: options.seed,
      clock: { now: formatInstant(minutes), iso: isoFromMinutes(minutes), fixed: fixedNow !== undefined },
      latency: latencyOptions,
      ...options.info?.(minutes),
    };
  };

  const admin: SimulatorAdmin = {
    counters: () => Object.fromEntries(counters),
    resetCounters: () => {
      for (const key of counters.keys()) counters.set(key, 0);
    },
    faults: () => faults.current(),
    setFaults: (next) => {
      const parsed = parseFaultSet(next, routeKeys);
      if (!parsed.ok) throw new Error(`invalid fault set: ${parsed.problems.join('; ')}`);
      faults.set(parsed.faults);
    },
    clearFaults: () => faults.clear(),
    info,
  };

  async function handleAdmin(req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
    const method = req.method ?? 'GET';
    if (path === '/__admin/counters' && method === 'GET') return sendJson(res, 200, { counters: admin.counters() });
    if (path === '/__admin/counters/reset' && method === 'POST') {
      admin.resetCounters();
      return sendJson(res, 200, { counters: admin.counters() });
    }
    if (path === '/__admin/info' && method === 'GET') return sendJson(res, 200, info());
    if (path === '/__admin/faults') {
      if (method === 'GET') return sendJson(res, 200, { faults: faults.current() });
      if (method === 'DELETE') {
        faults.clear();
        return sendJson(res, 200, { faults: faults.current() });
      }
      if (method === 'PUT') {
        let parsedJson: unknown;
        try {
          parsedJson = JSON.parse(await readBody(req));
        } catch {
          return sendJson(res, 400, { error: 'the body must be a JSON fault set' });
        }
        const parsed = parseFaultSet(parsedJson, routeKeys);
        if (!parsed.ok) return sendJson(res, 400, { error: 'invalid fault set', problems: parsed.problems });
        faults.set(parsed.faults);
        return sendJson(res, 200, { faults: faults.current() });
      }
    }
    return sendJson(res, 404, { error: `no admin endpoint ${method} ${path}` });
  }

  async function answer(res: ServerResponse, decision: FaultDecision, compute: () => Promise<SimulatorResponse>): Promise<void> {
    switch (decision.kind) {
      case 'error': {
        const failure = systemError(decision.errorStatus);
        return sendJson(res, failure.status, failure.body);
      }
      case 'htmlError':
        return sendBody(res, 502, 'text/html; charset=utf-8', HTML_502);
      case 'malformed':
        return sendBody(res, 200, JSON_TYPE, MALFORMED_BODY);
      case 'truncated': {
        const response = await compute();
        const { contentType, body } = serialise(response);
        // The full Content-Length promises a body that never comes: the client sees the
        // connection close mid-body, as when a legacy server dies while streaming.
        res.writeHead(response.status, { 'content-type': contentType, 'content-length': body.length });
        res.write(body.subarray(0, Math.floor(body.length / 2)), () => res.socket?.destroy());
        return;
      }
      default: {
        const response = await compute();
        const { contentType, body } = serialise(response);
        return sendBody(res, response.status, contentType, body);
      }
    }
  }

  function handleApi(req: IncomingMessage, res: ServerResponse, target: URL, body: string): void {
    const match = router(req.method ?? 'GET', target.pathname);
    if (match === undefined) {
      return sendJson(res, 404, { MaLoi: '404', ThongBao: 'Không tìm thấy đường dẫn', Data: null } satisfies Envelope);
    }
    const key = routeKey(match.route);
    counters.set(key, (counters.get(key) ?? 0) + 1);
    const decision = faults.decide(key);
    if (decision.kind === 'outage') {
      req.socket.destroy();
      return;
    }
    // A timed-out request is simply never answered; the socket stays tracked so close() ends it.
    if (decision.kind === 'timeout') return;

    const compute = async (): Promise<SimulatorResponse> => {
      try {
        const request: SimulatorRequest = {
          method: req.method ?? 'GET',
          params: match.params,
          query: target.searchParams,
          headers: req.headers,
          body,
          now: now(),
        };
        return options.authenticate?.(request) ?? (await match.route.handler(request));
      } catch (error) {
        if (isBadParameterError(error)) return badParameter(error.message);
        process.stderr.write(`[${options.system}] handler ${key} failed: ${String(error)}\n`);
        return systemError(500);
      }
    };
    const respond = (): void => {
      // compute() answers every failure itself; this only guards against a broken socket.
      answer(res, decision, compute).catch(() => req.socket.destroy());
    };
    const delay = sampleLatency() + decision.addedLatencyMs;
    if (delay <= 0) return respond();
    const timer = setTimeout(() => {
      timers.delete(timer);
      respond();
    }, delay);
    timers.add(timer);
  }

  const server = createServer((req, res) => {
    let target: URL;
    try {
      target = new URL(req.url ?? '/', 'http://simulator');
    } catch {
      return sendJson(res, 400, badParameter('Đường dẫn không hợp lệ').body);
    }
    if (target.pathname.startsWith('/__admin/')) {
      handleAdmin(req, res, target.pathname).catch((error: unknown) => {
        if (!res.headersSent) sendJson(res, 500, { error: String(error) });
      });
      return;
    }
    if (req.method === 'GET' || req.method === 'HEAD') return handleApi(req, res, target, '');
    // Token endpoints and the like take a body: read it first (bounded, as admin bodies are).
    readBody(req).then(
      (body) => handleApi(req, res, target, body),
      () => req.socket.destroy(),
    );
  });
  // Idle keep-alive connections are kept longer than clients keep theirs (undici: 4 s), as IIS
  // and most legacy front ends do, so a client never reuses a socket the server is closing.
  server.keepAliveTimeout = 65_000;
  const lifecycle = serverLifecycle(server);

  return {
    system: options.system,
    get url() {
      return lifecycle.url;
    },
    now,
    admin,
    listen: (port, host) => lifecycle.listen(port, host),
    close() {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      // Hung (timeout-faulted) and keep-alive sockets are destroyed, so close never waits on them.
      return lifecycle.close();
    },
  };
}
