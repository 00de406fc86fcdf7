/**
 * Finds the quotation-mark pairs of an article: one span per pair of double marks (“…”, "…",
 * ``…'', ''…''), nested quotes folded into the outer one, and a quote running over several
 * paragraphs (each reopening the mark, only the last closing it) returned as ONE span.
 * Single marks are left alone: they double as apostrophes and only nest inside double quotes.
 * Hand-written because no library pairs news quotation marks; it is one linear pass, and a
 * mark left open never reaches past its paragraph, so an unbalanced mark cannot swallow the
 * rest of the article.
 */
import type { Span } from '../../shared/article.ts';

export interface QuoteMarks extends Span {
  /** Offset of the opening mark and just past the closing mark (or the paragraph's end). */
  outerStart: number;
  outerEnd: number;
  /** Index of the first and last paragraph the quote lies in. */
  firstParagraph: number;
  lastParagraph: number;
  /** False when the quote runs to its paragraph's end without a closing mark. */
  closed: boolean;
}

interface Mark {
  at: number;
  len: number;
  role: 'open' | 'close' | 'either';
}

const SPACE_OR_OPEN = /[\s([{\u2014\u2013\-/:;,]/;

function markAt(text: string, i: number, paraStart: number): Mark | null {
  const c = text[i];
  let len = 0;
  let glyph: 'open' | 'close' | 'either';
  if (c === '“' || c === '„') {
    len = 1;
    glyph = 'open';
  } else if (c === '”') {
    len = 1;
    glyph = 'close';
  } else if (c === '"') {
    len = 1;
    glyph = 'either';
  } else if (c === '`' && text[i + 1] === '`') {
    len = 2;
    glyph = 'open';
  } else if (c === "'" && text[i + 1] === "'" && text[i + 2] !== "'") {
    len = 2;
    glyph = 'either';
  } else return null;
  const before = i > paraStart ? (text[i - 1] ?? ' ') : ' ';
  const after = text[i + len] ?? ' ';
  const canOpen = SPACE_OR_OPEN.test(before) && !/\s/.test(after);
  const canClose = !/\s/.test(before) || /[\s.,;:!?)\]—–-]/.test(after);
  // Context decides for straight marks, and overrides a curly glyph only when it is plainly
  // wrong (a ” opening a paragraph, a “ glued to the end of a word before a space).
  let role: Mark['role'] = glyph;
  if (glyph === 'either')
    role = canOpen && !canClose ? 'open' : canClose && !canOpen ? 'close' : 'either';
  else if (glyph === 'close' && canOpen && !canClose) role = 'open';
  else if (glyph === 'open' && canClose && !canOpen && /[\s]/.test(after)) role = 'close';
  return { at: i, len, role };
}

function marksIn(text: string, para: Span): Mark[] {
  const marks: Mark[] = [];
  for (let i = para.start; i < para.end; i++) {
    const m = markAt(text, i, para.start);
    if (m) {
      marks.push(m);
      i += m.len - 1;
    }
  }
  return marks;
}

function firstNonSpace(text: string, para: Span): number {
  let i = para.start;
  while (i < para.end && /\s/.test(text[i] ?? '')) i++;
  return i;
}

/** Whether a paragraph opens with a quotation mark (so it may continue an open quote). */
function opensWithMark(text: string, para: Span, marks: Mark[]): boolean {
  const lead = marks[0];
  return lead !== undefined && lead.at === firstNonSpace(text, para) && lead.role !== 'close';
}

function trimmed(text: string, start: number, end: number): Span {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s] ?? '')) s++;
  while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
  return { start: s, end: e };
}

export function findQuoteMarks(text: string, paragraphs: Span[]): QuoteMarks[] {
  const found: QuoteMarks[] = [];
  let open: { mark: Mark; paragraph: number } | null = null;
  let depth = 0;
  let continuing = false;
  let nextMarks: Mark[] | null = null;
  const emit = (
    start: number,
    outerEnd: number,
    endInner: number,
    last: number,
    closed: boolean,
  ) => {
    if (!open) return;
    const span = trimmed(text, start, endInner);
    if (span.end > span.start) {
      found.push({
        ...span,
        outerStart: open.mark.at,
        outerEnd,
        firstParagraph: open.paragraph,
        lastParagraph: last,
        closed,
      });
    }
  };
  for (let p = 0; p < paragraphs.length; p++) {
    const para = paragraphs[p] as Span;
    const marks = nextMarks ?? marksIn(text, para);
    nextMarks = null;
    let i = 0;
    if (continuing && open) i = 1;
    else {
      open = null;
      depth = 0;
    }
    continuing = false;
    for (; i < marks.length; i++) {
      const m = marks[i] as Mark;
      if (!open) {
        if (m.role !== 'close') {
          open = { mark: m, paragraph: p };
          depth = 1;
        }
        continue;
      }
      // An ambiguous mark closes unless the quote was just opened: straight marks are far more
      // often a closing mark after text than the start of a nested quote.
      if (m.role === 'open') {
        depth++;
      } else {
        depth--;
        if (depth <= 0) {
          emit(open.mark.at + open.mark.len, m.at + m.len, m.at, p, true);
          open = null;
          depth = 0;
        }
      }
    }
    if (open) {
      const next = paragraphs[p + 1];
      if (next) {
        nextMarks = marksIn(text, next);
        continuing = opensWithMark(text, next, nextMarks);
      }
      if (!continuing) {
        // The quote was never closed: keep it only when it fills its paragraph from the mark,
        // as a quote paragraph whose closing mark went missing does.
        if (
          open.mark.at === firstNonSpace(text, paragraphs[open.paragraph] as Span) &&
          depth === 1
        ) {
          emit(open.mark.at + open.mark.len, para.end, para.end, p, false);
        }
        open = null;
        depth = 0;
      } else {
        depth = 1;
      }
    }
  }
  return found;
}
