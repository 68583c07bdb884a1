import { defineRule } from '../src/engine/rule.js';
import { readValue, trivialTarget } from '../src/model/bounds.js';
import { isBlank, shorten } from '../src/model/text.js';

export default defineRule({
  meta: {
    id: 'value-trivial',
    description: { 'zh-CN': '指标值不做任何事也能达到', en: 'A target value is met by doing nothing' },
    severity: 'warn',
    scope: 'indicator',
    recommended: true,
    messages: {
      atLeastZero: {
        'zh-CN': '指标值「{value}」不做任何事也能达到：「{name}」不会少于0。请写出本年度计划达到的数目，如「≥30件」',
        en: 'The value "{value}" is met by doing nothing: "{name}" cannot be below 0. Give the number planned for the year, such as ≥30件',
      },
      atMostWhole: {
        'zh-CN': '指标值「{value}」不做任何事也能达到：任何满意度都不超过100%。请写出要达到的最低满意度，如「≥90%」',
        en: 'The value "{value}" is met by doing nothing: no satisfaction is above 100%. Give the lowest satisfaction aimed at, such as ≥90%',
      },
      atMostZero: {
        'zh-CN': '指标值「{value}」不做任何事也能达到：「{name}」为0就算完成。请写出本年度计划的数目或金额，如「≥6次」「≤20万元」',
        en: 'The value "{value}" is met by doing nothing: "{name}" at zero would count as done. Give the number or amount planned for the year, such as ≥6次 or ≤20万元',
      },
    },
  },
  check(node, context) {
    const { indicator } = node;
    const value = indicator.value;
    if (isBlank(indicator.name) || !value || value.kind !== 'quantitative') return;
    const trivial = trivialTarget(value, readValue(indicator, context.analysis), indicator);
    if (trivial) {
      context.report({ node, field: 'value', messageId: trivial, data: { name: shorten(indicator.name), value: shorten(value.text) } });
    }
  },
});
