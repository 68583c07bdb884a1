import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COLUMNS, LONGEST_COLUMN_TITLE, columnOf, mayTitleColumn } from '../../src/model/vocabulary.js';

/** Every string a pattern of literal characters, groups of alternatives and `?` matches (^ and $ around it). */
function expand(source: string): string[] {
  let at = 0;
  const alternatives = (): string[] => {
    const out: string[] = [];
    for (;;) {
      out.push(...sequence());
      if (source[at] !== '|') return out;
      at++;
    }
  };
  const sequence = (): string[] => {
    let strings = [''];
    while (at < source.length && source[at] !== '|' && source[at] !== ')') {
      let atom: string[];
      if (source[at] === '(') {
        at++;
        atom = alternatives();
        at++; // )
      } else atom = [source[at++]];
      if (source[at] === '?') {
        at++;
        atom = ['', ...atom];
      }
      strings = strings.flatMap((s) => atom.map((a) => s + a));
    }
    return strings;
  };
  expect(source.startsWith('^') && source.endsWith('$')).toBe(true);
  source = source.slice(1, -1);
  const all = alternatives();
  expect(at).toBe(source.length);
  return all;
}

describe('column titles', () => {
  const titles = COLUMNS.flatMap(([column, re]) => expand(re.source).map((title) => ({ column, title })));

  it('are none longer than LONGEST_COLUMN_TITLE', () => {
    expect(titles.length).toBeGreaterThan(40);
    for (const { column, title } of titles) expect(columnOf(title)).toBe(column);
    expect(Math.max(...titles.map((t) => t.title.length))).toBeLessThanOrEqual(LONGEST_COLUMN_TITLE);
  });

  it('mayTitleColumn says no only of texts that title no column', () => {
    expect(mayTitleColumn('开展东山社区安全生产宣传活动的次数')).toBe(false);
    expect(mayTitleColumn('指标值（单位：万元，另附说明的很长的一段文字）')).toBe(true);
    expect(columnOf('指标值（单位：万元，另附说明的很长的一段文字）')).toBe('value');
    // Titles with what labels carry besides their name: spaces, full width, brackets, a colon.
    const padding = fc.constantFrom('', ' ', '　', '：', ':', '（万元）', '(%)', '，', '的', '说明', '\n');
    const text = fc.tuple(fc.constantFrom(...titles.map((t) => t.title)), fc.array(padding, { maxLength: 6 }), fc.array(padding, { maxLength: 3 }))
      .map(([title, after, before]) => before.join('') + [...title].join(after.length > 3 ? ' ' : '') + after.join(''));
    fc.assert(fc.property(text, (t) => {
      if (!mayTitleColumn(t)) expect(columnOf(t)).toBeNull();
    }), { numRuns: 3000 });
  });
});
