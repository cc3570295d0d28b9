/**
 * The gateway's configuration: one zod schema, the type inferred from it, and `loadConfig`, which
 * reads the environment and the command line once, reports every bad key together and returns a
 * deep-frozen object. Only `main.ts` calls `loadConfig`; everything else receives a `GatewayConfig`.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/** The committed supergraph, found from this file rather than from the working directory. */
const DEFAULT_SUPERGRAPH_PATH = fileURLToPath(new URL('../schema/supergraph.graphql', import.meta.url));

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
const NODE_ENVS = ['production', 'development', 'test'] as const;
const ASYMMETRIC_ALGORITHMS = ['ES256', 'ES384', 'ES512', 'RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'EdDSA'] as const;

/** `true`/`1` and `false`/`0` only: anything else is more likely a typo than a decision. */
const booleanFromEnv = z.stringbool({
  truthy: ['true', '1'],
  falsy: ['false', '0'],
  case: 'insensitive',
  error: 'expected true, false, 1 or 0',
});

const integerFromEnv = (min: number, max: number) =>
  z
    .string()
    .trim()
    .regex(/^\d+$/, `expected a whole number from ${min} to ${max}`)
    .transform(Number)
    .pipe(z.number().int().min(min, `expected at least ${min}`).max(max, `expected at most ${max}`));

/**
 * The configuration schema. Its input is what the environment and flags give (strings, absent
 * keys); its output is the typed configuration.
 */
export const gatewayConfigSchema = z
  .object({
    /** Interface to listen on. Default `127.0.0.1`: exposing the gateway is a deliberate choice. */
    host: z
      .string()
      .trim()
      .regex(/^[^\s/]+$/, 'expected a host name or IP address without scheme or path')
      .default('127.0.0.1'),
    /** TCP port. Default `4000`; `0` lets the system pick a free port (tests). */
    port: integerFromEnv(0, 65_535).default(4000),
    /** Absolute path of the supergraph SDL. Default `schema/supergraph.graphql` in this repository. */
    supergraphPath: z.string().min(1).default(DEFAULT_SUPERGRAPH_PATH),
    /**
     * Routing URLs that replace the supergraph's, keyed by subgraph name in lower case
     * (`GATEWAY_SUBGRAPH_DOCUMENTS_URL` gives key `documents`). Default: none.
     */
    subgraphUrls: z
      .record(
        z.string().regex(/^[a-z0-9_]+$/, 'expected a subgraph name of letters, digits and underscores'),
        z.url({ protocol: /^https?$/, message: 'expected an http:// or https:// URL' }),
      )
      .default({}),
    /** The whole request's budget in milliseconds, passed on to subgraphs as a deadline. Default `10000`. */
    requestTimeoutMs: integerFromEnv(1, 600_000).default(10_000),
    /** Default `development`. `production` turns off GraphiQL, introspection and field suggestions. */
    nodeEnv: z.enum(NODE_ENVS, `expected one of ${NODE_ENVS.join(', ')}`).default('development'),
    /** Serve the offline GraphiQL page. Default: on unless `nodeEnv` is `production`. */
    graphiql: booleanFromEnv.optional(),
    /** Deepest nesting of fields an operation may have (fragments add no level). Default `10`. */
    maxDepth: integerFromEnv(1, 100).default(10),
    /** Most aliases an operation may use (`__typename` aliases are free). Default `30`. */
    maxAliases: integerFromEnv(0, 1000).default(30),
    /**
     * Highest estimated cost of an operation (graphql-armor's model: 1 per scalar, 2 per object,
     * times 1.5 per level, times a literal `first`/`last` page size). Default `10000`.
     */
    maxCost: integerFromEnv(1, 10_000_000).default(10_000),
    /** Most lexical tokens an operation's text may have; checked before it is parsed. Default `1000`. */
    maxTokens: integerFromEnv(1, 100_000).default(1000),
    /** Most directives (`@include`, `@skip`...) an operation may use. Default `20`. */
    maxDirectives: integerFromEnv(0, 1000).default(20),
    /** Largest request body, in bytes. Default `102400` (100 KiB). */
    maxBodyBytes: integerFromEnv(1024, 104_857_600).default(102_400),
    /**
     * Most operations in one batched request (a JSON array of operations). Default `0`: batching
     * is off, and an array body is refused.
     */
    maxBatch: integerFromEnv(0, 100).default(0),
    /**
     * `iss` the identity provider writes into access tokens; only tokens from it are accepted.
     * Default `http://127.0.0.1:4101` (the simulated provider in the identity simulator).
     */
    authIssuer: z.url({ protocol: /^https?$/, message: 'expected an http:// or https:// URL' }).default('http://127.0.0.1:4101'),
    /** `aud` an access token must carry. Default `govgraph`. */
    authAudience: z.string().trim().min(1).default('govgraph'),
    /** The provider's JWKS. Default: `<authIssuer>/.well-known/jwks.json`. */
    authJwksUrl: z.url({ protocol: /^https?$/, message: 'expected an http:// or https:// URL' }).optional(),
    /**
     * Signature algorithms accepted, comma-separated. Default `ES256`. Only asymmetric algorithms
     * may be listed: an HMAC algorithm would let anyone holding the public key sign tokens.
     */
    authAlgorithms: z
      .string()
      .transform((text) => text.split(',').map((alg) => alg.trim()).filter((alg) => alg !== ''))
      .pipe(z.array(z.enum(ASYMMETRIC_ALGORITHMS, `expected a comma-separated list of ${ASYMMETRIC_ALGORITHMS.join(', ')}`)).min(1))
      .default(['ES256']),
    /** Seconds of clock difference tolerated on `exp` and `nbf`. Default `30`. */
    authClockToleranceSeconds: integerFromEnv(0, 300).default(30),
    /**
     * Least time between two fetches of the JWKS, in milliseconds; a token with an unknown `kid`
     * triggers a fetch (key rotation) unless one happened this recently. Default `5000`.
     */
    authJwksCooldownMs: integerFromEnv(0, 600_000).default(5_000),
    /**
     * PKCS#8 PEM file of the ES256 key the gateway signs internal tokens with. Default: a key made
     * at start-up, which suits one replica; several replicas behind one balancer need one key
     * (or every replica's JWKS) so subgraphs trust them all.
     */
    internalKeyFile: z.string().min(1).optional(),
    /** pino log level. Default `info`. */
    logLevel: z.enum(LOG_LEVELS, `expected one of ${LOG_LEVELS.join(', ')}`).default('info'),
    /**
     * Keep @apollo/gateway's anonymous usage data to Apollo off. Default `true`: a government
     * gateway does not phone home unless an operator explicitly sets `false`.
     */
    apolloTelemetryDisabled: booleanFromEnv.default(true),
  })
  .strict()
  .transform((config) => ({
    ...config,
    graphiql: config.graphiql ?? config.nodeEnv !== 'production',
    authJwksUrl: config.authJwksUrl ?? `${config.authIssuer.replace(/\/+$/, '')}/.well-known/jwks.json`,
  }));

type DeepReadonly<T> = T extends object ? { readonly [K in keyof T]: DeepReadonly<T[K]> } : T;

/** The validated, frozen configuration of one gateway process. */
export type GatewayConfig = DeepReadonly<z.output<typeof gatewayConfigSchema>>;

type ConfigField = keyof z.input<typeof gatewayConfigSchema>;

/** Where each field comes from and how an operator fixes a bad value. */
const FIELDS: Record<Exclude<ConfigField, 'subgraphUrls'>, { env: string; flag?: string; fix: string }> = {
  host: { env: 'GATEWAY_HOST', flag: '--host', fix: 'set it to a host name or IP address, e.g. 127.0.0.1 or 0.0.0.0' },
  port: { env: 'GATEWAY_PORT', flag: '--port', fix: 'set it to a TCP port from 0 to 65535, e.g. 4000 (0 picks a free port)' },
  supergraphPath: {
    env: 'GATEWAY_SUPERGRAPH',
    flag: '--supergraph',
    fix: 'set it to the path of a supergraph SDL file, e.g. schema/supergraph.graphql',
  },
  requestTimeoutMs: {
    env: 'GATEWAY_REQUEST_TIMEOUT_MS',
    fix: 'set it to the request budget in milliseconds, from 1 to 600000, e.g. 10000',
  },
  maxDepth: { env: 'GATEWAY_MAX_DEPTH', fix: 'set it to the deepest nesting allowed, from 1 to 100, e.g. 10' },
  maxAliases: { env: 'GATEWAY_MAX_ALIASES', fix: 'set it to the most aliases an operation may use, from 0 to 1000, e.g. 30' },
  maxCost: { env: 'GATEWAY_MAX_COST', fix: 'set it to the highest estimated cost allowed, from 1 to 10000000, e.g. 10000' },
  maxTokens: { env: 'GATEWAY_MAX_TOKENS', fix: 'set it to the most tokens an operation may have, from 1 to 100000, e.g. 1000' },
  maxDirectives: {
    env: 'GATEWAY_MAX_DIRECTIVES',
    fix: 'set it to the most directives an operation may use, from 0 to 1000, e.g. 20',
  },
  maxBodyBytes: {
    env: 'GATEWAY_MAX_BODY_BYTES',
    fix: 'set it to the largest request body in bytes, from 1024 to 104857600, e.g. 102400',
  },
  maxBatch: {
    env: 'GATEWAY_MAX_BATCH',
    fix: 'set it to the most operations in one batched request, from 0 (batching off) to 100',
  },
  authIssuer: { env: 'GATEWAY_AUTH_ISSUER', fix: 'set it to the identity provider\'s issuer URL, e.g. https://id.example.gov.vn' },
  authAudience: { env: 'GATEWAY_AUTH_AUDIENCE', fix: 'set it to the audience tokens are issued for, e.g. govgraph' },
  authJwksUrl: { env: 'GATEWAY_AUTH_JWKS_URL', fix: 'set it to the provider\'s JWKS URL, or leave it unset for <issuer>/.well-known/jwks.json' },
  authAlgorithms: { env: 'GATEWAY_AUTH_ALGORITHMS', fix: `set it to a comma-separated list of ${ASYMMETRIC_ALGORITHMS.join(', ')}, e.g. ES256` },
  authClockToleranceSeconds: { env: 'GATEWAY_AUTH_CLOCK_TOLERANCE_SECONDS', fix: 'set it to seconds from 0 to 300, e.g. 30' },
  authJwksCooldownMs: { env: 'GATEWAY_AUTH_JWKS_COOLDOWN_MS', fix: 'set it to milliseconds from 0 to 600000, e.g. 5000' },
  internalKeyFile: { env: 'GATEWAY_INTERNAL_KEY_FILE', fix: 'set it to the path of a PKCS#8 PEM file holding an ES256 (P-256) private key' },
  nodeEnv: { env: 'NODE_ENV', fix: `set it to one of ${NODE_ENVS.join(', ')}, or leave it unset` },
  graphiql: { env: 'GATEWAY_GRAPHIQL', fix: 'set it to true or false, or leave it unset' },
  logLevel: { env: 'GATEWAY_LOG_LEVEL', fix: `set it to one of ${LOG_LEVELS.join(', ')}` },
  apolloTelemetryDisabled: {
    env: 'APOLLO_TELEMETRY_DISABLED',
    fix: 'set it to true (the default) or false, or leave it unset',
  },
};

const SUBGRAPH_URL_KEY = /^GATEWAY_SUBGRAPH_(.+)_URL$/;
const SUBGRAPH_URL_FIX = 'set it to the subgraph\'s GraphQL endpoint, e.g. http://127.0.0.1:4101/graphql';

/**
 * The environment-variable spelling of a subgraph name: `documents` → `DOCUMENTS`, `case-files` →
 * `CASE_FILES`. Used to match `GATEWAY_SUBGRAPH_<NAME>_URL` to the supergraph's subgraph names.
 */
export function subgraphEnvName(subgraphName: string): string {
  return subgraphName.toUpperCase().replace(/[^A-Z0-9]/g, '_');
}

/** One bad key, as reported to the operator. */
export interface ConfigIssue {
  /** The environment variable or flag that carries the bad value. */
  readonly key: string;
  /** What is wrong and how to fix it. */
  readonly message: string;
}

/** Thrown by `loadConfig` with every problem found; a start-up error, never a GraphQL error. */
export class GatewayConfigError extends Error {
  /** Stable code to match on (STYLE: errors are matched by code, not by class). */
  readonly code = 'GATEWAY_CONFIG_INVALID';
  /** Every problem found, in the order reported. */
  readonly issues: readonly ConfigIssue[];

  constructor(issues: readonly ConfigIssue[]) {
    super(
      `Invalid gateway configuration (${issues.length} problem${issues.length === 1 ? '' : 's'}):\n` +
        issues.map((issue) => `  - ${issue.key}: ${issue.message}`).join('\n'),
    );
    this.name = 'GatewayConfigError';
    this.issues = issues;
  }
}

/** Options of `loadConfig` that tests may set. */
export interface LoadConfigOptions {
  /** Directory against which a relative supergraph path from env or flag is resolved. Default `process.cwd()`. */
  readonly cwd?: string;
}

/**
 * Reads the gateway's configuration from environment variables and command-line flags (flags win).
 *
 * Keys: `GATEWAY_HOST`, `GATEWAY_PORT`, `GATEWAY_SUPERGRAPH`, `GATEWAY_SUBGRAPH_<NAME>_URL`,
 * `GATEWAY_REQUEST_TIMEOUT_MS`, the operation limits `GATEWAY_MAX_DEPTH`, `GATEWAY_MAX_ALIASES`,
 * `GATEWAY_MAX_COST`, `GATEWAY_MAX_TOKENS`, `GATEWAY_MAX_DIRECTIVES`, `GATEWAY_MAX_BODY_BYTES`,
 * `GATEWAY_MAX_BATCH`, and `GATEWAY_GRAPHIQL`, `GATEWAY_LOG_LEVEL`, `NODE_ENV`,
 * `APOLLO_TELEMETRY_DISABLED`. Flags: `--supergraph PATH`, `--port N`, `--host H` (also `--flag=value`).
 * An empty variable counts as unset. Any other `GATEWAY_*` variable is reported, since it is
 * most likely a misspelt key.
 *
 * @param env the environment, usually `process.env`
 * @param argv the arguments after the script name, usually `process.argv.slice(2)`
 * @throws GatewayConfigError listing every bad key with how to fix it
 */
export function loadConfig(
  env: Readonly<Record<string, string | undefined>>,
  argv: readonly string[] = [],
  options: LoadConfigOptions = {},
): GatewayConfig {
  const cwd = options.cwd ?? process.cwd();
  const issues: ConfigIssue[] = [];
  const flags = parseFlags(argv, issues);

  const input: Partial<Record<ConfigField, unknown>> = {};
  const labels = new Map<string, string>();
  for (const [field, spec] of Object.entries(FIELDS) as [keyof typeof FIELDS, (typeof FIELDS)[keyof typeof FIELDS]][]) {
    const fromFlag = spec.flag === undefined ? undefined : flags.get(spec.flag);
    const value = fromFlag ?? nonEmpty(env[spec.env]);
    if (value === undefined) continue;
    input[field] = value;
    labels.set(field, fromFlag === undefined ? spec.env : spec.flag!);
  }
  if (typeof input.supergraphPath === 'string') {
    input.supergraphPath = path.resolve(cwd, input.supergraphPath);
  }
  if (typeof input.internalKeyFile === 'string') {
    input.internalKeyFile = path.resolve(cwd, input.internalKeyFile);
  }

  const subgraphUrls: Record<string, string> = {};
  for (const [key, raw] of Object.entries(env)) {
    const value = nonEmpty(raw);
    if (!key.startsWith('GATEWAY_') || value === undefined) continue;
    const match = SUBGRAPH_URL_KEY.exec(key);
    if (match) {
      const name = match[1]!;
      if (!/^[A-Z0-9_]+$/.test(name)) {
        issues.push({ key, message: `the subgraph name must be upper case letters, digits and underscores (GATEWAY_SUBGRAPH_${subgraphEnvName(name)}_URL)` });
        continue;
      }
      subgraphUrls[name.toLowerCase()] = value;
      labels.set(`subgraphUrls.${name.toLowerCase()}`, key);
    } else if (!Object.values(FIELDS).some((spec) => spec.env === key)) {
      issues.push({ key, message: `unknown gateway setting; known keys are ${knownKeys()}` });
    }
  }
  input.subgraphUrls = subgraphUrls;

  const result = gatewayConfigSchema.safeParse(input);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const [field, name] = issue.path.map(String);
      const label = field === 'subgraphUrls' ? labels.get(`subgraphUrls.${name}`) : labels.get(field ?? '');
      const key = label ?? (field === undefined ? '(config)' : (FIELDS[field as keyof typeof FIELDS]?.env ?? field));
      const raw = field === 'subgraphUrls' ? subgraphUrls[name ?? ''] : input[field as ConfigField];
      const fix = field === 'subgraphUrls' ? SUBGRAPH_URL_FIX : FIELDS[field as keyof typeof FIELDS]?.fix;
      issues.push({ key, message: `${issue.message}, got ${describeValue(raw)}${fix ? `; ${fix}` : ''}` });
    }
  }
  if (issues.length > 0 || !result.success) {
    throw new GatewayConfigError(issues);
  }
  return deepFreeze(result.data);
}

const KNOWN_FLAGS = new Set(Object.values(FIELDS).flatMap((spec) => (spec.flag ? [spec.flag] : [])));

function parseFlags(argv: readonly string[], issues: ConfigIssue[]): Map<string, string> {
  const flags = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [name, inline] = arg.startsWith('--') && arg.includes('=') ? splitOnce(arg, '=') : [arg, undefined];
    if (!KNOWN_FLAGS.has(name)) {
      issues.push({ key: arg, message: `unknown argument; the gateway accepts ${[...KNOWN_FLAGS].join(', ')}` });
      continue;
    }
    const value = inline ?? argv[i + 1];
    if (value === undefined || value === '' || (inline === undefined && value.startsWith('--'))) {
      issues.push({ key: name, message: `missing value; write ${name} VALUE` });
      continue;
    }
    if (inline === undefined) i++;
    flags.set(name, value);
  }
  return flags;
}

function splitOnce(text: string, separator: string): [string, string] {
  const at = text.indexOf(separator);
  return [text.slice(0, at), text.slice(at + separator.length)];
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value;
}

function knownKeys(): string {
  return [...Object.values(FIELDS).map((spec) => spec.env), 'GATEWAY_SUBGRAPH_<NAME>_URL'].join(', ');
}

/** Quotes a bad value for the message, hiding URL credentials and cutting long values. */
function describeValue(value: unknown): string {
  if (typeof value !== 'string') return 'nothing';
  const shown = value.replace(/\/\/[^/@\s]*@/, '//***@');
  return JSON.stringify(shown.length > 120 ? `${shown.slice(0, 120)}…` : shown);
}

function deepFreeze<T>(value: T): DeepReadonly<T> {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value as DeepReadonly<T>;
}
