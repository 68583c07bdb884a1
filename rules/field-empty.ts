import { defineRule } from '../src/engine/rule.js';
import { FORM_FIELDS, headerFieldName, headerFieldPointer, headerFieldValue, type FormField, type HeaderFieldValue } from '../src/model/fields.js';
import { isBlank } from '../src/model/text.js';
import { labelKey } from '../src/model/vocabulary.js';

interface Options {
  fields: FormField[];
  extraLabels: string[];
}

/** Blank as the model writes it: null, white space, or a spending plan with no amount at any checkpoint. */
function isBlankValue(value: Exclude<HeaderFieldValue, undefined>): boolean {
  if (value === null) return true;
  if (typeof value === 'string') return isBlank(value);
  if (typeof value === 'number') return false;
  return value.checkpoints.every((c) => c.value === null);
}

export default defineRule<'form', Options>({
  meta: {
    id: 'field-empty',
    description: { 'zh-CN': '表头栏目未填写', en: 'A header field is left blank' },
    severity: 'error',
    scope: 'form',
    recommended: true,
    options: {
      type: 'object',
      properties: {
        fields: { type: 'array', items: { enum: [...FORM_FIELDS] }, uniqueItems: true },
        extraLabels: { type: 'array', items: { type: 'string', minLength: 1 }, uniqueItems: true },
      },
      additionalProperties: false,
    },
    // 财政资金 and 其他资金 are left out, as are the parts of a department's money sections and its 三公经费: a blank
    // cell there usually means zero. A department's income and expense totals are never zero.
    defaultOptions: {
      fields: ['code', 'name', 'total', 'purpose', 'schedule', 'goals', 'income.total', 'expense.total'], extraLabels: [],
    },
    messages: {
      empty: {
        'zh-CN': '表头「{field}」未填写：请按预算批复补全，公开的绩效目标表表头各栏都应有内容',
        en: 'The header field {field} ({fieldEn}) is blank: fill it in from the approved budget; every header field of a published form should be filled',
      },
      extraEmpty: {
        'zh-CN': '表头「{label}」未填写：请补全该栏内容',
        en: 'The header field {label} is blank: fill it in',
      },
    },
  },
  check(node, context) {
    const { form } = node;
    for (const field of FORM_FIELDS) {
      if (!context.options.fields.includes(field)) continue;
      const value = headerFieldValue(form, field);
      if (value === undefined || !isBlankValue(value)) continue;
      const name = headerFieldName(field, form.kind);
      context.report({
        node, field: headerFieldPointer(field), messageId: 'empty', data: { field: name['zh-CN'], fieldEn: name.en },
      });
    }
    const wanted = new Set(context.options.extraLabels.map(labelKey));
    (form.fields ?? []).forEach((extra, i) => {
      if (!wanted.has(labelKey(extra.label)) || !isBlank(extra.value)) return;
      context.report({ node, field: `fields/${i}/value`, messageId: 'extraEmpty', data: { label: extra.label.trim() } });
    });
  },
});
