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
import { partitionPoint, spanIndexAt } from '../../shared/spans.ts';
import { spaceAt } from './chars.ts';

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
  /** A straight mark glued to the words on both sides (`about"joint`, `here."We`). */
  glued?: boolean;
}

/** What may stand before an opening mark besides white space, and after a closing one. */
const BEFORE_OPENING = new Set(['(', '[', '{', '\u2014', '\u2013', '-', '/', ':', ';', ',']);
const AFTER_CLOSING = new Set(['.', ',', ';', ':', '!', '?', ')', ']', '—', '–', '-']);

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
  const spaceBefore = spaceAt(before, 0);
  const spaceAfter = spaceAt(after, 0);
  const canOpen = (spaceBefore || BEFORE_OPENING.has(before)) && !spaceAfter;
  const canClose = !spaceBefore || spaceAfter || AFTER_CLOSING.has(after);
  // Context decides for straight marks, and overrides a curly glyph only when it is plainly
  // wrong (a ” opening a paragraph, a “ glued to the end of a word before a space).
  let role: Mark['role'] = glyph;
  if (glyph === 'either')
    role = canOpen && !canClose ? 'open' : canClose && !canOpen ? 'close' : 'either';
  else if (glyph === 'close' && canOpen && !canClose) role = 'open';
  else if (glyph === 'open' && !spaceBefore && spaceAfter) role = 'close';
  // A straight mark between a word (or its full stop) and a letter is a closing mark after a
  // quote, but an opening one when no quote is open: a typo that dropped the space before it.
  const glued = glyph === 'either' && /[\p{L}\p{N}.,]/u.test(before) && /\p{L}/u.test(after);
  return glued ? { at: i, len, role, glued } : { at: i, len, role };
}

/** The characters that can start a mark; the pattern engine finds them faster than a loop. */
const MARK_START = /[“„”"`']/g;

/**
 * Markup left in the text (`<tweet tweet-date="May 9 ">`, `<a href="…">`): the quotation
 * marks of its attributes are no quotes, and would pair with real marks around them.
 */
const TAG = /<\/?[A-Za-z][\w-]*(?:\s[^<>]{0,400})?\/?>/g;

/** Offsets of every character of the text that can start a mark, in order: one pass. */
function markStarts(text: string): number[] {
  const tags: Span[] = [];
  if (text.includes('<')) {
    TAG.lastIndex = 0;
    for (let t = TAG.exec(text); t; t = TAG.exec(text)) {
      if (/["“”]/.test(t[0])) tags.push({ start: t.index, end: t.index + t[0].length });
    }
  }
  const starts: number[] = [];
  let k = 0;
  MARK_START.lastIndex = 0;
  for (let found = MARK_START.exec(text); found; found = MARK_START.exec(text)) {
    const at = found.index;
    while (k < tags.length && (tags[k] as Span).end <= at) k++;
    const tag = tags[k];
    if (tag && tag.start <= at) continue;
    starts.push(at);
  }
  return starts;
}

function marksIn(text: string, para: Span, starts: number[]): Mark[] {
  const marks: Mark[] = [];
  const lo = partitionPoint(starts.length, (i) => (starts[i] as number) < para.start);
  let next = para.start;
  for (let k = lo; k < starts.length; k++) {
    const i = starts[k] as number;
    if (i >= para.end) break;
    if (i < next) continue;
    const m = markAt(text, i, para.start);
    if (m) {
      marks.push(m);
      next = i + m.len;
    }
  }
  return marks;
}

function firstNonSpace(text: string, para: Span): number {
  let i = para.start;
  while (i < para.end && spaceAt(text, i)) i++;
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
  while (s < e && spaceAt(text, s)) s++;
  while (e > s && spaceAt(text, e - 1)) e--;
  return { start: s, end: e };
}

interface Pairing {
  pairs: [Mark, Mark][];
  /** The mark of a quote still open at the paragraph's end, with its nesting depth. */
  open: Mark | null;
  depth: number;
}

/** Pairs one paragraph's marks; `carried` is a quote continued from the previous paragraph. */
function pairMarks(marks: Mark[], carried: Mark | null): Pairing {
  const pairs: [Mark, Mark][] = [];
  let open = carried;
  let depth = carried ? 1 : 0;
  for (const m of marks) {
    if (!open) {
      if (m.role !== 'close' || m.glued) {
        open = m;
        depth = 1;
      }
      continue;
    }
    // An ambiguous mark inside a quote closes it: straight marks are far more often a closing
    // mark than the start of a nested quote (nested quotes take single marks).
    if (m.role === 'open') depth++;
    else if (--depth <= 0) {
      pairs.push([open, m]);
      open = null;
      depth = 0;
    }
  }
  return { pairs, open, depth };
}

export function findQuoteMarks(text: string, paragraphs: Span[]): QuoteMarks[] {
  const found: QuoteMarks[] = [];
  const starts = markStarts(text);
  const push = (
    open: Mark,
    openPara: number,
    innerEnd: number,
    outerEnd: number,
    last: number,
    closed: boolean,
  ) => {
    const span = trimmed(text, open.at + open.len, innerEnd);
    if (span.end > span.start) {
      found.push({
        ...span,
        outerStart: open.at,
        outerEnd,
        firstParagraph: openPara,
        lastParagraph: last,
        closed,
      });
    }
  };
  let carried: { mark: Mark; paragraph: number } | null = null;
  let nextMarks: Mark[] | null = null;
  for (let p = 0; p < paragraphs.length; p++) {
    const para = paragraphs[p] as Span;
    let marks = nextMarks ?? marksIn(text, para, starts);
    nextMarks = null;
    // The reopening mark of a continued quote is not a new quote.
    if (carried) marks = marks.slice(1);
    let pairing = pairMarks(marks, carried?.mark ?? null);
    // A stray opening mark that never closes would hide the real quotes after it: drop it and
    // pair the rest again (a few times at most, to stay linear).
    for (let retry = 0; retry < 3 && pairing.open && pairing.open !== carried?.mark; retry++) {
      const stray = pairing.open;
      if (!marks.some((m) => m.at > stray.at)) break;
      marks = marks.filter((m) => m !== stray);
      pairing = pairMarks(marks, carried?.mark ?? null);
    }
    for (const [o, c] of pairing.pairs) {
      const openPara = carried && o === carried.mark ? carried.paragraph : p;
      push(o, openPara, c.at, c.at + c.len, p, true);
    }
    carried = null;
    const open = pairing.open;
    if (!open) continue;
    const startPara = open.at < para.start ? Math.max(0, spanIndexAt(paragraphs, open.at)) : p;
    const next = paragraphs[p + 1];
    if (next) {
      nextMarks = marksIn(text, next, starts);
      if (opensWithMark(text, next, nextMarks)) {
        carried = { mark: open, paragraph: startPara };
        continue;
      }
    }
    // Never closed: keep it only when it fills its paragraph from the mark and holds no other
    // mark, as a quote paragraph whose closing mark went missing does.
    const home = paragraphs[startPara] as Span;
    if (
      open.at === firstNonSpace(text, home) &&
      pairing.depth === 1 &&
      !marks.some((m) => m.at > open.at)
    ) {
      push(open, startPara, para.end, para.end, p, false);
    }
  }
  return found;
}
