import { hash32 } from './hash32.js';

/**
 * The legacy systems' mixed Unicode: about one record in ten was stored by old clients in NFD
 * (decomposed: `a` + combining marks), the rest in NFC. Adapters must normalise at the edge, so
 * the simulators reproduce the mix, deterministically per record.
 */

/** Whether the record `index` of a kind (`salt`) is stored in NFD: about one in ten. */
export function storedAsNfd(seed: number, salt: number, index: number): boolean {
  return hash32(seed, salt, index, 0x4e4644) % 10 === 0;
}

/** The text as the legacy system stores it: decomposed when the record is an NFD one. */
export function legacyText(text: string, nfd: boolean): string {
  return nfd ? text.normalize('NFD') : text;
}
