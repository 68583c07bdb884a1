// Text normalisation shared by readers and rules: comparisons ignore width, spacing and closing punctuation.

/** NFKC (full-width → ASCII), no white space. */
export function compact(s: string): string {
  return s.normalize('NFKC').replace(/\s+/g, '');
}

const EDGE_PUNCT = /^[\p{P}\p{S}\s]+|[\p{P}\s]+$/gu;

/** The key two texts are compared by: compact, without leading/trailing punctuation and a unit in brackets. */
export function textKey(s: string): string {
  return compact(s).replace(/\((%|‰|[^()]{1,4})\)$/u, '').replace(EDGE_PUNCT, '');
}

export function isBlank(s: string | null | undefined): boolean {
  return s == null || compact(s) === '';
}

/** The text trimmed, cut to `max` characters with … when longer: for quoting a cell in a message. */
export function shorten(s: string, max = 30): string {
  const chars = [...s.trim()];
  return chars.length > max ? chars.slice(0, max).join('') + '…' : chars.join('');
}

/** Length of the longest run of characters two texts share (compared as compact text). */
export function longestCommonRun(a: string, b: string): number {
  const x = [...compact(a)], y = [...compact(b)];
  let best = 0;
  let previous = new Array<number>(y.length + 1).fill(0);
  for (let i = 1; i <= x.length; i++) {
    const current = new Array<number>(y.length + 1).fill(0);
    for (let j = 1; j <= y.length; j++) {
      if (x[i - 1] === y[j - 1]) best = Math.max(best, (current[j] = previous[j - 1] + 1));
    }
    previous = current;
  }
  return best;
}
