import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { HmacRequestSigner } from './HmacRequestSigner.js';

describe('HmacRequestSigner', () => {
  const nonces = ['nonce-0123456789', 'nonce-abcdefghij'];
  const signer = new HmacRequestSigner({
    keyId: 'key-1',
    secret: 'test-secret',
    clock: () => 1_767_225_600_999,
    nonce: () => nonces.shift() ?? 'spent',
  });

  it('signs METHOD\\npathAndQuery\\ntimestamp\\nnonce with HMAC-SHA256 in base64 (vector computed with openssl)', () => {
    // printf 'GET\n/api/v1/phananh?maDonVi=000.00.00.H26&limit=50\n1767225600\nnonce-0123456789' | openssl dgst -sha256 -hmac test-secret -binary | base64
    expect(signer.headers({ method: 'GET', pathAndQuery: '/api/v1/phananh?maDonVi=000.00.00.H26&limit=50' })).toEqual({
      'x-key-id': 'key-1',
      'x-timestamp': '1767225600',
      'x-nonce': 'nonce-0123456789',
      'x-signature': '4Q55+1bgbuojYqZPjpnFLdaze5q6eZPVVSFxEXsPJsQ=',
    });
  });

  it('takes a new nonce for every request, so a retry is never a replay', () => {
    const again = signer.headers({ method: 'GET', pathAndQuery: '/api/v1/phananh?maDonVi=000.00.00.H26&limit=50' });
    expect(again['x-nonce']).toBe('nonce-abcdefghij');
    expect(again['x-signature']).not.toBe('4Q55+1bgbuojYqZPjpnFLdaze5q6eZPVVSFxEXsPJsQ=');
    const random = new HmacRequestSigner({ keyId: 'k', secret: 's' });
    const a = random.headers({ method: 'GET', pathAndQuery: '/x' })['x-nonce'];
    const b = random.headers({ method: 'GET', pathAndQuery: '/x' })['x-nonce'];
    expect(a).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(a).not.toBe(b);
  });

  it('never shows its secret when logged or serialised', () => {
    const secretive = new HmacRequestSigner({ keyId: 'key-1', secret: 'do-not-print-me' });
    expect(JSON.stringify(secretive)).toBe('{"keyId":"key-1"}');
    expect(inspect(secretive, { depth: 5, showHidden: true })).not.toContain('do-not-print-me');
    expect(JSON.stringify({ ...secretive })).not.toContain('do-not-print-me');
  });

  it('refuses to be built without a key id or a secret', () => {
    expect(() => new HmacRequestSigner({ keyId: '', secret: 's' })).toThrow(/key id and a secret/);
    expect(() => new HmacRequestSigner({ keyId: 'k', secret: '' })).toThrow(/key id and a secret/);
  });
});
