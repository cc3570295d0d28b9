/**
 * A small express app for testing gateway middleware without the whole gateway: request scope, a
 * stand-in for authentication (the `x-test-principal` header names a seeded kind of caller), the
 * JSON body parser, the middleware under test, a final handler, and an error handler that answers
 * `RequestRefusedError`s as the gateway's does.
 */
import express, { type ErrorRequestHandler, type RequestHandler } from 'express';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Principal, PrincipalKind } from '../../subgraphs/common/auth/Principal.js';
import { isRequestRefused } from '../RequestRefusedError.js';
import { requestScopeMiddleware, requestScopeOf } from '../requestScope.js';

/** Header naming the test caller's kind; absent means anonymous. */
export const TEST_PRINCIPAL_HEADER = 'x-test-principal';

/** One caller of each kind, as authentication will put them in `res.locals['principal']`. */
export const TEST_PRINCIPALS: Record<Exclude<PrincipalKind, 'anonymous'>, Principal> = {
  official: { kind: 'official', subject: 'CB0001', clientId: 'e-cabinet', scopes: [], agency: '000.00.00.H26', roles: ['LEADER'], identityLevel: 2 },
  citizen: { kind: 'citizen', subject: '001099000001', clientId: 'citizen-portal', scopes: [], roles: [], identityLevel: 2 },
  partner: { kind: 'partner', subject: 'gov-reporting-system', clientId: 'gov-reporting-system', scopes: ['shared-indicators', 'published-indices'], roles: [], contract: 'partner' },
};

export interface MiddlewareApp {
  readonly url: string;
  close(): Promise<void>;
}

/** Starts the app on a free loopback port; `url` is its `/graphql` endpoint. */
export async function startMiddlewareApp(middleware: RequestHandler[], final: RequestHandler): Promise<MiddlewareApp> {
  const app = express();
  app.use(requestScopeMiddleware({ requestTimeoutMs: 10_000 }));
  app.use((req, res, next) => {
    const kind = req.get(TEST_PRINCIPAL_HEADER) as keyof typeof TEST_PRINCIPALS | undefined;
    if (kind) res.locals['principal'] = TEST_PRINCIPALS[kind];
    next();
  });
  app.all('/graphql', express.json(), ...middleware, final);
  const answerRefusals: ErrorRequestHandler = (error: unknown, _req, res, next) => {
    if (!isRequestRefused(error)) {
      next(error);
      return;
    }
    const requestId = requestScopeOf(res)?.requestId;
    res.status(error.status).json({ errors: [{ message: error.message, extensions: { code: error.errorCode, requestId } }] });
  };
  app.use(answerRefusals);
  const server = http.createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
