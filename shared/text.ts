/**
 * The text the extractors' rules read: a no-break space ("Tuesday’s\u00a0primary",
 * "(I-Vt.)\u00a0on Saturday") becomes a plain space, one character for one, so every offset
 * still points into the article's own text and what is reported can be sliced from it as written.
 */
const FIXED_SPACE_RE = /[\u00a0\u2007\u202f]/g;

/** The text last asked about and its plain form: both extractors ask for the same article's. */
let lastText: string | null = null;
let lastPlain = '';

export function withPlainSpaces(text: string): string {
  if (text === lastText) return lastPlain;
  // Most articles hold none: a search for each character is far quicker than the pattern's scan.
  const plain =
    !text.includes('\u00a0') && !text.includes('\u2007') && !text.includes('\u202f')
      ? text
      : text.replace(FIXED_SPACE_RE, ' ');
  lastText = text;
  lastPlain = plain;
  return plain;
}

const CAPITALIZED = /^["“‘']?\p{Lu}/u;
const NON_LETTERS = /\P{L}/gu;

/**
 * Whether a line's words are set in title case, as a headline's are: three quarters of its words
 * of four letters or more capitalized, and two such words at least.
 */
export function isTitleCase(words: string[]): boolean {
  let long = 0;
  let capitalized = 0;
  for (const w of words) {
    if (letterCount(w) <= 3) continue;
    long++;
    if (CAPITALIZED.test(w)) capitalized++;
  }
  return long >= 2 && capitalized >= long * 0.75;
}

/** The UTF-16 length of a word's letters; ASCII words are counted without a pattern. */
function letterCount(w: string): number {
  let n = 0;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 128) return w.replace(NON_LETTERS, '').length;
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) n++;
  }
  return n;
}
