import { DEV_PRINCIPAL_NAMES, DEV_PRINCIPALS, isDevPrincipalName } from './devPrincipals.js';

/** Where the identity provider is when `IDENTITY_UPSTREAM_URL` is not set: the identity simulator. */
export const DEFAULT_IDENTITY_URL = 'http://127.0.0.1:4101';

export interface PrintTokenResult {
  /** 0 with the token on stdout, 1 with a message on stderr. */
  readonly exitCode: 0 | 1;
  readonly stdout: string;
  readonly stderr: string;
}

export interface PrintTokenOptions {
  /** Base URL of the identity provider. Default `IDENTITY_UPSTREAM_URL`, else {@link DEFAULT_IDENTITY_URL}. */
  readonly upstreamUrl?: string;
  /** The fetch to call it with. Default the global `fetch`. */
  readonly fetch?: typeof fetch;
  /** How long to wait for the provider, in ms. Default 5000. */
  readonly timeoutMs?: number;
}

function principalList(): string {
  const width = Math.max(...DEV_PRINCIPAL_NAMES.map((name) => name.length));
  return DEV_PRINCIPAL_NAMES.map((name) => `  ${name.padEnd(width)}  ${DEV_PRINCIPALS[name].description}`).join('\n');
}

function failure(message: string): PrintTokenResult {
  return { exitCode: 1, stdout: '', stderr: `${message}\n` };
}

/**
 * What `npm run token -- <principal>` does: asks the running identity provider's development
 * login for a token and answers the bearer token alone, so `$(npm run -s token -- city-leader)`
 * can be pasted into an Authorization header.
 */
export async function printToken(args: readonly string[], options: PrintTokenOptions = {}): Promise<PrintTokenResult> {
  const principal = args[0];
  if (principal === undefined || !isDevPrincipalName(principal)) {
    const what = principal === undefined ? 'usage: npm run token -- <principal>' : `unknown principal "${principal}"`;
    return failure(`${what}\nknown principals:\n${principalList()}`);
  }
  const base = (options.upstreamUrl ?? process.env['IDENTITY_UPSTREAM_URL'] ?? DEFAULT_IDENTITY_URL).replace(/\/+$/, '');
  const doFetch = options.fetch ?? fetch;
  let response: Response;
  try {
    response = await doFetch(`${base}/dev/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ principal }),
      signal: AbortSignal.timeout(options.timeoutMs ?? 5000),
    });
  } catch (error) {
    const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : String(error);
    return failure(
      `the identity provider at ${base} is not answering (${cause}).\n` +
        'Start it with `npm start` (the whole stack) or `npx tsx subgraphs/identity/simulator/main.ts`, ' +
        'or point IDENTITY_UPSTREAM_URL at it.',
    );
  }
  const text = await response.text();
  let body: { access_token?: unknown; error?: unknown; error_description?: unknown } | undefined;
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    body = undefined;
  }
  if (response.ok && typeof body?.access_token === 'string') return { exitCode: 0, stdout: `${body.access_token}\n`, stderr: '' };
  const reason = body?.error === undefined ? text.slice(0, 200) : `${String(body.error)}: ${String(body.error_description ?? '')}`;
  return failure(`the identity provider at ${base} refused the login of "${principal}" (HTTP ${response.status}, ${reason})`);
}
