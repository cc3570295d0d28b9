import type { SimulatorServer } from './createSimulatorServer.js';
import { readSimulatorEnv } from './readSimulatorEnv.js';
import type { SeededSimulatorOptions } from './resolveSimulatorOptions.js';

export interface RunSimulatorOptions<TOptions extends SeededSimulatorOptions> {
  /** Id of the simulated system, for the start-up line. */
  readonly system: string;
  /** Prefix of its variables: `<PREFIX>_PORT`, `_SCALE`, `_SEED`. */
  readonly envPrefix: string;
  readonly defaultPort: number;
  readonly create: (options: TOptions) => SimulatorServer;
  /** Reads options beyond seed and scale from the environment; throws with a precise message when one is bad. */
  readonly readExtra?: (env: NodeJS.ProcessEnv) => Partial<TOptions>;
}

/**
 * Runs one simulator alone until SIGINT/SIGTERM: what every simulator's `main.ts` does. A bad
 * setting stops the process with its precise message, not a stack trace.
 */
export async function runSimulator<TOptions extends SeededSimulatorOptions>(options: RunSimulatorOptions<TOptions>): Promise<void> {
  let settings: TOptions;
  let port: number;
  try {
    const env = readSimulatorEnv(options.envPrefix, process.env, options.defaultPort);
    port = env.port;
    settings = {
      ...(env.seed === undefined ? {} : { seed: env.seed }),
      ...(env.scale === undefined ? {} : { scale: env.scale }),
      ...options.readExtra?.(process.env),
    } as TOptions;
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
  const started = performance.now();
  const simulator = options.create(settings);
  const url = await simulator.listen(port);
  console.log(`${options.system} simulator listening on ${url} (seeded in ${Math.round(performance.now() - started)} ms)`);
  const stop = (): void => {
    simulator.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
