// Remembered answers of pure text functions. Forms repeat the same texts (category names, units, stock
// indicators) thousands of times in a run, so each is worked out once. A Map emptied when full, rather than an
// LRU: the texts that repeat come back at once, and a long editor session must not grow without end.

const LIMIT = 20_000;
/** By default, longer texts (a paragraph a rule scans) are not kept: they seldom repeat, and would hold memory. */
const LONGEST = 200;

/**
 * `fn` answering from memory for a text it has seen (up to `limit` texts, of at most `longest` UTF-16 units);
 * `fn` must be pure and its result never mutated.
 */
export function memoize<T>(fn: (text: string) => T, limit = LIMIT, longest = LONGEST): (text: string) => T {
  const seen = new Map<string, T>();
  return (text) => {
    if (text.length > longest) return fn(text);
    let answer = seen.get(text);
    if (answer === undefined && !seen.has(text)) {
      answer = fn(text);
      if (seen.size >= limit) seen.clear();
      seen.set(text, answer);
    }
    return answer as T;
  };
}
