import { defineRule } from '../src/engine/rule.js';
import type { Localized } from '../src/engine/i18n.js';
import type { Measure } from '../src/model/measure.js';
import { isBlank, shorten } from '../src/model/text.js';
import { declaredUnit } from '../src/model/units.js';

type Needs = Exclude<Measure, 'yesno'>;

// The unit each measure is given in, as the message suggests it.
const ADVICE: Record<Needs, Localized> = {
  satisfaction: { 'zh-CN': '满意度以百分比表示，如「≥{number}%」', en: 'satisfaction is a percentage, e.g. ≥{number}%' },
  rate: { 'zh-CN': '比率以百分比表示，如「≥{number}%」', en: 'a rate is a percentage, e.g. ≥{number}%' },
  count: { 'zh-CN': '数量要写计数单位，如「≥{number}人」「≥{number}次」「≥{number}户」', en: 'a count needs its counting unit, e.g. ≥{number}人, ≥{number}次 or ≥{number}户' },
  money: { 'zh-CN': '金额要写元或万元，如「≤{number}万元」', en: 'an amount needs 元 or 万元, e.g. ≤{number}万元' },
  time: { 'zh-CN': '时限要写时间单位或日期，如「≤{number}个工作日」「12月底前」', en: 'a time limit needs a unit of time or a date, e.g. ≤{number}个工作日 or 12月底前' },
};
const NEEDS: readonly Needs[] = ['satisfaction', 'rate', 'count', 'money', 'time'];
const cap = (s: string) => s[0].toUpperCase() + s.slice(1);

export default defineRule({
  meta: {
    id: 'value-unit-missing',
    description: { 'zh-CN': '指标值的数字没有单位', en: 'A number in a target value has no unit' },
    severity: 'warn',
    scope: 'indicator',
    recommended: true,
    messages: Object.fromEntries(NEEDS.map((m) => [`missing${cap(m)}`, {
      'zh-CN': `指标值「{value}」只有数字，没有单位：无法判断「{number}」是百分比、人数还是金额。${ADVICE[m]['zh-CN']}`,
      en: `The value "{value}" is a bare number with no unit: nobody can tell whether {number} is a percentage, a head count or an amount; ${ADVICE[m].en}`,
    }])),
  },
  check(node, context) {
    const { indicator } = node;
    const value = indicator.value;
    if (isBlank(indicator.name) || !value || value.kind !== 'quantitative' || value.unit || value.number == null) return;
    // A unit in the name's closing brackets (覆盖率（%）) is given, if not where it belongs.
    if (declaredUnit(indicator.name)) return;
    // What the row measures, its category included, else what a label in the value names (完成率≥95); a
    // 数量指标 row with nothing else to say counts something.
    const measure = context.analysis.readMeasure(indicator)?.measure ?? context.analysis.measureOfText(value.text)
      ?? (/数量/.test(indicator.level2) ? 'count' : null);
    if (measure === null || measure === 'yesno') return;
    // A year alone (2021) on a time row is a date, if a loose one.
    if (measure === 'time' && Number.isInteger(value.number) && value.number >= 1900 && value.number <= 2100) return;
    context.report({
      node, field: 'value', messageId: `missing${cap(measure)}`,
      data: { value: shorten(value.text), number: value.number },
    });
  },
});
