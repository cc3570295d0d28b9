import { calculateJwkThumbprint, exportJWK, generateKeyPair, type CryptoKey, type JWK } from 'jose';

/** The one algorithm the provider signs with and publishes. */
export const SIGNING_ALG = 'ES256';

/** A key of the JWKS as published: public part, `kid` (RFC 7638 thumbprint), `alg`, `use`. */
export type PublishedJwk = JWK & { readonly kid: string; readonly alg: typeof SIGNING_ALG; readonly use: 'sig' };

interface SigningKey {
  readonly kid: string;
  readonly privateKey: CryptoKey;
  readonly publicJwk: PublishedJwk;
  /** When the key stopped signing (ms since the epoch); `undefined` for the current key. */
  retiredAt: number | undefined;
}

/** The provider's signing keys: one current key, and retired keys while their tokens may live. */
export interface SigningKeys {
  /** The current key (generated on first use). */
  current(): Promise<{ kid: string; privateKey: CryptoKey }>;
  /** Makes a new current key and resolves with its `kid`; the previous one stays published. */
  rotate(): Promise<string>;
  /** The published keys, current first. */
  jwks(): Promise<{ keys: PublishedJwk[] }>;
}

export interface SigningKeysOptions {
  /** How long a retired key stays published: the longest life of a token it signed, in seconds. */
  readonly retainSeconds: number;
  /** Wall clock in ms. Default `Date.now`. */
  readonly clock?: () => number;
}

async function generateSigningKey(): Promise<SigningKey> {
  const { privateKey, publicKey } = await generateKeyPair(SIGNING_ALG, { extractable: true });
  const jwk = await exportJWK(publicKey);
  const kid = await calculateJwkThumbprint(jwk);
  return { kid, privateKey, publicJwk: { ...jwk, kid, alg: SIGNING_ALG, use: 'sig' }, retiredAt: undefined };
}

/**
 * An ES256 key ring, generated at random (tokens need not survive a restart). A retired key is
 * published until every token it signed has expired, with a minute for clock skew, so rotation
 * never cuts off a live token.
 */
export function createSigningKeys(options: SigningKeysOptions): SigningKeys {
  const clock = options.clock ?? Date.now;
  const retainMs = (options.retainSeconds + 60) * 1000;
  // Newest first; a promise so that concurrent first uses and rotations serialise.
  let ring: Promise<SigningKey[]> = generateSigningKey().then((key) => [key]);

  const live = (keys: SigningKey[]): SigningKey[] => {
    const now = clock();
    return keys.filter((key) => key.retiredAt === undefined || now < key.retiredAt + retainMs);
  };

  return {
    async current() {
      const [key] = await ring;
      return { kid: (key as SigningKey).kid, privateKey: (key as SigningKey).privateKey };
    },
    async rotate() {
      ring = ring.then(async (keys) => {
        const next = await generateSigningKey();
        const now = clock();
        for (const key of keys) key.retiredAt ??= now;
        return [next, ...live(keys)];
      });
      return (await this.current()).kid;
    },
    async jwks() {
      return { keys: live(await ring).map((key) => key.publicJwk) };
    },
  };
}
