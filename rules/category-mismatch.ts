import { defineRule } from '../src/engine/rule.js';
import { categoryMeasure, resolveCategory, type FrameworkChoice, FRAMEWORK_OPTION } from '../src/model/categories.js';
import type { Measure } from '../src/model/measure.js';
import { isBlank, shorten } from '../src/model/text.js';

interface Options {
  framework: FrameworkChoice;
}

/** A measure, named in a message, and the 二级 category where such an indicator belongs. */
const MEASURE_WORDS: Record<Measure, { zh: string; en: string; home: string }> = {
  satisfaction: { zh: '满意度', en: 'a satisfaction', home: '服务对象满意度指标' },
  rate: { zh: '比率', en: 'a rate', home: '质量指标或效益指标' },
  count: { zh: '数量', en: 'a count', home: '数量指标' },
  money: { zh: '金额', en: 'an amount of money', home: '成本指标' },
  time: { zh: '时间', en: 'a time', home: '时效指标' },
  yesno: { zh: '是否完成', en: 'a yes or no', home: '质量指标' },
};


export default defineRule<'indicator', Options>({
  meta: {
    id: 'category-mismatch',
    description: { 'zh-CN': '指标衡量的内容与所属类别不符', en: 'An indicator does not measure what its category is for' },
    severity: 'warn',
    scope: 'indicator',
    recommended: true,
    ...FRAMEWORK_OPTION,
    messages: {
      satisfactionMeasuresOther: {
        'zh-CN': '指标「{name}」列在「{category}」下，衡量的却是{measure}，不是满意度：满意度指标应反映服务对象对项目的满意程度，通常由调查得出（如「服务对象满意度 ≥90%」）。请改为满意度指标，或把它移到{home}下',
        en: 'The indicator "{name}" stands under "{category}" but measures {measureEn}, not satisfaction: a satisfaction indicator gives how satisfied the people served are, usually from a survey (服务对象满意度 ≥90%). Make it a satisfaction indicator, or move it to {home}',
      },
      satisfactionNamesNone: {
        'zh-CN': '指标「{name}」列在「{category}」下，却没有说明衡量谁的满意度：满意度指标应反映服务对象对项目的满意程度，通常由调查得出（如「服务对象满意度 ≥90%」）。请写明是谁的满意度，或把它移到反映其内容的类别下',
        en: 'The indicator "{name}" stands under "{category}" but says nothing of anyone\'s satisfaction: a satisfaction indicator gives how satisfied the people served are, usually from a survey (服务对象满意度 ≥90%). Say whose satisfaction it measures, or move it to the category its content belongs to',
      },
      satisfactionDescribedOther: {
        'zh-CN': '指标「{name}」列在「{category}」下，但描述「{description}」衡量的是{measure}，不是满意度：请让描述说明满意度如何得出（如「调查中表示满意的服务对象占比」），或把它移到{home}下',
        en: 'The indicator "{name}" stands under "{category}", but its description "{description}" measures {measureEn}, not satisfaction: describe how the satisfaction is found (the share of people surveyed who are satisfied), or move it to {home}',
      },
      costNotMoney: {
        'zh-CN': '指标「{name}」列在「{category}」下，衡量的却是{measure}，不是金额：成本指标应写出项目的成本或单位成本，以元或万元计（如「人均补助标准 ≤766元/人」）。请改为成本指标，或把它移到{home}下',
        en: 'The indicator "{name}" stands under "{category}" but measures {measureEn}, not money: a cost indicator gives the project\'s cost or unit cost in 元 or 万元 (人均补助标准 ≤766元/人). Make it a cost indicator, or move it to {home}',
      },
    },
  },
  check(node, context) {
    const { indicator } = node;
    const { name, description, level2, value } = indicator;
    if (isBlank(name) || isBlank(level2)) return;
    const analysis = context.analysis;
    // The category as the framework knows it; a name outside it is category-unknown's.
    const known = resolveCategory(level2, 2, context.options.framework);
    const expects = known ? categoryMeasure(known.name) : categoryMeasure(level2);
    if (!expects) return;
    const byName = analysis.measureOfText(name);
    const byDescription = analysis.measureOfText(description);
    // What every message quotes: made only for a finding (most rows have none).
    const base = () => ({ name: shorten(name.trim()), category: level2.replace(/\s+/gu, '') });
    const words = (measure: Measure) => ({ measure: MEASURE_WORDS[measure].zh, measureEn: MEASURE_WORDS[measure].en, home: MEASURE_WORDS[measure].home });

    if (expects === 'satisfaction') {
      if (byName === 'satisfaction') {
        // A description that names a measure says how the indicator is found: a rate of something else, with no
        // word of satisfaction, is not a satisfaction.
        const described = analysis.headMeasure(description);
        if (described && described !== 'satisfaction' && !analysis.mentionsMeasure(description, 'satisfaction')) {
          context.report({ node, field: 'description', messageId: 'satisfactionDescribedOther',
            data: { ...base(), description: shorten((description ?? '').trim()), ...words(described) } });
        }
        return;
      }
      const own = byName ?? byDescription;
      if (own === 'satisfaction') return;
      if (own) context.report({ node, field: 'name', messageId: 'satisfactionMeasuresOther', data: { ...base(), ...words(own) } });
      else context.report({ node, field: 'name', messageId: 'satisfactionNamesNone', data: base() });
      return;
    }

    // A cost row: money in its name, or a value in money (an amount, 批复金额), settles it.
    if (byName === 'money') return;
    if (value && (value.kind === 'quantitative' ? value.unit && analysis.unitKind(value.unit) === 'money'
      : analysis.measureOfText(value.text) === 'money')) return;
    const own = byName ?? byDescription;
    if (own && own !== 'money') {
      context.report({ node, field: 'name', messageId: 'costNotMoney', data: { ...base(), ...words(own) } });
      return;
    }
    // Nothing in the words: a value counted in anything but money says what the row measures.
    const unit = !own && value?.kind === 'quantitative' && value.unit ? analysis.unitKind(value.unit) : null;
    const measure: Measure | null = unit === 'percent' ? 'rate' : unit === 'count' || unit === 'measure' ? 'count'
      : unit === 'duration' || unit === 'date' ? 'time' : null;
    if (measure) context.report({ node, field: 'value', messageId: 'costNotMoney', data: { ...base(), ...words(measure) } });
  },
});
