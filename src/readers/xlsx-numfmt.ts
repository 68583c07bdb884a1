// Numbers as a spreadsheet shows them. A cell stores 0.95 and shows 95%; stores 2 and shows 2.00万元. Reviewers
// read what is shown, and value rules judge 95% and 0.95 differently, so the reader applies the cell's number
// format (a built-in id or a code from styles.xml) the way Excel does: sections, placeholders, thousands
// separators and scaling, percent, scientific notation, quoted literals, dates and times.

/** Built-in formats by id (ECMA-376 Part 1, 18.8.30), with the zh-CN variants Excel shows for 14 and 27–58. */
export const BUILTIN_FORMATS: Readonly<Record<number, string>> = {
  0: 'General', 1: '0', 2: '0.00', 3: '#,##0', 4: '#,##0.00', 9: '0%', 10: '0.00%', 11: '0.00E+00',
  12: '# ?/?', 13: '# ??/??', 14: 'yyyy/m/d', 15: 'd-mmm-yy', 16: 'd-mmm', 17: 'mmm-yy', 18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM', 20: 'h:mm', 21: 'h:mm:ss', 22: 'yyyy/m/d h:mm', 27: 'yyyy"年"m"月"', 28: 'm"月"d"日"',
  29: 'm"月"d"日"', 30: 'm-d-yy', 31: 'yyyy"年"m"月"d"日"', 32: 'h"时"mm"分"', 33: 'h"时"mm"分"ss"秒"',
  34: '上午/下午h"时"mm"分"', 35: '上午/下午h"时"mm"分"ss"秒"', 36: 'yyyy"年"m"月"', 37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)', 39: '#,##0.00;(#,##0.00)', 40: '#,##0.00;[Red](#,##0.00)', 45: 'mm:ss',
  46: '[h]:mm:ss', 47: 'mmss.0', 48: '##0.0E+0', 49: '@', 50: 'yyyy"年"m"月"', 51: 'm"月"d"日"',
  52: 'yyyy"年"m"月"', 53: 'm"月"d"日"', 54: 'm"月"d"日"', 55: '上午/下午h"时"mm"分"', 56: '上午/下午h"时"mm"分"ss"秒"',
  57: 'yyyy"年"m"月"', 58: 'm"月"d"日"',
};

type Token =
  | { t: 'literal'; s: string }
  | { t: 'digit'; c: '0' | '#' | '?' }
  | { t: 'point' } | { t: 'comma' } | { t: 'percent' } | { t: 'text' } | { t: 'general' }
  | { t: 'exponent'; sign: '+' | '-' }
  | { t: 'date'; s: string };

interface Condition { op: string; value: number }

interface Section { tokens: Token[]; condition?: Condition }

/** `value` shown in the format `code`; dates count from 1900 (or from 1904 in workbooks that say so). */
export function formatNumber(value: number, code: string, date1904 = false): string {
  if (!Number.isFinite(value)) return String(value);
  if (code.trim() === '') return general(value);
  const sections = splitSections(code).map(parseSection);
  const { section, signed } = chooseSection(sections, value);
  if (!section) return general(value);
  const { tokens } = section;
  if (tokens.some((k) => k.t === 'date')) {
    return formatDate(tokens, signed ? value : Math.abs(value), date1904) ?? general(value);
  }
  const shown = formatDigits(tokens, Math.abs(value));
  return signed && value < 0 && /[1-9]/.test(shown) ? '-' + shown : shown;
}

/** Excel's General: up to 11 significant digits, as short as the number allows. */
export function general(value: number): string {
  if (Number.isInteger(value) && Math.abs(value) < 1e11) return String(value);
  const s = String(Number(value.toPrecision(11)));
  const m = /^(-?[\d.]+)e([+-])(\d+)$/.exec(s);
  return m ? `${m[1]}E${m[2]}${m[3].padStart(2, '0')}` : s;
}

// ---- parsing a code -------------------------------------------------------------------------------------------

function splitSections(code: string): string[] {
  const sections: string[] = [];
  let start = 0;
  for (let i = 0; i < code.length; i++) {
    const c = code[i];
    if (c === '"') i = closing(code, i, '"');
    else if (c === '[') i = closing(code, i, ']');
    else if (c === '\\' || c === '_' || c === '*') i++;
    else if (c === ';') { sections.push(code.slice(start, i)); start = i + 1; }
  }
  sections.push(code.slice(start));
  return sections;
}

function closing(code: string, from: number, close: string): number {
  const i = code.indexOf(close, from + 1);
  return i < 0 ? code.length : i;
}

const DATE_LETTERS = /[yYmMdDhHsSeE]/;

function parseSection(code: string): Section {
  const tokens: Token[] = [];
  let condition: Condition | undefined;
  const literal = (s: string) => tokens.push({ t: 'literal', s });
  for (let i = 0; i < code.length;) {
    const c = code[i];
    const rest = code.slice(i);
    if (c === '"') {
      const end = closing(code, i, '"');
      literal(code.slice(i + 1, end));
      i = end + 1;
    } else if (c === '\\') {
      literal(code[i + 1] ?? '');
      i += 2;
    } else if (c === '_') {
      literal(' '); // _x leaves the width of x: a space
      i += 2;
    } else if (c === '*') {
      i += 2; // *x repeats x to fill the column: nothing in text
    } else if (c === '[') {
      const end = closing(code, i, ']');
      const inner = code.slice(i + 1, end);
      const cond = /^(<=|>=|<>|<|>|=)\s*(-?\d+(?:\.\d+)?)$/.exec(inner);
      if (/^(h+|m+|s+)$/i.test(inner)) tokens.push({ t: 'date', s: `[${inner.toLowerCase()}]` });
      else if (cond) condition = { op: cond[1], value: Number(cond[2]) };
      else if (inner.startsWith('$')) literal(inner.slice(1).split('-')[0]); // [$¥-804]: the symbol; [$-804]: a locale
      // Anything else is a colour ([Red]) or a numeral system ([DBNum1]): digits stay as they are.
      i = end + 1;
    } else if (/^general/i.test(rest)) {
      tokens.push({ t: 'general' });
      i += 7;
    } else if (c === '0' || c === '#' || c === '?') {
      tokens.push({ t: 'digit', c });
      i++;
    } else if (c === '.') {
      // After seconds, .0 is a fraction of a second.
      const sub = /^\.0+/.exec(rest);
      if (sub && lastDate(tokens)?.s.startsWith('s')) { tokens.push({ t: 'date', s: sub[0] }); i += sub[0].length; }
      else { tokens.push({ t: 'point' }); i++; }
    } else if (c === ',') {
      tokens.push({ t: 'comma' });
      i++;
    } else if (c === '%') {
      tokens.push({ t: 'percent' });
      i++;
    } else if (c === '@') {
      tokens.push({ t: 'text' });
      i++;
    } else if (/^[eE][+-]/.test(rest) && tokens.some((k) => k.t === 'digit')) {
      tokens.push({ t: 'exponent', sign: rest[1] as '+' | '-' });
      i += 2;
    } else if (/^(am\/pm|a\/p)/i.test(rest) || rest.startsWith('上午/下午')) {
      const m = /^(am\/pm|a\/p|上午\/下午)/i.exec(rest)![0];
      tokens.push({ t: 'date', s: m.toLowerCase() });
      i += m.length;
    } else if (DATE_LETTERS.test(c) || /^aaa/.test(rest)) {
      let end = i + 1;
      while (end < code.length && code[end].toLowerCase() === c.toLowerCase()) end++;
      tokens.push({ t: 'date', s: code.slice(i, end).toLowerCase() });
      i = end;
    } else {
      literal(c);
      i++;
    }
  }
  return { tokens, condition };
}

function lastDate(tokens: Token[]): { s: string } | undefined {
  for (let i = tokens.length - 1; i >= 0; i--) {
    const k = tokens[i];
    if (k.t === 'date') return k;
  }
  return undefined;
}

/**
 * The section a value is shown in, and whether it shows the value's sign: one section for all; two for ≥ 0 and
 * < 0; three for > 0, < 0 and 0 (a fourth is for text). A section that states a condition ([<0]) takes the
 * values it names. The negative section shows the absolute value: it writes its own sign or brackets.
 */
function chooseSection(sections: Section[], v: number): { section: Section | undefined; signed: boolean } {
  const numeric = sections.slice(0, 3);
  if (numeric.some((s) => s.condition)) {
    const k = numeric.findIndex((s) => s.condition && holds(s.condition, v));
    if (k >= 0) return { section: numeric[k], signed: false };
    const rest = numeric.filter((s) => !s.condition);
    return { section: rest[0] ?? numeric[numeric.length - 1], signed: true };
  }
  if (numeric.length === 1 || (v > 0 || (v === 0 && numeric.length === 2))) return { section: numeric[0], signed: true };
  if (v < 0) return { section: numeric[1], signed: false };
  return { section: numeric[2], signed: true };
}

function holds({ op, value }: Condition, v: number): boolean {
  switch (op) {
    case '<': return v < value;
    case '<=': return v <= value;
    case '>': return v > value;
    case '>=': return v >= value;
    case '<>': return v !== value;
    default: return v === value;
  }
}

// ---- numbers --------------------------------------------------------------------------------------------------

function formatDigits(tokens: Token[], abs: number): string {
  if (tokens.some((k) => k.t === 'general')) {
    return tokens.map((k) => (k.t === 'literal' ? k.s : k.t === 'general' ? general(abs) : '')).join('');
  }
  const digitAt = tokens.flatMap((k, i) => (k.t === 'digit' ? [i] : []));
  // A fraction (# ?/?) is not kept in text form here: General says the same number.
  if (digitAt.length === 0 || tokens.some((k) => k.t === 'literal' && k.s === '/')) {
    return digitAt.length === 0 ? literalsOnly(tokens, abs) : general(abs);
  }
  const exponentAt = tokens.findIndex((k) => k.t === 'exponent');
  const mantissaEnd = exponentAt < 0 ? tokens.length : exponentAt;
  const pointAt = tokens.findIndex((k, i) => k.t === 'point' && i < mantissaEnd);
  const intEnd = pointAt < 0 ? mantissaEnd : pointAt;
  const intDigits = digitAt.filter((i) => i < intEnd);
  const fracDigits = digitAt.filter((i) => pointAt >= 0 && i > pointAt && i < mantissaEnd);
  const lastInt = intDigits[intDigits.length - 1] ?? -1;

  let scaled = abs * 100 ** tokens.filter((k) => k.t === 'percent').length;
  // Commas right after the last integer placeholder divide by a thousand each (#,##0,"千"); between
  // placeholders they group thousands.
  let grouping = false;
  for (let i = 0; i < intEnd; i++) {
    if (tokens[i].t !== 'comma') continue;
    if (i > (intDigits[0] ?? Infinity) && i < lastInt) grouping = true;
    else if (i > lastInt) scaled /= 1000;
  }

  let exponent = 0;
  if (exponentAt >= 0 && scaled !== 0) {
    exponent = Math.floor(Math.log10(scaled));
    // Engineering notation (##0.0E+0): the exponent is a multiple of the integer placeholders' count.
    const step = intDigits.length > 1 && (tokens[intDigits[0]] as { c: string }).c === '#' ? intDigits.length : 1;
    exponent = Math.floor(exponent / step) * step;
    scaled /= 10 ** exponent;
    if (Number(fixed(scaled, fracDigits.length).join('.')) >= 10 ** step) { exponent += step; scaled /= 10 ** step; }
  }

  const [intText, fracText] = fixed(scaled, fracDigits.length);
  const out: string[] = tokens.map((k) => (k.t === 'literal' ? k.s : k.t === 'percent' ? '%' : ''));
  fillInteger(out, tokens, intDigits, intText === '0' ? '' : intText, grouping);
  fillFraction(out, tokens, fracDigits, fracText);
  if (pointAt >= 0) out[pointAt] = '.';
  if (exponentAt >= 0) {
    const expDigits = digitAt.filter((i) => i > exponentAt);
    const sign = exponent < 0 ? '-' : (tokens[exponentAt] as { sign: string }).sign === '+' ? '+' : '';
    out[exponentAt] = 'E' + sign;
    fillInteger(out, tokens, expDigits, String(Math.abs(exponent)).replace(/^0$/, ''), false);
  }
  return out.join('');
}

/** A format without placeholders ("合计"; "-"): only its literals, the value itself not shown. */
function literalsOnly(tokens: Token[], abs: number): string {
  return tokens.map((k) => (k.t === 'literal' ? k.s : k.t === 'text' ? general(abs) : '')).join('');
}

/**
 * Integer digits right-aligned on their placeholders; the first placeholder takes any extra digits. A
 * placeholder with no digit left shows 0 for '0', a space for '?', nothing for '#'.
 */
function fillInteger(out: string[], tokens: Token[], at: number[], digits: string, grouping: boolean): void {
  if (at.length === 0) return;
  const needed = at.filter((i) => (tokens[i] as { c: string }).c !== '#').length;
  let text = digits;
  if (grouping) {
    // Grouping commas stand between the placeholders: the whole grouped number goes to the first one.
    text = digits.padStart(Math.min(needed, at.length), '0').replace(/\B(?=(\d{3})+$)/g, ',');
    at.forEach((i, k) => { out[i] = k === 0 ? text : ''; });
    return;
  }
  let rest = digits;
  for (let k = at.length - 1; k >= 0; k--) {
    const c = (tokens[at[k]] as { c: string }).c;
    if (k === 0) out[at[k]] = rest !== '' ? rest : c === '0' ? '0' : c === '?' ? ' ' : '';
    else if (rest !== '') { out[at[k]] = rest[rest.length - 1]; rest = rest.slice(0, -1); }
    else out[at[k]] = c === '0' ? '0' : c === '?' ? ' ' : '';
  }
}

/** Fraction digits left-aligned; trailing zeros on '#' placeholders dropped, on '?' shown as spaces. */
function fillFraction(out: string[], tokens: Token[], at: number[], digits: string): void {
  let trailing = true;
  for (let k = at.length - 1; k >= 0; k--) {
    const c = (tokens[at[k]] as { c: string }).c;
    const d = digits[k];
    if (trailing && d === '0' && c !== '0') out[at[k]] = c === '?' ? ' ' : '';
    else { trailing = false; out[at[k]] = d; }
  }
}

/**
 * `abs` rounded half away from zero to `decimals` places, as the digits before and after the point. Works on
 * the 15 significant digits a spreadsheet keeps, so that 1.005 rounds to 1.01 as Excel shows it.
 */
function fixed(abs: number, decimals: number): [string, string] {
  const [mantissa, exp = '0'] = abs.toPrecision(15).split('e');
  let digits = mantissa.replace('.', '');
  const dot = mantissa.indexOf('.');
  let point = (dot < 0 ? mantissa.length : dot) + Number(exp);
  if (point < 0) { digits = '0'.repeat(-point) + digits; point = 0; }
  const keep = point + decimals;
  digits = digits.padEnd(keep + 1, '0');
  let kept = digits.slice(0, keep);
  if (digits[keep] >= '5') kept = increment(kept);
  kept = kept.padStart(decimals + 1, '0');
  const intPart = kept.slice(0, kept.length - decimals).replace(/^0+(?=\d)/, '');
  return [intPart, kept.slice(kept.length - decimals)];
}

function increment(digits: string): string {
  const chars = digits.split('');
  for (let i = chars.length - 1; i >= 0; i--) {
    if (chars[i] !== '9') { chars[i] = String(Number(chars[i]) + 1); return chars.join(''); }
    chars[i] = '0';
  }
  return '1' + chars.join('');
}

// ---- dates ----------------------------------------------------------------------------------------------------

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
  'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const DAYS_ZH = '日一二三四五六';
const DAY_MS = 86_400_000;

/** A date serial shown in a date format; null for serials no date has (negative, after 9999). */
function formatDate(tokens: Token[], serial: number, date1904: boolean): string | null {
  if (serial < 0 || serial >= 2_958_466) return null;
  const subsecond = tokens.some((k) => k.t === 'date' && k.s.startsWith('.'));
  const unit = subsecond ? 1000 : 1;
  let days = Math.floor(serial);
  let time = Math.round((serial - days) * 86_400 * unit);
  if (time >= 86_400 * unit) { days++; time = 0; }
  // The 1900 system counts a 29 February 1900 that never was (serial 60), as Lotus 1-2-3 did.
  let y: number, mo: number, d: number, weekday: number;
  if (!date1904 && days === 60) { y = 1900; mo = 2; d = 29; weekday = 3; }
  else {
    const base = date1904 ? Date.UTC(1904, 0, 1) : days > 60 ? Date.UTC(1899, 11, 30) : Date.UTC(1899, 11, 31);
    const date = new Date(base + days * DAY_MS);
    y = date.getUTCFullYear(); mo = date.getUTCMonth() + 1; d = date.getUTCDate(); weekday = date.getUTCDay();
  }
  const seconds = Math.floor(time / unit);
  const h = Math.floor(seconds / 3600), mi = Math.floor(seconds / 60) % 60, s = seconds % 60;
  const twelve = tokens.some((k) => k.t === 'date' && /\//.test(k.s));
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  const dates = tokens.flatMap((k, i) => (k.t === 'date' ? [i] : []));

  return tokens.map((k, i) => {
    if (k.t === 'literal') return k.s;
    if (k.t !== 'date') return k.t === 'comma' ? ',' : k.t === 'point' ? '.' : k.t === 'percent' ? '%' : '';
    const code = k.s;
    if (code.includes('/')) {
      // am/pm, a/p, 上午/下午
      const [am, pm] = code.split('/');
      return h < 12 ? am.toUpperCase() : pm.toUpperCase();
    }
    const at = dates.indexOf(i);
    // m is minutes right after hours or right before seconds, months otherwise.
    const minutes = /^m{1,2}$/.test(code)
      && (/^(h|\[h)/.test(tokens[dates[at - 1]]?.t === 'date' ? (tokens[dates[at - 1]] as { s: string }).s : '')
        || /^(s|\[s)/.test(tokens[dates[at + 1]]?.t === 'date' ? (tokens[dates[at + 1]] as { s: string }).s : ''));
    if (minutes) return pad(mi, code.length);
    switch (code[0]) {
      case 'y': return code.length <= 2 ? pad(y % 100, 2) : String(y);
      case 'e': return String(y);
      case 'm': return code.length <= 2 ? pad(mo, code.length) : code.length === 3 ? MONTHS[mo - 1].slice(0, 3)
        : code.length === 4 ? MONTHS[mo - 1] : MONTHS[mo - 1][0];
      case 'd': return code.length <= 2 ? pad(d, code.length) : code.length === 3 ? DAYS[weekday].slice(0, 3) : DAYS[weekday];
      case 'a': return code.length >= 4 ? `星期${DAYS_ZH[weekday]}` : DAYS_ZH[weekday];
      case 'h': return pad(twelve ? ((h + 11) % 12) + 1 : h, code.length);
      case 's': return pad(s, code.length);
      case '.': return '.' + pad(time % unit, 3).slice(0, code.length - 1);
      case '[': {
        const total = code[1] === 'h' ? days * 24 + h : code[1] === 'm' ? (days * 24 + h) * 60 + mi : days * 86_400 + seconds;
        return pad(total, code.length - 2);
      }
      default: return '';
    }
  }).join('');
}
