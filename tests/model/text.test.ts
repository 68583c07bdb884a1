import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compact, isBlank, plainCharacters, textKey } from '../../src/model/text.js';
import { memoize } from '../../src/model/memo.js';

describe('isBlank', () => {
  it('is blank exactly where compact() leaves nothing, for every code point', () => {
    // isBlank skips the normalisation compact() does; this holds only while NFKC makes nothing but white space
    // into white space alone.
    const differing: string[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const c = String.fromCodePoint(cp);
      if (isBlank(c) !== (compact(c) === '')) differing.push(cp.toString(16));
    }
    expect(differing).toEqual([]);
  });

  it('says blank for null, empty and white space of any width, not for text', () => {
    expect(isBlank(null)).toBe(true);
    expect(isBlank(undefined)).toBe(true);
    expect(isBlank('')).toBe(true);
    expect(isBlank(' \u3000\t\n')).toBe(true);
    expect(isBlank(' 满意度 ')).toBe(false);
    expect(isBlank('\u00a8')).toBe(false);
  });
});

describe('compact and textKey', () => {
  it('drop width and spacing; textKey also edge punctuation and a bracketed unit', () => {
    expect(compact('满意 度（％）')).toBe('满意度(%)');
    expect(compact('abc')).toBe('abc');
    expect(textKey('满意 度（％）')).toBe('满意度');
    expect(textKey('“群众满意度”。')).toBe('群众满意度');
  });
});

describe('plain characters, which compact() and textKey() leave without normalising', () => {
  const spec = {
    compact: (s: string) => s.normalize('NFKC').replace(/\s+/g, ''),
    textKey: (s: string) => spec.compact(s).replace(/\((%|‰|[^()]{1,4})\)$/u, '').replace(/^[\p{P}\p{S}\s]+/u, '')
      .replace(/[\p{P}\s]+$/u, ''),
  };

  it('are each left by NFKC as they are, and none is white space, a mark or a jamo that composes', () => {
    const plain = plainCharacters();
    expect(plain.length).toBeGreaterThan(27_000);
    expect(plain.filter((c) => c.normalize('NFKC') !== c || /[\s\p{M}\u1100-\u11ff]/u.test(c))).toEqual([]);
  });

  it('give the same compact form and key as normalising does, beside any other characters', () => {
    const plain = plainCharacters();
    // Plain characters (the marks and ASCII among them as often as the Chinese), and others NFKC maps or composes: full width, combining marks, jamo, spaces.
    const char = fc.oneof(fc.constantFrom(...plain), fc.constantFrom(...plain.filter((c) => c < '\u3400')), fc.constantFrom('，', '（', '）', '％', '\u0301', '\u1161', '\u3000', ' ', '…', '℃', 'ｅ'));
    fc.assert(fc.property(fc.array(char, { maxLength: 12 }), (chars) => {
      const s = chars.join('');
      expect(compact(s)).toBe(spec.compact(s));
      expect(textKey(s)).toBe(spec.textKey(s));
      expect(isBlank(s)).toBe(spec.compact(s) === '');
    }), { numRuns: 3000 });
  });
});

describe('memoize', () => {
  it('answers a text it has seen from memory, and forgets all when full', () => {
    const calls: string[] = [];
    const upper = memoize((s) => { calls.push(s); return s.toUpperCase(); }, 2);
    expect([upper('a'), upper('a'), upper('b')]).toEqual(['A', 'A', 'B']);
    expect(calls).toEqual(['a', 'b']);
    upper('c'); // full: forgets a and b
    upper('a');
    expect(calls).toEqual(['a', 'b', 'c', 'a']);
  });

  it('remembers null answers too', () => {
    let calls = 0;
    const none = memoize(() => { calls++; return null; });
    none('x');
    none('x');
    expect(calls).toBe(1);
  });
});
