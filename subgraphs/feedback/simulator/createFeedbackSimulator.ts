import { createSimulatorServer, type SimulatorServer } from '../../common/simulator/createSimulatorServer.js';
import { resolveSimulatorOptions, type SeededSimulatorOptions } from '../../common/simulator/resolveSimulatorOptions.js';
import { createFeedbackRoutes } from './createFeedbackRoutes.js';
import { createFeedbackGateway, type FeedbackGatewayStats } from './feedbackGateway.js';
import { PUBLISHED_BIT } from './feedbackFlags.js';
import { feedbackRanges } from './listFeedback.js';
import { seedFeedback, type FeedbackStore } from './seedFeedback.js';
import { SIMULATOR_HMAC_KEY } from './simulatorCredentials.js';

/** System id of the citizen-feedback system, as in provenance and errors. */
export const FEEDBACK_SYSTEM = 'citizen-feedback';

/** Share of signed API requests the gateway answers with an HTML 502 page by default: 1 in 200. */
export const DEFAULT_BAD_GATEWAY_RATE = 0.005;

export interface FeedbackSimulatorOptions extends SeededSimulatorOptions {
  /**
   * Share (0–1) of API requests answered `502 Bad Gateway` with an HTML page although nothing was
   * injected, as the real system's gateway does; deterministic from the seed. Tests set 0, except
   * those about it. Default {@link DEFAULT_BAD_GATEWAY_RATE}.
   */
  readonly badGatewayRate?: number;
  /** HMAC keys the system accepts, by key id. Default the simulator's own ({@link SIMULATOR_HMAC_KEY}). */
  readonly keys?: ReadonlyMap<string, string>;
  /** Wall clock (epoch ms) against which signature timestamps are checked. Default `Date.now`. */
  readonly signatureClock?: () => number;
}

/** The simulator server, with what its gateway did (signatures refused by reason, 502 pages). */
export interface FeedbackSimulator extends SimulatorServer {
  stats(): FeedbackGatewayStats;
}

function countVisible(store: FeedbackStore, until: number): { feedback: number; published: number } {
  let feedback = 0;
  let published = 0;
  const all = Array.from({ length: store.handlerStart.length - 1 }, (_, i) => i);
  for (const { lo, hi } of feedbackRanges(store, all, Number.MIN_SAFE_INTEGER, until)) {
    feedback += hi - lo;
    for (let row = lo; row < hi; row++) if (((store.flags[row] as number) & PUBLISHED_BIT) !== 0) published++;
  }
  return { feedback, published };
}

/**
 * Builds an un-started simulator of the citizen-feedback system (API.md next to this file): about
 * 280,000 feedback a year at scale 1, received 2025-01-01 … 2026-12-31, behind a gateway that
 * checks HMAC signatures and now and then answers an HTML 502 (feedbackGateway.ts, around the
 * routes of the one simulator server).
 */
export function createFeedbackSimulator(options: FeedbackSimulatorOptions = {}): FeedbackSimulator {
  const { seed, scale } = resolveSimulatorOptions(FEEDBACK_SYSTEM, options);
  const badGatewayRate = options.badGatewayRate ?? DEFAULT_BAD_GATEWAY_RATE;
  if (!(badGatewayRate >= 0 && badGatewayRate <= 1)) throw new Error(`${FEEDBACK_SYSTEM} simulator: badGatewayRate must be from 0 to 1 (got ${badGatewayRate})`);
  const store = seedFeedback({ seed, scale });
  const gateway = createFeedbackGateway({
    keys: options.keys ?? new Map([[SIMULATOR_HMAC_KEY.keyId, SIMULATOR_HMAC_KEY.secret]]),
    seed,
    badGatewayRate,
    ...(options.signatureClock === undefined ? {} : { clock: options.signatureClock }),
  });
  const server = createSimulatorServer({
    system: FEEDBACK_SYSTEM,
    routes: gateway.guard(createFeedbackRoutes(store)),
    seed,
    ...(options.now === undefined ? {} : { now: options.now }),
    ...(options.latency === undefined ? {} : { latency: options.latency }),
    info: (now) => {
      const visible = countVisible(store, now);
      return {
        scale,
        counts: { feedback: store.count, visibleFeedback: visible.feedback, visiblePublishedFeedback: visible.published },
        gateway: { badGatewayRate, ...gateway.stats() },
      };
    },
  });
  // Not a spread: it would read the server's `url` getter once, at creation.
  return Object.assign(server, { stats: gateway.stats });
}
