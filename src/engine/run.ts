// Runs the enabled rules over read documents and turns their reports into diagnostics.
import type { Directive, ReadResult } from '../readers/types.js';
import type { Loc, SourceMap } from '../model/source.js';
import type { Document } from '../model/types.js';
import { documentNode } from './nodes.js';
import { DEFAULT_ANALYSIS, type Analysis } from '../model/analysis.js';
import { disabledCheck } from './directives.js';
import { localize, type Locale } from './i18n.js';
import type { AnyRule, DocumentNode, Node, Report, RuleContext, RunFile, Severity } from './rule.js';
import type { Carry } from './file-check.js';
import { compareDiagnostics, type Diagnostic, type RowContext } from './diagnostic.js';

export interface RuleSetting {
  severity: Severity;
  options: Record<string, unknown>;
}

export interface LintUnit {
  file: string;
  read: ReadResult;
  /** The rules on for this file. */
  settings: Map<string, RuleSetting>;
  /** The analysis as this file's config extends it; the built-in one when absent. */
  analysis?: Analysis;
  /** The Document's nodes, where the caller made them already (for run-scope rules' collect too). */
  node?: DocumentNode;
}

/**
 * Diagnostics of every unit, in the units' order; each list in reading order. Every rule but the run-scope ones,
 * which look at every file of a run at once (collectRunScope, runRunScope).
 */
export function runRules(units: LintUnit[], rules: Map<string, AnyRule>, locale: Locale): Diagnostic[][] {
  const out = units.map((): Diagnostic[] => []);
  const nodes = units.map((unit) => unit.node ?? (unit.read.document && documentNode(unit.read.document.source ?? unit.file, unit.read.document)));
  const targets = units.map(({ settings, read }): Target => ({ settings, sourceMap: read.sourceMap, directives: read.directives, encode: read.encode }));
  // A handful of units at most (one per file checked): a search beats a map.
  const emit = emitter(targets, out, (doc) => { const u = nodes.indexOf(doc); return u < 0 ? undefined : u; }, locale);
  units.forEach((unit, u) => {
    const node = nodes[u];
    if (!node) return;
    const analysis = unit.analysis ?? DEFAULT_ANALYSIS;
    for (const { rule, options } of planOf(unit.settings, rules)) {
      const ctx: RuleContext<Record<string, unknown>> = { options, analysis, report: (r) => emit(rule, r) };
      try {
        if (rule.meta.scope === 'document') rule.check(node, ctx);
        else for (const form of node.forms) {
          if (rule.meta.scope === 'form') rule.check(form, ctx);
          else for (const indicator of form.indicators) rule.check(indicator, ctx);
        }
      } catch (error) {
        // One failing rule must not stop the others: say so on the file, and go on.
        out[u].push(ruleFailure(rule.meta.id, error));
      }
    }
  });
  for (const list of out) list.sort(compareDiagnostics);
  return out;
}

/** The rules a unit's settings have on, but run-scope ones, in the registry's order, with their options. */
type Plan = Array<{ rule: AnyRule; options: Record<string, unknown> }>;

/** Made once per settings and registry: the files of one config share their settings. */
const plans = new WeakMap<Map<string, RuleSetting>, WeakMap<Map<string, AnyRule>, Plan>>();
function planOf(settings: Map<string, RuleSetting>, rules: Map<string, AnyRule>): Plan {
  let byRules = plans.get(settings);
  if (!byRules) plans.set(settings, (byRules = new WeakMap()));
  let plan = byRules.get(rules);
  if (!plan) {
    plan = [];
    for (const rule of rules.values()) {
      const setting = settings.get(rule.meta.id);
      if (setting && rule.meta.scope !== 'run') plan.push({ rule, options: optionsOf(rule, setting) });
    }
    byRules.set(rules, plan);
  }
  return plan;
}

/**
 * What each run-scope rule on (`settings`) collects of a document, by rule id, and the findings of any that
 * failed on it. A rule without `collect` keeps nothing: it reads the nodes of every file.
 */
export function collectRunScope(node: DocumentNode, settings: Map<string, RuleSetting>, rules: Map<string, AnyRule>,
  analysis: Analysis | undefined): { collected: Record<string, unknown>; failures: Diagnostic[] } {
  const collected: Record<string, unknown> = {};
  const failures: Diagnostic[] = [];
  for (const [id, setting] of settings) {
    const rule = rules.get(id);
    if (rule?.meta.scope !== 'run' || !rule.collect) continue;
    try {
      collected[id] = rule.collect(node, { options: optionsOf(rule, setting), analysis: analysis ?? DEFAULT_ANALYSIS });
    } catch (error) {
      failures.push(ruleFailure(id, error));
    }
  }
  return { collected, failures };
}

/** A file in the run-scope pass: what its check carried, and the file read again, when it must be. */
export interface RunUnit {
  carry: Carry;
  /** The run-scope rules on for this file. */
  settings: Map<string, RuleSetting>;
  analysis?: Analysis;
  /** The file read again (from the bytes the run holds, else from disk); undefined when it no longer reads. */
  reread(): ReadResult | undefined;
}

/**
 * The run-scope rules over every unit, each rule once, with the options of the first file that has it on; the
 * findings of every unit, in the units' order. A unit is read again only when a rule asks for its nodes and its
 * check kept no rows, or a finding's place was not kept.
 */
export function runRunScope(units: RunUnit[], rules: Map<string, AnyRule>, locale: Locale): Diagnostic[][] {
  const out = units.map((): Diagnostic[] => []);
  const again = units.map((): ReadResult | undefined | null => null);
  const readAgain = (u: number) => (again[u] === null ? (again[u] = units[u].reread()) : again[u]);
  const nodes = new Array<DocumentNode | undefined>(units.length);
  const unitOf = new Map<DocumentNode, number>();
  const nodeOf = (u: number): DocumentNode => {
    let node = nodes[u];
    if (!node) {
      const { carry } = units[u];
      const document = carry.document ?? readAgain(u)?.document ?? { forms: [] };
      unitOf.set((node = nodes[u] = documentNode(carry.source, document)), u);
    }
    return node;
  };
  const targets = units.map(({ carry, settings }, u): Target => ({
    settings,
    directives: carry.directives,
    sourceMap: { locate: (pointer) => carry.places?.[pointer] ?? readAgain(u)?.sourceMap.locate(pointer) },
  }));
  const emit = emitter(targets, out, (doc) => unitOf.get(doc), locale);
  for (const rule of rules.values()) {
    if (rule.meta.scope !== 'run') continue;
    const on = units.flatMap((unit, u) => (unit.settings.has(rule.meta.id) ? [u] : []));
    if (on.length === 0) continue;
    const files: Array<RunFile<unknown>> = on.map((u) => ({
      file: units[u].carry.source,
      data: units[u].carry.collected[rule.meta.id],
      get node() { return nodeOf(u); },
    }));
    const first = on[0];
    const ctx: RuleContext<Record<string, unknown>> = {
      options: optionsOf(rule, units[first].settings.get(rule.meta.id)!),
      analysis: units[first].analysis ?? DEFAULT_ANALYSIS,
      report: (r) => emit(rule, r),
    };
    try {
      rule.check(files, ctx);
    } catch (error) {
      out[first].push(ruleFailure(rule.meta.id, error));
    }
  }
  for (const list of out) list.sort(compareDiagnostics);
  return out;
}

/** What a finding needs of the unit it is on. */
interface Target {
  settings: Map<string, RuleSetting>;
  sourceMap: SourceMap;
  directives: Directive[];
  /** For fixes: how the source writes a value (ReadResult.encode). */
  encode?: ReadResult['encode'];
}

type Emit = (rule: AnyRule, report: Report) => void;

/** Turns a rule's reports into diagnostics on the unit of the reported node (`unitOf` its document node). */
function emitter(targets: Target[], out: Diagnostic[][], unitOf: (doc: DocumentNode) => number | undefined, locale: Locale): Emit {
  const disabled = targets.map((target) => disabledCheck(target.directives));
  return (rule, report) => {
    const doc = docOf(report.node);
    const u = unitOf(doc);
    if (u === undefined) return;
    const target = targets[u];
    const setting = target.settings.get(rule.meta.id);
    if (!setting) return;
    const pointer = report.node.pointer + (report.field ? '/' + report.field : '');
    const loc = target.sourceMap.locate(pointer);
    if (disabled[u](rule.meta.id, loc?.line)) return;
    const template = rule.meta.messages[report.messageId];
    if (!template) throw new Error(`rule ${rule.meta.id} has no message "${report.messageId}"`);
    out[u].push({
      ruleId: rule.meta.id,
      severity: setting.severity,
      message: localize(template, locale, report.data),
      loc,
      ...subjectOf(report),
      pointer,
      ...fixOf(target.encode, doc.document, report, pointer, loc),
    });
  };
}

/** A setting's options over the rule's defaults, merged once per setting (settings are shared by files). */
const merged = new WeakMap<RuleSetting, Record<string, unknown>>();
function optionsOf(rule: AnyRule, setting: RuleSetting): Record<string, unknown> {
  let options = merged.get(setting);
  if (!options) merged.set(setting, (options = { ...rule.meta.defaultOptions, ...setting.options }));
  return options;
}

/**
 * A report's fix as a replacement of source text: only where the source map places the field itself (not an
 * ancestor), the field holds text, and the reader can write the new text there.
 */
function fixOf(encode: ReadResult['encode'], document: Document, report: Report, pointer: string, loc: Loc | undefined): Pick<Diagnostic, 'fix'> {
  if (!report.fix || !encode || !report.field || loc?.offset === undefined || loc.endOffset === undefined) return {};
  const current = textAt(document, pointer);
  if (current === undefined || current === report.fix.text) return {};
  const text = encode(report.fix.text, loc, current);
  return text === undefined ? {} : { fix: { range: [loc.offset, loc.endOffset], text } };
}

/** The text of the field at a pointer: a string, or an indicator value's text. */
function textAt(document: Document, pointer: string): string | undefined {
  let at: unknown = document;
  for (const part of pointer.split('/').slice(1)) {
    if (at === null || typeof at !== 'object') return undefined;
    at = (at as Record<string, unknown>)[part.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  if (at !== null && typeof at === 'object' && typeof (at as { text?: unknown }).text === 'string') return (at as { text: string }).text;
  return typeof at === 'string' ? at : undefined;
}

function docOf(node: Node): DocumentNode {
  return node.kind === 'document' ? node : node.kind === 'form' ? node.doc : node.parent.doc;
}

function subjectOf(report: Report): Pick<Diagnostic, 'form' | 'indicator' | 'category' | 'row'> {
  const { node } = report;
  if (node.kind === 'document') return { form: null, indicator: null, category: report.category ?? null };
  const formNode = node.kind === 'form' ? node : node.parent;
  const form = formNode.form.name || formNode.form.title || null;
  if (node.kind === 'form') return { form, indicator: null, category: report.category ?? null };
  const { level1, level2, name, description, value, basis } = node.indicator;
  const row: RowContext = { level1, level2, name };
  if (description !== undefined) row.description = description;
  if (value !== undefined) row.value = value.text;
  if (basis !== undefined) row.basis = basis;
  return { form, indicator: name || null, category: report.category ?? (level2 || null), row };
}

function ruleFailure(ruleId: string, error: unknown): Diagnostic {
  const detail = error instanceof Error ? error.message : String(error);
  return {
    ruleId: 'rule-error', severity: 'error', message: `${ruleId}: ${detail}`, loc: undefined,
    form: null, indicator: null, category: null, pointer: null,
  };
}

