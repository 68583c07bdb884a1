// Personal data a published form must not carry: a mobile number, a resident ID number. Found in any text and
// given back masked, so that no report repeats the number it warns about.
//
// Not personal: landlines (0335-1234567, an office's number is public), service numbers (12345, 400…), and
// the long digit strings forms are full of: project codes (13012323P00000210777A), amounts, dates. A number
// counts only standing alone: not inside a longer run of digits or letters (nor joined to one by a dash or a
// point, as codes are: 442-0801-…), not a decimal, not followed by a unit; written in groups (182 1601 5913), not
// one of a row of figures either (135 2021 2022 2023, as text exports of tables write them).
import { compact, isPlain } from './text.js';
import { startsWithUnit } from './units.js';

export interface PersonalData {
  kind: 'mobile' | 'id';
  /** The number with its middle masked: 182****5913, 1101**********1234. */
  masked: string;
}

// 11 digits 1[3-9]x, written whole or as 3-4-4 with spaces or dashes, after an optional +86.
const MOBILE = /(?<![A-Za-z0-9.]|[A-Za-z0-9][-.])(?:\+?86[ -]?)?(1[3-9]\d)[ -]?(\d{4})[ -]?(\d{4})(?![A-Za-z0-9]|[-.][A-Za-z0-9])/gu;
// 18 characters: 6 of region, 8 of birth date, 3 of sequence, the check character (0-9 or X).
const ID_CARD = /(?<![A-Za-z0-9.]|[A-Za-z0-9][-.])([1-9]\d{5})((?:18|19|20)\d{2})(\d{2})(\d{2})(\d{3})([\dXx])(?![A-Za-z0-9]|[-.][A-Za-z0-9])/gu;

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

/** GB 11643: the 18th character is the ISO 7064 MOD 11-2 check of the first 17 digits. */
export function isValidIdNumber(id: string): boolean {
  const s = id.toUpperCase();
  if (!/^\d{17}[\dX]$/.test(s)) return false;
  const sum = ID_WEIGHTS.reduce((acc, w, i) => acc + w * Number(s[i]), 0);
  return ID_CHECK[sum % 11] === s[17];
}

function isDate(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/** A number followed by a unit (13800000000元) is an amount or a count, not a phone. */
function followedByUnit(text: string, end: number): boolean {
  return startsWithUnit(compact(text.slice(end, end + 8)));
}

function digitCount(t: string): number {
  let n = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) n++;
  }
  return n;
}

/** The mobile and ID numbers written in a text, in reading order, masked. */
export function findPersonalData(text: string | null | undefined): PersonalData[] {
  if (!text) return [];
  // A plain text (Chinese and ASCII) is as NFKC leaves it; normalising others turns full-width digits into digits.
  const t = isPlain(text) ? text : text.normalize('NFKC');
  // Both kinds of number hold at least 11 digits: most texts hold fewer, and need no search.
  if (digitCount(t) < 11) return [];
  const found: Array<PersonalData & { at: number }> = [];
  for (const m of t.matchAll(ID_CARD)) {
    const digits = m[0].toUpperCase();
    if (!isDate(Number(m[2]), Number(m[3]), Number(m[4])) || !isValidIdNumber(digits)) continue;
    found.push({ kind: 'id', masked: `${digits.slice(0, 4)}${'*'.repeat(10)}${digits.slice(14)}`, at: m.index });
  }
  for (const m of t.matchAll(MOBILE)) {
    const end = m.index + m[0].length;
    if (followedByUnit(t, end)) continue;
    if (/\s/.test(m[0]) && (/\d\s+$/.test(t.slice(0, m.index)) || /^\s+\d/.test(t.slice(end)))) continue;
    found.push({ kind: 'mobile', masked: `${m[1]}****${m[3]}`, at: m.index });
  }
  return found.sort((a, b) => a.at - b.at).map(({ kind, masked }) => ({ kind, masked }));
}
