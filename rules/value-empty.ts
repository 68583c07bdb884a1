import { defineRule } from '../src/engine/rule.js';
import { hasColumn } from '../src/model/columns.js';
import { isBlank } from '../src/model/text.js';

export default defineRule({
  meta: {
    id: 'value-empty',
    description: { 'zh-CN': '已命名的指标没有填写指标值', en: 'A named indicator has no target value' },
    severity: 'error',
    scope: 'indicator',
    recommended: true,
    messages: {
      empty: {
        'zh-CN': '指标「{name}」未填写指标值：请填写可衡量的目标，如「≥95%」「≥6次」或定性等级「达到」',
        en: 'Indicator "{name}" has no target value: give a measurable target such as ≥95%, ≥6次 or a grade such as 达到',
      },
    },
  },
  check(node, context) {
    const { indicator, parent } = node;
    if (isBlank(indicator.name) || !hasColumn(parent.form, 'value')) return;
    if (indicator.value && indicator.value.kind !== 'empty') return;
    context.report({ node, field: 'value', messageId: 'empty', data: { name: indicator.name } });
  },
});
