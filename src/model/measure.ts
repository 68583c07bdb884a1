// What an indicator measures, read from its name (the head noun comes last in Chinese, so the keyword that
// ends latest wins: 资金到位率 is a rate, 发放工资人数 a count), then its description, then its category.
import { categoryMeasure } from './categories.js';
import { memoize } from './memo.js';
import { compact, withoutPercentUnit } from './text.js';
import type { Indicator } from './types.js';
import type { UnitKind } from './units.js';

export type Measure = 'satisfaction' | 'rate' | 'count' | 'money' | 'time' | 'yesno';
export const MEASURES: readonly Measure[] = ['satisfaction', 'rate', 'count', 'money', 'time', 'yesno'];

/** Keywords that name a measure, as configuration adds them: each is a literal word. */
export type MeasureKeywords = ReadonlyArray<readonly [string, Measure]>;

// Order matters only between keywords that end at the same place: the first listed wins (不满意率 is a
// satisfaction, 按时完成率 a rate).
export const KEYWORDS = [
  // 好评率, 认可度 and 获得感/幸福感/安全感 ask the people served what they think, as a satisfaction survey does.
  keywords('satisfaction', ['满意度', '满意率', '满意程度', '满意情况', '满意', '好评率', '好评度', '认可度', '获得感', '幸福感', '安全感']),
  keywords('rate', ['率', '比例', '比率', '比重', '占比', '百分比', '覆盖面', '覆盖', '知晓度', '认知度', '满足度', '普及度', '参与度',
    '覆盖度', '完成度', '达标度', '支持度']),
  // 数 after a noun counts it (受理数, 案件数); 指数, 系数, 如数, 多数, 数据, 数额 and 控制数 (a ceiling) are not
  // counts, and 天数, 日数 and 时数 count time. An area or a length (绿化覆盖面积, 道路长度) is a quantity in its
  // measure, not a rate.
  keywords('count', ['人数', '人次', '次数', '户数', '个数', '场次', '件数', '篇数', '册数', '数量', '总量', '规模', '场数', '期数', '家数',
    '名额', '面积', '长度', '里程'], { pattern: '(?<![指系分倍函参如无多少半整岁天日时]|控制)数(?![据字学值额])', starts: '数' }),
  // 费 closing a word names a charge (物业费, 采暖费); 浪费, 免费, 消费 and 收费 do not, nor 费 inside a word (费率).
  keywords('money', ['成本', '费用', '经费', '金额', '数额', '单价', '资金额', '造价', '投资额', '租金',
    ...['工资', '补助', '补贴', '收费', '资助', '奖励', '救助', '慰问', '生活'].map((w) => w + '标准'), '财政投入', '资金投入', '投入资金'],
  { pattern: '(?<![浪免消收缴])费(?![\\p{L}\\p{N}])', starts: '费' }),
  keywords('time', ['及时', '时限', '时间', '期限', '周期', '时效', '工期', '进度', '按时', '如期', '按期', '准时', '时长', '截止', '日期',
    '天数', '日数', '时数']),
  keywords('yesno', ['是否', '有无', '能否']),
];

/**
 * A measure's keywords as one pattern (words in the order given, then a pattern for a word that needs its
 * context), and the characters a match can start with.
 */
function keywords(measure: Measure, words: string[], context?: { pattern: string; starts: string }) {
  const re = new RegExp([...words, ...(context ? [context.pattern] : [])].join('|'), 'gu');
  return { re, measure, starts: words.map((w) => w[0]).join('') + (context?.starts ?? '') };
}

/** Per character, the keyword patterns (by bit) a match can start with it: a text is searched only for those. */
const STARTS = new Uint8Array(0x10000);
KEYWORDS.forEach(({ starts }, k) => {
  for (const c of starts) STARTS[c.charCodeAt(0)] |= 1 << k;
});

const normalize = (text: string) => withoutPercentUnit(compact(text));

/** The keyword of a normalised text that ends last, and where it ends. */
function lastKeyword(t: string, extra: MeasureKeywords): { end: number; measure: Measure } | null {
  let best: { end: number; measure: Measure } | null = null;
  let may = 0;
  for (let i = 0; i < t.length; i++) may |= STARTS[t.charCodeAt(i)];
  for (let k = 0; k < KEYWORDS.length; k++) {
    if (!(may & (1 << k))) continue;
    const { re, measure } = KEYWORDS[k];
    re.lastIndex = 0;
    for (let m = re.exec(t); m; m = re.exec(t)) {
      const end = m.index + m[0].length;
      if (!best || end > best.end) best = { end, measure };
    }
  }
  // A configured word wins over a built-in one that ends at the same place.
  for (const [word, measure] of extra) {
    const at = t.lastIndexOf(word);
    if (at >= 0 && (!best || at + word.length >= best.end)) best = { end: at + word.length, measure };
  }
  return best;
}

const NO_KEYWORDS: MeasureKeywords = [];

/** How a configuration reads measures: a text's measure, its head noun's, an indicator's; remembered per text. */
export interface MeasureReader {
  measure(text: string | null | undefined): Measure | null;
  head(text: string | null | undefined): Measure | null;
  read(indicator: Pick<Indicator, 'name' | 'description' | 'level2'>): MeasureReading | null;
}

/** Per list of configured keywords (one per configuration). */
const readers = new WeakMap<MeasureKeywords, MeasureReader>();

/** The reader of a list of configured keywords, made once per list: the analysis holds it (analysis.ts). */
export function measureReader(extra: MeasureKeywords = NO_KEYWORDS): MeasureReader {
  let reader = readers.get(extra);
  if (!reader) {
    const measure = memoize((text) => lastKeyword(normalize(text), extra)?.measure ?? null);
    const head = memoize((text) => {
      const t = normalize(text).replace(/[\p{P}\p{S}]+$/u, '');
      const last = lastKeyword(t, extra);
      return last && last.end === t.length ? last.measure : null;
    });
    const measureOf = (text: string | null | undefined) => (text ? measure(text) : null);
    reader = {
      measure: measureOf,
      head: (text) => (text ? head(text) : null),
      read(indicator) {
        const byName = measureOf(indicator.name);
        if (byName) return { measure: byName, from: 'name' };
        const byDescription = measureOf(indicator.description);
        if (byDescription) return { measure: byDescription, from: 'description' };
        const byCategory = categoryMeasure(indicator.level2);
        return byCategory ? { measure: byCategory, from: 'category' } : null;
      },
    };
    readers.set(extra, reader);
  }
  return reader;
}

/** The measure a text names, by its last keyword; null when it names none. */
export function measureOfText(text: string | null | undefined, extra: MeasureKeywords = NO_KEYWORDS): Measure | null {
  return measureReader(extra).measure(text);
}

/**
 * The measure the text's head noun names, where a keyword closes the text (矛盾纠纷排查率, 群众满意数量占总数的比例。);
 * null where the text ends otherwise, as a sentence does (…经费使用合乎规定).
 */
export function headMeasure(text: string | null | undefined, extra: MeasureKeywords = NO_KEYWORDS): Measure | null {
  return measureReader(extra).head(text);
}

/**
 * Whether the text names the measure anywhere, not only as its head noun: 群众满意数量占总数的比例 is a rate, but a
 * rate of satisfied people.
 */
export function mentionsMeasure(text: string | null | undefined, measure: Measure, extra: MeasureKeywords = NO_KEYWORDS): boolean {
  if (!text) return false;
  const t = normalize(text);
  return KEYWORDS.some(({ re, measure: m }) => m === measure && t.search(re) >= 0) || extra.some(([w, m]) => m === measure && t.includes(w));
}

export interface MeasureReading {
  measure: Measure;
  /** Where it was read: the indicator's own words, or only the category it stands under. */
  from: 'name' | 'description' | 'category';
}

/** What the indicator measures and where that was read; null when nothing says. */
export function readMeasure(indicator: Pick<Indicator, 'name' | 'description' | 'level2'>, extra: MeasureKeywords = NO_KEYWORDS): MeasureReading | null {
  return measureReader(extra).read(indicator);
}

/** What the indicator measures: its name, else its description, else what its 二级指标 implies. */
export function measureOf(indicator: Pick<Indicator, 'name' | 'description' | 'level2'>, extra: MeasureKeywords = NO_KEYWORDS): Measure | null {
  return readMeasure(indicator, extra)?.measure ?? null;
}


/** Whether the indicator is put as a yes/no question (是否按时发放), so that 是 or 否 answers it. */
export function asksYesNo(indicator: Pick<Indicator, 'name' | 'description'>): boolean {
  return /是否|有无|能否/u.test(indicator.name) || /是否|有无|能否/u.test(indicator.description ?? '');
}

/** The unit kinds a measure can be given in. */
export const UNITS_FOR: Record<Measure, UnitKind[]> = {
  satisfaction: ['percent', 'score'],
  rate: ['percent'],
  count: ['count', 'measure'],
  money: ['money'],
  time: ['duration', 'date', 'percent'],
  yesno: [],
};
