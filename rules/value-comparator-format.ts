import { defineRule } from '../src/engine/rule.js';
import { isBlank, shorten } from '../src/model/text.js';

// Comparators typed on a keyboard or in full width, and the symbol a form writes for each. Longer forms first,
// so that >= is one comparator, not > and =.
const VARIANTS: Array<[string, string]> = [
  ['＞＝', '≥'], ['＜＝', '≤'], ['>=', '≥'], ['=>', '≥'], ['<=', '≤'], ['=<', '≤'],
  ['≧', '≥'], ['≦', '≤'], ['＞', '>'], ['＜', '<'], ['＝', '='],
];
const PATTERN = new RegExp(VARIANTS.map(([written]) => written).join('|'), 'gu');
const STANDARD = new Map(VARIANTS);

/** The text with every comparator written in its standard symbol; the rest as written. */
export function normalizeComparators(text: string): string {
  return text.replace(PATTERN, (m) => STANDARD.get(m) ?? m);
}

export default defineRule({
  meta: {
    id: 'value-comparator-format',
    description: { 'zh-CN': '指标值的比较符号写法不规范（>=、＞＝、≧ 应为 ≥）', en: 'A comparator typed as >=, ＞＝ or ≧ instead of ≥' },
    severity: 'warn',
    scope: 'indicator',
    recommended: true,
    fixable: true,
    messages: {
      nonstandard: {
        'zh-CN': '指标值「{value}」中的比较符号「{written}」不规范，应写作「{standard}」：同一比较关系写法不一，汇总、检索和比对时会被当成不同的写法。请改为「{fixed}」',
        en: 'The value "{value}" writes the comparator "{written}"; write "{standard}": one comparison written several ways is taken for different ones when values are summed up, searched and compared. Write "{fixed}"',
      },
    },
  },
  check(node, context) {
    for (const field of ['value', 'longTermValue'] as const) {
      const text = node.indicator[field]?.text;
      if (text === undefined || isBlank(text)) continue;
      const first = text.match(PATTERN)?.[0];
      if (!first) continue;
      const fixed = normalizeComparators(text);
      context.report({
        node, field, messageId: 'nonstandard', fix: { text: fixed },
        data: { value: shorten(text), written: first, standard: STANDARD.get(first) ?? first, fixed: shorten(fixed) },
      });
    }
  },
});
