import { assertNodeVersion } from '../subgraphs/common/runtime/assertNodeVersion.js';

assertNodeVersion();

const { performance } = await import('node:perf_hooks');
const { request } = await import('undici');
const { readFileSync } = await import('node:fs');
const { startStack } = await import('../test/support/startStack.js');
const { PortalClient } = await import('../subgraphs/dossiers/test/portalClient.js');
const { SignedLegacy } = await import('../subgraphs/feedback/test/signedLegacy.js');
const { REPORTING_SIMULATOR_API_KEY } = await import('../subgraphs/reporting/simulator/simulatorApiKey.js');

/**
 * `npm run bench`: the foundation's measurements, every figure taken side by side in one run.
 *
 * 1. Start-up of the whole stack at Hanoi's scale, and its memory.
 * 2. The single call (LeaderDashboard, ARCHITECTURE.md §2) through the gateway, against its critical
 *    path: the same upstream requests made directly to the simulators, authenticated as the
 *    adapters do, in the order the data depends on each other (the agency; then every system's
 *    figures and the task page in parallel; then the page's source documents and lead agencies in
 *    parallel). A gateway cannot answer before that chain does; the ratio says what federation
 *    costs on top of it. Rounds alternate the two so both see the same machine.
 * 3. Upstream requests per call (from the simulators' counters).
 *
 * Env: BENCH_SCALE (default 1), BENCH_ROUNDS (default 40).
 */
const scale = Number(process.env['BENCH_SCALE'] ?? '1');
const rounds = Number(process.env['BENCH_ROUNDS'] ?? '40');
const MiB = 1024 * 1024;
const CITY = '000.00.00.H26';

const quantile = (samples: readonly number[], q: number): number => {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
};

console.log(`GovGraph bench: scale ${scale}, ${rounds} rounds, Node ${process.versions.node}`);
const rssBefore = process.memoryUsage().rss;
const started = performance.now();
const stack = await startStack({ scale, now: new Date(), latency: { medianMs: 15, p99Ms: 150 } });
const startupMs = performance.now() - started;
console.log(
  `\nstack started in ${startupMs.toFixed(0)} ms (5 simulators, 5 subgraphs, gateway); ` +
    `RSS ${(rssBefore / MiB).toFixed(0)} -> ${(process.memoryUsage().rss / MiB).toFixed(0)} MiB`,
);

const QUERY = readFileSync(new URL('../schema/operations/LeaderDashboard.graphql', import.meta.url), 'utf8');
const VARIABLES = { agency: CITY, from: '2025-01-01', to: '2025-12-31', year: 2024 };
const SYSTEMS = ['identity', 'documents', 'dossiers', 'reporting', 'feedback'];

// A leader's dashboard sends a bearer token; the gateway verifies it on every call.
const AUTHORIZATION = `Bearer ${await stack.token('city-leader')}`;

async function viaGateway(): Promise<void> {
  const response = await request(stack.gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: AUTHORIZATION },
    body: JSON.stringify({ query: QUERY, variables: VARIABLES }),
  });
  const body = (await response.body.json()) as { errors?: unknown[] };
  if (body.errors) throw new Error(`the call failed: ${JSON.stringify(body.errors)}`);
}

const identity = stack.simulator('identity').baseUrl;
const documents = stack.simulator('documents').baseUrl;
const portal = new PortalClient(stack.simulator('dossiers').baseUrl);
const signed = new SignedLegacy(stack.simulator('feedback').baseUrl);
const reporting = stack.simulator('reporting').baseUrl;
const get = async (url: string) => (await request(url)).body.json() as Promise<{ Data: Record<string, string>[] }>;
const period = 'tuNgay=01/01/2025&denNgay=31/12/2025';
const scope = `maDonVi=${CITY}&baoGomDonViCon=1`;

async function criticalPath(): Promise<void> {
  await get(`${identity}/api/v1/donvi/ds?ma=${CITY}`);
  await Promise.all([
    (async () => {
      const page = await get(`${documents}/api/v1/nhiemvu?${scope}&tinhTrang=2&trang=1&soBanGhi=5`);
      const tasks = page.Data;
      await Promise.all([
        get(`${documents}/api/v1/vanban/ds?ids=${tasks.map((task) => task['IDVanBan']).filter(Boolean).join(',')}`),
        get(`${identity}/api/v1/donvi/ds?ma=${[...new Set(tasks.map((task) => task['MaDonViChuTri']))].join(',')}`),
      ]);
    })(),
    get(`${documents}/api/v1/thongke/nhiemvu?${scope}&${period}&thoiDiem=31/12/2025%2023:59:59`),
    get(`${documents}/api/v1/thongke/vanban?${scope}&${period}`),
    portal.get(`/api/v1/thongke/hoso?${scope}&${period}`),
    signed.get('/api/v1/thongke/phananh', { maDonVi: CITY, baoGomDonViCon: 1, tuNgay: '01/01/2025', denNgay: '31/12/2025', thoiDiem: '31/12/2025 23:59:59' }),
    request(`${reporting}/api/v1/chisotinh?nam=2024`, { headers: { 'x-api-key': REPORTING_SIMULATOR_API_KEY } }).then((r) => r.body.text()),
  ]);
}

for (let i = 0; i < 5; i++) {
  await viaGateway();
  await criticalPath();
}
for (const name of SYSTEMS) await stack.simulator(name).resetCounters();
await viaGateway();
const counters: Record<string, number> = {};
for (const name of SYSTEMS) {
  for (const [route, count] of Object.entries(await stack.simulator(name).counters())) if (count > 0) counters[`${name.padEnd(10)} ${route}`] = count;
}

const gatewayMs: number[] = [];
const pathMs: number[] = [];
for (let i = 0; i < rounds; i++) {
  let t = performance.now();
  await viaGateway();
  gatewayMs.push(performance.now() - t);
  t = performance.now();
  await criticalPath();
  pathMs.push(performance.now() - t);
}

const line = (label: string, samples: number[]) =>
  `  ${label.padEnd(44)} median ${quantile(samples, 0.5).toFixed(1).padStart(6)} ms   p90 ${quantile(samples, 0.9).toFixed(1).padStart(6)} ms`;
console.log(`\nthe single call (LeaderDashboard) for the city (simulated upstream latency: median 15 ms, p99 ~150 ms):`);
console.log(line('through the gateway', gatewayMs));
console.log(line('critical path, direct to the simulators', pathMs));
console.log(`  ratio gateway / critical path (medians): ${(quantile(gatewayMs, 0.5) / quantile(pathMs, 0.5)).toFixed(2)}`);
console.log(`\nupstream requests made by one call (the dossiers token is cached across calls): ${Object.values(counters).reduce((a, b) => a + b, 0)}`);
for (const [route, count] of Object.entries(counters)) console.log(`  ${route.padEnd(44)} ${count}`);
console.log(`\nRSS after the run: ${(process.memoryUsage().rss / MiB).toFixed(0)} MiB`);

await stack.stop();
