import { appendFile, readFile, writeFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GENESIS_HASH, hashRecord } from '../AccessLogRecord.js';
import { JsonLinesAccessLogStore, headFileOf } from '../JsonLinesAccessLogStore.js';
import { subjectHash } from '../subjectHash.js';
import { verifyAccessLog } from '../verifyAccessLog.js';
import { CITIZEN_A, TEST_SUBJECT_KEY, entry, tempDir } from './accessLogFixtures.js';

describe('JsonLinesAccessLogStore', () => {
  let temp: Awaited<ReturnType<typeof tempDir>>;
  beforeEach(async () => {
    temp = await tempDir();
  });
  afterEach(async () => {
    await temp.cleanup();
  });

  it('creates the directory, chains records from the genesis hash and anchors the head', async () => {
    const file = temp.file('nested/dir/access-log.jsonl');
    const store = await JsonLinesAccessLogStore.open({ file });
    const first = await store.append(entry(1));
    const second = await store.append(entry(2));
    await store.close();

    expect(first).toMatchObject({ seq: 1, prevHash: GENESIS_HASH, hash: hashRecord(first) });
    expect(second).toMatchObject({ seq: 2, prevHash: first.hash, hash: hashRecord(second) });
    const lines = (await readFile(file, 'utf8')).split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe('');
    expect(JSON.parse(lines[1]!)).toEqual(second);
    expect(JSON.parse(await readFile(headFileOf(file), 'utf8'))).toEqual({ seq: 2, hash: second.hash });
  });

  it('continues the chain after reopening the file', async () => {
    const file = temp.file('access-log.jsonl');
    const first = await JsonLinesAccessLogStore.open({ file });
    for (let n = 1; n <= 3; n++) await first.append(entry(n));
    await first.close();

    const second = await JsonLinesAccessLogStore.open({ file, fsync: true });
    const fourth = await second.append(entry(4));
    await second.append(entry(5));
    const records = await second.readAll();
    await second.close();

    expect(fourth.seq).toBe(4);
    expect(fourth.prevHash).toBe(records[2]!.hash);
    expect(records.map((record) => record.seq)).toEqual([1, 2, 3, 4, 5]);
    expect(verifyAccessLog(records, { seq: 5, hash: records[4]!.hash })).toEqual({ ok: true, count: 5, head: { seq: 5, hash: records[4]!.hash } });
  });

  it('serializes concurrent appends into one chain', async () => {
    const store = await JsonLinesAccessLogStore.open({ file: temp.file('access-log.jsonl') });
    const appended = await Promise.all(Array.from({ length: 25 }, (_, n) => store.append(entry(n))));
    const records = await store.readAll();
    const head = await store.readHead();
    await store.close();

    expect(appended.map((record) => record.seq).sort((a, b) => a - b)).toEqual(Array.from({ length: 25 }, (_, n) => n + 1));
    expect(verifyAccessLog(records, head)).toMatchObject({ ok: true, count: 25 });
  });

  it('refuses to continue a log whose end was cut off, so the evidence is not buried', async () => {
    const file = temp.file('access-log.jsonl');
    const store = await JsonLinesAccessLogStore.open({ file });
    for (let n = 1; n <= 4; n++) await store.append(entry(n));
    await store.close();
    const lines = (await readFile(file, 'utf8')).split('\n');
    await writeFile(file, `${lines.slice(0, 2).join('\n')}\n`);

    await expect(JsonLinesAccessLogStore.open({ file })).rejects.toMatchObject({
      code: 'ACCESS_LOG_UNREADABLE',
      message: expect.stringContaining('ends at seq 2 but its head anchor says seq 4'),
    });
    await expect(readFile(file, 'utf8')).resolves.toBe(`${lines.slice(0, 2).join('\n')}\n`);
  });

  it('refuses to continue after an incomplete last line or an edited last record', async () => {
    const file = temp.file('access-log.jsonl');
    const store = await JsonLinesAccessLogStore.open({ file });
    await store.append(entry(1));
    await store.close();

    const intact = await readFile(file, 'utf8');
    await appendFile(file, '{"seq":2,"at":');
    await expect(JsonLinesAccessLogStore.open({ file })).rejects.toThrow(/ends with an incomplete line/);

    await writeFile(file, intact.replace('"Op1"', '"Op9"'));
    await expect(JsonLinesAccessLogStore.open({ file })).rejects.toThrow(/does not match its own hash/);
  });

  it('finds the records that released a subject, newest first, at most `first`, ignoring a line still being written', async () => {
    const file = temp.file('access-log.jsonl');
    const store = await JsonLinesAccessLogStore.open({ file });
    for (let n = 1; n <= 6; n++) await store.append(entry(n));
    await appendFile(file, '{"partial":');
    const subject = subjectHash(TEST_SUBJECT_KEY, CITIZEN_A);
    const reader = await JsonLinesAccessLogStore.open({ file, readOnly: true });

    expect((await reader.findBySubject(subject, { first: 10 })).map((record) => record.seq)).toEqual([6, 4, 2]);
    expect((await reader.findBySubject(subject, { first: 2 })).map((record) => record.seq)).toEqual([6, 4]);
    expect(await reader.findBySubject(subjectHash(TEST_SUBJECT_KEY, '000000000000'), { first: 10 })).toEqual([]);
    await reader.close();
    await store.close();
  });

  it('reads a missing file as an empty log when opened read-only, and creates nothing', async () => {
    const reader = await JsonLinesAccessLogStore.open({ file: temp.file('none/access-log.jsonl'), readOnly: true });
    expect(await reader.readAll()).toEqual([]);
    expect(await reader.readHead()).toBeUndefined();
    await expect(reader.append(entry(1))).rejects.toThrow(/read-only/);
    await reader.close();
    await expect(readFile(temp.file('none/access-log.jsonl'))).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
