import { defineRule } from '../src/engine/rule.js';
import { isBlank } from '../src/model/text.js';

export default defineRule<'indicator'>({
  meta: {
    id: 'budget-management-indicator',
    description: { 'zh-CN': '把预算管理指标（预算执行率、资金到位率）当作绩效指标', en: 'Budget management (budget execution, funds arriving) used as a performance indicator' },
    severity: 'warn',
    scope: 'indicator',
    recommended: true,
    messages: {
      management: {
        'zh-CN': '指标「{name}」（{term}）衡量的是预算管理，不是项目绩效：预算执行和资金到位情况在绩效评价中单独考核，不应作为绩效指标。请改为衡量本项目产出或效果的指标，如完成的数量、质量、时效或受益情况',
        en: 'Indicator "{name}" ({term}) measures budget management, not the project\'s performance: budget execution and funds arriving are scored separately in the evaluation and are not performance indicators. Measure what the project delivers or achieves instead: quantity, quality, timeliness or who benefits',
      },
    },
  },
  check(node, context) {
    const { name } = node.indicator;
    if (isBlank(name)) return;
    const term = context.analysis.budgetManagementTerm(name);
    if (term) context.report({ node, field: 'name', messageId: 'management', data: { name: name.trim(), term } });
  },
});
