import { defineRule, type IndicatorNode } from '../src/engine/rule.js';
import { belongsUnder, level1Names, level2Names, resolveCategory, type FrameworkChoice, FRAMEWORK_OPTION } from '../src/model/categories.js';
import { isBlank } from '../src/model/text.js';

interface Options {
  framework: FrameworkChoice;
}

const FRAMEWORK_NAMES: Record<FrameworkChoice, { zh: string; en: string }> = {
  any: { zh: '指标体系', en: 'the indicator framework' },
  standard: { zh: '标准指标体系', en: 'the standard framework' },
  hebei: { zh: '河北省指标体系', en: "Hebei's framework" },
  'mof-2021': { zh: '财预〔2021〕101号指标体系', en: 'the 2021 central guideline (财预〔2021〕101号)' },
};

const list = (names: string[], zh: boolean) => names.join(zh ? '、' : ', ');

export default defineRule<'form', Options>({
  meta: {
    id: 'category-unknown',
    description: { 'zh-CN': '指标类别不在指标体系中，或二级指标归错了一级指标', en: 'A category outside the framework, or a level-2 category under the wrong level-1' },
    severity: 'error',
    scope: 'form',
    recommended: true,
    ...FRAMEWORK_OPTION,
    messages: {
      unknownLevel1: {
        'zh-CN': '一级指标「{name}」不在{framework}中：一级指标应为{expected}。请改用其中之一，并把指标归入相应类别',
        en: 'The level-1 category "{name}" is not in {frameworkEn}: it should be one of {expectedEn}. Use one of them and file the indicators under it',
      },
      level2AsLevel1: {
        'zh-CN': '「{name}」是二级指标，不应填在一级指标一栏：请在一级指标栏填「{parent}」，二级指标栏填「{name}」',
        en: '"{name}" is a level-2 category, not a level-1 one: put "{parent}" in the level-1 column and "{name}" in the level-2 column',
      },
      unknownLevel2: {
        'zh-CN': '二级指标「{name}」不在{framework}中：「{parent}」下的二级指标应为{expected}。请改用其中之一，或把指标移到相应类别下',
        en: 'The level-2 category "{name}" is not in {frameworkEn}: under "{parent}" it should be one of {expectedEn}. Use one of them, or move the indicators where they belong',
      },
      unknownName: {
        'zh-CN': '二级指标「{name}」不在{framework}中：二级指标应为{expected}。请改用其中之一，并归入相应的一级指标',
        en: 'The level-2 category "{name}" is not in {frameworkEn}: it should be one of {expectedEn}. Use one of them, under its level-1 category',
      },
      level1AsLevel2: {
        'zh-CN': '「{name}」在{framework}中是一级指标，不能作为「{parent}」下的二级指标：请把它列为一级指标，下设{expected}',
        en: '"{name}" is a level-1 category in {frameworkEn}, not a level-2 one under "{parent}": make it a level-1 category with {expectedEn} under it',
      },
      wrongParent: {
        'zh-CN': '二级指标「{name}」不属于一级指标「{parent}」：它应列在一级指标「{expected}」下。请调整这些指标的一级指标',
        en: 'The level-2 category "{name}" does not belong under "{parent}": it belongs under "{expected}". Move these indicators there',
      },
    },
  },
  check(form, context) {
    const { framework } = context.options;
    const fw = FRAMEWORK_NAMES[framework];
    const seen = new Set<string>();
    const report = (row: IndicatorNode, level: 1 | 2, messageId: string, data: Record<string, string>) => {
      const text = level === 1 ? row.indicator.level1 : row.indicator.level2;
      const written = text.replace(/\s+/gu, '');
      const key = `${level}:${written.normalize('NFKC')}`;
      if (seen.has(key)) return;
      seen.add(key);
      context.report({
        node: row, field: level === 1 ? 'level1' : 'level2', messageId, category: written,
        data: { name: written, framework: fw.zh, frameworkEn: fw.en, ...data },
      });
    };

    for (const row of form.indicators) {
      const { level1, level2 } = row.indicator;
      const parent = isBlank(level1) ? null : resolveCategory(level1, 1, framework);
      const writtenLevel1 = level1.replace(/\s+/gu, '');
      if (!isBlank(level1) && !parent) {
        const asLevel2 = resolveCategory(level1, 2, framework);
        if (asLevel2?.parent) report(row, 1, 'level2AsLevel1', { parent: asLevel2.parent });
        else {
          const names = level1Names(framework);
          report(row, 1, 'unknownLevel1', { expected: list(names, true), expectedEn: list(names, false) });
        }
      }
      if (isBlank(level2)) continue;
      const child = resolveCategory(level2, 2, framework);
      if (child) {
        if (parent && !belongsUnder(level1, level2, framework)) report(row, 2, 'wrongParent', { parent: writtenLevel1, expected: child.parent! });
        continue;
      }
      const asLevel1 = resolveCategory(level2, 1, framework);
      if (asLevel1) {
        const names = level2Names(asLevel1.name, framework);
        report(row, 2, 'level1AsLevel2', {
          parent: writtenLevel1, expected: list(names, true), expectedEn: list(names, false),
        });
      } else if (parent) {
        const names = level2Names(parent.name, framework);
        report(row, 2, 'unknownLevel2', { parent: writtenLevel1, expected: list(names, true), expectedEn: list(names, false) });
      } else {
        const names = [...new Set(level1Names(framework).flatMap((name) => level2Names(name, framework)))];
        report(row, 2, 'unknownName', { expected: list(names, true), expectedEn: list(names, false) });
      }
    }
  },
});
