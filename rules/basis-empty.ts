import { defineRule } from '../src/engine/rule.js';
import { hasColumn } from '../src/model/columns.js';
import { isBlank } from '../src/model/text.js';

export default defineRule({
  meta: {
    id: 'basis-empty',
    description: { 'zh-CN': '已命名的指标没有填写指标值确定依据', en: 'A named indicator has no basis for its target value' },
    severity: 'warn',
    scope: 'indicator',
    recommended: true,
    messages: {
      empty: {
        'zh-CN': '指标「{name}」未填写指标值确定依据：请写明目标值从何而来，如计划标准、行业标准、历史标准、预算支出标准或具体的文件、方案',
        en: 'Indicator "{name}" has no basis for its target value: say where the target comes from, e.g. a plan, an industry or historical standard, a budget standard, or a named document',
      },
    },
  },
  check(node, context) {
    const { indicator, parent } = node;
    if (isBlank(indicator.name) || !hasColumn(parent.form, 'basis')) return;
    if (!isBlank(indicator.basis)) return;
    context.report({ node, field: 'basis', messageId: 'empty', data: { name: indicator.name } });
  },
});
