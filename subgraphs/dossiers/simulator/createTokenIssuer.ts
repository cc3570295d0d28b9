import { randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * The OAuth2 client-credentials tokens of the simulated portal: opaque bearer tokens that expire
 * after a fixed lifetime, measured on their own clock (real time by default), so a simulator whose
 * business clock is fixed still sees its tokens expire.
 */
export interface TokenIssuer {
  /** A new token for a known client with the right secret, or `undefined`. */
  issue(clientId: string, clientSecret: string): { readonly token: string; readonly expiresIn: number } | undefined;
  /** Whether a token was issued here, is not revoked and has not expired. */
  isValid(token: string): boolean;
  /** Revokes every token; returns how many were live. */
  revokeAll(): number;
  /** Live tokens. */
  liveCount(): number;
  readonly ttlSeconds: number;
}

export interface TokenIssuerOptions {
  /** Client ids and their secrets. */
  readonly clients: Readonly<Record<string, string>>;
  /** Token lifetime in seconds. */
  readonly ttlSeconds: number;
  /** Milliseconds since the epoch. */
  readonly clock: () => number;
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given, 'utf8');
  const b = Buffer.from(expected, 'utf8');
  return a.length === b.length && timingSafeEqual(a, b);
}

export function createTokenIssuer(options: TokenIssuerOptions): TokenIssuer {
  const tokens = new Map<string, number>();
  const purge = (): void => {
    const now = options.clock();
    for (const [token, expiresAt] of tokens) if (expiresAt <= now) tokens.delete(token);
  };
  return {
    ttlSeconds: options.ttlSeconds,
    issue(clientId, clientSecret) {
      const expected = options.clients[clientId];
      if (expected === undefined || !sameSecret(clientSecret, expected)) return undefined;
      purge();
      const token = randomBytes(24).toString('base64url');
      tokens.set(token, options.clock() + options.ttlSeconds * 1000);
      return { token, expiresIn: options.ttlSeconds };
    },
    isValid(token) {
      const expiresAt = tokens.get(token);
      return expiresAt !== undefined && options.clock() < expiresAt;
    },
    revokeAll() {
      purge();
      const live = tokens.size;
      tokens.clear();
      return live;
    },
    liveCount() {
      purge();
      return tokens.size;
    },
  };
}
