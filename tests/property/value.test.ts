// The value parser on any text: it never throws, says one of its kinds, keeps the text as written, and reads
// what it reads the same way however the text is spaced or whichever width its characters take.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseValue } from '../../src/model/value.js';
import type { IndicatorValue } from '../../src/model/types.js';
import { anyText, valueText } from './arbitraries.js';
import { runs } from './contract.js';

const KINDS = ['quantitative', 'qualitative', 'text', 'empty'];
const COMPARATORS = ['≥', '≤', '=', '>', '<'];
const RUNS = 300;

/** The parse without the text as written. */
const reading = ({ text: _text, ...rest }: IndicatorValue) => rest;

/** ASCII as its full-width form (！ to ～), which NFKC maps back. */
const fullWidth = (s: string) => s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

/** Units that stand after a number unambiguously: no date words (年, 月, 日), no comparator suffix in them. */
const UNIT = fc.constantFrom('%', '‰', '人', '人次', '次', '个', '户', '万元', '元', '亩', '天', '小时', '个工作日', '分', '元/人', 'km');
const NUMBER = fc.oneof(
  fc.nat({ max: 1_000_000_000 }).map(String),
  fc.tuple(fc.nat({ max: 100_000 }), fc.stringMatching(/^\d{1,4}$/)).map(([i, d]) => `${i}.${d}`),
);
const SYMBOL: Array<[string, string]> = [['≥', '≥'], ['>=', '≥'], ['不低于', '≥'], ['≤', '≤'], ['<=', '≤'], ['不超过', '≤'],
  ['>', '>'], ['<', '<'], ['=', '='], ['大于', '>'], ['小于', '<']];

function expectWellFormed(value: IndicatorValue, raw: string | null | undefined): void {
  expect(KINDS).toContain(value.kind);
  expect(value.text).toBe(raw ?? '');
  if (value.comparator != null) expect(COMPARATORS).toContain(value.comparator);
  for (const n of [value.number, value.upper]) if (n != null) expect(Number.isFinite(n)).toBe(true);
  if (value.kind === 'quantitative') expect(value.number !== undefined && value.unit !== undefined).toBe(true);
  if (value.kind === 'qualitative') expect(value.grade).toBeTruthy();
}

describe('parseValue on any text', () => {
  it('never throws and gives a well-formed value, for any string', () => {
    fc.assert(fc.property(fc.option(anyText(60), { nil: undefined }), (raw) => {
      expectWellFormed(parseValue(raw), raw);
    }), runs(RUNS));
  });

  it('never throws and gives a well-formed value, for texts made of the grammar\'s own pieces', () => {
    fc.assert(fc.property(valueText, (raw) => expectWellFormed(parseValue(raw), raw)), runs(RUNS * 2));
  });

  it('reads the same text the same way in full-width characters and with blanks anywhere', () => {
    fc.assert(fc.property(valueText, fc.array(fc.nat(), { maxLength: 4 }), (raw, cuts) => {
      const spaced = cuts.reduce((s, cut) => { const at = cut % (s.length + 1); return `${s.slice(0, at)} ${s.slice(at)}`; }, raw);
      const plain = reading(parseValue(raw));
      expect(reading(parseValue(fullWidth(raw)))).toEqual(plain);
      expect(reading(parseValue(spaced))).toEqual(plain);
      expect(reading(parseValue(`${raw}。`))).toEqual(plain);
    }), runs(RUNS));
  });
});

describe('parseValue reads what the grammar says', () => {
  it('[comparator] number unit', () => {
    fc.assert(fc.property(fc.constantFrom(...SYMBOL), NUMBER, UNIT, ([symbol, comparator], n, unit) => {
      expect(parseValue(`${symbol}${n}${unit}`)).toMatchObject({ kind: 'quantitative', comparator, number: Number(n), upper: null, unit });
    }), runs(RUNS));
  });

  it('a bare number after a comparator has no unit', () => {
    fc.assert(fc.property(fc.constantFrom(...SYMBOL), NUMBER, ([symbol, comparator], n) => {
      expect(parseValue(`${symbol}${n}`)).toMatchObject({ kind: 'quantitative', comparator, number: Number(n), unit: null });
    }), runs(RUNS));
  });

  it('number unit followed by a comparator suffix', () => {
    const suffixes: Array<[string, string | null]> = [['以上', '≥'], ['及以上', '≥'], ['以内', '≤'], ['以下', '≤'], ['左右', null]];
    fc.assert(fc.property(NUMBER, UNIT, fc.constantFrom(...suffixes), (n, unit, [suffix, comparator]) => {
      expect(parseValue(`${n}${unit}${suffix}`)).toMatchObject({ kind: 'quantitative', comparator, number: Number(n), unit });
    }), runs(RUNS));
  });

  it('a range: lower, dash or 至, upper, unit', () => {
    fc.assert(fc.property(fc.nat({ max: 10_000 }), fc.nat({ max: 10_000 }), fc.constantFrom('-', '~', '至', '～'), UNIT,
      (a, b, dash, unit) => {
        expect(parseValue(`${a}${dash}${b}${unit}`)).toMatchObject({ kind: 'quantitative', number: a, upper: b, unit });
      }), runs(RUNS));
  });

  it('a thousands separator changes nothing', () => {
    fc.assert(fc.property(fc.integer({ min: 1000, max: 999_999_999 }), UNIT, (n, unit) => {
      const grouped = String(n).replace(/\B(?=(\d{3})+$)/g, ',');
      expect(parseValue(`≥${grouped}${unit}`)).toMatchObject({ comparator: '≥', number: n, unit });
    }), runs(RUNS));
  });
});
