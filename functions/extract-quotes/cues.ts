/**
 * Finds speech cues ("said", "told", "according to", ...) in a stretch of an article. The words
 * come from `cues.json`, a lexicon of the reporting verbs news prose uses; matching is by whole
 * word, and multi-word cues win over the single words inside them.
 */
import type { Span } from '../../shared/article.ts';
import { spaceAt } from './chars.ts';
import lexicon from './cues.json' with { type: 'json' };

export interface Cue extends Span {
  text: string;
  /** True for cues whose source follows them ("according to Smith", "in the words of"). */
  sourceAfter: boolean;
  /** True for words that are as often nouns ("claims", "tweets"): they need a speaker-like subject. */
  nounLike: boolean;
}

const SOURCE_AFTER = new Set(['according to', 'in the words of']);
const NOUN_LIKE = new Set(lexicon.nounLike);
const IRREGULAR_PAST = new Set([
  'said',
  'told',
  'wrote',
  'written',
  'sang',
  'pled',
  'Said',
  'Wrote',
]);

/**
 * Words before a cue that make it a noun ("a series of tweets", "his claims") or an infinitive;
 * a possessive ("Trump's tweets") does too.
 */
const NOT_A_VERB_BEFORE = new Set(
  (
    'a an the his her their its our my your this that these those of several many some recent ' +
    'latest late-night first new multiple two three to'
  ).split(' '),
);

/** The possessive determiners ("his claims", "our answer"), shared by the quote stage's scans. */
export const POSSESSIVE_DETERMINERS = ['his', 'her', 'their', 'its', 'our', 'my', 'your'];

const ARTICLES = new Set(['a', 'an', 'the']);
const ARTICLE_OR_POSSESSIVE = new Set([...ARTICLES, ...POSSESSIVE_DETERMINERS]);
/** A lowercase word that is no plural noun by its form: "snappy", "familiar", "near-constant". */
const ADJECTIVE_LIKE = /^[a-z][a-z-]*[a-rt-z]$/;
/** Heads that take a plural verb without an "s", and quantities ("a few say", "the two argue"). */
const PLURAL_HEADS = new Set(
  (
    'people police men women children folks staff public media clergy few lot majority ' +
    'minority number handful couple dozen rest latter former both two three four five'
  ).split(' '),
);

/** "retort", "chant", "say": neither a third-person "s", a past, nor a participle. */
function isBaseForm(word: string): boolean {
  return !word.includes(' ') && !/(?:s|ed|ing)$/.test(word);
}

/**
 * The word right before `at` across whitespace (letters, hyphens and apostrophes), or null when
 * the cue opens the text or follows punctuation.
 */
const POSSESSIVE = /\p{L}['’]s?$/u;
/** "he's saying", "who's predicting": a pronoun's 's is "is" (or "has"), so a verb follows. */
const PRONOUN_IS = /^(?:he|she|it|who|that|what|there|here)['’]s$/i;

function previousWord(text: string, at: number): string | null {
  let j = at - 1;
  while (j >= 0 && spaceAt(text, j)) j--;
  if (j < 0 || j < at - 24) return null;
  const end = j + 1;
  while (j >= 0 && end - j < 24) {
    const c = text.charCodeAt(j);
    if (c === 45 || c === 39 || c === 0x2019 || (isWordCode(c) && !(c >= 48 && c <= 57))) j--;
    else break;
  }
  // An opening mark glued to the word ("''to say") is not part of it.
  let from = j + 1;
  for (let c = text.charCodeAt(from); from < end && (c === 39 || c === 0x2019 || c === 45); ) {
    c = text.charCodeAt(++from);
  }
  return end > from ? text.slice(from, end) : null;
}

/**
 * The lexicon as a trie over character codes (its words are ASCII), with multi-word cues kept
 * under their first word (longest first). The scan walks each word of the article once through
 * the trie without cutting it out of the text: most words leave the trie at their first or
 * second letter, so finding cues costs little more than reading the text. An alternation of
 * hundreds of words would be tried at every position, and a word pattern with a set lookup
 * allocates a string per word. Case matters: "Post" or "State" in a name is no cue; only
 * "According to" opens a sentence.
 */
const MULTI = new Map<string, RegExp[]>();

/** The trie's transitions (`next[node * 128 + code]`, 0 for none; node 0 is the root) and, per
 * node, 1 when a single-word cue ends there and 2 when multi-word cues start with its word. */
function buildTrie(words: [string, number][]): { next: Int32Array; ends: Uint8Array } {
  const rows: number[][] = [[]];
  const flags: number[] = [0];
  for (const [word, flag] of words) {
    let node = 0;
    for (let k = 0; k < word.length; k++) {
      const code = word.charCodeAt(k);
      const row = rows[node] as number[];
      let child = row[code] ?? 0;
      if (child === 0) {
        child = rows.length;
        rows.push([]);
        flags.push(0);
        row[code] = child;
      }
      node = child;
    }
    flags[node] = (flags[node] ?? 0) | flag;
  }
  const next = new Int32Array(rows.length * 128);
  rows.forEach((row, node) => {
    row.forEach((child, code) => {
      next[node * 128 + code] = child;
    });
  });
  return { next, ends: Uint8Array.from(flags) };
}

const trieWords: [string, number][] = [];
for (const cue of [...lexicon.verbs].sort((a, b) => b.length - a.length)) {
  const parts = cue.split(' ');
  const first = parts[0] ?? '';
  if (parts.length === 1) {
    trieWords.push([cue, 1]);
    continue;
  }
  trieWords.push([first, 2]);
  const tail = parts.slice(1).map((w) => `\\s+${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);
  const list = MULTI.get(first) ?? [];
  list.push(new RegExp(`${tail.join('')}(?![\\p{L}\\p{N}-])`, 'uy'));
  MULTI.set(first, list);
}
const { next: TRIE, ends: ENDS } = buildTrie(trieWords);
/** First letters of the second words of multi-word cues: most "in"s need no pattern tried. */
const MULTI_SECOND = new Set(
  lexicon.verbs.filter((v) => v.includes(' ')).map((v) => v.split(' ')[1]?.charCodeAt(0) ?? 0),
);

/**
 * Whether each UTF-16 code unit is part of a word (a letter or a digit; surrogates count):
 * 1 yes, 2 no, 0 not looked up yet. A table lookup per character keeps the scan a tight loop;
 * characters past ASCII are classified by the Unicode pattern the first time they are met.
 */
const WORD_CLASS = new Uint8Array(65536);
for (let c = 0; c < 128; c++) {
  const word = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  WORD_CLASS[c] = word ? 1 : 2;
}
const NON_ASCII_WORD = /[\p{L}\p{N}]/u;

function isWordCode(c: number): boolean {
  let k = WORD_CLASS[c] ?? 2;
  if (k === 0) {
    k = (c >= 0xd800 && c <= 0xdfff) || NON_ASCII_WORD.test(String.fromCharCode(c)) ? 1 : 2;
    WORD_CLASS[c] = k;
  }
  return k === 1;
}

/** Just past the word starting at `i`: letters and digits, joined by hyphens or apostrophes. */
function wordEnd(text: string, i: number): number {
  const n = text.length;
  let j = i;
  for (;;) {
    while (j < n) {
      const k = WORD_CLASS[text.charCodeAt(j)];
      if (k === 1 || (k === 0 && isWordCode(text.charCodeAt(j)))) j++;
      else break;
    }
    const c = text.charCodeAt(j);
    if ((c === 45 || c === 39 || c === 0x2019) && j + 1 < n && isWordCode(text.charCodeAt(j + 1)))
      j++;
    else return j;
  }
}

const SAID_THAN_DONE = /^\s+than\s+done\b/;

/** The speech cues of the words that start in `[from, to)`, in text order. */
function scanCues(text: string, from: number, to: number): Cue[] {
  const cues: Cue[] = [];
  const n = text.length;
  let i = from;
  // A word cut by the start of the range belongs to the range before.
  if (i > 0 && i < n && isWordCode(text.charCodeAt(i))) {
    const p = text.charCodeAt(i - 1);
    const joined = (p === 45 || p === 39 || p === 0x2019) && isWordCode(text.charCodeAt(i - 2));
    if (isWordCode(p) || joined) i = wordEnd(text, i);
  }
  while (i < to) {
    // Characters already classified as no word part are skipped in a tight loop.
    const code = text.charCodeAt(i);
    if (WORD_CLASS[code] === 2 || (WORD_CLASS[code] === 0 && !isWordCode(code))) {
      i++;
      continue;
    }
    const start = i;
    let node = 0;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c >= 128) break;
      const child = TRIE[node * 128 + c] ?? 0;
      if (child === 0) break;
      node = child;
      i++;
    }
    const end = wordEnd(text, i);
    const flags = i === end ? (ENDS[node] ?? 0) : 0;
    i = end;
    if (flags === 0) continue;
    let word = '';
    if (flags & 2 && MULTI_SECOND.has(text.charCodeAt(end + 1))) {
      const first = text.slice(start, end);
      for (const rest of MULTI.get(first) ?? []) {
        rest.lastIndex = end;
        const tail = rest.exec(text);
        if (tail) {
          word = first + tail[0];
          break;
        }
      }
    }
    if (!word && flags & 1) word = text.slice(start, end);
    if (!word) continue;
    i = start + word.length;
    // "a snappy retort", "the chant", "his claims": after a determiner or a possessive, a
    // present-tense or base form is a noun; past forms ("said", "added") stay verbs there.
    const prior = previousWord(text, start);
    if (prior !== null) {
      const lowered = prior.toLowerCase();
      const pastForm = word.endsWith('ed') || IRREGULAR_PAST.has(word);
      const nounBefore =
        NOT_A_VERB_BEFORE.has(lowered) || (POSSESSIVE.test(prior) && !PRONOUN_IS.test(prior));
      if (nounBefore && (!pastForm || lowered === 'to')) continue;
      // "the proposed wall", "her alleged remarks": an article or a possessive pronoun right
      // before a past form makes it an adjective; "Roe's said" may be "Roe has said".
      if (pastForm && ARTICLE_OR_POSSESSIVE.has(lowered)) continue;
      // "a snappy retort", "the familiar chant": a base form after an article and one word that
      // is no plural noun ("the officials say", "the people say") is a noun too.
      if (
        !pastForm &&
        isBaseForm(word) &&
        ADJECTIVE_LIKE.test(prior) &&
        !PLURAL_HEADS.has(lowered)
      ) {
        let gap = start;
        while (gap > 0 && spaceAt(text, gap - 1)) gap--;
        const article = previousWord(text, gap - prior.length);
        if (article !== null && ARTICLES.has(article.toLowerCase())) continue;
      }
    }
    // "easier said than done" reports no one's words.
    if (word === 'said' && SAID_THAN_DONE.test(text.slice(start + 4, start + 20))) continue;
    cues.push({
      start,
      end: start + word.length,
      text: word,
      sourceAfter: word.includes(' ') && SOURCE_AFTER.has(word.toLowerCase().replace(/\s+/g, ' ')),
      nounLike: NOUN_LIKE.has(word),
    });
  }
  return cues;
}

/**
 * The cues of the article last asked about, scanned block by block as windows ask for them:
 * attribution asks for the cues of many small windows around quotes, so each block of the
 * article is read once at most, and the stretches far from any quote are never read. Blocks
 * are short (a line of prose): most windows span a clause or two, and a long block would read
 * far past both ends of each; 64 characters read about half as much of an article as 256.
 */
const BLOCK = 64;
let cachedText: string | null = null;
let cachedBlocks: (Cue[] | undefined)[] = [];

/** The speech cues that lie in `[from, to)` of the text, in text order. */
export function findCues(text: string, from: number, to: number): Cue[] {
  if (to <= from) return [];
  if (text !== cachedText) {
    cachedText = text;
    cachedBlocks = [];
  }
  const found: Cue[] = [];
  let lastEnd = -1;
  const lastBlock = Math.floor((Math.min(to, text.length) - 1) / BLOCK);
  for (let b = Math.floor(from / BLOCK); b <= lastBlock; b++) {
    let cues = cachedBlocks[b];
    if (!cues) {
      cues = scanCues(text, b * BLOCK, Math.min(text.length, (b + 1) * BLOCK));
      cachedBlocks[b] = cues;
    }
    for (const cue of cues) {
      // A multi-word cue that runs into the next block is read once, from the block it opens.
      if (cue.start < from || cue.start < lastEnd || cue.end > to) continue;
      found.push(cue);
      lastEnd = cue.end;
    }
  }
  return found;
}

const SPEECH_NOUNS = new Set(lexicon.speechNouns);

const PREPOSITION_BEFORE =
  /\b(?:with|of|for|from|by|in|on|at|about|against|amid|after|before)\s+$/i;

/**
 * Whether `[from, to)` reports words: a cue, or a noun of speech ("in a statement", "his
 * remarks"). A capitalized noun inside the stretch belongs to a name (a "Secretary of State",
 * the "United States"), not to speech; only the stretch's first word may be one.
 */
export function reportsSpeech(
  text: string,
  from: number,
  to: number,
  nounsWithin = Infinity,
): boolean {
  if (to <= from) return false;
  // A cue right after a preposition is a noun ("with attacks", "for calls"): it counts as one.
  for (const cue of findCues(text, from, to)) {
    const noun = !cue.text.endsWith('ing') && PREPOSITION_BEFORE.test(text.slice(from, cue.start));
    if (!noun || cue.start < from + nounsWithin) return true;
  }
  let first = true;
  for (const m of text
    .slice(from, Math.min(to, from + nounsWithin))
    .matchAll(/(\p{L}+)(?=(\s+\p{Lu})?)/gu)) {
    const word = m[1] as string;
    const lower = word.toLowerCase();
    if (SPEECH_NOUNS.has(lower) && (word === lower || (first && !m[2]))) return true;
    first = false;
  }
  return false;
}
