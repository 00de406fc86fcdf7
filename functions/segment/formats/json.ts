/**
 * JSON articles from news APIs. The mapping, first field found wins:
 * - wrapper: a top-level array, or `articles`, `data`, `article`, `results` or `items`
 *   (an array or an object) holds the article; with several, the first is read (a warning).
 * - title: `title`, `headline`, `name`.
 * - body: `body`, `content`, `text`, `articleBody`, `body_text`, `story`, `description`
 *   (a string, an object with `text`/`html`/`value`, or a list of paragraphs given either
 *   way); HTML in it is converted as HTML;
 *   the "[+1234 chars]" tail some APIs add to truncated content is dropped (a warning).
 * - publication date: `publishedAt`, `datePublished`, `published_at`, `publishedDate`,
 *   `published`, `date`, `pubDate`, `publication_date` (ISO, prose or epoch seconds/ms).
 * - author: `author`, `byline`, `authors`, `creator` (a string, `{name}`, or a list).
 * - `url` and `source` name where the article came from; the segmented article has no field
 *   for them, so they are read by the CLI/handler from the object key instead.
 * No body at all is a `malformed` rejection naming the fields looked for.
 */
import { ArticleRejectedError } from '../../../shared/errors.ts';
import type { PublishedCandidate } from '../published.ts';
import { decodeEntities, type ExtractedArticle, TextBuilder } from './blocks.ts';
import { htmlFragmentBlocks, names } from './html.ts';

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const WRAPPERS = ['articles', 'data', 'article', 'results', 'items'];
const TITLE_KEYS = ['title', 'headline', 'name'];
const BODY_KEYS = ['body', 'content', 'text', 'articleBody', 'body_text', 'story', 'description'];
const DATE_KEYS = [
  'publishedAt',
  'datePublished',
  'published_at',
  'publishedDate',
  'published',
  'date',
  'pubDate',
  'publication_date',
];
const AUTHOR_KEYS = ['author', 'byline', 'authors', 'creator'];
const HTML_TAG =
  /<\/?(?:p|div|br|h[1-6]|blockquote|ul|ol|li|span|a|em|strong|b|i|figure|section|article)\b[^>]*>/i;
const TRUNCATION = /\s*(?:…|\.\.\.)?\s*\[\+\d+ chars\]\s*$/;

export function extractJson(source: string, warnings: string[]): ExtractedArticle {
  let data: Json;
  try {
    data = JSON.parse(source) as Json;
  } catch (error) {
    throw new ArticleRejectedError('malformed', `The article is not valid JSON: ${String(error)}`);
  }
  const article = unwrap(data, warnings);
  const bodyKey = BODY_KEYS.find((key) => bodyText(article[key]) !== null);
  const body = bodyKey ? bodyText(article[bodyKey]) : null;
  if (bodyKey === undefined || body === null || !body.trim()) {
    const keys = Object.keys(article).join(', ') || 'none';
    throw new ArticleRejectedError(
      'malformed',
      `The JSON article has no body: expected a non-empty ${BODY_KEYS.join(' / ')} field (found keys: ${keys}).`,
    );
  }
  const titleKey = TITLE_KEYS.find((key) => typeof article[key] === 'string');
  const title = titleKey ? String(article[titleKey]).trim() || null : null;
  const authorKey = AUTHOR_KEYS.find((key) => names(article[key]) !== null);
  const documentDates: PublishedCandidate[] = DATE_KEYS.filter(
    (key) => article[key] !== undefined && article[key] !== null,
  ).map((key) => ({ source: 'json', value: article[key], label: `JSON field ${key}` }));
  const base = {
    title,
    byline: authorKey ? names(article[authorKey]) : null,
    documentDates,
    warnings,
  };
  let text = body;
  if (TRUNCATION.test(text)) {
    warnings.push(
      'The body was truncated by the news API ("[+N chars]"); only the part given is read.',
    );
    text = text.replace(TRUNCATION, '');
  }
  if (HTML_TAG.test(text)) {
    const builder = new TextBuilder();
    htmlFragmentBlocks(text, builder);
    return { ...base, text: builder.text, paragraphs: builder.paragraphs, plain: false };
  }
  const clean = decodeEntities(text.replace(/\r\n?/g, '\n')).trim();
  return { ...base, text: clean, paragraphs: null, plain: false };
}

function unwrap(data: Json, warnings: string[]): JsonObject {
  if (Array.isArray(data)) return first(data, 'top-level array', warnings);
  if (!data || typeof data !== 'object') {
    throw new ArticleRejectedError('malformed', 'The JSON document is not an object or array.');
  }
  if (BODY_KEYS.some((key) => bodyText(data[key]) !== null)) return data;
  for (const key of WRAPPERS) {
    const inner = data[key];
    if (Array.isArray(inner)) return first(inner, `"${key}" array`, warnings);
    if (inner && typeof inner === 'object') return inner;
  }
  return data;
}

function first(items: Json[], label: string, warnings: string[]): JsonObject {
  const item = items[0];
  if (!item || typeof item !== 'object' || Array.isArray(item)) {
    throw new ArticleRejectedError('malformed', `The JSON ${label} holds no article object.`);
  }
  if (items.length > 1)
    warnings.push(`The JSON ${label} holds ${items.length} articles; only the first is read.`);
  return item;
}

function bodyText(value: Json | undefined): string | null {
  if (typeof value === 'string') return value.trim() ? value : null;
  if (Array.isArray(value)) {
    // A body given as a list of paragraphs (strings or `{text}` blocks).
    const parts = value
      .map((part) => bodyText(part))
      .filter((part): part is string => part !== null);
    return parts.length ? parts.map((part) => part.trim()).join('\n\n') : null;
  }
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const key of ['text', 'html', 'value', 'content']) {
      const inner = value[key];
      if (typeof inner === 'string' && inner.trim()) return inner;
    }
  }
  return null;
}
