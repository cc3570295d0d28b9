/**
 * The access log in PostgreSQL, for several gateway replicas writing ONE chain: each append runs
 * in a transaction that first takes a transaction-scoped advisory lock on the log, reads the last
 * record and inserts the next. A trigger refuses UPDATE, DELETE and TRUNCATE, so the table is
 * append-only for every role that cannot drop triggers; the hash chain catches the rest.
 */
import pg from 'pg';
import { AccessLogFormatError } from './AccessLogFormatError.js';
import { sealRecord, type AccessLogEntry, type AccessLogHead, type AccessLogRecord } from './AccessLogRecord.js';
import type { AccessLogStore } from './AccessLogStore.js';

/** Options of `PostgresAccessLogStore.open`. */
export interface PostgresAccessLogStoreOptions {
  /** `postgres://user@host:port/database`. Required. */
  readonly connectionString: string;
  /** Schema of the table; created if missing. Default `public`. */
  readonly schema?: string;
  /** Table name; created if missing, with its trigger and index. Default `access_log`. */
  readonly table?: string;
  /** Create nothing and only read (the auditor's lookup); a missing table reads as empty. Default `false`. */
  readonly readOnly?: boolean;
  /** Most connections of this process's pool. Default `4`. */
  readonly poolSize?: number;
  /** Where errors of idle connections go (a restarted server); default: dropped. */
  readonly onIdleError?: (error: Error) => void;
}

/** Schema and table names are put into SQL text, so only plain lower-case identifiers are accepted. */
const IDENTIFIER = /^[a-z_][a-z0-9_]{0,39}$/;

const UNDEFINED_TABLE = '42P01';

export class PostgresAccessLogStore implements AccessLogStore {
  private readonly pool: pg.Pool;
  private readonly qualified: string;
  private readonly lockName: string;
  private closed = false;

  private constructor(pool: pg.Pool, schema: string, table: string) {
    this.pool = pool;
    this.qualified = `"${schema}"."${table}"`;
    this.lockName = `govgraph-access-log:${schema}.${table}`;
  }

  /** Connects and, unless read-only, creates the schema, table, index and append-only trigger if missing. */
  static async open(options: PostgresAccessLogStoreOptions): Promise<PostgresAccessLogStore> {
    const schema = options.schema ?? 'public';
    const table = options.table ?? 'access_log';
    for (const [what, name] of [['schema', schema], ['table', table]] as const) {
      if (!IDENTIFIER.test(name)) throw new Error(`The access-log ${what} name "${name}" must be lower-case letters, digits and _ (at most 40).`);
    }
    const pool = new pg.Pool({ connectionString: options.connectionString, max: options.poolSize ?? 4 });
    pool.on('error', (error) => options.onIdleError?.(error));
    const store = new PostgresAccessLogStore(pool, schema, table);
    try {
      if (!options.readOnly) await store.createIfMissing(schema, table);
      else await pool.query('SELECT 1');
    } catch (error) {
      await pool.end();
      throw error;
    }
    return store;
  }

  private async createIfMissing(schema: string, table: string): Promise<void> {
    const fn = `"${schema}"."${table}_append_only"`;
    await this.inLockedTransaction(async (client) => {
      await client.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
      await client.query(`
        CREATE TABLE IF NOT EXISTS ${this.qualified} (
          seq bigint PRIMARY KEY,
          at timestamptz NOT NULL,
          record jsonb NOT NULL,
          prev_hash text NOT NULL,
          hash text NOT NULL UNIQUE
        )`);
      await client.query(`CREATE INDEX IF NOT EXISTS "${table}_released" ON ${this.qualified} USING gin ((record -> 'released') jsonb_path_ops)`);
      await client.query(`
        CREATE OR REPLACE FUNCTION ${fn}() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          RAISE EXCEPTION 'the access log %.% is append-only: % refused', TG_TABLE_SCHEMA, TG_TABLE_NAME, TG_OP
            USING ERRCODE = 'insufficient_privilege';
        END $$`);
      await client.query(`CREATE OR REPLACE TRIGGER "${table}_no_change" BEFORE UPDATE OR DELETE ON ${this.qualified} FOR EACH ROW EXECUTE FUNCTION ${fn}()`);
      await client.query(`CREATE OR REPLACE TRIGGER "${table}_no_truncate" BEFORE TRUNCATE ON ${this.qualified} FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`);
    });
  }

  /** Runs `work` in a transaction holding the log's advisory lock: one appender at a time, across processes. */
  private async inLockedTransaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [this.lockName]);
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  async append(entry: AccessLogEntry): Promise<AccessLogRecord> {
    if (this.closed) throw new Error('The access log is closed.');
    return this.inLockedTransaction(async (client) => {
      const last = await client.query<{ seq: string; hash: string }>(`SELECT seq, hash FROM ${this.qualified} ORDER BY seq DESC LIMIT 1`);
      const row = last.rows[0];
      const previous: AccessLogHead | undefined = row ? { seq: Number(row.seq), hash: row.hash } : undefined;
      const record = sealRecord(entry, previous);
      await client.query(`INSERT INTO ${this.qualified} (seq, at, record, prev_hash, hash) VALUES ($1, $2, $3, $4, $5)`, [
        record.seq,
        record.at,
        JSON.stringify(record),
        record.prevHash,
        record.hash,
      ]);
      return record;
    });
  }

  async readAll(): Promise<AccessLogRecord[]> {
    return this.select(`SELECT record FROM ${this.qualified} ORDER BY seq`, []);
  }

  /** The table is its own anchor: the trigger refuses DELETE and TRUNCATE. */
  async readHead(): Promise<AccessLogHead | undefined> {
    return undefined;
  }

  async findBySubject(subject: string, options: { readonly first: number }): Promise<AccessLogRecord[]> {
    return this.select(`SELECT record FROM ${this.qualified} WHERE record -> 'released' @> $1::jsonb ORDER BY seq DESC LIMIT $2`, [
      JSON.stringify([{ subject }]),
      options.first,
    ]);
  }

  private async select(sql: string, values: unknown[]): Promise<AccessLogRecord[]> {
    try {
      const result = await this.pool.query<{ record: unknown }>(sql, values);
      return result.rows.map(({ record }, index) => {
        if (record === null || typeof record !== 'object' || Array.isArray(record)) {
          throw new AccessLogFormatError(`Row ${index + 1} of ${this.qualified} does not hold a JSON record.`);
        }
        return record as AccessLogRecord;
      });
    } catch (error) {
      if ((error as { code?: unknown }).code === UNDEFINED_TABLE) return [];
      throw error;
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.pool.end();
  }
}
