/**
 * Test support for the gateway room: tiny subgraphs from plain SDL on loopback port 0, a supergraph
 * composed from them in memory, and a logger whose lines the test can read.
 */
import { composeServices } from '@apollo/composition';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { startStandaloneServer } from '@apollo/server/standalone';
import { buildSubgraphSchema, type GraphQLResolverMap } from '@apollo/subgraph';
import { parse } from 'graphql';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { pino, type Logger } from 'pino';
import { request } from 'undici';
import { signTestToken } from './testTokens.js';

/** Federation 2 header every fake subgraph's SDL starts with. */
export const FEDERATION_LINK = 'extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])';

/** Routing URL written into composed supergraphs: nothing listens there, so only overrides work. */
export const UNROUTABLE_URL = 'http://127.0.0.1:9/graphql';

export interface RunningServer {
  readonly url: string;
  stop(): Promise<void>;
}

/** The request headers a subgraph resolver saw, exposed to resolvers as `context.headers`. */
export interface FakeSubgraphContext {
  readonly headers: http.IncomingHttpHeaders;
}

/**
 * Starts one subgraph on 127.0.0.1, port 0. It includes stack traces in its errors, as a subgraph
 * in development does, so tests can prove the gateway strips them.
 */
export async function startFakeSubgraph(
  typeDefs: string,
  resolvers: GraphQLResolverMap<FakeSubgraphContext>,
): Promise<RunningServer> {
  const server = new ApolloServer<FakeSubgraphContext>({
    schema: buildSubgraphSchema([{ typeDefs: parse(typeDefs), resolvers }]),
    includeStacktraceInErrorResponses: true,
    plugins: [ApolloServerPluginInlineTraceDisabled()],
  });
  const { url } = await startStandaloneServer(server, {
    listen: { port: 0, host: '127.0.0.1' },
    context: async ({ req }) => ({ headers: req.headers }),
  });
  return { url, stop: () => server.stop() };
}

/** Starts a plain HTTP server, e.g. one answering like a proxy in front of a dead subgraph. */
export async function startHttpServer(handler: http.RequestListener): Promise<RunningServer> {
  const server = http.createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** Composes subgraph SDLs into a supergraph SDL, every routing URL set to `UNROUTABLE_URL`. */
export function composeSupergraph(subgraphs: Record<string, string>): string {
  const result = composeServices(
    Object.entries(subgraphs).map(([name, sdl]) => ({ name, typeDefs: parse(sdl), url: UNROUTABLE_URL })),
  );
  if (result.errors) throw new Error(result.errors.map((error) => error.message).join('\n'));
  return result.supergraphSdl;
}

/** A temporary directory removed by `cleanup()`. */
export async function createTempDir(): Promise<{ dir: string; write(name: string, content: string): Promise<string>; cleanup(): Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'govgraph-gateway-'));
  return {
    dir,
    async write(name, content) {
      const file = path.join(dir, name);
      await writeFile(file, content);
      return file;
    },
    cleanup: () => rm(dir, { recursive: true, force: true }),
  };
}

/** A pino logger at `debug` whose JSON lines are kept for assertions. */
export function captureLogger(): { logger: Logger; lines: Record<string, unknown>[]; text(): string } {
  const raw: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      raw.push(chunk.toString('utf8'));
      callback();
    },
  });
  const logger = pino({ level: 'debug' }, stream);
  return {
    logger,
    get lines() {
      return raw.join('').split('\n').filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>);
    },
    text: () => raw.join(''),
  };
}

/** What a test reads of one HTTP answer. */
export interface HttpAnswer {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly text: string;
  /** The body parsed as JSON, or `undefined` when it is not JSON. */
  readonly json: any;
}

/** One HTTP request over real loopback. */
export async function httpRequest(
  url: string,
  options: { method?: 'GET' | 'POST'; headers?: Record<string, string>; body?: string; anonymous?: boolean } = {},
): Promise<HttpAnswer> {
  // Sent as a signed-in official unless the test says otherwise: the gateway answers only public
  // fields without a token, and the fake supergraphs tag none.
  const headers =
    options.anonymous || options.headers?.['authorization'] !== undefined
      ? options.headers
      : { authorization: `Bearer ${await signTestToken()}`, ...options.headers };
  const response = await request(url, { method: options.method ?? 'GET', headers, body: options.body });
  const text = await response.body.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.statusCode, headers: response.headers, text, json };
}

/** POSTs a GraphQL operation as a dashboard would. */
export function postGraphQL(
  url: string,
  body: { query: string; variables?: Record<string, unknown>; operationName?: string },
  headers: Record<string, string> = {},
): Promise<HttpAnswer> {
  return httpRequest(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
}

/** A promise with its resolve function, for holding a resolver until the test lets it go. */
export function deferred<T = void>(): { promise: Promise<T>; resolve(value: T): void } {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}
