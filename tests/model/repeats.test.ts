import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findRepeatedPhrase } from '../../src/model/repeats.js';

describe('findRepeatedPhrase', () => {
  it('finds a phrase written twice in a row, the shortest at the first place', () => {
    expect(findRepeatedPhrase('完成情况情况良好')).toBe('情况');
    expect(findRepeatedPhrase('情况情况情况情况')).toBe('情况');
    expect(findRepeatedPhrase('用于 用于采购')).toBe('用于');
    expect(findRepeatedPhrase('用于采购设备')).toBeNull();
  });

  it('counts a character outside the BMP as one', () => {
    expect(findRepeatedPhrase('𠀀𠀁𠀀𠀁')).toBe('𠀀𠀁');
    expect(findRepeatedPhrase('a𠀀𠀁𠀀𠀁')).toBe('𠀀𠀁');
  });

  it('leaves reduplication, numbers and allowed words alone', () => {
    expect(findRepeatedPhrase('干干净净')).toBeNull();
    expect(findRepeatedPhrase('一个一个检查')).toBeNull();
    expect(findRepeatedPhrase('困难残疾人每人每月生活补贴')).toBeNull();
    expect(findRepeatedPhrase('农户每户每年')).toBeNull();
    expect(findRepeatedPhrase('每人每人')).toBe('每人');
    expect(findRepeatedPhrase('编号1111')).toBeNull();
    expect(findRepeatedPhrase('研究研究方案', ['研究'])).toBeNull();
  });
});

describe('findRepeatedPhrase, against the plain search it speeds up', () => {
  // The specification: at the first place where some phrase is written twice in a row, the shortest such phrase,
  // if it is a slip (a Chinese character, not one character doubled, not 一 + a measure word, not X每 of 每X每Y); else on.
  const spec = (text: string, allowed: readonly string[]): string | null => {
    const p = [...text.normalize('NFKC').replace(/\s+/g, '')];
    for (let i = 0; i + 4 <= p.length; i++) {
      for (let len = 2; i + 2 * len <= p.length; len++) {
        if (p.slice(i, i + len).join('') !== p.slice(i + len, i + 2 * len).join('')) continue;
        const phrase = p.slice(i, i + len);
        const slip = !allowed.includes(phrase.join('')) && phrase.some((c) => /\p{Script=Han}/u.test(c))
          && !phrase.every((c) => c === phrase[0]) && !(len === 2 && (phrase[0] === '一' || phrase[1] === '每'));
        if (slip) return phrase.join('');
        break;
      }
    }
    return null;
  };
  // Few characters, so that repeats are common; two outside the BMP share their low 16 bits with each other.
  const char = fc.constantFrom('情', '况', '一', '个', '用', '于', '1', ' ', '\u{10000}', '\u{20000}', '\u{2F800}');
  it('gives what the plain search gives', () => {
    fc.assert(fc.property(fc.array(char, { maxLength: 40 }), fc.constantFrom([], ['情况'], ['用于']), (chars, allowed) => {
      expect(findRepeatedPhrase(chars.join(''), allowed)).toBe(spec(chars.join(''), allowed));
    }), { numRuns: 2000 });
  });
});
