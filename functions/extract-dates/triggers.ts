/**
 * The cheap first pass: one scan finds the words every temporal expression contains (a month, a
 * weekday, a year, a unit such as "week", "now"...), and only the text around them is handed to
 * the grammar and to chrono-node. Most of an article is never parsed.
 */
import type { Span } from '../../shared/article.ts';

/** A stretch of text to parse, with the trigger words found in it (lower case). */
export interface TriggerWindow extends Span {
  triggers: string[];
}

// The trigger words, compiled below into a trie so the scan decides on the first letters of a
// word instead of trying every trigger at every word start.
const WEEKDAY_WORDS = ['mon', 'tues', 'wednes', 'thurs', 'fri', 'satur', 'sun'].flatMap((d) => [
  `${d}day`,
  `${d}days`,
]);
const MONTH_WORDS = new Set([
  ...['jan', 'january', 'feb', 'february', 'mar', 'march', 'apr', 'april', 'may', 'jun', 'june'],
  ...['jul', 'july', 'aug', 'august', 'sep', 'sept', 'september', 'oct', 'october', 'nov'],
  ...['november', 'dec', 'december'],
]);
const TRIGGER_WORDS = [
  ...MONTH_WORDS,
  ...WEEKDAY_WORDS,
  ...['today', 'yesterday', 'tomorrow', 'tonight', 'now', 'current', 'currently', 'recent'],
  ...['recently', 'lately', 'past', 'future', 'soon', 'previously', 'present', 'nowadays'],
  ...['century', 'centuries', 'decade', 'decades', 'year', 'years', 'quarter', 'quarters', 'half'],
  ...['month', 'months', 'week', 'weeks', 'weekend', 'weekends', 'day', 'days', 'hour', 'hours'],
  ...['minute', 'minutes', 'second', 'seconds', 'morning', 'afternoon', 'evening', 'night'],
  ...['overnight', 'noon', 'midnight', 'midday', 'spring', 'summer', 'fall', 'autumn', 'winter'],
  ...['daily', 'weekly', 'biweekly', 'monthly', 'annually', 'yearly', 'hourly', 'nightly'],
  ...['semiannually', 'semi-annually', 'nineteen', 'two thousand', 'term', 'period', 'christmas'],
  ...['thanksgiving', 'halloween', 'easter', 'ago', 'earlier', 'later'],
];

/** Case-folded letter (0-25), space (26) or hyphen (27): the alphabet of the trigger trie. */
const ALPHABET = 28;

function symbol(code: number): number {
  if (code >= 97 && code <= 122) return code - 97;
  if (code >= 65 && code <= 90) return code - 65;
  if (code === 32) return 26;
  if (code === 45) return 27;
  return -1;
}

/**
 * The trigger words as a flat transition table walked one character code at a time. A hand-
 * written scanner rather than one regular expression: the scan touches every character of every
 * article, and a table walk that skips non-trigger words at their first letters is several times
 * faster than the engine's backtracking over a 150-word alternation.
 */
function buildTrie(words: string[]): { next: Int32Array; final: Uint8Array } {
  const rows: number[][] = [new Array<number>(ALPHABET).fill(0)];
  const finals: boolean[] = [false];
  for (const word of words) {
    let node = 0;
    for (let i = 0; i < word.length; i++) {
      const sym = symbol(word.charCodeAt(i));
      const row = rows[node];
      if (!row || sym < 0) throw new Error(`trigger word outside the alphabet: ${word}`);
      let child = row[sym] ?? 0;
      if (child === 0) {
        child = rows.length;
        rows.push(new Array<number>(ALPHABET).fill(0));
        finals.push(false);
        row[sym] = child;
      }
      node = child;
    }
    finals[node] = true;
  }
  return { next: Int32Array.from(rows.flat()), final: Uint8Array.from(finals, (f) => (f ? 1 : 0)) };
}

const TRIE = buildTrie(TRIGGER_WORDS);

// Character classes by code unit, looked up in one table: the scan reads every character of the
// article, and a typed-array load is cheaper there than a chain of comparisons.
const WORD = 1;
const SPACE = 2;
const DIGIT = 4;
const CLASS = Uint8Array.from({ length: 65_536 }, (_, c) => {
  const ch = String.fromCharCode(c);
  return (
    (/\w/.test(ch) ? WORD : 0) | (/\s/.test(ch) ? SPACE : 0) | (c >= 48 && c <= 57 ? DIGIT : 0)
  );
});

function isDigit(code: number): boolean {
  return ((CLASS[code] ?? 0) & DIGIT) !== 0;
}

/** `\w` of a regular expression: the characters a word is made of. */
function isWordChar(code: number): boolean {
  return ((CLASS[code] ?? 0) & WORD) !== 0;
}

/** `\s` of a regular expression. */
function isSpace(code: number): boolean {
  return ((CLASS[code] ?? 0) & SPACE) !== 0;
}

/** Whether a word ends before `i` (the end of the text or a non-word character). */
function boundary(text: string, i: number): boolean {
  return i >= text.length || !isWordChar(text.charCodeAt(i));
}

/** The end of the longest trigger word starting at `i`, or -1. */
function wordTrigger(text: string, i: number): number {
  let node = 0;
  let found = -1;
  for (let j = i; j < text.length; j++) {
    const sym = symbol(text.charCodeAt(j));
    if (sym < 0) break;
    node = TRIE.next[node * ALPHABET + sym] ?? 0;
    if (node === 0) break;
    if (TRIE.final[node] === 1 && boundary(text, j + 1)) found = j + 1;
  }
  return found;
}

/**
 * The end of a numeric trigger starting at `i`: a year (`1998`, `1990s`), a clock time or
 * numeric date (`10:30`, `7/6`), an hour with its meridiem (`4 p.m.`), or -1.
 */
function numberTrigger(text: string, i: number): number {
  const c0 = text.charCodeAt(i);
  const c1 = text.charCodeAt(i + 1);
  const c2 = text.charCodeAt(i + 2);
  const c3 = text.charCodeAt(i + 3);
  if (
    ((c0 === 49 && c1 >= 54 && c1 <= 57) || (c0 === 50 && c1 === 48)) &&
    isDigit(c2) &&
    isDigit(c3)
  ) {
    if (boundary(text, i + 4)) return i + 4;
    if ((text.charCodeAt(i + 4) === 115 || text.charCodeAt(i + 4) === 83) && boundary(text, i + 5))
      return i + 5;
  }
  const digits = isDigit(c1) ? 2 : 1;
  let j = i + digits;
  const sep = text.charCodeAt(j);
  if ((sep === 58 || sep === 47) && isDigit(text.charCodeAt(j + 1))) {
    j += 2;
    while (isDigit(text.charCodeAt(j))) j++;
    if (boundary(text, j)) return j;
    return -1;
  }
  if (isSpace(sep)) j++;
  const m = text.charCodeAt(j) | 32;
  if (m !== 97 && m !== 112) return -1;
  j++;
  if (text.charCodeAt(j) === 46) j++;
  if ((text.charCodeAt(j) | 32) !== 109) return -1;
  return boundary(text, j + 1) ? j + 1 : -1;
}

/** The end of a trigger starting at `i` (a word start or an apostrophe), or -1. */
function triggerAt(text: string, i: number, code: number): number {
  if (code === 39) {
    // "'80s"
    return isDigit(text.charCodeAt(i + 1)) &&
      text.charCodeAt(i + 2) === 48 &&
      (text.charCodeAt(i + 3) | 32) === 115
      ? i + 4
      : -1;
  }
  if (isDigit(code)) return numberTrigger(text, i);
  const folded = code | 32;
  if (
    (folded === 113 || folded === 104) &&
    text.charCodeAt(i + 1) >= 49 &&
    text.charCodeAt(i + 1) <= 52 &&
    boundary(text, i + 2)
  )
    return i + 2;
  return wordTrigger(text, i);
}

/** How far before and after its trigger a temporal expression may reach ("more than two and a half years"). */
const BEFORE = 36;
const AFTER = 28;

/** Windows of the text, in order and disjoint, that may hold a temporal expression. */
export function triggerWindows(text: string): TriggerWindow[] {
  const windows: TriggerWindow[] = [];
  const length = text.length;
  let i = 0;
  while (i < length) {
    const code = text.charCodeAt(i);
    if (!isWordChar(code) && code !== 39) {
      i++;
      continue;
    }
    let end = triggerAt(text, i, code);
    // A month name in lower case is the modal "may" or the verb "march": no rule reads it.
    if (end > 0 && code >= 97 && code <= 122 && MONTH_WORDS.has(text.slice(i, end))) end = -1;
    if (end < 0) {
      // Not a trigger: skip the rest of the word, where no word starts.
      i++;
      if (code !== 39) while (i < length && isWordChar(text.charCodeAt(i))) i++;
      continue;
    }
    addWindow(text, windows, i, end);
    i = end;
  }
  return windows;
}

function addWindow(text: string, windows: TriggerWindow[], from: number, to: number): void {
  let start = Math.max(0, from - BEFORE);
  let end = Math.min(text.length, to + AFTER);
  // Start and end on whitespace so no rule sees half a word.
  while (start > 0 && !isSpace(text.charCodeAt(start - 1))) start -= 1;
  while (end < text.length && !isSpace(text.charCodeAt(end))) end += 1;
  const last = windows[windows.length - 1];
  const word = text.slice(from, to).toLowerCase();
  if (last && start <= last.end) {
    last.end = Math.max(last.end, end);
    last.triggers.push(word);
  } else windows.push({ start, end, triggers: [word] });
}
