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
 * The lexicon as a word lookup: single words in a set, multi-word cues under their first word
 * (longest first). One pass of a plain word pattern and a set lookup per word keeps cue finding
 * linear and cheap; an alternation of hundreds of words would be tried at every position.
 * Case matters: "Post" or "State" in a name is no cue; only "According to" opens a sentence.
 */
const SINGLE = new Set<string>();
const MULTI = new Map<string, RegExp[]>();
for (const cue of [...lexicon.verbs].sort((a, b) => b.length - a.length)) {
  const parts = cue.split(' ');
  const first = parts[0] ?? '';
  if (parts.length === 1) {
    SINGLE.add(cue);
    continue;
  }
  const tail = parts.slice(1).map((w) => `\\s+${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);
  const list = MULTI.get(first) ?? [];
  list.push(new RegExp(`${tail.join('')}(?![\\p{L}\\p{N}-])`, 'uy'));
  MULTI.set(first, list);
}

const WORD_RE = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;

/** Every speech cue of a text, in text order: one pass over its words. */
function scanCues(text: string): Cue[] {
  const from = 0;
  const to = text.length;
  const cues: Cue[] = [];
  if (to <= from) return cues;
  const slice = text.slice(from, to);
  let consumed = 0;
  for (const w of slice.matchAll(WORD_RE)) {
    if (w.index < consumed) continue;
    let word = '';
    for (const rest of MULTI.get(w[0]) ?? []) {
      rest.lastIndex = w.index + w[0].length;
      const tail = rest.exec(slice);
      if (tail) {
        word = w[0] + tail[0];
        break;
      }
    }
    if (!word && SINGLE.has(w[0])) word = w[0];
    if (!word) continue;
    consumed = w.index + word.length;
    const m = { index: w.index };
    const before = text.slice(Math.max(0, from + m.index - 24), from + m.index);
    // "a snappy retort", "the chant", "his claims": after a determiner or a possessive, a
    // present-tense or base form is a noun; past forms ("said", "added") stay verbs there.
    const pastForm = /ed$/.test(word) || IRREGULAR_PAST.has(word);
    if (NOT_A_VERB_BEFORE.test(before) && (!pastForm || /\bto\s+$/i.test(before))) continue;
    cues.push({
      start: from + m.index,
      end: from + m.index + word.length,
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
