import type { AccessLogEntry, AccessLogHead, AccessLogRecord } from './AccessLogRecord.js';
import type { AccessLogStore } from './AccessLogStore.js';
import { openAccessLogStore, type AccessLogLocation } from './openAccessLogStore.js';

/** A store that can be built synchronously (where Apollo's plugins are) and opened later. */
export interface LazyAccessLogStore extends AccessLogStore {
  /**
   * Opens the underlying store now, so a log that cannot be opened (a truncated file, an
   * unreachable database) fails the gateway's start instead of its first request. Idempotent;
   * a failed open is retried by the next call or use.
   */
  open(): Promise<void>;
}

/** Wraps `openAccessLogStore(location)`, opening at `open()` or first use. `close()` before any use opens nothing. */
export function createLazyAccessLogStore(location: AccessLogLocation): LazyAccessLogStore {
  let opening: Promise<AccessLogStore> | undefined;
  let closed = false;
  const store = (): Promise<AccessLogStore> => {
    if (closed) return Promise.reject(new Error('The access log is closed.'));
    opening ??= openAccessLogStore(location).catch((error: unknown) => {
      opening = undefined;
      throw error;
    });
    return opening;
  };
  return {
    async open() {
      await store();
    },
    append: async (entry: AccessLogEntry): Promise<AccessLogRecord> => (await store()).append(entry),
    readAll: async () => (await store()).readAll(),
    readHead: async (): Promise<AccessLogHead | undefined> => (await store()).readHead(),
    findBySubject: async (subject, options) => (await store()).findBySubject(subject, options),
    async close() {
      closed = true;
      const opened = await opening?.catch(() => undefined);
      await opened?.close();
    },
  };
}
