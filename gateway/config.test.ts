import { GraphQLError } from 'graphql';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DEVELOPMENT_ACCESS_LOG_SUBJECT_KEY } from '../accessLog/accessLogDefaults.js';
import { GatewayConfigError, loadConfig, subgraphEnvName } from './config.js';

const REPO_SUPERGRAPH = fileURLToPath(new URL('../schema/supergraph.graphql', import.meta.url));
const REPO_TRUSTED_DOCUMENTS = fileURLToPath(new URL('../schema/trusted-documents.json', import.meta.url));
const REPO_PARTNER_CONTRACT = fileURLToPath(new URL('../schema/contracts/partner.graphql', import.meta.url));
const REPO_ACCESS_LOG = fileURLToPath(new URL('../var/access-log.jsonl', import.meta.url));
const SUBJECT_KEY = 'a-subject-key-of-at-least-32-characters';

function configError(run: () => unknown): GatewayConfigError {
  try {
    run();
  } catch (error) {
    return error as GatewayConfigError;
  }
  throw new Error('expected loadConfig to throw');
}

describe('loadConfig', () => {
  it('defaults: loopback, port 4000, the committed supergraph found from the repository root, not cwd', () => {
    expect(loadConfig({}, [], { cwd: '/somewhere/else' })).toEqual({
      host: '127.0.0.1',
      port: 4000,
      supergraphPath: REPO_SUPERGRAPH,
      subgraphUrls: {},
      requestTimeoutMs: 10_000,
      maxDepth: 10,
      maxAliases: 30,
      maxCost: 10_000,
      maxTokens: 1000,
      maxDirectives: 20,
      maxBodyBytes: 102_400,
      maxBatch: 0,
      rateLimitEnabled: true,
      rateLimitCapacity: 300,
      rateLimitRefillPerSecond: 50,
      rateLimitAnonymousCapacity: 120,
      rateLimitAnonymousRefillPerSecond: 20,
      rateLimitPartnerCapacity: 600,
      rateLimitPartnerRefillPerSecond: 10,
      nodeEnv: 'development',
      graphiql: true,
      logLevel: 'info',
      apolloTelemetryDisabled: true,
      authIssuer: 'http://127.0.0.1:4101',
      authAudience: 'govgraph',
      authJwksUrl: 'http://127.0.0.1:4101/.well-known/jwks.json',
      authAlgorithms: ['ES256'],
      authClockToleranceSeconds: 30,
      authJwksCooldownMs: 5000,
      trustedDocumentsPath: REPO_TRUSTED_DOCUMENTS,
      trustedDocumentsModes: { anonymous: 'log', official: 'log', citizen: 'log', partner: 'enforce' },
      partnerContractPath: REPO_PARTNER_CONTRACT,
      accessLogFile: REPO_ACCESS_LOG,
      accessLogSubjectKey: DEVELOPMENT_ACCESS_LOG_SUBJECT_KEY,
    });
  });

  it('reads every key from the environment', () => {
    const config = loadConfig(
      {
        GATEWAY_HOST: '0.0.0.0',
        GATEWAY_PORT: '0',
        GATEWAY_SUPERGRAPH: '/etc/govgraph/supergraph.graphql',
        GATEWAY_SUBGRAPH_DOCUMENTS_URL: 'http://documents.internal:4002/graphql',
        GATEWAY_SUBGRAPH_CASE_FILES_URL: 'https://10.0.0.9/graphql',
        GATEWAY_REQUEST_TIMEOUT_MS: '2500',
        GATEWAY_MAX_DEPTH: '12',
        GATEWAY_MAX_ALIASES: '5',
        GATEWAY_MAX_COST: '2000',
        GATEWAY_MAX_TOKENS: '500',
        GATEWAY_MAX_DIRECTIVES: '0',
        GATEWAY_MAX_BODY_BYTES: '65536',
        GATEWAY_MAX_BATCH: '10',
        GATEWAY_RATE_LIMIT_ENABLED: 'false',
        GATEWAY_RATE_LIMIT_CAPACITY: '100',
        GATEWAY_RATE_LIMIT_REFILL_PER_SECOND: '12.5',
        GATEWAY_RATE_LIMIT_ANONYMOUS_CAPACITY: '30',
        GATEWAY_RATE_LIMIT_ANONYMOUS_REFILL_PER_SECOND: '0.5',
        GATEWAY_RATE_LIMIT_PARTNER_CAPACITY: '1000',
        GATEWAY_RATE_LIMIT_PARTNER_REFILL_PER_SECOND: '2',
        GATEWAY_RATE_LIMIT_REDIS_URL: 'rediss://:pw@redis.internal:6380/2',
        GATEWAY_RATE_LIMIT_HASH_SECRET: 'k'.repeat(32),
        GATEWAY_GRAPHIQL: 'false',
        GATEWAY_LOG_LEVEL: 'warn',
        NODE_ENV: 'test',
        APOLLO_TELEMETRY_DISABLED: 'false',
        GATEWAY_AUTH_ISSUER: 'https://id.hanoi.gov.vn',
        GATEWAY_AUTH_AUDIENCE: 'govgraph-prod',
        GATEWAY_AUTH_ALGORITHMS: 'ES256, RS256',
        GATEWAY_AUTH_CLOCK_TOLERANCE_SECONDS: '10',
        GATEWAY_AUTH_JWKS_COOLDOWN_MS: '1000',
        GATEWAY_INTERNAL_KEY_FILE: '/etc/govgraph/internal-key.pem',
        GATEWAY_TRUSTED_DOCUMENTS: '/etc/govgraph/trusted-documents.json',
        GATEWAY_TRUSTED_DOCUMENTS_MODE_ANONYMOUS: 'enforce',
        GATEWAY_TRUSTED_DOCUMENTS_MODE_OFFICIAL: 'off',
        GATEWAY_TRUSTED_DOCUMENTS_MODE_CITIZEN: 'enforce',
        GATEWAY_TRUSTED_DOCUMENTS_MODE_PARTNER: 'log',
        GATEWAY_PARTNER_CONTRACT: '/etc/govgraph/partner.graphql',
        GATEWAY_ACCESS_LOG_FILE: '/var/log/govgraph/access.jsonl',
        GATEWAY_ACCESS_LOG_POSTGRES_URL: 'postgres://govgraph@db.internal:5432/govgraph',
        GATEWAY_ACCESS_LOG_SUBJECT_KEY: SUBJECT_KEY,
        IDENTITY_PORT: '4001',
      },
      [],
    );
    expect(config).toEqual({
      host: '0.0.0.0',
      port: 0,
      supergraphPath: '/etc/govgraph/supergraph.graphql',
      subgraphUrls: { documents: 'http://documents.internal:4002/graphql', case_files: 'https://10.0.0.9/graphql' },
      requestTimeoutMs: 2500,
      maxDepth: 12,
      maxAliases: 5,
      maxCost: 2000,
      maxTokens: 500,
      maxDirectives: 0,
      maxBodyBytes: 65_536,
      maxBatch: 10,
      rateLimitEnabled: false,
      rateLimitCapacity: 100,
      rateLimitRefillPerSecond: 12.5,
      rateLimitAnonymousCapacity: 30,
      rateLimitAnonymousRefillPerSecond: 0.5,
      rateLimitPartnerCapacity: 1000,
      rateLimitPartnerRefillPerSecond: 2,
      rateLimitRedisUrl: 'rediss://:pw@redis.internal:6380/2',
      rateLimitHashSecret: 'k'.repeat(32),
      nodeEnv: 'test',
      graphiql: false,
      logLevel: 'warn',
      apolloTelemetryDisabled: false,
      authIssuer: 'https://id.hanoi.gov.vn',
      authAudience: 'govgraph-prod',
      authJwksUrl: 'https://id.hanoi.gov.vn/.well-known/jwks.json',
      authAlgorithms: ['ES256', 'RS256'],
      authClockToleranceSeconds: 10,
      authJwksCooldownMs: 1000,
      internalKeyFile: '/etc/govgraph/internal-key.pem',
      trustedDocumentsPath: '/etc/govgraph/trusted-documents.json',
      trustedDocumentsModes: { anonymous: 'enforce', official: 'off', citizen: 'enforce', partner: 'log' },
      partnerContractPath: '/etc/govgraph/partner.graphql',
      accessLogFile: '/var/log/govgraph/access.jsonl',
      accessLogPostgresUrl: 'postgres://govgraph@db.internal:5432/govgraph',
      accessLogSubjectKey: SUBJECT_KEY,
    });
  });

  it('turns GraphiQL off by default in production, unless asked for', () => {
    const production = { NODE_ENV: 'production', GATEWAY_ACCESS_LOG_SUBJECT_KEY: SUBJECT_KEY };
    expect(loadConfig(production, []).graphiql).toBe(false);
    expect(loadConfig({ ...production, GATEWAY_GRAPHIQL: 'true' }, []).graphiql).toBe(true);
    expect(loadConfig({ NODE_ENV: 'development', GATEWAY_GRAPHIQL: '0' }, []).graphiql).toBe(false);
  });

  it('flags win over the environment; a relative path is resolved against cwd', () => {
    const config = loadConfig(
      { GATEWAY_PORT: '5000', GATEWAY_HOST: '10.1.1.1', GATEWAY_SUPERGRAPH: '/from/env.graphql' },
      ['--port', '6000', '--host=0.0.0.0', '--supergraph', 'build/supergraph.graphql'],
      { cwd: '/srv/govgraph' },
    );
    expect(config).toMatchObject({ port: 6000, host: '0.0.0.0', supergraphPath: '/srv/govgraph/build/supergraph.graphql' });
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ GATEWAY_PORT: '', GATEWAY_GRAPHIQL: ' ', GATEWAY_SUBGRAPH_DOCUMENTS_URL: '' }, [])).toMatchObject({
      port: 4000,
      graphiql: true,
      subgraphUrls: {},
    });
  });

  it('reports every bad key at once, each with how to fix it, as a plain error', () => {
    const error = configError(() =>
      loadConfig(
        {
          GATEWAY_HOST: 'http://gateway',
          GATEWAY_PORT: '80a',
          GATEWAY_REQUEST_TIMEOUT_MS: '0',
          GATEWAY_SUBGRAPH_DOCUMENTS_URL: 'ftp://files.internal/graphql',
          GATEWAY_SUBGRAPH_identity_URL: 'http://127.0.0.1:4001/graphql',
          GATEWAY_GRAPHIQL: 'yes',
          GATEWAY_LOG_LEVEL: 'loud',
          GATEWAY_PROT: '4000',
          NODE_ENV: 'staging',
          APOLLO_TELEMETRY_DISABLED: 'nope',
        },
        ['--verbose', '--supergraph'],
      ),
    );
    expect(error).toBeInstanceOf(Error);
    expect(error).not.toBeInstanceOf(GraphQLError);
    expect(error.code).toBe('GATEWAY_CONFIG_INVALID');
    expect(error.issues.map((issue) => issue.key).sort()).toEqual(
      [
        '--supergraph',
        '--verbose',
        'APOLLO_TELEMETRY_DISABLED',
        'GATEWAY_GRAPHIQL',
        'GATEWAY_HOST',
        'GATEWAY_LOG_LEVEL',
        'GATEWAY_PORT',
        'GATEWAY_PROT',
        'GATEWAY_REQUEST_TIMEOUT_MS',
        'GATEWAY_SUBGRAPH_DOCUMENTS_URL',
        'GATEWAY_SUBGRAPH_identity_URL',
        'NODE_ENV',
      ].sort(),
    );
    const { GATEWAY_PROT: unknownKey, ...messages } = Object.fromEntries(error.issues.map((issue) => [issue.key, issue.message]));
    // The list of known keys grows with every setting; it must name them all, the subgraph form last.
    expect(unknownKey).toMatch(/^unknown gateway setting; known keys are GATEWAY_HOST, GATEWAY_PORT, .*GATEWAY_AUTH_ISSUER, .*, GATEWAY_SUBGRAPH_<NAME>_URL$/);
    expect(messages).toEqual({
      '--verbose': 'unknown argument; the gateway accepts --host, --port, --supergraph',
      '--supergraph': 'missing value; write --supergraph VALUE',
      GATEWAY_SUBGRAPH_identity_URL:
        'the subgraph name must be upper case letters, digits and underscores (GATEWAY_SUBGRAPH_IDENTITY_URL)',
      GATEWAY_HOST:
        'expected a host name or IP address without scheme or path, got "http://gateway"; set it to a host name or IP address, e.g. 127.0.0.1 or 0.0.0.0',
      GATEWAY_PORT:
        'expected a whole number from 0 to 65535, got "80a"; set it to a TCP port from 0 to 65535, e.g. 4000 (0 picks a free port)',
      GATEWAY_SUBGRAPH_DOCUMENTS_URL:
        'expected an http:// or https:// URL, got "ftp://files.internal/graphql"; set it to the subgraph\'s GraphQL endpoint, e.g. http://127.0.0.1:4101/graphql',
      GATEWAY_REQUEST_TIMEOUT_MS:
        'expected at least 1, got "0"; set it to the request budget in milliseconds, from 1 to 600000, e.g. 10000',
      NODE_ENV: 'expected one of production, development, test, got "staging"; set it to one of production, development, test, or leave it unset',
      GATEWAY_GRAPHIQL: 'expected true, false, 1 or 0, got "yes"; set it to true or false, or leave it unset',
      GATEWAY_LOG_LEVEL:
        'expected one of fatal, error, warn, info, debug, trace, silent, got "loud"; set it to one of fatal, error, warn, info, debug, trace, silent',
      APOLLO_TELEMETRY_DISABLED:
        'expected true, false, 1 or 0, got "nope"; set it to true (the default) or false, or leave it unset',
    });
    expect(error.message.split('\n')[0]).toBe('Invalid gateway configuration (12 problems):');
    for (const issue of error.issues) expect(error.message).toContain(`  - ${issue.key}: ${issue.message}`);
  });

  it('reports every bad operation limit at once, each with its range', () => {
    const error = configError(() =>
      loadConfig(
        {
          GATEWAY_MAX_DEPTH: '0',
          GATEWAY_MAX_ALIASES: 'many',
          GATEWAY_MAX_COST: '1e5',
          GATEWAY_MAX_TOKENS: '100001',
          GATEWAY_MAX_DIRECTIVES: '-1',
          GATEWAY_MAX_BODY_BYTES: '100',
          GATEWAY_MAX_BATCH: '101',
          GATEWAY_MAX_DEPTHS: '10',
        },
        [],
      ),
    );
    expect(Object.fromEntries(error.issues.map((issue) => [issue.key, issue.message]))).toEqual({
      GATEWAY_MAX_DEPTHS: expect.stringMatching(/^unknown gateway setting; known keys are .*GATEWAY_MAX_DEPTH, /),
      GATEWAY_MAX_DEPTH: 'expected at least 1, got "0"; set it to the deepest nesting allowed, from 1 to 100, e.g. 10',
      GATEWAY_MAX_ALIASES:
        'expected a whole number from 0 to 1000, got "many"; set it to the most aliases an operation may use, from 0 to 1000, e.g. 30',
      GATEWAY_MAX_COST:
        'expected a whole number from 1 to 10000000, got "1e5"; set it to the highest estimated cost allowed, from 1 to 10000000, e.g. 10000',
      GATEWAY_MAX_TOKENS:
        'expected at most 100000, got "100001"; set it to the most tokens an operation may have, from 1 to 100000, e.g. 1000',
      GATEWAY_MAX_DIRECTIVES:
        'expected a whole number from 0 to 1000, got "-1"; set it to the most directives an operation may use, from 0 to 1000, e.g. 20',
      GATEWAY_MAX_BODY_BYTES:
        'expected at least 1024, got "100"; set it to the largest request body in bytes, from 1024 to 104857600, e.g. 102400',
      GATEWAY_MAX_BATCH:
        'expected at most 100, got "101"; set it to the most operations in one batched request, from 0 (batching off) to 100',
    });
  });

  it('reports every bad rate-limit key at once, and never quotes the hash secret back', () => {
    const secret = 'short-but-real-secret';
    const error = configError(() =>
      loadConfig(
        {
          GATEWAY_RATE_LIMIT_ENABLED: 'on',
          GATEWAY_RATE_LIMIT_CAPACITY: '0',
          GATEWAY_RATE_LIMIT_REFILL_PER_SECOND: '0',
          GATEWAY_RATE_LIMIT_ANONYMOUS_CAPACITY: '1.5',
          GATEWAY_RATE_LIMIT_ANONYMOUS_REFILL_PER_SECOND: '-1',
          GATEWAY_RATE_LIMIT_PARTNER_CAPACITY: '1000001',
          GATEWAY_RATE_LIMIT_PARTNER_REFILL_PER_SECOND: 'fast',
          GATEWAY_RATE_LIMIT_REDIS_URL: 'http://user:pw@redis.internal:6379',
          GATEWAY_RATE_LIMIT_HASH_SECRET: secret,
        },
        [],
      ),
    );
    expect(Object.fromEntries(error.issues.map((issue) => [issue.key, issue.message]))).toEqual({
      GATEWAY_RATE_LIMIT_ENABLED: 'expected true, false, 1 or 0, got "on"; set it to true (the default) or false, or leave it unset',
      GATEWAY_RATE_LIMIT_CAPACITY:
        'expected at least 1, got "0"; set it to the burst of operations an official or citizen may send, from 1 to 1000000, e.g. 300',
      GATEWAY_RATE_LIMIT_REFILL_PER_SECOND:
        'expected a number above 0, got "0"; set it to the operations a second an official or citizen may sustain, above 0, e.g. 50',
      GATEWAY_RATE_LIMIT_ANONYMOUS_CAPACITY:
        'expected a whole number from 1 to 1000000, got "1.5"; set it to the burst of operations per anonymous IP address, from 1 to 1000000, e.g. 120',
      GATEWAY_RATE_LIMIT_ANONYMOUS_REFILL_PER_SECOND:
        'expected a number above 0 and at most 100000, such as 50 or 0.5, got "-1"; set it to the operations a second per anonymous IP address, above 0, e.g. 20',
      GATEWAY_RATE_LIMIT_PARTNER_CAPACITY:
        'expected at most 1000000, got "1000001"; set it to the burst of operations a partner system may send, from 1 to 1000000, e.g. 600',
      GATEWAY_RATE_LIMIT_PARTNER_REFILL_PER_SECOND:
        'expected a number above 0 and at most 100000, such as 50 or 0.5, got "fast"; set it to the operations a second a partner system may sustain, above 0, e.g. 10',
      GATEWAY_RATE_LIMIT_REDIS_URL:
        'expected a redis:// or rediss:// URL, got "http://***@redis.internal:6379"; set it to the Redis holding the shared buckets, e.g. redis://redis.internal:6379, or leave it unset for memory buckets',
      GATEWAY_RATE_LIMIT_HASH_SECRET:
        'expected at least 32 characters, got a value of 21 characters; set it to a random string of at least 32 characters, the same on every replica, e.g. from `openssl rand -base64 32`',
    });
    expect(error.message).not.toContain(secret);
    expect(error.message).not.toContain(':pw@');
  });

  it('reads the trusted documents and the partner contract relative to cwd, and reports every bad mode', () => {
    expect(
      loadConfig({ GATEWAY_TRUSTED_DOCUMENTS: 'build/manifest.json', GATEWAY_PARTNER_CONTRACT: 'build/partner.graphql' }, [], { cwd: '/srv/govgraph' }),
    ).toMatchObject({ trustedDocumentsPath: '/srv/govgraph/build/manifest.json', partnerContractPath: '/srv/govgraph/build/partner.graphql' });
    const error = configError(() =>
      loadConfig({ GATEWAY_TRUSTED_DOCUMENTS_MODE_PARTNER: 'strict', GATEWAY_TRUSTED_DOCUMENTS_MODE_CITIZEN: 'LOG', GATEWAY_TRUSTED_DOCUMENTS_MODE_ROBOT: 'off' }, []),
    );
    expect(Object.fromEntries(error.issues.map((issue) => [issue.key, issue.message]))).toEqual({
      GATEWAY_TRUSTED_DOCUMENTS_MODE_ROBOT: expect.stringMatching(/^unknown gateway setting; known keys are .*GATEWAY_TRUSTED_DOCUMENTS_MODE_PARTNER, /),
      GATEWAY_TRUSTED_DOCUMENTS_MODE_PARTNER: 'expected one of off, log, enforce, got "strict"; set it to one of off, log, enforce',
      GATEWAY_TRUSTED_DOCUMENTS_MODE_CITIZEN: 'expected one of off, log, enforce, got "LOG"; set it to one of off, log, enforce',
    });
  });

  it('access log: a relative file is resolved against cwd; production refuses to start without its own subject key', () => {
    expect(loadConfig({ GATEWAY_ACCESS_LOG_FILE: 'logs/access.jsonl' }, [], { cwd: '/srv/govgraph' }).accessLogFile).toBe(
      '/srv/govgraph/logs/access.jsonl',
    );
    const error = configError(() => loadConfig({ NODE_ENV: 'production' }, []));
    expect(error.issues).toEqual([
      {
        key: 'GATEWAY_ACCESS_LOG_SUBJECT_KEY',
        message: expect.stringMatching(
          /^production needs its own access-log subject key \(the development default is public\), got nothing; set it to a random secret of at least 32 characters/,
        ),
      },
    ]);
  });

  it('access log: reports a bad URL and a short key, without echoing the key or the password', () => {
    const error = configError(() =>
      loadConfig({ GATEWAY_ACCESS_LOG_POSTGRES_URL: 'mysql://svc:s3cret@db/govgraph', GATEWAY_ACCESS_LOG_SUBJECT_KEY: 'tooShortSecret' }, []),
    );
    expect(Object.fromEntries(error.issues.map((issue) => [issue.key, issue.message]))).toEqual({
      GATEWAY_ACCESS_LOG_POSTGRES_URL: expect.stringMatching(/^expected a postgres:\/\/ or postgresql:\/\/ URL, got "mysql:\/\/\*\*\*@db\/govgraph"; /),
      GATEWAY_ACCESS_LOG_SUBJECT_KEY: expect.stringMatching(/^expected at least 32 characters, got a value of 14 characters; /),
    });
    expect(error.message).not.toContain('s3cret');
    expect(error.message).not.toContain('tooShortSecret');
  });

  it('names the flag, not the variable, when the bad value came from a flag', () => {
    const error = configError(() => loadConfig({ GATEWAY_PORT: '4000' }, ['--port', '70000']));
    expect(error.issues).toEqual([
      {
        key: '--port',
        message: 'expected at most 65535, got "70000"; set it to a TCP port from 0 to 65535, e.g. 4000 (0 picks a free port)',
      },
    ]);
  });

  it('does not print the credentials of a bad URL', () => {
    const error = configError(() => loadConfig({ GATEWAY_SUBGRAPH_DOCUMENTS_URL: 'ftp://svc:s3cret@files.internal/graphql' }, []));
    expect(error.message).toContain('"ftp://***@files.internal/graphql"');
    expect(error.message).not.toContain('s3cret');
  });

  it('returns a deeply frozen object', () => {
    const config = loadConfig({ GATEWAY_SUBGRAPH_DOCUMENTS_URL: 'http://127.0.0.1:4002/graphql' }, []);
    expect(Object.isFrozen(config)).toBe(true);
    expect(Object.isFrozen(config.subgraphUrls)).toBe(true);
    expect(() => {
      (config as { port: number }).port = 1;
    }).toThrow(TypeError);
    expect(() => {
      (config.subgraphUrls as Record<string, string>)['documents'] = 'http://evil.example/graphql';
    }).toThrow(TypeError);
    expect(config.subgraphUrls['documents']).toBe('http://127.0.0.1:4002/graphql');
  });
});

describe('subgraphEnvName', () => {
  it('spells subgraph names the way GATEWAY_SUBGRAPH_<NAME>_URL does', () => {
    expect(subgraphEnvName('documents')).toBe('DOCUMENTS');
    expect(subgraphEnvName('case-files')).toBe('CASE_FILES');
  });
});
