/**
 * PLACEHOLDER (to be replaced by the extract-quotes stage's real logic).
 */
import type { ArticleForExtraction, Quote } from '../../shared/article.ts';

export function extractQuotes(_article: ArticleForExtraction): Quote[] {
  return [];
}
