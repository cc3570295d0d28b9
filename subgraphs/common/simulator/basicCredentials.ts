import type { IncomingHttpHeaders } from 'node:http';

/**
 * The client credentials of `Authorization: Basic base64(urlencode(id):urlencode(secret))`, as
 * RFC 6749 §2.3.1 encodes them for token endpoints; `undefined` when the header is absent or
 * malformed.
 */
export function basicCredentials(headers: IncomingHttpHeaders): { id: string; secret: string } | undefined {
  const match = /^Basic\s+([A-Za-z0-9+/=]+)$/i.exec(headers.authorization ?? '');
  if (!match) return undefined;
  const decoded = Buffer.from(match[1] as string, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return undefined;
  const decode = (part: string): string => decodeURIComponent(part.replaceAll('+', ' '));
  try {
    return { id: decode(decoded.slice(0, colon)), secret: decode(decoded.slice(colon + 1)) };
  } catch {
    return undefined;
  }
}
