// The model as YAML for a repository: written as a person would, values as their text (the parse is derived
// again on reading).
import { stringify } from 'yaml';
import type { Document } from '../model/types.js';

export function toYaml(document: Document): string {
  const { source: _source, ...rest } = document;
  const plain = {
    ...rest,
    forms: document.forms.map((form) => ({
      ...form,
      indicators: form.indicators.map(({ value, longTermValue, ...row }) => {
        const out: Record<string, unknown> = { ...row };
        if (value !== undefined) out.value = value.text;
        if (longTermValue !== undefined) out.longTermValue = longTermValue.text;
        // Keep the column order of the table: values after description.
        return orderKeys(out, ['level1', 'level2', 'name', 'description', 'longTermValue', 'value', 'basis', 'weight', 'direction', 'goal']);
      }),
    })),
  };
  return stringify(plain, { lineWidth: 0 });
}

function orderKeys(obj: Record<string, unknown>, order: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of order) if (k in obj) out[k] = obj[k];
  for (const k of Object.keys(obj)) if (!(k in out)) out[k] = obj[k];
  return out;
}
