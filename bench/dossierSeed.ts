import { assertNodeVersion } from '../subgraphs/common/runtime/assertNodeVersion.js';

assertNodeVersion();

const { performance } = await import('node:perf_hooks');
const { seedDossiers } = await import('../subgraphs/dossiers/simulator/seedDossiers.js');
const { indexApplicants } = await import('../subgraphs/dossiers/simulator/dossierApplicants.js');

/**
 * Seed time and memory of the one-stop-shop simulator's store at scale 1 (about 4.1 million
 * dossiers), to keep the applicant index honest. Run: `npx tsx --expose-gc bench/dossierSeed.ts`
 * (GC exposure makes the memory figures exact).
 *
 * Env: BENCH_SCALE (default 1), BENCH_SEED (default 1), BENCH_RUNS (default 3).
 */
const scale = Number(process.env['BENCH_SCALE'] ?? '1');
const seed = Number(process.env['BENCH_SEED'] ?? '1');
const runs = Number(process.env['BENCH_RUNS'] ?? '3');
const MiB = 1024 * 1024;

const collect = (): void => (globalThis as { gc?: () => void }).gc?.();
const arrayBuffers = (): number => {
  collect();
  return process.memoryUsage().arrayBuffers;
};

console.log(`seedDossiers at scale ${scale}, seed ${seed} (Node ${process.versions.node})`);
const before = arrayBuffers();
const samples: number[] = [];
let kept: unknown;
for (let run = 0; run < runs; run++) {
  kept = undefined;
  collect();
  const started = performance.now();
  kept = seedDossiers({ seed, scale });
  samples.push(performance.now() - started);
}
const after = arrayBuffers();
const store = kept as ReturnType<typeof seedDossiers>;
samples.sort((a, b) => a - b);
console.log(`  ${store.count} dossiers; seed time min ${samples[0]?.toFixed(0)} ms, median ${samples[Math.floor(samples.length / 2)]?.toFixed(0)} ms over ${runs} runs`);
console.log(`  typed arrays kept by the store: ${((after - before) / MiB).toFixed(1)} MiB`);
const applicantBytes = store.applicants.rows.byteLength + store.applicants.bucketStart.byteLength;
const indexSamples: number[] = [];
for (let run = 0; run < runs; run++) {
  const started = performance.now();
  indexApplicants(store);
  indexSamples.push(performance.now() - started);
}
indexSamples.sort((a, b) => a - b);
console.log(`  of which the applicant index: min ${indexSamples[0]?.toFixed(0)} ms, ${(applicantBytes / MiB).toFixed(1)} MiB (${store.applicants.rows.length} citizen dossiers)`);
