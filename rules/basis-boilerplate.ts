import { defineRule } from '../src/engine/rule.js';
import { hasColumn } from '../src/model/columns.js';
import { isBlank, shorten, textKey } from '../src/model/text.js';

interface Options {
  /** How many indicators must give the one basis before it counts as boilerplate. */
  min: number;
}

export default defineRule<'form', Options>({
  meta: {
    id: 'basis-boilerplate',
    description: { 'zh-CN': '一张表的所有指标填写同一个依据', en: 'Every indicator of a form has the same basis' },
    severity: 'warn',
    scope: 'form',
    recommended: true,
    options: {
      type: 'object',
      properties: { min: { type: 'integer', minimum: 2 } },
      additionalProperties: false,
    },
    defaultOptions: { min: 3 },
    messages: {
      same: {
        'zh-CN': '本表 {count} 个指标的指标值确定依据都是「{basis}」：依据应说明每个指标值从何而来（计划标准、行业标准、历史数据、预算支出标准、调查、台账……），请逐项写明各指标的具体依据',
        en: 'All {count} indicators of this form give the same basis, "{basis}": the basis should say where each value comes from (a plan, an industry standard, past figures, a spending standard, a survey, a register …); give each indicator its own',
      },
    },
  },
  check(node, context) {
    const { form } = node;
    if (!hasColumn(form, 'basis')) return;
    const named = node.indicators.filter((row) => !isBlank(row.indicator.name));
    // Blank bases are basis-empty's business, and a dash or a slash (—, /) fills none either. The filled ones are
    // boilerplate when they all say the same and are most of the form (one basis filled of ten is emptiness).
    const filled = named.filter((row) => textKey(row.indicator.basis ?? '') !== '');
    if (filled.length < context.options.min || 2 * filled.length < named.length) return;
    const key = textKey(filled[0].indicator.basis!);
    if (!filled.every((row) => textKey(row.indicator.basis!) === key)) return;
    // Placed at the first of them: the finding is the form's, the place where an editor shows it a cell.
    context.report({
      node, field: `indicators/${filled[0].index}/basis`, messageId: 'same',
      data: { count: filled.length, basis: shorten(filled[0].indicator.basis!) },
    });
  },
});
