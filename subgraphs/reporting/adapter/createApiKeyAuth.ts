import type { LegacyAuth } from '../../common/http/LegacyClient.js';

/**
 * The reporting system's authentication: one static API key in a header on every request. A
 * refused key stays refused (there is no token to renew), so a 401 or 403 surfaces as
 * `UPSTREAM_REJECTED`.
 */
export function createApiKeyAuth(apiKey: string, header = 'x-api-key'): LegacyAuth {
  if (apiKey.trim() === '') throw new Error('The reporting system needs an API key (REPORTING_API_KEY).');
  const headers = Object.freeze({ [header]: apiKey });
  return { headers: () => headers };
}
