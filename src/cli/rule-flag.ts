// --rule id:severity, or id:[severity, {options}] in JSON.
import type { RuleEntries, RuleEntry } from '../engine/presets.js';

const SEVERITIES = ['off', 'info', 'warn', 'error'];

export function parseRuleFlags(flags: string[]): { entries: RuleEntries } | { error: string } {
  const entries: RuleEntries = {};
  for (const flag of flags) {
    const at = flag.indexOf(':');
    const id = flag.slice(0, at).trim();
    const rest = flag.slice(at + 1).trim();
    let entry: RuleEntry | undefined;
    if (SEVERITIES.includes(rest)) entry = rest as RuleEntry;
    else {
      try {
        const parsed: unknown = JSON.parse(rest);
        if (Array.isArray(parsed) && SEVERITIES.includes(parsed[0]) && (parsed[1] === undefined || typeof parsed[1] === 'object')) {
          entry = parsed as RuleEntry;
        }
      } catch { /* not JSON: reported below */ }
    }
    if (at <= 0 || !entry) return { error: `--rule 的值「${flag}」无效：应写作「规则:级别」，如 value-vague:off · invalid --rule "${flag}": write rule:severity, e.g. value-vague:off` };
    entries[id] = entry;
  }
  return { entries };
}
