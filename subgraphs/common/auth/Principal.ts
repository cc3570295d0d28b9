/**
 * Who is asking, as the gateway established it from the client's bearer token. Subgraphs never
 * see the client's token: they get this, inside the gateway's internal token (`internalToken.ts`).
 */

/** Roles used for authorization (DOMAIN.md, Organisation). */
export type Role = 'LEADER' | 'OFFICIAL' | 'AUDITOR';

export const ROLES: readonly Role[] = ['LEADER', 'OFFICIAL', 'AUDITOR'];

/**
 * What kind of caller it is (ARCHITECTURE.md §4, Principals). `anonymous` is a request without a
 * token: it may read public data only (the agency directory, published index scores).
 */
export type PrincipalKind = 'anonymous' | 'official' | 'partner' | 'citizen';

export const PRINCIPAL_KINDS: readonly PrincipalKind[] = ['anonymous', 'official', 'partner', 'citizen'];

/**
 * Scopes the identity provider grants:
 * - `personal-data`: may be released citizens' personal data (still needs identity level 2 and a
 *   declared purpose from the catalogue);
 * - `audit-log`: may read the access log (who read whose data);
 * - `shared-indicators`, `published-indices`: a partner's reads of the city's shared
 *   socio-economic indicators and published indices.
 */
export type Scope = 'personal-data' | 'audit-log' | 'shared-indicators' | 'published-indices';

export const SCOPES: readonly Scope[] = ['personal-data', 'audit-log', 'shared-indicators', 'published-indices'];

/** The granted scopes of a space-separated `scope` claim; unknown scopes are dropped. */
export function scopesOf(claim: unknown): Scope[] {
  return (typeof claim === 'string' ? claim : '').split(' ').filter((scope): scope is Scope => (SCOPES as readonly string[]).includes(scope));
}

/** A citizen's personal identification number: 12 digits (DOMAIN.md, Identity). */
export const PERSONAL_ID_PATTERN = /^\d{12}$/;

export interface Principal {
  readonly kind: PrincipalKind;
  /**
   * The token's `sub`: an official's `IDCanBo`, a partner's client id, a citizen's 12-digit
   * personal id (personal data: never log it in clear), `""` for anonymous.
   */
  readonly subject: string;
  /** The OAuth2 client the token was issued to; `""` for anonymous. */
  readonly clientId: string;
  /** Granted scopes; unknown scopes in a token are dropped. */
  readonly scopes: readonly Scope[];
  /** Officials: the agency code of their account. */
  readonly agency?: string;
  /** Officials: their roles; `[]` for everyone else. */
  readonly roles: readonly Role[];
  /** VNeID identity level of the person behind the token (officials are 2); absent for systems. */
  readonly identityLevel?: 1 | 2;
  /** Partners: the schema contract the client is bound to. */
  readonly contract?: 'partner';
}

export const ANONYMOUS: Principal = Object.freeze({ kind: 'anonymous', subject: '', clientId: '', scopes: [], roles: [] });

export function hasScope(principal: Principal, scope: Scope): boolean {
  return principal.scopes.includes(scope);
}

export function hasRole(principal: Principal, role: Role): boolean {
  return principal.roles.includes(role);
}
