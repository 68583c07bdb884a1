import { defineRule, type Node } from '../src/engine/rule.js';
import { headerFieldName } from '../src/model/fields.js';
import { findRepeatedPhrase } from '../src/model/repeats.js';
import type { Indicator } from '../src/model/types.js';
import { shorten } from '../src/model/text.js';
import { labelKey } from '../src/model/vocabulary.js';

type Name = { 'zh-CN': string; en: string };

// The text cells of an indicator row, as the table titles them.
const ROW_CELLS: Array<[field: string, name: Name, text: (row: Indicator) => string | undefined]> = [
  ['name', { 'zh-CN': '三级指标', en: 'indicator' }, (row) => row.name],
  ['description', { 'zh-CN': '绩效指标描述', en: 'description' }, (row) => row.description],
  ['value', { 'zh-CN': '指标值', en: 'target value' }, (row) => row.value?.text],
  ['longTermValue', { 'zh-CN': '中长期指标值', en: 'long-term value' }, (row) => row.longTermValue?.text],
  ['basis', { 'zh-CN': '指标值确定依据', en: 'basis' }, (row) => row.basis],
];

interface Options {
  /** Words that may be written twice in a row on purpose: 研究 (研究研究). */
  allow: string[];
}

export default defineRule<'form', Options>({
  meta: {
    id: 'text-repeated',
    description: { 'zh-CN': '同一栏内的词语连写两遍（情况情况）', en: 'A phrase is written twice in a row within one cell' },
    severity: 'warn',
    scope: 'form',
    recommended: true,
    options: {
      type: 'object',
      properties: { allow: { type: 'array', items: { type: 'string', minLength: 2 }, uniqueItems: true } },
      additionalProperties: false,
    },
    defaultOptions: { allow: [] },
    messages: {
      repeated: {
        'zh-CN': '「{field}」中「{phrase}」连写了两遍：请删去重复的部分，并检查这一栏是否粘贴有误',
        en: 'In the {fieldEn}, "{phrase}" is written twice in a row: delete the repeat, and check that the cell was not pasted wrongly',
      },
    },
  },
  check(node, context) {
    const check = (target: Node, field: string, name: Name, text: string | null | undefined) => {
      const phrase = findRepeatedPhrase(text, context.options.allow);
      if (phrase === null) return;
      context.report({ node: target, field, messageId: 'repeated', data: { field: name['zh-CN'], fieldEn: name.en, phrase: shorten(phrase, 15) } });
    };
    const { form } = node;
    // The header's text fields; the project code is a code, and the amounts are numbers.
    for (const field of ['name', 'purpose', 'goals'] as const) check(node, field, headerFieldName(field, form.kind), form[field]);
    (form.fields ?? []).forEach((extra, i) => {
      const label = labelKey(extra.label);
      check(node, `fields/${i}/value`, { 'zh-CN': label, en: label }, extra.value);
    });
    for (const row of node.indicators) {
      for (const [field, name, text] of ROW_CELLS) check(row, field, name, text(row.indicator));
    }
  },
});
