import { describe, expect, it } from 'vitest';
import { LegacyFormatError } from '../../common/legacy/legacyFormat.js';
import { parseLegacyDecimal } from './parseLegacyDecimal.js';

describe('numbers with comma decimals and dot thousands', () => {
  it.each([
    ['1.234,5', 1234.5],
    ['1234,5', 1234.5],
    ['12.345', 12345],
    ['12345', 12345],
    ['1.234.567,89', 1234567.89],
    ['0,5', 0.5],
    ['-0,75', -0.75],
    ['-1.234', -1234],
    ['91,43', 91.43],
    ['0,8241', 0.8241],
    ['100', 100],
    [' 86,5 ', 86.5],
    ['0', 0],
  ])('%j is %d', (text, value) => {
    expect(parseLegacyDecimal('GiaTri', text)).toBe(value);
  });

  it('reads "" as no value', () => {
    expect(parseLegacyDecimal('GiaTri', '')).toBeNull();
    expect(parseLegacyDecimal('GiaTri', '  ')).toBeNull();
  });

  it.each(['1,234.5', '1.23', '12.3456', '1.234.5', '1,2,3', ',5', '5,', '+5', '1e5', 'NaN', 'Infinity', '1 234,5', '12,5%', 'abc', '--1', '1.234,5.6'])(
    'refuses %j, naming the field',
    (text) => {
      expect(() => parseLegacyDecimal('TuSo', text)).toThrow(LegacyFormatError);
      expect(() => parseLegacyDecimal('TuSo', text)).toThrow(/^TuSo: /);
    },
  );
});
