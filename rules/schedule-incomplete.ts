import { defineRule } from '../src/engine/rule.js';
import { lastCheckpoint } from '../src/model/schedule.js';
import { roundAmount, sameAmount } from '../src/model/sums.js';

export default defineRule({
  meta: {
    id: 'schedule-incomplete',
    description: {
      'zh-CN': '资金支出计划到 12月底达不到 100%（或预算数）',
      en: 'The spending plan does not reach 100% (or the budget) by the end of December',
    },
    severity: 'error',
    scope: 'form',
    recommended: true,
    messages: {
      shortPercent: {
        'zh-CN': '资金支出计划累计到{month}月底为 {value}%，未达到 100%：累计支出计划应在 12月底达到 100%，请补全或改正各时点的累计比例',
        en: 'The spending plan reaches {value}% by the end of month {month}, not 100%: a cumulative plan must reach 100% by 12月底; complete or correct the checkpoints',
      },
      overPercent: {
        'zh-CN': '资金支出计划累计到{month}月底为 {value}%，超过 100%：累计支出不能超过全部预算，请改正各时点的累计比例',
        en: 'The spending plan reaches {value}% by the end of month {month}, more than 100%: cumulative spending cannot exceed the whole budget; correct the checkpoints',
      },
      shortAmount: {
        'zh-CN': '资金支出计划累计到{month}月底为 {value}{unit}，未达到预算数 {total}{unit}：累计支出计划应在 12月底达到预算数，请补全或改正各时点的累计金额',
        en: 'The spending plan reaches {value} {unit} by the end of month {month}, short of the budget of {total} {unit}: a cumulative plan must reach the budget by 12月底; complete or correct the checkpoints',
      },
      overAmount: {
        'zh-CN': '资金支出计划累计到{month}月底为 {value}{unit}，超过预算数 {total}{unit}：累计支出不能超过预算数，请改正各时点的累计金额',
        en: 'The spending plan reaches {value} {unit} by the end of month {month}, more than the budget of {total} {unit}: cumulative spending cannot exceed the budget; correct the checkpoints',
      },
    },
  },
  check(node, context) {
    const { form } = node;
    const plan = form.schedule;
    if (!plan) return;
    // A plan with no figure at all is field-empty's.
    const last = lastCheckpoint(plan);
    if (!last) return;
    const total = form.budget?.total ?? null;
    const unit = node.doc.document.moneyUnit ?? '万元';
    const data = { month: last.month, value: roundAmount(last.value), total: total ?? '', unit };
    if (plan.unit === '%') {
      if (sameAmount(last.value, 100)) return;
      // Amounts small enough to pass for percentages: a plan that ends at the budget is complete.
      if (total !== null && sameAmount(last.value, total)) return;
      context.report({ node, field: 'schedule', messageId: last.value < 100 ? 'shortPercent' : 'overPercent', data });
      return;
    }
    if (total === null || sameAmount(last.value, total)) return;
    context.report({ node, field: 'schedule', messageId: last.value < total ? 'shortAmount' : 'overAmount', data });
  },
});
