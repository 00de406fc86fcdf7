/**
 * PLACEHOLDER (to be replaced by the segment stage's real logic): turns the bytes of an
 * uploaded object into a SegmentedArticle. Only plain UTF-8 text, blank-line paragraphs and a
 * naive sentence split for now.
 */
import type { SegmentedArticle, Span } from '../../shared/article.ts';

export interface RawArticle {
  /** The object's bytes as stored. */
  bytes: Uint8Array;
  /** The S3 key or file path: its extension helps to tell the format. */
  source: string;
  contentType?: string;
  /** S3 user metadata (lower-case keys), e.g. `published`. */
  metadata?: Record<string, string>;
  /** A publication date given by the caller (the CLI's --published); wins over all else. */
  published?: string;
  /** When the object was uploaded: the publication date of last resort. */
  uploadedAt?: string;
}

export interface SegmentOptions {
  /** Largest object accepted, in bytes. */
  maxBytes: number;
}

export function segmentArticle(raw: RawArticle, _options: SegmentOptions): SegmentedArticle {
  const text = new TextDecoder('utf-8').decode(raw.bytes);
  const paragraphs = splitParagraphs(text);
  const sentences = paragraphs.flatMap((p) => splitSentences(text, p));
  const published = raw.published ?? raw.metadata?.published ?? raw.uploadedAt ?? null;
  return {
    format: 'text',
    text,
    title: null,
    dateline: null,
    byline: null,
    publishedAt: published,
    publishedSource: raw.published ? 'flag' : raw.metadata?.published ? 's3-metadata' : published ? 'upload-time' : null,
    warnings: [],
    paragraphs,
    sentences,
  };
}

export function splitParagraphs(text: string): Span[] {
  const spans: Span[] = [];
  const re = /[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g;
  for (const m of text.matchAll(re)) {
    const start = m.index;
    const end = start + m[0].trimEnd().length;
    if (m[0].trim()) spans.push({ start, end });
  }
  return spans;
}

export function splitSentences(text: string, paragraph: Span): Span[] {
  const spans: Span[] = [];
  const body = text.slice(paragraph.start, paragraph.end);
  const re = /[^.!?]+(?:[.!?]+["'”’)\]]*|$)/g;
  for (const m of body.matchAll(re)) {
    const lead = m[0].length - m[0].trimStart().length;
    const start = paragraph.start + m.index + lead;
    const end = paragraph.start + m.index + m[0].trimEnd().length;
    if (end > start) spans.push({ start, end });
  }
  return spans;
}
