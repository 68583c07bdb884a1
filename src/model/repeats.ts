// Phrases written twice back to back (情况情况, 用于用于): the slip of a hand that pasted or typed a phrase twice.
// Chinese doubles single characters on purpose (常常, 人人, 天天, 干干净净) and counts one by one (一个一个), and
// numbers and list marks repeat digits (1111, 1.1.1): none of these is a slip. A two-character word doubled on
// purpose (研究研究) cannot be told from 用于用于 without a dictionary: callers pass such words as `allowed`.
import { compact } from './text.js';

const HAN = /\p{Script=Han}/u;

/** Whether a phrase written twice is a slip, not a word or a number. */
function isSlip(phrase: string, allowed: ReadonlySet<string>): boolean {
  const chars = [...phrase];
  if (allowed.has(phrase)) return false;
  // A phrase with no Chinese character (digits, marks, a code) repeats as a number or a list does.
  if (!chars.some((c) => HAN.test(c))) return false;
  // 人人人人, 哈哈哈哈: one character doubled and doubled again is reduplication, whatever its length.
  if (chars.every((c) => c === chars[0])) return false;
  // 一个一个, 一步一步: 一 with a measure word, doubled, means "one by one". 残疾人每人每月, 农户每户每年: 每X每Y after a
  // word that ends in X reads as X每 twice.
  if (chars.length === 2 && (chars[0] === '一' || chars[1] === '每')) return false;
  return true;
}

/**
 * The first phrase of two or more characters that the text writes twice in a row (white space and width
 * ignored), or null. Of the phrases repeated at one place the shortest is taken: 情况情况情况情况 gives 情况.
 * `allowed` phrases may be written twice.
 */
export function findRepeatedPhrase(text: string | null | undefined, allowed: readonly string[] = []): string | null {
  if (!text) return null;
  const t = compact(text);
  // Characters are compared as code points, by number.
  const n = loadCodePoints(t);
  if (n < 4) return null;
  linkSame(n);
  for (let i = 0; i + 4 <= n; i++) {
    const first = points[i];
    // A phrase of length j - i repeats at j only where its first character comes again: visit those places only,
    // nearest first, rather than every length (a long cell of varied characters has few).
    for (let j = next[i]; j >= 0 && 2 * j - i <= n; j = next[j]) {
      const len = j - i;
      if (len < 2 || points[j] !== first) continue;
      let same = true;
      for (let k = 1; k < len && same; k++) same = points[i + k] === points[j + k];
      if (!same) continue;
      const phrase = String.fromCodePoint(...points.subarray(i, j));
      if (isSlip(phrase, allowedSet(allowed))) return phrase;
      break;
    }
  }
  return null;
}

// Work arrays, reused: allocating typed arrays per cell cost more than the search itself.
let points = new Int32Array(256);
let next = new Int32Array(256);
/** Where each character's code comes again (by its low 16 bits: the search compares the whole code), or -1. */
const lastAt = new Int32Array(1 << 16).fill(-1);

/** The text's code points into `points`; their number. */
function loadCodePoints(t: string): number {
  if (points.length < t.length) {
    points = new Int32Array(t.length * 2);
    next = new Int32Array(t.length * 2);
  }
  let n = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t.codePointAt(i)!;
    points[n++] = c;
    if (c > 0xffff) i++;
  }
  return n;
}

/** `next` for the first n code points. */
function linkSame(n: number): void {
  for (let i = n - 1; i >= 0; i--) {
    const h = points[i] & 0xffff;
    next[i] = lastAt[h];
    lastAt[h] = i;
  }
  for (let i = 0; i < n; i++) lastAt[points[i] & 0xffff] = -1;
}

/** The allowed phrases as compared, per list (a rule's options hold the same list for every cell). */
const allowedSets = new WeakMap<readonly string[], ReadonlySet<string>>();
function allowedSet(allowed: readonly string[]): ReadonlySet<string> {
  let set = allowedSets.get(allowed);
  if (!set) allowedSets.set(allowed, (set = new Set(allowed.map(compact))));
  return set;
}
