import { defineRule } from '../src/engine/rule.js';
import { asksYesNo } from '../src/model/measure.js';
import { compact, isBlank, shorten } from '../src/model/text.js';
import { startsWithUnit } from '../src/model/units.js';

interface Options {
  words: string[];
}

const YES_NO = new Set(['是', '否', '有', '无']);

/** A number followed by a unit somewhere in the text (补助1007户，…): it states a quantity, if clumsily. */
function statesQuantity(text: string): boolean {
  const t = compact(text);
  return [...t.matchAll(/\d+(?:\.\d+)?/g)].some((m) => startsWithUnit(t.slice(m.index + m[0].length)));
}

/** 效益 rows (经济/社会/生态效益, 可持续影响): what they state is an effect, which 是 cannot size. */
function isEffectRow(level1: string, level2: string): boolean {
  return /效益|影响/.test(level2) || /效益|效果/.test(level1);
}

export default defineRule<'indicator', Options>({
  meta: {
    id: 'value-vague',
    description: { 'zh-CN': '指标值无法衡量', en: 'A target value cannot be measured' },
    severity: 'warn',
    scope: 'indicator',
    recommended: true,
    options: {
      type: 'object',
      properties: { words: { type: 'array', items: { type: 'string', minLength: 1 }, uniqueItems: true } },
      additionalProperties: false,
    },
    defaultOptions: { words: [] },
    messages: {
      vague: {
        'zh-CN': '指标值「{value}」无法衡量：「{phrase}」说不出多少，年底无法核对是否实现。请写出可以核对的目标，如「≥95%」「≥6次」「12月底前」，或定性等级「达到」',
        en: 'The value "{value}" cannot be measured: "{phrase}" says no amount, so nobody can check at year end whether it was met. Give a target that can be checked, such as ≥95%, ≥6次 or 12月底前, or a grade such as 达到',
      },
      notMeasure: {
        'zh-CN': '指标值「{value}」是一句描述，不是目标值：请写出可以核对的目标，如「≥95%」「≥6次」「12月底前」，或定性等级「达到」',
        en: 'The value "{value}" is a description, not a target: give a target that can be checked, such as ≥95%, ≥6次 or 12月底前, or a grade such as 达到',
      },
      yesNo: {
        'zh-CN': '效益指标「{name}」的指标值只写了「{value}」：是非回答衡量不了效果大小。请写出可以核对的目标，如受益人数、比率或提高幅度（「≥90%」「较上年提高5%」）',
        en: 'The effect indicator "{name}" is answered only "{value}": yes or no cannot size an effect. Give a target that can be checked, such as people reached, a rate or an increase (≥90%, 较上年提高5%)',
      },
    },
  },
  check(node, context) {
    const { indicator } = node;
    const value = indicator.value;
    if (isBlank(indicator.name) || !value) return;
    const shown = () => shorten(value.text);

    if (value.kind === 'text') {
      if (statesQuantity(value.text)) return;
      const phrase = context.analysis.vaguePhrase(value.text, context.options.words);
      if (phrase) context.report({ node, field: 'value', messageId: 'vague', data: { value: shown(), phrase } });
      else context.report({ node, field: 'value', messageId: 'notMeasure', data: { value: shown() } });
      return;
    }
    // Configured phrases count against grades too: a bureau may hold 正常 or 良好 to say nothing.
    const configured = (w: string) => compact(w) === value.grade;
    if (value.kind === 'qualitative' && value.grade
      && ((context.analysis.lexicon.vague ?? []).some(configured) || context.options.words.some(configured))) {
      context.report({ node, field: 'value', messageId: 'vague', data: { value: shown(), phrase: value.grade } });
      return;
    }
    // 是 answers a question (是否按时发放). Put against an effect it says nothing; against a rate, a count or an
    // amount named by the indicator, value-unit-mismatch asks for the number instead.
    if (value.kind === 'qualitative' && value.grade && YES_NO.has(value.grade) && isEffectRow(indicator.level1, indicator.level2)
      && !asksYesNo(indicator) && !context.analysis.measureOfText(indicator.name)) {
      context.report({ node, field: 'value', messageId: 'yesNo', data: { name: indicator.name.trim(), value: shown() } });
    }
  },
});
