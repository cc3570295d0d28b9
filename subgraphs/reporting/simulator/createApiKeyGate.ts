import { timingSafeEqual } from 'node:crypto';
import { Agent, createServer, request, type IncomingMessage, type ServerResponse } from 'node:http';
import { pipeline } from 'node:stream';
import type { SimulatorServer } from '../../common/simulator/createSimulatorServer.js';
import type { Envelope } from '../../common/simulator/envelope.js';
import { serverLifecycle } from '../../common/simulator/serverLifecycle.js';
import { errorXml } from './indexScoresXml.js';

/**
 * The reporting system's front: it checks the static API key of every API request and answers
 * the XML routes in XML, in front of a shared simulator server that does everything else (routes,
 * fault injection, latency, counters, the admin endpoint).
 *
 * Why a front at all: `createSimulatorServer` shows handlers neither the request headers (so it
 * cannot check a key) nor lets them answer anything but a JSON envelope. Until it does (the
 * change is described in the reporting room's hand-over), the XML routes hand their document to
 * this front inside an envelope (`Data.NoiDungXml`) and the front sends it as `application/xml`.
 * Faults injected into an XML route come out as that route would fail: an error status with an
 * XML error document, the HTML page as it is, a body that is not XML, or XML cut off mid-way.
 */
export interface ApiKeyGateOptions {
  /** The simulator the front forwards to; started and stopped with the front. */
  readonly inner: SimulatorServer;
  /** The key every API request must carry. */
  readonly apiKey: string;
  /** Header carrying the key, lower case. Default `x-api-key`. */
  readonly header?: string;
  /** Paths answered in XML. */
  readonly xmlPaths: readonly string[];
}

const JSON_TYPE = 'application/json; charset=utf-8';
const XML_TYPE = 'application/xml; charset=utf-8';
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'upgrade', 'proxy-connection']);
/** What a client has received when an XML answer is cut off. */
const CUT_OFF_XML = '<?xml version="1.0" encoding="utf-8"?>\n<KetQua>\n  <MaLoi>0</MaLoi>\n  <ThongBao>Thành công</ThongBao>\n  <DanhS';

function send(res: ServerResponse, status: number, contentType: string, body: string): void {
  const buffer = Buffer.from(body, 'utf8');
  res.writeHead(status, { 'content-type': contentType, 'content-length': buffer.length });
  res.end(buffer);
}

function refuse(res: ServerResponse, status: number, message: string, xml: boolean): void {
  if (xml) return send(res, status, XML_TYPE, errorXml(String(status), message));
  send(res, status, JSON_TYPE, JSON.stringify({ MaLoi: String(status), ThongBao: message, Data: null } satisfies Envelope));
}

function keyMatches(given: string, expected: Buffer): boolean {
  const buffer = Buffer.from(given, 'utf8');
  return buffer.length === expected.length && timingSafeEqual(buffer, expected);
}

function responseHeaders(inner: IncomingMessage): Record<string, string | string[]> {
  const headers: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(inner.headers)) {
    if (value !== undefined && !HOP_BY_HOP.has(name)) headers[name] = value;
  }
  return headers;
}

/** Streams the inner answer through; a body cut off inside is cut off outside too. */
function relay(inner: IncomingMessage, res: ServerResponse): void {
  res.writeHead(inner.statusCode ?? 502, responseHeaders(inner));
  pipeline(inner, res, (error) => {
    if (error) res.destroy();
  });
}

/** Turns the inner answer of an XML route into the XML the real system sends. */
function renderXml(inner: IncomingMessage, res: ServerResponse): void {
  const chunks: Buffer[] = [];
  inner.on('error', () => undefined);
  inner.on('data', (chunk: Buffer) => chunks.push(chunk));
  inner.on('close', () => {
    if (!inner.complete) {
      const partial = Buffer.from(CUT_OFF_XML, 'utf8');
      res.writeHead(200, { 'content-type': XML_TYPE, 'content-length': partial.length * 3 });
      res.write(partial, () => res.destroy());
      return;
    }
    const status = inner.statusCode ?? 502;
    const contentType = String(inner.headers['content-type'] ?? '');
    const body = Buffer.concat(chunks).toString('utf8');
    if (contentType.includes('text/html')) return send(res, status, contentType, body);
    let envelope: Partial<Envelope> | undefined;
    try {
      envelope = JSON.parse(body) as Partial<Envelope>;
    } catch {
      // Not an envelope (an injected malformed body): the XML module garbles its answer the same way.
      return send(res, status, XML_TYPE, body);
    }
    const data = envelope.Data as Record<string, string> | null | undefined;
    if (envelope.MaLoi === '0' && typeof data?.['NoiDungXml'] === 'string') return send(res, status, XML_TYPE, data['NoiDungXml']);
    send(res, status, XML_TYPE, errorXml(String(envelope.MaLoi ?? status), String(envelope.ThongBao ?? '')));
  });
}

/** Creates an un-started front for `inner`; `listen` starts both, `close` stops both. */
export function createApiKeyGate(options: ApiKeyGateOptions): SimulatorServer {
  const header = options.header ?? 'x-api-key';
  const expected = Buffer.from(options.apiKey, 'utf8');
  const xmlPaths = new Set(options.xmlPaths);
  const agent = new Agent({ keepAlive: true });
  let innerPort = 0;

  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://gate').pathname;
    const admin = path.startsWith('/__admin/');
    const xml = !admin && xmlPaths.has(path);
    if (!admin) {
      const given = req.headers[header];
      if (typeof given !== 'string' || given === '') return refuse(res, 401, `Thiếu khóa truy cập API (${header})`, xml);
      if (!keyMatches(given, expected)) return refuse(res, 403, 'Khóa truy cập API không hợp lệ', xml);
    }
    const forwarded = request(
      { host: '127.0.0.1', port: innerPort, method: req.method, path: req.url, headers: req.headers, agent },
      (inner) => (xml ? renderXml(inner, res) : relay(inner, res)),
    );
    // The inner server destroyed the socket (an outage): so does the front.
    forwarded.on('error', () => res.destroy());
    // A client that gives up (a timeout) releases the inner request too.
    res.on('close', () => {
      if (!res.writableFinished) forwarded.destroy();
    });
    req.pipe(forwarded);
  });
  server.keepAliveTimeout = 65_000;
  const lifecycle = serverLifecycle(server);

  return {
    system: options.inner.system,
    get url() {
      return lifecycle.url;
    },
    now: () => options.inner.now(),
    admin: options.inner.admin,
    async listen(port = 0, host = '127.0.0.1') {
      innerPort = Number(new URL(await options.inner.listen(0, '127.0.0.1')).port);
      return lifecycle.listen(port, host);
    },
    async close() {
      await lifecycle.close();
      agent.destroy();
      await options.inner.close();
    },
  };
}
