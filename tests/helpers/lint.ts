// Builders and a one-rule runner for rule tests: documents built in memory, no reader involved.
import type { Document, Form, Indicator } from '../../src/model/types.js';
import { parseValue } from '../../src/model/value.js';
import { PointerMap } from '../../src/model/source.js';
import { collectRunScope, runRules, runRunScope } from '../../src/engine/run.js';
import { documentNode } from '../../src/engine/nodes.js';
import type { AnyRule } from '../../src/engine/rule.js';
import type { Diagnostic } from '../../src/engine/diagnostic.js';
import type { Locale } from '../../src/engine/i18n.js';

type IndicatorInput = Omit<Partial<Indicator>, 'value'> & { value?: string };

/** An indicator row; `value` is given as text and parsed as a reader would. */
export function indicator(input: IndicatorInput = {}): Indicator {
  const { value, ...rest } = input;
  return {
    level1: '产出指标', level2: '数量指标', name: '', description: '', basis: '',
    ...rest,
    ...(value === undefined ? { value: parseValue('') } : { value: parseValue(value) }),
  };
}

export function form(input: Omit<Partial<Form>, 'indicators'> & { indicators?: IndicatorInput[] } = {}): Form {
  const { indicators = [], ...rest } = input;
  return { kind: 'project', name: '测试项目', indicators: indicators.map(indicator), ...rest };
}

export function doc(forms: Form[], info: Partial<Document> = {}): Document {
  return { moneyUnit: '万元', ...info, forms };
}

/** Runs one rule over documents (or one document's forms) and returns its diagnostics, all files together. */
export function lint(rule: AnyRule, input: Document[] | Form[], options: Record<string, unknown> = {},
  locale: Locale = 'zh-CN'): Diagnostic[] {
  const docs = isForms(input) ? [doc(input)] : input;
  const settings = new Map([[rule.meta.id, { severity: 'error' as const, options }]]);
  const rules = new Map([[rule.meta.id, rule]]);
  const files = docs.map((document, i) => ({ file: `doc${i}.yaml`, document }));
  if (rule.meta.scope !== 'run') {
    const units = files.map(({ file, document }) => ({
      file, read: { document, sourceMap: new PointerMap(), directives: [], problems: [] }, settings,
    }));
    return runRules(units, rules, locale).flat();
  }
  // As a run does: each file's collect, then the rule over all of them.
  return runRunScope(files.map(({ file, document }) => {
    const { collected, failures } = collectRunScope(documentNode(file, document), settings, rules, undefined);
    if (failures.length) throw new Error(failures[0].message);
    return { carry: { source: file, collected, document, directives: [] }, settings, reread: () => undefined };
  }), rules, locale).flat();
}

function isForms(input: Document[] | Form[]): input is Form[] {
  return input.length > 0 && 'indicators' in input[0];
}
