// What an indicator measures, read from its name (the head noun comes last in Chinese, so the keyword that
// ends latest wins: 资金到位率 is a rate, 发放工资人数 a count), then its description, then its category.
import type { Indicator } from './types.js';
import type { UnitKind } from './units.js';

export type Measure = 'satisfaction' | 'rate' | 'count' | 'money' | 'time' | 'yesno';

const KEYWORDS: Array<[RegExp, Measure]> = [
  [/满意度|满意率|满意程度|满意情况|满意/gu, 'satisfaction'],
  [/[率]|比例|比率|比重|占比|百分比|覆盖面|覆盖/gu, 'rate'],
  [/人数|人次|次数|户数|个数|场次|件数|篇数|册数|数量|总量|规模|场数|期数|家数|名额/gu, 'count'],
  [/成本|费用|经费|金额|补助标准|补贴标准|发放标准|单价|资金额|造价/gu, 'money'],
  [/及时|时限|时间|期限|周期|时效|工期|进度/gu, 'time'],
  [/^是否/gu, 'yesno'],
];

/** The measure a text names, by its last keyword; null when it names none. */
export function measureOfText(text: string | null | undefined): Measure | null {
  if (!text) return null;
  const t = text.normalize('NFKC').replace(/\((%|‰)\)$/, '').replace(/\s+/g, '');
  let best: { end: number; measure: Measure } | null = null;
  for (const [re, measure] of KEYWORDS) {
    re.lastIndex = 0;
    for (let m = re.exec(t); m; m = re.exec(t)) {
      const end = m.index + m[0].length;
      if (!best || end > best.end) best = { end, measure };
    }
  }
  return best?.measure ?? null;
}

/** What the indicator measures: its name, else its description, else what its 二级指标 implies. */
export function measureOf(indicator: Pick<Indicator, 'name' | 'description' | 'level2'>): Measure | null {
  return measureOfText(indicator.name) ?? measureOfText(indicator.description) ?? measureOfCategory(indicator.level2);
}

function measureOfCategory(level2: string): Measure | null {
  if (/满意/.test(level2)) return 'satisfaction';
  if (/成本/.test(level2)) return 'money';
  return null;
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
