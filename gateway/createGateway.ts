/**
 * Builds the gateway: Apollo Server 5 over @apollo/gateway with one supergraph file, served by
 * express 5. Nothing happens until `start()` (load the supergraph) and `listen()` (open the port),
 * so tests and the embedded stack decide when and where it runs.
 */
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginSchemaReportingDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type ErrorRequestHandler, type Express, type RequestHandler } from 'express';
import { createPrivateKey, createPublicKey } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { importPKCS8, importSPKI, type JWTVerifyGetKey } from 'jose';
import { pino, type Logger } from 'pino';
import {
  INTERNAL_ALG,
  generateInternalSigningKey,
  internalSigningKeyFrom,
  type InternalSigningKey,
} from '../subgraphs/common/auth/internalToken.js';
import type { ErrorCode } from '../schema/errorCodes.js';
import { subgraphEnvName, type GatewayConfig } from './config.js';
import { createGraphiqlRouter } from './createGraphiqlRouter.js';
import { MASKED_ERROR_MESSAGE, createFormatError, describeError } from './plugins/createFormatError.js';
import type { AccessLogStore } from '../accessLog/AccessLogStore.js';
import { createLazyAccessLogStore } from '../accessLog/createLazyAccessLogStore.js';
import { accessLogPlugin, logRefusedRequest, type AccessLogWriter } from './plugins/accessLogPlugin.js';
import { authenticatedOf, authenticationMiddleware, createTokenVerifier } from './plugins/authentication.js';
import { createOperationLimits } from './plugins/operationLimits.js';
import { partnerContractMiddleware, readPartnerContract } from './plugins/partnerContract.js';
import { rateLimitFromConfig } from './plugins/rateLimit.js';
import { readTrustedDocuments, trustedDocumentsMiddleware } from './plugins/trustedDocuments.js';
import { publicAccessPlugin, publicCoordinatesOf } from './plugins/publicAccessPlugin.js';
import { requestLimitsMiddleware } from './plugins/requestLimits.js';
import { requestLogPlugin } from './plugins/requestLogPlugin.js';
import { isRequestRefused } from './RequestRefusedError.js';
import { requestScopeMiddleware, requestScopeOf, type GatewayContext } from './requestScope.js';
import { SubgraphDataSource } from './SubgraphDataSource.js';

/** What `createGateway` may be given instead of building it itself. */
export interface GatewayDeps {
  /** Logger for requests, errors and Apollo's own messages. Default: pino at `config.logLevel` to stdout. */
  readonly logger?: Logger;
  /**
   * The key internal tokens are signed with. Default: read from `config.internalKeyFile`, else a
   * fresh key made at start (the embedded stack passes one it also gives the subgraphs).
   */
  readonly internalKey?: InternalSigningKey;
  /** Where client tokens' keys come from. Default: the provider's JWKS at `config.authJwksUrl`. */
  readonly tokenKeys?: JWTVerifyGetKey;
  /**
   * The access log's store. Default: the file `config.accessLogFile`, or PostgreSQL at
   * `config.accessLogPostgresUrl` when set, opened by `start()` and closed by `stop()`.
   */
  readonly accessLogStore?: AccessLogStore & { open?(): Promise<void> };
}

/** An un-started gateway. */
export interface Gateway {
  /** Reads and loads the supergraph and starts Apollo Server; `/ready` answers 200 afterwards. */
  start(): Promise<void>;
  /**
   * Listens on `config.host`/`config.port` (0 picks a free port) and returns the base URL, e.g.
   * `http://127.0.0.1:4000`. If `start()` has not been called, it is called once the port is open,
   * and `listen()` resolves when the gateway is ready (or closes the port and rejects).
   */
  listen(): Promise<{ url: string }>;
  /**
   * Stops accepting connections, lets in-flight requests finish (for at most the request budget
   * plus a second), then releases everything. Safe to call more than once, and mid-start.
   */
  stop(): Promise<void>;
  /** The express application, for tests and for mounting more routes before `listen()`. */
  readonly app: Express;
}

type Phase = 'created' | 'starting' | 'ready' | 'failed' | 'stopping' | 'stopped';

/**
 * Added to the request budget to get how long `stop()` waits for in-flight requests: no request
 * outlives its deadline by more than the time to write its answer, so waiting longer is pointless.
 */
const STOP_MARGIN_MS = 1_000;

/**
 * Builds an un-started gateway from a validated config.
 *
 * Start-up errors (unreadable or non-composable supergraph, an override naming no subgraph) reject
 * `start()` with a plain Error naming the file; they never become GraphQL errors.
 */
export function createGateway(config: GatewayConfig, deps: GatewayDeps = {}): Gateway {
  const logger = deps.logger ?? pino({ level: config.logLevel, base: { service: 'govgraph-gateway' } });

  // @apollo/gateway decides in its constructor, from this variable, whether to send usage data to
  // Apollo; config (not the ambient environment) must decide, in tests as in production.
  if (config.apolloTelemetryDisabled) process.env['APOLLO_TELEMETRY_DISABLED'] = 'true';

  let phase: Phase = 'created';
  let startPromise: Promise<void> | undefined;
  let stopPromise: Promise<void> | undefined;
  let graphqlHandler: RequestHandler | undefined;
  /** Trusted documents and the partner contract: built at start from their files. */
  let beforeApollo: RequestHandler[] = [];
  const routedSubgraphs = new Set<string>();
  let internalKey: InternalSigningKey | undefined = deps.internalKey;
  let publicCoordinates: ReadonlySet<string> = new Set();

  const gateway = new ApolloGateway({
    // The function form defers reading the file to start(), where failures can be reported well.
    supergraphSdl: async () => {
      const supergraphSdl = await readSupergraph(config.supergraphPath);
      publicCoordinates = publicCoordinatesOf(supergraphSdl);
      return { supergraphSdl };
    },
    buildService: ({ name, url }) => {
      routedSubgraphs.add(name);
      const override = overrideFor(config, name);
      const target = override ?? url;
      if (!target) {
        throw new Error(
          `Subgraph "${name}" has no routing URL in ${config.supergraphPath}; set GATEWAY_SUBGRAPH_${subgraphEnvName(name)}_URL.`,
        );
      }
      logger.debug({ subgraph: name, url: target, overridden: override !== undefined }, 'subgraph route');
      // start() makes or reads the key before Apollo loads the supergraph and builds services.
      if (!internalKey) throw new Error('The internal signing key must be loaded before subgraph routes are built.');
      return new SubgraphDataSource({ name, url: target, internalKey });
    },
    logger: logger.child({ component: 'apollo-gateway' }),
  });

  const accessLogStore =
    deps.accessLogStore ??
    createLazyAccessLogStore({
      file: config.accessLogFile,
      ...(config.accessLogPostgresUrl === undefined ? {} : { postgresUrl: config.accessLogPostgresUrl }),
    });
  const accessLog: AccessLogWriter = { store: accessLogStore, subjectKey: config.accessLogSubjectKey, logger };

  const httpServer = http.createServer();
  const production = config.nodeEnv === 'production';
  const operationLimits = createOperationLimits({
    maxDepth: config.maxDepth,
    maxAliases: config.maxAliases,
    maxCost: config.maxCost,
    maxDirectives: config.maxDirectives,
    hideSuggestions: production,
  });
  const server = new ApolloServer<GatewayContext>({
    gateway,
    // Given explicitly so Apollo does not read NODE_ENV itself: config is the one source.
    nodeEnv: config.nodeEnv,
    introspection: !production,
    hideSchemaDetailsFromClientErrors: production,
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    // Apollo's own automatic persisted queries would store any operation a client registers; the
    // trusted-documents middleware serves hashes from the committed manifest instead.
    persistedQueries: false,
    // requestLimitsMiddleware refuses batches larger than this before Apollo sees them.
    allowBatchedHttpRequests: config.maxBatch > 0,
    validationRules: operationLimits.validationRules,
    // main.ts owns the signals, so shutdown happens once and in order.
    stopOnTerminationSignals: false,
    formatError: createFormatError({ logger }),
    logger: logger.child({ component: 'apollo-server' }),
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginUsageReportingDisabled(),
      ApolloServerPluginSchemaReportingDisabled(),
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: config.requestTimeoutMs + STOP_MARGIN_MS }),
      requestLogPlugin({ logger }),
      accessLogPlugin<GatewayContext>(accessLog),
      publicAccessPlugin<GatewayContext>({ publicCoordinates: () => publicCoordinates, principalOf: (context) => context.principal }),
      ...operationLimits.plugins,
    ],
  });

  const app = express();
  app.disable('x-powered-by');
  // Express reads NODE_ENV when created; its error pages must follow config too.
  app.set('env', config.nodeEnv);

  app.get('/health', (_req, res) => {
    res.set('Cache-Control', 'no-store').json({ status: 'ok' });
  });
  app.get('/ready', (_req, res) => {
    res.set('Cache-Control', 'no-store');
    if (phase === 'ready') res.json({ status: 'ready' });
    else res.status(503).json({ status: readinessOf(phase) });
  });

  app.use(requestScopeMiddleware({ requestTimeoutMs: config.requestTimeoutMs }));
  // Subgraphs run elsewhere may fetch the internal tokens' public key here instead of being given it.
  app.get('/internal/jwks.json', (_req, res) => {
    res.set('Cache-Control', 'max-age=300');
    if (internalKey) res.json({ keys: [internalKey.publicJwk] });
    else res.status(503).json({ keys: [] });
  });
  if (config.graphiql) app.use(createGraphiqlRouter({ endpoint: '/graphql' }));
  const requestLimits = requestLimitsMiddleware({
    maxBodyBytes: config.maxBodyBytes,
    maxBatch: config.maxBatch,
    maxTokens: config.maxTokens,
  });
  const authentication = authenticationMiddleware({
    logger,
    verify: createTokenVerifier({
      issuer: config.authIssuer,
      audience: config.authAudience,
      jwksUrl: config.authJwksUrl,
      algorithms: config.authAlgorithms,
      clockToleranceSeconds: config.authClockToleranceSeconds,
      jwksCooldownMs: config.authJwksCooldownMs,
      ...(deps.tokenKeys ? { keys: deps.tokenKeys } : {}),
    }),
  });
  // Opens the Redis connection when one is configured; closed in stop().
  const rateLimit = rateLimitFromConfig(config, { logger });
  // Authentication first (it refuses before the body is read), rate limits next (they need the
  // principal, and a batch's size from the parsed body).
  // Trusted documents after the body is parsed (a hash becomes its text), the partner contract
  // after that (so a partner cannot send a trusted hash of a non-contract operation).
  const runBeforeApollo: RequestHandler = (req, res, next) => {
    const chain = [...beforeApollo];
    const step = (error?: unknown): void => {
      if (error !== undefined) {
        next(error);
        return;
      }
      const handler = chain.shift();
      if (handler) handler(req, res, step);
      else if (graphqlHandler) graphqlHandler(req, res, next);
      else next();
    };
    step();
  };
  app.all('/graphql', authentication, ...requestLimits, ...(rateLimit ? [rateLimit.middleware] : []), (req, res, next) => {
    if (graphqlHandler) {
      runBeforeApollo(req, res, next);
      return;
    }
    const scope = requestScopeOf(res);
    res
      .status(503)
      .set('Retry-After', '1')
      .json(errorBody('The gateway is not ready yet; retry shortly.', 'INTERNAL_SERVER_ERROR', scope?.requestId));
  });
  app.use((_req, res) => {
    res.status(404).json({ error: 'not found' });
  });
  app.use(httpErrorHandler(logger, accessLog));
  httpServer.on('request', app);

  async function start(): Promise<void> {
    if (phase !== 'created') throw new Error(`The gateway cannot start: it is ${phase}.`);
    phase = 'starting';
    startPromise = startApollo();
    try {
      await startPromise;
      phase = 'ready';
      logger.info({ supergraph: config.supergraphPath, subgraphs: [...routedSubgraphs] }, 'gateway ready');
    } catch (error) {
      phase = 'failed';
      throw error;
    }
  }

  async function startApollo(): Promise<void> {
    internalKey ??= config.internalKeyFile ? await readInternalKey(config.internalKeyFile) : await generateInternalSigningKey();
    // A log that cannot be opened (cut off, unreachable) stops the start, not the first request.
    await accessLogStore.open?.();
    try {
      await server.start();
    } catch (error) {
      if (error instanceof SupergraphFileError) throw error;
      throw new Error(
        `The supergraph file ${config.supergraphPath} could not be loaded: ${messageOf(error).replace(/\.+$/, '')}${placeOf(error)}. ` +
          'Rebuild it with `npm run schema:compose` or point GATEWAY_SUPERGRAPH / --supergraph at a composed supergraph.',
        { cause: error },
      );
    }
    const unknown = Object.keys(config.subgraphUrls).filter(
      (key) => ![...routedSubgraphs].some((name) => subgraphEnvName(name).toLowerCase() === key),
    );
    if (unknown.length > 0) {
      await server.stop();
      throw new Error(
        `${unknown.map((key) => `GATEWAY_SUBGRAPH_${key.toUpperCase()}_URL`).join(', ')} name${unknown.length === 1 ? 's' : ''} ` +
          `no subgraph of ${config.supergraphPath}; its subgraphs are ${[...routedSubgraphs].join(', ') || '(none)'}.`,
      );
    }
    const [manifest, contractSchema] = await Promise.all([
      readTrustedDocuments(config.trustedDocumentsPath),
      readPartnerContract(config.partnerContractPath),
    ]).catch(async (error: unknown) => {
      await server.stop();
      throw error;
    });
    beforeApollo = [
      trustedDocumentsMiddleware({ manifest, modes: config.trustedDocumentsModes, logger }),
      partnerContractMiddleware({ contractSchema, introspection: !production, validationRules: operationLimits.validationRules }),
    ];
    graphqlHandler = expressMiddleware(server, {
      context: async ({ res }) => {
        const scope = requestScopeOf(res);
        // requestScopeMiddleware runs before every /graphql route; its absence is a wiring bug.
        if (!scope) throw new Error('No request scope: requestScopeMiddleware must run before the GraphQL handler.');
        const { principal, purpose } = authenticatedOf(res);
        return { scope, principal, ...(purpose === undefined ? {} : { purpose }), releases: [] };
      },
    });
  }

  async function listen(): Promise<{ url: string }> {
    if (httpServer.listening) throw new Error('The gateway is already listening.');
    if (phase === 'stopping' || phase === 'stopped') throw new Error(`The gateway cannot listen: it is ${phase}.`);
    await new Promise<void>((resolve, reject) => {
      const onError = (error: NodeJS.ErrnoException) => {
        reject(
          new Error(
            `The gateway cannot listen on ${config.host}:${config.port} (${error.code ?? error.message}); ` +
              'set GATEWAY_HOST / --host and GATEWAY_PORT / --port.',
            { cause: error },
          ),
        );
      };
      httpServer.once('error', onError);
      httpServer.listen(config.port, config.host, () => {
        httpServer.off('error', onError);
        resolve();
      });
    });
    const { port } = httpServer.address() as AddressInfo;
    // The port opens first so /health answers (and /ready says "starting") while the supergraph loads.
    if (phase === 'created') {
      try {
        await start();
      } catch (error) {
        await closeHttpServer(httpServer);
        throw error;
      }
    }
    const host = config.host.includes(':') ? `[${config.host}]` : config.host;
    return { url: `http://${host}:${port}` };
  }

  function stop(): Promise<void> {
    stopPromise ??= (async () => {
      const apolloMayBeRunning = phase === 'starting' || phase === 'ready';
      phase = 'stopping';
      if (apolloMayBeRunning) {
        // A signal may arrive mid-start: let start settle, then stop what did start.
        const started = await startPromise?.then(
          () => true,
          () => false,
        );
        // Apollo's drain plugin closes the listener and waits for in-flight requests.
        if (started) await server.stop();
      }
      if (httpServer.listening) await closeHttpServer(httpServer);
      await rateLimit?.close();
      await accessLogStore.close();
      phase = 'stopped';
      logger.info('gateway stopped');
    })();
    return stopPromise;
  }

  return { start, listen, stop, app };
}

/** A start-up failure whose message already names the file and the fix. */
class SupergraphFileError extends Error {
  readonly code = 'GATEWAY_SUPERGRAPH_UNREADABLE';
}

async function readSupergraph(file: string): Promise<string> {
  let sdl: string;
  try {
    sdl = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'it does not exist' : code === 'EACCES' ? 'permission denied' : messageOf(error);
    throw new SupergraphFileError(
      `Cannot read the supergraph file ${file}: ${reason}. ` +
        'Build it with `npm run schema:compose`, or point GATEWAY_SUPERGRAPH / --supergraph at a supergraph file.',
      { cause: error },
    );
  }
  if (sdl.trim() === '') {
    throw new SupergraphFileError(`The supergraph file ${file} is empty. Build it with \`npm run schema:compose\`.`);
  }
  return sdl;
}

/** Reads the internal tokens' signing key from a PKCS#8 PEM file; failures stop the start with the file named. */
async function readInternalKey(file: string): Promise<InternalSigningKey> {
  try {
    const pem = await readFile(file, 'utf8');
    const privateKey = await importPKCS8(pem, INTERNAL_ALG, { extractable: false });
    const spki = createPublicKey(createPrivateKey(pem)).export({ type: 'spki', format: 'pem' }).toString();
    return await internalSigningKeyFrom(privateKey, await importSPKI(spki, INTERNAL_ALG, { extractable: true }));
  } catch (error) {
    throw new Error(
      `The internal signing key ${file} could not be read as a PKCS#8 PEM ES256 (P-256) private key: ${messageOf(error)}. ` +
        'Make one with `openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out internal-key.pem`, or unset GATEWAY_INTERNAL_KEY_FILE.',
      { cause: error },
    );
  }
}

function overrideFor(config: GatewayConfig, subgraphName: string): string | undefined {
  return config.subgraphUrls[subgraphEnvName(subgraphName).toLowerCase()];
}

function readinessOf(phase: Phase): string {
  if (phase === 'stopping' || phase === 'stopped') return 'stopping';
  if (phase === 'failed') return 'failed';
  return 'starting';
}

/** " at line L, column C" for a syntax error in the file, which graphql reports apart from its message. */
function placeOf(error: unknown): string {
  const locations = (error as { locations?: readonly { line: number; column: number }[] } | null)?.locations;
  const first = Array.isArray(locations) ? locations[0] : undefined;
  return first ? ` at line ${first.line}, column ${first.column}` : '';
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function errorBody(message: string, code: ErrorCode, requestId: string | undefined, extensions: Readonly<Record<string, unknown>> = {}) {
  return { errors: [{ message, extensions: { ...extensions, code, ...(requestId ? { requestId } : {}) } }] };
}

/** Messages for body-parser failures: fixed texts, since its own messages quote the body. */
const BODY_ERRORS: Record<string, string> = {
  'entity.parse.failed': 'The request body is not valid JSON.',
  'entity.too.large': 'The request body is too large.',
  'encoding.unsupported': 'The request body has an unsupported content encoding.',
  'charset.unsupported': 'The request body has an unsupported charset.',
  'request.aborted': 'The request was aborted.',
};

/**
 * Errors raised by express middleware before Apollo Server sees the request (a body that is not
 * JSON, a request refused by the request limits...) answered in the same shape and codes as
 * GraphQL errors, never as express's HTML error page, which shows a stack trace outside production.
 * Exported so tests of such middleware see the answers the gateway gives.
 */
export function httpErrorHandler(logger: Logger, accessLog?: AccessLogWriter): ErrorRequestHandler {
  return (error: unknown, req, res, next) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    const requestId = requestScopeOf(res)?.requestId;
    if (isRequestRefused(error)) {
      logger.info({ requestId, status: error.status, errorCodes: [error.errorCode] }, 'http request refused');
      // Headers that go with the refusal (Retry-After...) were set by the middleware that refused.
      const body = errorBody(error.message, error.errorCode, requestId, error.extensions);
      res.status(error.status).json(body);
      // Refused requests are access attempts too: an auditor must see the 401s and 429s.
      if (accessLog && requestId) {
        const { principal, purpose } = authenticatedOf(res);
        const sent = (req.body ?? {}) as { query?: unknown; operationName?: unknown; variables?: unknown };
        void logRefusedRequest(accessLog, {
          requestId,
          principal,
          ...(purpose === undefined ? {} : { purpose }),
          query: typeof sent.query === 'string' ? sent.query : null,
          operationName: typeof sent.operationName === 'string' ? sent.operationName : null,
          variables: sent.variables,
          responseBody: body,
        });
      }
      return;
    }
    const { status, type } = (error !== null && typeof error === 'object' ? error : {}) as { status?: unknown; type?: unknown };
    if (typeof status === 'number' && status >= 400 && status < 500) {
      const message = (typeof type === 'string' && BODY_ERRORS[type]) || 'Bad request.';
      logger.info({ requestId, status, type }, 'http request refused');
      res.status(status).json(errorBody(message, 'BAD_REQUEST', requestId));
      return;
    }
    logger.error({ requestId, error: describeError(error) }, 'unexpected error outside GraphQL');
    res.status(500).json(errorBody(MASKED_ERROR_MESSAGE, 'INTERNAL_SERVER_ERROR', requestId));
  };
}

async function closeHttpServer(httpServer: http.Server): Promise<void> {
  await new Promise<void>((resolve) => {
    httpServer.close(() => resolve());
    httpServer.closeIdleConnections();
  });
}
