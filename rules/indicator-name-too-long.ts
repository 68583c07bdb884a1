import { defineRule } from '../src/engine/rule.js';
import { charCount, compact, isBlank, shorten } from '../src/model/text.js';

interface Options {
  /** Longest name, in characters (white space not counted). */
  max: number;
}

/** A name (compact) that is a sentence: two sentences (。 inside), or one closed by 。 after clauses (，；). */
function isSentence(text: string): boolean {
  const body = text.endsWith('。') ? text.replace(/。+$/u, '') : text;
  if (body.includes('。')) return true;
  // compact() makes ， and ； ASCII.
  return body !== text && /[,;]/u.test(body);
}

export default defineRule<'indicator', Options>({
  meta: {
    id: 'indicator-name-too-long',
    description: { 'zh-CN': '三级指标写成了句子，而不是指标名称', en: 'An indicator name is a sentence, not a name' },
    severity: 'warn',
    scope: 'indicator',
    recommended: true,
    options: {
      type: 'object',
      properties: { max: { type: 'integer', minimum: 1 } },
      additionalProperties: false,
    },
    defaultOptions: { max: 30 },
    messages: {
      tooLong: {
        'zh-CN': '三级指标「{name}」有 {length} 个字，超过 {max} 个字：指标名称应简短地说明衡量什么（如「参评城市优良率」），说明和要求请写入绩效指标描述，目标写入指标值',
        en: 'The indicator name "{name}" has {length} characters, more than {max}: a name should say briefly what is measured (such as 参评城市优良率); put explanations and requirements in the description and the target in the value',
      },
      sentence: {
        'zh-CN': '三级指标「{name}」是一句话，不是指标名称：请改为简短的名称说明衡量什么（如「治安案件发生率」），说明写入绩效指标描述，目标写入指标值',
        en: 'The indicator name "{name}" is a sentence, not a name: name briefly what is measured (such as 治安案件发生率); put the explanation in the description and the target in the value',
      },
    },
  },
  check(node, context) {
    const { name } = node.indicator;
    if (isBlank(name)) return;
    const text = compact(name);
    const length = charCount(text);
    if (length > context.options.max) {
      context.report({ node, field: 'name', messageId: 'tooLong', data: { name: shorten(name), length, max: context.options.max } });
    } else if (isSentence(text)) {
      context.report({ node, field: 'name', messageId: 'sentence', data: { name: shorten(name) } });
    }
  },
});
