import type { AccessLogStore } from './AccessLogStore.js';
import { JsonLinesAccessLogStore } from './JsonLinesAccessLogStore.js';
import { PostgresAccessLogStore } from './PostgresAccessLogStore.js';

/** Where the access log lives, as config gives it. */
export interface AccessLogLocation {
  /** The JSON-lines file, used when `postgresUrl` is not set. */
  readonly file: string;
  /** PostgreSQL connection string; when set, the log is in PostgreSQL and `file` is ignored. */
  readonly postgresUrl?: string | undefined;
  /** PostgreSQL schema. Default `public`. */
  readonly schema?: string;
  /** PostgreSQL table. Default `access_log`. */
  readonly table?: string;
  /** Only read (the auditor's lookup). Default `false`. */
  readonly readOnly?: boolean;
}

/** Opens the configured store: PostgreSQL when a URL is set, the JSON-lines file otherwise. */
export function openAccessLogStore(location: AccessLogLocation): Promise<AccessLogStore> {
  if (location.postgresUrl) {
    return PostgresAccessLogStore.open({
      connectionString: location.postgresUrl,
      ...(location.schema ? { schema: location.schema } : {}),
      ...(location.table ? { table: location.table } : {}),
      readOnly: location.readOnly ?? false,
    });
  }
  return JsonLinesAccessLogStore.open({ file: location.file, readOnly: location.readOnly ?? false });
}
