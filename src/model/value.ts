// The value grammar: [comparator] number [unit], a qualitative grade, or free text.
import type { Comparator, IndicatorValue } from './types.js';

const SYMBOLS: Array<[RegExp, Comparator]> = [
  [/^(>=|≥|≧|⩾|大于等于|大于或等于|不低于|不少于|不小于|至少|达到|高于等于)/u, '≥'],
  [/^(<=|≤|≦|⩽|小于等于|小于或等于|不高于|不超过|不多于|不大于|至多|控制在)/u, '≤'],
  [/^(>|大于|高于|超过|多于)/u, '>'],
  [/^(<|小于|低于|少于)/u, '<'],
  [/^(==|=|等于)/u, '='],
];
// Written after the number: 95%以上, 10天以内.
const SUFFIXES: Array<[RegExp, Comparator]> = [
  [/(及以上|以上|或以上)$/u, '≥'],
  [/(及以下|以下|以内|之内)$/u, '≤'],
];

const GRADES = new Set(['达到', '基本达到', '部分达到', '未达到', '达标', '基本达标', '未达标', '好', '较好', '很好', '一般', '差',
  '较差', '优', '优秀', '良', '良好', '中', '中等', '合格', '不合格', '是', '否', '有', '无', '高', '较高', '低', '较低',
  '完成', '基本完成', '未完成', '全部完成', '满意', '基本满意', '不满意', '较满意', '非常满意', '优良', '正常', '符合', '不符合',
  '达到预期', '基本达到预期', '达到预期目标', '达到预期效果']);

const NUMBER = /^([+-]?\d+(?:,\d{3})*(?:\.\d+)?)/;

/** The comparator of a value as written, normalised: ＞＝ and >= both give ≥. */
export function normaliseComparator(s: string): Comparator | null {
  const t = s.normalize('NFKC').trim();
  for (const [re, c] of SYMBOLS) if (re.test(t)) return c;
  return null;
}

export function parseValue(raw: string | null | undefined): IndicatorValue {
  const text = raw ?? '';
  const t = text.normalize('NFKC').replace(/\s+/g, '');
  if (t === '') return { text, kind: 'empty' };
  if (GRADES.has(t.replace(/[。.]$/, ''))) return { text, kind: 'qualitative', grade: t.replace(/[。.]$/, '') };

  let rest = t;
  let comparator: Comparator | null = null;
  for (const [re, c] of SYMBOLS) {
    const m = re.exec(rest);
    if (m) { comparator = c; rest = rest.slice(m[0].length); break; }
  }
  const num = NUMBER.exec(rest);
  if (!num) {
    // "≥ 良好": a comparator before a grade is still a grade.
    if (comparator && GRADES.has(rest)) return { text, kind: 'qualitative', grade: rest };
    return { text, kind: 'text' };
  }
  const number = Number(num[1].replace(/,/g, ''));
  rest = rest.slice(num[0].length);
  let upper: number | null = null;
  const range = /^(?:%|‰)?[-~～—至到](\d+(?:\.\d+)?)/u.exec(rest);
  if (range) { upper = Number(range[1]); rest = rest.slice(range[0].length); }
  for (const [re, c] of SUFFIXES) {
    if (re.test(rest)) { comparator ??= c; rest = rest.replace(re, ''); break; }
  }
  // A unit is short; a long tail means the number sits inside a sentence.
  if (rest.length > 8 || /[，,。；;]/.test(rest)) return { text, kind: 'text' };
  return { text, kind: 'quantitative', comparator, number, upper, unit: rest === '' ? null : rest };
}
