/**
 * Tells speech from the other things news puts in double quotation marks: titles of works and
 * shows (“Fox News Sunday”), nicknames (Robert “Bobby” Scott) and terms or scare quotes
 * (“sanctuary cities”). A short quote counts as speech only when a speaker is tied to it in its
 * own sentence; a longer one, a sentence or more of words, is speech on its face.
 */
import type { Attribution } from './speakers.ts';

/** Words that, right before a quoted phrase, say it is a name or a term rather than speech. */
const TERM_INTRODUCERS =
  /(?:so-called|known as|dubbed|nicknamed|titled|entitled|headlined|named|term|phrase|word|words|label|slogan|hashtag|motto|show|program|programme|series|book|film|movie|documentary|song|album|episode|column|op-ed|essay|article|ad|advertisement|spot|video|play|musical|novel|memoir|podcast|segment|magazine|newsletter|report|policy|plan|initiative|bill|act|operation|campaign)\s*$/i;

const SMALL_WORDS = new Set([
  'of',
  'the',
  'and',
  'a',
  'an',
  'in',
  'on',
  'for',
  'to',
  'with',
  'at',
  'by',
  'or',
  'from',
  'is',
  'vs',
  'vs.',
  '&',
  'de',
  'la',
]);

function wordCount(s: string): number {
  return s.split(/\s+/).filter(Boolean).length;
}

/** Every word capitalized but the small ones: the shape of a title or a name. */
function titleShaped(s: string): boolean {
  const words = s
    .replace(/[,.!?:;]+$/, '')
    .split(/\s+/)
    .filter(Boolean);
  if (words.length === 0) return false;
  return words.every(
    (w, i) => /^[\p{Lu}\p{N}#@(“"'‘]/u.test(w) || (i > 0 && SMALL_WORDS.has(w.toLowerCase())),
  );
}

export function isSpeech(
  text: string,
  quote: { start: number; end: number; outerStart: number; outerEnd: number },
  attribution: Attribution | null,
): boolean {
  const inner = text.slice(quote.start, quote.end);
  const words = wordCount(inner);
  const before = text.slice(Math.max(0, quote.outerStart - 30), quote.outerStart);
  const after = text.slice(quote.outerEnd, quote.outerEnd + 30);
  // Robert “Bobby” Scott: a nickname between a first and a last name.
  if (
    words <= 3 &&
    /\p{Lu}[\p{L}.]*\s*$/u.test(before) &&
    /^\s*\p{Lu}/u.test(after) &&
    !/[.!?]\s*$/.test(before)
  ) {
    return false;
  }
  const sentenceLike = /[.!?]$/.test(inner.replace(/["”’']+$/, '')) && words >= 3;
  if (words >= 5 || sentenceLike) return true;
  if (TERM_INTRODUCERS.test(before)) return false;
  if (titleShaped(inner) && !(attribution?.sameSentence && attribution.kind !== 'after')) {
    return false;
  }
  return attribution?.sameSentence === true;
}
