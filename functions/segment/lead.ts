/**
 * The head of an article before its first sentence: a headline line (plain text), a byline
 * ("By Lynn Sweet"), a date line ("July 6, 2017") and a dateline ("WASHINGTON —",
 * "CHICAGO (AP) —", "LONDON, March 3 (Reuters) -"). Headline, byline and date lines become
 * paragraphs of their own; a dateline stays in its paragraph but the first sentence starts
 * after it.
 */
import type { Span } from '../../shared/article.ts';
import { isTitleCase } from '../../shared/text.ts';
import { normalizeDate } from './published.ts';

export interface Lead {
  paragraphs: Span[];
  /** The headline line, when the text opens with one (plain text only). */
  title: Span | null;
  byline: string | null;
  bylineParagraph: number | null;
  /** A date read from a line of its own near the top. */
  dateLine: string | null;
  dateline: string | null;
  /** Index of the paragraph that opens with the dateline, and where its first sentence starts. */
  datelineParagraph: number | null;
  bodyStart: number | null;
}

const CAPS_WORD = "\\p{Lu}[\\p{Lu}\\p{M}'’.-]*";
const TITLE_WORD = "\\p{Lu}[\\p{L}\\p{M}'’.-]*";
const MONTH =
  '(?:Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?|July?|Aug(?:ust|\\.)?|Sept?(?:ember|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)';
// Older AP copy writes the dash as an underscore: "LUSAKA, Zambia (AP) _".
const DASH = '(?:[ \\t]*(?:—|–|--|_)[ \\t]*|[ \\t]+-[ \\t]*)';
const REGION = `${TITLE_WORD}(?:[ ]${TITLE_WORD}){0,2}`;
const TAIL = `(?:,[ ](${REGION}))?(?:,[ ](${MONTH}[ ]\\d{1,2}))?`;
/** An all-caps place, optionally a region and a date, an agency in brackets and/or a dash. */
const CAPS_DATELINE = new RegExp(
  `^(${CAPS_WORD}(?:[ ]${CAPS_WORD}){0,4})${TAIL}(?:[ \\t]*\\(([^()\\n]{1,40})\\))?(${DASH})?(?=[ \\t]*(?:[\\p{Lu}\\d"“‘']|$))`,
  'u',
);
/** A place in ordinary case counts only with an agency: "Washington (CNN) —". */
const AGENCY_DATELINE = new RegExp(
  `^(${TITLE_WORD}(?:[ ]${TITLE_WORD}){0,3})${TAIL}[ \\t]*\\(([^()\\n]{1,40})\\)(${DASH})?(?=[ \\t]*(?:[\\p{Lu}\\d"“‘']|$))`,
  'u',
);
const BYLINE = /^(?:By|BY)[ \t]+\p{Lu}/u;
/** Lower-case words a byline may hold besides names ("By Ann Lee and Bo Park of the Times"). */
const BYLINE_WORDS = new Set(
  `
    and & de van von der den da del della la le of the for staff writer writers reporter
    reporters correspondent editor in at with and/or special to contributing senior chief bin
    al
  `
    .split(/\s+/)
    .filter(Boolean),
);

function lineEnd(text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (c === '\n' || c === '\r') return i;
  }
  return to;
}

function trimEnd(text: string, from: number, to: number): number {
  let j = to;
  while (j > from && /\s/.test(text[j - 1] ?? '')) j--;
  return j;
}

function nextStart(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && /\s/.test(text[i] ?? '')) i++;
  return i;
}

/** Cuts the first line off paragraph `index` when the paragraph has more lines. */
function splitFirstLine(text: string, paragraphs: Span[], index: number): void {
  const paragraph = paragraphs[index];
  if (!paragraph) return;
  const end = lineEnd(text, paragraph.start, paragraph.end);
  if (end >= paragraph.end) return;
  const rest = nextStart(text, end, paragraph.end);
  paragraphs.splice(
    index,
    1,
    { start: paragraph.start, end: trimEnd(text, paragraph.start, end) },
    { start: rest, end: paragraph.end },
  );
}

export function isByline(line: string): boolean {
  if (
    line.length > 100 ||
    !BYLINE.test(line) ||
    /[.!?]["”]?$/.test(line.replace(/\b\p{Lu}\.$/u, ''))
  ) {
    return false;
  }
  const words = line
    .slice(2)
    .split(/[\s,;|/]+/)
    .filter(Boolean);
  if (words.length > 14) return false;
  return words.every((w) => /^[\p{Lu}\d(&]/u.test(w) || BYLINE_WORDS.has(w.toLowerCase()));
}

/**
 * A headline: one short line that is in title case, or carries no final punctuation, or is a
 * single short sentence (some sites end headlines with a period).
 */
export function isHeadline(line: string): boolean {
  if (line.length < 2 || line.length > 200) return false;
  if (/[,:]$/.test(line)) return false;
  const words = line.split(/\s+/);
  if (words.length > 30) return false;
  if (isTitleCase(words)) return true;
  const bare = line.replace(/["'”’)\];]+$/, '');
  if (!/[.!?…]$/.test(bare)) return true;
  return words.length <= 14 && !/[.!?]["”’]?\s+\p{Lu}/u.test(bare);
}

function isDateLine(line: string): string | null {
  // A date line names its year; checking first spares the date parser most lines.
  if (line.length > 60 || !/\d{4}/.test(line)) return null;
  return normalizeDate(line);
}

export function readLead(text: string, found: Span[], findHeadline: boolean): Lead {
  const paragraphs = found.slice();
  const lead: Lead = {
    paragraphs,
    title: null,
    byline: null,
    bylineParagraph: null,
    dateLine: null,
    dateline: null,
    datelineParagraph: null,
    bodyStart: null,
  };
  let index = 0;
  const firstLine = (i: number): string => {
    const p = paragraphs[i];
    return p ? text.slice(p.start, trimEnd(text, p.start, lineEnd(text, p.start, p.end))) : '';
  };
  // Up to three lines of head matter, in any order: headline, byline, date line.
  for (let step = 0; step < 3 && index < paragraphs.length; step++) {
    const line = firstLine(index);
    const more =
      paragraphs.length > index + 1 ||
      (paragraphs[index]?.end ?? 0) > lineEnd(text, paragraphs[index]?.start ?? 0, text.length);
    if (!more) break;
    if (lead.byline === null && isByline(line)) {
      splitFirstLine(text, paragraphs, index);
      lead.byline = line.replace(/^by\s+/i, '').trim();
      lead.bylineParagraph = index++;
      continue;
    }
    const date = lead.dateLine === null ? isDateLine(line) : null;
    if (date) {
      splitFirstLine(text, paragraphs, index);
      lead.dateLine = date;
      index++;
      continue;
    }
    if (findHeadline && step === 0 && isHeadlineLine(text, paragraphs, index, line)) {
      splitFirstLine(text, paragraphs, index);
      lead.title = paragraphs[index] ?? null;
      index++;
      continue;
    }
    break;
  }
  const body = paragraphs[index];
  if (body) {
    const head = text.slice(body.start, Math.min(body.end, body.start + 200));
    const match = matchDateline(head);
    if (match) {
      lead.dateline = match.place;
      lead.datelineParagraph = index;
      lead.bodyStart = nextStart(text, body.start + match.length, body.end);
    }
  }
  return lead;
}

/**
 * Whether the first line is the headline: it reads like one and is no dateline (a dateline in
 * title case may still be a headline), or it stands right before a dateline.
 */
function isHeadlineLine(text: string, paragraphs: Span[], index: number, line: string): boolean {
  if (isHeadline(line)) {
    const dateline = matchDateline(line);
    // A line that is nothing but a dateline, its story starting on the next line.
    const datelineOnly = dateline !== null && dateline.length >= line.trimEnd().length;
    if (!datelineOnly && (!dateline || isTitleCase(line.split(/\s+/)))) return true;
  }
  return line.length <= 200 && datelineFollows(text, paragraphs, index, line);
}

/** A one-line paragraph right before a dateline is the headline, whatever its punctuation. */
function datelineFollows(text: string, paragraphs: Span[], index: number, line: string): boolean {
  const paragraph = paragraphs[index];
  const next = paragraphs[index + 1];
  if (!paragraph || !next || text.slice(paragraph.start, paragraph.end) !== line) return false;
  return matchDateline(text.slice(next.start, Math.min(next.end, next.start + 200))) !== null;
}

function matchDateline(head: string): { place: string; length: number } | null {
  // Both patterns open with a capital; an ASCII capital followed by an ASCII lower-case letter
  // can only open the agency form, and that needs its bracket. Most first lines stop here.
  const c0 = head.charCodeAt(0);
  if (c0 < 128 && !(c0 >= 65 && c0 <= 90)) return null;
  const c1 = head.charCodeAt(1);
  const capsPossible = c0 >= 128 || !(c1 >= 97 && c1 <= 122);
  const caps = capsPossible ? CAPS_DATELINE.exec(head) : null;
  if (
    caps &&
    (caps[4] !== undefined || caps[5] !== undefined) &&
    /\p{Lu}{2}/u.test(caps[1] ?? '')
  ) {
    const place = caps[2] ? `${caps[1]}, ${caps[2]}` : (caps[1] ?? '');
    return { place, length: caps[0].length };
  }
  if (!head.includes('(')) return null;
  const agency = AGENCY_DATELINE.exec(head);
  if (agency) {
    const place = agency[2] ? `${agency[1]}, ${agency[2]}` : (agency[1] ?? '');
    return { place, length: agency[0].length };
  }
  return null;
}
