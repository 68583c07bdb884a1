// The shared analysis, as one configuration extends it: a province adds its own units, vague phrases, generic
// indicators and measure words in `.ptlintrc.yaml` (`lexicon:`), without code. Rules reach it through their
// context (context.analysis), so every rule sees the same words.
import type { Indicator } from './types.js';
import { findBudgetManagementTerm, findVaguePhrase, isGenericIndicator } from './lexicon.js';
import { namesChange } from './bounds.js';
import { measureReader, mentionsMeasure, type Measure, type MeasureKeywords, type MeasureReading } from './measure.js';
import { unitKind, type UnitKind } from './units.js';
import { memoize } from './memo.js';
import { compact } from './text.js';

/** The `lexicon` section of a configuration. */
export interface LexiconSettings {
  /** More phrases that make a value unmeasurable. */
  vague?: string[];
  /** More indicators any project may carry (not copies). */
  generic?: string[];
  /** More units, by kind: { count: [床, 张床位] }. */
  units?: Partial<Record<UnitKind, string[]>>;
  /** More words naming what an indicator measures: { rate: [达标度] }. */
  measures?: Partial<Record<Measure, string[]>>;
  /** More words naming a change or a return, whose percentage may pass 100%: [增收幅度]. */
  growth?: string[];
  /** More terms naming budget management rather than performance: [资金使用率]. */
  budgetManagement?: string[];
}

export interface Analysis {
  readonly lexicon: LexiconSettings;
  unitKind(unit: string): UnitKind | null;
  measureOfText(text: string | null | undefined): Measure | null;
  readMeasure(indicator: Pick<Indicator, 'name' | 'description' | 'level2'>): MeasureReading | null;
  /** The measure a text's head noun names, where a keyword closes the text (矛盾纠纷排查率); null for a sentence. */
  headMeasure(text: string | null | undefined): Measure | null;
  /** Whether a text names the measure anywhere, not only as its head noun (群众满意数量占总数的比例). */
  mentionsMeasure(text: string | null | undefined, measure: Measure): boolean;
  vaguePhrase(text: string, extra?: readonly string[]): string | null;
  /** Whether an indicator is one any project may carry: a generic one, or budget management (资金拨付到位率). */
  isGeneric(name: string, extra?: readonly string[]): boolean;
  /** Whether a text names a change or a return (增长率, 较上年提高), whose percentage may pass 100%. */
  namesChange(text: string | null | undefined): boolean;
  /** The budget-management term (预算执行, 资金到位) an indicator name holds, or null. */
  budgetManagementTerm(name: string): string | null;
}

export function createAnalysis(lexicon: LexiconSettings = {}): Analysis {
  const units = new Map<string, UnitKind>();
  for (const [kind, words] of Object.entries(lexicon.units ?? {}) as Array<[UnitKind, string[]]>) {
    for (const w of words) units.set(compact(w), kind);
  }
  const measures: MeasureKeywords = (Object.entries(lexicon.measures ?? {}) as Array<[Measure, string[]]>)
    .flatMap(([measure, words]) => words.map((w) => [compact(w), measure] as const));
  const vague = lexicon.vague ?? [];
  const generic = lexicon.generic ?? [];
  const growth = lexicon.growth ?? [];
  const budgetManagement = lexicon.budgetManagement ?? [];
  // Answers that rules ask for again and again (the same units; a value's text, by several value rules; a vague
  // phrase, which takes hundreds of searches to find) are remembered per analysis (one per configuration), and
  // for the words a rule's options add, per list of them.
  const reader = measureReader(measures);
  const unitKindOf = memoize((unit) => unitKind(unit, units));
  const change = memoize((text) => namesChange(text, growth));
  // Asked of every name twice (is it budget management; is it generic, budget management being so).
  const budgetTerm = memoize((name) => findBudgetManagementTerm(name, budgetManagement));
  const vagueBy = byExtra((extra) => {
    const words = [...vague, ...extra];
    return memoize((text) => findVaguePhrase(text, words));
  });
  return {
    lexicon,
    unitKind: unitKindOf,
    measureOfText: reader.measure,
    readMeasure: reader.read,
    headMeasure: reader.head,
    mentionsMeasure: (text, measure) => mentionsMeasure(text, measure, measures),
    vaguePhrase: (text, extra = []) => vagueBy(extra)(text),
    isGeneric: (name, extra = []) => isGenericIndicator(name, extra.length ? [...generic, ...extra] : generic)
      || budgetTerm(name) !== null,
    namesChange: (text) => !!text && change(text),
    budgetManagementTerm: budgetTerm,
  };
}

/** One function per list of extra words (by content: options objects are rebuilt for every file). */
function byExtra<F>(make: (extra: readonly string[]) => F): (extra: readonly string[]) => F {
  const made = new Map<string, F>();
  return (extra) => {
    const key = extra.length === 0 ? '' : JSON.stringify(extra);
    let f = made.get(key);
    if (!f) made.set(key, (f = make(extra)));
    return f;
  };
}

/** The analysis with the built-in words only. */
export const DEFAULT_ANALYSIS: Analysis = createAnalysis();

/** Lexicons of a config chain, later ones adding to earlier ones. */
export function mergeLexicons(base: LexiconSettings, more: LexiconSettings): LexiconSettings {
  const mergeRecord = <K extends string>(a: Partial<Record<K, string[]>> = {}, b: Partial<Record<K, string[]>> = {}) => {
    const out: Partial<Record<K, string[]>> = { ...a };
    for (const [k, words] of Object.entries(b) as Array<[K, string[]]>) out[k] = [...(out[k] ?? []), ...words];
    return out;
  };
  return {
    vague: [...(base.vague ?? []), ...(more.vague ?? [])],
    generic: [...(base.generic ?? []), ...(more.generic ?? [])],
    growth: [...(base.growth ?? []), ...(more.growth ?? [])],
    budgetManagement: [...(base.budgetManagement ?? []), ...(more.budgetManagement ?? [])],
    units: mergeRecord(base.units, more.units),
    measures: mergeRecord(base.measures, more.measures),
  };
}
