// What a document says about itself outside its forms: the unit (a line with its code and name, or 预算单位),
// the money unit (单位：万元, a label in （万元）), the year and the title. The first place that says it wins,
// except that a weaker source of the unit (填报单位) gives way to a stronger one.
import type { DocumentInfo } from '../../model/types.js';
import type { Loc, PointerMap } from '../../model/source.js';
import { compact } from '../../model/text.js';
import type { MoneyUnit } from '../../model/amounts.js';
import { titleKind } from './titles.js';

/** `单位：万元`, `金额单位：元`: a cell or a line that only gives the money unit. */
const MONEY_NOTE = /^(?:金额|计量|货币)?单位[:：]\s*(万元|元)$/u;
/** `442002秦皇岛市北戴河区东山街道办事处`: a unit's code and name, as budget systems print them. */
const UNIT_LINE = /^(\d{6,})\s*([\p{Script=Han}（）()]{4,})$/u;
const YEAR = /((?:19|20)\d{2})\s*年/u;

export function moneyNote(text: string): MoneyUnit | null {
  const m = MONEY_NOTE.exec(text.trim());
  return m ? (m[1] as MoneyUnit) : null;
}

/** The money unit a label or title mentions: 单位年度收入预算（万元）, 预算数(元). */
export function moneyUnitIn(text: string): MoneyUnit | null {
  const t = compact(text);
  const m = /[(（](万元|元)[)）]|单位[:：](万元|元)/u.exec(t);
  return m ? ((m[1] ?? m[2]) as MoneyUnit) : moneyNote(t);
}

/** The unit's name on a line that gives its code and name. */
export function unitLine(text: string): string | null {
  const m = UNIT_LINE.exec(text.trim());
  return m ? m[2] : null;
}

/** A short line that dates the document: 2020年部门预算绩效信息, （ 2020 年度）. */
export function yearIn(text: string): number | null {
  const t = text.trim();
  if (t.length > 40) return null;
  const m = YEAR.exec(t);
  return m ? Number(m[1]) : null;
}

/** A line that may title the whole document: short, about budgets or performance. */
export function isDocumentTitle(text: string): boolean {
  const t = text.trim();
  return t.length <= 40 && /预算|绩效/u.test(t) && !/[。；;：:]$/u.test(t);
}

/**
 * A page's running header, or a part's heading: a short line about the budget that names no form (某镇人民政府
 * 2024 年部门预算). Met after a form, it is neither its end nor another form's title.
 */
export function isRunningHeader(text: string): boolean {
  return titleKind(text) === 'short' && isDocumentTitle(text);
}

/** Collects the document's info as the layout meets it, with the place each came from. */
export class DocumentInfoCollector {
  readonly info: DocumentInfo = {};
  private unitStrength = 0;

  constructor(private readonly map: PointerMap) {}

  setMoneyUnit(unit: MoneyUnit | null, loc: Loc | undefined): void {
    if (unit && this.info.moneyUnit === undefined) this.set('moneyUnit', unit, loc);
  }

  /** strength: 2 for the unit itself (its code line, 预算单位), 1 for who filed the form. */
  setUnit(unit: string, strength: 1 | 2, loc: Loc | undefined): void {
    if (unit.trim() === '' || strength <= this.unitStrength) return;
    this.unitStrength = strength;
    this.set('unit', unit.trim(), loc);
  }

  setYear(year: number | null, loc: Loc | undefined): void {
    if (year !== null && this.info.year === undefined) this.set('year', year, loc);
  }

  setTitle(title: string, loc: Loc | undefined): void {
    if (this.info.title === undefined) this.set('title', title, loc);
  }

  /** What the caller knows fills what the text does not say. */
  complete(known: Partial<DocumentInfo> | undefined): DocumentInfo {
    for (const [key, value] of Object.entries(known ?? {}) as Array<[keyof DocumentInfo, DocumentInfo[keyof DocumentInfo]]>) {
      if (value !== undefined && this.info[key] === undefined) (this.info as Record<string, unknown>)[key] = value;
    }
    return this.info;
  }

  private set<K extends keyof DocumentInfo>(key: K, value: DocumentInfo[K], loc: Loc | undefined): void {
    this.info[key] = value;
    this.map.set(`/${key}`, loc);
  }
}
