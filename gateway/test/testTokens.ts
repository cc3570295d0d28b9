/**
 * Access tokens for gateway tests that run without the identity simulator: a test identity
 * provider key (ES256), the key set the gateway under test verifies with (`tokenKeys`), and tokens
 * signed like the provider's for the config's default issuer and audience.
 */
import { SignJWT, createLocalJWKSet, exportJWK, generateKeyPair, type CryptoKey, type JWTPayload, type JWTVerifyGetKey } from 'jose';

/** `GATEWAY_AUTH_ISSUER`'s default: tokens signed here are for a gateway on default config. */
export const TEST_ISSUER = 'http://127.0.0.1:4101';
export const TEST_AUDIENCE = 'govgraph';
export const TEST_KID = 'gateway-test-key';

let keys: Promise<{ privateKey: CryptoKey; verify: JWTVerifyGetKey }> | undefined;

function testKeys() {
  keys ??= (async () => {
    const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
    const jwk = { ...(await exportJWK(publicKey)), kid: TEST_KID, alg: 'ES256', use: 'sig' };
    return { privateKey, verify: createLocalJWKSet({ keys: [jwk] }) };
  })();
  return keys;
}

/** What `createGateway` verifies test tokens with (`GatewayDeps.tokenKeys`). */
export const testTokenKeys: JWTVerifyGetKey = async (header, token) => (await testKeys()).verify(header, token);

/** An official of the city with the LEADER role, unless `claims` say otherwise. */
export async function signTestToken(claims: JWTPayload = {}): Promise<string> {
  const { privateKey } = await testKeys();
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ kind: 'official', agency: '000.00.00.H26', roles: ['LEADER'], client_id: 'gateway-test', scope: '', ...claims })
    .setProtectedHeader({ alg: 'ES256', kid: TEST_KID })
    .setIssuer(TEST_ISSUER)
    .setAudience(TEST_AUDIENCE)
    .setSubject('CB0000001')
    .setIssuedAt(now)
    .setExpirationTime(now + 600)
    .sign(privateKey);
}
