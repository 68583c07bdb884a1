import { defineRule } from '../src/engine/rule.js';
import { isBlank, textKey } from '../src/model/text.js';

export default defineRule({
  meta: {
    id: 'duplicate-indicator',
    description: { 'zh-CN': '同一张表中重复填写同一指标', en: 'The same indicator appears twice in one form' },
    severity: 'warn',
    scope: 'form',
    recommended: true,
    messages: {
      duplicate: {
        'zh-CN': '指标「{name}」与第 {first} 行重复：同一指标只应填写一次，请删除重复行，或改为衡量另一方面的指标',
        en: 'Indicator "{name}" repeats row {first}: list each indicator once; delete this row or make it measure something else',
      },
    },
  },
  check(node, context) {
    const firstRow = new Map<string, number>();
    for (const row of node.indicators) {
      const { name, goal } = row.indicator;
      if (isBlank(name)) continue;
      // A department-wide form may measure one thing for two goals (目标2, 目标3): a duplicate is within a goal.
      const key = JSON.stringify([goal === undefined ? null : textKey(goal), textKey(name)]);
      const first = firstRow.get(key);
      if (first === undefined) firstRow.set(key, row.index);
      else context.report({ node: row, field: 'name', messageId: 'duplicate', data: { name: name.trim(), first: first + 1 } });
    }
  },
});
