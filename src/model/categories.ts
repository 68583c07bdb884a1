// The indicator frameworks (指标体系): the 一级 and 二级 category names of the standard template, of Hebei's (效果指标
// for 效益指标) and of the 2021 central guideline (财预〔2021〕101号: 成本指标 a 一级 of its own), with the variants real
// tables write. "X" and "X指标" are one category; a variant (可持续性影响, 环境效益, 产出(工作量)指标) names a standard
// category otherwise. Rules judge category names here; readers recognise category columns by categoryLevelOf.
import { compact } from './text.js';
import { memoize } from './memo.js';

export type FrameworkId = 'standard' | 'hebei' | 'mof-2021';
/** The framework a rule judges by; 'any' accepts the names of every framework. */
export type FrameworkChoice = FrameworkId | 'any';
export const FRAMEWORK_IDS: readonly FrameworkId[] = ['standard', 'hebei', 'mof-2021'];
export const FRAMEWORK_CHOICES: readonly FrameworkChoice[] = ['any', ...FRAMEWORK_IDS];

export interface Framework {
  id: FrameworkId;
  /** 一级 names with their 二级 names, in template order, as the framework writes them. */
  categories: ReadonlyArray<{ name: string; children: readonly string[] }>;
  /**
   * The categories a form should hold an indicator of: every 一级. Which 二级 a project needs depends on the project
   * (a subsidy has no 生态效益), so none is required.
   */
  required: readonly string[];
}

const OUTPUT = ['数量指标', '质量指标', '时效指标'];
const EFFECT = ['经济效益指标', '社会效益指标', '生态效益指标', '可持续影响指标'];
const SATISFACTION = ['服务对象满意度指标', '社会公众或服务对象满意度指标'];

export const FRAMEWORKS: Readonly<Record<FrameworkId, Framework>> = {
  standard: {
    id: 'standard',
    categories: [
      { name: '产出指标', children: [...OUTPUT, '成本指标'] },
      { name: '效益指标', children: EFFECT },
      { name: '满意度指标', children: SATISFACTION },
    ],
    required: ['产出指标', '效益指标', '满意度指标'],
  },
  hebei: {
    id: 'hebei',
    categories: [
      { name: '产出指标', children: [...OUTPUT, '成本指标'] },
      { name: '效果指标', children: EFFECT },
      { name: '满意度指标', children: SATISFACTION },
    ],
    required: ['产出指标', '效果指标', '满意度指标'],
  },
  'mof-2021': {
    id: 'mof-2021',
    categories: [
      { name: '成本指标', children: ['经济成本指标', '社会成本指标', '生态环境成本指标'] },
      { name: '产出指标', children: OUTPUT },
      { name: '效益指标', children: EFFECT },
      { name: '满意度指标', children: SATISFACTION },
    ],
    required: ['成本指标', '产出指标', '效益指标', '满意度指标'],
  },
};

/**
 * Variants of a stem (the name without 指标 and without a note in brackets), by level. `suffixed`: only when
 * written with 指标, since 群众满意度 or 满意度 alone is an indicator's name more often than a category's.
 */
const VARIANTS: Array<{ re: RegExp; stem: string; level: 1 | 2; suffixed?: true }> = [
  { re: /^可持续性影响$/u, stem: '可持续影响', level: 2 },
  { re: /^可持续(性)?(发展|影响力)?$/u, stem: '可持续影响', level: 2, suffixed: true },
  { re: /^(生态)?环境效益$/u, stem: '生态效益', level: 2 },
  { re: /^(社会公众|公众|群众)(服务对象)?满意度$/u, stem: '社会公众或服务对象满意度', level: 2, suffixed: true },
  { re: /^(满意度|服务满意度|受益(对象|群众|人群)?满意度)$/u, stem: '服务对象满意度', level: 2, suffixed: true },
];

/** Names one framework writes and another calls otherwise: Hebei's 效果指标 is the others' 效益指标. */
const RENAMED: Record<FrameworkId, ReadonlyMap<string, string>> = {
  standard: new Map([['效果', '效益']]),
  'mof-2021': new Map([['效果', '效益']]),
  hebei: new Map([['效益', '效果']]),
};

interface Entry { name: string; parent?: string }

/** Per framework and level: stem → the category's name (and a 二级's 一级). */
const INDEX = new Map(FRAMEWORK_IDS.map((id) => {
  const levels: [Map<string, Entry>, Map<string, Entry>] = [new Map(), new Map()];
  for (const { name, children } of FRAMEWORKS[id].categories) {
    levels[0].set(stemOf(name), { name });
    for (const child of children) levels[1].set(stemOf(child), { name: child, parent: name });
  }
  return [id, levels] as const;
}));

function stemOf(name: string): string {
  return name.replace(/指标$/u, '');
}

// Numbering some templates put before a category (一、产出指标, (一)产出指标, 1.产出指标) and the weight some put
// after it (产出指标(40分)): layout, not the name.
const ENUMERATOR = /^(\(?[一二三四五六七八九十]+[)、.]|\(\d+\)|\d+[、.](?!\d))/u;
const WEIGHT = /\(\d+(\.\d+)?(分|%)?\)/gu;

/** The name as compared: width, spacing, numbering, a weight and a closing colon do not count. */
function keyOf(text: string): string {
  return compact(text).replace(ENUMERATOR, '').replace(WEIGHT, '').replace(/[:：]$/u, '');
}

export interface CategoryName {
  /** The category's name as the framework writes it: 可持续影响指标. */
  name: string;
  level: 1 | 2;
  /** For a 二级: the 一级 it belongs under. */
  parent?: string;
  /** Written otherwise than the framework writes it (not merely X for X指标): 可持续性影响, 产出(工作量)指标. */
  variant: boolean;
  framework: FrameworkId;
}

function resolveUncached(framework: FrameworkId, text: string, level: 1 | 2): CategoryName | null {
  const key = keyOf(text);
  const bare = key.replace(/\([^()]*\)/gu, '');
  const suffixed = bare.endsWith('指标');
  const written = stemOf(bare);
  let stem = (level === 1 && RENAMED[framework].get(written)) || written;
  for (const v of VARIANTS) {
    if (v.level === level && (suffixed || !v.suffixed) && v.re.test(stem)) {
      stem = v.stem;
      break;
    }
  }
  const entry = INDEX.get(framework)![level - 1].get(stem);
  if (!entry || written === '') return null;
  return { ...entry, level, framework, variant: stem !== written || bare !== key };
}

// Every row names its categories again: each name is resolved once per level, in every framework at once (the
// rules ask of one framework, or of each in turn).
const RESOLVED = ([1, 2] as const).map((level) => memoize((text) => FRAMEWORK_IDS.map((id) => resolveUncached(id, text, level))));

/** The category a name stands for at a level, in each framework (in FRAMEWORK_IDS' order). */
function resolvedAll(text: string, level: 1 | 2): ReadonlyArray<CategoryName | null> {
  return RESOLVED[level - 1](text);
}

function resolveIn(framework: FrameworkId, text: string, level: 1 | 2): CategoryName | null {
  return resolvedAll(text, level)[FRAMEWORK_IDS.indexOf(framework)];
}

/**
 * The category a 一级 (level 1) or 二级 (level 2) name stands for, in the framework, or in any (preferring one that
 * writes it so: 效果指标 is Hebei's own name, not a variant); null when no framework knows it at that level.
 */
export function resolveCategory(text: string, level: 1 | 2, framework: FrameworkChoice = 'any'): CategoryName | null {
  if (framework !== 'any') return resolveIn(framework, text, level);
  let found: CategoryName | null = null;
  for (const r of resolvedAll(text, level)) {
    if (r && !r.variant) return r;
    found ??= r;
  }
  return found;
}

/** The standard form of a category name (可持续性影响 → 可持续影响指标, 社会效益 → 社会效益指标); null if unknown. */
export function standardCategoryName(text: string, level: 1 | 2, framework: FrameworkChoice = 'any'): string | null {
  return resolveCategory(text, level, framework)?.name ?? null;
}

/** The frameworks that write this name as it is (X or X指标) at the level: 效果指标 → hebei; 数量指标 → all three. */
export function frameworksOf(text: string, level: 1 | 2): FrameworkId[] {
  const all = resolvedAll(text, level);
  return FRAMEWORK_IDS.filter((_, k) => all[k] !== null && !all[k]!.variant);
}

/** Whether the 二级 belongs under the 一级 in the framework (in some framework, for 'any'). */
export function belongsUnder(level1: string, level2: string, framework: FrameworkChoice = 'any'): boolean {
  const parents = resolvedAll(level1, 1), children = resolvedAll(level2, 2);
  return FRAMEWORK_IDS.some((id, k) => (framework === 'any' || framework === id)
    && parents[k] !== null && children[k] !== null && children[k]!.parent === parents[k]!.name);
}

/** The framework a form's categories follow best: most rows named exactly as it names them, standard on a tie. */
export function inferFramework(rows: Iterable<{ level1: string; level2: string }>): FrameworkId {
  const score = FRAMEWORK_IDS.map(() => 0);
  for (const { level1, level2 } of rows) {
    const parents = resolvedAll(level1, 1), children = resolvedAll(level2, 2);
    FRAMEWORK_IDS.forEach((_, k) => {
      const parent = parents[k], child = children[k];
      if (parent && !parent.variant) score[k]++;
      if (child && !child.variant && child.parent === parent?.name) score[k]++;
    });
  }
  return FRAMEWORK_IDS.reduce((best, id, k) => (score[k] > score[FRAMEWORK_IDS.indexOf(best)] ? id : best));
}

/** The categories a form following the framework should hold an indicator of. */
export function requiredCategories(framework: FrameworkId): readonly string[] {
  return FRAMEWORKS[framework].required;
}

/** The 一级 names of a framework (of every framework, for 'any', each once). */
export function level1Names(framework: FrameworkChoice): string[] {
  const ids = framework === 'any' ? FRAMEWORK_IDS : [framework];
  return [...new Set(ids.flatMap((id) => FRAMEWORKS[id].categories.map((c) => c.name)))];
}

/** The 二级 names under a 一级 (standard name) in a framework (in every framework, for 'any'). */
export function level2Names(level1: string, framework: FrameworkChoice): string[] {
  const ids = framework === 'any' ? FRAMEWORK_IDS : [framework];
  return [...new Set(ids.flatMap((id) => FRAMEWORKS[id].categories.filter((c) => c.name === level1).flatMap((c) => c.children)))];
}

/**
 * What a 二级 category says its indicators measure: someone's satisfaction (服务对象满意度指标), or money (成本指标,
 * 经济成本指标; not 社会成本 or 生态环境成本, which the 2021 guideline measures in their own terms). Null for the rest.
 */
export const categoryMeasure: (level2: string) => 'satisfaction' | 'money' | null = memoize((level2) => {
  const key = keyOf(level2);
  if (/满意/u.test(key)) return 'satisfaction';
  if (/成本/u.test(key) && !/(社会|生态|环境)成本/u.test(key)) return 'money';
  return null;
});

/**
 * 1 when the text names a 一级指标 category, 2 when it names a 二级指标 one, else null (满意度指标 is both: 1). For
 * readers finding category columns by their contents: a 一级 counts only written with 指标, since 产出 or 效益 alone
 * are words a wrapped line may well end with.
 */
export function categoryLevelOf(text: string): 1 | 2 | null {
  if (keyOf(text).replace(/\([^()]*\)/gu, '').endsWith('指标') && resolveCategory(text, 1)) return 1;
  return resolveCategory(text, 2) ? 2 : null;
}

/** The `framework` option every category rule takes (the presets ptlint:mof-2021 and ptlint:hebei set it). */
export const FRAMEWORK_OPTION = {
  options: {
    type: 'object',
    properties: { framework: { enum: [...FRAMEWORK_CHOICES] } },
    additionalProperties: false,
  },
  defaultOptions: { framework: 'any' },
};
