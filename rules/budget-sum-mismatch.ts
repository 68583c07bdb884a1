import { defineRule } from '../src/engine/rule.js';
import { sumMismatch } from '../src/model/sums.js';

interface Options {
  tolerance: number;
}

export default defineRule<'form', Options>({
  meta: {
    id: 'budget-sum-mismatch',
    description: { 'zh-CN': '财政资金与其他资金之和不等于预算数', en: 'Fiscal and other funds do not add up to the budget total' },
    severity: 'error',
    scope: 'form',
    recommended: true,
    options: {
      type: 'object',
      properties: { tolerance: { type: 'number', minimum: 0 } },
      additionalProperties: false,
    },
    defaultOptions: { tolerance: 0.01 },
    messages: {
      mismatch: {
        'zh-CN': '预算数 {total}{unit} 不等于财政资金 {fiscal}{unit} + 其他资金 {other}{unit} = {sum}{unit}（相差 {difference}{unit}）：请按预算批复核对，预算数应等于各项资金来源之和',
        en: 'The budget total {total} {unit} is not fiscal funds {fiscal} + other funds {other} = {sum} {unit} (off by {difference}): check against the approved budget; the total must equal the sum of its sources',
      },
    },
  },
  check(node, context) {
    const budget = node.form.budget;
    if (!budget || budget.total == null || budget.fiscal == null) return;
    const mismatch = sumMismatch(budget.total, [budget.fiscal, budget.other], context.options.tolerance);
    if (!mismatch) return;
    context.report({
      node, field: 'budget/total', messageId: 'mismatch',
      data: {
        total: budget.total, fiscal: budget.fiscal, other: budget.other ?? 0, sum: mismatch.sum,
        difference: Math.abs(mismatch.difference), unit: node.doc.document.moneyUnit ?? '万元',
      },
    });
  },
});
