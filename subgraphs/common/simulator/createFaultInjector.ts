import { createRandom, type Random } from './createRandom.js';

/**
 * Run-time fault injection (LEGACY-CONVENTIONS.md, "Admin endpoint"): which API requests fail,
 * and how. Tests, demos and benchmarks set a fault set through `PUT /__admin/faults`.
 */

/** A fault set as the admin endpoint takes it; every key optional. */
export interface FaultSet {
  /** Every targeted request has its socket destroyed at once. */
  readonly outage?: boolean;
  /** Share (0–1) answered `errorStatus` with an error envelope. */
  readonly errorRate?: number;
  /** Status for `errorRate`. Default 500. */
  readonly errorStatus?: number;
  /** Share answered 502 with an HTML page. */
  readonly htmlErrorRate?: number;
  /** Share answered 200 with a body that is not JSON. */
  readonly malformedRate?: number;
  /** Share answered 200 with half the real body, then the socket destroyed. */
  readonly truncatedRate?: number;
  /** Share never answered (socket kept open and silent). */
  readonly timeoutRate?: number;
  /** Milliseconds added to every targeted request's latency. */
  readonly addedLatencyMs?: number;
  /** Route patterns the faults apply to (`"GET /api/v1/donvi/ds"` or a bare path pattern). Default all. */
  readonly routes?: readonly string[];
}

export type FaultKind = 'none' | 'outage' | 'timeout' | 'error' | 'htmlError' | 'malformed' | 'truncated';

export interface FaultDecision {
  readonly kind: FaultKind;
  readonly addedLatencyMs: number;
  readonly errorStatus: number;
}

export interface FaultInjector {
  /** The fault set in force (`{}` when none). */
  current(): FaultSet;
  /** Replaces the fault set and restarts the decision sequence, so a run is repeatable. */
  set(faults: FaultSet): void;
  /** Back to no faults. */
  clear(): void;
  /** Decides the fate of one request to the route with this key (`"GET /api/v1/donvi"`). */
  decide(routeKey: string): FaultDecision;
}

export type FaultSetParse = { readonly ok: true; readonly faults: FaultSet } | { readonly ok: false; readonly problems: string[] };

const RATE_KEYS = ['errorRate', 'htmlErrorRate', 'malformedRate', 'truncatedRate', 'timeoutRate'] as const;
const KNOWN_KEYS = new Set<string>([...RATE_KEYS, 'outage', 'errorStatus', 'addedLatencyMs', 'routes']);

function routeMatches(entry: string, routeKey: string): boolean {
  return entry === routeKey || entry === routeKey.slice(routeKey.indexOf(' ') + 1);
}

/**
 * Validates a fault set from JSON, reporting every problem at once. `knownRoutes` are the route
 * keys of the simulator, so a mistyped entry in `routes` is refused instead of silently matching
 * nothing.
 */
export function parseFaultSet(value: unknown, knownRoutes: readonly string[]): FaultSetParse {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, problems: ['the fault set must be a JSON object'] };
  }
  const input = value as Record<string, unknown>;
  const problems: string[] = [];
  for (const key of Object.keys(input)) {
    if (!KNOWN_KEYS.has(key)) problems.push(`unknown key "${key}"`);
  }
  const faults: { -readonly [K in keyof FaultSet]: FaultSet[K] } = {};
  if (input.outage !== undefined) {
    if (typeof input.outage === 'boolean') faults.outage = input.outage;
    else problems.push('"outage" must be true or false');
  }
  for (const key of RATE_KEYS) {
    const rate = input[key];
    if (rate === undefined) continue;
    if (typeof rate === 'number' && rate >= 0 && rate <= 1) faults[key] = rate;
    else problems.push(`"${key}" must be a number from 0 to 1`);
  }
  if (input.errorStatus !== undefined) {
    const status = input.errorStatus;
    if (typeof status === 'number' && Number.isInteger(status) && status >= 400 && status <= 599) faults.errorStatus = status;
    else problems.push('"errorStatus" must be an integer HTTP status from 400 to 599');
  }
  if (input.addedLatencyMs !== undefined) {
    const ms = input.addedLatencyMs;
    if (typeof ms === 'number' && ms >= 0 && ms <= 600_000) faults.addedLatencyMs = ms;
    else problems.push('"addedLatencyMs" must be a number of milliseconds from 0 to 600000');
  }
  if (input.routes !== undefined) {
    const routes = input.routes;
    if (!Array.isArray(routes) || !routes.every((r): r is string => typeof r === 'string')) {
      problems.push('"routes" must be an array of route patterns');
    } else {
      for (const entry of routes) {
        if (!knownRoutes.some((key) => routeMatches(entry, key))) {
          problems.push(`"routes" names an unknown route "${entry}" (known: ${knownRoutes.join(', ')})`);
        }
      }
      faults.routes = [...routes];
    }
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, faults };
}

const NO_FAULT: FaultDecision = { kind: 'none', addedLatencyMs: 0, errorStatus: 500 };

/**
 * Creates an injector whose decisions come from a generator seeded with `seed`, restarted on
 * every `set`, so a given fault set and request sequence fail the same requests on every run.
 *
 * One draw per targeted request is split into consecutive shares in the order timeout, error,
 * HTML error, malformed, truncated: each rate is then the exact share of its fault (as long as
 * the rates add up to at most 1; beyond that the later kinds get what is left).
 */
export function createFaultInjector(seed: number): FaultInjector {
  let faults: FaultSet = {};
  let random: Random = createRandom(seed);

  return {
    current: () => faults,
    set(next) {
      faults = next;
      random = createRandom(seed);
    },
    clear() {
      faults = {};
      random = createRandom(seed);
    },
    decide(routeKey) {
      if (faults.routes !== undefined && !faults.routes.some((entry) => routeMatches(entry, routeKey))) return NO_FAULT;
      const addedLatencyMs = faults.addedLatencyMs ?? 0;
      const errorStatus = faults.errorStatus ?? 500;
      if (faults.outage === true) return { kind: 'outage', addedLatencyMs: 0, errorStatus };
      const u = random.next();
      let threshold = 0;
      const shares: ReadonlyArray<readonly [FaultKind, number | undefined]> = [
        ['timeout', faults.timeoutRate],
        ['error', faults.errorRate],
        ['htmlError', faults.htmlErrorRate],
        ['malformed', faults.malformedRate],
        ['truncated', faults.truncatedRate],
      ];
      for (const [kind, rate] of shares) {
        threshold += rate ?? 0;
        if (u < threshold) return { kind, addedLatencyMs, errorStatus };
      }
      return { kind: 'none', addedLatencyMs, errorStatus };
    },
  };
}
