import { defineRule } from '../src/engine/rule.js';
import type { Localized } from '../src/engine/i18n.js';
import { asksYesNo, UNITS_FOR, type Measure } from '../src/model/measure.js';
import { isBlank } from '../src/model/text.js';
import { declaredUnit, sameUnit } from '../src/model/units.js';

// The measures a unit can be judged against; a yes/no question takes no unit at all.
type Judged = Exclude<Measure, 'yesno'>;
const JUDGED: readonly Judged[] = ['satisfaction', 'rate', 'count', 'money', 'time'];
const isJudged = (m: Measure | null): m is Judged => m !== null && m !== 'yesno';

// What each measure is called and what its value should look like, in both languages.
const MEASURE: Record<Judged, { name: Localized; advice: Localized }> = {
  satisfaction: {
    name: { 'zh-CN': '满意度', en: 'satisfaction' },
    advice: { 'zh-CN': '满意度应以百分比表示，如「≥90%」', en: 'give satisfaction as a percentage, e.g. ≥90%' },
  },
  rate: {
    name: { 'zh-CN': '比率', en: 'a rate' },
    advice: { 'zh-CN': '比率应以百分比表示，如「≥95%」', en: 'give a rate as a percentage, e.g. ≥95%' },
  },
  count: {
    name: { 'zh-CN': '数量', en: 'a count' },
    advice: {
      'zh-CN': '数量应写出目标数目和计数单位，如「≥100人」「≥6次」；若要考核完成比例，请把指标改为比率（如「…发放率」）',
      en: 'give a count as a number with its counting unit, e.g. ≥100人 or ≥6次; to measure a share instead, make the indicator a rate (…发放率)',
    },
  },
  money: {
    name: { 'zh-CN': '金额', en: 'an amount of money' },
    advice: {
      'zh-CN': '金额应以元或万元表示，如「≤500元/人」「≤20万元」；若要考核支付比例，请把指标改为比率（如「…支付率」）',
      en: 'give an amount in 元 or 万元, e.g. ≤500元/人 or ≤20万元; to measure a share paid instead, make the indicator a rate (…支付率)',
    },
  },
  time: {
    name: { 'zh-CN': '时效', en: 'timeliness' },
    advice: {
      'zh-CN': '时效应写出完成日期或时限，如「12月底前」「≤3个工作日」，或按时完成的比率，如「≥95%」',
      en: 'give a date or a time limit (12月底前, ≤3个工作日) or the share done on time (≥95%)',
    },
  },
};

const cap = (s: string) => s[0].toUpperCase() + s.slice(1);

function perMeasure(prefix: string, zh: (m: Judged) => string, en: (m: Judged) => string): Record<string, Localized> {
  return Object.fromEntries(JUDGED.map((m) => [prefix + cap(m), { 'zh-CN': zh(m), en: en(m) }]));
}

const YES_NO = new Set(['是', '否', '有', '无']);

export default defineRule({
  meta: {
    id: 'value-unit-mismatch',
    description: { 'zh-CN': '指标值的单位与指标衡量的内容不符', en: 'The unit of a value does not fit what the indicator measures' },
    severity: 'error',
    scope: 'indicator',
    recommended: true,
    messages: {
      word: {
        'zh-CN': '指标值「{value}」中的「{unit}」不是计量单位：请写出真正的计量单位，如「%」「次」「人」「元」',
        en: 'In the value "{value}", "{unit}" is not a unit: write a real unit such as %, 次, 人 or 元',
      },
      ...perMeasure('word',
        (m) => `指标值「{value}」中的「{unit}」不是计量单位，而是一个词：指标「{name}」衡量${MEASURE[m].name['zh-CN']}，${MEASURE[m].advice['zh-CN']}`,
        (m) => `In the value "{value}", "{unit}" is a word, not a unit: indicator "{name}" measures ${MEASURE[m].name.en}; ${MEASURE[m].advice.en}`),
      ...perMeasure('unit',
        (m) => `指标「{name}」衡量${MEASURE[m].name['zh-CN']}，指标值「{value}」却以「{unit}」计：${MEASURE[m].advice['zh-CN']}`,
        (m) => `Indicator "{name}" measures ${MEASURE[m].name.en}, but its value "{value}" is in {unit}: ${MEASURE[m].advice.en}`),
      ...perMeasure('grade',
        (m) => `指标「{name}」衡量${MEASURE[m].name['zh-CN']}，指标值「{value}」却只是定性回答：${MEASURE[m].advice['zh-CN']}`,
        (m) => `Indicator "{name}" measures ${MEASURE[m].name.en}, but its value "{value}" is only a qualitative answer: ${MEASURE[m].advice.en}`),
      gradeQuantity: {
        'zh-CN': '数量指标「{name}」的指标值「{value}」只是是非回答：数量指标应写出目标数目和计数单位，如「≥1栋」「≥6次」',
        en: 'The quantity indicator "{name}" is answered only yes or no ("{value}"): give the number aimed at with its unit, e.g. ≥1栋 or ≥6次',
      },
      declared: {
        'zh-CN': '指标名称「{name}」注明单位「{declared}」，指标值「{value}」却以「{unit}」计：请统一单位，按名称写成「{declared}」，或改正名称中的单位',
        en: 'Indicator "{name}" declares the unit {declared}, but its value "{value}" is in {unit}: use one unit, as the name says, or correct the name',
      },
    },
  },
  check(node, context) {
    const { indicator } = node;
    const value = indicator.value;
    if (isBlank(indicator.name) || !value) return;
    const name = indicator.name.trim();
    const text = value.text.trim();
    if (value.kind === 'quantitative' && value.unit) {
      const { unit } = value;
      const kind = context.analysis.unitKind(unit);
      if (kind === null) {
        // What a word in place of a unit should have been: the measure from any source, the category's included.
        const measure = context.analysis.readMeasure(indicator)?.measure ?? null;
        const messageId = isJudged(measure) ? 'word' + cap(measure) : 'word';
        context.report({ node, field: 'value', messageId, data: { name, value: text, unit } });
        return;
      }
      const declared = declaredUnit(indicator.name);
      if (declared && !sameUnit(declared, unit)) {
        context.report({ node, field: 'value', messageId: 'declared', data: { name, value: text, unit, declared } });
        return;
      }
      // The indicator's own words say what it measures; a unit that fits its name or its description fits. The
      // category alone is not judged here: a 满意度 row holding a count is category-mismatch's.
      const own = [context.analysis.measureOfText(indicator.name), context.analysis.measureOfText(indicator.description)].filter(isJudged);
      if (own.length > 0 && !own.some((m) => UNITS_FOR[m].includes(kind))) {
        context.report({ node, field: 'value', messageId: 'unit' + cap(own[0]), data: { name, value: text, unit } });
      }
      return;
    }

    if (value.kind === 'qualitative' && value.grade && !asksYesNo(indicator)) {
      // Only the name is trusted here: a description in passing (…提高工作效率) does not make the row a rate.
      const measure = context.analysis.measureOfText(indicator.name);
      if (measure === 'satisfaction' || measure === 'rate' || measure === 'count' || measure === 'money') {
        context.report({ node, field: 'value', messageId: 'grade' + cap(measure), data: { name, value: text } });
      } else if (measure === null && YES_NO.has(value.grade) && /数量/.test(indicator.level2)) {
        context.report({ node, field: 'value', messageId: 'gradeQuantity', data: { name, value: text } });
      }
    }
  },
});
