import type { IdentityProviderOptions } from './createIdentityProvider.js';

/**
 * Reads the identity provider's settings for the simulator's `main.ts`, reporting every bad
 * variable at once: IDENTITY_SIM_ISSUER, IDENTITY_SIM_AUDIENCE, IDENTITY_SIM_TOKEN_TTL_SECONDS,
 * IDENTITY_SIM_PARTNER_CLIENT_SECRET. Unset or empty variables keep the defaults.
 */
export function readIdentityProviderEnv(env: NodeJS.ProcessEnv): IdentityProviderOptions {
  const value = (name: string): string | undefined => {
    const raw = env[`IDENTITY_SIM_${name}`]?.trim();
    return raw === undefined || raw === '' ? undefined : raw;
  };
  const problems: string[] = [];
  const issuer = value('ISSUER');
  if (issuer !== undefined && !URL.canParse(issuer)) problems.push(`IDENTITY_SIM_ISSUER=${issuer}: must be a URL`);
  const ttlRaw = value('TOKEN_TTL_SECONDS');
  const ttl = ttlRaw === undefined ? undefined : Number(ttlRaw);
  if (ttl !== undefined && !(Number.isInteger(ttl) && ttl >= 1)) {
    problems.push(`IDENTITY_SIM_TOKEN_TTL_SECONDS=${ttlRaw}: must be a positive integer`);
  }
  if (problems.length > 0) throw new Error(`invalid environment:\n  ${problems.join('\n  ')}`);
  const audience = value('AUDIENCE');
  const partnerClientSecret = value('PARTNER_CLIENT_SECRET');
  return {
    ...(issuer === undefined ? {} : { issuer }),
    ...(audience === undefined ? {} : { audience }),
    ...(ttl === undefined ? {} : { tokenTtlSeconds: ttl }),
    ...(partnerClientSecret === undefined ? {} : { partnerClientSecret }),
  };
}
