import type { AccessLogEntry, AccessLogHead, AccessLogRecord } from './AccessLogRecord.js';

/**
 * Where access-log records go. Every implementation extends one chain: `append` assigns `seq`,
 * `prevHash` and `hash` while no other append of the same log can interleave.
 */
export interface AccessLogStore {
  /** Seals `entry` onto the end of the chain and stores it; resolves with the stored record. */
  append(entry: AccessLogEntry): Promise<AccessLogRecord>;
  /** Every record in stored order (seq order unless someone reordered them). */
  readAll(): Promise<AccessLogRecord[]>;
  /** The independent anchor of the last record written, if the store keeps one. */
  readHead(): Promise<AccessLogHead | undefined>;
  /** Records that released data of `subject` (a keyed hash), newest first, at most `first`. */
  findBySubject(subject: string, options: { readonly first: number }): Promise<AccessLogRecord[]>;
  /** Waits for pending appends and releases files or connections. */
  close(): Promise<void>;
}
