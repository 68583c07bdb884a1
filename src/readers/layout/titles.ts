// Titles that forms stand under: `1、安全生产防控经费绩效目标表`, `1.  名称项目绩效目标表`, `（一）名称`, or a bare
// `8、名称`. A title is recognised by its words, never by where it stands; whether a form follows decides the rest.
import { compact } from '../../model/text.js';

/** A list item's number: 1、 2. （三） (1). */
const ITEM = /(?:\d{1,3}|[一二三四五六七八九十]{1,3})\s*[、.．]|[（(]\s*(?:\d{1,3}|[一二三四五六七八九十]{1,3})\s*[)）]/gu;
const NUMBERING = new RegExp(`^\\s*(?:${ITEM.source})\\s*`, 'u');
/** 项目绩效目标表, 部门整体支出绩效目标申报表: the words that name a form. */
const FORM_WORDS = /(?:项目)?(?:部门整体支出)?绩效目标(?:申报)?表$/u;
const PAGE = /^(第\s*\d+\s*页|共\s*\d+\s*页|[-—\s\d/]+$)/u;
/** 第二部分 预算项目绩效目标: a part of the document, not one form. */
const PART = /^第[一二三四五六七八九十\d]+部分/u;

/**
 * 'form': the text names a performance-target form (…绩效目标表); 'numbered': a numbered line short enough to be
 * a heading (1、名称, （一）名称); 'short': a short line that may be a heading. null: prose, a note (单位：万元),
 * or a part of the document (第二部分).
 */
export type TitleKind = 'form' | 'numbered' | 'short';

export function titleKind(text: string): TitleKind | null {
  const t = text.trim();
  if (t === '' || PART.test(t)) return null;
  if (t.length <= 80 && FORM_WORDS.test(compact(t).replace(/[。.;；:：]+$/u, ''))) return 'form';
  // Prose, a page number (- 3 -, 第3页 共9页), a line without words: no heading.
  if (t.length > 40 || /[。；;，,：:！!？?]$/u.test(t) || PAGE.test(t) || !/\p{Script=Han}/u.test(t)) return null;
  if (NUMBERING.test(t)) return 'numbered';
  if (/[：:]/u.test(t)) return null;
  return t.length <= 30 ? 'short' : null;
}

/** A line that ends a table when it follows one: a form's title, or a new part of the document. */
export function isTitleLine(text: string): boolean {
  return titleKind(text) === 'form' || PART.test(text.trim());
}

const CN_DIGITS = '一二三四五六七八九';

/** The number a numbered line starts with: 2 for `2、…`, `2. …`, `（二）…`; null when it starts with none. */
function leadingNumber(text: string): number | null {
  const m = NUMBERING.exec(text);
  return m ? itemNumber(m[0]) : null;
}

/** 12 for `12、`, 12 for `（十二）`: digits, or numerals up to 九十九. */
function itemNumber(item: string): number {
  const n = /\d+|[一二三四五六七八九十]+/u.exec(item)![0];
  if (/^\d/.test(n)) return Number(n);
  const [tens, units] = n.includes('十') ? n.split('十') : ['', n];
  const digit = (d: string) => CN_DIGITS.indexOf(d) + 1;
  return (n.includes('十') ? (tens === '' ? 1 : digit(tens)) * 10 : 0) + (units === '' ? 0 : digit(units));
}

/**
 * Whether a numbered line goes on with a list the text before it holds: `2、…` after a text with `1、` in it, or
 * `（1）…` after a text that announces a list (主要用于：). A numbered line with no item before it starts something
 * new (a title).
 */
export function continuesList(before: string, line: string): boolean {
  const n = leadingNumber(line);
  if (n === 1) return /[:：]\s*$/u.test(before);
  return n !== null && n >= 2 && [...before.matchAll(ITEM)].some((m) => itemNumber(m[0]) === n - 1);
}

/** The project a title names: numbering and 绩效目标表 taken off (`1、春节慰问金绩效目标表` → 春节慰问金). */
export function nameFromTitle(title: string): string {
  const name = title.replace(NUMBERING, '').trim();
  const words = /\s*(?:项目)?(?:部门整体支出)?绩效目标(?:申报)?表\s*$/u.exec(name);
  const stripped = words ? name.slice(0, words.index).trim() : name;
  return stripped === '' ? name : stripped;
}
