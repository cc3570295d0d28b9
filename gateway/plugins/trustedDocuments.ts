/**
 * Trusted documents: the allow-list of operations in `schema/trusted-documents.json` (Apollo's
 * persisted-query manifest), applied per kind of client before Apollo Server sees the request.
 *
 * - A request naming an operation by `extensions.persistedQuery.sha256Hash` without a `query` gets
 *   its text from the manifest; an unknown hash is `PERSISTED_QUERY_NOT_FOUND` (HTTP 200, as
 *   Apollo's APQ answers it, so APQ clients retry with the full text).
 * - A request with a `query` is looked up by the sha256 of its text, then, if that misses, by the
 *   sha256 of graphql's `print` of it (the manifest's bodies are printed that way), so layout and
 *   comments do not matter. A hash sent with a `query` must be the hash of that text (else
 *   `BAD_REQUEST`).
 * - The mode of the caller's kind decides about an unlisted operation: `off` runs it, `log` logs
 *   its hash and operation name and runs it, `enforce` refuses it with `PERSISTED_QUERY_NOT_ALLOWED`
 *   (HTTP 400: the operation is refused, not the caller, who may run any listed one). An
 *   operation made only of introspection fields is not checked: it reads the schema, not data;
 *   whether introspection is allowed is the introspection setting's business.
 *
 * The middleware owns persisted queries: it removes `extensions.persistedQuery` from what it passes
 * on, so Apollo Server's own APQ (which would store and serve any operation a client registers) is
 * never involved and must be turned off (`persistedQueries: false`).
 *
 * A batch (a JSON array) is checked operation by operation; the first refusal refuses it whole.
 */
import type { RequestHandler, Response } from 'express';
import { PRINCIPAL_LOCAL } from './authentication.js';
import { Kind, parse, print, type DocumentNode } from 'graphql';
import { readFile } from 'node:fs/promises';
import type { Logger } from 'pino';
import { z } from 'zod';
import { sha256Hex, type TrustedDocument, type TrustedDocumentManifest } from '../../schema/buildTrustedDocuments.js';
import { ANONYMOUS, type Principal, type PrincipalKind } from '../../subgraphs/common/auth/Principal.js';
import type { TrustedDocumentsMode } from '../config.js';
import { RequestRefusedError } from '../RequestRefusedError.js';
import { requestScopeOf } from '../requestScope.js';
import { isIntrospectionOnly } from './rootFieldNames.js';

/** Options of `trustedDocumentsMiddleware`. */
export interface TrustedDocumentsOptions {
  /** The manifest, as `readTrustedDocuments` returns it (config `trustedDocumentsPath`). */
  readonly manifest: TrustedDocumentManifest;
  /** The mode of each kind of client (config `trustedDocumentsModes`: `log` for all but `partner`, `enforce` for it). */
  readonly modes: Readonly<Record<PrincipalKind, TrustedDocumentsMode>>;
  /**
   * The caller of a request. Default: `res.locals['principal']`, where the authentication
   * middleware puts it, or `ANONYMOUS` when there is none.
   */
  readonly principalOf?: (res: Response) => Principal | undefined;
  /** Where `log` mode reports unlisted operations. */
  readonly logger: Logger;
}

/** What the HTTP layer hands over for one operation (the JSON body, or the GET parameters decoded). */
interface OperationRequest {
  query?: unknown;
  operationName?: unknown;
  variables?: unknown;
  extensions?: unknown;
}

const manifestSchema = z.object({
  format: z.literal('apollo-persisted-query-manifest'),
  version: z.literal(1),
  operations: z.array(
    z.object({
      id: z.string().regex(/^[0-9a-f]{64}$/, 'expected a lower-case sha256 hex id'),
      name: z.string().min(1),
      type: z.enum(['query', 'mutation', 'subscription']),
      body: z.string().min(1),
    }),
  ),
});

/**
 * Reads and checks a manifest file: its format, and that every `id` is the sha256 of its `body`.
 *
 * @throws Error naming the file and the problem (a start-up error, never a GraphQL error)
 */
export async function readTrustedDocuments(file: string): Promise<TrustedDocumentManifest> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new Error(
      `Cannot read the trusted documents ${file}: ${error instanceof Error ? error.message : String(error)}. ` +
        'Build it with `npm run schema:compose`, or point GATEWAY_TRUSTED_DOCUMENTS at a persisted-query manifest.',
      { cause: error },
    );
  }
  const result = manifestSchema.safeParse(json);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join('.') || '(file)'}: ${issue.message}`).join('; ');
    throw new Error(`The trusted documents ${file} are not an Apollo persisted-query manifest: ${problems}.`);
  }
  const wrong = result.data.operations.find((operation) => operation.id !== sha256Hex(operation.body));
  if (wrong) throw new Error(`The trusted documents ${file} give operation ${wrong.name} an id that is not the sha256 of its body.`);
  return result.data;
}

/** Apollo's APQ answers a missing hash this way, and caches must not keep the answer. */
const NOT_FOUND_CACHE_CONTROL = 'private, no-cache, must-revalidate';

/** The handler to put after the JSON body parser (requestLimits) and the authentication, before Apollo. */
export function trustedDocumentsMiddleware(options: TrustedDocumentsOptions): RequestHandler {
  const { manifest, modes, logger } = options;
  const principalOf = options.principalOf ?? ((res: Response) => res.locals[PRINCIPAL_LOCAL] as Principal | undefined);
  const byId = new Map<string, TrustedDocument>(manifest.operations.map((operation) => [operation.id, operation]));

  /** The operation to pass on, or the refusal. */
  function check(operation: OperationRequest, principal: Principal, res: Response): OperationRequest | RequestRefusedError {
    const persisted = persistedQueryOf(operation.extensions);
    if (persisted instanceof RequestRefusedError) return persisted;
    const { query } = operation;
    if ((query === undefined || query === null || query === '') && persisted) {
      const document = byId.get(persisted.sha256Hash);
      if (!document) {
        res.set('Cache-Control', NOT_FOUND_CACHE_CONTROL);
        return new RequestRefusedError(200, 'PERSISTED_QUERY_NOT_FOUND', 'No trusted document has this sha256Hash; send the full query.');
      }
      return withoutPersistedQuery({ ...operation, query: document.body });
    }
    if (typeof query !== 'string') return operation; // Apollo reports a missing or malformed query in its own words.
    const hash = sha256Hex(query);
    if (persisted && persisted.sha256Hash !== hash) {
      return new RequestRefusedError(400, 'BAD_REQUEST', 'The sha256Hash of extensions.persistedQuery is not the sha256 of the query sent with it.');
    }
    const mode = modes[principal.kind];
    if (mode === 'off' || byId.has(hash)) return withoutPersistedQuery(operation);
    const document = parseOrUndefined(query);
    if (document && byId.has(sha256Hex(print(document)))) return withoutPersistedQuery(operation);
    const requested = typeof operation.operationName === 'string' ? operation.operationName : undefined;
    // Introspection reads the schema, not data; whether it is allowed is the introspection
    // setting's business (off in production), and a partner's is answered from its contract.
    if (document && isIntrospectionOnly(document, requested)) return withoutPersistedQuery(operation);
    const operationName = requested ?? firstOperationName(document);
    if (mode === 'log') {
      logger.info(
        { requestId: requestScopeOf(res)?.requestId, clientKind: principal.kind, clientId: principal.clientId, operationHash: hash, operationName },
        'operation not in the trusted documents',
      );
      return withoutPersistedQuery(operation);
    }
    return new RequestRefusedError(
      400,
      'PERSISTED_QUERY_NOT_ALLOWED',
      'This operation is not in the trusted documents, and this client may run trusted documents only.',
    );
  }

  return (req, res, next) => {
    const principal = principalOf(res) ?? ANONYMOUS;
    if (req.method === 'GET') {
      const url = new URL(req.url, 'http://gateway.invalid');
      const extensions = url.searchParams.get('extensions');
      let decoded: unknown;
      try {
        decoded = extensions === null ? undefined : JSON.parse(extensions);
      } catch {
        next();
        return; // Apollo answers a malformed `extensions` parameter.
      }
      const operation: OperationRequest = { query: url.searchParams.get('query') ?? undefined, operationName: url.searchParams.get('operationName') ?? undefined, extensions: decoded };
      const checked = check(operation, principal, res);
      if (checked instanceof RequestRefusedError) {
        next(checked);
        return;
      }
      if (typeof checked.query === 'string') url.searchParams.set('query', checked.query);
      if (checked.extensions === undefined) url.searchParams.delete('extensions');
      else url.searchParams.set('extensions', JSON.stringify(checked.extensions));
      // Apollo's express integration reads a GET operation from req.url; express recomputes req.query from it.
      req.url = `${url.pathname}${url.search}`;
      next();
      return;
    }
    const body: unknown = req.body;
    const operations = Array.isArray(body) ? body : [body];
    const checked: unknown[] = [];
    for (const operation of operations) {
      if (operation === null || typeof operation !== 'object') {
        checked.push(operation);
        continue;
      }
      const result = check(operation as OperationRequest, principal, res);
      if (result instanceof RequestRefusedError) {
        next(result);
        return;
      }
      checked.push(result);
    }
    req.body = Array.isArray(body) ? checked : checked[0];
    next();
  };
}

/** `extensions.persistedQuery` when there is one, checked the way Apollo checks it. */
function persistedQueryOf(extensions: unknown): { sha256Hash: string } | undefined | RequestRefusedError {
  if (extensions === null || typeof extensions !== 'object') return undefined;
  const persisted = (extensions as { persistedQuery?: unknown }).persistedQuery;
  if (persisted === undefined || persisted === null) return undefined;
  const { version, sha256Hash } = persisted as { version?: unknown; sha256Hash?: unknown };
  if (version !== 1) return new RequestRefusedError(400, 'BAD_REQUEST', 'Unsupported persisted query version; send version 1.');
  if (typeof sha256Hash !== 'string') return new RequestRefusedError(400, 'BAD_REQUEST', 'extensions.persistedQuery.sha256Hash must be a string.');
  return { sha256Hash };
}

/** The operation without `extensions.persistedQuery`, which is this middleware's business alone. */
function withoutPersistedQuery(operation: OperationRequest): OperationRequest {
  if (operation.extensions === null || typeof operation.extensions !== 'object') return operation;
  const { persistedQuery: _handled, ...rest } = operation.extensions as Record<string, unknown>;
  const { extensions: _old, ...others } = operation;
  return Object.keys(rest).length > 0 ? { ...others, extensions: rest } : others;
}

function parseOrUndefined(query: string): DocumentNode | undefined {
  try {
    return parse(query);
  } catch {
    return undefined; // Apollo reports the syntax error, with its place.
  }
}

function firstOperationName(document: DocumentNode | undefined): string | undefined {
  for (const definition of document?.definitions ?? []) {
    if (definition.kind === Kind.OPERATION_DEFINITION) return definition.name?.value;
  }
  return undefined;
}
