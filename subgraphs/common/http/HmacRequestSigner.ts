import { createHmac, randomBytes } from 'node:crypto';
import type { LegacyAuth, LegacyAuthRequest } from './LegacyClient.js';

/**
 * HMAC-signed requests with a key id, a timestamp and a single-use nonce (ARCHITECTURE.md §3), as
 * the citizen-feedback system and many API gateways of Vietnamese provinces (LGSP) require:
 *
 * ```
 * X-Key-Id:    <key id>
 * X-Timestamp: <epoch seconds>
 * X-Nonce:     <random, never reused within the validity window>
 * X-Signature: base64(HMAC-SHA256(secret, METHOD + "\n" + pathAndQuery + "\n" + timestamp + "\n" + nonce))
 * ```
 *
 * `pathAndQuery` is the request target exactly as sent (`/api/v1/phananh?limit=50&cursor=…`), and
 * `timestamp` the header's text as sent. Every attempt is signed afresh, so a retry never reuses a
 * nonce.
 */

/** Header names, lower case as Node reads them. */
export const HMAC_HEADERS = {
  keyId: 'x-key-id',
  timestamp: 'x-timestamp',
  nonce: 'x-nonce',
  signature: 'x-signature',
} as const;

/** The text a signature covers. */
export function canonicalRequest(method: string, pathAndQuery: string, timestamp: string, nonce: string): string {
  return `${method.toUpperCase()}\n${pathAndQuery}\n${timestamp}\n${nonce}`;
}

/** base64(HMAC-SHA256(secret, canonical)). */
export function hmacSignature(secret: string, canonical: string): string {
  return createHmac('sha256', secret).update(canonical, 'utf8').digest('base64');
}

export interface HmacRequestSignerOptions {
  /** Key id the upstream system knows the secret by (`<PREFIX>_HMAC_KEY_ID`). */
  readonly keyId: string;
  /** The shared secret (`<PREFIX>_HMAC_SECRET`). Never logged, never serialised. */
  readonly secret: string;
  /** Wall clock in epoch milliseconds for the timestamp. Default `Date.now`. */
  readonly clock?: () => number;
  /** Nonce generator. Default 16 random bytes, base64url (22 characters). */
  readonly nonce?: () => string;
}

/** A {@link LegacyAuth} strategy that signs every attempt with HMAC-SHA256. */
export class HmacRequestSigner implements LegacyAuth {
  readonly keyId: string;
  // A private field: not enumerable, so neither a logger nor JSON.stringify can print the secret.
  readonly #secret: string;
  private readonly clock: () => number;
  private readonly nonce: () => string;

  constructor(options: HmacRequestSignerOptions) {
    if (options.keyId.trim() === '' || options.secret === '') throw new Error('HmacRequestSigner needs a key id and a secret');
    this.keyId = options.keyId;
    this.#secret = options.secret;
    this.clock = options.clock ?? Date.now;
    this.nonce = options.nonce ?? (() => randomBytes(16).toString('base64url'));
  }

  headers(request: Pick<LegacyAuthRequest, 'method' | 'pathAndQuery'>): Record<string, string> {
    const timestamp = String(Math.floor(this.clock() / 1000));
    const nonce = this.nonce();
    const signature = hmacSignature(this.#secret, canonicalRequest(request.method, request.pathAndQuery, timestamp, nonce));
    return {
      [HMAC_HEADERS.keyId]: this.keyId,
      [HMAC_HEADERS.timestamp]: timestamp,
      [HMAC_HEADERS.nonce]: nonce,
      [HMAC_HEADERS.signature]: signature,
    };
  }

  toJSON(): { keyId: string } {
    return { keyId: this.keyId };
  }
}
