/**
 * The gateway's internal token: how the principal travels from the gateway to a subgraph, and
 * the proof that a request did come through the gateway (ARCHITECTURE.md §4, gateway to subgraph
 * trust). The gateway signs one per subgraph request with its own key; every subgraph verifies it
 * before anything else runs (`_service` and `_entities` included) and refuses the request without.
 *
 * The token is short-lived (it dies with the request's deadline, and never lives longer than
 * {@link MAX_INTERNAL_TOKEN_TTL_SECONDS}) and names the subgraph it is for, so one captured at a
 * subgraph cannot be replayed at another or later.
 */
import {
  SignJWT,
  createLocalJWKSet,
  createRemoteJWKSet,
  exportJWK,
  generateKeyPair,
  calculateJwkThumbprint,
  jwtVerify,
  type CryptoKey,
  type JWK,
  type JWTVerifyGetKey,
} from 'jose';
import { isPurpose, type Purpose } from '../../../schema/purposes.js';
import { PRINCIPAL_KINDS, ROLES, scopesOf, type Principal, type PrincipalKind, type Role } from './Principal.js';

/** `iss` of every internal token. */
export const INTERNAL_ISSUER = 'govgraph-gateway';
/** The only algorithm internal tokens are signed and verified with. */
export const INTERNAL_ALG = 'ES256';
/** An internal token never lives longer than this, whatever the request's deadline. */
export const MAX_INTERNAL_TOKEN_TTL_SECONDS = 60;
/** Tolerated clock difference between gateway and subgraph hosts, in seconds. */
export const INTERNAL_CLOCK_TOLERANCE_SECONDS = 5;

/** The audience of a token for one subgraph. */
export function internalAudience(subgraph: string): string {
  return `govgraph-subgraph:${subgraph}`;
}

/** What a subgraph learns from a valid internal token. */
export interface InternalClaims {
  readonly principal: Principal;
  /** The purpose the client declared (already checked against the catalogue by the gateway). */
  readonly purpose?: Purpose;
  /** The gateway's request id, for logs. */
  readonly requestId: string;
}

/** The gateway's signing key: private key plus its `kid`, and the public JWKS subgraphs verify with. */
export interface InternalSigningKey {
  readonly kid: string;
  readonly privateKey: CryptoKey;
  readonly publicJwk: JWK & { kid: string; alg: string; use: 'sig' };
}

/** A fresh ES256 key pair for signing internal tokens (one per gateway process unless configured). */
export async function generateInternalSigningKey(): Promise<InternalSigningKey> {
  const { privateKey, publicKey } = await generateKeyPair(INTERNAL_ALG, { extractable: true });
  return internalSigningKeyFrom(privateKey, publicKey);
}

/** Builds the signing key from a configured key pair (e.g. imported from PEM with jose's importPKCS8/importSPKI). */
export async function internalSigningKeyFrom(privateKey: CryptoKey, publicKey: CryptoKey): Promise<InternalSigningKey> {
  const jwk = await exportJWK(publicKey);
  const kid = await calculateJwkThumbprint(jwk);
  return { kid, privateKey, publicJwk: { ...jwk, kid, alg: INTERNAL_ALG, use: 'sig' } };
}

export interface SignInternalTokenOptions {
  readonly key: InternalSigningKey;
  /** The subgraph the token is for. */
  readonly subgraph: string;
  readonly claims: InternalClaims;
  /** Epoch ms after which the request is over; the token expires then (at most 60 s ahead). */
  readonly deadline: number;
  /** Epoch ms now. Default `Date.now()`. */
  readonly now?: number;
}

/** Signs an internal token for one subgraph request. */
export async function signInternalToken(options: SignInternalTokenOptions): Promise<string> {
  const now = options.now ?? Date.now();
  const iat = Math.floor(now / 1000);
  const exp = Math.min(Math.ceil(options.deadline / 1000), iat + MAX_INTERNAL_TOKEN_TTL_SECONDS);
  const { principal, purpose, requestId } = options.claims;
  return new SignJWT({
    kind: principal.kind,
    client_id: principal.clientId,
    scope: principal.scopes.join(' '),
    roles: principal.roles,
    ...(principal.agency === undefined ? {} : { agency: principal.agency }),
    ...(principal.identityLevel === undefined ? {} : { identity_level: principal.identityLevel }),
    ...(principal.contract === undefined ? {} : { contract: principal.contract }),
    ...(purpose === undefined ? {} : { purpose }),
    rid: requestId,
  })
    .setProtectedHeader({ alg: INTERNAL_ALG, kid: options.key.kid, typ: 'govgraph-internal+jwt' })
    .setIssuer(INTERNAL_ISSUER)
    .setAudience(internalAudience(options.subgraph))
    .setSubject(principal.subject)
    .setIssuedAt(iat)
    .setExpirationTime(Math.max(exp, iat + 1))
    .sign(options.key.privateKey);
}

/** Where a subgraph gets the gateway's public keys. */
export type InternalKeySource =
  /** The keys themselves (the embedded stack and tests hand them over in process). */
  | { readonly jwks: { keys: JWK[] } }
  /** The gateway's JWKS URL (`/internal/jwks.json`), fetched and cached, refetched on an unknown `kid`. */
  | { readonly jwksUrl: string };

export function internalKeyResolver(source: InternalKeySource): JWTVerifyGetKey {
  return 'jwks' in source ? createLocalJWKSet(source.jwks) : createRemoteJWKSet(new URL(source.jwksUrl), { cooldownDuration: 5_000 });
}

/** Why a token was refused; the message is safe to show (it quotes nothing from the token). */
export class InternalTokenError extends Error {}

/**
 * Verifies an internal token for `subgraph` and returns its claims. Rejects with an
 * {@link InternalTokenError} when it is missing, malformed, forged, expired, for another subgraph,
 * or carries claims that make no sense.
 */
export async function verifyInternalToken(
  token: string | undefined,
  subgraph: string,
  getKey: JWTVerifyGetKey,
  now?: Date,
): Promise<InternalClaims> {
  if (!token) throw new InternalTokenError('This subgraph answers only the gateway: no internal token came with the request.');
  let payload: Record<string, unknown>;
  try {
    ({ payload } = await jwtVerify(token, getKey, {
      issuer: INTERNAL_ISSUER,
      audience: internalAudience(subgraph),
      algorithms: [INTERNAL_ALG],
      typ: 'govgraph-internal+jwt',
      requiredClaims: ['exp', 'iat', 'sub'],
      maxTokenAge: MAX_INTERNAL_TOKEN_TTL_SECONDS + INTERNAL_CLOCK_TOLERANCE_SECONDS,
      clockTolerance: INTERNAL_CLOCK_TOLERANCE_SECONDS,
      ...(now ? { currentDate: now } : {}),
    }));
  } catch (error) {
    const code = (error as { code?: string }).code ?? 'ERR_JWT_INVALID';
    throw new InternalTokenError(`The internal token was refused (${code}).`, { cause: error });
  }
  return claimsOf(payload);
}

function claimsOf(payload: Record<string, unknown>): InternalClaims {
  const kind = payload['kind'];
  if (typeof kind !== 'string' || !(PRINCIPAL_KINDS as readonly string[]).includes(kind)) {
    throw new InternalTokenError('The internal token names no known principal kind.');
  }
  const subject = String(payload['sub'] ?? '');
  if ((kind === 'anonymous') !== (subject === '')) throw new InternalTokenError('The internal token\'s subject does not fit its kind.');
  const roles = Array.isArray(payload['roles']) ? payload['roles'].filter((role): role is Role => (ROLES as readonly unknown[]).includes(role)) : [];
  const scopes = scopesOf(payload['scope']);
  const level = payload['identity_level'];
  const agency = payload['agency'];
  const purpose = payload['purpose'];
  if (purpose !== undefined && !isPurpose(purpose)) throw new InternalTokenError('The internal token declares an unknown purpose.');
  const principal: Principal = {
    kind: kind as PrincipalKind,
    subject,
    clientId: String(payload['client_id'] ?? ''),
    scopes,
    roles,
    ...(typeof agency === 'string' ? { agency } : {}),
    ...(level === 1 || level === 2 ? { identityLevel: level } : {}),
    ...(payload['contract'] === 'partner' ? { contract: 'partner' as const } : {}),
  };
  return {
    principal,
    ...(purpose === undefined ? {} : { purpose }),
    requestId: String(payload['rid'] ?? ''),
  };
}
