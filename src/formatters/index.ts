// Output formats by name; each loads on demand.
import type { Formatter } from './types.js';

const FORMATTERS: Record<string, () => Promise<Formatter>> = {
  stylish: async () => (await import('./stylish.js')).stylish,
  json: async () => (await import('./json.js')).json,
  sarif: async () => (await import('./sarif.js')).sarif,
  github: async () => (await import('./github.js')).github,
  junit: async () => (await import('./junit.js')).junit,
  compact: async () => (await import('./compact.js')).compact,
  html: async () => (await import('./html.js')).html,
};

export const FORMAT_NAMES = Object.keys(FORMATTERS);

export function loadFormatter(name: string): Promise<Formatter> {
  return FORMATTERS[name]();
}
