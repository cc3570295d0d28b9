/**
 * Stateless 32-bit hashing for simulators.
 *
 * Simulators derive most of a record's text on demand from its index instead of storing it, so
 * they need a hash that is fast, well mixed and identical on every run: the same (seed, index,
 * salt) must always give the same name, subject or signer. The finaliser is MurmurHash3's fmix32,
 * which passes avalanche tests and costs a few multiplications.
 */

/** MurmurHash3's 32-bit finaliser: every input bit flips about half of the output bits. */
export function mix32(x: number): number {
  let h = x | 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * Hashes up to four integers into one unsigned 32-bit integer. Order matters
 * (`hash32(1, 2) !== hash32(2, 1)`), so a salt can name the purpose of a draw.
 */
export function hash32(a: number, b = 0, c = 0, d = 0): number {
  let h = mix32((a | 0) ^ 0x9e3779b9);
  h = mix32(h ^ Math.imul(b | 0, 0x85ebca6b) ^ 0x7f4a7c15);
  h = mix32(h ^ Math.imul(c | 0, 0xc2b2ae35) ^ 0x165667b1);
  h = mix32(h ^ Math.imul(d | 0, 0x27d4eb2f) ^ 0x3c6ef372);
  return h;
}

/** Like {@link hash32} but scaled to a float in [0, 1). */
export function hashUnit(a: number, b = 0, c = 0, d = 0): number {
  return hash32(a, b, c, d) / 4294967296;
}

/**
 * Draw `k` derived from a record's base hash (`hash32(seed, index, salt)`): one mixing round
 * (a splitmix-style step), for records that need many independent draws.
 */
export function drawFrom(base: number, k: number): number {
  return mix32((base + Math.imul(k, 0x9e3779b9)) | 0);
}
