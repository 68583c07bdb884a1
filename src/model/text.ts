// Text normalisation shared by readers and rules: comparisons ignore width, spacing and closing punctuation.
import { memoize } from './memo.js';

const SPACE = /\s/;
const SPACES = /\s+/g;
const NON_SPACE = /\S/;

/**
 * NFKC (full-width → ASCII), no white space. Remembered for the last few thousand texts: the rules ask it of the
 * same cells over and over (some 120 times a form, of 25 texts), and normalising costs ten times a look-up.
 */
export const compact: (s: string) => string = memoize(compactOf, 4096);

function compactOf(s: string): string {
  const n = s.normalize('NFKC');
  return SPACE.test(n) ? n.replace(SPACES, '') : n;
}

const LEADING_PUNCT = /^[\p{P}\p{S}\s]+/u;
const TRAILING_PUNCT = /[\p{P}\s]+$/u;
const ENDS_IN_PUNCT = /[\p{P}\s]$/u;
const BRACKETED_UNIT = /\((%|‰|[^()]{1,4})\)$/u;

/**
 * The key two texts are compared by: compact, without leading/trailing punctuation and a unit in brackets.
 * Remembered for the last few thousand texts: the rules compare a row's cells with each other, each by its key.
 */
export const textKey: (s: string) => string = memoize(keyOf, 4096);

function keyOf(s: string): string {
  let key = compact(s);
  // The end-anchored patterns are tried at every position of a text: only where the last characters can match.
  if (key.endsWith(')')) key = key.replace(BRACKETED_UNIT, '');
  key = key.replace(LEADING_PUNCT, '');
  return ENDS_IN_PUNCT.test(key.slice(-2)) ? key.replace(TRAILING_PUNCT, '') : key;
}

/** The number of characters (code points) in a text: one outside the BMP is one, not two UTF-16 units. */
export function charCount(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) { n--; i++; }
    }
  }
  return n;
}

/**
 * Whether compact(s) is empty, without normalising: NFKC maps no character but white space to white space
 * alone (tests/model/text.test.ts checks every code point).
 */
export function isBlank(s: string | null | undefined): boolean {
  return s == null || !NON_SPACE.test(s);
}

/** The text trimmed, cut to `max` characters with … when longer: for quoting a cell in a message. */
export function shorten(s: string, max = 30): string {
  const chars = [...s.trim()];
  return chars.length > max ? chars.slice(0, max).join('') + '…' : chars.join('');
}

/** Length of the longest run of characters two texts share (compared as compact text). */
export function longestCommonRun(a: string, b: string): number {
  const x = [...compact(a)], y = [...compact(b)];
  let best = 0;
  let previous = new Array<number>(y.length + 1).fill(0);
  let current = new Array<number>(y.length + 1).fill(0);
  for (let i = 1; i <= x.length; i++) {
    for (let j = 1; j <= y.length; j++) {
      current[j] = x[i - 1] === y[j - 1] ? previous[j - 1] + 1 : 0;
      if (current[j] > best) best = current[j];
    }
    [previous, current] = [current, previous];
  }
  return best;
}
