/**
 * Which of the four article formats an object is: its content type when that is specific,
 * then its file extension, then a look at the first characters. Sniffing is cautious about
 * Markdown, because reading wire copy as Markdown would change its text and offsets.
 */
import type { ArticleFormat } from '../../shared/article.ts';

const BY_CONTENT_TYPE: [RegExp, ArticleFormat][] = [
  [/^(?:text\/html|application\/xhtml\+xml)\b/i, 'html'],
  [/^text\/(?:x-)?markdown\b/i, 'markdown'],
  [/^(?:application|text)\/(?:[\w.+-]+\+)?json\b/i, 'json'],
];

const BY_EXTENSION: Record<string, ArticleFormat> = {
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  md: 'markdown',
  markdown: 'markdown',
  mdown: 'markdown',
  json: 'json',
  txt: 'text',
  text: 'text',
};

const HTML_START = /^\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<!--)/i;
const HTML_TAGS = /<(?:p|div|article|h[1-6]|body|section|span|br)[\s>/]/i;
const FRONT_MATTER = /^---[ \t]*\r?\n[\s\S]*?\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;
const ATX_HEADING = /^#{1,6}[ \t]+\S/;

export function detectFormat(text: string, source: string, contentType?: string): ArticleFormat {
  if (contentType) {
    for (const [pattern, format] of BY_CONTENT_TYPE) if (pattern.test(contentType)) return format;
  }
  const name = source.split(/[?#]/)[0] ?? source;
  const dot = name.lastIndexOf('.');
  const extension = dot > name.lastIndexOf('/') ? name.slice(dot + 1).toLowerCase() : '';
  const byExtension = BY_EXTENSION[extension];
  if (byExtension) return byExtension;
  return sniffFormat(text);
}

/** The format the content itself shows, for objects with no telling name or type. */
export function sniffFormat(text: string): ArticleFormat {
  const head = text.slice(0, 2048);
  const first = head.trimStart()[0];
  if ((first === '{' || first === '[') && looksLikeJson(text)) return 'json';
  if (HTML_START.test(head) || (first === '<' && HTML_TAGS.test(head))) return 'html';
  if (FRONT_MATTER.test(head) || ATX_HEADING.test(head.trimStart())) return 'markdown';
  return 'text';
}

function looksLikeJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
