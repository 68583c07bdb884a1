import { defineRule, type IndicatorNode } from '../src/engine/rule.js';
import { isBlank, longestCommonRun, textKey } from '../src/model/text.js';

/** Two names share at least this many characters in a row to say the same thing (新增就业人 in both). */
const SHARED_RUN = 4;

/**
 * The target a row restates when it measures the same thing as another: a count, an amount or a measure
 * (not a percentage, which every other row has) above 1, exactly as written.
 */
function restatedTarget(row: IndicatorNode, unitKind: (unit: string) => string | null): string | null {
  const v = row.indicator.value;
  if (v?.kind !== 'quantitative' || v.number == null || v.number <= 1 || !v.unit) return null;
  return ['count', 'money', 'measure'].includes(unitKind(v.unit) ?? '') ? `${v.comparator ?? ''}${v.number}${v.unit}` : null;
}

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
      restated: {
        'zh-CN': '指标「{name}」与第 {first} 行「{other}」衡量的是同一件事（指标值都是「{value}」）：同一结果不应在两个类别下重复计分，请保留一行，或改为衡量另一方面的指标',
        en: 'Indicator "{name}" measures the same thing as row {first}, "{other}" (both aim at {value}): one result should not score twice under two categories; keep one row, or make this one measure something else',
      },
    },
  },
  check(node, context) {
    // Per goal (null: the form has no goals): name key → its first row, and target → the rows aiming at it.
    const scopes = new Map<string | null, { firstRow: Map<string, number>; byTarget: Map<string, IndicatorNode[]> }>();
    for (const row of node.indicators) {
      const { name, goal } = row.indicator;
      if (isBlank(name)) continue;
      // A department-wide form may measure one thing for two goals (目标2, 目标3): a duplicate is within a goal.
      const scope = goal === undefined ? null : textKey(goal);
      let seen = scopes.get(scope);
      if (!seen) scopes.set(scope, (seen = { firstRow: new Map(), byTarget: new Map() }));
      const { firstRow, byTarget } = seen;
      const key = textKey(name);
      const first = firstRow.get(key);
      if (first !== undefined) {
        context.report({ node: row, field: 'name', messageId: 'duplicate', data: { name: name.trim(), first: first + 1 } });
        continue;
      }
      firstRow.set(key, row.index);
      // The same number of the same thing, renamed: 城镇新增就业人数 ≥1500人 and 新增就业人员情况 ≥1500人.
      const target = restatedTarget(row, (u) => context.analysis.unitKind(u));
      if (target === null) continue;
      const earlier = byTarget.get(target) ?? [];
      const same = earlier.find((e) => longestCommonRun(e.indicator.name, name) >= SHARED_RUN);
      if (same) {
        context.report({ node: row, field: 'name', messageId: 'restated',
          data: { name: name.trim(), first: same.index + 1, other: same.indicator.name.trim(), value: row.indicator.value!.text.trim() } });
        continue;
      }
      byTarget.set(target, [...earlier, row]);
    }
  },
});
