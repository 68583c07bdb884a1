// What the HTML report says about a rule: its one-line description and why it matters, from the rule's page in
// docs/rules/ (shipped with the package). Reader and config problems have no page: their explanations are here.
import { builtinRules } from '../../rules/index.js';
import type { Locale, Localized } from '../engine/i18n.js';
import { ruleDocSection, rulePage } from './rule-docs.js';

export interface RuleExplanation {
  title: string;
  why: string;
}

const PROBLEMS: Record<string, { title: Localized; why: Localized }> = {
  'read-error': {
    title: { 'zh-CN': '文件无法读取', en: 'A file cannot be read' },
    why: {
      'zh-CN': '文件打不开、过大或已损坏，其中的表单都没有检查。请确认文件完整，重新导出或另存后再提交。',
      en: 'The file cannot be opened, is too large or is damaged, so none of its forms were checked. Check the file, export or save it again and resubmit.',
    },
  },
  'parse-error': {
    title: { 'zh-CN': '文件无法识别为绩效目标表', en: 'A file cannot be parsed as a performance-target form' },
    why: {
      'zh-CN': '文件中找不到可识别的绩效目标表（表头或指标表缺失、格式被改动），表中的内容都没有检查。请按统一模板填写后再提交。',
      en: 'No performance-target form could be recognised in the file (its header or indicator table is missing or reshaped), so nothing in it was checked. Fill in the standard template and resubmit.',
    },
  },
  'config-error': {
    title: { 'zh-CN': '配置文件有错误', en: 'A config file is wrong' },
    why: {
      'zh-CN': '检查所用的配置文件（.ptlintrc）有误，受影响文件的检查结果可能不完整。这是检查方的问题，请联系发出报告的部门。',
      en: 'The config file (.ptlintrc) used for the check is wrong, so results for the files it covers may be incomplete. This is for whoever ran the check to fix.',
    },
  },
};

/** Markdown inline marks dropped: the report shows plain text, and links would point off the page. */
const plain = (s: string) => s.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/`([^`]*)`/g, '$1').replace(/\*\*?([^*]+)\*\*?/g, '$1');

/** "Why it matters" in the locale: the pages write each section as a Chinese paragraph, then an English one. */
function whyItMatters(id: string, locale: Locale): string {
  const page = rulePage(id);
  if (page === undefined) return '';
  const paragraphs = ruleDocSection(page, '为什么重要 · Why it matters').split(/\n\s*\n/);
  return plain((locale === 'en' ? paragraphs[1] ?? paragraphs[0] : paragraphs[0]).replace(/\s*\n\s*/g, ' ').trim());
}

/** The explanation of each rule id given; a plugin rule ptlint does not know is explained by its id alone. */
export function explainRules(ids: Iterable<string>, locale: Locale): Record<string, RuleExplanation> {
  const rules = builtinRules();
  const out: Record<string, RuleExplanation> = {};
  for (const id of ids) {
    const problem = PROBLEMS[id];
    const rule = rules.get(id);
    out[id] = problem ? { title: problem.title[locale], why: problem.why[locale] }
      : rule ? { title: rule.meta.description[locale], why: whyItMatters(id, locale) }
      : { title: id, why: '' };
  }
  return out;
}
