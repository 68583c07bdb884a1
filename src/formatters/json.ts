// JSON output, in exactly the shape other tools read (see README): keep it stable.
import type { Formatter } from './types.js';
import { countBySeverity } from './counts.js';

export const json: Formatter = (results) => JSON.stringify(results.map((r) => {
  const counts = countBySeverity(r.diagnostics);
  return {
    filePath: r.filePath,
    messages: r.diagnostics.map((d) => ({
      ruleId: d.ruleId,
      severity: d.severity,
      message: d.message,
      line: d.loc?.line ?? 1,
      column: d.loc?.column ?? 1,
      endLine: d.loc?.endLine ?? d.loc?.line ?? 1,
      endColumn: d.loc?.endColumn ?? d.loc?.column ?? 1,
      form: d.form,
      indicator: d.indicator,
      category: d.category,
      // Word and Excel sources have no lines: where to look, as a reviewer says it (表3 第5行第4列, Sheet1!C12).
      ...(d.loc?.place ? { place: d.loc.place } : {}),
    })),
    errorCount: counts.error,
    warningCount: counts.warning,
    // --fix, --fix-dry-run (as ESLint): the file's text with the fixes applied.
    ...(r.fixed ? { output: r.fixed.output } : {}),
  };
}), null, 2);
