import { defineRule } from '../src/engine/rule.js';
import { hasColumn } from '../src/model/columns.js';
import { isBlank } from '../src/model/text.js';

export default defineRule({
  meta: {
    id: 'description-empty',
    description: { 'zh-CN': '已命名的指标没有填写绩效指标描述', en: 'A named indicator has no description' },
    severity: 'warn',
    scope: 'indicator',
    recommended: true,
    messages: {
      empty: {
        'zh-CN': '指标「{name}」未填写绩效指标描述：请说明该指标衡量什么、按什么口径统计，如「全年组织开展安全生产宣传活动的场次」',
        en: 'Indicator "{name}" has no description: say what it measures and how it is counted, e.g. "safety campaigns held in the year, counted by event"',
      },
    },
  },
  check(node, context) {
    const { indicator, parent } = node;
    if (isBlank(indicator.name) || !hasColumn(parent.form, 'description')) return;
    if (!isBlank(indicator.description)) return;
    context.report({ node, field: 'description', messageId: 'empty', data: { name: indicator.name } });
  },
});
