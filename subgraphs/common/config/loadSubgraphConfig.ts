import { z } from 'zod';
import { DEFAULT_ACCESS_LOG_FILE, DEVELOPMENT_ACCESS_LOG_SUBJECT_KEY, MIN_SUBJECT_KEY_LENGTH } from '../../../accessLog/accessLogDefaults.js';

/** Config every subgraph deployable shares; keys carry the subgraph's prefix (`DOCUMENTS_PORT`). */
export interface SubgraphConfig {
  /** Interface to listen on. Default `127.0.0.1`. */
  readonly host: string;
  /** Port to listen on. */
  readonly port: number;
  /** Base URL of the upstream (legacy) system's API. */
  readonly upstreamUrl: string;
  /** Time one upstream attempt may take. Default 3000 ms. */
  readonly attemptTimeoutMs: number;
  /** Retries of a failed upstream read. Default 2. */
  readonly retries: number;
  /** Consecutive failures that open the breaker. Default 5. */
  readonly breakerThreshold: number;
  /** Open-breaker pause before a trial call. Default 10000 ms. */
  readonly breakerHalfOpenAfterMs: number;
  /** Budget of a request that came without a deadline. Default 10000 ms. */
  readonly defaultBudgetMs: number;
  readonly logLevel: string;
  /**
   * The gateway's JWKS, whose keys sign the internal tokens this subgraph accepts. Default
   * `http://127.0.0.1:4000/internal/jwks.json` (the gateway on its default port).
   */
  readonly gatewayJwksUrl: string;
  /**
   * Base URL of the identity and directory system's legacy API, whose agency tree decides
   * officials' agency scopes (`<PREFIX>_DIRECTORY_URL`). Default `http://127.0.0.1:4101` (the
   * identity simulator on its default port).
   */
  readonly directoryUrl: string;
  /**
   * Credentials for the upstream system, from `<PREFIX>_CLIENT_ID`, `_CLIENT_SECRET`, `_API_KEY`,
   * `_HMAC_KEY_ID`, `_HMAC_SECRET`, `_TOKEN_URL`; each system uses the ones its API needs. Defaults
   * are the simulators' own. Never logged.
   */
  readonly credentials: Readonly<UpstreamCredentials>;
  /** Where the access log is read (the identity subgraph's auditor lookup); absent for other subgraphs. */
  readonly accessLog?: Readonly<AccessLogReadConfig>;
}

/**
 * The access log a subgraph reads, from `<PREFIX>_ACCESS_LOG_FILE`, `_ACCESS_LOG_POSTGRES_URL` and
 * `_ACCESS_LOG_SUBJECT_KEY`; the defaults are the gateway's, so both meet at the same log.
 */
export interface AccessLogReadConfig {
  /** The JSON-lines file. Default `var/access-log.jsonl` in this repository. */
  readonly file: string;
  /** PostgreSQL URL; when set it is read instead of the file. Default: unset. */
  readonly postgresUrl?: string;
  /**
   * The gateway's subject key (`GATEWAY_ACCESS_LOG_SUBJECT_KEY`). Default: the public development
   * key; required when `NODE_ENV=production`.
   */
  readonly subjectKey: string;
}

export interface UpstreamCredentials {
  readonly clientId?: string;
  readonly clientSecret?: string;
  readonly tokenUrl?: string;
  readonly apiKey?: string;
  readonly hmacKeyId?: string;
  readonly hmacSecret?: string;
}

const CREDENTIAL_KEYS = {
  clientId: 'CLIENT_ID',
  clientSecret: 'CLIENT_SECRET',
  tokenUrl: 'TOKEN_URL',
  apiKey: 'API_KEY',
  hmacKeyId: 'HMAC_KEY_ID',
  hmacSecret: 'HMAC_SECRET',
} as const satisfies Record<keyof UpstreamCredentials, string>;

/** The identity simulator on its default port: the directory of the embedded default. */
export const DEFAULT_DIRECTORY_URL = 'http://127.0.0.1:4101';

const integer = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

/**
 * Reads `<PREFIX>_*` keys from the environment, reporting every bad key at once with how to fix
 * it, and returns a frozen config. Only `main.ts` files call it.
 */
export function loadSubgraphConfig(
  prefix: string,
  env: NodeJS.ProcessEnv,
  defaults: { port: number; upstreamUrl: string; credentials?: UpstreamCredentials; accessLog?: boolean },
): Readonly<SubgraphConfig> {
  const key = (name: string) => `${prefix}_${name}`;
  const schema = z.object({
    [key('HOST')]: z.string().min(1).default('127.0.0.1'),
    [key('PORT')]: integer(0, 65535).default(defaults.port),
    [key('UPSTREAM_URL')]: z.url({ protocol: /^https?$/ }).default(defaults.upstreamUrl),
    [key('TIMEOUT_MS')]: integer(10, 120_000).default(3000),
    [key('RETRIES')]: integer(0, 5).default(2),
    [key('BREAKER_THRESHOLD')]: integer(1, 1000).default(5),
    [key('BREAKER_HALF_OPEN_MS')]: integer(10, 600_000).default(10_000),
    [key('DEFAULT_BUDGET_MS')]: integer(100, 120_000).default(10_000),
    [key('GATEWAY_JWKS_URL')]: z.url({ protocol: /^https?$/ }).default('http://127.0.0.1:4000/internal/jwks.json'),
    [key('DIRECTORY_URL')]: z.url({ protocol: /^https?$/ }).default(DEFAULT_DIRECTORY_URL),
    [key('LOG_LEVEL')]: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    ...Object.fromEntries(Object.values(CREDENTIAL_KEYS).map((name) => [key(name), z.string().min(1).optional()])),
    ...(defaults.accessLog
      ? {
          [key('ACCESS_LOG_FILE')]: z.string().min(1).optional(),
          [key('ACCESS_LOG_POSTGRES_URL')]: z.url({ protocol: /^postgres(ql)?$/, message: 'expected a postgres:// or postgresql:// URL' }).optional(),
          // The key's value is never echoed in an error: it is a secret even when too short.
          [key('ACCESS_LOG_SUBJECT_KEY')]: z
            .string()
            .min(MIN_SUBJECT_KEY_LENGTH, `expected at least ${MIN_SUBJECT_KEY_LENGTH} characters (the gateway's GATEWAY_ACCESS_LOG_SUBJECT_KEY)`)
            .optional(),
        }
      : {}),
  }).superRefine((value, context) => {
    if (defaults.accessLog && env['NODE_ENV'] === 'production' && value[key('ACCESS_LOG_SUBJECT_KEY')] === undefined) {
      context.addIssue({
        code: 'custom',
        path: [key('ACCESS_LOG_SUBJECT_KEY')],
        message: 'production needs the gateway\'s access-log subject key (the development default is public)',
      });
    }
  });
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid ${prefix.toLowerCase()} configuration (fix these environment variables):\n${lines.join('\n')}`);
  }
  const v = parsed.data as Record<string, unknown>;
  return Object.freeze({
    host: v[key('HOST')] as string,
    port: v[key('PORT')] as number,
    upstreamUrl: v[key('UPSTREAM_URL')] as string,
    attemptTimeoutMs: v[key('TIMEOUT_MS')] as number,
    retries: v[key('RETRIES')] as number,
    breakerThreshold: v[key('BREAKER_THRESHOLD')] as number,
    breakerHalfOpenAfterMs: v[key('BREAKER_HALF_OPEN_MS')] as number,
    defaultBudgetMs: v[key('DEFAULT_BUDGET_MS')] as number,
    logLevel: v[key('LOG_LEVEL')] as string,
    gatewayJwksUrl: v[key('GATEWAY_JWKS_URL')] as string,
    directoryUrl: v[key('DIRECTORY_URL')] as string,
    credentials: Object.freeze(
      Object.fromEntries(
        Object.entries(CREDENTIAL_KEYS).flatMap(([field, name]) => {
          const value = (v[key(name)] as string | undefined) ?? defaults.credentials?.[field as keyof UpstreamCredentials];
          return value === undefined ? [] : [[field, value]];
        }),
      ) as UpstreamCredentials,
    ),
    ...(defaults.accessLog
      ? {
          accessLog: Object.freeze({
            file: (v[key('ACCESS_LOG_FILE')] as string | undefined) ?? DEFAULT_ACCESS_LOG_FILE,
            ...(v[key('ACCESS_LOG_POSTGRES_URL')] ? { postgresUrl: v[key('ACCESS_LOG_POSTGRES_URL')] as string } : {}),
            subjectKey: (v[key('ACCESS_LOG_SUBJECT_KEY')] as string | undefined) ?? DEVELOPMENT_ACCESS_LOG_SUBJECT_KEY,
          }),
        }
      : {}),
  });
}
