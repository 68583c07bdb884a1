// One form being read from table rows. Header rows come in three shapes, recognised by their labels:
//   label–value pairs side by side            | 项目编码 | 442-… | 项目名称 | 春节慰问金 |
//   a label over several rows (merged)         | 预算规模及资金用途 | 预算数 | 2.00 | … | then |   | 用于… |
//   a row of labels, their values in the next  | 资金支出计划（%） | 3月底 | 6月底 | … | then |   | 25 | 50 | … |
// Labels are known by their words (src/model/vocabulary.ts); cells that are no known label pair up as extra
// fields, kept as written. Notes written label：value in a cell (notes.ts) give pairs too, their labels read like
// any other. Rows padded to the table's width read as if the padding were not there. The indicator table is read
// by IndicatorTable.
import type { DepartmentBudget, Form } from '../../model/types.js';
import type { Loc, PointerMap } from '../../model/source.js';
import { roundAmount } from '../../model/sums.js';
import { isBlank } from '../../model/text.js';
import { memoize } from '../../model/memo.js';
import {
  checkpointMonth, departmentItemOf, departmentSectionOf, headerFieldOf, isLongTermGoalLabel, labelKey, unitLabelOf,
  type DepartmentItem, type DepartmentSection, type HeaderField,
} from '../../model/vocabulary.js';
import type { Cell } from './blocks.js';
import { isBlankCell, mergeCells, spanOf } from './cells.js';
import { isNote, notesIn } from './notes.js';
import { IndicatorTable, type IndicatorHeader } from './indicator-table.js';
import type { DocumentInfoCollector } from './document-info.js';
import { nameFromTitle } from './titles.js';
import { readAmount, writeHeaderField } from './header-fields.js';
import { readSchedule } from './schedule.js';
import type { Report } from './report.js';

export type Label =
  | { kind: 'field'; field: HeaderField }
  | { kind: 'checkpoint'; month: number }
  | ({ kind: 'department' } & DepartmentItem)
  | { kind: 'section'; section: DepartmentSection }
  | { kind: 'unit'; strength: 1 | 2 }
  /** A label known to stand over text kept as an other field (中长期目标 beside 年度目标). */
  | { kind: 'kept' };

/** Fields whose text may go on over the rows below their label (a label cell merged down). */
const TEXT_FIELDS: ReadonlySet<HeaderField> = new Set(['purpose', 'goals']);

export class FormBuilder {
  readonly form: Form;
  /** The indicator table being read, while its rows come. */
  table: IndicatorTable | null = null;
  private readonly seen = new Set<HeaderField>();
  private section: DepartmentSection | null = null;
  /** A row of labels waiting for the row of their values (the whole row, merged cells included). */
  private labelRow: { cells: readonly Cell[]; section: DepartmentSection | null } | null = null;
  /** A label whose value goes on in the rows below it. */
  private pending: { field: HeaderField; label: Cell; rows: Cell[][] } | null = null;
  /** 资金支出计划 and the cell beside it. */
  private plan: { label: Cell; value: Cell } | null = null;
  private readonly checkpoints: Array<{ label: Cell; value: Cell; month: number }> = [];
  /** Other fields, as written. */
  private readonly extra: Array<{ label: Cell; value: Cell }> = [];
  /** Per department key that adds up parts, the labels added so far. */
  private readonly parts = new Map<string, Set<string>>();
  private unit: { value: Cell; strength: 1 | 2 } | null = null;
  private titleLoc: Loc | undefined;

  constructor(
    readonly pointer: string,
    title: Cell | null,
    private readonly map: PointerMap,
    private readonly report: Report,
    private readonly info: DocumentInfoCollector,
  ) {
    this.form = { kind: 'project', indicators: [] };
    if (title && !isBlank(title.text)) {
      this.form.title = title.text;
      this.titleLoc = title.loc;
      this.map.set(`${pointer}/title`, title.loc);
    }
  }

  /** Whether the form already holds this header field (a second 项目名称 starts another form). */
  has(field: HeaderField): boolean {
    return this.seen.has(field) || (this.pending?.field === field);
  }

  get hasIndicators(): boolean {
    return this.form.indicators.length > 0;
  }

  /** Where the form is: its title, else its first row. */
  locate(loc: Loc | undefined): void {
    this.map.set(this.pointer, this.titleLoc ?? loc);
  }

  startIndicators(header: IndicatorHeader): void {
    this.settle();
    this.table = new IndicatorTable(header, this.form, this.pointer, this.map, this.report);
  }

  get hasUnit(): boolean {
    return this.unit?.strength === 2;
  }

  // ---- header rows ------------------------------------------------------------------------------------------

  readRow(row: readonly Cell[]): void {
    const cells = row.filter((c) => c.merged !== 'left');
    if (this.labelRow) {
      const { cells: labels, section } = this.labelRow;
      this.labelRow = null;
      const holdsLabels = labelsOf(cells, this.section).some((l) => l !== null);
      this.pairByPosition(labels, holdsLabels ? [] : row, section);
      if (!holdsLabels) return;
    }
    const lead = cells.findIndex((c) => !isBlankCell(c));
    if (lead < 0) return;
    const rest = cells.slice(lead);
    const section = rowSection(rest) ?? this.section;
    const labels = rest.map((c) => labelOf(c.text, section));
    if (this.pending && lead > 0 && labels.every((l) => l === null)) {
      this.pending.rows.push(rest);
      return;
    }
    this.settle();
    // A row of labels, blank cells padding it to the table's width at the end (3月底 | … | 12月底 |  |  ), perhaps
    // after a caption of its own (资金情况（万元） | 年度资金总额 | 其中：财政拨款 | 其他资金), which has no value below.
    const filled = withoutPadding(rest);
    const from = filled.length >= 3 && labels[0] === null ? 1 : 0;
    if (filled.length - from >= 2 && labels.slice(from, filled.length).every((l) => l !== null)) {
      this.labelRow = { cells: row, section };
      this.section = section;
      return;
    }
    // The titles of a table's columns (任务名称 | 主要内容 | 预算金额（万元）): its last title names no field of the form.
    const last = filled.length - 1;
    if (last >= 2 && labels[last]?.kind === 'field' && labels.slice(0, last).every((l) => l === null)) return;
    // Notes, alone or side by side (填报人：张三 联系电话：… | 单位负责人：…): the pairs written in the cells.
    const texts = filled.filter((c) => !isBlankCell(c));
    if (labels.every((l) => l === null) && texts.every(isNote)) {
      for (const cell of texts) this.readNotes(cell);
      return;
    }
    this.readPairs(rest, labels, lead);
    if (section) this.section = section;
  }

  private readPairs(cells: readonly Cell[], labels: ReadonlyArray<Label | null>, lead: number): void {
    for (let i = 0; i < cells.length;) {
      const cell = cells[i], label = labels[i];
      if (label) {
        // A text field leading its row (its label cell merged down) takes the rest of the row, and the rows
        // below that continue it.
        const merged = i === 0 && lead === 0 && label.kind === 'field' && TEXT_FIELDS.has(label.field) ? label.field : null;
        if (merged && labels.every((l, k) => k === 0 || l === null)) {
          this.pending = { field: merged, label: cell, rows: [cells.slice(1)] };
          return;
        }
        const next = cells[i + 1];
        if (next === undefined || labels[i + 1]) {
          if (merged) this.pending = { field: merged, label: cell, rows: [] };
          else this.assign(label, cell, blankAt(cell));
          i += 1;
        } else {
          this.assign(label, cell, next);
          i += 2;
        }
        continue;
      }
      const next = cells[i + 1];
      if (next !== undefined && !labels[i + 1]) {
        // Two blank cells are no pair: a gap in the row.
        if (!isBlankCell(cell) || !isBlankCell(next)) this.extra.push({ label: cell, value: next });
        i += 2;
        continue;
      }
      // A lone cell before a label is a caption (部门基本信息, 其中); a row of one cell may hold pairs itself.
      if (cells.length === 1) this.readNotes(cell);
      i += 1;
    }
  }

  /** `填报单位（盖章）：某办事处    单位负责人：某某`: pairs written in one cell. */
  private readNotes(cell: Cell): void {
    for (const { label, value } of notesIn(cell)) {
      const known = labelOf(label.text, this.section);
      if (known) this.assign(known, label, value);
      else this.extra.push({ label, value });
    }
  }

  /**
   * Labels of one row, their values in the next. Rows on one grid (as wide, merged cells included) pair cell by
   * cell; otherwise the values are counted from the right, the merged cells and the padding at the end left out
   * (a value row without the cell its label is merged from).
   */
  private pairByPosition(labelRow: readonly Cell[], valueRow: readonly Cell[], section: DepartmentSection | null): void {
    const grid = labelRow.length === valueRow.length;
    const labels = grid ? labelRow : withoutPadding(labelRow.filter((c) => c.merged !== 'left'));
    const values = grid ? valueRow : valueRow.filter((c) => c.merged !== 'left');
    let end = values.length;
    while (!grid && end > labels.length && isBlankCell(values[end - 1])) end--;
    const shift = end - labels.length;
    const known = labels.map((cell) => labelOf(cell.text, section));
    known.forEach((label, i) => {
      if (!label) return;
      const value = values[i + shift] ?? blankAt(labels[i]);
      // A field titled twice, the first over nothing: a caption over its columns (绩效目标 over 中长期目标 | 年度目标).
      const again = label.kind === 'field'
        && known.some((l, k) => k > i && l?.kind === 'field' && l.field === label.field);
      if (again && isBlankCell(value)) return;
      this.assign(label, labels[i], value);
    });
  }

  private assign(label: Label, cell: Cell, value: Cell): void {
    switch (label.kind) {
      case 'field': this.assignField(label.field, cell, value); break;
      case 'checkpoint': this.checkpoints.push({ label: cell, value, month: label.month }); break;
      case 'department': this.assignDepartment(label, cell, value); break;
      case 'section': this.section = label.section; break;
      case 'kept': this.extra.push({ label: cell, value }); break;
      case 'unit':
        this.setUnit(value, label.strength);
        this.extra.push({ label: cell, value });
    }
  }

  private assignField(field: HeaderField, label: Cell, value: Cell): void {
    if (this.seen.has(field)) {
      this.extra.push({ label, value });
      return;
    }
    this.seen.add(field);
    if (field === 'schedule') {
      this.plan = { label, value };
      return;
    }
    const unit = writeHeaderField(this.form, field, label, value, this.pointer, this.map, this.report);
    this.info.setMoneyUnit(unit ?? null, value.loc);
  }

  private assignDepartment({ section, key, part: adds }: DepartmentItem, label: Cell, value: Cell): void {
    const department: DepartmentBudget = (this.form.department ??= {});
    const part = (department[section] ??= {}) as Record<string, number | null>;
    const pointer = `${this.pointer}/department/${section}/${key}`;
    // Parts add up (事业收入 + 其他资金), each label once; a key given whole (公务用车运行和购置费) takes no parts.
    const sum = adds ? this.parts.get(pointer) : undefined;
    if (key in part && !(sum && !sum.has(labelKey(label.text)))) {
      this.extra.push({ label, value });
      return;
    }
    const amount = readAmount(label, value, this.report);
    if (sum) {
      sum.add(labelKey(label.text));
      if (amount.value !== null) part[key] = roundAmount((part[key] ?? 0) + amount.value);
      return;
    }
    if (adds) this.parts.set(pointer, new Set([labelKey(label.text)]));
    part[key] = amount.value;
    this.info.setMoneyUnit(amount.unit ?? null, value.loc);
    this.map.set(pointer, value.loc ?? label.loc);
  }

  private setUnit(value: Cell, strength: 1 | 2): void {
    if (isBlankCell(value)) return;
    this.info.setUnit(value.text, strength, value.loc);
    if (!this.unit || strength > this.unit.strength) this.unit = { value, strength };
  }

  /** Closes what waits for more rows: a label merged down, a row of labels without values. */
  private settle(): void {
    if (this.labelRow) {
      this.pairByPosition(this.labelRow.cells, [], this.labelRow.section);
      this.labelRow = null;
    }
    if (this.pending) {
      const { field, label, rows } = this.pending;
      this.pending = null;
      const lines = rows.map((cells) => mergeCells(cells)).filter((c) => !isBlankCell(c));
      const loc = spanOf(lines);
      const value: Cell = lines.length === 1 ? lines[0] : { text: lines.map((c) => c.text).join('\n'), ...(loc ? { loc } : {}) };
      this.assignField(field, label, lines.length > 0 ? value : blankAt(label));
    }
  }

  // ---- the end of the form ----------------------------------------------------------------------------------

  finish(): Form {
    this.settle();
    const { form, pointer } = this;
    this.finishSchedule();
    if (form.title && /部门整体/u.test(form.title)) form.kind = 'department';
    if (form.department) form.kind = 'department';
    let extra = this.extra;
    // A department form is named by its unit (预算单位), which then is no extra field.
    if (this.unit && form.kind === 'department' && form.name === undefined) {
      form.name = this.unit.value.text;
      this.map.set(`${pointer}/name`, this.unit.value.loc);
      extra = extra.filter((e) => e.value !== this.unit!.value);
    }
    // A layout without a 项目名称 cell names the project in its title only.
    if (form.kind === 'project' && form.name === undefined && form.title) {
      form.name = nameFromTitle(form.title);
      this.map.set(`${pointer}/name`, this.titleLoc);
    }
    if (extra.length > 0) {
      form.fields = extra.map(({ label, value }, k) => {
        this.map.set(`${pointer}/fields/${k}`, value.loc ?? label.loc);
        return { label: label.text, value: value.text };
      });
    }
    return form;
  }

  private finishSchedule(): void {
    const { plan, extra } = readSchedule({ plan: this.plan, checkpoints: this.checkpoints }, this.form.budget?.total,
      `${this.pointer}/schedule`, this.map, this.report);
    if (plan !== undefined) this.form.schedule = plan;
    this.extra.push(...extra);
  }
}

/** A row without the blank cells that pad it to the table's width. */
function withoutPadding(cells: readonly Cell[]): Cell[] {
  return cells.slice(0, cells.findLastIndex((c) => !isBlankCell(c)) + 1);
}

/** A blank value standing where its label is: a field left out of its row. */
function blankAt(label: Cell): Cell {
  return { text: '', ...(label.loc ? { loc: label.loc } : {}) };
}

/** The labels a row holds, in the section of the department budget its own labels or the caption above name. */
export function labelsOf(cells: readonly Cell[], section: DepartmentSection | null): Array<Label | null> {
  const within = rowSection(cells) ?? section;
  return cells.map((c) => labelOf(c.text, within));
}

/** The department section a row's own labels or caption name (收入合计 → income; 三公经费预算 | 合计 | 5.5), if any. */
function rowSection(cells: readonly Cell[]): DepartmentSection | null {
  for (const c of cells) {
    const label = labelOf(c.text, null);
    if (label?.kind === 'department' || label?.kind === 'section') return label.section;
  }
  return null;
}

/** A header field's label; a label on two lines (年度绩效目标\n部门整体支出) by its first line too. */
function fieldOf(text: string): HeaderField | null {
  const field = headerFieldOf(text);
  if (field || !text.includes('\n')) return field;
  return headerFieldOf(text.slice(0, text.indexOf('\n')));
}

/**
 * The label a text is within a section, remembered for each section: the layout asks for the labels of a row
 * several times over (does it start a form, does it pair labels with values), forms repeat their labels, and
 * reading one normalises its text five times.
 */
const labelsBySection = new Map<DepartmentSection | null, (text: string) => Label | null>();

function labelOf(text: string, section: DepartmentSection | null): Label | null {
  let of = labelsBySection.get(section);
  if (!of) labelsBySection.set(section, (of = memoize((t) => readLabel(t, section))));
  return of(text);
}

function readLabel(text: string, section: DepartmentSection | null): Label | null {
  if (isBlank(text)) return null;
  const item = departmentItemOf(text, section);
  if (item) return { kind: 'department', ...item };
  const field = fieldOf(text);
  if (field) return { kind: 'field', field };
  const month = checkpointMonth(labelKey(text));
  if (month !== null) return { kind: 'checkpoint', month };
  const caption = departmentSectionOf(text);
  if (caption) return { kind: 'section', section: caption };
  const unit = unitLabelOf(text);
  if (unit) return { kind: 'unit', strength: unit === 'unit' ? 2 : 1 };
  return isLongTermGoalLabel(text) ? { kind: 'kept' } : null;
}
