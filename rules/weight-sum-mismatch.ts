import { defineRule } from '../src/engine/rule.js';
import { sumMismatch } from '../src/model/sums.js';
import { isBlank } from '../src/model/text.js';

interface Options {
  total: number;
  tolerance: number;
}

export default defineRule<'form', Options>({
  meta: {
    id: 'weight-sum-mismatch',
    description: { 'zh-CN': '指标权重之和不等于规定总分', en: 'Indicator weights do not add up to the expected total' },
    severity: 'error',
    scope: 'form',
    recommended: true,
    options: {
      type: 'object',
      properties: {
        total: { type: 'number', exclusiveMinimum: 0 },
        tolerance: { type: 'number', minimum: 0 },
      },
      additionalProperties: false,
    },
    defaultOptions: { total: 100, tolerance: 0.01 },
    messages: {
      mismatch: {
        'zh-CN': '{count} 个指标的权重合计 {sum}，应为 {total}（相差 {difference}）：请调整各指标权重，使其合计等于 {total}',
        en: 'The weights of {count} indicators add up to {sum}, not {total} (off by {difference}): adjust the weights so that they add up to {total}',
      },
      partial: {
        'zh-CN': '{missing} 个指标没有填写权重（如「{first}」），另有 {weighted} 个指标填写了权重：请为每个指标填写权重',
        en: '{missing} indicators have no weight (such as {first}) while {weighted} have one: give every indicator a weight',
      },
    },
  },
  check(node, context) {
    const { indicators } = node.form;
    const weighted = indicators.flatMap((indicator, j) =>
      typeof indicator.weight === 'number' ? [{ j, weight: indicator.weight, goal: indicator.goal }] : []);
    if (weighted.length === 0) return;
    // Named indicators without a weight: the table is weighted in part.
    const unweighted = indicators.flatMap((indicator, j) =>
      !isBlank(indicator.name) && typeof indicator.weight !== 'number' ? [{ j, name: indicator.name.trim() }] : []);
    if (unweighted.length > 0) {
      context.report({
        node, field: `indicators/${unweighted[0].j}/weight`, messageId: 'partial',
        data: { missing: unweighted.length, first: unweighted[0].name, weighted: weighted.length },
      });
    }
    const { total, tolerance } = context.options;
    const mismatch = sumMismatch(total, weighted.map((w) => w.weight), tolerance);
    // With weights missing, only a sum already over the total is sure to be wrong.
    if (!mismatch || (unweighted.length > 0 && mismatch.difference < 0)) return;
    // A department form may weigh each goal (目标1, 目标2 …) out of the total on its own.
    const byGoal = new Map<string | undefined, number[]>();
    for (const { goal, weight } of weighted) byGoal.set(goal, [...byGoal.get(goal) ?? [], weight]);
    if (byGoal.size > 1 && !byGoal.has(undefined)
      && [...byGoal.values()].every((weights) => !sumMismatch(total, weights, tolerance))) return;
    context.report({
      node, field: `indicators/${weighted[0].j}/weight`, messageId: 'mismatch',
      data: { count: weighted.length, sum: mismatch.sum, total, difference: Math.abs(mismatch.difference) },
    });
  },
});
