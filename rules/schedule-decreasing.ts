import { defineRule } from '../src/engine/rule.js';
import { filledCheckpoints } from '../src/model/schedule.js';
import { roundAmount } from '../src/model/sums.js';

/** Float slack: a plan written 33.33, 66.67 … is not judged on rounding. */
const EPSILON = 1e-9;

export default defineRule({
  meta: {
    id: 'schedule-decreasing',
    description: { 'zh-CN': '累计资金支出计划出现下降', en: 'The cumulative spending plan goes down' },
    severity: 'error',
    scope: 'form',
    recommended: true,
    messages: {
      decreasing: {
        'zh-CN': '资金支出计划从{fromMonth}月底的 {from}{unit} 降到{toMonth}月底的 {to}{unit}：支出计划是累计数，后一时点不能低于前一时点，请改为截至各时点的累计支出',
        en: 'The spending plan goes down from {from}{unit} at the end of month {fromMonth} to {to}{unit} at the end of month {toMonth}: the plan is cumulative, so no checkpoint can be lower than an earlier one; give the total spent by each checkpoint',
      },
    },
  },
  check(node, context) {
    const plan = node.form.schedule;
    if (!plan) return;
    const unit = plan.unit === '%' ? '%' : node.doc.document.moneyUnit ?? '万元';
    let highest: ReturnType<typeof filledCheckpoints>[number] | null = null;
    for (const point of filledCheckpoints(plan)) {
      if (highest && point.value < highest.value - EPSILON) {
        context.report({
          node, field: `schedule/checkpoints/${point.index}`, messageId: 'decreasing',
          data: { fromMonth: highest.month, from: roundAmount(highest.value), toMonth: point.month, to: roundAmount(point.value), unit },
        });
        return;
      }
      if (!highest || point.value > highest.value) highest = point;
    }
  },
});
