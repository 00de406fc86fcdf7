/**
 * Paragraph boundaries in text as it was written: blank lines always separate paragraphs; a
 * single line break does too unless the text is hard-wrapped, where it only continues the
 * paragraph when the next line's first word would not have fitted on the line before. A line
 * indented deeper than the one before opens a paragraph (wire copy written that way). Line
 * ends may be LF, CRLF or CR: plain text keeps its own, and offsets point into it unchanged.
 */
import type { Span } from '../../shared/article.ts';

/** One line of the text, without its terminator. */
interface Line {
  /** Offset of the first character of the line. */
  start: number;
  /** Offset just past the last non-space character (equal to `textStart` for a blank line). */
  end: number;
  /** Offset of the first non-space character. */
  textStart: number;
  /** Offset where the next line starts (past the terminator), or -1 after the last line. */
  next: number;
  /** Offsets of the next LF and CR at or after the line's start (-1: none left), kept between lines. */
  nextLf: number;
  nextCr: number;
}

function newLine(text: string): Line {
  return {
    start: 0,
    end: 0,
    textStart: 0,
    next: 0,
    nextLf: text.indexOf('\n'),
    nextCr: text.indexOf('\r'),
  };
}

/**
 * Reads the line that starts at `start` into `line` (reused, so scanning a text allocates
 * nothing per line). Line ends are found with indexOf, which runs natively, and each search
 * result is kept until the scan passes it, so the text is searched once for each kind of end.
 */
function readLine(text: string, start: number, line: Line): void {
  const n = text.length;
  if (start < line.start) {
    // A scan that starts over from an earlier line cannot trust what was found after it.
    line.nextLf = text.indexOf('\n', start);
    line.nextCr = text.indexOf('\r', start);
  }
  if (line.nextLf >= 0 && line.nextLf < start) line.nextLf = text.indexOf('\n', start);
  if (line.nextCr >= 0 && line.nextCr < start) line.nextCr = text.indexOf('\r', start);
  let i = n;
  if (line.nextLf >= 0) i = line.nextLf;
  if (line.nextCr >= 0 && line.nextCr < i) i = line.nextCr;
  let textStart = start;
  while (textStart < i && isBlank(text.charCodeAt(textStart))) textStart++;
  let end = i;
  while (end > textStart && isBlank(text.charCodeAt(end - 1))) end--;
  line.start = start;
  line.end = end;
  line.textStart = textStart;
  line.next =
    i >= n ? -1 : text.charCodeAt(i) === 13 && text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
}

function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 12 || c === 11;
}

/** The paragraphs of a text, each trimmed of surrounding whitespace. */
export function splitParagraphs(text: string): Span[] {
  const width = wrapWidth(text);
  const paragraphs: Span[] = [];
  const line = newLine(text);
  let open: Span | null = null;
  let previousLength = 0;
  let previousIndent = 0;
  for (let at = 0; at >= 0; at = line.next) {
    readLine(text, at, line);
    if (line.end === line.textStart) {
      open = null;
    } else {
      const indent = line.textStart - line.start;
      if (open && continues(text, line, previousLength, previousIndent, indent, width)) {
        open.end = line.end;
      } else {
        open = { start: line.textStart, end: line.end };
        paragraphs.push(open);
      }
      previousLength = line.end - line.start;
      previousIndent = indent;
    }
    if (line.next < 0) break;
  }
  return paragraphs;
}

/**
 * The width a hard-wrapped text was wrapped at, or 0 when its lines are whole paragraphs.
 * A text counts as wrapped when most lines that run on into another line come close to the
 * longest line, and that line is no longer than a terminal's width.
 */
function wrapWidth(text: string): number {
  const line = newLine(text);
  let longest = 0;
  for (let at = 0; at >= 0; at = line.next) {
    readLine(text, at, line);
    longest = Math.max(longest, line.end - line.start);
    if (longest > 120) return 0;
  }
  // Nobody wraps prose narrower than 30 columns or wider than 120.
  if (longest < 30) return 0;
  let runOn = 0;
  let full = 0;
  let previousLength = 0;
  for (let at = 0; at >= 0; at = line.next) {
    readLine(text, at, line);
    const blank = line.end === line.textStart;
    if (!blank && previousLength > 0) {
      runOn++;
      if (previousLength >= longest * 0.7) full++;
    }
    previousLength = blank ? 0 : line.end - line.start;
  }
  return runOn >= 2 && full >= runOn * 0.5 ? longest : 0;
}

function continues(
  text: string,
  line: Line,
  previousLength: number,
  previousIndent: number,
  indent: number,
  width: number,
): boolean {
  if (width === 0) return false;
  if (indent > previousIndent) return false;
  let wordEnd = line.textStart;
  while (wordEnd < line.end && !isBlank(text.charCodeAt(wordEnd))) wordEnd++;
  const firstWord = wordEnd - line.textStart;
  return previousLength + 1 + firstWord > width;
}
