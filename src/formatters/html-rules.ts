// What the HTML report says about a rule: its one-line description and why it matters, from the rule's page in
// docs/rules/ (shipped with the package). Reader, config and rule problems have no page: engine/problems.ts says.
import { builtinRules } from '../../rules/index.js';
import type { Locale } from '../engine/i18n.js';
import { PROBLEMS } from '../engine/problems.js';
import { ruleDocSection, rulePage } from './rule-docs.js';

export interface RuleExplanation {
  title: string;
  why: string;
}

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
