/**
 * The in-process path the CLI takes: the same core code as the three functions — segment,
 * extract quotes, extract dates — on one file, with no emulator and no AWS.
 */
import { readFile, stat } from 'node:fs/promises';
import { extractDates } from '../functions/extract-dates/dates.ts';
import { extractQuotes } from '../functions/extract-quotes/quotes.ts';
import { segmentArticle } from '../functions/segment/segment.ts';
import { DEFAULT_MAX_ARTICLE_BYTES } from '../infra/wiring.ts';
import type { Quote, SegmentedArticle, Span, TemporalExpression } from '../shared/article.ts';
import { ArticleRejectedError } from '../shared/errors.ts';
import { tooLargeMessage } from '../shared/object-reader.ts';

export interface Extraction {
  source: string;
  text: string;
  publishedAt: string | null;
  publishedSource: SegmentedArticle['publishedSource'];
  title: string | null;
  dateline: string | null;
  byline: string | null;
  format: SegmentedArticle['format'];
  warnings: string[];
  paragraphs: Span[];
  sentences: Span[];
  quotes: Quote[];
  dates: TemporalExpression[];
}

export interface ExtractOptions {
  published?: string;
  maxBytes?: number;
}

export async function extractFile(path: string, options: ExtractOptions = {}): Promise<Extraction> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_ARTICLE_BYTES;
  const info = await stat(path);
  if (info.size > maxBytes)
    throw new ArticleRejectedError('too-large', tooLargeMessage(info.size, maxBytes));
  const bytes = new Uint8Array(await readFile(path));
  const article = segmentArticle(
    {
      bytes,
      source: path,
      ...(options.published ? { published: options.published } : {}),
      uploadedAt: info.mtime.toISOString(),
    },
    { maxBytes },
  );
  return {
    source: path,
    text: article.text,
    publishedAt: article.publishedAt,
    publishedSource: article.publishedSource,
    title: article.title,
    dateline: article.dateline,
    byline: article.byline,
    format: article.format,
    warnings: article.warnings,
    paragraphs: article.paragraphs,
    sentences: article.sentences,
    quotes: extractQuotes(article),
    dates: extractDates(article),
  };
}
