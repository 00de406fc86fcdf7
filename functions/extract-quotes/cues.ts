/**
 * Finds speech cues ("said", "told", "according to", ...) in a stretch of an article. The words
 * come from `cues.json`, a lexicon of the reporting verbs news prose uses; matching is by whole
 * word, and multi-word cues win over the single words inside them.
 */
import type { Span } from '../../shared/article.ts';
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

/** Words before a cue that make it a noun ("a series of tweets", "his claims") or an infinitive. */
const NOT_A_VERB_BEFORE =
  /(?:^|[^\p{L}])(?:a|an|the|his|her|their|its|our|my|your|this|that|these|those|of|several|many|some|recent|latest|late-night|first|new|multiple|two|three|to|[\p{L}]+['’]s?)\s+$/iu;

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
/** Transitions: `TRIE[node * 128 + code]` is the next node, 0 for none (node 0 is the root). */
let TRIE = new Int32Array(128 * 64);
/** For each node: 1 when a single-word cue ends there, 2 when multi-word cues start with it. */
let ENDS = new Uint8Array(64);
let nodeCount = 1;

function addWord(word: string, flag: number): void {
  let node = 0;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    let next = TRIE[node * 128 + code] ?? 0;
    if (next === 0) {
      next = nodeCount++;
      if (nodeCount > ENDS.length) {
        const grownEnds = new Uint8Array(ENDS.length * 2);
        grownEnds.set(ENDS);
        ENDS = grownEnds;
        const grownTrie = new Int32Array(TRIE.length * 2);
        grownTrie.set(TRIE);
        TRIE = grownTrie;
      }
      TRIE[node * 128 + code] = next;
    }
    node = next;
  }
  ENDS[node] = (ENDS[node] ?? 0) | flag;
}

for (const cue of [...lexicon.verbs].sort((a, b) => b.length - a.length)) {
  const parts = cue.split(' ');
  const first = parts[0] ?? '';
  if (parts.length === 1) {
    addWord(cue, 1);
    continue;
  }
  addWord(first, 2);
  const tail = parts.slice(1).map((w) => `\\s+${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);
  const list = MULTI.get(first) ?? [];
  list.push(new RegExp(`${tail.join('')}(?![\\p{L}\\p{N}-])`, 'uy'));
  MULTI.set(first, list);
}

const NON_ASCII_WORD = /[\p{L}\p{N}]/u;

/** Whether the code unit at `i` belongs to a word (a letter or digit; surrogates count). */
function isWordAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  if (Number.isNaN(c)) return false;
  if (c >= 0xd800 && c <= 0xdfff) return true;
  return NON_ASCII_WORD.test(text[i] ?? '');
}

/** Just past the word starting at `i`: letters and digits, joined by hyphens or apostrophes. */
function wordEnd(text: string, i: number): number {
  let j = i;
  for (;;) {
    while (j < text.length && isWordAt(text, j)) j++;
    const c = text.charCodeAt(j);
    if ((c === 45 || c === 39 || c === 0x2019) && isWordAt(text, j + 1)) j++;
    else return j;
  }
}

/** Every speech cue of a text, in text order: one pass over its words. */
function scanCues(text: string): Cue[] {
  const cues: Cue[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isWordAt(text, i)) {
      i++;
      continue;
    }
    const start = i;
    let node = 0;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c >= 128) break;
      const next = TRIE[node * 128 + c] ?? 0;
      if (next === 0) break;
      node = next;
      i++;
    }
    const end = wordEnd(text, i);
    const flags = i === end ? (ENDS[node] ?? 0) : 0;
    i = end;
    if (flags === 0) continue;
    let word = '';
    if (flags & 2) {
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
    const before = text.slice(Math.max(0, start - 24), start);
    // "a snappy retort", "the chant", "his claims": after a determiner or a possessive, a
    // present-tense or base form is a noun; past forms ("said", "added") stay verbs there.
    const pastForm = word.endsWith('ed') || IRREGULAR_PAST.has(word);
    if (NOT_A_VERB_BEFORE.test(before) && (!pastForm || /\bto\s+$/i.test(before))) continue;
    cues.push({
      start,
      end: start + word.length,
      text: word,
      sourceAfter: SOURCE_AFTER.has(word.toLowerCase().replace(/\s+/g, ' ')),
      nounLike: NOUN_LIKE.has(word),
    });
  }
  return cues;
}

/**
 * The cues of the article last asked about: attribution asks for the cues of many small windows
 * of one article, so the article is scanned once and each window is a binary search.
 */
let cachedText: string | null = null;
let cachedCues: Cue[] = [];

/** The speech cues that lie in `[from, to)` of the text, in text order. */
export function findCues(text: string, from: number, to: number): Cue[] {
  if (to <= from) return [];
  if (text !== cachedText) {
    cachedCues = scanCues(text);
    cachedText = text;
  }
  let lo = 0;
  let hi = cachedCues.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((cachedCues[mid] as Cue).start < from) lo = mid + 1;
    else hi = mid;
  }
  const found: Cue[] = [];
  for (let k = lo; k < cachedCues.length; k++) {
    const cue = cachedCues[k] as Cue;
    if (cue.start >= to) break;
    if (cue.end <= to) found.push(cue);
  }
  return found;
}

const SPEECH_NOUNS = new Set(lexicon.speechNouns);

/**
 * Whether `[from, to)` reports words in any form: a cue verb, or a noun of speech ("in a
 * statement", "his remarks", "the ruling"). Used to tell a quoted phrase from a scare quote.
 */
export function reportsSpeech(text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  for (const m of text.slice(from, to).matchAll(/\p{L}+/gu)) {
    if (SPEECH_NOUNS.has(m[0].toLowerCase())) return true;
  }
  return findCues(text, from, to).length > 0;
}
