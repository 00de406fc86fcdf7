/**
 * The clean text of a structured article (HTML, Markdown, JSON) is written block by block:
 * each block (a paragraph, heading, list item, block quote paragraph) becomes one paragraph,
 * blocks are separated by a blank line, and the paragraph spans are recorded as they are
 * written, so they point into the stored text by construction.
 */

import type { Span } from '../../../shared/article.ts';
import type { PublishedCandidate } from '../published.ts';

/** What a format reader hands to the segmenter: clean text plus what the document said. */
export interface ExtractedArticle {
  text: string;
  /** Paragraph spans into `text`; null lets the segmenter find them in the text itself. */
  paragraphs: Span[] | null;
  title: string | null;
  byline: string | null;
  /** Publication dates the document itself gives, best first. */
  documentDates: PublishedCandidate[];
  warnings: string[];
  /** Plain-text conventions apply: a headline line, a date line. */
  plain: boolean;
}

const SPACE_RUN = /[ \t\n\r\f\v\u00a0\u2000-\u200a\u202f\u205f\u3000]+/g;
const PARAGRAPH_BREAK = /\ue000[ \t\n\r\f\v\u00a0]*\ue000/;
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;

/** Collapses layout whitespace inside one block; U+E000 (private use) marks a kept line break. */
export function cleanBlock(raw: string): string {
  return raw
    .replace(ZERO_WIDTH, '')
    .split('\ue000')
    .map((line) => line.replace(SPACE_RUN, ' ').trim())
    .filter((line) => line.length > 0)
    .join('\n');
}

export class TextBuilder {
  private parts: string[] = [];
  private length = 0;
  private lastWasItem = false;
  readonly paragraphs: Span[] = [];

  /**
   * Adds a block as a paragraph of its own; empty blocks are dropped. List items follow one
   * another on their own lines (a single line break), each still a paragraph of its own.
   */
  add(block: string, kind: 'block' | 'item' = 'block'): void {
    // Two line breaks in a row ("<br><br>", common in older pages) separate paragraphs.
    if (PARAGRAPH_BREAK.test(block)) {
      for (const part of block.split(PARAGRAPH_BREAK)) this.add(part, kind);
      return;
    }
    const clean = cleanBlock(block);
    if (!clean) return;
    if (this.length > 0) {
      const separator = kind === 'item' && this.lastWasItem ? '\n' : '\n\n';
      this.parts.push(separator);
      this.length += separator.length;
    }
    this.lastWasItem = kind === 'item';
    this.paragraphs.push({ start: this.length, end: this.length + clean.length });
    this.parts.push(clean);
    this.length += clean.length;
  }

  get text(): string {
    return this.parts.join('');
  }
}

const ENTITY = /&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|(amp|lt|gt|quot|apos|nbsp|#39));/gi;
/** The named character references news text carries, by name. */
export const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

/** Decodes the character references Markdown and JSON text may carry. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (match, dec: string, hex: string, name: string) => {
    if (dec) return safeCodePoint(Number(dec)) ?? match;
    if (hex) return safeCodePoint(Number.parseInt(hex, 16)) ?? match;
    return NAMED_ENTITIES[name.toLowerCase()] ?? match;
  });
}

function safeCodePoint(n: number): string | null {
  return n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : null;
}
