/**
 * The PostgreSQL access log against a real server (127.0.0.1:5432, user postgres). With
 * CI=true these tests run and fail when PostgreSQL is missing; elsewhere they skip, saying so.
 */
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findPersonalDataReads } from '../findPersonalDataReads.js';
import { PostgresAccessLogStore } from '../PostgresAccessLogStore.js';
import { verifyAccessLog } from '../verifyAccessLog.js';
import { CITIZEN_A, TEST_SUBJECT_KEY, entry, runVerifyCli } from './accessLogFixtures.js';

const URL = process.env['TEST_POSTGRES_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const CI = process.env['CI'] === 'true';

async function postgresAvailable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: URL, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

const available = await postgresAvailable();
if (!available && !CI) console.warn(`SKIPPED: PostgreSQL access-log tests (no PostgreSQL at ${URL}; they run, and fail without it, when CI=true)`);

describe.skipIf(!available && !CI)('PostgresAccessLogStore', () => {
  // Its own schema per run: runs on one server never see each other's records.
  const schema = `access_log_test_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
  let admin: pg.Client;

  beforeAll(async () => {
    admin = new pg.Client({ connectionString: URL });
    await admin.connect();
  });
  afterAll(async () => {
    await admin?.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await admin?.end();
  });

  it('two stores appending concurrently extend one intact chain', async () => {
    const [one, two] = await Promise.all([
      PostgresAccessLogStore.open({ connectionString: URL, schema, table: 'replicas' }),
      PostgresAccessLogStore.open({ connectionString: URL, schema, table: 'replicas' }),
    ]);
    await Promise.all(Array.from({ length: 30 }, (_, n) => (n % 2 === 0 ? one : two).append(entry(n))));
    const records = await one.readAll();
    await Promise.all([one.close(), two.close()]);

    expect(records.map((record) => record.seq)).toEqual(Array.from({ length: 30 }, (_, n) => n + 1));
    expect(new Set(records.map((record) => record.requestId)).size).toBe(30);
    expect(verifyAccessLog(records)).toMatchObject({ ok: true, count: 30 });
  });

  it('refuses UPDATE, DELETE and TRUNCATE; an edit made after disabling the trigger is caught by verify and the CLI', async () => {
    const store = await PostgresAccessLogStore.open({ connectionString: URL, schema, table: 'tamper' });
    for (let n = 1; n <= 5; n++) await store.append(entry(n));
    const table = `"${schema}"."tamper"`;

    for (const sql of [
      `UPDATE ${table} SET record = jsonb_set(record, '{purpose}', '"INSPECTION"') WHERE seq = 3`,
      `DELETE FROM ${table} WHERE seq = 5`,
      `TRUNCATE ${table}`,
    ]) {
      await expect(admin.query(sql)).rejects.toMatchObject({ code: '42501', message: expect.stringMatching(/append-only/) });
    }
    expect(verifyAccessLog(await store.readAll())).toMatchObject({ ok: true, count: 5 });
    const intact = await runVerifyCli(['--postgres', URL, '--schema', schema, '--table', 'tamper']);
    expect(intact).toMatchObject({ code: 0, stdout: expect.stringMatching(/^5 records, chain intact, head [0-9a-f]{64}\n$/) });

    await admin.query(`ALTER TABLE ${table} DISABLE TRIGGER USER`);
    await admin.query(`UPDATE ${table} SET record = jsonb_set(record, '{purpose}', '"INSPECTION"') WHERE seq = 3`);
    await admin.query(`ALTER TABLE ${table} ENABLE TRIGGER USER`);

    expect(verifyAccessLog(await store.readAll())).toMatchObject({ ok: false, problem: 'edited', seq: 3 });
    // The URL from the gateway's own variable, as an operator on a gateway host would run it.
    const cli = await runVerifyCli(['--schema', schema, '--table', 'tamper'], { GATEWAY_ACCESS_LOG_POSTGRES_URL: URL });
    expect(cli.code).toBe(1);
    expect(cli.stderr).toMatch(/edited at seq 3: record seq 3 was edited/);
    await store.close();
  });

  it('answers the auditor lookup from the released subjects, newest first', async () => {
    const store = await PostgresAccessLogStore.open({ connectionString: URL, schema, table: 'lookup' });
    for (let n = 1; n <= 6; n++) await store.append(entry(n));
    const reads = await findPersonalDataReads(store, TEST_SUBJECT_KEY, CITIZEN_A, { first: 2 });
    await store.close();
    expect(reads.map((read) => [read.seq, read.coordinates])).toEqual([
      [6, ['Citizen.name']],
      [4, ['Citizen.name']],
    ]);
  });

  it('read-only: creates nothing and reads a missing table as empty', async () => {
    const reader = await PostgresAccessLogStore.open({ connectionString: URL, schema, table: 'never_created', readOnly: true });
    expect(await reader.readAll()).toEqual([]);
    await reader.close();
    const exists = await admin.query(`SELECT to_regclass($1) AS t`, [`"${schema}"."never_created"`]);
    expect(exists.rows[0].t).toBeNull();
  });
});
