import { defineRule } from '../src/engine/rule.js';
import { rangeProblem, readValue } from '../src/model/bounds.js';
import { isBlank, shorten } from '../src/model/text.js';

export default defineRule({
  meta: {
    id: 'value-out-of-range',
    description: { 'zh-CN': '指标值不可能达到或没有意义', en: 'A target value is impossible or meaningless' },
    severity: 'error',
    scope: 'indicator',
    recommended: true,
    messages: {
      overWhole: {
        'zh-CN': '指标值「{value}」超过100%：「{name}」是部分占全部的比例，不可能超过100%。请改为实际可达的目标，如「≥95%」；若衡量的是增长幅度，请在指标名称中写明（如「…增长率」）',
        en: 'The value "{value}" is above 100%: "{name}" is a share of a whole and cannot pass 100%. Give a target that can be reached, such as ≥95%; if it measures a growth, say so in the name (…增长率)',
      },
      atLeastWhole: {
        'zh-CN': '指标值「{value}」没有意义：比例不可能超过100%，「不低于100%」只能等于100%，往往是没有认真设定目标。请写出实际的目标，如「≥98%」，或确属必须全部完成时写「=100%」',
        en: 'The value "{value}" means nothing: a share cannot pass 100%, so "at least 100%" can only be exactly 100%, and usually hides a target never thought through. Give the real target, such as ≥98%, or write =100% where everything must be done',
      },
      unanimous: {
        'zh-CN': '满意度指标「{name}」的指标值「{value}」要求人人满意：满意度调查不会得到100%，这样的目标无法如实达到。请按以往调查结果设定，如「≥90%」',
        en: 'The satisfaction indicator "{name}" asks for "{value}", that is, everyone satisfied: no survey gives 100%, so the target cannot honestly be met. Set it from past surveys, such as ≥90%',
      },
      negative: {
        'zh-CN': '指标值「{value}」是负数：「{name}」的数量、金额或比例不可能小于0。请检查数字；若衡量的是下降幅度，请写成正数并在名称中写明（如「…下降率」）',
        en: 'The value "{value}" is negative: what "{name}" counts, pays or shares cannot be below 0. Check the number; for a decrease, give it as a positive number and say so in the name (…下降率)',
      },
    },
  },
  check(node, context) {
    const { indicator } = node;
    const value = indicator.value;
    if (isBlank(indicator.name) || !value || value.kind !== 'quantitative') return;
    const problem = rangeProblem(value, readValue(indicator, context.analysis));
    if (problem) {
      context.report({ node, field: 'value', messageId: problem, data: { name: shorten(indicator.name), value: shorten(value.text) } });
    }
  },
});
