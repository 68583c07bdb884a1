// The Markdown reader: a form is a heading followed by GFM tables: a key–value header table and an indicator
// table (the convention of docs/markdown-forms.md). Layouts are recognised by their labels and column titles
// (src/model/vocabulary.ts), never by positions; every value read gets the exact place it came from.
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatter } from 'micromark-extension-frontmatter';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import type { Heading, Nodes, PhrasingContent, Root, Table, TableCell, TableRow, Yaml } from 'mdast';
import { isAlias, isMap, isScalar, parseDocument, type Node as YamlNode } from 'yaml';
import type { Document, DocumentInfo, Form } from '../model/types.js';
import { LineIndex, PointerMap, joinPointer, type Loc } from '../model/source.js';
import { checkpointMonth, headerFieldOf, labelKey, type HeaderField } from '../model/vocabulary.js';
import { isBlank } from '../model/text.js';
import { memoize } from '../model/memo.js';
import { parseDirective } from '../engine/directives.js';
import { decodeText, detached } from './decode.js';
import { parseSubset } from './markdown-subset.js';
import { markdownCellEncoder } from './encode.js';
import type { Directive, Problem, ReadResult, Reader, SourceFile } from './types.js';
import type { Cell } from './layout/blocks.js';
import { IndicatorTable, indicatorHeaderOf } from './layout/indicator-table.js';
import { readSchedule } from './layout/schedule.js';
import { writeHeaderField } from './layout/header-fields.js';
import { reporter } from './layout/report.js';

// CommonMark with only what the convention uses: GFM tables and YAML front matter. The rest of GFM (autolink
// literals above all, a fifth of the parse; strikethrough, footnotes, task lists) is left out for speed, so
// `~~x~~` or a bare URL in a cell is read as written. (Exported for the tests that hold markdown-subset.ts to it.)
export const parseOptions = {
  extensions: [frontmatter(['yaml']), gfmTable()],
  mdastExtensions: [frontmatterFromMarkdown(['yaml']), gfmTableFromMarkdown()],
};

/**
 * Front matter as the yaml library reads it, remembered by its text: the files of one unit and year repeat the
 * same few lines, and reading them took a tenth of reading a form. The Documents are only read, never changed;
 * few are kept, as each holds its whole syntax tree.
 */
const parseFrontMatter = memoize((content: string) => parseDocument(content, { uniqueKeys: true }), 64);

export const markdownReader: Reader = {
  extensions: ['.md', '.markdown'],
  read(source: SourceFile): ReadResult {
    return new MarkdownReading(decodeText(source.bytes)).read();
  },
};

type TableKind = 'indicator' | 'broken' | 'header' | 'pairs' | 'other';

/**
 * A form being read: its model, where it sits in the Document, and the spending-plan rows met so far. Cells are
 * the layout module's: their text as the model holds it, placed where their content sits (without pipes and
 * padding), verbatim when the cell has no markup.
 */
interface FormReading {
  form: Form;
  pointer: string;
  depth: number;
  seen: Set<HeaderField>;
  scheduleRow: { label: Cell; value: Cell } | null;
  checkpointRows: Array<{ label: Cell; value: Cell; month: number }>;
  extra: Array<{ label: Cell; value: Cell }>;
}

const NO_FORMS_HINT = '## 标题 + | 项目名称 | … | + | 一级指标 | 二级指标 | 三级指标 | 指标值 | … |';

class MarkdownReading {
  private readonly lines: LineIndex;
  private readonly map = new PointerMap();
  private readonly problems: Problem[] = [];
  private readonly report = reporter(this.problems);
  private readonly directives: Directive[] = [];
  private readonly kinds = new Map<Table, TableKind>();

  constructor(private readonly text: string) {
    this.lines = new LineIndex(text);
  }

  read(): ReadResult {
    // Forms written to the convention take the fast road; micromark reads whatever it is unsure of.
    const root = parseSubset(this.text) ?? fromMarkdown(this.text, parseOptions);
    this.collectDirectives(root);
    const info = this.readFrontMatter(root);
    const forms = this.readForms(root, info);
    const result = { sourceMap: this.map, directives: this.directives, problems: this.problems, encode: markdownCellEncoder(this.text) };
    if (forms.length === 0) {
      // An indicator table without its 三级指标 column already says why no form could be read.
      if (!this.problems.some((p) => p.messageId === 'table-missing-column')) {
        this.report('no-forms', this.lines.loc(0, lineEnd(this.text, 0)), 'error', { hint: NO_FORMS_HINT });
      }
      return { ...result, document: null };
    }
    const document: Document = { ...info, forms };
    return { ...result, document };
  }

  // ---- directives -------------------------------------------------------------------------------------------

  /**
   * Every HTML comment, at block level, in a paragraph or in a table cell, may hold a directive. The tree is
   * walked with a stack of its own: block quotes or emphasis nested thousands deep must not overflow the call stack.
   */
  private collectDirectives(root: Nodes): void {
    const pending: Nodes[] = [root];
    for (let node = pending.pop(); node; node = pending.pop()) {
      if (node.type === 'html' && node.position?.start.offset !== undefined) {
        const start = node.position.start.offset;
        for (const comment of commentsIn(node.value)) {
          const directive = parseDirective(comment.text, this.lines.position(start + comment.index).line);
          if (directive) this.directives.push(directive);
        }
      }
      if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) pending.push(node.children[i]);
    }
  }

  // ---- front matter -----------------------------------------------------------------------------------------

  private readFrontMatter(root: Root): DocumentInfo {
    const node = root.children[0];
    if (node?.type !== 'yaml') {
      if (/^---[ \t]*\r?(\n|$)/.test(this.text)) this.report('front-matter-unclosed', this.lines.loc(0, 3), 'error');
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
    const yaml = parseFrontMatter(content);
    if (yaml.errors.length > 0) {
      for (const error of yaml.errors) {
        this.report('front-matter', this.lines.loc(start + error.pos[0], start + error.pos[1]), 'error',
          { detail: error.message.split('\n')[0] });
      }
      return info;
    }
    if (yaml.contents === null) return info;
    if (!isMap(yaml.contents)) {
      this.report('front-matter-shape', this.lines.loc(nodeStart, nodeEnd), 'error');
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
        this.report('front-matter-value', loc, 'error', { key, text });
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
    return { form, pointer, depth: heading.depth, seen: new Set(), scheduleRow: null, checkpointRows: [], extra: [] };
  }

  private readTable(table: Table, form: FormReading | null, beforeHeadings: boolean): void {
    const kind = this.kindOf(table);
    if (kind === 'broken') {
      const header = this.rowCells(table.children[0]).map((c) => c.text).join(' | ');
      this.report('table-missing-column', this.nodeLoc(table.children[0]), 'error', { column: '三级指标', header });
    } else if (!form) {
      if (beforeHeadings && (kind === 'indicator' || kind === 'header')) {
        this.report('table-outside-form', this.nodeLoc(table.children[0]), 'warning');
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
    const columns = indicatorHeaderOf(header);
    let kind: TableKind = 'other';
    if (columns === 'broken') kind = 'broken';
    else if (columns) kind = 'indicator';
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
        const label = cells[k], value = cells[k + 1] ?? { text: '', ...(label.loc ? { loc: label.loc } : {}) };
        if (isBlank(label.text) && isBlank(value.text)) continue;
        this.readPair(label, value, reading);
      }
    }
  }

  private readPair(label: Cell, value: Cell, reading: FormReading): void {
    const field = headerFieldOf(label.text);
    if (field && !reading.seen.has(field)) {
      reading.seen.add(field);
      if (field === 'schedule') reading.scheduleRow = { label, value };
      else writeHeaderField(reading.form, field, label, value, reading.pointer, this.map, this.report);
      return;
    }
    const month = field ? null : checkpointMonth(labelKey(label.text));
    if (month !== null) reading.checkpointRows.push({ label, value, month });
    else reading.extra.push({ label, value });
  }

  private finishForm(reading: FormReading): void {
    const { form, pointer } = reading;
    const { plan, extra } = readSchedule({ plan: reading.scheduleRow, checkpoints: reading.checkpointRows },
      form.budget?.total, pointer + '/schedule', this.map, this.report);
    if (plan !== undefined) form.schedule = plan;
    reading.extra.push(...extra);
    if (reading.extra.length > 0) {
      form.fields = reading.extra.map(({ label, value }, k) => {
        this.map.set(`${pointer}/fields/${k}`, value.loc);
        return { label: label.text, value: value.text };
      });
    }
  }

  // ---- indicator tables -------------------------------------------------------------------------------------

  /**
   * Rows read as the layout module reads any indicator table, each placed with its pipes. Cells past the header's
   * width are no part of the table in GFM (nothing renders them).
   */
  private readIndicatorTable(table: Table, reading: FormReading): void {
    const [headerRow, ...bodyRows] = table.children;
    const header = indicatorHeaderOf(this.rowCells(headerRow));
    if (header === null || header === 'broken') return;
    const indicators = new IndicatorTable(header, reading.form, reading.pointer, this.map, this.report);
    for (const row of bodyRows) indicators.read(this.rowCells(row).slice(0, header.width), this.nodeLoc(row));
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
    if (start === undefined || end === undefined) return { text };
    return { text, loc: this.lines.loc(start, end), verbatim: this.text.slice(start, end) === text };
  }

  /**
   * Inline content as plain text: markup flattened, <br> as a line break, comments dropped; a string of its own,
   * not a slice keeping the whole file alive in the Document.
   */
  private inlineText(nodes: PhrasingContent[]): string {
    return detached(flatten(nodes).replace(/\r/g, '').replace(/[ \t]*\n[ \t]*/g, '\n').trim());
  }

  private nodeLoc(node: Nodes | undefined): Loc | undefined {
    const p = node?.position;
    if (p?.start.offset === undefined || p.end.offset === undefined) return undefined;
    return this.lines.loc(p.start.offset, p.end.offset);
  }
}

/** Inline content as text, in document order; iterative for the same reason as collectDirectives. */
function flatten(nodes: PhrasingContent[]): string {
  let out = '';
  const pending = [...nodes].reverse();
  for (let node = pending.pop(); node; node = pending.pop()) {
    switch (node.type) {
      case 'text': case 'inlineCode': out += node.value; break;
      case 'html': out += htmlText(node.value); break;
      case 'break': out += '\n'; break;
      case 'image': case 'imageReference': out += node.alt ?? ''; break;
      default: if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) pending.push(node.children[i]);
    }
  }
  return out;
}

function htmlText(html: string): string {
  let out = '', from = 0;
  for (const comment of commentsIn(html)) {
    out += html.slice(from, comment.index);
    from = comment.index + comment.text.length;
  }
  return (out + html.slice(from)).replace(/<br\s*\/?>/gi, '\n');
}

/**
 * The HTML comments of `html` (<!-- … -->), found with indexOf: the regular expression /<!--[\s\S]*?-->/g
 * tries every opener against the rest of the text, and an unclosed run of openers took quadratic time.
 */
function commentsIn(html: string): Array<{ index: number; text: string }> {
  const comments: Array<{ index: number; text: string }> = [];
  for (let index = html.indexOf('<!--'); index >= 0; index = html.indexOf('<!--', index)) {
    const end = html.indexOf('-->', index + 4);
    if (end < 0) break;
    comments.push({ index, text: html.slice(index, end + 3) });
    index = end + 3;
  }
  return comments;
}

/** The offset of the line break ending the line at `offset` (or the text's length). */
function lineEnd(text: string, offset: number): number {
  const i = text.indexOf('\n', offset);
  return i < 0 ? text.length : i;
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
