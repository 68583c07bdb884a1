// One line per finding, as compilers print them (file:line:col: severity message [rule]), for editors and grep.
import { relative } from 'node:path';
import type { Formatter } from './types.js';

export const compact: Formatter = (results, { cwd }) => {
  const lines: string[] = [];
  for (const r of results) {
    const file = relative(cwd, r.filePath) || r.filePath;
    for (const d of r.diagnostics) {
      // Word and Excel have no lines: their place (表3 第5行第4列, Sheet1!C12) stands where line:col would.
      const where = d.loc?.place ?? `${d.loc?.line ?? 1}:${d.loc?.column ?? 1}`;
      lines.push(`${file}:${where}: ${d.severity} ${d.message.replace(/\s*[\r\n]+\s*/g, ' ')} [${d.ruleId}]`);
    }
  }
  return lines.length ? lines.join('\n') + '\n' : '';
};
