// Reading the values of cells: amounts, weights, directions, a value split over columns, spending-plan
// checkpoints. Each returns `undefined` when the text cannot be read, for the caller to report where it stands.
import type { Indicator, SpendingPlan } from '../../model/types.js';
import { normaliseComparator } from '../../model/value.js';
import { checkpointMonth } from '../../model/vocabulary.js';
import { isBlank } from '../../model/text.js';
import type { MoneyUnit } from '../../model/amounts.js';
import { sameAmount } from '../../model/sums.js';

const NUMBER = String.raw`[+-]?(?:\d+(?:,\d{3})*(?:\.\d*)?|\.\d+)`;
const AMOUNT = new RegExp(`^(${NUMBER})(万元|元|万)?$`, 'u');
/** A dash or 无 in an amount cell says "none": read as blank. */
const NONE = /^[-—–/／\\无]+$/u;

/** 2.00, 1,200.50, 55万元; null when blank; undefined when not an amount. */
export function parseAmount(text: string): { value: number | null; unit?: MoneyUnit } | undefined {
  const t = text.normalize('NFKC').replace(/\s+/g, '');
  if (t === '' || NONE.test(t)) return { value: null };
  const m = AMOUNT.exec(t);
  if (!m) return undefined;
  const value = Number(m[1].replace(/,/g, ''));
  return m[2] ? { value, unit: m[2] === '元' ? '元' : '万元' } : { value };
}

/** 权重: 20, 20分, 20%; null when blank; undefined when not a number. */
export function parseWeight(text: string): number | null | undefined {
  if (isBlank(text)) return null;
  const m = /^(\d+(?:\.\d+)?)(%|分)?$/.exec(text.normalize('NFKC').replace(/\s+/g, ''));
  return m ? Number(m[1]) : undefined;
}

/** 指标方向性: 正向 / 反向 (also 正, 正向指标); null when blank; undefined otherwise. */
export function parseDirection(text: string): Indicator['direction'] | undefined {
  if (isBlank(text)) return null;
  const t = text.replace(/\s+/g, '');
  if (/^正(向(指标)?)?$/.test(t)) return '正向';
  if (/^反(向(指标)?)?$/.test(t)) return '反向';
  return undefined;
}

/** 指标性质 | 指标值 | 度量单位 in columns of their own, read as one value: ≥ + 90 + % → ≥90%. */
export function composeValue(comparator: string, value: string, unit: string): string {
  if (isBlank(value)) return value;
  const symbol = normaliseComparator(comparator) && !normaliseComparator(value) ? comparator.trim() : '';
  const suffix = !isBlank(unit) && !value.trim().endsWith(unit.trim()) ? unit.trim() : '';
  return symbol + value.trim() + suffix;
}

export interface CheckpointValue {
  value: number | null;
  unit?: string;
}

/** One checkpoint's figure: 25, 25.00, 25%, 10万元; null when blank; undefined when not a figure. */
export function parseCheckpoint(text: string): CheckpointValue | undefined {
  const t = text.normalize('NFKC').replace(/\s+/g, '');
  if (t === '' || NONE.test(t)) return { value: null };
  const m = new RegExp(`^(${NUMBER})(%|万元|元|万)?$`, 'u').exec(t);
  if (!m) return undefined;
  return { value: Number(m[1].replace(/,/g, '')), ...(m[2] ? { unit: m[2] } : {}) };
}

export interface InlineCheckpoint extends CheckpointValue {
  month: number;
  /** Range of the checkpoint within the cell's text. */
  start: number;
  end: number;
}

const CHECKPOINT = /(\d{1,2}月(?:底|末)?前?|第?[一二三四1-4]季度(?:末|底)?)[ \t]*[:：]?[ \t]*(?:([+-]?\d+(?:,\d{3})*(?:\.\d+)?)[ \t]*(%|％|万元|元|万)?)?/y;
const SEPARATOR = /[\s;；,，、。]*/y;

/** A plan written in one cell: `3月底 25%；6月底 50%；…`; undefined when the text is something else. */
export function inlineCheckpoints(text: string): InlineCheckpoint[] | undefined {
  const items: InlineCheckpoint[] = [];
  let at = 0;
  const skip = () => { SEPARATOR.lastIndex = at; SEPARATOR.exec(text); at = SEPARATOR.lastIndex; };
  skip();
  while (at < text.length) {
    CHECKPOINT.lastIndex = at;
    const m = CHECKPOINT.exec(text);
    const month = m ? checkpointMonth(m[1]) : null;
    if (!m || month === null) return undefined;
    const unit = m[3]?.replace('％', '%');
    items.push({
      month, value: m[2] ? Number(m[2].replace(/,/g, '')) : null, ...(unit ? { unit } : {}),
      start: m.index, end: m.index + m[0].trimEnd().length,
    });
    at = CHECKPOINT.lastIndex;
    skip();
  }
  return items.length > 0 ? items : undefined;
}

/**
 * The plan's unit. Percent when the labels or a value say so (资金支出计划（%）, 25%); amounts when they speak of
 * money (累计支出金额（万元）, 10万元) or when the plan ends at the budget total; otherwise percent when no figure
 * passes 100. 累计支出资金 says neither: its figures decide.
 */
export function planUnit(labels: string, values: readonly CheckpointValue[], budgetTotal?: number | null): SpendingPlan['unit'] {
  const words = labels.normalize('NFKC');
  if (/%|百分比|比例/.test(words) || values.some((v) => v.unit === '%')) return '%';
  if (/元|金额/.test(words) || values.some((v) => v.unit !== undefined)) return 'amount';
  const figures = values.map((v) => v.value).filter((v): v is number => v !== null);
  // A cumulative plan in amounts ends at the budget. (A sum of the figures proves nothing: 25+50+75+100 = 250
  // may be a budget too.)
  const last = figures[figures.length - 1];
  if (budgetTotal != null && budgetTotal !== 100 && last !== undefined && sameAmount(last, budgetTotal)) return 'amount';
  return figures.every((v) => v <= 100) ? '%' : 'amount';
}
