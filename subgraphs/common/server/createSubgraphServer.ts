import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, type ApolloServerPlugin, type BaseContext } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import type { GraphQLSchema } from 'graphql';
import type { JWTVerifyGetKey } from 'jose';
import type { Logger } from 'pino';
import { createSubgraphErrorFormatter } from './formatSubgraphError.js';
import { bearerTokenOf } from '../auth/bearerTokenOf.js';
import { InternalTokenError, verifyInternalToken, type InternalClaims } from '../auth/internalToken.js';
import { readRequestInfo, type RequestInfo } from './requestInfo.js';
import { RELEASES_EXTENSION, type PersonalDataRelease } from '../auth/personalData.js';

export interface SubgraphServerOptions<TContext extends BaseContext> {
  /** Subgraph name, as in the supergraph (`identity`, `documents` …). */
  readonly name: string;
  readonly schema: GraphQLSchema;
  readonly logger: Logger;
  /** Builds the per-request context (its loaders) from what the gateway passed on. */
  readonly context: (info: RequestInfo) => Promise<TContext> | TContext;
  /** Budget of a request that came without a deadline. Default 10000 ms. */
  readonly defaultBudgetMs?: number;
  /** The gateway's public keys: every request must carry an internal token signed by one of them. */
  readonly internalKeys: JWTVerifyGetKey;
  /**
   * The personal-data releases a request made, reported to the gateway in the response's
   * `extensions.govgraphReleases` (the gateway strips them before the client sees the answer).
   * Default: none reported.
   */
  readonly releasesOf?: (context: TContext) => readonly PersonalDataRelease[];
}

export interface SubgraphServer {
  /** Starts Apollo and listens; resolves to the GraphQL endpoint URL. Port 0 picks a free port. */
  listen(port?: number, host?: string): Promise<string>;
  stop(): Promise<void>;
}

/** An un-started subgraph server: Apollo Server 5 on express, `/graphql` and `/health`. */
export function createSubgraphServer<TContext extends BaseContext>(options: SubgraphServerOptions<TContext>): SubgraphServer {
  const app = express();
  const httpServer = http.createServer(app);
  const apollo = new ApolloServer<TContext>({
    schema: options.schema,
    includeStacktraceInErrorResponses: false,
    formatError: createSubgraphErrorFormatter(options.logger),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      // Traces go to Apollo's cloud only; a government subgraph reports to no one.
      ApolloServerPluginInlineTraceDisabled(),
      ...(options.releasesOf ? [releasesPlugin(options.releasesOf)] : []),
    ],
  });
  const budget = options.defaultBudgetMs ?? 10_000;

  app.get('/health', (_req, res) => {
    res.json({ status: 'ok', subgraph: options.name });
  });

  return {
    async listen(port = 0, host = '127.0.0.1') {
      await apollo.start();
      app.use(
        '/graphql',
        // Before the body is even read: nothing reaches the schema (`_service` and `_entities`
        // included) without the gateway's internal token.
        async (req, res, next) => {
          try {
            res.locals['internalClaims'] = await verifyInternalToken(bearerTokenOf(req.headers.authorization), options.name, options.internalKeys);
            next();
          } catch (error) {
            if (!(error instanceof InternalTokenError)) {
              next(error);
              return;
            }
            options.logger.warn({ reason: error.message, path: req.path }, 'request without a valid internal token refused');
            res
              .status(401)
              .set('WWW-Authenticate', 'Bearer realm="govgraph-subgraph"')
              .json({ errors: [{ message: error.message, extensions: { code: 'UNAUTHENTICATED' } }] });
          }
        },
        express.json({ limit: '1mb' }),
        expressMiddleware(apollo, {
          context: async ({ req, res }) =>
            options.context(readRequestInfo(req.headers, budget, Date.now(), res.locals['internalClaims'] as InternalClaims)),
        }),
      );
      await new Promise<void>((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host, () => resolve());
      });
      const address = httpServer.address() as AddressInfo;
      return `http://${host}:${address.port}/graphql`;
    },
    async stop() {
      await apollo.stop();
      if (httpServer.listening) await new Promise<void>((resolve) => httpServer.close(() => resolve()));
    },
  };
}

/** Adds the request's personal-data releases to its response, for the gateway's access log. */
function releasesPlugin<TContext extends BaseContext>(releasesOf: (context: TContext) => readonly PersonalDataRelease[]): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          const releases = releasesOf(contextValue);
          if (releases.length === 0 || response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          result.extensions = { ...result.extensions, [RELEASES_EXTENSION]: releases };
        },
      };
    },
  };
}
