/**
 * The cheap first pass: one regular expression finds the words every temporal expression
 * contains (a month, a weekday, a year, a unit such as "week", "now"...), and only the text around
 * them is handed to the grammar and to chrono-node. Most of an article is never parsed.
 */
import type { Span } from '../../shared/article.ts';

/** A stretch of text to parse, with the trigger words found in it (lower case). */
export interface TriggerWindow extends Span {
  triggers: string[];
}

// The trigger words, compiled below into one alternation shaped like a trie ("d(?:a(?:ys?|ily)|
// ec(?:ade|ember)...)") so the regular-expression engine decides on the first letter instead of
// trying every word at every word start. (A hand-written character loop was tried: it is slower
// than the engine's native code, above all before the optimizing compiler has run.)
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
  ...['thanksgiving', 'halloween', 'easter', 'ago', 'earlier', 'later', 'a while', 'some time'],
  ...['twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties'],
  ...['gmt', 'utc', 'bst', 'cet', 'cest', 'et', 'est', 'edt', 'local time', 'fortnight'],
  ...['fortnights', 'fortnightly', "o'clock", 'o’clock', 'five to', 'ten to', 'twenty to'],
  ...['twenty-five to', 'twenty five to', 'juneteenth', 'twenty', 'a.m', 'p.m', 'midmorning'],
  ...['midafternoon', 'midevening'],
];

interface TrieNode {
  end: boolean;
  next: Map<string, TrieNode>;
}

function trieSource(words: string[]): string {
  const root: TrieNode = { end: false, next: new Map() };
  for (const word of words) {
    let node = root;
    for (const ch of word) {
      let child = node.next.get(ch);
      if (!child) {
        child = { end: false, next: new Map() };
        node.next.set(ch, child);
      }
      node = child;
    }
    node.end = true;
  }
  const render = (node: TrieNode): string => {
    const branches = [...node.next.entries()].map(
      ([ch, child]) => ch.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&') + render(child),
    );
    if (branches.length === 0) return '';
    const body = branches.length === 1 ? (branches[0] ?? '') : `(?:${branches.join('|')})`;
    // A word that is also the start of a longer one ("day", "days"): the longer one is tried first.
    return node.end ? `(?:${body})?` : body;
  };
  return render(root);
}

const WORD_TRIGGER = `\\b(?:[QH][1-4]\\b|(?:(?:FY)?(?:1[6-9]|20)\\d\\ds?|1[0-5]\\d0s|FY ?['’]?\\d\\d|\\d{1,2}[:/]\\d+|\\d{1,2}\\s?[ap]\\.?m|\\d{1,2}(?:st|nd|rd|th))\\b|${trieSource(TRIGGER_WORDS)}\\b)`;
// One leading \b for every alternative lets the engine skip the inside of words at once; the
// rare decade or year with an apostrophe ("'80s", "’08"), which has no word boundary before it,
// gets the slower expression only in the articles that hold one.
const TRIGGER = new RegExp(WORD_TRIGGER, 'gi');
const TRIGGER_WITH_APOSTROPHE_YEARS = new RegExp(
  `['’]\\d\\d(?:s\\b|(?!\\d))|${WORD_TRIGGER}`,
  'gi',
);

/** A decade or a year after an apostrophe ("'80s", "’08"): two digits, and no third. */
const APOSTROPHE_YEAR = /['’]\d\d(?!\d)/;

/**
 * Whether the text holds a decade or a year after an apostrophe. The pattern's scan is about twice
 * as quick as looking at each apostrophe in a loop: most are the "'s" of a possessive.
 */
function hasApostropheYear(text: string): boolean {
  return APOSTROPHE_YEAR.test(text);
}

/** How far before and after its trigger a temporal expression may reach ("more than two and a half years"). */
const BEFORE = 36;
const AFTER = 28;

/** `\s` of a regular expression, for the edges of a window. */
function isSpace(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  return (
    code === 160 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** Windows of the text, in order and disjoint, that may hold a temporal expression. */
export function triggerWindows(text: string): TriggerWindow[] {
  const windows: TriggerWindow[] = [];
  const trigger = hasApostropheYear(text) ? TRIGGER_WITH_APOSTROPHE_YEARS : TRIGGER;
  trigger.lastIndex = 0;
  for (let m = trigger.exec(text); m; m = trigger.exec(text)) {
    const word = m[0].toLowerCase();
    // A month name in lower case is the modal "may" or the verb "march": no rule reads it.
    if (word === m[0] && MONTH_WORDS.has(word)) continue;
    let start = Math.max(0, m.index - BEFORE);
    let end = Math.min(text.length, m.index + m[0].length + AFTER);
    // Start and end on whitespace so no rule sees half a word.
    while (start > 0 && !isSpace(text.charCodeAt(start - 1))) start -= 1;
    while (end < text.length && !isSpace(text.charCodeAt(end))) end += 1;
    const last = windows[windows.length - 1];
    if (last && start <= last.end) {
      last.end = Math.max(last.end, end);
      last.triggers.push(word);
    } else windows.push({ start, end, triggers: [word] });
  }
  return windows;
}
