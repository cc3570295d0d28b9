const BEARER = /^Bearer +(\S+)\s*$/i;

/**
 * The token of an `Authorization: Bearer <token>` header (RFC 6750; the scheme is case-insensitive),
 * or undefined for no header, another scheme, or an empty token. The gateway reads client tokens
 * and the subgraphs the gateway's internal tokens with it.
 */
export function bearerTokenOf(header: string | undefined): string | undefined {
  return header === undefined ? undefined : BEARER.exec(header)?.[1];
}
