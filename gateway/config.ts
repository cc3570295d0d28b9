/**
 * The gateway's configuration: one zod schema, the type inferred from it, and `loadConfig`, which
 * reads the environment and the command line once, reports every bad key together and returns a
 * deep-frozen object. Only `main.ts` calls `loadConfig`; everything else receives a `GatewayConfig`.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { DEFAULT_ACCESS_LOG_FILE, DEVELOPMENT_ACCESS_LOG_SUBJECT_KEY, MIN_SUBJECT_KEY_LENGTH } from '../accessLog/accessLogDefaults.js';

/** The committed supergraph, found from this file rather than from the working directory. */
const DEFAULT_SUPERGRAPH_PATH = fileURLToPath(new URL('../schema/supergraph.graphql', import.meta.url));
/** The committed trusted-document manifest. */
const DEFAULT_TRUSTED_DOCUMENTS_PATH = fileURLToPath(new URL('../schema/trusted-documents.json', import.meta.url));
/** The committed partner contract. */
const DEFAULT_PARTNER_CONTRACT_PATH = fileURLToPath(new URL('../schema/contracts/partner.graphql', import.meta.url));

/**
 * What the gateway does with an operation that is not in the trusted documents: `off` nothing,
 * `log` logs it (hash and operation name) and runs it, `enforce` refuses it.
 */
export const TRUSTED_DOCUMENTS_MODES = ['off', 'log', 'enforce'] as const;
export type TrustedDocumentsMode = (typeof TRUSTED_DOCUMENTS_MODES)[number];
const trustedDocumentsMode = z.enum(TRUSTED_DOCUMENTS_MODES, `expected one of ${TRUSTED_DOCUMENTS_MODES.join(', ')}`);
const MODE_FIX = `set it to one of ${TRUSTED_DOCUMENTS_MODES.join(', ')}`;

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

/** A decimal such as `50` or `0.5`, for rates. */
const positiveNumberFromEnv = (max: number) =>
  z
    .string()
    .trim()
    .regex(/^\d+(\.\d+)?$/, `expected a number above 0 and at most ${max}, such as 50 or 0.5`)
    .transform(Number)
    .pipe(z.number().positive('expected a number above 0').max(max, `expected at most ${max}`));

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
    /**
     * Apply per-client rate limits (token buckets) to GraphQL requests. Default `true`; turn off
     * only where something in front of the gateway already limits each client.
     */
    rateLimitEnabled: booleanFromEnv.default(true),
    /**
     * Burst of an official's or a citizen's bucket: operations they may send at once. Default
     * `300`: a page load or a test suite firing hundreds of operations passes, a runaway script
     * is stopped within a second or two.
     */
    rateLimitCapacity: integerFromEnv(1, 1_000_000).default(300),
    /**
     * Sustained operations a second for an official or a citizen. Default `50`: a dashboard
     * refreshing every few seconds uses well under 1 a second, so even a room of open tabs never
     * meets the limit; a loop hammering the source systems does.
     */
    rateLimitRefillPerSecond: positiveNumberFromEnv(100_000).default(50),
    /**
     * Burst of an anonymous caller's bucket, per client IP address. Default `120`: smaller than an
     * authenticated caller's, since anyone can be anonymous, yet one address may be a whole
     * office behind one NAT reading the public directory and published scores.
     */
    rateLimitAnonymousCapacity: integerFromEnv(1, 1_000_000).default(120),
    /** Sustained operations a second per anonymous client IP address. Default `20`. */
    rateLimitAnonymousRefillPerSecond: positiveNumberFromEnv(100_000).default(20),
    /**
     * Burst of a partner system's bucket, per OAuth2 client id. Default `600`: a partner syncs in
     * runs (every shared indicator and published index at once), then stays idle.
     */
    rateLimitPartnerCapacity: integerFromEnv(1, 1_000_000).default(600),
    /**
     * Sustained operations a second per partner system. Default `10` (36,000 an hour): a machine
     * never tires, so its steady rate is lower than a person's bursts, and a misbehaving partner
     * cannot crowd the city's own officials off the source systems.
     */
    rateLimitPartnerRefillPerSecond: positiveNumberFromEnv(100_000).default(10),
    /**
     * Redis holding the buckets, so every gateway replica shares one budget per client. Default:
     * none, and buckets live in each replica's memory (each replica then grants the full budget).
     */
    rateLimitRedisUrl: z.url({ protocol: /^rediss?$/, message: 'expected a redis:// or rediss:// URL' }).optional(),
    /**
     * Key for the HMAC that hides citizens' personal ids and callers' IP addresses in bucket keys.
     * Every replica sharing a Redis needs the same one. Default: none; then a random key per
     * process with memory buckets, and a plain SHA-256 with Redis (which a determined reader of
     * Redis can reverse for 12-digit ids: set this key in production).
     */
    rateLimitHashSecret: z.string().min(32, 'expected at least 32 characters').optional(),
    /** pino log level. Default `info`. */
    logLevel: z.enum(LOG_LEVELS, `expected one of ${LOG_LEVELS.join(', ')}`).default('info'),
    /**
     * Keep @apollo/gateway's anonymous usage data to Apollo off. Default `true`: a government
     * gateway does not phone home unless an operator explicitly sets `false`.
     */
    apolloTelemetryDisabled: booleanFromEnv.default(true),
    /** Absolute path of the trusted-document manifest. Default `schema/trusted-documents.json` in this repository. */
    trustedDocumentsPath: z.string().min(1).default(DEFAULT_TRUSTED_DOCUMENTS_PATH),
    /** Trusted-document mode for requests without a token. Default `log`. */
    trustedDocumentsModeAnonymous: trustedDocumentsMode.default('log'),
    /** Trusted-document mode for officials. Default `log`. */
    trustedDocumentsModeOfficial: trustedDocumentsMode.default('log'),
    /** Trusted-document mode for citizens. Default `log`. */
    trustedDocumentsModeCitizen: trustedDocumentsMode.default('log'),
    /** Trusted-document mode for partner systems. Default `enforce`: they run only listed operations. */
    trustedDocumentsModePartner: trustedDocumentsMode.default('enforce'),
    /** Absolute path of the partner contract's SDL. Default `schema/contracts/partner.graphql` in this repository. */
    partnerContractPath: z.string().min(1).default(DEFAULT_PARTNER_CONTRACT_PATH),
    /**
     * The access log's JSON-lines file (and its `.head` anchor beside it), used unless
     * `accessLogPostgresUrl` is set. Default `var/access-log.jsonl` in this repository.
     */
    accessLogFile: z.string().min(1).default(DEFAULT_ACCESS_LOG_FILE),
    /** PostgreSQL URL of the access log; when set, the log goes there (replicas share one chain). Default: unset. */
    accessLogPostgresUrl: z.url({ protocol: /^postgres(ql)?$/, message: 'expected a postgres:// or postgresql:// URL' }).optional(),
    /**
     * Key of the keyed hashes (HMAC-SHA256) under which citizens' personal ids enter the access
     * log; the auditor's lookup needs the same key. Default: {@link DEVELOPMENT_ACCESS_LOG_SUBJECT_KEY}
     * outside production; required in production.
     */
    accessLogSubjectKey: z
      .string()
      .min(MIN_SUBJECT_KEY_LENGTH, `expected at least ${MIN_SUBJECT_KEY_LENGTH} characters`)
      .optional(),
  })
  .strict()
  .superRefine((config, context) => {
    if (config.nodeEnv === 'production' && config.accessLogSubjectKey === undefined) {
      context.addIssue({
        code: 'custom',
        path: ['accessLogSubjectKey'],
        message: 'production needs its own access-log subject key (the development default is public)',
      });
    }
  })
  .transform(
    ({ trustedDocumentsModeAnonymous, trustedDocumentsModeOfficial, trustedDocumentsModeCitizen, trustedDocumentsModePartner, ...config }) => ({
      ...config,
      graphiql: config.graphiql ?? config.nodeEnv !== 'production',
      authJwksUrl: config.authJwksUrl ?? `${config.authIssuer.replace(/\/+$/, '')}/.well-known/jwks.json`,
      accessLogSubjectKey: config.accessLogSubjectKey ?? DEVELOPMENT_ACCESS_LOG_SUBJECT_KEY,
      /** The trusted-document mode of each kind of client (`Principal.kind`). */
      trustedDocumentsModes: {
        anonymous: trustedDocumentsModeAnonymous,
        official: trustedDocumentsModeOfficial,
        citizen: trustedDocumentsModeCitizen,
        partner: trustedDocumentsModePartner,
      },
    }),
  );

type DeepReadonly<T> = T extends object ? { readonly [K in keyof T]: DeepReadonly<T[K]> } : T;

/** The validated, frozen configuration of one gateway process. */
export type GatewayConfig = DeepReadonly<z.output<typeof gatewayConfigSchema>>;

type ConfigField = keyof z.input<typeof gatewayConfigSchema>;

/** Where each field comes from and how an operator fixes a bad value. */
const FIELDS: Record<Exclude<ConfigField, 'subgraphUrls'>, { env: string; flag?: string; fix: string; secret?: boolean }> = {
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
  rateLimitEnabled: { env: 'GATEWAY_RATE_LIMIT_ENABLED', fix: 'set it to true (the default) or false, or leave it unset' },
  rateLimitCapacity: {
    env: 'GATEWAY_RATE_LIMIT_CAPACITY',
    fix: 'set it to the burst of operations an official or citizen may send, from 1 to 1000000, e.g. 300',
  },
  rateLimitRefillPerSecond: {
    env: 'GATEWAY_RATE_LIMIT_REFILL_PER_SECOND',
    fix: 'set it to the operations a second an official or citizen may sustain, above 0, e.g. 50',
  },
  rateLimitAnonymousCapacity: {
    env: 'GATEWAY_RATE_LIMIT_ANONYMOUS_CAPACITY',
    fix: 'set it to the burst of operations per anonymous IP address, from 1 to 1000000, e.g. 120',
  },
  rateLimitAnonymousRefillPerSecond: {
    env: 'GATEWAY_RATE_LIMIT_ANONYMOUS_REFILL_PER_SECOND',
    fix: 'set it to the operations a second per anonymous IP address, above 0, e.g. 20',
  },
  rateLimitPartnerCapacity: {
    env: 'GATEWAY_RATE_LIMIT_PARTNER_CAPACITY',
    fix: 'set it to the burst of operations a partner system may send, from 1 to 1000000, e.g. 600',
  },
  rateLimitPartnerRefillPerSecond: {
    env: 'GATEWAY_RATE_LIMIT_PARTNER_REFILL_PER_SECOND',
    fix: 'set it to the operations a second a partner system may sustain, above 0, e.g. 10',
  },
  rateLimitRedisUrl: {
    env: 'GATEWAY_RATE_LIMIT_REDIS_URL',
    fix: 'set it to the Redis holding the shared buckets, e.g. redis://redis.internal:6379, or leave it unset for memory buckets',
  },
  rateLimitHashSecret: {
    env: 'GATEWAY_RATE_LIMIT_HASH_SECRET',
    fix: 'set it to a random string of at least 32 characters, the same on every replica, e.g. from `openssl rand -base64 32`',
    secret: true,
  },
  nodeEnv: { env: 'NODE_ENV', fix: `set it to one of ${NODE_ENVS.join(', ')}, or leave it unset` },
  graphiql: { env: 'GATEWAY_GRAPHIQL', fix: 'set it to true or false, or leave it unset' },
  logLevel: { env: 'GATEWAY_LOG_LEVEL', fix: `set it to one of ${LOG_LEVELS.join(', ')}` },
  apolloTelemetryDisabled: {
    env: 'APOLLO_TELEMETRY_DISABLED',
    fix: 'set it to true (the default) or false, or leave it unset',
  },
  trustedDocumentsPath: {
    env: 'GATEWAY_TRUSTED_DOCUMENTS',
    fix: 'set it to the path of a persisted-query manifest, e.g. schema/trusted-documents.json',
  },
  trustedDocumentsModeAnonymous: { env: 'GATEWAY_TRUSTED_DOCUMENTS_MODE_ANONYMOUS', fix: MODE_FIX },
  trustedDocumentsModeOfficial: { env: 'GATEWAY_TRUSTED_DOCUMENTS_MODE_OFFICIAL', fix: MODE_FIX },
  trustedDocumentsModeCitizen: { env: 'GATEWAY_TRUSTED_DOCUMENTS_MODE_CITIZEN', fix: MODE_FIX },
  trustedDocumentsModePartner: { env: 'GATEWAY_TRUSTED_DOCUMENTS_MODE_PARTNER', fix: MODE_FIX },
  partnerContractPath: {
    env: 'GATEWAY_PARTNER_CONTRACT',
    fix: 'set it to the path of the partner contract SDL, e.g. schema/contracts/partner.graphql',
  },
  accessLogFile: {
    env: 'GATEWAY_ACCESS_LOG_FILE',
    fix: 'set it to the path of the access log file, e.g. var/access-log.jsonl',
  },
  accessLogPostgresUrl: {
    env: 'GATEWAY_ACCESS_LOG_POSTGRES_URL',
    fix: 'set it to a PostgreSQL connection URL, e.g. postgres://govgraph@db.internal:5432/govgraph, or leave it unset for the file',
  },
  accessLogSubjectKey: {
    env: 'GATEWAY_ACCESS_LOG_SUBJECT_KEY',
    fix: `set it to a random secret of at least ${MIN_SUBJECT_KEY_LENGTH} characters (e.g. openssl rand -hex 32), the same one the identity subgraph's IDENTITY_ACCESS_LOG_SUBJECT_KEY has`,
    secret: true,
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
 * `GATEWAY_MAX_BATCH`, the rate limits `GATEWAY_RATE_LIMIT_ENABLED`, `GATEWAY_RATE_LIMIT_CAPACITY`,
 * `GATEWAY_RATE_LIMIT_REFILL_PER_SECOND`, `GATEWAY_RATE_LIMIT_ANONYMOUS_CAPACITY`,
 * `GATEWAY_RATE_LIMIT_ANONYMOUS_REFILL_PER_SECOND`, `GATEWAY_RATE_LIMIT_PARTNER_CAPACITY`,
 * `GATEWAY_RATE_LIMIT_PARTNER_REFILL_PER_SECOND`, `GATEWAY_RATE_LIMIT_REDIS_URL`,
 * `GATEWAY_RATE_LIMIT_HASH_SECRET`, the access log's `GATEWAY_ACCESS_LOG_FILE`,
 * `GATEWAY_ACCESS_LOG_POSTGRES_URL`, `GATEWAY_ACCESS_LOG_SUBJECT_KEY` (required in production), and `GATEWAY_GRAPHIQL`, `GATEWAY_LOG_LEVEL`, `NODE_ENV`,
 * `APOLLO_TELEMETRY_DISABLED`, the trusted documents `GATEWAY_TRUSTED_DOCUMENTS` (path) and
 * `GATEWAY_TRUSTED_DOCUMENTS_MODE_<ANONYMOUS|OFFICIAL|CITIZEN|PARTNER>` (off, log, enforce), and
 * `GATEWAY_PARTNER_CONTRACT` (path), and the `GATEWAY_AUTH_*` settings. Relative paths are resolved against `cwd`. Flags: `--supergraph PATH`, `--port N`, `--host H` (also `--flag=value`).
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
  for (const field of ['supergraphPath', 'trustedDocumentsPath', 'partnerContractPath'] as const) {
    const value = input[field];
    if (typeof value === 'string') input[field] = path.resolve(cwd, value);
  }
  if (typeof input.internalKeyFile === 'string') {
    input.internalKeyFile = path.resolve(cwd, input.internalKeyFile);
  }
  if (typeof input.accessLogFile === 'string') {
    input.accessLogFile = path.resolve(cwd, input.accessLogFile);
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
      const spec = field === 'subgraphUrls' ? undefined : FIELDS[field as keyof typeof FIELDS];
      const fix = field === 'subgraphUrls' ? SUBGRAPH_URL_FIX : spec?.fix;
      // A secret is never quoted back, not even a bad one: it may be the real one, cut short.
      const got = spec?.secret && typeof raw === 'string' ? `a value of ${raw.length} characters` : describeValue(raw);
      issues.push({ key, message: `${issue.message}, got ${got}${fix ? `; ${fix}` : ''}` });
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
