import { defineRule } from '../src/engine/rule.js';
import { isBlank, textKey } from '../src/model/text.js';

export default defineRule({
  meta: {
    id: 'description-copies-name',
    description: { 'zh-CN': '绩效指标描述照抄三级指标', en: 'The description repeats the indicator name' },
    severity: 'warn',
    scope: 'indicator',
    recommended: true,
    messages: {
      copy: {
        'zh-CN': '绩效指标描述与三级指标「{name}」完全相同：描述应说明该指标衡量什么、按什么口径或公式计算，而不是重复指标名称',
        en: 'The description repeats the indicator name "{name}" word for word: say what the indicator measures and how it is counted or calculated instead of restating its name',
      },
    },
  },
  check(node, context) {
    const { name, description } = node.indicator;
    if (isBlank(name) || isBlank(description)) return;
    if (textKey(name) !== textKey(description!)) return;
    context.report({ node, field: 'description', messageId: 'copy', data: { name } });
  },
});
