/**
 * PLACEHOLDER (to be replaced by the extract-dates stage's real logic).
 */
import type { ArticleForExtraction, TemporalExpression } from '../../shared/article.ts';

export function extractDates(_article: ArticleForExtraction): TemporalExpression[] {
  return [];
}
