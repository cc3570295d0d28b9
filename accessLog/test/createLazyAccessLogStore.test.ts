import { readFile, rm, writeFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLazyAccessLogStore } from '../createLazyAccessLogStore.js';
import { headFileOf } from '../JsonLinesAccessLogStore.js';
import { entry, tempDir } from './accessLogFixtures.js';

describe('createLazyAccessLogStore', () => {
  let temp: Awaited<ReturnType<typeof tempDir>>;
  beforeEach(async () => {
    temp = await tempDir();
  });
  afterEach(async () => {
    await temp.cleanup();
  });

  it('creates nothing until opened or used, then appends to the configured file', async () => {
    const file = temp.file('logs/access-log.jsonl');
    const store = createLazyAccessLogStore({ file });
    await expect(readFile(file)).rejects.toMatchObject({ code: 'ENOENT' });
    await store.open();
    await store.open();
    await store.append(entry(1));
    await store.append(entry(2));
    expect((await store.readAll()).map((record) => record.seq)).toEqual([1, 2]);
    await store.close();
    await expect(store.append(entry(3))).rejects.toThrow(/closed/);
    expect((await readFile(file, 'utf8')).split('\n')).toHaveLength(3);
  });

  it('open() rejects for a log that may not be continued, and retries on the next call', async () => {
    const file = temp.file('access-log.jsonl');
    await writeFile(file, '');
    await writeFile(headFileOf(file), '{"seq":3,"hash":"' + 'f'.repeat(64) + '"}\n');
    const store = createLazyAccessLogStore({ file });
    await expect(store.open()).rejects.toMatchObject({ code: 'ACCESS_LOG_UNREADABLE' });
    // The operator moved the evidence aside: the next open succeeds rather than repeating the failure.
    await rm(headFileOf(file));
    await store.open();
    expect((await store.append(entry(1))).seq).toBe(1);
    await store.close();
  });
});
