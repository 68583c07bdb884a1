// Runs the enabled rules over read documents and turns their reports into diagnostics.
import type { ReadResult } from '../readers/types.js';
import type { Loc } from '../model/source.js';
import type { Document } from '../model/types.js';
import { documentNode } from './nodes.js';
import { DEFAULT_ANALYSIS, type Analysis } from '../model/analysis.js';
import { disabledCheck } from './directives.js';
import { localize, type Locale } from './i18n.js';
import type { AnyRule, DocumentNode, Node, Report, RuleContext, Severity } from './rule.js';
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
}

/** Diagnostics of every unit, in the units' order; each list in reading order. */
export function runRules(units: LintUnit[], rules: Map<string, AnyRule>, locale: Locale): Diagnostic[][] {
  const out = units.map((): Diagnostic[] => []);
  const docs: Array<{ node: DocumentNode; unit: number }> = [];
  units.forEach((unit, u) => {
    if (unit.read.document) docs.push({ node: documentNode(unit.read.document.source ?? unit.file, unit.read.document), unit: u });
  });
  const unitOf = new Map(docs.map((d) => [d.node, d.unit]));
  const disabled = units.map((unit) => disabledCheck(unit.read.directives));

  const emit = (rule: AnyRule, report: Report) => {
    const doc = docOf(report.node);
    const u = unitOf.get(doc);
    if (u === undefined) return;
    const setting = units[u].settings.get(rule.meta.id);
    if (!setting) return;
    const pointer = report.node.pointer + (report.field ? '/' + report.field : '');
    const loc = units[u].read.sourceMap.locate(pointer);
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
      ...fixOf(units[u].read, report, pointer, loc),
    });
  };

  // The rules on for some unit: a run-scope pass over every file has one or two of thirty on.
  const on: { has(id: string): boolean } = units.length === 1 ? units[0].settings : rulesOn(units);
  for (const rule of rules.values()) {
    if (!on.has(rule.meta.id)) continue;
    const guarded = (unit: number, run: (ctx: RuleContext<Record<string, unknown>>) => void, setting: RuleSetting) => {
      const ctx: RuleContext<Record<string, unknown>> = {
        options: optionsOf(rule, setting),
        analysis: units[unit].analysis ?? DEFAULT_ANALYSIS,
        report: (r) => emit(rule, r),
      };
      try {
        run(ctx);
      } catch (error) {
        // One failing rule must not stop the others: say so on the file, and go on.
        out[unit].push(ruleFailure(rule.meta.id, error));
      }
    };
    if (rule.meta.scope === 'run') {
      const first = docs.find((d) => units[d.unit].settings.has(rule.meta.id));
      if (first) guarded(first.unit, (ctx) => rule.check(docs.map((d) => d.node), ctx), units[first.unit].settings.get(rule.meta.id)!);
      continue;
    }
    for (const { node, unit } of docs) {
      const setting = units[unit].settings.get(rule.meta.id);
      if (!setting) continue;
      guarded(unit, (ctx) => {
        if (rule.meta.scope === 'document') rule.check(node, ctx);
        else for (const form of node.forms) {
          if (rule.meta.scope === 'form') rule.check(form, ctx);
          else for (const indicator of form.indicators) rule.check(indicator, ctx);
        }
      }, setting);
    }
  }
  for (const list of out) list.sort(compareDiagnostics);
  return out;
}

function rulesOn(units: LintUnit[]): Set<string> {
  const on = new Set<string>();
  // Files of one config share their settings: each is looked at once.
  for (const settings of new Set(units.map((unit) => unit.settings))) for (const id of settings.keys()) on.add(id);
  return on;
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
function fixOf(read: ReadResult, report: Report, pointer: string, loc: Loc | undefined): Pick<Diagnostic, 'fix'> {
  if (!report.fix || !read.encode || !report.field || loc?.offset === undefined || loc.endOffset === undefined) return {};
  const current = textAt(docOf(report.node).document, pointer);
  if (current === undefined || current === report.fix.text) return {};
  const text = read.encode(report.fix.text, loc, current);
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

