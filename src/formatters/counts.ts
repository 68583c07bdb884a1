import type { Diagnostic } from '../engine/diagnostic.js';
import type { Severity } from '../engine/rule.js';

export function countBySeverity(diagnostics: Diagnostic[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const d of diagnostics) counts[d.severity]++;
  return counts;
}
