import { defineRule } from '../src/engine/rule.js';
import { isBlank, shorten, textKey } from '../src/model/text.js';

export default defineRule({
  meta: {
    id: 'value-copies-text',
    description: { 'zh-CN': '指标值照抄指标名称或描述', en: 'A target value repeats the indicator\'s name or description' },
    severity: 'warn',
    scope: 'indicator',
    recommended: true,
    messages: {
      name: {
        'zh-CN': '指标值「{value}」照抄了三级指标名称：指标值应是要达到的目标，而不是再写一遍指标。请写出可以核对的目标，如「≥95%」「≥6次」「12月底前」',
        en: 'The value "{value}" repeats the indicator\'s name: a value is the target to reach, not the indicator written again. Give a target that can be checked, such as ≥95%, ≥6次 or 12月底前',
      },
      description: {
        'zh-CN': '指标值「{value}」照抄了绩效指标描述：指标值应是要达到的目标，而不是再写一遍描述。请写出可以核对的目标，如「≥95%」「≥6次」「12月底前」',
        en: 'The value "{value}" repeats the indicator\'s description: a value is the target to reach, not the description written again. Give a target that can be checked, such as ≥95%, ≥6次 or 12月底前',
      },
    },
  },
  check(node, context) {
    const { indicator } = node;
    const value = indicator.value;
    // Only words are judged: a number or a grade that happens to equal the name still states a target.
    if (isBlank(indicator.name) || !value || value.kind !== 'text') return;
    const key = textKey(value.text);
    if (key === '') return;
    const copied = key === textKey(indicator.name) ? 'name'
      : !isBlank(indicator.description) && key === textKey(indicator.description ?? '') ? 'description' : null;
    if (copied) context.report({ node, field: 'value', messageId: copied, data: { value: shorten(value.text) } });
  },
});
