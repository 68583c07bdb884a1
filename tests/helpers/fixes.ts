// The fix texts a rule reports (Report.fix), without any reader: what the rule asks the field to read.
import type { AnyRule, Report } from '../../src/engine/rule.js';
import { documentNode } from '../../src/engine/nodes.js';
import { DEFAULT_ANALYSIS } from '../../src/model/analysis.js';
import type { Form } from '../../src/model/types.js';
import { doc } from './lint.js';

export function fixesOf(rule: AnyRule, ...forms: Form[]): Array<string | undefined> {
  const reports: Report[] = [];
  const node = documentNode('doc.yaml', doc(forms));
  const context = { options: { ...rule.meta.defaultOptions }, analysis: DEFAULT_ANALYSIS, report: (r: Report) => reports.push(r) };
  for (const f of node.forms) {
    if (rule.meta.scope === 'form') rule.check(f, context);
    else for (const i of f.indicators) rule.check(i, context);
  }
  return reports.map((r) => r.fix?.text);
}
