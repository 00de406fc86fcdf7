/**
 * Paragraph boundaries in text as it was written: blank lines always separate paragraphs; a
 * single line break does too unless the text is hard-wrapped, where it only continues the
 * paragraph when the next line's first word would not have fitted on the line before. A line
 * indented deeper than the one before opens a paragraph (wire copy written that way). Line
 * ends may be LF, CRLF or CR: plain text keeps its own, and offsets point into it unchanged.
 */
import type { Span } from '../../shared/article.ts';

interface Line {
  /** Offset of the first character of the line. */
  start: number;
  /** Offset just past the last non-space character (equal to `start` for a blank line). */
  end: number;
  /** Offset of the first non-space character. */
  textStart: number;
  indent: number;
}

/** The lines of a text, without their terminators, in one pass. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  const n = text.length;
  while (start <= n) {
    let i = start;
    while (i < n && text[i] !== '\n' && text[i] !== '\r') i++;
    let textStart = start;
    while (textStart < i && isBlank(text[textStart])) textStart++;
    let end = i;
    while (end > textStart && isBlank(text[end - 1])) end--;
    lines.push({ start, end, textStart, indent: textStart - start });
    if (i >= n) break;
    start = text[i] === '\r' && text[i + 1] === '\n' ? i + 2 : i + 1;
  }
  return lines;
}

function isBlank(c: string | undefined): boolean {
  return c === ' ' || c === '\t' || c === '\u00a0' || c === '\f' || c === '\v';
}

/** The paragraphs of a text, each trimmed of surrounding whitespace. */
export function splitParagraphs(text: string): Span[] {
  const lines = splitLines(text);
  const width = wrapWidth(lines);
  const paragraphs: Span[] = [];
  let open: Span | null = null;
  let previous: Line | null = null;
  for (const line of lines) {
    if (line.end === line.textStart) {
      open = null;
      previous = null;
      continue;
    }
    if (open && previous && continues(text, previous, line, width)) {
      open.end = line.end;
    } else {
      open = { start: line.textStart, end: line.end };
      paragraphs.push(open);
    }
    previous = line;
  }
  return paragraphs;
}

/**
 * The width a hard-wrapped text was wrapped at, or 0 when its lines are whole paragraphs.
 * A text counts as wrapped when most lines that run on into another line come close to the
 * longest line, and that line is no longer than a terminal's width.
 */
function wrapWidth(lines: Line[]): number {
  let longest = 0;
  for (const line of lines) longest = Math.max(longest, line.end - line.start);
  if (longest === 0 || longest > 120) return 0;
  let runOn = 0;
  let full = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i];
    const next = lines[i + 1];
    if (!line || !next || line.end === line.textStart || next.end === next.textStart) continue;
    runOn++;
    if (line.end - line.start >= longest * 0.7) full++;
  }
  return runOn >= 2 && full >= runOn * 0.5 ? longest : 0;
}

function continues(text: string, previous: Line, line: Line, width: number): boolean {
  if (width === 0) return false;
  if (line.indent > previous.indent) return false;
  let wordEnd = line.textStart;
  while (wordEnd < line.end && !isBlank(text[wordEnd])) wordEnd++;
  const firstWord = wordEnd - line.textStart;
  return previous.end - previous.start + 1 + firstWord > width;
}
