// Header fields written into a form as its header gives them: amounts read (a text that is no amount reported
// where it stands, and null), text fields as written (null when blank), each placed at its value. The layout
// module and the Markdown reader write them alike; the plan (资金支出计划) is read by schedule.ts.
import type { Form } from '../../model/types.js';
import type { PointerMap } from '../../model/source.js';
import type { MoneyUnit } from '../../model/amounts.js';
import { headerFieldPointer } from '../../model/fields.js';
import { isBlank } from '../../model/text.js';
import type { HeaderField } from '../../model/vocabulary.js';
import type { Cell } from './blocks.js';
import { parseAmount } from './values.js';
import type { Report } from './report.js';

/** An amount cell's figure: null when blank, or when it is no amount (reported at the cell); its unit if written. */
export function readAmount(label: Cell, value: Cell, report: Report): { value: number | null; unit?: MoneyUnit } {
  const amount = parseAmount(value.text);
  if (amount) return amount;
  report('bad-amount', value.loc ?? label.loc, 'error', { label: label.text, text: value.text });
  return { value: null };
}

/** Writes a header field other than the plan into the form below `pointer`; returns the money unit an amount gave. */
export function writeHeaderField(form: Form, field: Exclude<HeaderField, 'schedule'>, label: Cell, value: Cell,
  pointer: string, map: PointerMap, report: Report): MoneyUnit | undefined {
  let unit: MoneyUnit | undefined;
  if (field === 'total' || field === 'fiscal' || field === 'other') {
    const amount = readAmount(label, value, report);
    form.budget ??= {};
    form.budget[field] = amount.value;
    unit = amount.unit;
  } else {
    form[field] = isBlank(value.text) ? null : value.text;
  }
  map.set(`${pointer}/${headerFieldPointer(field)}`, value.loc ?? label.loc);
  return unit;
}
