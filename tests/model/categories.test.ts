import { describe, expect, it } from 'vitest';
import {
  belongsUnder, categoryLevelOf, categoryMeasure, frameworksOf, inferFramework, level1Names, level2Names,
  requiredCategories, resolveCategory, standardCategoryName,
} from '../../src/model/categories.js';

describe('resolveCategory and standardCategoryName', () => {
  it('takes X and X指标 as one name, not a variant, whatever the spacing or width', () => {
    expect(resolveCategory('社会效益', 2)).toMatchObject({ name: '社会效益指标', parent: '效益指标', variant: false });
    expect(resolveCategory('产出\n\n指标', 1)).toMatchObject({ name: '产出指标', variant: false });
    expect(resolveCategory('满意度\n指标', 1)).toMatchObject({ name: '满意度指标', variant: false });
    expect(resolveCategory('一、产出指标', 1)).toMatchObject({ name: '产出指标', variant: false });
    expect(resolveCategory('数量指标：', 2)).toMatchObject({ name: '数量指标', variant: false });
    expect(resolveCategory('产出指标（40分）', 1)).toMatchObject({ name: '产出指标', variant: false });
    expect(resolveCategory('质量指标(10)', 2)).toMatchObject({ name: '质量指标', variant: false });
  });

  it('normalises recognised variants to the standard name', () => {
    expect(standardCategoryName('可持续性影响', 2)).toBe('可持续影响指标');
    expect(standardCategoryName('可持续性影响指标', 2)).toBe('可持续影响指标');
    expect(standardCategoryName('环境效益', 2)).toBe('生态效益指标');
    expect(standardCategoryName('生态环境效益指标', 2)).toBe('生态效益指标');
    expect(standardCategoryName('产出（工作量）指标', 1)).toBe('产出指标');
    expect(standardCategoryName('满意度指标', 2)).toBe('服务对象满意度指标');
    expect(standardCategoryName('社会公众满意度指标', 2)).toBe('社会公众或服务对象满意度指标');
    expect(standardCategoryName('可持续发展指标', 2)).toBe('可持续影响指标');
    expect(standardCategoryName('可持续性指标', 2)).toBe('可持续影响指标');
    expect(standardCategoryName('受益对象满意度指标', 2)).toBe('服务对象满意度指标');
    expect(resolveCategory('可持续发展', 2)).toBeNull();
    for (const text of ['可持续性影响', '环境效益', '产出(工作量)指标']) {
      expect(resolveCategory(text, text.startsWith('产出') ? 1 : 2)?.variant).toBe(true);
    }
  });

  it('needs 指标 to take a satisfaction phrase for a category: 群众满意度 alone is an indicator\'s name', () => {
    expect(resolveCategory('群众满意度', 2)).toBeNull();
    expect(resolveCategory('满意度', 2)).toBeNull();
    expect(resolveCategory('群众满意度指标', 2)?.name).toBe('社会公众或服务对象满意度指标');
  });

  it('judges 效果指标 and 成本指标 by the framework', () => {
    expect(resolveCategory('效果指标', 1)).toMatchObject({ name: '效果指标', variant: false, framework: 'hebei' });
    expect(resolveCategory('效果指标', 1, 'standard')).toMatchObject({ name: '效益指标', variant: true });
    expect(resolveCategory('效益指标', 1, 'hebei')).toMatchObject({ name: '效果指标', variant: true });
    expect(resolveCategory('成本指标', 1)).toMatchObject({ name: '成本指标', framework: 'mof-2021' });
    expect(resolveCategory('成本指标', 1, 'standard')).toBeNull();
    expect(resolveCategory('成本指标', 2, 'mof-2021')).toBeNull();
    expect(resolveCategory('经济成本指标', 2)).toMatchObject({ parent: '成本指标', framework: 'mof-2021' });
    expect(resolveCategory('经济成本指标', 2, 'standard')).toBeNull();
  });

  it('knows nothing of names outside every framework', () => {
    for (const text of ['效率指标', '工作指标', '目标1', '', '指标']) {
      expect(resolveCategory(text, 1)).toBeNull();
      expect(resolveCategory(text, 2)).toBeNull();
    }
  });
});

describe('frameworksOf, belongsUnder and inferFramework', () => {
  it('says which frameworks write a name as it is', () => {
    expect(frameworksOf('数量指标', 2)).toEqual(['standard', 'hebei', 'mof-2021']);
    expect(frameworksOf('效果', 1)).toEqual(['hebei']);
    expect(frameworksOf('成本指标', 1)).toEqual(['mof-2021']);
    expect(frameworksOf('成本指标', 2)).toEqual(['standard', 'hebei']);
    expect(frameworksOf('可持续性影响', 2)).toEqual([]);
  });

  it('says whether a 二级 belongs under a 一级', () => {
    expect(belongsUnder('效果指标', '可持续性影响')).toBe(true);
    expect(belongsUnder('产出指标', '成本指标')).toBe(true);
    expect(belongsUnder('成本指标', '经济成本指标')).toBe(true);
    expect(belongsUnder('产出指标', '成本指标', 'mof-2021')).toBe(false);
    expect(belongsUnder('效益指标', '满意度指标')).toBe(false);
    expect(belongsUnder('产出指标', '经济效益指标')).toBe(false);
  });

  it('takes the framework a form\'s names fit best, standard on a tie', () => {
    const row = (level1: string, level2: string) => ({ level1, level2 });
    expect(inferFramework([row('产出指标', '数量指标'), row('效果指标', '社会效益指标')])).toBe('hebei');
    expect(inferFramework([row('成本指标', '经济成本指标'), row('产出指标', '数量指标')])).toBe('mof-2021');
    expect(inferFramework([row('产出指标', '数量指标'), row('满意度指标', '服务对象满意度指标')])).toBe('standard');
    expect(inferFramework([])).toBe('standard');
  });
});

describe('the frameworks\' lists', () => {
  it('requires every 一级 of the framework', () => {
    expect(requiredCategories('standard')).toEqual(['产出指标', '效益指标', '满意度指标']);
    expect(requiredCategories('hebei')).toEqual(['产出指标', '效果指标', '满意度指标']);
    expect(requiredCategories('mof-2021')).toEqual(['成本指标', '产出指标', '效益指标', '满意度指标']);
  });

  it('lists names by framework, every framework\'s once for any', () => {
    expect(level1Names('any')).toEqual(['产出指标', '效益指标', '满意度指标', '效果指标', '成本指标']);
    expect(level2Names('产出指标', 'mof-2021')).toEqual(['数量指标', '质量指标', '时效指标']);
    expect(level2Names('产出指标', 'any')).toEqual(['数量指标', '质量指标', '时效指标', '成本指标']);
  });
});

describe('categoryMeasure', () => {
  it('reads satisfaction and money from the category, not social or ecological costs', () => {
    expect(categoryMeasure('服务对象满意度指标')).toBe('satisfaction');
    expect(categoryMeasure('满意度\n指标')).toBe('satisfaction');
    expect(categoryMeasure('成本指标')).toBe('money');
    expect(categoryMeasure('经济成本指标')).toBe('money');
    expect(categoryMeasure('社会成本指标')).toBeNull();
    expect(categoryMeasure('生态环境成本指标')).toBeNull();
    expect(categoryMeasure('数量指标')).toBeNull();
  });
});

describe('categoryLevelOf', () => {
  it('tells 一级 from 二级 names, 满意度指标 as a 一级', () => {
    expect(categoryLevelOf('产出指标')).toBe(1);
    expect(categoryLevelOf('产出（工作量）指标')).toBe(1);
    expect(categoryLevelOf('效果指标')).toBe(1);
    expect(categoryLevelOf('成本指标')).toBe(1);
    expect(categoryLevelOf('满意度指标')).toBe(1);
    expect(categoryLevelOf('数量指标')).toBe(2);
    expect(categoryLevelOf('数量')).toBe(2);
    expect(categoryLevelOf('可持续性影响')).toBe(2);
    expect(categoryLevelOf('服务对象满意度指标')).toBe(2);
    expect(categoryLevelOf('生态环境成本指标')).toBe(2);
  });

  it('takes a 一级 only with 指标, and no indicator names', () => {
    expect(categoryLevelOf('产出')).toBeNull();
    expect(categoryLevelOf('群众满意度')).toBeNull();
    expect(categoryLevelOf('开展活动次数')).toBeNull();
  });
});
