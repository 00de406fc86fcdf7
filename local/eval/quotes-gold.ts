/**
 * Derives the gold direct quotes of a PolNeAR article from its text and attribution annotations.
 *
 * Decision (documented here because the corpus annotates attributions, not quotes):
 * 1. Quotation-mark pairs are found over the whole text, paragraph by paragraph, with a pairing
 *    deliberately simpler than (and independent of) the extractor's: curly “ opens and ” closes,
 *    `` opens and '' closes, while a straight " and a doubled '' (which some newspapers use on
 *    both sides) toggle. A paragraph that ends inside an open quote continues the quote when the
 *    next paragraph opens with a mark (the multi-paragraph convention): the whole run is ONE gold
 *    quote, its text including the paragraph breaks and reopening marks. An open quote not so
 *    continued is dropped (unbalanced), as is an empty pair. When a paragraph's marks nest and
 *    balance, a quote holding another quote is one pair (the outer one: “... calls “X” ...” is
 *    the speaker's quote, not “X”); when they do not, an opening mark inside an open quote
 *    restarts it, so a mark left open cannot hide the quotes after it. Two typesetting slips are
 *    read by position: a ” that opens a paragraph or follows a space before a letter opens, a “
 *    glued after a word before a space closes.
 * 2. A pair is a gold quote when at least half of its inner characters lie inside the Content
 *    pieces of one attribution (Content may be discontinuous, e.g. around a split quote's cue,
 *    given as pieces of one span or as numbered roles: Content, Content2, ...).
 *    Pairs inside no Content are titles, nicknames or scare quotes: not speech.
 * 3. The gold speaker is the Source of the attribution covering the most of the quote; on a tie
 *    the one with the shortest Content (the innermost, for nested attributions). An attribution
 *    without a Source gives a gold quote whose speaker is null.
 */
import type { Span } from '../../shared/article.ts';
import { parseBrat } from './brat.ts';

export interface GoldQuote extends Span {
  text: string;
  /** The Source pieces of the attribution; empty when the attribution has no Source. */
  source: Span[];
  sourceText: string;
  cueText: string;
  /** The whole Content of the attribution, to classify misses. */
  content: Span[];
}

export interface MarkPair extends Span {
  /** Offset of the opening mark and just past the closing mark. */
  outerStart: number;
  outerEnd: number;
}

type Mark = { at: number; len: number; kind: 'open' | 'close' | 'toggle' };

function marksOf(text: string, from: number, to: number): Mark[] {
  const marks: Mark[] = [];
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (c === '“') marks.push({ at: i, len: 1, kind: 'open' });
    else if (c === '”') marks.push({ at: i, len: 1, kind: 'close' });
    else if (c === '"') marks.push({ at: i, len: 1, kind: 'toggle' });
    else if (c === '`' && text[i + 1] === '`') {
      marks.push({ at: i, len: 2, kind: 'open' });
      i++;
    } else if (c === "'" && text[i + 1] === "'") {
      marks.push({ at: i, len: 2, kind: 'toggle' });
      i++;
    }
  }
  return marks;
}

/**
 * The outermost pairs of a paragraph's marks when they nest and balance (“… “awful” …”: one quote
 * holding another is one quote), else null. `open` is a quote continued from the paragraph before.
 */
function nestedPairs(marks: Mark[], open: Mark | null): MarkPair[] | null {
  const pairs: MarkPair[] = [];
  const stack: Mark[] = open ? [open] : [];
  for (const m of marks) {
    if (stack.length === 0) {
      if (m.kind !== 'close') stack.push(m);
    } else if (m.kind === 'open') {
      stack.push(m);
    } else {
      // A closing or a straight mark closes the innermost open quote.
      const o = stack.pop() as Mark;
      const start = o.at + o.len;
      if (stack.length === 0 && m.at > start) {
        pairs.push({ start, end: m.at, outerStart: o.at, outerEnd: m.at + m.len });
      }
    }
  }
  return stack.length === 0 ? pairs : null;
}

export function goldMarkPairs(text: string): MarkPair[] {
  const paragraphs: Span[] = [];
  for (const m of text.matchAll(/[^\n]+/g)) {
    if (m[0].trim()) paragraphs.push({ start: m.index, end: m.index + m[0].length });
  }
  const pairs: MarkPair[] = [];
  let open: Mark | null = null;
  let continuing = false;
  for (let p = 0; p < paragraphs.length; p++) {
    const para = paragraphs[p] as Span;
    const marks = marksOf(text, para.start, para.end);
    // Typesetting slips: a ” opening a paragraph opens, a “ glued after a word and followed by a
    // space or the paragraph's end closes.
    for (const m of marks) {
      const before = text[m.at - 1] ?? ' ';
      const after = text[m.at + m.len] ?? ' ';
      if (m.kind === 'close' && (m.at === para.start || /\s/.test(before)) && /\p{L}/u.test(after))
        m.kind = 'open';
      else if (
        m.kind === 'open' &&
        /[\p{L}.,!?]/u.test(before) &&
        (m.at + m.len >= para.end || /\s/.test(after))
      ) {
        m.kind = 'close';
      }
    }
    let first = 0;
    if (continuing && open) {
      const lead = marks[0];
      const firstChar = text.slice(para.start).search(/\S/) + para.start;
      if (lead && lead.at === firstChar && lead.kind !== 'close') first = 1;
      else open = null;
    } else open = null;
    continuing = false;
    const balanced = nestedPairs(marks.slice(first), open);
    if (balanced) {
      pairs.push(...balanced);
      open = null;
    }
    for (let i = first; i < marks.length && !balanced; i++) {
      const m = marks[i] as Mark;
      if (open === null) {
        if (m.kind !== 'close') open = m;
      } else if (m.kind === 'open') {
        open = m;
      } else {
        const start = open.at + open.len;
        if (m.at > start) {
          pairs.push({ start, end: m.at, outerStart: open.at, outerEnd: m.at + m.len });
        }
        open = null;
      }
    }
    if (open) {
      const next = paragraphs[p + 1];
      if (next) {
        const lead = marksOf(text, next.start, next.end)[0];
        const firstChar = text.slice(next.start).search(/\S/) + next.start;
        if (lead && lead.at === firstChar && lead.kind !== 'close') continuing = true;
      }
      if (!continuing) open = null;
    }
  }
  return pairs;
}

function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  return { start, end };
}

function covered(span: Span, pieces: Span[]): number {
  let n = 0;
  for (const p of pieces)
    n += Math.max(0, Math.min(span.end, p.end) - Math.max(span.start, p.start));
  return n;
}

export function goldQuotes(text: string, ann: string): GoldQuote[] {
  const doc = parseBrat(ann);
  const attributions = doc.events
    .map((e) => {
      const pieces = (role: string) =>
        (e.args.get(role) ?? []).flatMap((id) => doc.spans.get(id)?.pieces ?? []);
      const content = pieces('Content');
      const source = pieces('Source');
      const cue = pieces('Cue');
      const size = content.reduce((n, p) => n + p.end - p.start, 0);
      return { content, source, cue, size };
    })
    .filter((a) => a.content.length > 0);
  const gold: GoldQuote[] = [];
  for (const pair of goldMarkPairs(text)) {
    const span = trimSpan(text, pair);
    const length = span.end - span.start;
    if (length <= 0) continue;
    let best: (typeof attributions)[number] | null = null;
    let bestCover = 0;
    for (const a of attributions) {
      const c = covered(span, a.content);
      if (c > bestCover || (c === bestCover && c > 0 && best && a.size < best.size)) {
        best = a;
        bestCover = c;
      }
    }
    if (!best || bestCover * 2 < length) continue;
    const piecesText = (ps: Span[]) => ps.map((p) => text.slice(p.start, p.end)).join(' … ');
    gold.push({
      ...span,
      text: text.slice(span.start, span.end),
      source: best.source,
      sourceText: piecesText(best.source),
      cueText: piecesText(best.cue),
      content: best.content,
    });
  }
  return gold;
}
