/**
 * Sentence boundaries inside one paragraph of news prose. Hand-written rather than taken from
 * the registry because the packages there (`sbd` and kin) miss too many of the standard
 * English cases (abbreviations before names, "U.S." at a sentence end, lists, ellipses) and
 * cannot keep offsets into the clean text. One left-to-right pass: every run of terminal
 * punctuation followed by whitespace is a candidate, and the words around it decide.
 */
import type { Span } from '../../shared/article.ts';
import {
  ABBREVIATIONS,
  COMPANY_SUFFIXES,
  FRONTING_PREPOSITIONS,
  MONTHS,
  NAME_TITLES,
  NEVER_FINAL,
  NUMBER_ABBREVIATIONS,
  PLACE_ABBREVIATIONS,
  ROLE_WORDS,
  SENTENCE_STARTERS,
  TIME_CONTINUATIONS,
} from './abbreviations.ts';

const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** Letters separated by periods: "U.S", "a.m", "D.C", "U.S.A" (the last period not included). */
const INITIALISM = /^(?:\p{L}\.)+\p{L}$/u;
const NUMBER = /^[$€£¥]?[\d.,:/-]+%?$/;
/** What follows the period in "Jane.Doe@example.com" or "site.Example/path". */
const ADDRESS_TAIL = /[@/]|\.\p{L}/u;
const ENUMERATOR = /^(?:\d{1,3}|[ivx]{1,4}|[IVX]{1,4})$/;

const MAX_WORD = 64;
/** Closing quotes and brackets: " ' ” ’ ) ] » › } */
function isCloserCode(c: number): boolean {
  return (
    c === 34 ||
    c === 39 ||
    c === 0x201d ||
    c === 0x2019 ||
    c === 41 ||
    c === 93 ||
    c === 0xbb ||
    c === 0x203a ||
    c === 125
  );
}
const OPENERS = new Set(['"', "'", '“', '‘', '(', '[', '«', '‹', '{', '¿', '¡', '*', '_']);
// Dashes and asterisks are left out: inside a sentence they are punctuation, not bullets.
const BULLETS = new Set(['•', '⁃', '◦', '▪', '‣', '●', '○', '■', '□', '·']);

function isSpace(c: string | undefined): boolean {
  return c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\f' || c === '\u00a0';
}

/** `isSpace` on a UTF-16 code (NaN past the end of the text is no space). */
function isSpaceCode(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13 || c === 12 || c === 0xa0;
}

/**
 * Splits one paragraph into sentence spans. The spans are trimmed, never leave the paragraph,
 * and together cover all of its non-space text.
 */
export function splitSentences(text: string, paragraph: Span): Span[] {
  const spans: Span[] = [];
  appendSentences(text, paragraph.start, paragraph.end, spans, newTerminalScan());
  return spans;
}

/**
 * What is known of where terminal marks stand in one text: none in `[from, next)`, and
 * `next` is one (or the text's end). Paragraphs are split in order, so sharing one scan across
 * an article's paragraphs keeps the search for marks linear even when a paragraph has none
 * and the search runs on into the paragraphs after it.
 */
export interface TerminalScan {
  from: number;
  next: number;
}

export function newTerminalScan(): TerminalScan {
  return { from: 0, next: -1 };
}

const TERMINAL = /[.!?\u2026]/g;

/** The first terminal mark at or after `i`, or the text's length. */
function nextTerminal(text: string, i: number, scan: TerminalScan): number {
  if (i >= scan.from && i <= scan.next) return scan.next;
  // The compiled pattern finds the next mark several times faster than a loop over codes.
  TERMINAL.lastIndex = i;
  scan.from = i;
  scan.next = TERMINAL.test(text) ? TERMINAL.lastIndex - 1 : text.length;
  return scan.next;
}

/**
 * The sentences of `text[start, end)` pushed onto `spans`: the segmenter collects a whole
 * article's sentences in one array rather than concatenating one array per paragraph.
 */
export function appendSentences(
  text: string,
  start: number,
  end: number,
  spans: Span[],
  scan: TerminalScan,
): void {
  const list = findListItems(text, start, end);
  let sentenceStart = skipSpace(text, start, end);
  let nextItem = 0;
  let i = sentenceStart;
  while (i < end) {
    const itemStart = list.starts[nextItem];
    if (itemStart !== undefined && i >= itemStart) {
      // A new list item opens a new sentence even when the last one had no final period.
      if (itemStart > sentenceStart) {
        pushSentence(text, sentenceStart, itemStart, spans);
        sentenceStart = skipSpace(text, itemStart, end);
      }
      nextItem++;
    }
    // Jump to the next terminal mark, stopping at the next list item so it is seen in time.
    const pending = list.starts[nextItem];
    const stop = pending === undefined ? end : pending > i ? pending : i + 1;
    const terminal = nextTerminal(text, i, scan);
    if (terminal >= stop) {
      i = stop;
      continue;
    }
    i = terminal;
    if (list.markerPeriods.has(i)) {
      i++;
      continue;
    }
    const runEnd = scanTerminalRun(text, i, end);
    let after = runEnd;
    while (after < end && isCloserCode(text.charCodeAt(after))) after++;
    if (after >= end) break;
    if (!isSpaceCode(text.charCodeAt(after)) && !isMissingSpace(text, sentenceStart, i, after)) {
      i = runEnd;
      continue;
    }
    if (isBoundary(text, sentenceStart, i, runEnd, after, end)) {
      pushSentence(text, sentenceStart, after, spans);
      sentenceStart = skipSpace(text, after, end);
    }
    i = after;
  }
  pushSentence(text, sentenceStart, end, spans);
}

function pushSentence(text: string, from: number, to: number, spans: Span[]): void {
  const last = trimEnd(text, from, to);
  if (last > from) spans.push({ start: from, end: last });
}

function skipSpace(text: string, from: number, end: number): number {
  let i = from;
  while (i < end && isSpaceCode(text.charCodeAt(i))) i++;
  return i;
}

function trimEnd(text: string, from: number, to: number): number {
  let j = to;
  while (j > from && isSpaceCode(text.charCodeAt(j - 1))) j--;
  return j;
}

/** The end of a run of terminal punctuation, spaced ellipses (". . .") included. */
function scanTerminalRun(text: string, from: number, end: number): number {
  let j = from;
  while (j < end) {
    const c = text.charCodeAt(j);
    if (c === 46 || c === 33 || c === 63 || c === 0x2026) {
      j++;
    } else if (c === 32 && text.charCodeAt(j - 1) === 46 && text.charCodeAt(j + 1) === 46) {
      j++;
    } else {
      break;
    }
  }
  return j;
}

/** The word before the terminal punctuation, without opening quotes or brackets. */
function wordBefore(text: string, sentenceStart: number, at: number): string {
  // Bounded, so text without spaces (a long address, a run of numbers) stays linear.
  const limit = Math.max(sentenceStart, at - MAX_WORD);
  let s = at;
  while (s > limit && !isSpaceCode(text.charCodeAt(s - 1))) s--;
  while (s < at && OPENERS.has(text[s] ?? '')) s++;
  return text.slice(s, at);
}

/**
 * The Unicode tests, with printable ASCII answered by comparing codes: the patterns are exact
 * but cost a call apiece, and nearly every character the splitter looks at is ASCII.
 */
function isLowerCode(c: number): boolean {
  return c < 128 ? c >= 97 && c <= 122 : LOWER.test(String.fromCharCode(c));
}

function isUpperCode(c: number): boolean {
  return c < 128 ? c >= 65 && c <= 90 : UPPER.test(String.fromCharCode(c));
}

function isLetterOrDigitCode(c: number): boolean {
  return c < 128
    ? (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)
    : LETTER_OR_DIGIT.test(String.fromCharCode(c));
}

/**
 * Where the word after a candidate boundary starts, past whitespace and opening quotes or
 * brackets; `wordAfterEnd` then gives its end. Offsets rather than a string, so the common
 * case (a lower-case word: no boundary) decides without cutting the word out.
 */
function wordAfterStart(text: string, from: number, end: number): number {
  let s = skipSpace(text, from, end);
  while (s < end && OPENERS.has(text[s] ?? '') && !isLetterOrDigitCode(text.charCodeAt(s))) s++;
  return s;
}

function wordAfterEnd(text: string, s: number, end: number): number {
  let e = s;
  for (; e < end; e++) {
    const c = text.charCodeAt(e);
    if (!isLetterOrDigitCode(c) && c !== 0x2019 && c !== 39) break;
  }
  if (e === s && s < end) e = s + 1;
  return e;
}

/** The word after a boundary in lower case: only some rules need it, so it is cut out late. */
function lowerWordAfter(text: string, nextStart: number, end: number): string {
  return text.slice(nextStart, wordAfterEnd(text, nextStart, end)).toLowerCase();
}

/** Whether the word after a boundary is one that opens sentences but never names anything. */
function opensSentence(text: string, nextStart: number, end: number): boolean {
  return SENTENCE_STARTERS.has(lowerWordAfter(text, nextStart, end));
}

function isBoundary(
  text: string,
  sentenceStart: number,
  runStart: number,
  runEnd: number,
  after: number,
  end: number,
): boolean {
  const nextStart = wordAfterStart(text, after, end);
  const firstCode = nextStart < end ? text.charCodeAt(nextStart) : Number.NaN;
  if (isLowerCode(firstCode)) return false;
  const nextIsDigit = firstCode >= 48 && firstCode <= 57;

  // A run of one mark, by far the most common, is read without cutting it out.
  const single = runEnd === runStart + 1;
  const mark = text.charCodeAt(runStart);
  const run = single ? '' : text.slice(runStart, runEnd);
  if (single ? mark === 33 || mark === 63 : run.includes('!') || run.includes('?')) {
    // "“Why now?” Raman asked." is one sentence: the speech tag belongs to the quote.
    if (after > runEnd && isSpeechTag(text, after, end)) return false;
    // "and -- voila! -- you have it": an exclamation inside the sentence.
    return isLetterOrDigitCode(firstCode);
  }

  const dots = single ? (mark === 0x2026 ? 3 : 1) : countDots(run);
  if (dots >= 2) {
    // An elision inside brackets ("[...]") is part of a quotation, never its end.
    if (text[runStart - 1] === '[' && text[runEnd] === ']') return false;
    // Four dots (". . . .", "....") are an ellipsis plus the period that ends the sentence.
    if (dots >= 4) return true;
    // A spaced ellipsis marks words left out of a quotation; the sentence goes on.
    if (run.includes(' ')) return false;
    return true;
  }

  // Quotation marks or brackets after the period: the quoted sentence ended here.
  if (after > runEnd) return true;

  const word = wordBefore(text, sentenceStart, runStart);
  const key = word.toLowerCase();
  const initialism = word.includes('.') && INITIALISM.test(word);
  // "3. The third point": a number opening the sentence is an enumerator, not its end.
  if (runStart - word.length === sentenceStart && ENUMERATOR.test(word)) return false;
  if (NEVER_FINAL.has(key)) return false;
  if (NAME_TITLES.has(key) && isUpperCode(word.charCodeAt(0))) return false;
  if (nextIsDigit) {
    return !(
      NUMBER_ABBREVIATIONS.has(key) ||
      MONTHS.has(key) ||
      NAME_TITLES.has(key) ||
      initialism ||
      word.length === 1 ||
      (word.length <= 3 && !/^\p{L}+$/u.test(word) && !NUMBER.test(word))
    );
  }
  if (key === 'a.m' || key === 'p.m') {
    if (TIME_CONTINUATIONS.has(lowerWordAfter(text, nextStart, end))) return false;
    return !isFrontedPhrase(text, sentenceStart, runStart);
  }
  if (initialism) return opensSentence(text, nextStart, end);
  if (word.length === 1 && /\p{L}/u.test(word)) {
    if (word === 'I' && isPronounI(text, sentenceStart, runStart)) return true;
    return opensSentence(text, nextStart, end);
  }
  if (MONTHS.has(key)) return true;
  if (COMPANY_SUFFIXES.has(key)) return !ROLE_WORDS.has(lowerWordAfter(text, nextStart, end));
  if (ABBREVIATIONS.has(key) || NUMBER_ABBREVIATIONS.has(key))
    return opensSentence(text, nextStart, end);
  if (PLACE_ABBREVIATIONS.has(key) && isUpperCode(word.charCodeAt(0))) {
    return opensSentence(text, nextStart, end);
  }
  return true;
}

const SPEECH_TAG =
  /^\s+(?:\p{Lu}[\p{L}'’.-]*\s+){1,4}(?:said|says|asked|asks|told|added|adds|wrote|writes|replied|replies|explained|recalled|noted|insisted|shouted|yelled|tweeted|declared|argued|answered|responded|quipped|countered|wondered|continued|exclaimed|cried)(?=\s*[.,;:]|\s*$)/u;

function isSpeechTag(text: string, after: number, end: number): boolean {
  return SPEECH_TAG.test(text.slice(after, Math.min(end, after + 100)));
}

/**
 * "the store.Today it rained": a period with no space after it still ends a sentence when a
 * capitalized word follows a lower-case word or number. Web addresses, e-mail addresses and
 * initialisms ("U.S.A.", "example.Com") keep their periods.
 */
function isMissingSpace(text: string, sentenceStart: number, at: number, after: number): boolean {
  if (!UPPER.test(text[after] ?? '') || !LOWER.test(text[after + 1] ?? '')) return false;
  const before = text[at - 1] ?? '';
  if (!LOWER.test(before) && !(before >= '0' && before <= '9')) return false;
  const word = wordBefore(text, sentenceStart, at);
  if (word.length < 2 || /[.@/:\\]/.test(word)) return false;
  let tokenEnd = after;
  while (tokenEnd < text.length && tokenEnd < after + 64 && !isSpace(text[tokenEnd])) tokenEnd++;
  return !ADDRESS_TAIL.test(text.slice(after, tokenEnd));
}

function countDots(run: string): number {
  let n = 0;
  for (const c of run) {
    if (c === '.') n++;
    else if (c === '…') n += 3;
  }
  return n;
}

/**
 * "you and I." is the pronoun, after a lower-case word; "Albert I. Jones" and "I. M. Pei" are
 * initials.
 */
function isPronounI(text: string, sentenceStart: number, at: number): boolean {
  let e = at - 1;
  while (e > sentenceStart && isSpace(text[e - 1])) e--;
  const previous = wordBefore(text, sentenceStart, e);
  return previous !== '' && !UPPER.test(previous[0] ?? '');
}

/** "At 5 a.m." at the head of a sentence is an adverbial that the sentence still has to follow. */
function isFrontedPhrase(text: string, sentenceStart: number, at: number): boolean {
  const words = text.slice(sentenceStart, at).split(/\s+/);
  const head = (words[0] ?? '').toLowerCase().replace(/[^\p{L}]/gu, '');
  return words.length <= 6 && FRONTING_PREPOSITIONS.has(head);
}

interface ListItems {
  /** Offsets where a list item after the first begins. */
  starts: number[];
  /** Offsets of the periods that belong to list markers ("1.", "a.") and end nothing. */
  markerPeriods: Set<number>;
}

const MARKER = /^([•⁃◦▪‣●○■□–*·-]?)[ \t]?(?:(\d{1,3})|([A-Za-z]))(\.\)|\)|\.)(?=\s)/u;

/** Shared by every paragraph that opens no list; never written to. */
const NO_LIST: ListItems = { starts: [], markerPeriods: new Set() };

/**
 * A cheap look at the paragraph's first characters: most paragraphs open with a word of two
 * letters or more, which neither a list marker nor a bullet can be, so the marker pattern and
 * its allocations are spared for them.
 */
function mayOpenList(text: string, from: number, end: number): boolean {
  if (from >= end) return false;
  const c = text.charCodeAt(from);
  const isLetter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (isLetter) {
    const next = text.charCodeAt(from + 1);
    return next === 46 || next === 41;
  }
  if (c >= 48 && c <= 57) {
    let k = from + 1;
    while (k < end && k < from + 3 && text.charCodeAt(k) >= 48 && text.charCodeAt(k) <= 57) k++;
    const next = text.charCodeAt(k);
    return next === 46 || next === 41;
  }
  return true;
}

/**
 * Finds an inline list that opens the paragraph ("1) The first item 2) The second item",
 * "• 9. First • 10. Second", "a. First b. Second"): the items are sentences of their own.
 */
function findListItems(text: string, start: number, end: number): ListItems {
  const from = skipSpace(text, start, end);
  if (!mayOpenList(text, from, end)) return NO_LIST;
  const items: ListItems = { starts: [], markerPeriods: new Set() };
  const head = MARKER.exec(text.slice(from, Math.min(end, from + 12)));
  const bullet = text[from];
  if (!head) {
    if (bullet !== undefined && BULLETS.has(bullet) && isSpace(text[from + 1]))
      findBullets(text, from, end, bullet, items);
    return items;
  }
  const [marker, bulletMark = '', digits, letter, punct = ''] = head;
  const markerPeriod = from + marker.length - punct.length;
  if (punct.startsWith('.')) items.markerPeriods.add(markerPeriod);
  if (BULLETS.has(bulletMark)) {
    findBullets(text, from, end, bulletMark, items);
    return items;
  }
  let label = digits !== undefined ? Number(digits) : (letter ?? 'a').charCodeAt(0);
  let pos = from + marker.length;
  for (;;) {
    label++;
    const expected = (digits !== undefined ? String(label) : String.fromCharCode(label)) + punct;
    const at = findMarker(text, expected, pos, end);
    if (at < 0) break;
    items.starts.push(at);
    if (punct.startsWith('.')) items.markerPeriods.add(at + expected.length - punct.length);
    pos = at + expected.length;
  }
  return items;
}

/** The next `expected` marker standing as a word of its own, or -1. */
function findMarker(text: string, expected: string, from: number, end: number): number {
  let at = text.indexOf(expected, from);
  while (at >= 0 && at < end) {
    if (isSpace(text[at - 1]) && isSpace(text[at + expected.length])) return at;
    at = text.indexOf(expected, at + 1);
  }
  return -1;
}

function findBullets(text: string, from: number, end: number, bullet: string, items: ListItems) {
  let at = text.indexOf(bullet, from + 1);
  while (at >= 0 && at < end) {
    if (isSpace(text[at - 1])) {
      items.starts.push(at);
      const marker = MARKER.exec(text.slice(at, Math.min(end, at + 12)));
      const punct = marker?.[4] ?? '';
      if (marker && punct.startsWith('.'))
        items.markerPeriods.add(at + marker[0].length - punct.length);
    }
    at = text.indexOf(bullet, at + 1);
  }
}
