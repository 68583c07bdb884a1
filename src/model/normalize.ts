// Hand-written data (YAML, JSON) that has passed the schema, made into the canonical Document: the shorthands
// people write are expanded, and every value's parse is derived from its text, never taken on trust.
import type { Document, Form, Indicator } from './types.js';
import { parseValue } from './value.js';

/** What the schema accepts for an indicator's value: its text, a bare number, null (blank) or the full object. */
type RawValue = string | number | null | { text: string };
type RawIndicator = Omit<Indicator, 'value' | 'longTermValue'> & { value?: RawValue; longTermValue?: RawValue };
type RawForm = Omit<Form, 'kind' | 'indicators'> & { kind?: Form['kind']; indicators: RawIndicator[] };
type RawDocument = Omit<Document, 'forms'> & { $schema?: string; forms: RawForm[] };

/** `raw` must have passed checkDocument; the input is not modified. */
export function normalizeDocument(raw: unknown): Document {
  const data = raw as RawDocument;
  // $schema only points editors at the schema; it is not part of the model.
  const document = ('$schema' in data ? withoutSchema(data) : { ...data }) as Document;
  document.forms = data.forms.map(normalizeForm);
  return document;
}

// Copies by spreading, then fields set anew, rather than by rest destructuring ({ value, ...row }): V8 copies a
// rest object property by property in its runtime, a spread in generated code; over ten thousand JSON forms the
// rest copies took as long as JSON.parse.
function normalizeForm(raw: RawForm): Form {
  const form = { kind: 'project', ...raw } as Form;
  form.kind ??= 'project'; // a kind given as undefined
  form.indicators = raw.indicators.map(normalizeIndicator);
  return form;
}

function normalizeIndicator(raw: RawIndicator): Indicator {
  const row = { ...raw } as Indicator;
  // A value given as undefined (by code; JSON and YAML have none) is no value: the row has no such field.
  if (raw.value !== undefined) row.value = parseValue(valueText(raw.value));
  else if ('value' in row) delete row.value;
  if (raw.longTermValue !== undefined) row.longTermValue = parseValue(valueText(raw.longTermValue));
  else if ('longTermValue' in row) delete row.longTermValue;
  return row;
}

function withoutSchema({ $schema: _schema, ...info }: RawDocument): Omit<RawDocument, '$schema'> {
  return info;
}

function valueText(value: RawValue): string | null {
  if (value === null || typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  return value.text;
}
