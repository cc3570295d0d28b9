import { MAX_SCALE } from './resolveSimulatorOptions.js';

/**
 * Reads `<PREFIX>_PORT`, `<PREFIX>_SCALE` and `<PREFIX>_SEED` for a simulator's `main.ts`,
 * reporting every bad variable at once.
 */
export function readSimulatorEnv(
  prefix: string,
  env: NodeJS.ProcessEnv,
  defaultPort: number,
): { port: number; seed: number | undefined; scale: number | undefined } {
  const problems: string[] = [];
  const number = (name: string, fallback: number | undefined, valid: (n: number) => boolean, rule: string): number | undefined => {
    const raw = env[`${prefix}_${name}`];
    if (raw === undefined || raw.trim() === '') return fallback;
    const value = Number(raw);
    if (!valid(value)) {
      problems.push(`${prefix}_${name}=${raw}: must be ${rule}`);
      return fallback;
    }
    return value;
  };
  const port = number('PORT', defaultPort, (n) => Number.isInteger(n) && n >= 0 && n <= 65_535, 'a port number from 0 to 65535') ?? defaultPort;
  const scale = number('SCALE', undefined, (n) => Number.isFinite(n) && n > 0 && n <= MAX_SCALE, `a number above 0 and at most ${MAX_SCALE}`);
  const seed = number('SEED', undefined, (n) => Number.isInteger(n) && n >= 0 && n <= 0xffffffff, 'an integer from 0 to 4294967295');
  if (problems.length > 0) throw new Error(`invalid environment:\n  ${problems.join('\n  ')}`);
  return { port, seed, scale };
}
