/**
 * Redis for the tests that need one (127.0.0.1:6379). With `CI=true` those tests run and fail
 * when Redis is missing; elsewhere they are skipped with a visible warning.
 */
import { randomUUID } from 'node:crypto';
import net from 'node:net';
import { createClient } from '@redis/client';

export const REDIS_URL = 'redis://127.0.0.1:6379';

/** True when CI asked for every service-backed test to run. */
export const IN_CI = process.env['CI'] === 'true';

/** Whether something answers PING on the test Redis, within a second. */
export async function redisAnswers(): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port: 6379 });
    const done = (answer: boolean) => {
      socket.destroy();
      resolve(answer);
    };
    socket.setTimeout(1_000, () => done(false));
    socket.once('error', () => done(false));
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.once('data', (data) => done(data.toString().startsWith('+PONG')));
  });
}

/**
 * Decides whether a Redis suite runs: always in CI (its tests then fail if Redis is missing),
 * elsewhere only when Redis answers, with a warning naming the suite when it does not.
 */
export async function shouldRunRedisTests(suite: string): Promise<boolean> {
  if (IN_CI) return true;
  if (await redisAnswers()) return true;
  console.warn(`SKIPPED: ${suite} needs Redis on 127.0.0.1:6379 (run with CI=true to make its absence a failure).`);
  return false;
}

/** A key prefix no other test run uses, so runs in parallel never share buckets. */
export function uniqueKeyPrefix(what: string): string {
  return `govgraph-test:${what}:${randomUUID()}:`;
}

/** A connected client for inspecting and cleaning Redis; close it with `close()`. */
export async function connectTestRedis() {
  const client = createClient({ url: REDIS_URL, socket: { connectTimeout: 2_000, reconnectStrategy: false } });
  client.on('error', () => {});
  await client.connect();
  return client;
}

/** Deletes every key under `prefix` (SCAN, never KEYS, which blocks a shared Redis). */
export async function deleteKeys(client: Awaited<ReturnType<typeof connectTestRedis>>, prefix: string): Promise<number> {
  let deleted = 0;
  for await (const keys of client.scanIterator({ MATCH: `${prefix}*`, COUNT: 100 })) {
    if (keys.length > 0) deleted += await client.del(keys);
  }
  return deleted;
}
