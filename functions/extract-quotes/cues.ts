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
// Case matters: "Post" or "State" opening a name is not a cue; only "According to" opens a sentence.

function toPattern(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
}

const words = [...lexicon.verbs].sort((a, b) => b.length - a.length).map(toPattern);
const CUE_RE = new RegExp(`(?<![\\p{L}\\p{N}'’-])(?:${words.join('|')})(?![\\p{L}\\p{N}-])`, 'gu');
// Case matters: "Post" or "State" in a name is no cue; only "According to" opens a sentence.

/** The speech cues that lie in `[from, to)` of the text, in text order. */
export function findCues(text: string, from: number, to: number): Cue[] {
  const cues: Cue[] = [];
  if (to <= from) return cues;
  const slice = text.slice(from, to);
  for (const m of slice.matchAll(CUE_RE)) {
    const word = m[0];
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

/** Whether a word is a speech cue by itself (used to tell speech from scare quotes). */
export function isCueWord(word: string): boolean {
  CUE_RE.lastIndex = 0;
  const m = CUE_RE.exec(word);
  CUE_RE.lastIndex = 0;
  return m !== null && m[0].length === word.length;
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
