import { assertNodeVersion } from '../subgraphs/common/runtime/assertNodeVersion.js';

assertNodeVersion();

const { performance } = await import('node:perf_hooks');
const { createIdentitySimulator } = await import('../subgraphs/identity/simulator/createIdentitySimulator.js');
const { createDocumentsSimulator } = await import('../subgraphs/documents/simulator/createDocumentsSimulator.js');
const { agenciesUnder } = await import('../subgraphs/common/simulator/hanoiAgencies.js');
const { seedDocuments } = await import('../subgraphs/documents/simulator/seedDocuments.js');
const { seedTasks } = await import('../subgraphs/documents/simulator/seedTasks.js');
const { documentStatistics } = await import('../subgraphs/documents/simulator/documentStatistics.js');
const { taskStatistics } = await import('../subgraphs/documents/simulator/taskStatistics.js');
const { minutesFromCivil, minutesFromDate } = await import('../subgraphs/common/simulator/vietnamTime.js');

/**
 * Measures the simulators at scale 1 (Hanoi's real order of magnitude): seed counts, build time,
 * memory after seeding, and how long statistics and list pages take, over loopback HTTP and as
 * bare computation. Run: `npx tsx --expose-gc bench/simulators.ts` (GC exposure makes the heap
 * figures exact; without it they include garbage not yet collected).
 *
 * Env: BENCH_SCALE (default 1), BENCH_SEED (default 1), BENCH_RUNS (default 50).
 */
const scale = Number(process.env['BENCH_SCALE'] ?? '1');
const seed = Number(process.env['BENCH_SEED'] ?? '1');
const runs = Number(process.env['BENCH_RUNS'] ?? '50');
const now = new Date('2026-11-20T10:00:00+07:00');
const noLatency = { medianMs: 0, p99Ms: 0 };
const MiB = 1024 * 1024;

const collect = (): void => (globalThis as { gc?: () => void }).gc?.();
const memory = (): string => {
  collect();
  const { rss, heapUsed, arrayBuffers } = process.memoryUsage();
  return `RSS ${(rss / MiB).toFixed(0)} MiB, heap used ${(heapUsed / MiB).toFixed(0)} MiB, array buffers ${(arrayBuffers / MiB).toFixed(0)} MiB`;
};
const quantile = (sorted: readonly number[], q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;

async function time(label: string, run: () => Promise<unknown> | unknown): Promise<void> {
  for (let i = 0; i < 5; i++) await run();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await run();
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  console.log(`  ${label.padEnd(58)} median ${quantile(samples, 0.5).toFixed(2).padStart(7)} ms   p99 ${quantile(samples, 0.99).toFixed(2).padStart(7)} ms`);
}

console.log(`GovGraph simulators at scale ${scale}, seed ${seed}, clock ${now.toISOString()} (Node ${process.versions.node})`);
console.log(`baseline: ${memory()}`);

let started = performance.now();
const identity = createIdentitySimulator({ seed, scale, now, latency: noLatency });
const identityMs = performance.now() - started;
started = performance.now();
const documents = createDocumentsSimulator({ seed, scale, now, latency: noLatency });
const documentsMs = performance.now() - started;
console.log(`\nbuilt identity in ${identityMs.toFixed(0)} ms, documents in ${documentsMs.toFixed(0)} ms`);
console.log(`after seeding both: ${memory()}`);

const identityUrl = await identity.listen();
const documentsUrl = await documents.listen();
const info = async (url: string) => (await (await fetch(`${url}/__admin/info`)).json()) as { counts: Record<string, number> };
console.log('\nidentity counts ', JSON.stringify((await info(identityUrl)).counts));
console.log('documents counts', JSON.stringify((await info(documentsUrl)).counts));

const get = async (url: string): Promise<number> => {
  const response = await fetch(url);
  return (await response.arrayBuffer()).byteLength;
};
const city = 'maDonVi=000.00.00.H26&baoGomDonViCon=1';
console.log(`\nover loopback HTTP (${runs} runs each, after warm-up):`);
await time('thongke/vanban, whole city, 2023-2026', () => get(`${documentsUrl}/api/v1/thongke/vanban?${city}&tuNgay=01/01/2023&denNgay=31/12/2026`));
await time('thongke/vanban, whole city, one month', () => get(`${documentsUrl}/api/v1/thongke/vanban?${city}&tuNgay=01/10/2026&denNgay=31/10/2026`));
await time('thongke/nhiemvu, whole city, 2023-2026', () => get(`${documentsUrl}/api/v1/thongke/nhiemvu?${city}&tuNgay=01/01/2023&denNgay=31/12/2026`));
await time('thongke/nhiemvu, whole city, 2025, as of 31/12/2025', () =>
  get(`${documentsUrl}/api/v1/thongke/nhiemvu?${city}&tuNgay=01/01/2025&denNgay=31/12/2025&thoiDiem=31/12/2025 23:59:59`),
);
await time('vanban page 1 (20), whole city, not secret', () => get(`${documentsUrl}/api/v1/vanban?${city}&doMat=0`));
await time('vanban page 1,000 (500 each), whole city, not secret', () => get(`${documentsUrl}/api/v1/vanban?${city}&doMat=0&trang=1000&soBanGhi=500`));
await time('nhiemvu overdue, first 5, whole city', () => get(`${documentsUrl}/api/v1/nhiemvu?${city}&tinhTrang=2&soBanGhi=5`));
await time('vanban/ds, 200 ids', () => get(`${documentsUrl}/api/v1/vanban/ds?ids=${Array.from({ length: 200 }, (_, i) => `VB${String(i * 9_973 + 1).padStart(8, '0')}`).join(',')}`));
await time('canbo page 1 (500)', () => get(`${identityUrl}/api/v1/canbo?soBanGhi=500`));

await Promise.all([identity.close(), documents.close()]);

// Bare computation, on a separate seed of the same data (the servers above keep theirs private).
console.log('\nbare computation (no HTTP, no JSON):');
started = performance.now();
const store = seedDocuments({ seed, scale });
const seededDocumentsMs = performance.now() - started;
started = performance.now();
const tasks = seedTasks(store);
console.log(`  seedDocuments ${seededDocumentsMs.toFixed(0)} ms (${store.count} documents), seedTasks ${(performance.now() - started).toFixed(0)} ms (${tasks.count} tasks)`);
const all = agenciesUnder(0);
const nowMinute = minutesFromDate(now);
await time('documentStatistics, whole city, 2023-2026', () => documentStatistics(store, all, minutesFromCivil(2023, 1, 1), nowMinute));
await time('taskStatistics, whole city, 2023-2026, as of now', () =>
  taskStatistics(tasks, { agencies: all, assignedFrom: minutesFromCivil(2023, 1, 1), assignedTo: nowMinute, now: nowMinute, asOf: nowMinute }),
);
