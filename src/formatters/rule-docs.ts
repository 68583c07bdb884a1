// The rule pages (docs/rules/<id>.md, shipped with the package) as reports quote them.
import { existsSync, readFileSync } from 'node:fs';
import { packagePath } from '../package-root.js';

/** A rule's page, or undefined for a rule without one (a plugin's). */
export function rulePage(id: string): string | undefined {
  const file = packagePath('docs', 'rules', `${id}.md`);
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}

/** A `## heading` section of a rule page, without its heading. */
export function ruleDocSection(page: string, heading: string): string {
  const start = page.indexOf(`\n## ${heading}`);
  if (start < 0) return '';
  const body = page.slice(page.indexOf('\n', start + 1) + 1);
  const end = body.search(/^## /m);
  return (end < 0 ? body : body.slice(0, end)).trim();
}
