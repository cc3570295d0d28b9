import { describe, expect, it } from 'vitest';
import { canonicalJson, sha256Hex } from '../canonicalJson.js';
import { errorCodesOf, outcomeOf } from '../createAccessLogEntry.js';
import { keyedHash, subjectHash } from '../subjectHash.js';

describe('canonicalJson', () => {
  it('sorts keys at every level and keeps array order, so key order never changes a hash', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: null }, u: undefined })).toBe('{"a":{"c":null,"d":[3,{"y":2,"z":1}]},"b":1}');
    expect(sha256Hex(canonicalJson({ x: 1, y: 2 }))).toBe(sha256Hex(canonicalJson({ y: 2, x: 1 })));
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });
});

describe('subjectHash', () => {
  it('is HMAC-SHA256 under the key, prefixed, stable, and different per key and per id', () => {
    const hash = subjectHash('k'.repeat(32), '001090000001');
    expect(hash).toMatch(/^hmac:[0-9a-f]{64}$/);
    expect(subjectHash('k'.repeat(32), '001090000001')).toBe(hash);
    expect(subjectHash('j'.repeat(32), '001090000001')).not.toBe(hash);
    expect(subjectHash('k'.repeat(32), '001090000002')).not.toBe(hash);
    expect(keyedHash('k'.repeat(32), '001090000001')).not.toBe(hash);
    expect(() => subjectHash('', '001090000001')).toThrow(/empty/);
  });
});

describe('outcomeOf', () => {
  it('ok without errors; partial when a field answered; denied for refusals; error otherwise', () => {
    expect(outcomeOf({ data: { a: 1 } })).toBe('ok');
    expect(outcomeOf({ data: { a: 1, b: null }, errors: [{ extensions: { code: 'FORBIDDEN' } }] })).toBe('partial');
    expect(outcomeOf({ data: { b: null }, errors: [{ extensions: { code: 'FORBIDDEN' } }] })).toBe('denied');
    for (const code of ['UNAUTHENTICATED', 'RATE_LIMITED', 'PERSISTED_QUERY_NOT_ALLOWED', 'OPERATION_LIMIT_EXCEEDED']) {
      expect(outcomeOf({ errors: [{ extensions: { code } }] })).toBe('denied');
    }
    expect(outcomeOf({ data: null, errors: [{ extensions: { code: 'UPSTREAM_TIMEOUT' } }] })).toBe('error');
    expect(errorCodesOf({ errors: [{ extensions: { code: 'B' } }, { extensions: { code: 'A' } }, { extensions: { code: 'B' } }, {}] })).toEqual([
      'A',
      'B',
      'INTERNAL_SERVER_ERROR',
    ]);
  });
});
