import { defineRule } from '../src/engine/rule.js';
import { asPercent } from '../src/model/bounds.js';
import { isBlank, shorten } from '../src/model/text.js';

export default defineRule({
  meta: {
    id: 'value-no-operator',
    description: { 'zh-CN': '比率或数量目标没有写比较符号（≥ ≤ =）', en: 'A rate or count target has no comparator (≥ ≤ =)' },
    severity: 'info',
    scope: 'indicator',
    recommended: true,
    messages: {
      missing: {
        'zh-CN': '指标值「{value}」没有比较符号：看不出「{target}」是最低要求、最高限度还是恰好等于，年底无法判断是否完成。请写成「≥{target}」「≤{target}」或「={target}」',
        en: 'The value "{value}" has no comparator: nobody can tell whether {target} is a floor, a ceiling or exact, so nobody can judge at year end whether it was met. Write ≥{target}, ≤{target} or ={target}',
      },
    },
  },
  check(node, context) {
    const { indicator } = node;
    const value = indicator.value;
    if (isBlank(indicator.name) || !value || value.kind !== 'quantitative') return;
    if (value.comparator || value.number == null || value.upper != null || !value.unit) return;
    // A 指标方向性 column (正向/反向) says which way the target points.
    if (indicator.direction) return;
    // Rates and counts point one way or the other; a date, a duration or an amount is often exact.
    const kind = context.analysis.unitKind(value.unit);
    if (kind !== 'percent' && kind !== 'count') return;
    // 0 and 100% can only be equalities: nothing below none, nothing above all.
    if (value.number === 0 || asPercent(value)?.number === 100) return;
    context.report({ node, field: 'value', messageId: 'missing', data: { value: shorten(value.text), target: `${value.number}${value.unit}` } });
  },
});
