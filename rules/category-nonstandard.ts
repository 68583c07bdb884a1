import { defineRule } from '../src/engine/rule.js';
import { belongsUnder, resolveCategory, type FrameworkChoice, FRAMEWORK_OPTION } from '../src/model/categories.js';
import { isBlank } from '../src/model/text.js';

interface Options {
  framework: FrameworkChoice;
}

export default defineRule<'form', Options>({
  meta: {
    id: 'category-nonstandard',
    description: { 'zh-CN': '指标类别名不规范（可识别的变体写法）', en: 'A category name is a variant of the standard one' },
    severity: 'warn',
    scope: 'form',
    recommended: true,
    fixable: true,
    ...FRAMEWORK_OPTION,
    messages: {
      nonstandard: {
        'zh-CN': '{level}「{name}」不是规范的类别名，应写作「{standard}」：同一类别写法不一，汇总、比对和评价时会被当成不同的类别。请改为「{standard}」',
        en: 'The {levelEn} "{name}" is not the standard category name; write "{standard}": a category written several ways is taken for several categories when forms are summed up, compared and evaluated',
      },
    },
  },
  check(form, context) {
    const { framework } = context.options;
    const seen = new Set<string>();
    for (const row of form.indicators) {
      const { level1, level2 } = row.indicator;
      for (const level of [1, 2] as const) {
        const text = level === 1 ? level1 : level2;
        if (isBlank(text)) continue;
        const category = resolveCategory(text, level, framework);
        // A 二级 under the wrong 一级 is category-unknown's: renaming it would not put it right.
        if (!category?.variant || (level === 2 && resolveCategory(level1, 1, framework) && !belongsUnder(level1, level2, framework))) continue;
        const written = text.replace(/\s+/gu, '');
        const key = `${level}:${written.normalize('NFKC')}`;
        if (seen.has(key)) continue;
        seen.add(key);
        context.report({
          node: row, field: level === 1 ? 'level1' : 'level2', messageId: 'nonstandard', category: written,
          // Numbering (一、) and a weight ((40分)) are the form's own: a cell with them is left for the reader to edit.
          ...(/[\d、.．]/u.test(written) ? {} : { fix: { text: category.name } }),
          data: {
            name: written, standard: category.name,
            level: level === 1 ? '一级指标' : '二级指标', levelEn: level === 1 ? 'level-1 category' : 'level-2 category',
          },
        });
      }
    }
  },
});
