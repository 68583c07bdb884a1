// GitHub Actions workflow commands: each finding becomes an annotation on the file and line in the pull request.
// Escaping follows @actions/core: %, CR and LF in the message; also : and , in property values.
import { relative, sep } from 'node:path';
import type { Severity } from '../engine/rule.js';
import type { Formatter } from './types.js';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

export const escapeData = (s: string): string => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
export const escapeProperty = (s: string): string => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

export const github: Formatter = (results, { cwd }) => {
  const lines: string[] = [];
  for (const r of results) {
    const file = (relative(cwd, r.filePath) || r.filePath).split(sep).join('/');
    for (const d of r.diagnostics) {
      const props: Array<[string, string | number]> = [['file', file]];
      const loc = d.loc;
      // Word and Excel places have no line: the annotation goes on the file, the place into the message.
      if (loc && !loc.place) props.push(['line', loc.line], ['col', loc.column], ['endLine', loc.endLine], ['endColumn', loc.endColumn]);
      props.push(['title', `ptlint(${d.ruleId})`]);
      const message = loc?.place ? `${loc.place}: ${d.message}` : d.message;
      lines.push(`::${COMMAND[d.severity]} ${props.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(',')}::${escapeData(message)}`);
    }
  }
  return lines.length ? lines.join('\n') + '\n' : '';
};
