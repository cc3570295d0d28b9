import { getGlobalDispatcher, request, type Dispatcher } from 'undici';
import { z } from 'zod';
import { AttemptFailure, type LegacyAuth, type LegacyAuthRequest } from './LegacyClient.js';

export interface OAuth2ClientCredentialsOptions {
  /** Id of the upstream system, for error messages (e.g. `one-stop-shop`). */
  readonly system: string;
  /** The token endpoint, e.g. `https://portal.example/oauth2/token`. */
  readonly tokenUrl: string;
  readonly clientId: string;
  /** Never logged, never put in an error. */
  readonly clientSecret: string;
  /** Optional `scope` of the token request. Default none. */
  readonly scope?: string;
  /** Network of the token requests: pass the one the API requests use. Default undici's global dispatcher. */
  readonly dispatcher?: Dispatcher;
  /** Time one token request may take (also bounded by the API request's deadline). Default 3000 ms. */
  readonly timeoutMs?: number;
  /** How long before expiry a token is replaced. Default a tenth of its lifetime, at most 30 s. */
  readonly refreshMarginMs?: number;
  /** Clock in epoch milliseconds, injectable for tests. Default `Date.now`. */
  readonly now?: () => number;
}

interface CachedToken {
  readonly value: string;
  /** Replace it from this instant on (shortly before it expires). */
  readonly refreshAt: number;
}

/** RFC 6749 §5.1; `expires_in` is sometimes a string in legacy gateways. */
const tokenResponseSchema = z.object({
  access_token: z.string().min(1),
  token_type: z.string().regex(/^bearer$/i),
  expires_in: z.union([z.number(), z.string().regex(/^\d+$/).transform(Number)]).pipe(z.number().int().positive()),
});

/**
 * OAuth2 client credentials (RFC 6749 §4.4) as a {@link LegacyAuth} strategy: one cached bearer
 * token shared by every request, replaced shortly before it expires; concurrent requests that
 * need a new token wait for one token request (single flight). When the system answers 401 the
 * LegacyClient calls `rejected`, which drops the token that request used (not a newer one another
 * request already fetched), and retries with a fresh one.
 *
 * The client authenticates with HTTP Basic (RFC 6749 §2.3.1). The secret and the tokens never go
 * into logs or errors: failures say only what went wrong and which system.
 */
export class OAuth2ClientCredentials implements LegacyAuth {
  private readonly options: OAuth2ClientCredentialsOptions;
  private readonly now: () => number;
  private token: CachedToken | undefined;
  private pending: Promise<CachedToken> | undefined;
  /** The token each in-flight request was given, so a 401 drops only a token still cached. */
  private readonly used = new WeakMap<LegacyAuthRequest, string>();

  constructor(options: OAuth2ClientCredentialsOptions) {
    this.options = options;
    this.now = options.now ?? Date.now;
  }

  async headers(request: LegacyAuthRequest): Promise<Record<string, string>> {
    const token = await this.current(request.deadline);
    this.used.set(request, token.value);
    return { authorization: `Bearer ${token.value}` };
  }

  rejected(request: LegacyAuthRequest): void {
    const used = this.used.get(request);
    if (this.token !== undefined && (used === undefined || used === this.token.value)) this.token = undefined;
  }

  private current(deadline: number): Promise<CachedToken> | CachedToken {
    if (this.token !== undefined && this.now() < this.token.refreshAt) return this.token;
    if (this.pending === undefined) {
      this.pending = this.fetchToken(deadline).finally(() => {
        this.pending = undefined;
      });
    }
    return this.pending;
  }

  private async fetchToken(deadline: number): Promise<CachedToken> {
    const { system } = this.options;
    const started = this.now();
    const budget = Math.min(this.options.timeoutMs ?? 3000, deadline - Date.now());
    if (budget <= 0) throw new AttemptFailure('UPSTREAM_TIMEOUT', `No time was left to get an access token from the ${system} system.`, false);
    const body = new URLSearchParams({ grant_type: 'client_credentials' });
    if (this.options.scope !== undefined) body.set('scope', this.options.scope);
    const basic = Buffer.from(`${encodeURIComponent(this.options.clientId)}:${encodeURIComponent(this.options.clientSecret)}`, 'utf8').toString('base64');
    const signal = AbortSignal.timeout(budget);
    let response: Dispatcher.ResponseData;
    try {
      response = await request(this.options.tokenUrl, {
        method: 'POST',
        dispatcher: this.options.dispatcher ?? getGlobalDispatcher(),
        headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json', authorization: `Basic ${basic}` },
        body: body.toString(),
        signal,
        headersTimeout: budget,
        bodyTimeout: budget,
      });
    } catch (error) {
      // The cause is kept for the server log only; undici's errors carry neither headers nor body.
      if (signal.aborted) throw new AttemptFailure('UPSTREAM_TIMEOUT', `The ${system} system's token endpoint did not answer in time.`, true, error);
      throw new AttemptFailure('UPSTREAM_UNAVAILABLE', `The ${system} system's token endpoint could not be reached.`, true, error);
    }
    let text: string;
    try {
      text = await response.body.text();
    } catch (error) {
      if (signal.aborted) throw new AttemptFailure('UPSTREAM_TIMEOUT', `The ${system} system's token endpoint stopped sending its answer.`, true, error);
      throw new AttemptFailure('UPSTREAM_BAD_RESPONSE', `The ${system} system's token endpoint's answer was cut off.`, true, error);
    }
    const status = response.statusCode;
    if (status >= 500) throw new AttemptFailure('UPSTREAM_UNAVAILABLE', `The ${system} system's token endpoint answered HTTP ${status}.`, true);
    // No `status` on this failure: the LegacyClient's 401 retry is for refused tokens, not refused credentials.
    if (status >= 400) throw new AttemptFailure('UPSTREAM_REJECTED', `The ${system} system refused GovGraph's client credentials (HTTP ${status}).`, false);
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      throw new AttemptFailure('UPSTREAM_BAD_RESPONSE', `The ${system} system's token endpoint answered a body that is not JSON.`, true, error);
    }
    const parsed = tokenResponseSchema.safeParse(json);
    if (!parsed.success) {
      throw new AttemptFailure('UPSTREAM_BAD_RESPONSE', `The ${system} system's token endpoint answered no usable bearer token.`, true);
    }
    const lifetimeMs = parsed.data.expires_in * 1000;
    const margin = this.options.refreshMarginMs ?? Math.min(30_000, lifetimeMs / 10);
    // Counted from when the request left: the token cannot have been issued earlier.
    this.token = { value: parsed.data.access_token, refreshAt: started + lifetimeMs - margin };
    return this.token;
  }
}
