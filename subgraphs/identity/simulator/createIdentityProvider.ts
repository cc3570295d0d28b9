import { randomUUID, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { SignJWT } from 'jose';
import { basicCredentials } from '../../common/simulator/basicCredentials.js';
import type { SimulatorRoute } from '../../common/simulator/createSimulatorServer.js';
import { raw, type SimulatorResponse } from '../../common/simulator/envelope.js';
import { createSigningKeys, SIGNING_ALG, type PublishedJwk } from './createSigningKeys.js';
import {
  DEV_PRINCIPAL_NAMES,
  DEV_PRINCIPALS,
  isDevPrincipalName,
  partnerClaims,
  resolveDevPrincipal,
  type DevPrincipalName,
  type GovGraphClaims,
} from './devPrincipals.js';
import type { OfficialDirectory } from './seedOfficials.js';

/** Paths of the identity provider's endpoints. */
export const IDP_PATHS = {
  discovery: '/.well-known/openid-configuration',
  jwks: '/.well-known/jwks.json',
  token: '/oauth2/token',
  devLogin: '/dev/login',
  devRotate: '/dev/keys/rotate',
} as const;

/** Default audience of every token. */
export const DEFAULT_AUDIENCE = 'govgraph';
/** Default life of a token, in seconds. */
export const DEFAULT_TOKEN_TTL_SECONDS = 3600;
/** Development secret of the seeded partner client; set another one outside a laptop. */
export const DEFAULT_PARTNER_CLIENT_SECRET = 'gov-reporting-dev-secret';

export interface IdentityProviderOptions {
  /** `iss` of every token. Default: the base URL the simulator listens on, e.g. `http://127.0.0.1:4101`. */
  readonly issuer?: string;
  /** `aud` of every token. Default `govgraph`. */
  readonly audience?: string;
  /** Life of a token in seconds (and how long a retired key stays published). Default 3600. */
  readonly tokenTtlSeconds?: number;
  /** Secret of the partner client `gov-reporting-system`. Default {@link DEFAULT_PARTNER_CLIENT_SECRET}. */
  readonly partnerClientSecret?: string;
  /** Serve `POST /dev/login` and `POST /dev/keys/rotate`. Default true. */
  readonly devEndpoints?: boolean;
}

/** How `issueCustomToken` departs from a normal token. */
export interface TokenBend {
  /** Seconds added to now for `iat` and `nbf` (negative: in the past). Default 0. */
  readonly shiftSeconds?: number;
  /** `nbf` relative to now, in seconds. Default: the shifted now. */
  readonly notBeforeInSeconds?: number;
  /** Life from the shifted now, in seconds. Default: the configured token life. */
  readonly ttlSeconds?: number;
  readonly issuer?: string;
  readonly audience?: string;
  /** `sub` instead of the principal's. */
  readonly subject?: string;
  /** Claims merged over the principal's (`undefined` removes one). */
  readonly claims?: Readonly<Record<string, unknown>>;
}

export interface IssuedToken {
  readonly accessToken: string;
  readonly expiresIn: number;
  readonly claims: GovGraphClaims;
}

export interface IdentityProvider {
  /** The provider's routes, to serve beside the directory's. */
  readonly routes: SimulatorRoute[];
  /** Signs a token for a principal of {@link DEV_PRINCIPALS}, as `POST /dev/login` does. */
  issueDevToken(principal: DevPrincipalName): Promise<IssuedToken>;
  /**
   * Signs a token with the current key for a principal, with its claims and times bent as asked:
   * how tests get tokens that are expired, not yet valid, for another audience or issuer, or with
   * claims no principal has, all carrying the provider's own valid signature.
   */
  issueCustomToken(principal: DevPrincipalName, bend?: TokenBend): Promise<string>;
  /** Makes a new current signing key and resolves with its `kid`; the previous key stays in the JWKS. */
  rotateSigningKey(): Promise<string>;
  /** The published keys, current first. */
  jwks(): Promise<{ keys: PublishedJwk[] }>;
}

const JSON_TYPE = 'application/json; charset=utf-8';

/** Plain JSON, as OAuth2 and OIDC clients expect: not the legacy envelope. */
function json(status: number, body: unknown): SimulatorResponse {
  return raw(status, JSON_TYPE, JSON.stringify(body));
}

function oauthError(status: number, error: string, description: string, extra: Record<string, unknown> = {}): SimulatorResponse {
  return json(status, { error, error_description: description, ...extra });
}

function contentType(headers: IncomingHttpHeaders): string {
  return String(headers['content-type'] ?? '').toLowerCase();
}

/** A form body as parameters; any other body reads as none. */
function formOf(headers: IncomingHttpHeaders, body: string): URLSearchParams {
  return new URLSearchParams(contentType(headers).startsWith('application/x-www-form-urlencoded') ? body : '');
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given, 'utf8');
  const b = Buffer.from(expected, 'utf8');
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * The simulated identity provider (API.md, "Identity provider"): OIDC-style discovery, a JWKS with
 * rotation, OAuth2 client credentials for partner systems and a development login for the seeded
 * principals. Tokens are ES256 JWTs on the wall clock (not the simulator's data clock), because
 * their verifiers check them against the wall clock.
 *
 * `baseUrl` gives where the simulator listens, once it does: endpoints in discovery are built on
 * it, and it is the default issuer.
 */
export function createIdentityProvider(
  directory: OfficialDirectory,
  baseUrl: () => string | undefined,
  options: IdentityProviderOptions = {},
): IdentityProvider {
  const audience = options.audience ?? DEFAULT_AUDIENCE;
  const ttl = options.tokenTtlSeconds ?? DEFAULT_TOKEN_TTL_SECONDS;
  const partnerSecret = options.partnerClientSecret ?? DEFAULT_PARTNER_CLIENT_SECRET;
  const problems: string[] = [];
  if (!Number.isInteger(ttl) || ttl < 1) problems.push(`tokenTtlSeconds must be a positive integer (got ${ttl})`);
  if (partnerSecret === '') problems.push('partnerClientSecret must not be empty');
  if (options.issuer !== undefined && options.issuer === '') problems.push('issuer must not be empty');
  if (audience === '') problems.push('audience must not be empty');
  if (problems.length > 0) throw new Error(`identity provider: ${problems.join('; ')}`);

  const keys = createSigningKeys({ retainSeconds: ttl });
  // Resolved once, at start: a principal the directory lacks is a start-up error.
  const devClaims = new Map<DevPrincipalName, GovGraphClaims>(
    DEV_PRINCIPAL_NAMES.map((name) => [name, resolveDevPrincipal(DEV_PRINCIPALS[name], directory)]),
  );
  const partner = DEV_PRINCIPALS.partner;

  const base = (): string => {
    const url = baseUrl();
    if (url === undefined) throw new Error('identity provider: the simulator is not listening');
    return url;
  };
  const issuer = (): string => options.issuer ?? base();

  /** Signs `claims` with the current key; `bend` departs from a normal token (tests only). */
  async function signJwt(claims: GovGraphClaims, bend: TokenBend = {}): Promise<string> {
    const { kid, privateKey } = await keys.current();
    const { sub, ...rest } = claims;
    const payload: Record<string, unknown> = { ...rest, ...bend.claims };
    for (const [name, value] of Object.entries(payload)) if (value === undefined) delete payload[name];
    const wallClock = Math.floor(Date.now() / 1000);
    const now = wallClock + (bend.shiftSeconds ?? 0);
    return new SignJWT(payload)
      .setProtectedHeader({ alg: SIGNING_ALG, kid, typ: 'at+jwt' })
      .setIssuer(bend.issuer ?? issuer())
      .setAudience(bend.audience ?? audience)
      .setSubject(bend.subject ?? sub)
      .setIssuedAt(now)
      .setNotBefore(bend.notBeforeInSeconds === undefined ? now : wallClock + bend.notBeforeInSeconds)
      .setExpirationTime(now + (bend.ttlSeconds ?? ttl))
      .setJti(randomUUID())
      .sign(privateKey);
  }

  async function sign(claims: GovGraphClaims): Promise<IssuedToken> {
    return { accessToken: await signJwt(claims), expiresIn: ttl, claims };
  }

  const tokenAnswer = (issued: IssuedToken): SimulatorResponse =>
    json(200, { access_token: issued.accessToken, token_type: 'Bearer', expires_in: issued.expiresIn, scope: issued.claims.scope });

  const issueDevToken = (principal: DevPrincipalName): Promise<IssuedToken> => sign(devClaims.get(principal) as GovGraphClaims);

  const issueCustomToken = (principal: DevPrincipalName, bend: TokenBend = {}): Promise<string> =>
    signJwt(devClaims.get(principal) as GovGraphClaims, bend);

  const routes: SimulatorRoute[] = [
    {
      method: 'GET',
      pattern: IDP_PATHS.discovery,
      handler: () =>
        json(200, {
          issuer: issuer(),
          jwks_uri: `${base()}${IDP_PATHS.jwks}`,
          token_endpoint: `${base()}${IDP_PATHS.token}`,
          grant_types_supported: ['client_credentials'],
          token_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post'],
          response_types_supported: ['token'],
          subject_types_supported: ['public'],
          id_token_signing_alg_values_supported: [SIGNING_ALG],
          access_token_signing_alg_values_supported: [SIGNING_ALG],
          scopes_supported: ['personal-data', 'audit-log', 'shared-indicators', 'published-indices'],
          claims_supported: [
            'iss', 'aud', 'sub', 'iat', 'nbf', 'exp', 'jti', 'client_id', 'scope',
            'kind', 'agency', 'roles', 'name', 'identity_level', 'contract',
          ],
          ...(options.devEndpoints === false ? {} : { dev_login_endpoint: `${base()}${IDP_PATHS.devLogin}` }),
        }),
    },
    {
      method: 'GET',
      pattern: IDP_PATHS.jwks,
      handler: async () => json(200, await keys.jwks()),
    },
    {
      // Client credentials (RFC 6749 §4.4): parameters from a form body, the client's credentials
      // from HTTP Basic when given, else from the form.
      method: 'POST',
      pattern: IDP_PATHS.token,
      handler: async ({ headers, body }) => {
        const form = formOf(headers, body);
        const grant = form.get('grant_type');
        if (grant === null || grant === '') return oauthError(400, 'invalid_request', 'grant_type is required');
        if (grant !== 'client_credentials') {
          return oauthError(400, 'unsupported_grant_type', 'only grant_type=client_credentials is supported');
        }
        const basic = basicCredentials(headers);
        const id = basic?.id ?? form.get('client_id') ?? '';
        const secret = basic?.secret ?? form.get('client_secret') ?? '';
        if (id !== partner.clientId || !sameSecret(secret, partnerSecret)) {
          return oauthError(401, 'invalid_client', 'unknown client or wrong secret');
        }
        return tokenAnswer(await sign(partnerClaims(partner)));
      },
    },
  ];

  if (options.devEndpoints !== false) {
    routes.push(
      {
        method: 'POST',
        pattern: IDP_PATHS.devLogin,
        handler: async ({ headers, body }) => {
          let principal: unknown;
          if (contentType(headers).startsWith('application/json')) {
            try {
              principal = (JSON.parse(body) as { principal?: unknown } | null)?.principal;
            } catch {
              return oauthError(400, 'invalid_request', 'the body is not JSON');
            }
          } else {
            principal = formOf(headers, body).get('principal') ?? undefined;
          }
          if (typeof principal !== 'string' || !isDevPrincipalName(principal)) {
            return oauthError(400, 'unknown_principal', `unknown principal ${JSON.stringify(principal ?? null)}`, {
              principals: DEV_PRINCIPAL_NAMES,
            });
          }
          const issued = await issueDevToken(principal);
          return json(200, {
            access_token: issued.accessToken,
            token_type: 'Bearer',
            expires_in: issued.expiresIn,
            scope: issued.claims.scope,
            principal,
            claims: issued.claims,
          });
        },
      },
      {
        method: 'POST',
        pattern: IDP_PATHS.devRotate,
        handler: async () => {
          const kid = await keys.rotate();
          return json(200, { kid, keys: (await keys.jwks()).keys.map((key) => key.kid) });
        },
      },
    );
  }

  return { routes, issueDevToken, issueCustomToken, rotateSigningKey: () => keys.rotate(), jwks: () => keys.jwks() };
}
