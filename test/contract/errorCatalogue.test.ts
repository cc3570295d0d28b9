import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { renderErrorDocs } from '../../schema/composeSchema.js';
import { errorCodes } from '../../schema/errorCodes.js';

describe('the error-code catalogue', () => {
  it('agrees with its generated docs, schema/ERRORS.md', async () => {
    const committed = await readFile(new URL('../../schema/ERRORS.md', import.meta.url), 'utf8');
    expect(committed).toBe(renderErrorDocs());
  });

  it('documents every code with a description and a status', () => {
    for (const [code, entry] of Object.entries(errorCodes)) {
      expect(code).toMatch(/^[A-Z][A-Z_]+$/);
      expect(entry.description.length, code).toBeGreaterThan(20);
      expect([200, 400, 401, 403, 429, 500, 503]).toContain(entry.httpStatus);
    }
  });

  it('lists the codes clients are told about in STYLE.md', () => {
    for (const code of [
      'BAD_USER_INPUT',
      'UNAUTHENTICATED',
      'FORBIDDEN',
      'NOT_FOUND',
      'UPSTREAM_TIMEOUT',
      'UPSTREAM_UNAVAILABLE',
      'UPSTREAM_REJECTED',
      'UPSTREAM_BAD_RESPONSE',
      'RATE_LIMITED',
      'INTERNAL_SERVER_ERROR',
    ]) {
      expect(Object.keys(errorCodes)).toContain(code);
    }
  });
});
