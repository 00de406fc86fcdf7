/**
 * HTML articles: linkedom parses the page (scripts are never run), the metadata comes from
 * meta tags, JSON-LD `NewsArticle` and `<time datetime>`, and Mozilla's Readability picks
 * the main content, leaving navigation, ads, share widgets and comments behind. The content
 * is then walked block by block: paragraphs, headings, list items and block quotes each
 * become a paragraph of the clean text.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { PublishedCandidate } from '../published.ts';
import { type ExtractedArticle, TextBuilder } from './blocks.ts';

/** The parts of the DOM this module reads; linkedom's types and the DOM's differ in detail. */
interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
  getAttribute?: (name: string) => string | null;
}

const SKIP = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'IFRAME',
  'SVG',
  'CANVAS',
  'FORM',
  'BUTTON',
  'INPUT',
  'SELECT',
  'TEXTAREA',
  'NAV',
  'ASIDE',
  'FOOTER',
  'IMG',
  'PICTURE',
  'VIDEO',
  'AUDIO',
  'OBJECT',
  'EMBED',
  'HEAD',
  'LINK',
  'META',
  'TITLE',
  'MENU',
  'DIALOG',
]);
const BLOCK = new Set([
  'P',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'LI',
  'PRE',
  'DT',
  'DD',
  'FIGCAPTION',
  'TR',
  'CAPTION',
  'ADDRESS',
]);
const CONTAINER = new Set([
  'DIV',
  'SECTION',
  'ARTICLE',
  'MAIN',
  'HEADER',
  'BLOCKQUOTE',
  'UL',
  'OL',
  'DL',
  'TABLE',
  'TBODY',
  'THEAD',
  'TFOOT',
  'FIGURE',
  'BODY',
  'HTML',
  'CENTER',
  'DETAILS',
  'SUMMARY',
  'HGROUP',
]);
/** Boilerplate that a page without a findable main content still should not contribute. */
const BOILERPLATE =
  /(?:^|[\s_-])(?:nav|navbar|menu|share|sharing|social|comments?|advert|ad|ads|promo|newsletter|related|sidebar|footer|cookie|subscribe|breadcrumbs?|byline|tags)(?:$|[\s_-])/i;
const ARTICLE_TYPES =
  /(?:^|\b)(?:NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|BlogPosting|LiveBlogPosting|Report)$/;

/** Writes the blocks under `root` into the builder, in document order. */
export function writeBlocks(root: DomNode, builder: TextBuilder, dropBoilerplate: boolean): void {
  let inline = '';
  const flush = () => {
    builder.add(inline);
    inline = '';
  };
  for (const node of Array.from(root.childNodes)) {
    if (node.nodeType === 3) {
      inline += node.textContent ?? '';
      continue;
    }
    if (node.nodeType !== 1) continue;
    const name = node.nodeName.toUpperCase();
    if (SKIP.has(name)) continue;
    if (dropBoilerplate && isBoilerplate(node)) continue;
    if (name === 'BR') {
      inline += '\ue000';
    } else if (BLOCK.has(name) && !hasBlockChild(node)) {
      flush();
      builder.add(inlineText(node), name === 'LI' ? 'item' : 'block');
    } else if (BLOCK.has(name) || CONTAINER.has(name)) {
      flush();
      writeBlocks(node, builder, dropBoilerplate);
    } else {
      inline += inlineText(node);
    }
  }
  flush();
}

function isBoilerplate(node: DomNode): boolean {
  const label = `${node.getAttribute?.('class') ?? ''} ${node.getAttribute?.('id') ?? ''} ${node.getAttribute?.('role') ?? ''}`;
  return BOILERPLATE.test(label);
}

function hasBlockChild(node: DomNode): boolean {
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType !== 1) continue;
    const name = child.nodeName.toUpperCase();
    if (BLOCK.has(name) || CONTAINER.has(name)) return true;
  }
  return false;
}

/** The text of an inline run; U+E000 stands for a `<br>`, kept as a line break. */
function inlineText(node: DomNode): string {
  let out = '';
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === 3) out += child.textContent ?? '';
    else if (child.nodeType === 1) {
      const name = child.nodeName.toUpperCase();
      if (name === 'BR') out += '\ue000';
      else if (name === 'TD' || name === 'TH') out += ` ${inlineText(child)} `;
      else if (!SKIP.has(name)) out += inlineText(child);
    }
  }
  return out;
}

/** Clean blocks of an HTML fragment that is already an article body (a JSON `body`). */
export function htmlFragmentBlocks(html: string, builder: TextBuilder): void {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  writeBlocks(document.body as unknown as DomNode, builder, true);
}

interface HtmlMetadata {
  title: string | null;
  byline: string | null;
  dates: PublishedCandidate[];
}

/** linkedom builds no body for a bare fragment ("<p>…</p>"), so give it a document. */
function asDocument(html: string): string {
  return /<(?:html|body)[\s>]/i.test(html.slice(0, 4096))
    ? html
    : `<!doctype html><html><body>${html}</body></html>`;
}

export function extractHtml(source: string, warnings: string[]): ExtractedArticle {
  const html = asDocument(source);
  const { document } = parseHTML(html);
  const metadata = readMetadata(document, warnings);
  const titleElement = document.querySelector('title')?.textContent?.trim() || null;
  const builder = new TextBuilder();
  let readabilityTitle: string | null = null;
  let readabilityByline: string | null = null;
  try {
    const article = new Readability(
      document as unknown as ConstructorParameters<typeof Readability>[0],
      {
        charThreshold: 200,
        keepClasses: false,
      },
    ).parse();
    if (article?.content) {
      readabilityTitle = article.title?.trim() || null;
      readabilityByline = article.byline?.trim() || null;
      const { document: content } = parseHTML(
        `<!doctype html><html><body>${article.content}</body></html>`,
      );
      writeBlocks(content.body as unknown as DomNode, builder, false);
    }
  } catch (error) {
    warnings.push(`Main-content extraction failed (${String(error)}); using the whole page.`);
  }
  if (builder.paragraphs.length === 0) {
    // Readability finds nothing in very short pages: fall back to the page minus boilerplate.
    const { document: whole } = parseHTML(html);
    if (whole.body) writeBlocks(whole.body as unknown as DomNode, builder, true);
  }
  return {
    text: builder.text,
    paragraphs: builder.paragraphs,
    title: metadata.title ?? readabilityTitle ?? titleElement,
    byline: metadata.byline ?? stripBy(readabilityByline),
    documentDates: metadata.dates,
    warnings,
    plain: false,
  };
}

function stripBy(byline: string | null): string | null {
  if (!byline) return null;
  return byline.replace(/^\s*by\s+/i, '').trim() || null;
}

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

function readMetadata(document: ReturnType<typeof parseHTML>['document'], warnings: string[]) {
  const meta = (key: string): string | null => {
    const element =
      document.querySelector(`meta[property="${key}"]`) ??
      document.querySelector(`meta[name="${key}"]`) ??
      document.querySelector(`meta[itemprop="${key}"]`);
    const content = element?.getAttribute('content')?.trim();
    return content ? content : null;
  };
  const ld = readJsonLd(document, warnings);
  const ldAuthor = names(ld?.author ?? null);
  const metaAuthor = [meta('author'), meta('article:author'), meta('byl')].find(
    (a) => a && !/^https?:\/\//.test(a),
  );
  const dates: PublishedCandidate[] = [];
  const addDate = (value: unknown, label: string) => {
    if (value !== null && value !== undefined && value !== '')
      dates.push({ source: 'html-meta', value, label });
  };
  addDate(meta('article:published_time'), 'meta article:published_time');
  addDate(typeof ld?.datePublished === 'string' ? ld.datePublished : null, 'JSON-LD datePublished');
  for (const key of [
    'og:published_time',
    'datePublished',
    'pubdate',
    'publishdate',
    'date',
    'DC.date.issued',
    'dc.date',
    'sailthru.date',
    'parsely-pub-date',
  ]) {
    addDate(meta(key), `meta ${key}`);
  }
  const time =
    document.querySelector('time[pubdate][datetime]') ??
    document.querySelector('article time[datetime]') ??
    document.querySelector('time[datetime]');
  addDate(time?.getAttribute('datetime')?.trim(), '<time datetime>');
  const headline = typeof ld?.headline === 'string' ? ld.headline.trim() : null;
  return {
    title: headline || meta('og:title') || meta('twitter:title'),
    byline: ldAuthor || metaAuthor || null,
    dates,
  } satisfies HtmlMetadata;
}

/** The first JSON-LD object typed as a news article, looking into arrays and `@graph`. */
function readJsonLd(
  document: ReturnType<typeof parseHTML>['document'],
  warnings: string[],
): Record<string, Json> | null {
  const scripts = document.querySelectorAll('script[type="application/ld+json"]');
  for (const script of Array.from(scripts as ArrayLike<DomNode>)) {
    let data: Json;
    try {
      data = JSON.parse(script.textContent ?? '') as Json;
    } catch {
      warnings.push('A JSON-LD block is not valid JSON; ignored.');
      continue;
    }
    const found = findArticle(data);
    if (found) return found;
  }
  return null;
}

function findArticle(data: Json): Record<string, Json> | null {
  if (Array.isArray(data)) {
    for (const item of data) {
      const found = findArticle(item);
      if (found) return found;
    }
    return null;
  }
  if (!data || typeof data !== 'object') return null;
  const type = data['@type'];
  const types = Array.isArray(type) ? type : [type];
  if (types.some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t))) return data;
  const graph = data['@graph'];
  return graph ? findArticle(graph) : null;
}

/** Author names from a string, a `{name}` object, or an array of either. */
export function names(value: Json | undefined): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (Array.isArray(value)) {
    const all = value.map((v) => names(v)).filter((v): v is string => Boolean(v));
    return all.length ? all.join(', ') : null;
  }
  if (value && typeof value === 'object') return names(value.name);
  return null;
}
