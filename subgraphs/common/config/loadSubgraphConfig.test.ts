import { describe, expect, it } from 'vitest';
import { DEFAULT_ACCESS_LOG_FILE, DEVELOPMENT_ACCESS_LOG_SUBJECT_KEY } from '../../../accessLog/accessLogDefaults.js';
import { loadSubgraphConfig } from './loadSubgraphConfig.js';

const READER = { port: 4001, upstreamUrl: 'http://127.0.0.1:4101', accessLog: true };
const KEY = 'a-subject-key-of-at-least-32-characters';

describe('loadSubgraphConfig: access-log keys', () => {
  it('a reading subgraph defaults to the gateway\'s log and development key; others get no access log', () => {
    expect(loadSubgraphConfig('IDENTITY', {}, READER).accessLog).toEqual({ file: DEFAULT_ACCESS_LOG_FILE, subjectKey: DEVELOPMENT_ACCESS_LOG_SUBJECT_KEY });
    expect(loadSubgraphConfig('DOCUMENTS', { NODE_ENV: 'production' }, { port: 4002, upstreamUrl: 'http://127.0.0.1:4102' }).accessLog).toBeUndefined();
  });

  it('reads its three keys', () => {
    const config = loadSubgraphConfig(
      'IDENTITY',
      {
        IDENTITY_ACCESS_LOG_FILE: '/var/log/govgraph/access.jsonl',
        IDENTITY_ACCESS_LOG_POSTGRES_URL: 'postgres://auditor@db.internal:5432/govgraph',
        IDENTITY_ACCESS_LOG_SUBJECT_KEY: KEY,
      },
      READER,
    );
    expect(config.accessLog).toEqual({
      file: '/var/log/govgraph/access.jsonl',
      postgresUrl: 'postgres://auditor@db.internal:5432/govgraph',
      subjectKey: KEY,
    });
  });

  it('refuses production without the key, a short key and a non-PostgreSQL URL, never echoing the key', () => {
    expect(() => loadSubgraphConfig('IDENTITY', { NODE_ENV: 'production' }, READER)).toThrow(
      /IDENTITY_ACCESS_LOG_SUBJECT_KEY: production needs the gateway's access-log subject key/,
    );
    let message = '';
    try {
      loadSubgraphConfig('IDENTITY', { IDENTITY_ACCESS_LOG_SUBJECT_KEY: 'shortSecretValue', IDENTITY_ACCESS_LOG_POSTGRES_URL: 'mysql://db/x' }, READER);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/IDENTITY_ACCESS_LOG_SUBJECT_KEY: expected at least 32 characters/);
    expect(message).toMatch(/IDENTITY_ACCESS_LOG_POSTGRES_URL: expected a postgres:\/\/ or postgresql:\/\/ URL/);
    expect(message).not.toContain('shortSecretValue');
  });
});
