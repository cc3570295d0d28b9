/**
 * Authentication at the gateway (ARCHITECTURE.md §4): the client's bearer JWT is verified against
 * the identity provider's JWKS with jose (issuer, audience, expiry, not-before, an algorithm
 * allow-list, keys found by `kid`, refetched when the provider rotates them) and turned into the
 * `Principal` every later step uses. A request without a token is anonymous: it may read public
 * data only (`publicAccessPlugin`). A bad token of any kind is refused here with HTTP 401
 * `UNAUTHENTICATED`, before the body is read.
 */
import type { RequestHandler, Response } from 'express';
import { createRemoteJWKSet, errors as joseErrors, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import type { Logger } from 'pino';
import { isPurpose, PURPOSE_CODES, PURPOSE_HEADER, type Purpose } from '../../schema/purposes.js';
import { ANONYMOUS, PERSONAL_ID_PATTERN, ROLES, scopesOf, type Principal, type Role } from '../../subgraphs/common/auth/Principal.js';
import { bearerTokenOf } from '../../subgraphs/common/auth/bearerTokenOf.js';
import { isAgencyCode } from '../../subgraphs/common/schema/agencyCode.js';
import { RequestRefusedError } from '../RequestRefusedError.js';

/** Options of `createTokenVerifier`. */
export interface TokenVerifierOptions {
  /** The only `iss` accepted. */
  readonly issuer: string;
  /** The `aud` a token must carry. */
  readonly audience: string;
  /** The provider's JWKS URL. */
  readonly jwksUrl: string;
  /** Accepted `alg` values (asymmetric only). */
  readonly algorithms: readonly string[];
  /** Seconds of clock skew tolerated on `exp`/`nbf`. Default 30. */
  readonly clockToleranceSeconds?: number;
  /** Least milliseconds between JWKS fetches triggered by an unknown `kid`. Default 5000. */
  readonly jwksCooldownMs?: number;
  /** Key source, replacing the remote JWKS (tests). */
  readonly keys?: JWTVerifyGetKey;
}

/** Turns a compact JWS into the principal it stands for, or rejects with an {@link AuthenticationError}. */
export type TokenVerifier = (token: string) => Promise<Principal>;

/** Why a token was refused, in `extensions.reason`; stable values clients may branch on. */
export type AuthenticationFailure =
  | 'malformed'
  | 'expired'
  | 'not_yet_valid'
  | 'wrong_issuer'
  | 'wrong_audience'
  | 'algorithm_not_allowed'
  | 'unknown_key'
  | 'bad_signature'
  | 'invalid_claims';

const MESSAGES: Record<AuthenticationFailure, string> = {
  malformed: 'The access token is not a well-formed signed JWT.',
  expired: 'The access token has expired; get a new one from the identity provider.',
  not_yet_valid: 'The access token is not valid yet (its nbf is in the future).',
  wrong_issuer: 'The access token was not issued by the identity provider this gateway trusts.',
  wrong_audience: 'The access token was not issued for this gateway (wrong audience).',
  algorithm_not_allowed: 'The access token is signed with an algorithm this gateway does not accept.',
  unknown_key: 'The access token is signed with a key the identity provider does not publish.',
  bad_signature: 'The access token\'s signature is not valid.',
  invalid_claims: 'The access token does not describe a GovGraph principal (kind, agency, roles or identity level missing or wrong).',
};

/** A refused token: 401 `UNAUTHENTICATED` with a fixed message that quotes nothing from the token. */
export class AuthenticationError extends RequestRefusedError {
  readonly reason: AuthenticationFailure;

  constructor(reason: AuthenticationFailure, options?: { cause?: unknown }) {
    super(401, 'UNAUTHENTICATED', MESSAGES[reason], { ...options, extensions: { reason } });
    this.reason = reason;
  }
}

/** Builds the verifier of client access tokens. */
export function createTokenVerifier(options: TokenVerifierOptions): TokenVerifier {
  const keys =
    options.keys ??
    createRemoteJWKSet(new URL(options.jwksUrl), {
      cooldownDuration: options.jwksCooldownMs ?? 5_000,
      timeoutDuration: 5_000,
    });
  return async (token) => {
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, keys, {
        issuer: options.issuer,
        audience: options.audience,
        algorithms: [...options.algorithms],
        clockTolerance: options.clockToleranceSeconds ?? 30,
        requiredClaims: ['exp', 'sub'],
      }));
    } catch (error) {
      throw refusalOf(error);
    }
    const principal = principalOf(payload);
    if (!principal) throw new AuthenticationError('invalid_claims');
    return principal;
  };
}

/** The identity provider could not be asked for its keys: not the client's fault, so not a 401. */
export class IdentityProviderUnavailableError extends RequestRefusedError {
  constructor(cause: unknown) {
    super(503, 'IDENTITY_PROVIDER_UNAVAILABLE', 'The identity provider\'s keys could not be fetched, so the token cannot be checked; retry shortly.', {
      cause,
    });
  }
}

function refusalOf(error: unknown): RequestRefusedError {
  if (error instanceof joseErrors.JWTExpired) return new AuthenticationError('expired', { cause: error });
  if (error instanceof joseErrors.JWTClaimValidationFailed) {
    const reason: AuthenticationFailure =
      error.claim === 'nbf' ? 'not_yet_valid' : error.claim === 'iss' ? 'wrong_issuer' : error.claim === 'aud' ? 'wrong_audience' : 'invalid_claims';
    return new AuthenticationError(reason, { cause: error });
  }
  if (error instanceof joseErrors.JOSEAlgNotAllowed || error instanceof joseErrors.JOSENotSupported) {
    return new AuthenticationError('algorithm_not_allowed', { cause: error });
  }
  if (error instanceof joseErrors.JWKSNoMatchingKey || error instanceof joseErrors.JWKSMultipleMatchingKeys) {
    return new AuthenticationError('unknown_key', { cause: error });
  }
  if (error instanceof joseErrors.JWSSignatureVerificationFailed) return new AuthenticationError('bad_signature', { cause: error });
  if (error instanceof joseErrors.JWSInvalid || error instanceof joseErrors.JWTInvalid) return new AuthenticationError('malformed', { cause: error });
  // A JWKS that timed out, could not be fetched or parsed: the provider is the problem.
  if (error instanceof joseErrors.JWKSTimeout || error instanceof joseErrors.JWKSInvalid || !(error instanceof joseErrors.JOSEError)) {
    return new IdentityProviderUnavailableError(error);
  }
  return new AuthenticationError('malformed', { cause: error });
}


/** The GovGraph principal a verified token's claims describe, or undefined when they do not fit. */
export function principalOf(payload: JWTPayload): Principal | undefined {
  const subject = typeof payload.sub === 'string' ? payload.sub : '';
  const clientId = typeof payload['client_id'] === 'string' ? payload['client_id'] : typeof payload['azp'] === 'string' ? payload['azp'] : '';
  const scopes = scopesOf(payload['scope']);
  const level = payload['identity_level'];
  if (subject === '' || subject.length > 200) return undefined;
  switch (payload['kind']) {
    case 'official': {
      const agency = payload['agency'];
      const rawRoles = payload['roles'];
      if (typeof agency !== 'string' || !isAgencyCode(agency) || !Array.isArray(rawRoles)) return undefined;
      const roles = rawRoles.filter((role): role is Role => (ROLES as readonly unknown[]).includes(role));
      if (roles.length === 0) return undefined;
      return { kind: 'official', subject, clientId, scopes, agency, roles, identityLevel: level === 1 ? 1 : 2 };
    }
    case 'citizen':
      if (!PERSONAL_ID_PATTERN.test(subject) || (level !== 1 && level !== 2)) return undefined;
      return { kind: 'citizen', subject, clientId, scopes, roles: [], identityLevel: level };
    case 'partner':
      if (payload['contract'] !== 'partner') return undefined;
      return { kind: 'partner', subject, clientId: clientId || subject, scopes, roles: [], contract: 'partner' };
    default:
      return undefined;
  }
}

/** What authentication leaves for the rest of the request. */
export interface Authenticated {
  readonly principal: Principal;
  readonly purpose?: Purpose;
}

/**
 * Where `authenticationMiddleware` leaves the caller in `res.locals`; the later request checks
 * (rate limits, trusted documents, the partner contract) read it from there.
 */
export const PRINCIPAL_LOCAL = 'principal';
const PURPOSE_LOCAL = 'purpose';

/** The principal and purpose `authenticationMiddleware` attached to a response (anonymous if it did not run). */
export function authenticatedOf(res: Response): Authenticated {
  const principal = (res.locals[PRINCIPAL_LOCAL] as Principal | undefined) ?? ANONYMOUS;
  const purpose = res.locals[PURPOSE_LOCAL] as Purpose | undefined;
  return purpose === undefined ? { principal } : { principal, purpose };
}

/** Options of `authenticationMiddleware`. */
export interface AuthenticationMiddlewareOptions {
  readonly verify: TokenVerifier;
  readonly logger: Logger;
}

/**
 * Reads `Authorization: Bearer <jwt>` and `x-govgraph-purpose`, and attaches the principal.
 * No header: anonymous. Any other scheme, an empty or bad token: 401 with `WWW-Authenticate`.
 * An unregistered purpose: 400, since releasing personal data for it could never be right.
 */
export function authenticationMiddleware(options: AuthenticationMiddlewareOptions): RequestHandler {
  return (req, res, next) => {
    const purposeHeader = req.headers[PURPOSE_HEADER];
    let purpose: Purpose | undefined;
    if (purposeHeader !== undefined) {
      if (!isPurpose(purposeHeader)) {
        next(
          new RequestRefusedError(
            400,
            'BAD_REQUEST',
            `The ${PURPOSE_HEADER} header must be one of the registered purposes: ${PURPOSE_CODES.join(', ')}.`,
          ),
        );
        return;
      }
      purpose = purposeHeader;
    }
    const authenticated = (principal: Principal) => {
      res.locals[PRINCIPAL_LOCAL] = principal;
      if (purpose !== undefined) res.locals[PURPOSE_LOCAL] = purpose;
      next();
    };
    const header = req.headers.authorization;
    if (header === undefined) {
      authenticated(ANONYMOUS);
      return;
    }
    const token = bearerTokenOf(header);
    const verified = token ? options.verify(token) : Promise.reject(new AuthenticationError('malformed'));
    verified.then(
      authenticated,
      (error: unknown) => {
        if (error instanceof AuthenticationError) {
          res.set('WWW-Authenticate', `Bearer realm="govgraph", error="invalid_token"`);
          options.logger.info({ reason: error.reason }, 'access token refused');
        } else {
          options.logger.error({ err: (error as Error)?.message }, 'access token could not be checked');
        }
        next(error);
      },
    );
  };
}
