/**
 * The tamper test of issue 4: a log written through the store, then edited, cut, reordered and
 * truncated by hand; each change is caught by `verifyAccessLog` and by `npm run audit:verify`.
 */
import { copyFile, readFile, writeFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashRecord, type AccessLogRecord } from '../AccessLogRecord.js';
import { JsonLinesAccessLogStore, headFileOf } from '../JsonLinesAccessLogStore.js';
import { verifyAccessLog, type AccessLogProblem } from '../verifyAccessLog.js';
import { entry, runVerifyCli, tempDir } from './accessLogFixtures.js';

const N = 8;

describe('tampering with the JSON-lines access log', () => {
  let temp: Awaited<ReturnType<typeof tempDir>>;
  let original: string;
  let lastHash: string;

  beforeAll(async () => {
    temp = await tempDir();
    const store = await JsonLinesAccessLogStore.open({ file: temp.file('original.jsonl') });
    for (let n = 1; n <= N; n++) lastHash = (await store.append(entry(n))).hash;
    await store.close();
    original = await readFile(temp.file('original.jsonl'), 'utf8');
  });
  afterAll(async () => {
    await temp.cleanup();
  });

  /** A copy of the log (and its head anchor) whose lines went through `change`. */
  async function tampered(name: string, change: (lines: string[]) => string[]): Promise<string> {
    const file = temp.file(`${name}.jsonl`);
    const lines = original.split('\n').slice(0, -1);
    await writeFile(file, change(lines).map((line) => `${line}\n`).join(''));
    await copyFile(headFileOf(temp.file('original.jsonl')), headFileOf(file));
    return file;
  }

  async function verifyFile(file: string) {
    const store = await JsonLinesAccessLogStore.open({ file, readOnly: true });
    try {
      return verifyAccessLog(await store.readAll(), await store.readHead());
    } finally {
      await store.close();
    }
  }

  it('an untouched log verifies, and the CLI says so with exit code 0', async () => {
    const file = await tampered('untouched', (lines) => lines);
    expect(await verifyFile(file)).toEqual({ ok: true, count: N, head: { seq: N, hash: lastHash } });
    expect(await runVerifyCli(['--file', file])).toEqual({ code: 0, stdout: `${N} records, chain intact, head ${lastHash}\n`, stderr: '' });
  });

  const edit = (lines: string[], index: number, change: (record: AccessLogRecord) => AccessLogRecord) =>
    lines.map((line, i) => (i === index ? JSON.stringify(change(JSON.parse(line) as AccessLogRecord)) : line));

  const cases: { name: string; change: (lines: string[]) => string[]; problem: AccessLogProblem; seq: number; says: RegExp }[] = [
    {
      name: 'one field of a middle record edited',
      change: (lines) => edit(lines, 3, (record) => ({ ...record, purpose: 'INSPECTION' })),
      problem: 'edited',
      seq: 4,
      says: /edited at seq 4: record seq 4 was edited/,
    },
    {
      name: 'a middle record edited and re-hashed',
      change: (lines) =>
        edit(lines, 3, (record) => {
          const { hash: _old, ...rest } = { ...record, released: [] };
          return { ...rest, hash: hashRecord(rest) };
        }),
      problem: 'deleted',
      seq: 5,
      says: /deleted at seq 5: record seq 5 does not link to record seq 4/,
    },
    {
      name: 'one record deleted',
      change: (lines) => lines.filter((_, i) => i !== 4),
      problem: 'deleted',
      seq: 5,
      says: /deleted at seq 5: record seq 5 is missing/,
    },
    {
      name: 'the first record deleted',
      change: (lines) => lines.slice(1),
      problem: 'deleted',
      seq: 1,
      says: /deleted at seq 1: record seq 1 is missing/,
    },
    {
      name: 'two records swapped',
      change: (lines) => lines.map((line, i) => (i === 2 ? lines[5]! : i === 5 ? lines[2]! : line)),
      problem: 'reordered',
      seq: 6,
      says: /reordered at seq 6: record seq 6 is out of order/,
    },
    {
      name: 'the tail truncated',
      change: (lines) => lines.slice(0, N - 2),
      problem: 'truncated',
      seq: N - 1,
      says: new RegExp(`truncated at seq ${N - 1}: the log ends at seq ${N - 2} but its head anchor says seq ${N}`),
    },
  ];

  for (const { name, change, problem, seq, says } of cases) {
    it(`${name}: detected by verifyAccessLog and by the CLI (exit 1)`, async () => {
      const file = await tampered(name.replace(/\W+/g, '-'), change);
      expect(await verifyFile(file)).toMatchObject({ ok: false, problem, seq });
      const cli = await runVerifyCli(['--file', file]);
      expect(cli.code).toBe(1);
      expect(cli.stdout).toBe('');
      expect(cli.stderr).toMatch(says);
    });
  }

  it('a line that is not JSON: the CLI reports it unreadable and exits 1', async () => {
    const file = await tampered('garbled', (lines) => lines.map((line, i) => (i === 2 ? line.slice(0, 40) : line)));
    const cli = await runVerifyCli([`--file=${file}`]);
    expect(cli).toMatchObject({ code: 1, stdout: '' });
    expect(cli.stderr).toMatch(/unreadable: .*line 3 is not a JSON record/);
  });

  it('a bad argument exits 2 with the usage', async () => {
    const cli = await runVerifyCli(['--files', 'x']);
    expect(cli.code).toBe(2);
    expect(cli.stderr).toContain('usage: npm run audit:verify');
  });
});
