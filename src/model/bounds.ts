// What a target can sensibly be: a share never passes the whole, nobody surveys unanimous satisfaction, a count
// or an amount is never negative, and a target that doing nothing meets (≥0件) binds nothing. The value rules
// share these readings; what counts as a change (whose percentage may pass 100%) is a word list config extends.
import type { Indicator, IndicatorValue } from './types.js';
import type { Measure } from './measure.js';
import { compact, isPlain, withoutEndMarks, withoutPercentUnit } from './text.js';
import type { Analysis } from './analysis.js';

// A change or a return, whose percentage may pass 100% or fall below 0: 增长率 120%, 投资回报率 150%, 较上年
// 增长. A verb of change counts only as the head, at the end (收入提高, 提高幅度); before a rate it is the aim
// of a share that stays bounded (提高覆盖率).
const CHANGE = [
  /增长|增幅|增速|涨幅|降幅|增量|增加值|翻番|翻一番|\d倍|倍数|同比|环比|较上年|比上年|较去年|比去年|较上一年|回报率|收益率|利润率|产出比|投入产出|超额/u,
  /(提高|提升|增加|上升|上涨|减少|下降|降低)(率|幅度?|比例|百分比|程度|水平)?$/u,
];

/** Whether a text names a change or a return (增长率, 同比, 较上年提高), built-in words and `extra` ones. */
export function namesChange(text: string | null | undefined, extra: readonly string[] = []): boolean {
  if (!text) return false;
  const t = withoutEndMarks(withoutPercentUnit(compact(text)));
  return CHANGE.some((re) => re.test(t)) || extra.some((w) => w !== '' && t.includes(compact(w)));
}

/** A value in % or ‰ as a percentage of the whole (5‰ → 0.5), with its upper bound; null in any other unit. */
export function asPercent(value: IndicatorValue): { number: number; upper: number | null } | null {
  if (value.kind !== 'quantitative' || value.number == null || !value.unit) return null;
  const unit = isPlain(value.unit) ? value.unit : value.unit.normalize('NFKC');
  const scale = unit === '%' || unit === '百分比' ? 1 : unit === '‰' ? 0.1 : null;
  if (scale === null) return null;
  return { number: value.number * scale, upper: value.upper == null ? null : value.upper * scale };
}

/** What an indicator's value is judged against: what it measures and whether it names a change. */
export interface ValueReading {
  /** The measure its own words name: the name, else the description. */
  own: Measure | null;
  /** The measure from any source, the category's included (a 成本 row is money). */
  measure: Measure | null;
  /** The name or the value names a change or a return; or the description does, where the name names no measure. */
  change: boolean;
}

type ReadAnalysis = Pick<Analysis, 'measureOfText' | 'readMeasure' | 'namesChange'>;
type ReadIndicator = Pick<Indicator, 'name' | 'description' | 'level2' | 'value'>;

/**
 * Reads an indicator for its value to be judged, with the words a configuration adds. Not remembered per row:
 * the readings it is made of are remembered per text, and a table of rows cost more than it saved.
 */
export function readValue(indicator: ReadIndicator, analysis: ReadAnalysis): ValueReading {
  const byName = analysis.measureOfText(indicator.name);
  // A description in passing (覆盖面逐步提高) does not turn a rate the name states (覆盖率) into a change.
  return {
    own: byName ?? analysis.measureOfText(indicator.description),
    measure: analysis.readMeasure(indicator)?.measure ?? null,
    change: analysis.namesChange(indicator.name) || analysis.namesChange(indicator.value?.text)
      || (byName === null && analysis.namesChange(indicator.description)),
  };
}

export type RangeProblem =
  /** Above 100% of a share, or a number below zero. */
  | 'overWhole' | 'negative'
  /** ≥100% of a share: at least everything is exactly everything. */
  | 'atLeastWhole'
  /** Satisfaction of 100% (=100%, 100%, ≥100%). */
  | 'unanimous';

/**
 * Why a quantitative value is impossible or meaningless, or null. A share (any percentage that names no change)
 * cannot pass 100%, and ≥100% of it can only mean =100%; satisfaction is never 100%; nothing counted, paid or
 * timed is below zero. A change may pass 100% or fall below 0.
 */
export function rangeProblem(value: IndicatorValue, reading: ValueReading): RangeProblem | null {
  if (value.kind !== 'quantitative' || value.number == null) return null;
  const satisfaction = reading.own === 'satisfaction';
  const bounded = satisfaction || !reading.change;
  // <0 asks for a negative number as much as -5 does.
  if ((value.number < 0 || (value.number === 0 && value.comparator === '<')) && !reading.change) return 'negative';
  const pct = asPercent(value);
  if (!pct || !bounded) return null;
  const top = Math.max(pct.number, pct.upper ?? pct.number);
  if (top > 100 || (pct.number === 100 && value.comparator === '>')) return 'overWhole';
  if (pct.number === 100 && pct.upper === null) {
    if (satisfaction && value.comparator !== '<' && value.comparator !== '≤') return 'unanimous';
    if (value.comparator === '≥') return 'atLeastWhole';
  }
  return null;
}

export type TrivialTarget =
  /** ≥0: any result at all meets it. */
  | 'atLeastZero'
  /** ≤100% of satisfaction: any survey meets it. */
  | 'atMostWhole'
  /** At most nothing, where more is better: doing nothing meets it. */
  | 'atMostZero';

// Money that should not be there at all, so that ≤0 is a real target: 超支金额 ≤0元, 损失 0元.
const UNWANTED_MONEY = /超支|超出|超预算|超标|损失|浪费|违规|挪用|拖欠|欠款|欠费|罚款|滞纳金|结余|沉淀|闲置|赔偿|追缴/u;

/**
 * Whether doing nothing meets the target, and how: ≥0 of anything but a change (增长率 ≥0% asks for no decline);
 * ≤100% of satisfaction; at most nothing of a cost (≤0元: the project spends nothing) or of anything the form
 * says is better when higher (指标方向性 正向). Zero of something unwanted (0起 accidents) is a real target.
 */
export function trivialTarget(value: IndicatorValue, reading: ValueReading,
  indicator: Pick<Indicator, 'name' | 'description' | 'direction'>): TrivialTarget | null {
  if (value.kind !== 'quantitative' || value.number == null || value.upper != null) return null;
  const c = value.comparator ?? null;
  if (value.number === 0 && c === '≥' && !reading.change) return 'atLeastZero';
  const pct = asPercent(value);
  if (pct && pct.number === 100 && c === '≤' && reading.own === 'satisfaction') return 'atMostWhole';
  if (value.number === 0 && (c === null || c === '=' || c === '≤') && indicator.direction !== '反向') {
    if (indicator.direction === '正向') return 'atMostZero';
    const money = reading.measure === 'money';
    if (money && c === '≤' && !UNWANTED_MONEY.test(`${indicator.name}${indicator.description ?? ''}`)) return 'atMostZero';
  }
  return null;
}
