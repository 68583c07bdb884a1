// Text normalisation shared by readers and rules: comparisons ignore width, spacing and closing punctuation.
import { memoize } from './memo.js';

const SPACE = /\s/;
const SPACES = /\s+/g;
const NON_SPACE = /\S/;

// Characters NFKC leaves as they are, alone and beside any other of them, that are not white space: the Chinese
// characters, printable ASCII and the Chinese marks that need no mapping; most cells are written in nothing
// else, and such a text is its own compact form and key without normalising or remembering. None of them is a
// combining mark or a Hangul jamo, the only characters NFKC composes with what stands before them
// (tests/model/text.test.ts checks every one).
const PLAIN = 1;
const PUNCT = 2; // \p{P}
const SYMBOL = 4; // \p{S}
const kinds = new Uint8Array(0x10000);
kinds.fill(PLAIN, 0x3400, 0x4dc0);
kinds.fill(PLAIN, 0x4e00, 0xa000);
for (const c of '!"#$%&\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~、。〃〈〉《》「」『』【】〔〕〖〗〝〞“”‘’—–·‰≥≤≠±×÷°') {
  if (c.normalize('NFKC') !== c || SPACE.test(c) || /\p{M}/u.test(c)) continue;
  kinds[c.charCodeAt(0)] = PLAIN | (/\p{P}/u.test(c) ? PUNCT : 0) | (/\p{S}/u.test(c) ? SYMBOL : 0);
}

/** Whether every character of the text is plain (see above): then compact(s) is s. */
export function isPlain(s: string): boolean {
  for (let i = 0; i < s.length; i++) if ((kinds[s.charCodeAt(i)] & PLAIN) === 0) return false;
  return true;
}

/** The characters compact() and textKey() may leave a text as it is: for tests. */
export const plainCharacters = (): string[] =>
  [...kinds.keys()].filter((c) => kinds[c] & PLAIN).map((c) => String.fromCharCode(c));

/**
 * NFKC (full-width → ASCII), no white space. A plain text is its own; others are remembered (memoize): the rules
 * ask it of the same cells over and over (some 120 times a form, of 25 texts), and normalising costs ten times a
 * look-up.
 */
export const compact = (s: string): string => (isPlain(s) ? s : compactRemembered(s));
const compactRemembered = memoize(compactOf);

function compactOf(s: string): string {
  const n = s.normalize('NFKC');
  return SPACE.test(n) ? n.replace(SPACES, '') : n;
}

// End-anchored patterns are tried at every place of a text: each is tried only where the text ends as it can match.
const PERCENT_IN_BRACKETS = /\((%|‰)\)$/u;
const END_MARKS = /[。.;；,，]+$/u;

/** A compact text without the percent sign in brackets it ends in: 完成率(%) → 完成率. */
export function withoutPercentUnit(t: string): string {
  return t.endsWith(')') ? t.replace(PERCENT_IN_BRACKETS, '') : t;
}

/** A compact text without the sentence marks it ends in: ≥95%。 → ≥95%. */
export function withoutEndMarks(t: string): string {
  return END_MARKS.test(t.slice(-1)) ? t.replace(END_MARKS, '') : t;
}

const LEADING_PUNCT = /^[\p{P}\p{S}\s]+/u;
const TRAILING_PUNCT = /[\p{P}\s]+$/u;
const ENDS_IN_PUNCT = /[\p{P}\s]$/u;
const BRACKETED_UNIT = /\((%|‰|[^()]{1,4})\)$/u;

/**
 * The key two texts are compared by: compact, without leading/trailing punctuation and a unit in brackets. A
 * plain text that starts and ends in a word is its own; others are remembered (memoize): the rules compare a
 * row's cells with each other, each by its key.
 */
export const textKey = (s: string): string => (isPlain(s) && !(kinds[s.charCodeAt(0)] & (PUNCT | SYMBOL))
  && !(kinds[s.charCodeAt(s.length - 1)] & PUNCT) ? s : keyRemembered(s));
const keyRemembered = memoize(keyOf);

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
  return s == null || (!(kinds[s.charCodeAt(0)] & PLAIN) && !NON_SPACE.test(s));
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
