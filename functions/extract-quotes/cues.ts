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
}

const SOURCE_AFTER = new Set(['according to', 'in the words of']);

function toPattern(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
}

const words = [...lexicon.verbs].sort((a, b) => b.length - a.length).map(toPattern);
const CUE_RE = new RegExp(`(?<![\\p{L}\\p{N}'’-])(?:${words.join('|')})(?![\\p{L}\\p{N}-])`, 'giu');

/** The speech cues that lie in `[from, to)` of the text, in text order. */
export function findCues(text: string, from: number, to: number): Cue[] {
  const cues: Cue[] = [];
  if (to <= from) return cues;
  const slice = text.slice(from, to);
  for (const m of slice.matchAll(CUE_RE)) {
    const word = m[0];
    cues.push({
      start: from + m.index,
      end: from + m.index + word.length,
      text: word,
      sourceAfter: SOURCE_AFTER.has(word.toLowerCase().replace(/\s+/g, ' ')),
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
