/** What the access-log tests share: entries to append, a temp directory, the CLI as a child process. */
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AccessLogEntry } from '../AccessLogRecord.js';
import { subjectHash } from '../subjectHash.js';

export const TEST_SUBJECT_KEY = 'test-subject-key-of-at-least-32-characters';

/** Fake 12-digit personal ids of two citizens. */
export const CITIZEN_A = '001090000001';
export const CITIZEN_B = '079190000002';

/** The n-th test entry: an official reading a citizen's name (even n: citizen A, odd: B). */
export function entry(n: number, overrides: Partial<AccessLogEntry> = {}): AccessLogEntry {
  const citizen = n % 2 === 0 ? CITIZEN_A : CITIZEN_B;
  return {
    at: new Date(Date.UTC(2026, 10, 20, 3, 0, n)).toISOString(),
    requestId: `req-${n}`,
    principal: { kind: 'official', subject: 'CB-0001', agency: 'H01.01', roles: ['OFFICIAL'] },
    clientId: 'ecabinet-web',
    purpose: 'DOSSIER_PROCESSING',
    operationName: `Op${n}`,
    operationHash: 'a'.repeat(64),
    variablesHash: `hmac:${'b'.repeat(64)}`,
    responseHash: 'c'.repeat(64),
    released: [{ coordinate: 'Citizen.name', subject: subjectHash(TEST_SUBJECT_KEY, citizen) }],
    outcome: 'ok',
    errorCodes: [],
    ...overrides,
  };
}

export async function tempDir(): Promise<{ dir: string; file(name: string): string; cleanup(): Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'govgraph-access-log-'));
  return { dir, file: (name) => path.join(dir, name), cleanup: () => rm(dir, { recursive: true, force: true }) };
}

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Runs `npm run audit:verify`'s entry point through `npx tsx`, as an operator would. */
export function runVerifyCli(args: readonly string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      'npx',
      ['tsx', 'accessLog/verifyMain.ts', ...args],
      // The ambient PostgreSQL URL must not decide which log a test verifies.
      { cwd: REPO_ROOT, env: { ...process.env, GATEWAY_ACCESS_LOG_POSTGRES_URL: '', GATEWAY_ACCESS_LOG_FILE: '', ...env } },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        // npx may warn about the machine's npm settings; those lines are npm's, not the verifier's.
        resolve({ code, stdout, stderr: stderr.split('\n').filter((line) => !line.startsWith('npm warn')).join('\n') });
      },
    );
  });
}
