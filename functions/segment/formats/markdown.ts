/**
 * Markdown articles: YAML front matter (title, date or published, author, tags) gives the
 * metadata; the body is parsed by `marked` and rendered to plain prose. Emphasis markers go,
 * links keep their text, headings, list items and block-quote paragraphs each become a
 * paragraph of their own, and embedded HTML is read as HTML.
 */
import { marked, type Token, type Tokens } from 'marked';
import { parse as parseYaml } from 'yaml';
import type { PublishedCandidate } from '../published.ts';
import { decodeEntities, type ExtractedArticle, TextBuilder } from './blocks.ts';
import { htmlFragmentBlocks, names } from './html.ts';

const FRONT_MATTER = /^---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/;
const DATE_KEYS = ['date', 'published', 'publishedAt', 'published_at', 'datePublished', 'pubDate'];

export function extractMarkdown(source: string, warnings: string[]): ExtractedArticle {
  const normalized = source.replace(/\r\n?/g, '\n');
  const match = FRONT_MATTER.exec(normalized);
  let fields: Record<string, unknown> = {};
  if (match) {
    try {
      const parsed: unknown = parseYaml(match[1] ?? '', { schema: 'core' });
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) {
        fields = parsed as Record<string, unknown>;
      } else if (parsed !== null) {
        warnings.push('The front matter is not a mapping of fields; ignored.');
      }
    } catch (error) {
      warnings.push(`The front matter is not valid YAML (${String(error)}); ignored.`);
    }
  }
  const body = match ? normalized.slice(match[0].length) : normalized;
  const builder = new TextBuilder();
  writeTokens(marked.lexer(body), builder);
  const documentDates: PublishedCandidate[] = [];
  for (const key of DATE_KEYS) {
    const value = fields[key];
    if (value !== undefined && value !== null) {
      documentDates.push({
        source: 'front-matter',
        value: dateValue(value),
        label: `front matter ${key}`,
      });
    }
  }
  const title = typeof fields.title === 'string' ? fields.title.trim() : null;
  const author = fields.author ?? fields.authors ?? fields.byline;
  return {
    text: builder.text,
    paragraphs: builder.paragraphs,
    title: title || null,
    byline: names(author as Parameters<typeof names>[0]),
    documentDates,
    warnings,
    plain: false,
  };
}

/** YAML reads an unquoted `2017-07-06` as a string with the core schema; keep dates as text. */
function dateValue(value: unknown): unknown {
  return value instanceof Date ? value.toISOString() : value;
}

function writeTokens(tokens: Token[], builder: TextBuilder): void {
  for (const token of tokens) {
    switch (token.type) {
      case 'heading':
      case 'paragraph':
        builder.add(inline((token as Tokens.Paragraph).tokens));
        break;
      case 'text': {
        const text = token as Tokens.Text;
        builder.add(text.tokens ? inline(text.tokens) : decodeEntities(text.text));
        break;
      }
      case 'list':
        for (const item of (token as Tokens.List).items) writeListItem(item, builder);
        break;
      case 'blockquote':
        writeTokens((token as Tokens.Blockquote).tokens, builder);
        break;
      case 'code':
        builder.add((token as Tokens.Code).text.replace(/\n/g, '\ue000'));
        break;
      case 'html':
        htmlFragmentBlocks((token as Tokens.HTML).text, builder);
        break;
      case 'table': {
        const table = token as Tokens.Table;
        builder.add(table.header.map((cell) => inline(cell.tokens)).join(' '));
        for (const row of table.rows) builder.add(row.map((cell) => inline(cell.tokens)).join(' '));
        break;
      }
      default:
        break;
    }
  }
}

/** A list item is a paragraph of its own; a nested list follows it as further items. */
function writeListItem(item: Tokens.ListItem, builder: TextBuilder): void {
  const own: Token[] = [];
  for (const child of item.tokens) {
    if (child.type === 'list') {
      builder.add(own.map((t) => blockText(t)).join('\ue000'), 'item');
      own.length = 0;
      writeTokens([child], builder);
    } else {
      own.push(child);
    }
  }
  builder.add(own.map((t) => blockText(t)).join('\ue000'), 'item');
}

function blockText(token: Token): string {
  const withTokens = token as Token & { tokens?: Token[]; text?: string };
  if (withTokens.tokens) return inline(withTokens.tokens);
  return decodeEntities(withTokens.text ?? '');
}

function inline(tokens: Token[] | undefined): string {
  if (!tokens) return '';
  let out = '';
  for (const token of tokens) {
    switch (token.type) {
      case 'br':
        out += '\ue000';
        break;
      case 'image':
      case 'html':
        break;
      case 'codespan':
      case 'escape':
        out += decodeEntities((token as Tokens.Codespan).text);
        break;
      default: {
        const withTokens = token as Token & { tokens?: Token[]; text?: string };
        out += withTokens.tokens
          ? inline(withTokens.tokens)
          : decodeEntities(withTokens.text ?? '');
      }
    }
  }
  return out;
}
