import { describe, expect, it } from 'vitest';
import { BUILTIN_FORMATS, formatNumber, general } from '../../src/readers/xlsx-numfmt.js';

describe('number formats: numbers as Excel shows them', () => {
  it.each([
    [0.95, BUILTIN_FORMATS[9], '95%'],
    [0.955, BUILTIN_FORMATS[10], '95.50%'],
    [2, BUILTIN_FORMATS[2], '2.00'],
    [2.5, BUILTIN_FORMATS[1], '3'],
    [1234567.891, BUILTIN_FORMATS[4], '1,234,567.89'],
    [1234567, BUILTIN_FORMATS[3], '1,234,567'],
    [0, BUILTIN_FORMATS[3], '0'],
    [123456, BUILTIN_FORMATS[11], '1.23E+05'],
  ])('built-in: %s in %s → %s', (value, code, shown) => {
    expect(formatNumber(value, code)).toBe(shown);
  });

  it.each([
    [12.5, '0.00"万元"', '12.50万元'],
    [30, '0"人"', '30人'],
    [30, '0人', '30人'],
    [1500, '#,##0.00"元"', '1,500.00元'],
    [0.9, '0.0%', '90.0%'],
    [5, '#,##0.0#', '5.0'],
    [5.25, '#,##0.0#', '5.25'],
    [1234567, '#,##0,"千元"', '1,235千元'],
    [3, '[$¥-804]#,##0.00', '¥3.00'],
    [3, '[Red]0.00', '3.00'],
    [7, '0_);(0)', '7 '],
    [12, 'General"元"', '12元'],
    [95, '≥0"%"', '≥95%'],
  ])('custom: %s in %s → %s', (value, code, shown) => {
    expect(formatNumber(value, code)).toBe(shown);
  });

  it('rounds half away from zero on the decimal digits (1.005 → 1.01, as Excel)', () => {
    expect(formatNumber(1.005, '0.00')).toBe('1.01');
    expect(formatNumber(2.675, '0.00')).toBe('2.68');
    expect(formatNumber(0.125, '0%')).toBe('13%');
    expect(formatNumber(999.995, '#,##0.00')).toBe('1,000.00');
  });

  it('takes the section for the sign: positive;negative;zero', () => {
    expect(formatNumber(-3.2, '0.00')).toBe('-3.20');
    expect(formatNumber(-3.2, '0.00;(0.00)')).toBe('(3.20)');
    expect(formatNumber(0, '0.00;(0.00);"-"')).toBe('-');
    expect(formatNumber(95, '[>=90]"优"0;0')).toBe('优95');
  });

  it('shows dates and times: serials counted from 1900, or from 1904', () => {
    expect(formatNumber(44196, BUILTIN_FORMATS[14])).toBe('2020/12/31');
    expect(formatNumber(44196, BUILTIN_FORMATS[31])).toBe('2020年12月31日');
    expect(formatNumber(44196.75, 'yyyy-mm-dd hh:mm')).toBe('2020-12-31 18:00');
    expect(formatNumber(0.5, 'h:mm AM/PM')).toBe('12:00 PM');
    expect(formatNumber(44196, 'mmm d, yyyy')).toBe('Dec 31, 2020');
    expect(formatNumber(44196, '[$-804]aaaa')).toBe('星期四');
    expect(formatNumber(1.5, '[h]:mm')).toBe('36:00');
    expect(formatNumber(44196 - 1462, 'yyyy/m/d', true)).toBe('2020/12/31');
    // Before 1 March 1900 the 1900 system is one day off, as Lotus was.
    expect(formatNumber(59, 'yyyy-mm-dd')).toBe('1900-02-28');
    expect(formatNumber(61, 'yyyy-mm-dd')).toBe('1900-03-01');
  });

  it('General: as few digits as the number needs, floating-point noise dropped', () => {
    expect(general(0.1 + 0.2)).toBe('0.3');
    expect(general(12)).toBe('12');
    expect(general(-7.5)).toBe('-7.5');
    expect(general(1e21)).toBe('1E+21');
    expect(formatNumber(0.30000000000000004, '')).toBe('0.3');
    expect(formatNumber(0.95, BUILTIN_FORMATS[0])).toBe('0.95');
  });

  it('shows a fraction format as the decimal number', () => {
    expect(formatNumber(1.5, BUILTIN_FORMATS[12])).toBe('1.5');
  });
});
