/**
 * The text the extractors' rules read: a no-break space ("Tuesday’s\u00a0primary",
 * "(I-Vt.)\u00a0on Saturday") becomes a plain space, one character for one, so every offset
 * still points into the article's own text and what is reported can be sliced from it as written.
 */
const FIXED_SPACE_RE = /[\u00a0\u2007\u202f]/g;

export function withPlainSpaces(text: string): string {
  // Most articles hold none: a search for each character is far quicker than the pattern's scan.
  if (!text.includes('\u00a0') && !text.includes('\u2007') && !text.includes('\u202f')) return text;
  return text.replace(FIXED_SPACE_RE, ' ');
}
