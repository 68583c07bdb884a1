import { defineRule } from '../src/engine/rule.js';
import { inferFramework, requiredCategories, resolveCategory, type FrameworkChoice, FRAMEWORK_OPTION } from '../src/model/categories.js';
import { isBlank } from '../src/model/text.js';

interface Options {
  framework: FrameworkChoice;
}

const FRAMEWORK_NAMES = {
  standard: { zh: '标准指标体系', en: 'the standard framework' },
  hebei: { zh: '河北省指标体系', en: "Hebei's framework" },
  'mof-2021': { zh: '财预〔2021〕101号指标体系', en: 'the 2021 central guideline (财预〔2021〕101号)' },
};

export default defineRule<'form', Options>({
  meta: {
    id: 'category-missing',
    description: { 'zh-CN': '缺少指标体系要求的指标类别', en: 'A category the framework requires has no indicator' },
    severity: 'warn',
    scope: 'form',
    recommended: false,
    ...FRAMEWORK_OPTION,
    messages: {
      missing: {
        'zh-CN': '没有一级指标「{category}」下的指标：{framework}要求{required}都设置指标。请补充反映本项目{aspect}的指标',
        en: 'No indicator under the level-1 category "{category}": {frameworkEn} asks for indicators under each of {requiredEn}. Add indicators of the project\'s {aspectEn}',
      },
    },
  },
  check(form, context) {
    const rows = form.indicators.map((row) => row.indicator);
    // A form without indicator rows has nothing to weigh its categories by; blank rows left from the template are
    // indicator-empty's: their categories are there, unfilled.
    if (rows.length === 0) return;
    const framework = context.options.framework === 'any' ? inferFramework(rows) : context.options.framework;
    const present = new Set<string>();
    // A category written in the wrong place is there all the same (category-unknown says where it belongs): a 二级
    // stands for its 一级 (满意度指标 under 效益指标), a 一级 in the 二级 column (成本指标 under 产出指标, by the 2021
    // guideline) for itself, and a 二级 in the 一级 column for its 一级.
    const standFor = (text: string, level: 1 | 2): string | undefined => {
      if (isBlank(text)) return undefined;
      const other = level === 1 ? 2 : 1;
      const as = resolveCategory(text, level, framework) ?? resolveCategory(text, other, framework);
      return as?.parent ?? as?.name;
    };
    for (const { level1, level2 } of rows) {
      for (const name of [standFor(level1, 1), standFor(level2, 2)]) if (name) present.add(name);
    }
    const fw = FRAMEWORK_NAMES[framework];
    const required = requiredCategories(framework);
    for (const category of required) {
      if (present.has(category)) continue;
      const aspect = ASPECTS[category] ?? { zh: category, en: category };
      context.report({
        node: form, messageId: 'missing', category,
        data: {
          category, framework: fw.zh, frameworkEn: fw.en, required: required.map((n) => `「${n}」`).join('、'),
          requiredEn: required.join(', '), aspect: aspect.zh, aspectEn: aspect.en,
        },
      });
    }
  },
});

/** What each required category speaks of, for the message. */
const ASPECTS: Record<string, { zh: string; en: string }> = {
  成本指标: { zh: '成本（经济成本以元、万元计）', en: 'costs (economic costs in 元 or 万元)' },
  产出指标: { zh: '产出（数量、质量、时效）', en: 'outputs (quantity, quality, timeliness)' },
  效益指标: { zh: '效益（经济、社会、生态效益和可持续影响）', en: 'effects (economic, social, ecological, lasting)' },
  效果指标: { zh: '效果（经济、社会、生态效益和可持续影响）', en: 'effects (economic, social, ecological, lasting)' },
  满意度指标: { zh: '服务对象满意度', en: 'satisfaction of the people served' },
};
