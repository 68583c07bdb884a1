import { defineRule, type FormNode, type RuleContext } from '../src/engine/rule.js';
import type { MessageData } from '../src/engine/i18n.js';
import { itemisedAmounts } from '../src/model/amounts.js';
import { sumMismatch } from '../src/model/sums.js';

interface Options {
  tolerance: number;
}

type Part = number | null | undefined;

export default defineRule<'form', Options>({
  meta: {
    id: 'budget-sum-mismatch',
    description: { 'zh-CN': '各项金额之和与合计不符', en: 'Amounts do not add up to their total' },
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
      purposeMismatch: {
        'zh-CN': '资金用途所列金额 {amounts} 合计 {sum}{unit}，不等于预算数 {total}{unit}（相差 {difference}{unit}）：请核对资金用途中的各项金额，各项用途之和应等于预算数',
        en: 'The amounts listed in the use of funds, {amounts}, add up to {sum} {unit}, not the budget total {total} {unit} (off by {difference}): check each amount; the uses must add up to the budget',
      },
      incomeMismatch: {
        'zh-CN': '收入合计 {total}{unit} 不等于一般公共预算 {general}{unit} + 政府性基金 {fund}{unit} + 非税收入 {nonTax}{unit} + 其他资金 {other}{unit} = {sum}{unit}（相差 {difference}{unit}）：请按预算批复核对单位年度收入预算',
        en: 'Total income {total} {unit} is not general public budget {general} + government funds {fund} + non-tax revenue {nonTax} + other funds {other} = {sum} {unit} (off by {difference}): check the income budget against the approved budget',
      },
      expenseMismatch: {
        'zh-CN': '支出合计 {total}{unit} 不等于基本支出 {basic}{unit} + 项目支出 {project}{unit} = {sum}{unit}（相差 {difference}{unit}）：请按预算批复核对单位年度支出预算',
        en: 'Total expenditure {total} {unit} is not basic expenditure {basic} + project expenditure {project} = {sum} {unit} (off by {difference}): check the expenditure budget against the approved budget',
      },
      threePublicMismatch: {
        'zh-CN': '三公经费合计 {total}{unit} 不等于公务用车运行和购置费 {vehicles}{unit} + 因公出国（境）费 {abroad}{unit} + 公务接待费 {reception}{unit} = {sum}{unit}（相差 {difference}{unit}）：请核对三公经费预算',
        en: 'The three public expenses total {total} {unit} is not official vehicles {vehicles} + travel abroad {abroad} + reception {reception} = {sum} {unit} (off by {difference}): check the three public expenses budget',
      },
      incomeExpenseMismatch: {
        'zh-CN': '收入合计 {income}{unit} 与支出合计 {expense}{unit} 不相等（相差 {difference}{unit}）：部门预算收支应当平衡，请核对收入和支出预算',
        en: 'Total income {income} {unit} and total expenditure {expense} {unit} differ (by {difference}): a department budget must balance; check the income and expenditure budgets',
      },
    },
  },
  check(node, context) {
    const { form } = node;
    const unit = node.doc.document.moneyUnit ?? '万元';
    const { tolerance } = context.options;
    const budget = form.budget;
    // A blank 财政资金 leaves the sources unknown (field-empty may report it); a blank 其他资金 is 0.
    if (budget?.fiscal != null) {
      checkParts(node, context, 'mismatch', 'budget/total', budget.total, { fiscal: budget.fiscal, other: budget.other });
    }

    if (budget?.total != null && form.purpose) {
      const items = itemisedAmounts(form.purpose, unit);
      const mismatch = items && sumMismatch(budget.total, items.map((a) => a.value), tolerance);
      if (items && mismatch) {
        context.report({
          node, field: 'purpose', messageId: 'purposeMismatch',
          data: {
            amounts: items.map((a) => `${a.number}${a.unit}`).join(' + '), sum: mismatch.sum, total: budget.total,
            difference: Math.abs(mismatch.difference), unit,
          },
        });
      }
    }

    const { income, expense, threePublic } = form.department ?? {};
    if (income) {
      const { general, fund, nonTax, other } = income;
      checkParts(node, context, 'incomeMismatch', 'department/income/total', income.total, { general, fund, nonTax, other });
    }
    if (expense) {
      const { basic, project } = expense;
      checkParts(node, context, 'expenseMismatch', 'department/expense/total', expense.total, { basic, project });
    }
    if (threePublic) {
      const { vehicles, abroad, reception } = threePublic;
      checkParts(node, context, 'threePublicMismatch', 'department/threePublic/total', threePublic.total,
        { vehicles, abroad, reception });
    }
    // The budget balances: what comes in is what is spent.
    if (income?.total != null && expense?.total != null) {
      const mismatch = sumMismatch(income.total, [expense.total], tolerance);
      if (mismatch) {
        context.report({
          node, field: 'department/expense/total', messageId: 'incomeExpenseMismatch',
          data: { income: income.total, expense: expense.total, difference: Math.abs(mismatch.difference), unit },
        });
      }
    }
  },
});

/**
 * Reports a total that its parts do not add up to. Judged only when the total and at least one part are given:
 * a blank part then counts as 0 (a section left blank is field-empty's to report).
 */
function checkParts(node: FormNode, context: RuleContext<Options>, messageId: string, field: string, total: Part,
  parts: Record<string, Part>): void {
  const values = Object.values(parts);
  if (total == null || values.every((p) => p == null)) return;
  const mismatch = sumMismatch(total, values, context.options.tolerance);
  if (!mismatch) return;
  const data: MessageData = {
    total, sum: mismatch.sum, difference: Math.abs(mismatch.difference), unit: node.doc.document.moneyUnit ?? '万元',
  };
  for (const [key, value] of Object.entries(parts)) data[key] = value ?? 0;
  context.report({ node, field, messageId, data });
}
