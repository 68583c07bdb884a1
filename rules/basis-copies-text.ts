import { defineRule } from '../src/engine/rule.js';
import { isBlank, textKey } from '../src/model/text.js';

const HOW_TO = {
  'zh-CN': '依据应写明目标值从何而来，如计划标准、行业标准、历史标准、预算支出标准或具体的文件、方案',
  en: 'the basis should say where the target comes from: a plan, an industry or historical standard, a budget standard, or a named document',
};

export default defineRule({
  meta: {
    id: 'basis-copies-text',
    description: { 'zh-CN': '指标值确定依据照抄指标名称、描述或指标值', en: 'The basis repeats the indicator name, description or value' },
    severity: 'warn',
    scope: 'indicator',
    recommended: true,
    messages: {
      name: {
        'zh-CN': `指标值确定依据重复了三级指标「{text}」：${HOW_TO['zh-CN']}`,
        en: `The basis repeats the indicator name "{text}": ${HOW_TO.en}`,
      },
      description: {
        'zh-CN': `指标值确定依据重复了绩效指标描述「{text}」：${HOW_TO['zh-CN']}`,
        en: `The basis repeats the description "{text}": ${HOW_TO.en}`,
      },
      value: {
        'zh-CN': `指标值确定依据重复了指标值「{text}」：${HOW_TO['zh-CN']}`,
        en: `The basis repeats the target value "{text}": ${HOW_TO.en}`,
      },
    },
  },
  check(node, context) {
    const { indicator } = node;
    if (isBlank(indicator.basis)) return;
    const basis = textKey(indicator.basis!);
    // The name first: it is what the basis most often echoes, and the row reads best named by it.
    const sources = [['name', indicator.name], ['description', indicator.description], ['value', indicator.value?.text]] as const;
    for (const [messageId, text] of sources) {
      if (isBlank(text) || textKey(text!) !== basis) continue;
      context.report({ node, field: 'basis', messageId, data: { text: text!.trim() } });
      return;
    }
  },
});
