/**
 * Character classes for the hand-written scans of the quote stage (tokens, names), looked up in
 * a table once per code unit instead of by a Unicode pattern per character.
 */

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** Per code unit: 1 a letter or digit, 2 white space (as `\s` has it), 3 neither; 0 not yet seen. */
const CLASS = new Uint8Array(65536);

/** 1 for a letter or digit, 2 for white space, 3 for anything else; code points past 0xFFFF too. */
export function charClass(code: number): number {
  if (code > 0xffff) return LETTER_OR_DIGIT.test(String.fromCodePoint(code)) ? 1 : 3;
  let k = CLASS[code] ?? 0;
  if (k === 0) {
    const ch = String.fromCharCode(code);
    k = LETTER_OR_DIGIT.test(ch) ? 1 : /\s/.test(ch) ? 2 : 3;
    CLASS[code] = k;
  }
  return k;
}

/** Whether `s` ends in a full stop, a question mark or an exclamation mark. */
export function endsWithStop(s: string): boolean {
  const c = s.charCodeAt(s.length - 1);
  return c === 46 || c === 33 || c === 63;
}

/** Whether the code unit at `i` is white space (as `\s` has it); false past either end. */
export function spaceAt(text: string, i: number): boolean {
  return i >= 0 && i < text.length && charClass(text.charCodeAt(i)) === 2;
}

/**
 * The last index of `s` at or before `pos` and not before `floor`, or -1: a `lastIndexOf` that
 * stops at the window's edge instead of reading back to the article's start when `s` is absent.
 */
export function lastIndexWithin(text: string, s: string, pos: number, floor: number): number {
  const first = s.charCodeAt(0);
  for (let i = Math.min(pos, text.length - s.length); i >= Math.max(0, floor); i--) {
    if (text.charCodeAt(i) === first && text.startsWith(s, i)) return i;
  }
  return -1;
}
