/**
 * Plain-text articles (wire copy, pasted stories). The text is kept exactly as decoded: no
 * line-end or whitespace normalization, so every offset matches the uploaded file. Its
 * paragraphs are found in place, and its head (headline, byline, dateline) is read by the
 * segmenter like any other format's.
 */
import type { ExtractedArticle } from './blocks.ts';

export function extractText(source: string, warnings: string[]): ExtractedArticle {
  return {
    text: source,
    paragraphs: null,
    title: null,
    byline: null,
    documentDates: [],
    warnings,
    plain: true,
  };
}
