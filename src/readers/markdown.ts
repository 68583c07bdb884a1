// The Markdown reader: a form is a heading followed by GFM tables: a key–value header table and an indicator
// table (the convention of docs/markdown-forms.md). Layouts are recognised by their labels and column titles
// (src/model/vocabulary.ts), never by positions; every value read gets the exact place it came from.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import type { Heading, Nodes, PhrasingContent, Root, Table, TableCell, TableRow, Yaml } from 'mdast';
import { isAlias, isMap, isScalar, parseDocument, type Node as YamlNode } from 'yaml';
import type { Checkpoint, Document, DocumentInfo, Form, Indicator, IndicatorColumn, SpendingPlan } from '../model/types.js';
import { LineIndex, PointerMap, joinPointer, type Loc } from '../model/source.js';
import { parseValue, normaliseComparator } from '../model/value.js';
import { checkpointMonth, columnOf, headerFieldOf, labelKey, type Column, type HeaderField } from '../model/vocabulary.js';
import { headerFieldPointer } from '../model/fields.js';
import { isBlank } from '../model/text.js';
import { parseDirective } from '../engine/directives.js';
import { decodeText } from './decode.js';
import type { Directive, Problem, ReadResult, Reader, SourceFile } from './types.js';
import type { ReaderMessageId } from './messages.js';
import type { MessageData } from '../engine/i18n.js';

const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm);

export const markdownReader: Reader = {
  extensions: ['.md', '.markdown'],
  read(source: SourceFile): ReadResult {
    return new MarkdownReading(decodeText(source.bytes)).read();
  },
};

/** A table cell: its text as the model holds it, and where its content sits (without pipes and padding). */
interface Cell {
  text: string;
  /** The source of the content range; equals `text` when the cell has no markup. */
  raw: string;
  /** Undefined for a cell the row does not have. */
  loc?: Loc;
}

const BLANK: Cell = { text: '', raw: '' };

type TableKind = 'indicator' | 'broken' | 'header' | 'pairs' | 'other';

/** A form being read: its model, where it sits in the Document, and the spending-plan rows met so far. */
interface FormReading {
  form: Form;
  pointer: string;
  depth: number;
  seen: Set<HeaderField>;
  scheduleRow?: { label: Cell; value: Cell };
  checkpointRows: Array<{ label: Cell; value: Cell; month: number }>;
  extra: Array<{ label: Cell; value: Cell }>;
}

const OPTIONAL_COLUMNS: readonly IndicatorColumn[] = ['description', 'value', 'basis', 'weight', 'direction'];
const NO_FORMS_HINT = '## 标题 + | 项目名称 | … | + | 一级指标 | 二级指标 | 三级指标 | 指标值 | … |';

class MarkdownReading {
  private readonly lines: LineIndex;
  private readonly map = new PointerMap();
  private readonly problems: Problem[] = [];
  private readonly directives: Directive[] = [];
  private readonly kinds = new Map<Table, TableKind>();

  constructor(private readonly text: string) {
    this.lines = new LineIndex(text);
  }

  read(): ReadResult {
    const root = parser.parse(this.text) as Root;
    this.collectDirectives(root);
    const info = this.readFrontMatter(root);
    const forms = this.readForms(root, info);
    const result = { sourceMap: this.map, directives: this.directives, problems: this.problems };
    if (forms.length === 0) {
      // An indicator table without its 三级指标 column already says why no form could be read.
      if (!this.problems.some((p) => p.messageId === 'table-missing-column')) {
        this.problem('no-forms', this.lines.loc(0, lineEnd(this.text, 0)), 'error', { hint: NO_FORMS_HINT });
      }
      return { ...result, document: null };
    }
    const document: Document = { ...info, forms };
    return { ...result, document };
  }

  // ---- directives -------------------------------------------------------------------------------------------

  /** Every HTML comment, at block level, in a paragraph or in a table cell, may hold a directive. */
  private collectDirectives(node: Nodes): void {
    if (node.type === 'html' && node.position?.start.offset !== undefined) {
      const start = node.position.start.offset;
      for (const m of node.value.matchAll(/<!--[\s\S]*?-->/g)) {
        const directive = parseDirective(m[0], this.lines.position(start + m.index).line);
        if (directive) this.directives.push(directive);
      }
    }
    if ('children' in node) for (const child of node.children) this.collectDirectives(child);
  }

  // ---- front matter -----------------------------------------------------------------------------------------

  private readFrontMatter(root: Root): DocumentInfo {
    const node = root.children[0];
    if (node?.type !== 'yaml') {
      if (/^---[ \t]*\r?(\n|$)/.test(this.text)) this.problem('front-matter-unclosed', this.lines.loc(0, 3), 'error');
      return {};
    }
    return this.readYaml(node);
  }

  private readYaml(node: Yaml): DocumentInfo {
    const info: DocumentInfo = {};
    const nodeStart = node.position?.start.offset ?? 0;
    const nodeEnd = node.position?.end.offset ?? nodeStart;
    // The text between the fences, taken from the source so that offsets stay exact (CRLF included).
    const start = lineEnd(this.text, nodeStart) + 1;
    const end = Math.max(start, this.text.lastIndexOf('\n', nodeEnd - 1) + 1);
    const content = this.text.slice(start, end);
    const yaml = parseDocument(content, { uniqueKeys: true });
    if (yaml.errors.length > 0) {
      for (const error of yaml.errors) {
        this.problem('front-matter', this.lines.loc(start + error.pos[0], start + error.pos[1]), 'error',
          { detail: error.message.split('\n')[0] });
      }
      return info;
    }
    if (yaml.contents === null) return info;
    if (!isMap(yaml.contents)) {
      this.problem('front-matter-shape', this.lines.loc(nodeStart, nodeEnd), 'error');
      return info;
    }
    for (const pair of yaml.contents.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      if (key !== 'unit' && key !== 'year' && key !== 'moneyUnit' && key !== 'title') continue;
      const value = pair.value as YamlNode | null;
      const keyRange = isScalar(pair.key) ? pair.key.range : undefined;
      const range = value?.range && value.range[1] > value.range[0] ? value.range : keyRange;
      const loc = range ? this.lines.loc(start + range[0], start + range[1]) : undefined;
      const target = isAlias(value) ? value.resolve(yaml) : value;
      // A list or a mapping is no value of these keys: it is passed on as itself, and refused.
      const raw = target == null ? null : isScalar(target) ? target.value : target;
      const parsed = frontMatterValue(key, raw);
      if (parsed === undefined) {
        const text = value?.range ? content.slice(value.range[0], value.range[1]) : String(raw);
        this.problem('front-matter-value', loc, 'error', { key, text });
        continue;
      }
      (info as Record<string, unknown>)[key] = parsed;
      this.map.set(joinPointer(key), loc);
    }
    return info;
  }

  // ---- forms ------------------------------------------------------------------------------------------------

  /**
   * A heading is a form when a form table stands directly under it (before any other heading); the form then
   * runs to the next heading of the same or a higher level, so sub-headings (### 绩效指标) stay in it.
   */
  private readForms(root: Root, info: DocumentInfo): Form[] {
    const sections: Array<{ heading: Heading | null; tables: Table[] }> = [{ heading: null, tables: [] }];
    for (const node of root.children) {
      if (node.type === 'heading') sections.push({ heading: node, tables: [] });
      else if (node.type === 'table') sections[sections.length - 1].tables.push(node);
    }
    const forms: Form[] = [];
    let current: FormReading | null = null;
    for (const { heading, tables } of sections) {
      if (heading && !(current && heading.depth > current.depth)) {
        if (current) this.finishForm(current);
        current = null;
        const isForm = tables.some((t) => ['indicator', 'header'].includes(this.kindOf(t)));
        if (isForm) current = this.startForm(heading, forms);
        else if (heading.depth === 1 && info.title === undefined) {
          info.title = this.inlineText(heading.children);
          this.map.set('/title', this.nodeLoc(heading));
        }
      }
      for (const table of tables) this.readTable(table, current, heading === null);
    }
    if (current) this.finishForm(current);
    return forms;
  }

  private startForm(heading: Heading, forms: Form[]): FormReading {
    const title = this.inlineText(heading.children);
    const form: Form = { kind: title.includes('部门整体') ? 'department' : 'project', title, indicators: [] };
    const pointer = joinPointer('forms', forms.length);
    forms.push(form);
    this.map.set(pointer, this.nodeLoc(heading));
    return { form, pointer, depth: heading.depth, seen: new Set(), checkpointRows: [], extra: [] };
  }

  private readTable(table: Table, form: FormReading | null, beforeHeadings: boolean): void {
    const kind = this.kindOf(table);
    if (kind === 'broken') {
      const header = this.rowCells(table.children[0]).map((c) => c.text).join(' | ');
      this.problem('table-missing-column', this.nodeLoc(table.children[0]), 'error', { column: '三级指标', header });
    } else if (!form) {
      if (beforeHeadings && (kind === 'indicator' || kind === 'header')) {
        this.problem('table-outside-form', this.nodeLoc(table.children[0]), 'warning');
      }
    } else if (kind === 'indicator') {
      this.readIndicatorTable(table, form);
    } else if (kind === 'header' || kind === 'pairs') {
      this.readHeaderTable(table, form);
    }
  }

  /**
   * indicator: the header names 三级指标 (or a synonym) and one of 一级指标/二级指标/指标值; broken: it looks like
   * an indicator table without a 三级指标 column; header: label–value pairs with a known label; pairs: the same
   * shape without one (read as a header table only inside a form).
   */
  private kindOf(table: Table): TableKind {
    const known = this.kinds.get(table);
    if (known) return known;
    const header = this.rowCells(table.children[0]);
    const columns = header.map((c) => columnOf(c.text));
    const framework = columns.some((c) => c === 'level1' || c === 'level2' || c === 'value');
    let kind: TableKind = 'other';
    if (framework && columns.includes('name')) kind = 'indicator';
    else if (framework && columns.filter((c) => c !== null).length >= 2) kind = 'broken';
    else if (header.length % 2 === 0) {
      const labels = table.children.flatMap((row) => this.rowCells(row).filter((_, i) => i % 2 === 0));
      kind = labels.some((l) => headerFieldOf(l.text) || checkpointMonth(labelKey(l.text))) ? 'header' : 'pairs';
    }
    this.kinds.set(table, kind);
    return kind;
  }

  // ---- header tables ----------------------------------------------------------------------------------------

  /** Every row, the GFM header row included, holds label–value pairs: two cells each, side by side. */
  private readHeaderTable(table: Table, reading: FormReading): void {
    for (const row of table.children) {
      const cells = this.rowCells(row);
      for (let k = 0; k < cells.length; k += 2) {
        // A pair cut short by the row's end points at its label.
        const label = cells[k], value = cells[k + 1] ?? { text: '', raw: '', loc: label.loc };
        if (isBlank(label.text) && isBlank(value.text)) continue;
        this.readPair(label, value, reading);
      }
    }
  }

  private readPair(label: Cell, value: Cell, reading: FormReading): void {
    const field = headerFieldOf(label.text);
    if (field && !reading.seen.has(field)) {
      reading.seen.add(field);
      const { form } = reading;
      const blank = isBlank(value.text);
      switch (field) {
        case 'total': case 'fiscal': case 'other':
          form.budget ??= {};
          form.budget[field] = this.amount(label, value);
          break;
        case 'schedule':
          reading.scheduleRow = { label, value };
          return;
        default:
          form[field] = blank ? null : value.text;
      }
      this.map.set(reading.pointer + '/' + headerFieldPointer(field), value.loc);
      return;
    }
    const month = field ? null : checkpointMonth(labelKey(label.text));
    if (month !== null) reading.checkpointRows.push({ label, value, month });
    else reading.extra.push({ label, value });
  }

  private amount(label: Cell, value: Cell): number | null {
    if (isBlank(value.text)) return null;
    const m = /^([+-]?(?:\d+(?:,\d{3})*(?:\.\d*)?|\.\d+))(万元|元|万)?$/.exec(value.text.normalize('NFKC').replace(/\s+/g, ''));
    if (m) return Number(m[1].replace(/,/g, ''));
    this.problem('bad-amount', value.loc, 'error', { label: label.text, text: value.text });
    return null;
  }

  private finishForm(reading: FormReading): void {
    const { form, pointer } = reading;
    const rows = reading.checkpointRows;
    const row = reading.scheduleRow;
    if (row && !isBlank(row.value.text)) {
      form.schedule = this.inlineSchedule(row.label, row.value, pointer);
      this.map.set(pointer + '/schedule', row.value.loc);
      // A plan written in one cell: rows such as 3月底 beside it are kept as written.
      reading.extra.push(...rows.map(({ label, value }) => ({ label, value })));
    } else if (rows.length > 0) {
      form.schedule = this.rowSchedule(rows, pointer);
      this.map.set(pointer + '/schedule', span(rows[0].label.loc, rows[rows.length - 1].value.loc));
    } else if (row) {
      form.schedule = null;
      this.map.set(pointer + '/schedule', row.value.loc);
    }
    if (reading.extra.length > 0) {
      form.fields = reading.extra.map(({ label, value }, k) => {
        this.map.set(`${pointer}/fields/${k}`, value.loc);
        return { label: label.text, value: value.text };
      });
    }
  }

  /** 资金支出计划 in one cell: `3月底 25；6月底 50；10月底 75；12月底 100`, with optional ：and %. */
  private inlineSchedule(label: Cell, value: Cell, pointer: string): SpendingPlan | null {
    const items = scheduleItems(value.text);
    if (!items) {
      this.problem('bad-schedule', value.loc, 'error', { text: value.text });
      return null;
    }
    // Offsets within the text are offsets in the source only when the cell has no markup.
    const exact = value.raw === value.text && value.loc?.offset !== undefined;
    items.forEach((item, k) => {
      const loc = exact ? this.lines.loc(value.loc!.offset! + item.start, value.loc!.offset! + item.end) : value.loc;
      this.map.set(`${pointer}/schedule/checkpoints/${k}`, loc);
    });
    return plan(label.text, items);
  }

  /** The plan as rows of its own: | 3月底 | 25 |, | 6月底 | 50 | … */
  private rowSchedule(rows: FormReading['checkpointRows'], pointer: string): SpendingPlan | null {
    const items: ScheduleItem[] = [];
    for (const { month, value } of rows) {
      const m = /^(?:([+-]?\d+(?:,\d{3})*(?:\.\d+)?)\s*(%|万元|元|万)?)?$/.exec(value.text.normalize('NFKC').trim());
      if (!m) {
        this.problem('bad-schedule', value.loc, 'error', { text: value.text });
        return null;
      }
      items.push({ month, value: m[1] ? Number(m[1].replace(/,/g, '')) : null, unit: m[2], start: 0, end: 0 });
    }
    rows.forEach((row, k) => this.map.set(`${pointer}/schedule/checkpoints/${k}`, row.value.loc));
    return plan(rows.map((r) => r.label.text).join(' '), items);
  }

  // ---- indicator tables -------------------------------------------------------------------------------------

  private readIndicatorTable(table: Table, reading: FormReading): void {
    const { form, pointer } = reading;
    const [headerRow, ...bodyRows] = table.children;
    const where = new Map<Column, number>();
    this.rowCells(headerRow).forEach((cell, i) => {
      const column = columnOf(cell.text);
      if (column && !where.has(column)) where.set(column, i);
    });
    const present = OPTIONAL_COLUMNS.filter((c) => where.has(c));
    form.columns = OPTIONAL_COLUMNS.filter((c) => present.includes(c) || form.columns?.includes(c));
    const width = headerRow.children.length;
    let above: { level1: string; level2: string; loc1?: Loc; loc2?: Loc } = { level1: '', level2: '' };
    for (const row of bodyRows) {
      const cells = this.rowCells(row);
      if (cells.every((c) => isBlank(c.text))) continue;
      const j = form.indicators.length;
      const at = `${pointer}/indicators/${j}`;
      this.map.set(at, this.nodeLoc(row));
      if (cells.length < width) {
        this.problem('row-short', this.nodeLoc(row), 'warning', { actual: cells.length, expected: width });
      }
      const cell = (column: Column): Cell => {
        const i = where.get(column);
        return i === undefined ? BLANK : cells[i] ?? BLANK;
      };
      // A blank 一级/二级 cell continues the one above, as a merged cell does in Word; a 二级 cell never
      // continues across a change of 一级. The location is that of the cell the text is written in.
      const l1 = cell('level1'), l2 = cell('level2');
      const level1 = isBlank(l1.text) ? above.level1 : l1.text;
      const loc1 = isBlank(l1.text) ? above.loc1 : l1.loc;
      const continues = isBlank(l2.text) && (isBlank(l1.text) || l1.text === above.level1);
      const level2 = continues ? above.level2 : l2.text;
      const loc2 = continues ? above.loc2 : l2.loc;
      above = { level1, level2, loc1, loc2 };
      const indicator: Indicator = { level1, level2, name: cell('name').text };
      this.map.set(`${at}/level1`, loc1);
      this.map.set(`${at}/level2`, loc2);
      this.map.set(`${at}/name`, cell('name').loc);
      if (where.has('description')) indicator.description = cell('description').text;
      if (where.has('value')) indicator.value = parseValue(composeValue(cell('comparator').text, cell('value').text, cell('unit').text));
      if (where.has('basis')) indicator.basis = cell('basis').text;
      if (where.has('weight')) indicator.weight = this.weight(cell('weight'));
      if (where.has('direction')) indicator.direction = this.direction(cell('direction'));
      for (const column of present) this.map.set(`${at}/${column}`, cell(column).loc);
      form.indicators.push(indicator);
    }
  }

  private weight(cell: Cell): number | null {
    if (isBlank(cell.text)) return null;
    const m = /^(\d+(?:\.\d+)?)(%|分)?$/.exec(cell.text.normalize('NFKC').replace(/\s+/g, ''));
    if (m) return Number(m[1]);
    this.problem('bad-weight', cell.loc, 'warning', { text: cell.text });
    return null;
  }

  private direction(cell: Cell): Indicator['direction'] {
    if (isBlank(cell.text)) return null;
    const t = cell.text.replace(/\s+/g, '');
    if (/^正(向(指标)?)?$/.test(t)) return '正向';
    if (/^反(向(指标)?)?$/.test(t)) return '反向';
    this.problem('bad-direction', cell.loc, 'warning', { text: cell.text });
    return null;
  }

  // ---- cells and text ---------------------------------------------------------------------------------------

  private rowCells(row: TableRow | undefined): Cell[] {
    return row ? row.children.map((c) => this.cell(c)) : [];
  }

  private cell(cell: TableCell): Cell {
    const text = this.inlineText(cell.children);
    const content = cell.children.filter((c) => !(c.type === 'html' && htmlText(c.value).trim() === ''));
    let start: number | undefined, end: number | undefined;
    if (text !== '' && content.length > 0) {
      start = content[0].position?.start.offset;
      end = content[content.length - 1].position?.end.offset;
      if (start !== undefined && end !== undefined) {
        while (start < end && /\s/.test(this.text[start])) start++;
        while (end > start && /\s/.test(this.text[end - 1])) end--;
      }
    } else {
      // A blank cell: the space between its pipes.
      start = cell.position?.start.offset;
      end = cell.position?.end.offset;
      if (start !== undefined && end !== undefined) {
        if (this.text[start] === '|') start++;
        if (end > start && this.text[end - 1] === '|') end--;
      }
    }
    if (start === undefined || end === undefined) return { text, raw: text };
    return { text, raw: this.text.slice(start, end), loc: this.lines.loc(start, end) };
  }

  /** Inline content as plain text: markup flattened, <br> as a line break, comments dropped. */
  private inlineText(nodes: PhrasingContent[]): string {
    return flatten(nodes).replace(/\r/g, '').replace(/[ \t]*\n[ \t]*/g, '\n').trim();
  }

  private nodeLoc(node: Nodes | undefined): Loc | undefined {
    const p = node?.position;
    if (p?.start.offset === undefined || p.end.offset === undefined) return undefined;
    return this.lines.loc(p.start.offset, p.end.offset);
  }

  private problem(messageId: ReaderMessageId, loc: Loc | undefined, severity: Problem['severity'], data?: MessageData): void {
    this.problems.push({ messageId, severity, ...(loc ? { loc } : {}), ...(data ? { data } : {}) });
  }
}

function flatten(nodes: PhrasingContent[]): string {
  let out = '';
  for (const node of nodes) {
    switch (node.type) {
      case 'text': case 'inlineCode': out += node.value; break;
      case 'html': out += htmlText(node.value); break;
      case 'break': out += '\n'; break;
      case 'image': case 'imageReference': out += node.alt ?? ''; break;
      case 'footnoteReference': out += `[^${node.label ?? node.identifier}]`; break;
      default: if ('children' in node) out += flatten(node.children);
    }
  }
  return out;
}

function htmlText(html: string): string {
  return html.replace(/<!--[\s\S]*?-->/g, '').replace(/<br\s*\/?>/gi, '\n');
}

/** The offset of the line break ending the line at `offset` (or the text's length). */
function lineEnd(text: string, offset: number): number {
  const i = text.indexOf('\n', offset);
  return i < 0 ? text.length : i;
}

function span(a: Loc | undefined, b: Loc | undefined): Loc | undefined {
  if (!a || !b) return a ?? b;
  return { line: a.line, column: a.column, endLine: b.endLine, endColumn: b.endColumn, offset: a.offset, endOffset: b.endOffset };
}

/** Front matter values: undefined when the value cannot be read. */
function frontMatterValue(key: string, value: unknown): string | number | null | undefined {
  if (value === null) return null;
  switch (key) {
    case 'year': {
      if (typeof value === 'number') return Number.isInteger(value) ? value : undefined;
      const m = typeof value === 'string' ? /^\s*(\d{4})\s*年?\s*$/.exec(value) : null;
      return m ? Number(m[1]) : undefined;
    }
    case 'moneyUnit':
      return value === '元' || value === '万元' ? value : undefined;
    default:
      return typeof value === 'string' || typeof value === 'number' ? String(value).trim() : undefined;
  }
}

/** 指标性质 | 指标值 | 度量单位 in columns of their own: read as one value, ≥ + 90 + %. */
function composeValue(comparator: string, value: string, unit: string): string {
  if (isBlank(value)) return value;
  const symbol = normaliseComparator(comparator) && !normaliseComparator(value) ? comparator.trim() : '';
  const suffix = !isBlank(unit) && !value.endsWith(unit.trim()) ? unit.trim() : '';
  return symbol + value + suffix;
}

interface ScheduleItem extends Checkpoint {
  unit?: string;
  /** Range of the checkpoint within the cell text. */
  start: number;
  end: number;
}

const CHECKPOINT = /(\d{1,2}月(?:底|末)?前?|第?[一二三四1-4]季度(?:末|底)?)[ \t]*[:：]?[ \t]*(?:([+-]?\d+(?:,\d{3})*(?:\.\d+)?)[ \t]*(%|％|万元|元|万)?)?/y;
const SEPARATOR = /[\s;；,，、。]*/y;

/** The checkpoints of a plan written in one cell, or null when the text is something else. */
function scheduleItems(text: string): ScheduleItem[] | null {
  const items: ScheduleItem[] = [];
  let at = 0;
  const skip = () => { SEPARATOR.lastIndex = at; SEPARATOR.exec(text); at = SEPARATOR.lastIndex; };
  skip();
  while (at < text.length) {
    CHECKPOINT.lastIndex = at;
    const m = CHECKPOINT.exec(text);
    const month = m ? checkpointMonth(m[1]) : null;
    if (!m || month === null) return null;
    const end = m.index + m[0].trimEnd().length;
    items.push({ month, value: m[2] ? Number(m[2].replace(/,/g, '')) : null, unit: m[3], start: m.index, end });
    at = CHECKPOINT.lastIndex;
    skip();
  }
  return items.length > 0 ? items : null;
}

/**
 * The plan's unit: % when the label or a value says so, or when every value is at most 100 and the label does
 * not speak of 元; otherwise amounts.
 */
function plan(label: string, items: ScheduleItem[]): SpendingPlan {
  const percent = /[%％]/.test(label) || items.some((i) => i.unit === '%' || i.unit === '％');
  const money = /元/.test(label) || items.some((i) => i.unit !== undefined && /元|万/.test(i.unit));
  const small = items.every((i) => i.value === null || i.value <= 100);
  const unit = percent || (small && !money) ? '%' : 'amount';
  return { unit, checkpoints: items.map(({ month, value }) => ({ month, value })) };
}
