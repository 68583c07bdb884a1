// Amounts of money written in running text, and whether a text lists the parts of its budget. 资金用途 often
// itemises the budget (村级党建活动经费 18.84 万元，村综合服务站运转 55 万元), and those amounts must add up to 预算数;
// but it as often names a total, a sub-part, a rate or last year's figure beside the parts, and adding those up
// would be wrong. Offsets index the text as given, so that a finding can point at an amount.
import { roundAmount, sameAmount } from './sums.js';

export type MoneyUnit = '元' | '万元';

export interface Amount {
  /** The number as written. */
  number: number;
  unit: MoneyUnit;
  /** The amount in the money unit asked for: 18.84万元 is 188400 in 元. */
  value: number;
  /** A price rather than a sum: 300元/人, 5万元每村. */
  perUnit: boolean;
  /** Where the number and its unit stand in the text; `end` is exclusive. */
  offset: number;
  end: number;
}

const AMOUNT = /(\d+(?:,\d{3})*(?:\.\d+)?)[ \t\u3000]*(万元|元)(?!旦)/g;
const PER_UNIT = /^[ \t\u3000]*[/每]/;
const YUAN_PER: Record<MoneyUnit, number> = { 元: 1, 万元: 10000 };

/** Every amount written with a money unit (元 or 万元), in the text's order, converted to `moneyUnit`. */
export function amountsIn(text: string, moneyUnit: MoneyUnit = '万元'): Amount[] {
  // Full-width digits and points read as ASCII; the replacement keeps every offset.
  const t = text.replace(/[０-９．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  return [...t.matchAll(AMOUNT)]
    // A number run on from a longer one (1.18.84万元) is not an amount of its own.
    .filter((m) => !/[\d.]/.test(t[m.index - 1] ?? ''))
    .map((m) => {
      const number = Number(m[1].replace(/,/g, ''));
      const unit = m[2] as MoneyUnit;
      const end = m.index + m[0].length;
      return {
        number, unit, value: roundAmount(number * YUAN_PER[unit] / YUAN_PER[moneyUnit]),
        perUnit: PER_UNIT.test(t.slice(end)), offset: m.index, end,
      };
    });
}

// Items of a list: sentences, lines and numbered points (1. 1、 （1） 一、 ①); clauses within an item.
const ITEM_BREAK = /[；;。\n]|(?<![\d.])\d{1,2}[.、](?!\d)|[（(][\d一二三四五六七八九十]{1,2}[）)]|[一二三四五六七八九十]{1,2}、|[①-⑳]/g;
// A comma between digits groups thousands (1,200元); it ends no clause.
const CLAUSE_BREAK = /[，、：:]|(?<!\d),|,(?!\d{3}(?!\d))/g;
// A text that speaks of a rate (每人, 人均, 标准) gives prices, not parts of the budget.
const RATE = /每|人均|户均|平均|单价|标准/;
// Words that make an amount something other than one part: a total or subtotal, a sub-part, a change from last
// year, an estimate or a bound.
const NOT_A_PART = /合计|共计|总计|总额|总共|一共|小计|累计|预算|共(?=[\d约])|含|包括|其中|增加|减少|增长|下降|结转|结余|上年|去年|同比|追加|调增|调减|压减|节约|节省|约|左右|不超过|不低于|不少于|不高于|以内|以上|以下|超过|[≥≤≧≦<>＜＞]/;
const OPENING = /[（(【[]/g;
const CLOSING = /[）)】\]]/g;

/**
 * The amounts a text lists as the parts of a budget, or null when it does not clearly itemise one: fewer than
 * two amounts, a 其中 or an amount in brackets (a sub-part), a price, a total or last year's figure beside the
 * parts, a use listed after the amounts with no amount of its own, or an amount that is the sum of the others.
 */
export function itemisedAmounts(text: string, moneyUnit: MoneyUnit = '万元'): Amount[] | null {
  const amounts = amountsIn(text, moneyUnit);
  if (amounts.length < 2 || /其中/.test(text)) return null;
  const items = segments(text, 0, text.length, ITEM_BREAK);
  const parts = clauses(text, items);
  const holding = (s: Segment) => amounts.filter((a) => a.offset >= s.start && a.end <= s.end);
  for (const item of items) if (holding(item).length > 0 && RATE.test(text.slice(item.start, item.end))) return null;
  for (const a of amounts) {
    if (a.perUnit || insideBrackets(text, a.offset)) return null;
    const clause = parts.find((c) => a.offset >= c.start && a.end <= c.end);
    if (!clause || NOT_A_PART.test(text.slice(clause.start, clause.end))) return null;
  }
  // Listed uses: the items, or the clauses of a text that is one item. Once amounts begin, each use has one.
  const uses = items.length > 1 ? items : parts;
  const first = uses.findIndex((u) => holding(u).length > 0);
  if (uses.slice(first).some((u) => holding(u).length === 0)) return null;
  const total = roundAmount(amounts.reduce((sum, a) => sum + a.value, 0));
  if (amounts.some((a) => sameAmount(a.value, roundAmount(total - a.value), 0))) return null;
  return amounts;
}

interface Segment {
  start: number;
  end: number;
}

/** The parts of text[start, end) between the matches of `breaks`, those with a word or a number in them. */
function segments(text: string, start: number, end: number, breaks: RegExp): Segment[] {
  const out: Segment[] = [];
  let from = start;
  for (const m of text.slice(start, end).matchAll(breaks)) {
    out.push({ start: from, end: start + m.index });
    from = start + m.index + m[0].length;
  }
  out.push({ start: from, end });
  return out.filter((s) => /[\p{L}\p{N}]/u.test(text.slice(s.start, s.end)));
}

function clauses(text: string, items: Segment[]): Segment[] {
  return items.flatMap((item) => segments(text, item.start, item.end, CLAUSE_BREAK));
}

function insideBrackets(text: string, offset: number): boolean {
  const before = text.slice(0, offset);
  return (before.match(OPENING)?.length ?? 0) > (before.match(CLOSING)?.length ?? 0);
}
