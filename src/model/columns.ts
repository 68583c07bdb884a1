// Which optional columns a form's indicator table has: declared by the reader, else read off the rows.
import type { Form, IndicatorColumn } from './types.js';

export function hasColumn(form: Form, column: IndicatorColumn): boolean {
  if (form.columns) return form.columns.includes(column);
  return form.indicators.some((row) => row[column] !== undefined);
}
