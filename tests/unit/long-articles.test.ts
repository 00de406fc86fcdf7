import { describe, expect, it } from 'vitest';
import { extractDates } from '../../functions/extract-dates/dates.ts';
import { extractQuotes } from '../../functions/extract-quotes/quotes.ts';
import type { ArticleForExtraction } from '../../shared/article.ts';

/** One paragraph holding the whole text, as a transcript or a scraped page without breaks gives. */
function oneParagraph(text: string): ArticleForExtraction {
  return {
    text,
    title: null,
    paragraphs: [{ start: 0, end: text.length }],
    sentences: [],
    publishedAt: '2021-05-12',
  };
}

/**
 * Work that grows with the square of an article's length shows only on long ones: these bounds
 * are many times what the extractors need here, and a pass per quote or per expression over
 * everything found before it takes far longer.
 */
describe('extractors on a long article without paragraph breaks', () => {
  it('extracts 40,000 quotes with pronoun speakers in one line within seconds', () => {
    const text = 'Rosa Diaz spoke first. “It is settled,” she said. '.repeat(40_000);

    const started = performance.now();
    const quotes = extractQuotes(oneParagraph(text));
    const elapsed = performance.now() - started;

    expect(quotes).toHaveLength(40_000);
    expect(quotes[39_999]?.speaker?.name).toBe('Rosa Diaz');
    expect(elapsed).toBeLessThan(15_000);
  }, 60_000);

  it('extracts 160,000 temporal expressions in one line within seconds', () => {
    const text = 'On Monday last week in March 2017 three years ago, '.repeat(40_000);

    const started = performance.now();
    const dates = extractDates(oneParagraph(text));
    const elapsed = performance.now() - started;

    expect(dates).toHaveLength(160_000);
    expect(elapsed).toBeLessThan(15_000);
  }, 60_000);
});
