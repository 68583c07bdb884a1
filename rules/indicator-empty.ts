import { defineRule } from '../src/engine/rule.js';
import { isBlank, shorten } from '../src/model/text.js';
import type { Indicator } from '../src/model/types.js';


/** The first content the row carries besides its categories, shortened for a message; null when it carries none. */
function contentOf(indicator: Indicator): string | null {
  const texts = [indicator.description, indicator.value?.text, indicator.basis];
  const first = texts.find((t): t is string => !isBlank(t))?.trim();
  if (first === undefined) return null;
  return shorten(first, 20);
}

export default defineRule({
  meta: {
    id: 'indicator-empty',
    description: { 'zh-CN': '指标行没有填写三级指标', en: 'An indicator row has no 三级指标 (indicator name)' },
    severity: 'error',
    scope: 'indicator',
    recommended: true,
    messages: {
      categoryEmpty: {
        'zh-CN': '「{category}」下没有填写三级指标：请补充具体指标（名称、指标值和依据），或删除这一模板空行',
        en: 'No indicator is filled in under "{category}": add a specific indicator (name, target value and basis), or delete this empty template row',
      },
      nameMissing: {
        'zh-CN': '这一行填写了「{content}」，但三级指标为空：请填写指标名称，说明这一行衡量什么',
        en: 'This row holds "{content}" but its 三级指标 is blank: give the indicator a name that says what the row measures',
      },
    },
  },
  check(node, context) {
    const { indicator } = node;
    if (!isBlank(indicator.name)) return;
    const content = contentOf(indicator);
    if (content !== null) {
      context.report({ node, field: 'name', messageId: 'nameMissing', data: { content } });
      return;
    }
    // A row that names neither a category nor any content is a blank line of the table, not an unfilled category.
    const category = [indicator.level2, indicator.level1].find((c) => !isBlank(c));
    if (category === undefined) return;
    context.report({ node, field: 'name', messageId: 'categoryEmpty', data: { category: category.trim() }, category: category.trim() });
  },
});
