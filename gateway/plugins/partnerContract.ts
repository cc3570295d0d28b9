/**
 * Partner contracts at the gateway: a partner system's requests are validated against its
 * contract (`schema/contracts/partner.graphql`), not the supergraph, and its introspection is
 * answered from the contract, so a partner never learns anything about the rest of the graph.
 *
 * - Validation uses graphql's standard rules against the contract. Its errors (HTTP 400,
 *   `GRAPHQL_VALIDATION_FAILED`) can only name what the client sent or what the contract holds:
 *   a field outside the contract gets the same message as a field that exists nowhere, and "Did you
 *   mean" suggestions are removed (they would only name contract fields, but production gives none).
 * - An operation whose root fields are all introspection (`__schema`, `__type`, `__typename`) is
 *   executed here against the contract schema and never reaches Apollo. An operation mixing
 *   introspection with data fields is refused with `BAD_REQUEST`: answering half of it here and
 *   half in Apollo, which introspects the supergraph, would leak; so would passing it on whole.
 * - A partner request must carry its query text (the trusted-documents middleware, which runs
 *   first, has put in the manifest's text for a hash-only request); one without is `BAD_REQUEST`,
 *   so no hash-only request reaches Apollo unvalidated.
 * - Batches: every operation is validated; introspection in a batch is refused (send it alone).
 *
 * Operations valid against the contract are valid against the supergraph, since the contract is a
 * subset of it with the same arguments (test/contract/partnerContract.test.ts); Apollo then runs
 * them as usual, with the gateway's own limits. Requests of other callers pass untouched.
 */
import type { RequestHandler, Response } from 'express';
import { PRINCIPAL_LOCAL } from './authentication.js';
import {
  GraphQLError,
  buildSchema,
  execute,
  parse,
  specifiedRules,
  validate,
  validateSchema,
  type DocumentNode,
  type GraphQLSchema,
  type ValidationRule,
} from 'graphql';
import { readFile } from 'node:fs/promises';
import type { Principal } from '../../subgraphs/common/auth/Principal.js';
import { isErrorCode, type ErrorCode } from '../../schema/errorCodes.js';
import { RequestRefusedError } from '../RequestRefusedError.js';
import { requestScopeOf } from '../requestScope.js';
import { rootFieldNames } from './rootFieldNames.js';

/** Options of `partnerContractMiddleware`. */
export interface PartnerContractOptions {
  /** The contract's schema, as `readPartnerContract` returns it (config `partnerContractPath`). */
  readonly contractSchema: GraphQLSchema;
  /**
   * The caller of a request. Default: `res.locals['principal']`, where the authentication
   * middleware puts it. Without a principal the request is not a partner's and passes untouched.
   */
  readonly principalOf?: (res: Response) => Principal | undefined;
  /**
   * Whether a partner may introspect the contract. Default `true`; pass the gateway's own setting
   * (off in production), since this middleware answers partner introspection instead of Apollo.
   */
  readonly introspection?: boolean;
  /**
   * Validation rules run after graphql's standard ones, such as the gateway's operation limits
   * (`createOperationLimits(...).validationRules`): the introspection answered here never reaches
   * Apollo, whose rules would otherwise apply. An error keeps its own catalogued
   * `extensions.code` (e.g. `OPERATION_LIMIT_EXCEEDED`). Default: none.
   */
  readonly validationRules?: readonly ValidationRule[];
}

/**
 * Reads and builds a contract's SDL file.
 *
 * @throws Error naming the file when it cannot be read or is not a valid schema (a start-up error)
 */
export async function readPartnerContract(file: string): Promise<GraphQLSchema> {
  let schema: GraphQLSchema;
  try {
    schema = buildSchema(await readFile(file, 'utf8'));
  } catch (error) {
    throw new Error(
      `Cannot read the partner contract ${file}: ${error instanceof Error ? error.message : String(error)}. ` +
        'Build it with `npm run schema:compose`, or point GATEWAY_PARTNER_CONTRACT at a contract SDL file.',
      { cause: error },
    );
  }
  const errors = validateSchema(schema);
  if (errors.length > 0) throw new Error(`The partner contract ${file} is not a valid schema: ${errors.map((error) => error.message).join('; ')}`);
  return schema;
}

/** True for a caller bound to the partner contract. A partner system always is, whatever its token says. */
export function isBoundToPartnerContract(principal: Principal | undefined): boolean {
  return principal !== undefined && (principal.contract === 'partner' || principal.kind === 'partner');
}

interface OperationRequest {
  query?: unknown;
  operationName?: unknown;
  variables?: unknown;
}

/** What to do with one checked operation. */
type Verdict =
  | { readonly kind: 'pass' }
  | { readonly kind: 'introspect'; readonly document: DocumentNode }
  | { readonly kind: 'invalid'; readonly errors: readonly GraphQLError[]; readonly code: ErrorCode }
  | { readonly kind: 'refuse'; readonly error: RequestRefusedError };

const INTROSPECTION_FIELDS = new Set(['__schema', '__type']);

/** The handler to put after the trusted-documents middleware, before Apollo. */
export function partnerContractMiddleware(options: PartnerContractOptions): RequestHandler {
  const { contractSchema } = options;
  const principalOf = options.principalOf ?? ((res: Response) => res.locals[PRINCIPAL_LOCAL] as Principal | undefined);
  const introspection = options.introspection ?? true;
  const rules = [...specifiedRules, ...(options.validationRules ?? [])];

  function check(operation: OperationRequest): Verdict {
    const { query, operationName } = operation;
    if (typeof query !== 'string' || query === '') {
      return {
        kind: 'refuse',
        error: new RequestRefusedError(400, 'BAD_REQUEST', 'A partner request must carry its query, or the sha256Hash of a trusted document.'),
      };
    }
    let document: DocumentNode;
    try {
      document = parse(query);
    } catch (error) {
      return { kind: 'invalid', code: 'GRAPHQL_PARSE_FAILED', errors: [error as GraphQLError] };
    }
    const errors = validate(contractSchema, document, rules);
    if (errors.length > 0) return { kind: 'invalid', code: 'GRAPHQL_VALIDATION_FAILED', errors: errors.map(withoutSuggestions) };
    const roots = rootFieldNames(document, typeof operationName === 'string' ? operationName : undefined);
    const introspects = roots.some((name) => INTROSPECTION_FIELDS.has(name));
    if (!introspects) return { kind: 'pass' };
    if (roots.some((name) => !name.startsWith('__'))) {
      return {
        kind: 'refuse',
        error: new RequestRefusedError(400, 'BAD_REQUEST', 'A partner operation may not mix introspection (__schema, __type) with data fields; send them as separate requests.'),
      };
    }
    if (!introspection) {
      return { kind: 'invalid', code: 'GRAPHQL_VALIDATION_FAILED', errors: [new GraphQLError('Introspection is turned off on this gateway.')] };
    }
    return { kind: 'introspect', document };
  }

  return async (req, res, next) => {
    if (!isBoundToPartnerContract(principalOf(res))) {
      next();
      return;
    }
    const get = req.method === 'GET';
    const body: unknown = req.body;
    const batch = !get && Array.isArray(body);
    const operations: OperationRequest[] = get
      ? [fromSearch(new URL(req.url, 'http://gateway.invalid').searchParams)]
      : (batch ? (body as unknown[]) : [body]).map((operation) => (operation !== null && typeof operation === 'object' ? (operation as OperationRequest) : {}));

    const verdicts = operations.map(check);
    const refusal = verdicts.find((verdict): verdict is Extract<Verdict, { kind: 'refuse' }> => verdict.kind === 'refuse');
    if (refusal) {
      next(refusal.error);
      return;
    }
    const invalid = verdicts.filter((verdict): verdict is Extract<Verdict, { kind: 'invalid' }> => verdict.kind === 'invalid');
    if (invalid.length > 0) {
      const requestId = requestScopeOf(res)?.requestId;
      res.status(400).json({
        errors: invalid.flatMap((verdict) =>
          verdict.errors.map((error) => ({
            message: error.message,
            ...(error.locations ? { locations: error.locations } : {}),
            extensions: { code: codeOf(error) ?? verdict.code, ...(requestId ? { requestId } : {}) },
          })),
        ),
      });
      return;
    }
    const [first] = verdicts;
    if (verdicts.some((verdict) => verdict.kind === 'introspect')) {
      if (batch || first?.kind !== 'introspect') {
        next(new RequestRefusedError(400, 'BAD_REQUEST', 'Send introspection alone, not in a batch.'));
        return;
      }
      const [operation] = operations;
      const variables = variablesOf(operation?.variables);
      if (variables instanceof RequestRefusedError) {
        next(variables);
        return;
      }
      const result = await execute({
        schema: contractSchema,
        document: first.document,
        operationName: typeof operation?.operationName === 'string' ? operation.operationName : undefined,
        variableValues: variables,
      });
      res.status(200).json(result);
      return;
    }
    next();
  };
}

/** The catalogued code a validation rule gave its error, if any. */
function codeOf(error: GraphQLError): ErrorCode | undefined {
  const code = error.extensions['code'];
  return isErrorCode(code) ? code : undefined;
}

/** Apollo's own way of hiding suggestions: the trailing "Did you mean …?" goes. */
function withoutSuggestions(error: GraphQLError): GraphQLError {
  const message = error.message.replace(/ ?Did you mean(.+?)\?$/, '');
  return message === error.message
    ? error
    : new GraphQLError(message, { nodes: error.nodes, source: error.source, positions: error.positions, extensions: error.extensions });
}

function fromSearch(search: URLSearchParams): OperationRequest {
  return {
    query: search.get('query') ?? undefined,
    operationName: search.get('operationName') ?? undefined,
    variables: search.get('variables') ?? undefined,
  };
}

/** Variables of an introspection request: an object in a POST body, a JSON text in a GET. */
function variablesOf(variables: unknown): Record<string, unknown> | undefined | RequestRefusedError {
  if (variables === undefined || variables === null) return undefined;
  let value = variables;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch {
      return new RequestRefusedError(400, 'BAD_REQUEST', 'The variables parameter is not valid JSON.');
    }
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return new RequestRefusedError(400, 'BAD_REQUEST', 'Variables must be a JSON object.');
  }
  return value as Record<string, unknown>;
}
