// The rule API: a rule is `meta` plus a check over one kind of node. Positions come from the model's source
// map through the node's pointer, never from the rule.
import type { Document, Form, Indicator } from '../model/types.js';
import type { Localized, MessageData } from './i18n.js';
import type { Analysis } from '../model/analysis.js';

export type Scope = 'indicator' | 'form' | 'document' | 'run';
export type SeveritySetting = 'off' | 'info' | 'warn' | 'error';
export type Severity = 'error' | 'warning' | 'info';

export interface RuleMeta {
  id: string;
  description: Localized;
  /** Severity when a preset turns the rule on without saying one. */
  severity: Exclude<SeveritySetting, 'off'>;
  scope: Scope;
  /** On in ptlint:recommended. */
  recommended: boolean;
  /** JSON Schema of the rule's options object. */
  options?: Record<string, unknown>;
  defaultOptions?: Record<string, unknown>;
  messages: Record<string, Localized>;
  fixable?: boolean;
  // Run scope: where its findings stand, as pointers below a form with `*` for every item of a list
  // (copied-indicator: 'indicators/*/name'). A file checked in a worker thread or kept in the cache keeps these
  // places where its reader had them at hand, and is not read again to place the findings.
  places?: string[];
}

export interface DocumentNode {
  kind: 'document';
  /** The file, as the run names it (relative to the working folder). */
  file: string;
  document: Document;
  pointer: '';
  forms: FormNode[];
}

export interface FormNode {
  kind: 'form';
  doc: DocumentNode;
  form: Form;
  index: number;
  pointer: string;
  indicators: IndicatorNode[];
}

export interface IndicatorNode {
  kind: 'indicator';
  parent: FormNode;
  indicator: Indicator;
  index: number;
  pointer: string;
}

export type Node = DocumentNode | FormNode | IndicatorNode;

export interface Report {
  messageId: string;
  data?: MessageData;
  node: Node;
  /** The field the finding is about, as a pointer below the node: 'value', 'budget/total'. */
  field?: string;
  /** The 二级指标 the finding is about, where the node does not say it. */
  category?: string;
  /** The text the field should read: `--fix` writes it in place of the field's text, where the source can take it. */
  fix?: { text: string };
}

export interface RuleContext<O> {
  readonly options: O;
  /** The shared analysis (units, measures, vague phrases, generic indicators) as the file's config extends it. */
  readonly analysis: Analysis;
  report(report: Report): void;
}

/**
 * A file as a run-scope rule sees it when every file is in: what its `collect` kept of the file, and the file's
 * nodes to report on.
 */
export interface RunFile<C> {
  /** The file, as the run names it (relative to the working folder). */
  readonly file: string;
  /** What `collect` kept; undefined where the rule has none, or it failed on this file (a rule-error there). */
  readonly data: C | undefined;
  /**
   * The file's forms and rows, for the files a rule reports on: kept with the file's check where reading it again
   * would cost a parse (Word, Excel, text exports, Markdown), else read again when asked. A file changed since it
   * was checked gives its rows as they are now, and one that can no longer be read gives no forms.
   */
  readonly node: DocumentNode;
}

/** What `collect` works with: the file's options and analysis, and no reporting. */
export type CollectContext<O> = Omit<RuleContext<O>, 'report'>;

export type TargetOf<S extends Scope, C = unknown> = S extends 'indicator' ? IndicatorNode
  : S extends 'form' ? FormNode
  : S extends 'document' ? DocumentNode
  : Array<RunFile<C>>;

export interface Rule<S extends Scope = Scope, O = Record<string, unknown>, C = unknown> {
  meta: RuleMeta & { scope: S };
  /**
   * Run scope: what the rule needs of one file, worked out where the file is checked (in any thread) and kept
   * until every file is in. Plain data (it crosses threads and goes into the cache file), and as little as will
   * do: a run of tens of thousands of files holds it for all of them.
   */
  collect?: S extends 'run' ? (doc: DocumentNode, context: CollectContext<O>) => C : never;
  check(target: TargetOf<S, C>, context: RuleContext<O>): void;
}

// Any rule, whatever its scope and options: what registries and the runner hold.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyRule = Rule<any, any, any>;

/** Typed identity: lets a rule module infer its target from `meta.scope`. */
export function defineRule<S extends Scope, O = Record<string, unknown>, C = unknown>(rule: Rule<S, O, C>): Rule<S, O, C> {
  return rule;
}
