import { Agent, createServer, request as httpRequest, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import type { SimulatorServer } from '../../common/simulator/createSimulatorServer.js';

/**
 * The HTTP front of an OAuth2-protected simulator.
 *
 * The shared simulator server (createSimulatorServer.ts) hands its route handlers the query string
 * only, never headers or bodies, and an OAuth2 API lives on both: the token endpoint reads a form
 * body and HTTP Basic credentials, every other request a bearer header. This door stands in front
 * of it on loopback and turns those into query parameters the simulator's own routes read, then
 * passes the request and its answer through byte for byte, faults included (a reset connection
 * stays a reset, a truncated body stays truncated, a silent one silent). So counters, fault
 * injection and latency stay the shared server's, and the token endpoint is one of its routes.
 *
 * See the report that came with this room: a `headers`/`body` field on SimulatorRequest would
 * make this door unnecessary.
 */
export interface OAuth2FrontDoorOptions {
  /** The simulator behind the door; the door starts and stops it. */
  readonly inner: SimulatorServer;
  /** Path of the token endpoint (`POST`), e.g. `/oauth2/token`. */
  readonly tokenPath: string;
  /** Query parameter that carries the caller's bearer token to the inner routes. */
  readonly bearerParameter: string;
  /** The door's own admin endpoints, by `"<METHOD> <path>"`, answered with their JSON result. */
  readonly admin: Readonly<Record<string, () => unknown>>;
}

export interface OAuth2FrontDoor {
  readonly url: string | undefined;
  listen(port?: number, host?: string): Promise<string>;
  close(): Promise<void>;
}

/** Token request parameters the door reads from the form body (RFC 6749 §4.4.2, §2.3.1). */
const TOKEN_PARAMETERS = ['grant_type', 'client_id', 'client_secret', 'scope'] as const;
const MAX_TOKEN_BODY = 16_384;
/** Hop-by-hop headers are the door's own business, not the answer's. */
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'upgrade', 'proxy-connection']);

function readSmallBody(req: IncomingMessage): Promise<string | undefined> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_TOKEN_BODY) chunks.push(chunk);
    });
    req.on('end', () => resolve(size <= MAX_TOKEN_BODY ? Buffer.concat(chunks).toString('utf8') : undefined));
    req.on('error', () => resolve(undefined));
  });
}

/** `Authorization: Basic base64(urlencode(id):urlencode(secret))`, as RFC 6749 §2.3.1 encodes it. */
function basicCredentials(headers: IncomingHttpHeaders): { id: string; secret: string } | undefined {
  const match = /^Basic\s+([A-Za-z0-9+/=]+)$/i.exec(headers.authorization ?? '');
  if (!match) return undefined;
  const decoded = Buffer.from(match[1] as string, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return undefined;
  try {
    return { id: decodeURIComponent(decoded.slice(0, colon).replaceAll('+', ' ')), secret: decodeURIComponent(decoded.slice(colon + 1).replaceAll('+', ' ')) };
  } catch {
    return undefined;
  }
}

function passedHeaders(headers: IncomingHttpHeaders): Record<string, string | string[]> {
  const result: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(headers)) if (value !== undefined && !HOP_BY_HOP.has(name)) result[name] = value;
  return result;
}

export function createOAuth2FrontDoor(options: OAuth2FrontDoorOptions): OAuth2FrontDoor {
  const agent = new Agent({ keepAlive: true, maxSockets: 64 });
  let innerPort = 0;
  let url: string | undefined;

  /** Sends the request on to the simulator and its answer back, failures included. */
  function forward(req: IncomingMessage, res: ServerResponse, path: string, body: 'pipe' | 'none'): void {
    const upstream = httpRequest({
      host: '127.0.0.1',
      port: innerPort,
      method: req.method,
      path,
      agent,
      headers: body === 'pipe' ? passedHeaders(req.headers) : { accept: req.headers.accept ?? '*/*' },
    });
    upstream.on('response', (answer) => {
      const headers = passedHeaders(answer.headers);
      // RFC 6750 §3: a refused bearer token says so in WWW-Authenticate.
      if (answer.statusCode === 401 && path.startsWith('/api/')) headers['www-authenticate'] = 'Bearer error="invalid_token"';
      res.writeHead(answer.statusCode ?? 502, headers);
      answer.pipe(res);
      // A body the simulator cut off (truncation fault) is cut off here too.
      answer.on('close', () => {
        if (!answer.complete) res.destroy();
      });
    });
    // The simulator reset the connection (outage fault): so does the door.
    upstream.on('error', () => req.socket.destroy());
    res.on('close', () => {
      if (!res.writableFinished) upstream.destroy();
    });
    if (body === 'pipe') req.pipe(upstream);
    else {
      req.resume();
      upstream.end();
    }
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const target = new URL(req.url ?? '/', 'http://door');
    const method = req.method ?? 'GET';
    const own = options.admin[`${method} ${target.pathname}`];
    if (own !== undefined) {
      req.resume();
      const body = Buffer.from(JSON.stringify(own()), 'utf8');
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': body.length });
      res.end(body);
      return;
    }
    if (target.pathname.startsWith('/__admin/')) return forward(req, res, `${target.pathname}${target.search}`, 'pipe');
    if (target.pathname === options.tokenPath && method === 'POST') {
      const type = String(req.headers['content-type'] ?? '');
      const text = await readSmallBody(req);
      const form = new URLSearchParams(type.startsWith('application/x-www-form-urlencoded') && text !== undefined ? text : '');
      const query = new URLSearchParams();
      for (const name of TOKEN_PARAMETERS) {
        const value = form.get(name);
        if (value !== null) query.set(name, value);
      }
      const basic = basicCredentials(req.headers);
      if (basic !== undefined) {
        query.set('client_id', basic.id);
        query.set('client_secret', basic.secret);
      }
      return forward(req, res, `${target.pathname}?${query.toString()}`, 'none');
    }
    // Only the door may say which token came with the request.
    target.searchParams.delete(options.bearerParameter);
    const bearer = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
    if (bearer !== undefined) target.searchParams.set(options.bearerParameter, bearer);
    return forward(req, res, `${target.pathname}${target.search}`, 'none');
  }

  const server = createServer((req, res) => {
    handle(req, res).catch(() => res.destroy());
  });
  server.keepAliveTimeout = 65_000;

  return {
    get url() {
      return url;
    },
    async listen(port = 0, host = '127.0.0.1') {
      const innerUrl = await options.inner.listen(0, '127.0.0.1');
      innerPort = Number(new URL(innerUrl).port);
      server.listen(port, host);
      await once(server, 'listening');
      url = `http://${host.includes(':') ? `[${host}]` : host}:${(server.address() as AddressInfo).port}`;
      return url;
    },
    async close() {
      if (server.listening) {
        const closed = new Promise<void>((resolve) => server.close(() => resolve()));
        // Hung (timeout-faulted) and keep-alive connections would keep close() waiting.
        server.closeAllConnections();
        await closed;
      }
      url = undefined;
      agent.destroy();
      await options.inner.close();
    },
  };
}
