import { defineRule } from '../src/engine/rule.js';
import { shorten } from '../src/model/text.js';

// Blanks: spaces, tabs and the full-width space (U+3000). Line breaks inside a cell are the form's own.
const BLANK = '[ \\t\\u3000]';
const AT_ENDS = new RegExp(`^${BLANK}+|${BLANK}+$`, 'gmu');
const RUN = new RegExp(`${BLANK}{2,}`, 'gu');
const ANY = new RegExp(BLANK, 'u');

/** The text with each line trimmed and every run of blanks inside kept as its first blank. */
export function tidyBlanks(text: string): string {
  // Most cells hold no blank at all: one scan says so, where the patterns below try every position.
  if (!ANY.test(text)) return text;
  return text.replace(AT_ENDS, '').replace(RUN, (run) => run[0]);
}

const FIELDS = ['name', 'description', 'value', 'basis'] as const;
const LABEL: Record<(typeof FIELDS)[number], { 'zh-CN': string; en: string }> = {
  name: { 'zh-CN': '三级指标', en: 'indicator name' },
  description: { 'zh-CN': '绩效指标描述', en: 'description' },
  value: { 'zh-CN': '指标值', en: 'value' },
  basis: { 'zh-CN': '指标值确定依据', en: 'basis' },
};

export default defineRule({
  meta: {
    id: 'cell-whitespace',
    description: { 'zh-CN': '指标单元格首尾有空格，或中间有连续空格', en: 'Blanks at the ends of an indicator cell, or a run of blanks inside it' },
    severity: 'warn',
    scope: 'indicator',
    recommended: true,
    fixable: true,
    messages: {
      ends: {
        'zh-CN': '{field}「{text}」首尾有空格：看不见的空格会让相同的内容被当成不同的内容（查重、比对、汇总时）。请删去首尾空格',
        en: 'The {fieldEn} "{text}" has blanks at its ends: unseen blanks make the same text count as different text when forms are checked for copies, compared and summed up. Remove them',
      },
      run: {
        'zh-CN': '{field}「{text}」中有连续空格：多余的空格会让相同的内容被当成不同的内容（查重、比对、汇总时）。请只留一个空格或删去',
        en: 'The {fieldEn} "{text}" has a run of blanks: extra blanks make the same text count as different text when forms are checked for copies, compared and summed up. Keep one blank, or none',
      },
    },
  },
  check(node, context) {
    for (const field of FIELDS) {
      const raw = node.indicator[field];
      const text = typeof raw === 'string' ? raw : raw?.text;
      if (!text) continue;
      const fixed = tidyBlanks(text);
      if (fixed === text) continue;
      // Only blanks: an empty cell, which the *-empty rules judge.
      if (fixed === '') continue;
      const messageId = new RegExp(`^${BLANK}|${BLANK}$`, 'mu').test(text) ? 'ends' : 'run';
      context.report({
        node, field, messageId, fix: { text: fixed },
        data: { field: LABEL[field]['zh-CN'], fieldEn: LABEL[field].en, text: shorten(text) },
      });
    }
  },
});
