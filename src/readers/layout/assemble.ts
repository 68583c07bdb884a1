// Blocks to forms. A form starts where its content does — a header field (项目编码, 项目名称, 绩效目标, 预算单位 …)
// or an indicator table's header — when there is no form yet, when the current form already holds that field,
// or when a title came between (a title is remembered until content follows it). Everything is recognised by
// its words, so that one table or two per form, titles in a paragraph or in a table cell, all read alike.
import type { Document, DocumentInfo } from '../../model/types.js';
import { PointerMap } from '../../model/source.js';
import type { Problem } from '../types.js';
import type { Block, Cell, ParagraphBlock, TableBlock } from './blocks.js';
import { isBlankCell, partLoc, spanOf } from './cells.js';
import {
  DocumentInfoCollector, isDocumentTitle, isRunningHeader, moneyNote, moneyUnitIn, unitLine, yearIn,
} from './document-info.js';
import { FormBuilder, labelsOf } from './form.js';
import { indicatorHeaderOf } from './indicator-table.js';
import { reporter, type Report } from './report.js';
import { titleKind, type TitleKind } from './titles.js';

/** What a form looks like to the layout, in the words of its tables (the same in both languages). */
const NO_FORMS_HINT = '项目名称 | … ; 一级指标 | 二级指标 | 三级指标 | 指标值 | …';

export interface AssembleOptions {
  /** What the caller knows of the document (from file properties, say): it fills what the text does not say. */
  info?: Partial<DocumentInfo>;
}

export interface Assembled {
  /** null when no form was found; a `no-forms` problem then says what was looked for. */
  document: Document | null;
  sourceMap: PointerMap;
  problems: Problem[];
}

export function assembleForms(blocks: readonly Block[], options: AssembleOptions = {}): Assembled {
  return new Assembly().run(blocks, options);
}

class Assembly {
  private readonly map = new PointerMap();
  private readonly problems: Problem[] = [];
  private readonly report: Report = reporter(this.problems);
  private readonly info = new DocumentInfoCollector(this.map);
  private readonly forms: FormBuilder[] = [];
  private current: FormBuilder | null = null;
  /** A title met since the current form's last content: the next form's. */
  private title: { cell: Cell; kind: TitleKind } | null = null;
  /** Rows of the current table met before a form started in it (填报单位, a note), read into that form. */
  private preamble: Cell[][] = [];

  run(blocks: readonly Block[], options: AssembleOptions): Assembled {
    for (const block of blocks) {
      if (block.kind === 'paragraph') this.paragraph(block);
      else this.table(block);
    }
    const forms = this.forms.map((f) => f.finish());
    const info = this.info.complete(options.info);
    if (forms.length === 0) {
      // An indicator table without its 三级指标 column already says why no form could be read.
      if (!this.problems.some((p) => p.messageId === 'table-missing-column')) {
        this.report('no-forms', blocks.find((b) => b.loc)?.loc, 'error', { hint: NO_FORMS_HINT });
      }
      return { document: null, sourceMap: this.map, problems: this.problems };
    }
    return { document: { ...info, forms }, sourceMap: this.map, problems: this.problems };
  }

  private paragraph(block: ParagraphBlock): void {
    const text = block.text.trim();
    if (text === '') return;
    this.documentInfo({ text, loc: block.loc });
    if (this.forms.length === 0 && isDocumentTitle(text) && titleKind(text) !== 'form') {
      this.info.setTitle(text, block.loc);
      this.info.setYear(yearIn(text), block.loc);
    }
    const kind = titleKind(text);
    // A table that goes on below a running header is the same form's.
    if (this.forms.length > 0 && isRunningHeader(text)) return;
    if (kind) this.setTitle({ text, loc: block.loc }, kind);
    // Prose between a heading and a table: the heading was the prose's, not a form's.
    else if (text.length > 40 || /[。；;]$/u.test(text)) this.title = null;
  }

  private table(block: TableBlock): void {
    this.preamble = [];
    // A title between two tables closes the indicator table before it.
    if (this.title && this.current) this.current.table = null;
    for (const row of block.rows) this.row(row);
  }

  private row(cells: Cell[]): void {
    const filled = cells.filter((c) => !isBlankCell(c));
    if (filled.length === 0) return;
    if (filled.every((c) => this.documentInfo(c))) return;

    if (this.current?.table?.readSubHeader(cells)) return;
    const header = indicatorHeaderOf(cells);
    if (header === 'broken') {
      this.report('table-missing-column', spanOf(cells), 'error', { column: '三级指标', header: cells.map((c) => c.text).join(' | ') });
      return;
    }
    const current = this.current;
    if (header) {
      if (current?.table?.repeatsHeader(cells)) return;
      const form = !current || (current.hasIndicators && (this.title !== null || current.table === null)) ? this.startForm(cells) : current;
      form.startIndicators(header);
      return;
    }
    if (current?.table) {
      if (current.table.holds(cells)) {
        current.table.read(cells);
        return;
      }
      current.table = null;
    }
    // A header label in （万元） gives the money unit; an indicator's name in （元） does not. The first says it.
    if (this.info.info.moneyUnit === undefined) {
      for (const c of filled) if (c.text.length <= 30) this.info.setMoneyUnit(moneyUnitIn(c.text), c.loc);
    }
    if (filled.length === 1) {
      const only = filled[0];
      const kind = titleKind(only.text);
      if (kind === 'form') {
        this.setTitle(only, kind);
        return;
      }
      // （ 2020 年度）: a row that only dates the form.
      if (only.text.trim().length <= 12 && yearIn(only.text) !== null) {
        this.info.setYear(yearIn(only.text), only.loc);
        return;
      }
    }
    if (this.startsForm(cells)) this.startForm(cells).readRow(cells);
    else if (this.current) this.current.readRow(cells);
    else this.preamble.push(cells);
  }

  /** A row with a header label starts a form when there is none, when the form has that field, or after a title. */
  private startsForm(cells: readonly Cell[]): boolean {
    const current = this.current;
    const labels = labelsOf(cells, null).filter((l) => l !== null);
    if (labels.length === 0) return false;
    if (!current) return true;
    if (labels.some((l) => (l.kind === 'field' && current.has(l.field)) || (l.kind === 'unit' && l.strength === 2 && current.hasUnit))) return true;
    return this.title !== null && (current.hasIndicators || this.title.kind === 'form');
  }

  private startForm(first: readonly Cell[]): FormBuilder {
    const form = new FormBuilder(`/forms/${this.forms.length}`, this.title?.cell ?? null, this.map, this.report, this.info);
    form.locate(spanOf(first));
    this.forms.push(form);
    this.current = form;
    this.title = null;
    for (const row of this.preamble) form.readRow(row);
    this.preamble = [];
    return form;
  }

  private setTitle(cell: Cell, kind: TitleKind): void {
    this.title = { cell, kind };
    this.preamble = [];
  }

  /** A cell or line that only tells about the document (its unit's code and name, 单位：万元): read, and true. */
  private documentInfo(cell: Cell): boolean {
    const unit = unitLine(cell.text);
    if (unit) {
      const at = cell.text.lastIndexOf(unit);
      this.info.setUnit(unit, 2, partLoc(cell, at, at + unit.length));
      return true;
    }
    const money = moneyNote(cell.text);
    if (money) {
      this.info.setMoneyUnit(money, cell.loc);
      return true;
    }
    return false;
  }
}
