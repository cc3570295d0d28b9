import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FEDERATION_LINK, composeSupergraph, createTempDir, httpRequest } from './test/fakeSubgraphs.js';

const REPO = fileURLToPath(new URL('..', import.meta.url));

/** Runs a TypeScript file with this test's own Node (24) and tsx, as `npm run gateway` does. */
function runTs(args: readonly string[], env: Record<string, string> = {}): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', ...args], {
    cwd: REPO,
    env: {
      PATH: process.env['PATH'] ?? '',
      HOME: process.env['HOME'] ?? '',
      GATEWAY_ACCESS_LOG_FILE: path.join(tmpdir(), `govgraph-main-test-${randomUUID()}`, 'access.jsonl'),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

function collect(stream: NodeJS.ReadableStream | null): { text(): string } {
  let text = '';
  stream?.on('data', (chunk: Buffer) => {
    text += chunk.toString('utf8');
  });
  return { text: () => text };
}

async function exitOf(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null) return child.exitCode;
  const [code] = (await once(child, 'exit')) as [number | null];
  return code;
}

describe('gateway/main.ts', () => {
  let temp: Awaited<ReturnType<typeof createTempDir>>;
  let supergraphPath: string;

  beforeAll(async () => {
    temp = await createTempDir();
    supergraphPath = await temp.write('supergraph.graphql', composeSupergraph({ hello: `${FEDERATION_LINK}\ntype Query { hello: String }` }));
  });

  afterAll(async () => {
    await temp?.cleanup();
  });

  it('prints its URL, serves, and exits 0 after SIGTERM', async () => {
    const child = runTs(['gateway/main.ts', '--port', '0', '--supergraph', supergraphPath], { GATEWAY_LOG_LEVEL: 'silent' });
    const stdout = collect(child.stdout);
    const stderr = collect(child.stderr);
    try {
      const url = await new Promise<string>((resolve, reject) => {
        child.stdout?.on('data', () => {
          const match = /ready at (http:\/\/127\.0\.0\.1:\d+)\/graphql/.exec(stdout.text());
          if (match) resolve(match[1]!);
        });
        child.on('exit', () => reject(new Error(`gateway exited early: ${stderr.text()}`)));
      });
      expect(stdout.text()).toBe(`GovGraph gateway ready at ${url}/graphql (GraphiQL: ${url}/graphiql)\n`);
      expect(await httpRequest(`${url}/ready`)).toMatchObject({ status: 200, json: { status: 'ready' } });
      child.kill('SIGTERM');
      expect(await exitOf(child)).toBe(0);
    } finally {
      child.kill('SIGKILL');
    }
  });

  it('exits 1 with every configuration problem on stderr, and no stack trace', async () => {
    const child = runTs(['gateway/main.ts', '--port', 'eighty'], { GATEWAY_LOG_LEVEL: 'chatty' });
    const stderr = collect(child.stderr);
    expect(await exitOf(child)).toBe(1);
    expect(stderr.text()).toContain('Invalid gateway configuration (2 problems):');
    expect(stderr.text()).toContain('  - --port: expected a whole number from 0 to 65535, got "eighty"');
    expect(stderr.text()).toContain('  - GATEWAY_LOG_LEVEL: expected one of');
    expect(stderr.text()).not.toMatch(/\n\s+at /);
  });

  it('exits 1 naming the supergraph file when it is missing', async () => {
    const missing = `${temp.dir}/missing.graphql`;
    const child = runTs(['gateway/main.ts', '--port', '0', '--supergraph', missing], { GATEWAY_LOG_LEVEL: 'silent' });
    const stderr = collect(child.stderr);
    expect(await exitOf(child)).toBe(1);
    expect(stderr.text()).toContain(`Cannot read the supergraph file ${missing}: it does not exist.`);
  });

  it('refuses an older Node at once with a clear message (assertNodeVersion)', async () => {
    // The running Node is 24, so ask for a newer one to see the refusal.
    const child = runTs([
      '--eval',
      "import('./subgraphs/common/runtime/assertNodeVersion.ts').then((m) => m.assertNodeVersion(99))",
    ]);
    const stderr = collect(child.stderr);
    expect(await exitOf(child)).toBe(1);
    expect(stderr.text()).toContain(`GovGraph needs Node 99 or newer; this is Node ${process.versions.node}.`);
  });
});
