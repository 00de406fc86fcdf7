/**
 * The article model every stage shares: the clean text stored once, and the spans (paragraphs,
 * sentences, quotes, temporal expressions) that point into it by JavaScript string offsets.
 */

/** A half-open range `[start, end)` of UTF-16 offsets into `Article.text`. */
export interface Span {
  start: number;
  end: number;
}

export type ArticleFormat = 'text' | 'html' | 'markdown' | 'json';

/** Where the publication date came from, in order of preference. */
export type PublishedSource =
  | 'flag' // --published on the CLI
  | 's3-metadata' // S3 user metadata `published`
  | 'front-matter' // Markdown YAML front matter
  | 'html-meta' // <meta>, JSON-LD or <time datetime>
  | 'json' // a field of a news-API JSON document
  | 'text' // a date line inside the text itself
  | 'upload-time'; // nothing else: the time the object was uploaded (or the file's mtime)

/** What the segment stage produces from one object: clean text, metadata and segments. */
export interface SegmentedArticle {
  format: ArticleFormat;
  /** Clean text; every offset of every record points into it. */
  text: string;
  title: string | null;
  /** The place of a dateline ("WASHINGTON"), if the text opens with one. */
  dateline: string | null;
  byline: string | null;
  /** ISO 8601: a calendar date (`2017-07-06`) or a full timestamp. */
  publishedAt: string | null;
  publishedSource: PublishedSource | null;
  /** Problems that did not stop processing (invalid bytes replaced, unknown fields ignored). */
  warnings: string[];
  paragraphs: Span[];
  sentences: Span[];
}

/** The mention that names or refers to a quote's speaker, and the name it resolves to. */
export interface Speaker extends Span {
  /**
   * The person's name in its fullest form in the article ("Sessions" → "Jeff Sessions"), so
   * one person's quotes group together; a pronoun resolves to the most recent compatible person.
   */
  name: string;
  /** The mention as it stands in the text, title or role included ("Attorney General Sessions", "he"). */
  text: string;
}

/** A direct quote: its span is the words inside the quotation marks. */
export interface Quote extends Span {
  text: string;
  speaker: Speaker | null;
  /** The speech cue that ties speaker and quote ("said", "according to"), if any. */
  cue: string | null;
}

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

/** A temporal expression with its TimeML TIMEX3 type and normalized value. */
export interface TemporalExpression extends Span {
  text: string;
  type: TimexType;
  value: string;
  /** TimeML `mod`: APPROX, START, MID, END, MORE_THAN, LESS_THAN, EQUAL_OR_MORE, ... */
  mod?: string;
}

/** What the extractors read: the text, its segments, and the anchor for relative dates. */
export interface ArticleForExtraction {
  text: string;
  title: string | null;
  paragraphs: Span[];
  sentences: Span[];
  /** ISO date or timestamp the relative dates are anchored to; null leaves them unanchored. */
  publishedAt: string | null;
}
