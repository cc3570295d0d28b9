import { Pool, request, type Dispatcher } from 'undici';
import {
  BrokenCircuitError,
  ConsecutiveBreaker,
  ExponentialBackoff,
  circuitBreaker,
  handleWhen,
  retry,
  wrap,
  type IPolicy,
} from 'cockatiel';
import { z } from 'zod';
import { upstreamError, type GovGraphError, type UpstreamErrorCode } from '../errors/GovGraphError.js';

export interface LegacyClientOptions {
  /** Id of the upstream system, as shown in errors and provenance (e.g. `document-management`). */
  readonly system: string;
  /** Base URL of the system's API, e.g. `http://127.0.0.1:4102`. */
  readonly baseUrl: string;
  /** Time one attempt may take, headers and body together. Default 3000 ms. */
  readonly attemptTimeoutMs?: number;
  /** Retries of a failed read after the first attempt, inside the request deadline. Default 2. */
  readonly retries?: number;
  /** Consecutive failed attempts that open the circuit breaker. Default 5. */
  readonly breakerThreshold?: number;
  /** How long an open breaker refuses calls before it lets one trial call through. Default 10000 ms. */
  readonly breakerHalfOpenAfterMs?: number;
  /** Keep-alive connections in the pool. Default 32. */
  readonly connections?: number;
  /** Network injection for tests (undici `MockAgent`). Default: a keep-alive `Pool` on `baseUrl`. */
  readonly dispatcher?: Dispatcher;
  /** Headers sent with every request (API keys and the like). Default none. */
  readonly headers?: Readonly<Record<string, string>>;
  /** How each attempt authenticates (OAuth2 bearer, HMAC signature …). Default: none. */
  readonly auth?: LegacyAuth;
}

/** The request an attempt is about to send, as an auth strategy needs to see it. */
export interface LegacyAuthRequest {
  readonly method: 'GET';
  /** Path and query string exactly as sent, e.g. `/api/v1/hoso?trang=1`. */
  readonly pathAndQuery: string;
  readonly deadline: number;
}

/**
 * Authentication of a legacy system's requests. `headers` runs before every attempt (so a
 * signature is fresh and a token current); when the system answers 401, `rejected` runs and the
 * attempt is made once more with new headers, so an expired token costs one retry, not a failure.
 */
export interface LegacyAuth {
  headers(request: LegacyAuthRequest): Promise<Record<string, string>> | Record<string, string>;
  /** The system refused the credentials just sent (HTTP 401): drop any cached token. */
  rejected?(request: LegacyAuthRequest): void;
}

export interface LegacyRequestOptions {
  /** Absolute epoch milliseconds by which the whole call must be done (the request's budget). */
  readonly deadline?: number;
}

/** A legacy envelope that said success (`MaLoi "0"`) or "no such record" (`MaLoi "1"`). */
export interface LegacyEnvelope {
  /** False when the system answered its "not found" quirk (`MaLoi "1"` with HTTP 200). */
  readonly found: boolean;
  /** `TotalRecord` of a paged list, read as a number; null when absent. */
  readonly total: number | null;
  readonly data: unknown;
}

const envelopeSchema = z.object({
  MaLoi: z.string(),
  ThongBao: z.string().optional(),
  TotalRecord: z.string().regex(/^\d+$/).optional(),
  Data: z.unknown(),
});

/** The body of an answer that is not the JSON envelope (an XML module's), as `getText` gives it. */
export interface LegacyText {
  readonly contentType: string;
  readonly body: string;
}

export type LegacyQuery = Readonly<Record<string, string | number | undefined>>;

/** One failed attempt, classified; `retryable` says whether a read may be tried again. */
export class AttemptFailure extends Error {
  constructor(
    readonly kind: UpstreamErrorCode,
    message: string,
    readonly retryable: boolean,
    override readonly cause?: unknown,
    /** HTTP status of a refusal, when there was one. */
    readonly status?: number,
  ) {
    super(message);
  }
}

/**
 * The HTTP client of one legacy system: keep-alive pool, a deadline per call, jittered retries of
 * reads inside that deadline, a circuit breaker, and the reading of the legacy envelope. Every
 * failure leaves it as a coded `UPSTREAM_*` error naming the system; no legacy body ever goes into
 * an error.
 */
export class LegacyClient {
  readonly system: string;
  private readonly baseUrl: URL;
  private readonly dispatcher: Dispatcher;
  private readonly ownsDispatcher: boolean;
  private readonly attemptTimeoutMs: number;
  private readonly headers: Readonly<Record<string, string>>;
  private readonly auth: LegacyAuth | undefined;
  private readonly policy: IPolicy;

  constructor(options: LegacyClientOptions) {
    this.system = options.system;
    this.baseUrl = new URL(options.baseUrl);
    this.attemptTimeoutMs = options.attemptTimeoutMs ?? 3000;
    this.headers = { accept: 'application/json', ...options.headers };
    this.auth = options.auth;
    this.ownsDispatcher = options.dispatcher === undefined;
    this.dispatcher =
      options.dispatcher ??
      new Pool(this.baseUrl.origin, {
        connections: options.connections ?? 32,
        keepAliveTimeout: 30_000,
        pipelining: 1,
      });
    const retryPolicy = retry(
      handleWhen((error) => error instanceof AttemptFailure && error.retryable),
      {
        maxAttempts: options.retries ?? 2,
        backoff: new ExponentialBackoff({ initialDelay: 25, maxDelay: 400 }),
      },
    );
    const breakerPolicy = circuitBreaker(
      handleWhen((error) => error instanceof AttemptFailure && error.kind !== 'UPSTREAM_REJECTED'),
      {
        halfOpenAfter: options.breakerHalfOpenAfterMs ?? 10_000,
        breaker: new ConsecutiveBreaker(options.breakerThreshold ?? 5),
      },
    );
    this.policy = wrap(retryPolicy, breakerPolicy);
  }

  /**
   * GET a legacy endpoint and read its envelope.
   * @throws GovGraphError with an `UPSTREAM_*` code.
   */
  get(path: string, query: LegacyQuery = {}, options: LegacyRequestOptions = {}): Promise<LegacyEnvelope> {
    return this.call(path, query, options, (text) => this.readEnvelope(text.body));
  }

  /**
   * GET a legacy endpoint that answers something else than the JSON envelope (the XML of an older
   * module) and return its body, after the same checks (statuses, HTML pages, bodies cut off),
   * with the same deadline, retries, breaker and authentication. Reading the body is the caller's.
   * @throws GovGraphError with an `UPSTREAM_*` code.
   */
  getText(path: string, query: LegacyQuery = {}, options: LegacyRequestOptions = {}): Promise<LegacyText> {
    return this.call(path, query, options, (text) => text);
  }

  private async call<T>(path: string, query: LegacyQuery, options: LegacyRequestOptions, read: (text: LegacyText) => T): Promise<T> {
    const url = new URL(path, this.baseUrl);
    for (const [key, value] of Object.entries(query)) {
      if (value !== undefined && value !== '') url.searchParams.set(key, String(value));
    }
    const deadline = options.deadline ?? Date.now() + this.attemptTimeoutMs * 3;
    const remaining = deadline - Date.now();
    if (remaining <= 0) {
      throw upstreamError('UPSTREAM_TIMEOUT', this.system, `No time was left in the request's budget to call the ${this.system} system.`);
    }
    const deadlineSignal = AbortSignal.timeout(remaining);
    try {
      return await this.policy.execute(async () => read(await this.authenticatedAttempt(url, deadline, deadlineSignal)), deadlineSignal);
    } catch (error) {
      throw this.toGovGraphError(error, deadlineSignal);
    }
  }

  async close(): Promise<void> {
    if (this.ownsDispatcher) await this.dispatcher.close();
  }

  private async authenticatedAttempt(url: URL, deadline: number, deadlineSignal: AbortSignal): Promise<LegacyText> {
    if (!this.auth) return this.attempt(url, deadlineSignal, {});
    const request: LegacyAuthRequest = { method: 'GET', pathAndQuery: `${url.pathname}${url.search}`, deadline };
    try {
      return await this.attempt(url, deadlineSignal, await this.authHeaders(request));
    } catch (error) {
      if (!(error instanceof AttemptFailure && error.status === 401)) throw error;
      this.auth.rejected?.(request);
      return this.attempt(url, deadlineSignal, await this.authHeaders(request));
    }
  }

  private async authHeaders(request: LegacyAuthRequest): Promise<Record<string, string>> {
    try {
      return await this.auth!.headers(request);
    } catch (error) {
      if (error instanceof AttemptFailure) throw error;
      // The credentials could not be had (token endpoint down or refusing): the system is unusable.
      throw new AttemptFailure('UPSTREAM_UNAVAILABLE', `Could not authenticate to the ${this.system} system.`, true, error);
    }
  }

  private async attempt(url: URL, deadlineSignal: AbortSignal, authHeaders: Record<string, string>): Promise<LegacyText> {
    const attemptSignal = AbortSignal.timeout(this.attemptTimeoutMs);
    const signal = AbortSignal.any([deadlineSignal, attemptSignal]);
    let response: Dispatcher.ResponseData;
    try {
      response = await request(url, {
        method: 'GET',
        dispatcher: this.dispatcher,
        headers: { ...this.headers, ...authHeaders },
        signal,
        headersTimeout: this.attemptTimeoutMs,
        bodyTimeout: this.attemptTimeoutMs,
      });
    } catch (error) {
      if (signal.aborted || isUndiciCode(error, 'UND_ERR_HEADERS_TIMEOUT')) {
        throw new AttemptFailure('UPSTREAM_TIMEOUT', `The ${this.system} system did not answer in time.`, true, error);
      }
      throw new AttemptFailure('UPSTREAM_UNAVAILABLE', `The ${this.system} system could not be reached.`, true, error);
    }

    let body: string;
    try {
      body = await response.body.text();
    } catch (error) {
      if (signal.aborted || isUndiciCode(error, 'UND_ERR_BODY_TIMEOUT')) {
        throw new AttemptFailure('UPSTREAM_TIMEOUT', `The ${this.system} system stopped sending its answer.`, true, error);
      }
      throw new AttemptFailure('UPSTREAM_BAD_RESPONSE', `The ${this.system} system's answer was cut off.`, true, error);
    }

    const contentType = String(response.headers['content-type'] ?? '');
    const isHtml = contentType.includes('text/html') || /^\s*<(!doctype|html)/i.test(body);
    const status = response.statusCode;
    if (status >= 500) {
      const what = isHtml ? 'an HTML error page' : 'a server error';
      throw new AttemptFailure('UPSTREAM_UNAVAILABLE', `The ${this.system} system answered HTTP ${status} with ${what}.`, true);
    }
    if (status >= 400) {
      throw new AttemptFailure('UPSTREAM_REJECTED', `The ${this.system} system refused the request (HTTP ${status}).`, false, undefined, status);
    }
    if (isHtml) {
      throw new AttemptFailure('UPSTREAM_BAD_RESPONSE', `The ${this.system} system answered an HTML page instead of data.`, true);
    }
    return { contentType, body };
  }

  private readEnvelope(body: string): LegacyEnvelope {
    let json: unknown;
    try {
      json = JSON.parse(body);
    } catch (error) {
      throw new AttemptFailure('UPSTREAM_BAD_RESPONSE', `The ${this.system} system answered a body that is not valid JSON.`, true, error);
    }
    const envelope = envelopeSchema.safeParse(json);
    if (!envelope.success) {
      throw new AttemptFailure('UPSTREAM_BAD_RESPONSE', `The ${this.system} system answered JSON that is not its usual envelope.`, true);
    }
    const { MaLoi, TotalRecord, Data } = envelope.data;
    if (MaLoi === '1') return { found: false, total: TotalRecord === undefined ? null : Number(TotalRecord), data: null };
    if (MaLoi === '0') return { found: true, total: TotalRecord === undefined ? null : Number(TotalRecord), data: Data };
    if (MaLoi.startsWith('4')) {
      throw new AttemptFailure('UPSTREAM_REJECTED', `The ${this.system} system refused the request (error code ${MaLoi}).`, false);
    }
    throw new AttemptFailure('UPSTREAM_UNAVAILABLE', `The ${this.system} system reported an internal failure (error code ${MaLoi}).`, true);
  }

  private toGovGraphError(error: unknown, deadlineSignal: AbortSignal): GovGraphError {
    if (error instanceof BrokenCircuitError) {
      return upstreamError(
        'UPSTREAM_UNAVAILABLE',
        this.system,
        `The ${this.system} system is failing; calls to it are paused for a short while (circuit open).`,
        error,
      );
    }
    if (error instanceof AttemptFailure) {
      if (deadlineSignal.aborted && error.kind === 'UPSTREAM_TIMEOUT') {
        return upstreamError('UPSTREAM_TIMEOUT', this.system, `The ${this.system} system did not answer within the request's deadline.`, error.cause);
      }
      return upstreamError(error.kind, this.system, error.message, error.cause);
    }
    if (deadlineSignal.aborted) {
      return upstreamError('UPSTREAM_TIMEOUT', this.system, `The ${this.system} system did not answer within the request's deadline.`, error);
    }
    return upstreamError('UPSTREAM_UNAVAILABLE', this.system, `The call to the ${this.system} system failed.`, error);
  }
}

function isUndiciCode(error: unknown, code: string): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === code;
}
