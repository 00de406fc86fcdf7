/**
 * The segment stage's core: the bytes of an uploaded article in, a SegmentedArticle out.
 * Decodes the bytes, tells the format, lets that format's reader produce the clean text and
 * metadata, reads the head of the article (headline, byline, dateline), then splits the clean
 * text into paragraphs and sentences whose offsets all point into it, and picks the
 * publication date by precedence. Plain text is kept exactly as uploaded (BOM aside), so
 * offsets match the raw file.
 */
import type { ArticleFormat, SegmentedArticle, Span } from '../../shared/article.ts';
import { ArticleRejectedError } from '../../shared/errors.ts';
import { decodeArticleBytes } from './decode.ts';
import { detectFormat } from './detect-format.ts';
import type { ExtractedArticle } from './formats/blocks.ts';
import { extractHtml } from './formats/html.ts';
import { extractJson } from './formats/json.ts';
import { extractMarkdown } from './formats/markdown.ts';
import { extractText } from './formats/text.ts';
import { readLead } from './lead.ts';
import { splitParagraphs } from './paragraphs.ts';
import { choosePublished, type PublishedCandidate } from './published.ts';
import { appendSentences, newTerminalScan } from './sentences.ts';

export { splitParagraphs } from './paragraphs.ts';
export { splitSentences } from './sentences.ts';

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

export function segmentArticle(raw: RawArticle, options: SegmentOptions): SegmentedArticle {
  if (raw.bytes.length > options.maxBytes) {
    throw new ArticleRejectedError(
      'too-large',
      `The object is ${raw.bytes.length} bytes; the limit is ${options.maxBytes} bytes.`,
    );
  }
  const decoded = decodeArticleBytes(raw.bytes);
  const warnings = [...decoded.warnings];
  const format = detectFormat(decoded.text, raw.source, raw.contentType);
  const extracted = extract(format, decoded.text, warnings);
  if (!extracted.text.trim()) {
    throw new ArticleRejectedError('empty', `The ${format} article holds no text.`);
  }

  const text = extracted.text;
  const found = extracted.paragraphs ?? splitParagraphs(text);
  const findHeadline =
    extracted.plain || (extracted.title === null && extracted.paragraphs === null);
  const lead = readLead(text, found, findHeadline);

  const sentences: Span[] = [];
  const titleStart = lead.title ? lead.title.start : -1;
  const scan = newTerminalScan();
  for (let index = 0; index < lead.paragraphs.length; index++) {
    const paragraph = lead.paragraphs[index] as Span;
    if (paragraph.start === titleStart) {
      sentences.push({ start: paragraph.start, end: paragraph.end });
    } else if (index === lead.datelineParagraph && lead.bodyStart !== null) {
      appendSentences(text, lead.bodyStart, paragraph.end, sentences, scan);
    } else {
      appendSentences(text, paragraph.start, paragraph.end, sentences, scan);
    }
  }

  const candidates: PublishedCandidate[] = [
    { source: 'flag', value: raw.published, label: 'the --published flag' },
    { source: 's3-metadata', value: raw.metadata?.published, label: 'S3 metadata "published"' },
    ...extracted.documentDates,
    { source: 'text', value: lead.dateLine, label: 'a date line of the text' },
    { source: 'upload-time', value: raw.uploadedAt, label: 'the upload time' },
  ];
  const published = choosePublished(candidates, warnings);

  const title =
    extracted.title ?? (lead.title ? text.slice(lead.title.start, lead.title.end) : null);
  return {
    format,
    text,
    title,
    dateline: lead.dateline,
    byline: extracted.byline ?? lead.byline,
    publishedAt: published.publishedAt,
    publishedSource: published.publishedSource,
    warnings,
    paragraphs: lead.paragraphs,
    sentences,
  };
}

function extract(format: ArticleFormat, source: string, warnings: string[]): ExtractedArticle {
  switch (format) {
    case 'html':
      return extractHtml(source, warnings);
    case 'markdown':
      return extractMarkdown(source, warnings);
    case 'json':
      return extractJson(source, warnings);
    case 'text':
      return extractText(source, warnings);
  }
}
