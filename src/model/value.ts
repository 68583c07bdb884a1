// The value grammar: [label] [comparator] number [unit] [comparator suffix], a date or time limit, a
// qualitative grade, or free text. Width is normalised first (＞＝ reads as >=, ％ as %).
import type { Comparator, IndicatorValue } from './types.js';
import { measureOfText } from './measure.js';
import { unitKind } from './units.js';
import { memoize } from './memo.js';
import { compact, withoutEndMarks } from './text.js';

const SYMBOLS: Array<[RegExp, Comparator]> = [
  [/^(>=|=>|≥|≧|⩾|大于等于|大于或等于|高于或等于|不低于|不少于|不小于|不得低于|不得少于|至少|最少|最低|达到|高于等于)/u, '≥'],
  [/^(<=|=<|≤|≦|⩽|小于等于|小于或等于|低于或等于|不高于|不超过|不多于|不大于|不得高于|不得超过|至多|最多|最高|控制在)/u, '≤'],
  [/^(>|大于|高于|超过|多于)/u, '>'],
  [/^(<|小于|低于|少于)/u, '<'],
  [/^(==|=|等于)/u, '='],
];
// Written after the number and unit: 95%以上, 10天以内, 3个工作日内; 左右 keeps no comparator.
const SUFFIXES: Array<[RegExp, Comparator | null]> = [
  [/(及以上|或以上|以上)$/u, '≥'],
  [/(及以下|或以下|以下|以内|之内|内)$/u, '≤'],
  [/(左右|上下)$/u, null],
];

const GRADES = new Set(['达到', '基本达到', '部分达到', '未达到', '达标', '基本达标', '未达标', '好', '较好', '很好', '一般', '差',
  '较差', '优', '优秀', '良', '良好', '中', '中等', '合格', '不合格', '是', '否', '有', '无', '高', '较高', '低', '较低',
  '完成', '基本完成', '未完成', '全部完成', '满意', '基本满意', '不满意', '较满意', '非常满意', '优良', '正常', '符合', '不符合',
  '达到预期', '基本达到预期', '达到预期目标', '达到预期效果']);
// Done, or done on time or in full: a grade as much as 完成 is (按时完成, 足额发放, 完成发放, 发放到位). 及时 alone
// says no more than "soon": it is not one.
const DONE = /^(按时|按期|如期|准时|全部|全面|全额|足额|按时足额|已)?(完成|完工|办结)?(发放|支付|拨付|验收)?(完成|到位|完毕)?$/u;
// How often, as a grade: 按季度, 按月发放, 每日清扫 (每周1次 is a count per week, read as a number).
const FREQUENCY = /^(按|每)(年度?|半年|季度?|月度?|周|旬|日|天)(发放|支付|拨付|兑付|结算|开展|检查|巡查|清扫|清运|保洁|报送|更新|统计|通报|考核|落实)?$/u;
// A named standard met: 达到二级养护标准, 达到国家标准, 符合一级A排放标准. 达到要求 names none.
const NAMED_STANDARD = /^(达到|符合|满足)[^,;。]{1,14}(标准|等级)$/u;

const NUMBER = /^([+-]?\d+(?:,\d{3})*(?:\.\d+)?)/;
const CN_DIGITS = '零一二三四五六七八九';
const CN_NUMBER = /^[零〇一二两三四五六七八九十百千万]+/u;

// Dates and time limits, matched on the whole value (after a comparator and a leading 于/在/截至).
const DATE_PARTS = /^(\d{4})[.\-/年](\d{1,2})[.\-/月](\d{1,2})[日号]?/u;
const YEAR_MONTH = /^(\d{4})年(\d{1,2})月(底|末|初|中旬|上旬|下旬|中|份)?/u;
const MONTH_DAY = /^(\d{1,2})月(\d{1,2})[日号]/u;
const MONTH = /^(\d{1,2})月(底|末|初|中旬|上旬|下旬|中|份)/u;
const MONTH_BEFORE = /^(\d{1,2})月(?=前|之前|以前)/u;
const YEAR = /^((?:19|20)\d{2})年(底|末|初|中|内)/u;
const NO_NUMBER = /^(?:当年|本年度?|年度|全年|今年)?(年底|年末|年内|年中)|^(?:当年|本年度?|年度|今年)内|^(当日|当天|全年度?|常年)/u;
// A deadline named by a feast or a season (春节前, 中秋节前, 汛期前, 开学前): dated by the calendar, if not by a number.
const NAMED_TIME = new RegExp('^(春节|元旦|元宵节?|清明节?|端午节?|中秋节?|国庆节?|重阳节?|主汛期|汛期|汛前|开学|采暖期|采暖季|供暖期|供暖季|上半年|下半年)'
  + '(?=前|之前|以前|内|之内|以内|后|之后|以后)', 'u');
const DEADLINE: Array<[RegExp, Comparator]> = [
  [/^(前|之前|以前|内|之内|以内)/u, '≤'],
  [/^(后|之后|以后|起)/u, '≥'],
];
const DONE_TAIL = /^(完成|完工|办结|结束|到位|实现|发放|兑现|支付|拨付)?$/u;

/** The comparator of a value as written, normalised: ＞＝ and >= both give ≥. */
export function normaliseComparator(s: string): Comparator | null {
  const t = s.normalize('NFKC').trim();
  for (const [re, c] of SYMBOLS) if (re.test(t)) return c;
  return null;
}

/**
 * The value a text writes. Values repeat across a run's forms (≥95%, 100%, 12月底前), so the reading of each
 * text is remembered; every caller gets an object of its own.
 */
export function parseValue(raw: string | null | undefined): IndicatorValue {
  return { ...parseRemembered(raw ?? '') };
}

const parseRemembered = memoize(parseText);

function parseText(text: string): IndicatorValue {
  let t = withoutEndMarks(compact(text));
  if (t === '') return { text, kind: 'empty' };
  if (isGrade(t)) return { text, kind: 'qualitative', grade: t };
  t = t.replace(/百分之([零〇一二两三四五六七八九十百]+|\d+(?:\.\d+)?)/gu, (whole, n: string) => {
    const v = /^\d/.test(n) ? Number(n) : chineseNumber(n);
    return v === null ? whole : `${v}%`;
  });
  // A note in closing brackets: ≥90(%) keeps its unit, 100%(1007户) drops the note.
  const note = /\(([^()]*)\)$/u.exec(t);
  if (note && note.index > 0) t = t.slice(0, note.index) + (unitKind(note[1]) ? note[1] : '');

  // "≥ 良好": a comparator before a grade is still a grade.
  const lead = SYMBOLS.map(([re]) => re.exec(t)).find((m) => m !== null);
  if (lead && isGrade(t.slice(lead[0].length))) return { text, kind: 'qualitative', grade: t.slice(lead[0].length) };
  const parsed = parseMeasure(t) ?? parseLabelled(t);
  return parsed ? { text, kind: 'quantitative', ...parsed } : { text, kind: 'text' };
}

function isGrade(t: string): boolean {
  return GRADES.has(t) || (DONE.test(t) && /完成|完工|办结|发放|支付|拨付|验收|到位|完毕/u.test(t)) || FREQUENCY.test(t)
    || NAMED_STANDARD.test(t);
}

type Parsed = Required<Pick<IndicatorValue, 'comparator' | 'number' | 'upper' | 'unit'>>;

/** [comparator] (date | number [unit] [suffix]), or null when that is not all the text holds. */
function parseMeasure(s: string): Parsed | null {
  let rest = s;
  let comparator: Comparator | null = null;
  for (const [re, c] of SYMBOLS) {
    const m = re.exec(rest);
    if (m) { comparator = c; rest = rest.slice(m[0].length); break; }
  }
  const date = parseDate(rest.replace(/^(于|在|截至|截止到?|到)/u, ''));
  if (date) return { ...date, comparator: date.comparator ?? comparator };
  const per = /^每(年|月|周|季度?|天|日|半年|学期)/u.exec(rest);
  if (per) rest = rest.slice(per[0].length);

  let number: number;
  const num = NUMBER.exec(rest);
  if (num) {
    number = Number(num[1].replace(/,/g, ''));
    rest = rest.slice(num[0].length);
  } else {
    // 两次, 三个: a number in words counts only before a unit, so that 十分满意 stays a phrase.
    const cn = CN_NUMBER.exec(rest);
    const value = cn ? chineseNumber(cn[0]) : null;
    const after = cn ? rest.slice(cn[0].length) : '';
    if (!cn || value === null || !unitKind(stripSuffix(after).rest)) return null;
    number = value;
    rest = after;
  }
  let upper: number | null = null;
  const range = /^(?:%|‰)?[-~—–至到](\d+(?:\.\d+)?)/u.exec(rest);
  if (range) { upper = Number(range[1]); rest = rest.slice(range[0].length); }

  const unit = splitUnit(rest);
  if (!unit) return null;
  const suffix = unit.suffix;
  let u = unit.unit;
  if (per && u) u = `${u}/${per[1]}`;
  return { comparator: comparator ?? suffix, number, upper, unit: u };
}

/**
 * A value that restates its indicator before the number: 完成率≥95%, 满意度：≥90%, 开展活动不少于6次. What follows
 * the words must be a real unit, or a comparator with a bare number (完成率≥95), for value-unit-missing to judge.
 */
function parseLabelled(s: string): Parsed | null {
  for (let i = 1; i <= Math.min(12, s.length - 1); i++) {
    const head = s.slice(0, i).replace(/:$/, '');
    if (/[\d\p{P}]/u.test(head)) return null;
    const rest = s.slice(i);
    if (!/^\d/.test(rest) && !SYMBOLS.some(([re]) => re.test(rest))) continue;
    const parsed = parseMeasure(rest);
    if (!parsed) return null;
    return (parsed.unit === null ? parsed.comparator !== null : unitKind(parsed.unit) !== null) ? parsed : null;
  }
  return null;
}

/**
 * What follows the number: a unit, then a comparator suffix, then perhaps a word naming what was counted
 * (6次活动, 90%群众满意). Null when the tail is a phrase rather than a unit. A word written where the unit
 * belongs (≥90满意度, ≥95完成率) is kept as the unit, for rules to judge.
 */
function splitUnit(rest: string): { unit: string | null; suffix: Comparator | null } | null {
  const whole = stripSuffix(rest);
  if (whole.rest === '') return { unit: null, suffix: whole.comparator };
  if (unitKind(whole.rest)) return { unit: whole.rest, suffix: whole.comparator };
  for (let n = Math.min(rest.length - 1, 6); n >= 1; n--) {
    const unit = rest.slice(0, n);
    if (!unitKind(unit)) continue;
    const after = stripSuffix(rest.slice(n));
    const tail = after.rest;
    const symbol = !/\p{Script=Han}/u.test(unit);
    // A trailing word is dropped after a symbol (90%满意度), or when it names no measure (6次活动); after a
    // unit in characters it may be the start of a word (≥90村民满意度 is not 90 村).
    if (tail === '' || (tail.length <= 8 && !/[\d\p{P}]/u.test(tail) && (symbol || !measureOfText(tail)))) {
      return { unit, suffix: after.comparator };
    }
    break;
  }
  if (whole.rest.length > 8 || /[\d\p{P}]/u.test(whole.rest)) return null;
  // A tail that is no unit is a word for one when it names a measure (满意度, 完成率) or is a unit's length;
  // otherwise the number stands inside a phrase (0新区环境稳定).
  if (whole.rest.length >= 3 && !measureOfText(whole.rest)) return null;
  return { unit: whole.rest, suffix: whole.comparator };
}

function stripSuffix(s: string): { rest: string; comparator: Comparator | null } {
  let rest = s.replace(/\(含\)$/u, '').replace(/(完成|完工|办结)$/u, '');
  let comparator: Comparator | null = null;
  for (const [re, c] of SUFFIXES) {
    const m = re.exec(rest);
    if (m) { comparator = c; rest = rest.slice(0, m.index); break; }
  }
  return { rest, comparator };
}

/** 2020年12月底前, 12月31日前, 2020-12-31, 年底前, 第四季度末: a comparator from 前/后, the first number, the rest as unit. */
function parseDate(s: string): (Omit<Parsed, 'comparator'> & { comparator: Comparator | null }) | null {
  let number: number | null;
  let unit: string;
  let m: RegExpExecArray | null;
  if ((m = DATE_PARTS.exec(s))) { number = Number(m[1]); unit = `年${Number(m[2])}月${Number(m[3])}日`; }
  else if ((m = YEAR_MONTH.exec(s))) { number = Number(m[1]); unit = `年${Number(m[2])}月${m[3] ?? ''}`; }
  else if ((m = MONTH_DAY.exec(s))) { number = Number(m[1]); unit = `月${Number(m[2])}日`; }
  else if ((m = MONTH.exec(s))) { number = Number(m[1]); unit = `月${m[2]}`; }
  else if ((m = MONTH_BEFORE.exec(s))) { number = Number(m[1]); unit = '月'; }
  else if ((m = /^第?([1-4一二三四])季度(末|底)/u.exec(s))) { number = Number(m[1]) || CN_DIGITS.indexOf(m[1]); unit = '季度末'; }
  else if ((m = YEAR.exec(s))) { number = Number(m[1]); unit = `年${m[2]}`; }
  else if ((m = NO_NUMBER.exec(s))) { number = null; unit = m[1] ?? m[2] ?? '年内'; }
  else if ((m = NAMED_TIME.exec(s))) { number = null; unit = m[1]; }
  else return null;
  if (number !== null && unit.startsWith('月') && (number < 1 || number > 12)) return null;
  let rest = s.slice(m[0].length);
  let comparator: Comparator | null = null;
  for (const [re, c] of DEADLINE) {
    const d = re.exec(rest);
    if (d) { comparator = c; rest = rest.slice(d[0].length); break; }
  }
  if (unit === '年内') comparator = '≤';
  if (!DONE_TAIL.test(rest)) return null;
  return { comparator, number, upper: null, unit };
}

/** 十二 → 12, 两 → 2, 一百零五 → 105; null when the characters do not make a number. */
function chineseNumber(s: string): number | null {
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  for (const ch of s) {
    if (ch === '零' || ch === '〇') continue;
    const d = ch === '两' ? 2 : CN_DIGITS.indexOf(ch);
    if (d >= 0) {
      if (digit !== null) return null;
      digit = d;
      continue;
    }
    const scale = ch === '十' ? 10 : ch === '百' ? 100 : ch === '千' ? 1000 : ch === '万' ? 10000 : 0;
    if (!scale) return null;
    if (scale === 10000) { total = (total + section + (digit ?? 0)) * scale; section = 0; }
    else section += (digit ?? 1) * scale;
    digit = null;
  }
  return total + section + (digit ?? 0);
}
