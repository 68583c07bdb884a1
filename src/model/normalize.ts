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
  // $schema only points editors at the schema; it is not part of the model.
  const { $schema: _schema, forms, ...info } = raw as RawDocument;
  return { ...info, forms: forms.map(normalizeForm) };
}

function normalizeForm({ kind, indicators, ...rest }: RawForm): Form {
  return { kind: kind ?? 'project', ...rest, indicators: indicators.map(normalizeIndicator) };
}

function normalizeIndicator({ value, longTermValue, ...row }: RawIndicator): Indicator {
  return {
    ...row,
    ...(value === undefined ? {} : { value: parseValue(valueText(value)) }),
    ...(longTermValue === undefined ? {} : { longTermValue: parseValue(valueText(longTermValue)) }),
  };
}

function valueText(value: RawValue): string | null {
  if (value === null || typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  return value.text;
}
