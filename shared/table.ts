/**
 * The single table's design, declared once: key schema, indexes and the item keys of every
 * record kind. The CDK stack and the local runtime both create the table from `tableDesign`,
 * and the store builds every key through the functions below.
 *
 * Access patterns (each one query):
 * - an article with all its records:      pk = ARTICLE#<id>
 * - quotes by speaker, newest first:      GSI1 pk = SPEAKER#<name key>, sk descending
 * - articles published on a day:          GSI1 pk = PUBLISHED#<yyyy-mm-dd>
 * - articles that mention a day or month: GSI2 pk = MENTION#<yyyy-mm>, sk begins_with <yyyy-mm[-dd]>
 */

export const tableDesign = {
  partitionKey: 'pk',
  sortKey: 'sk',
  /** Tombstones of deleted articles expire by themselves. */
  timeToLiveAttribute: 'expiresAt',
  indexes: [
    { name: 'gsi1', partitionKey: 'gsi1pk', sortKey: 'gsi1sk' },
    { name: 'gsi2', partitionKey: 'gsi2pk', sortKey: 'gsi2sk' },
  ],
} as const;

export type RecordKind = 'meta' | 'text' | 'segments' | 'quote' | 'date' | 'status';

export type StageName = 'segment' | 'extract-quotes' | 'extract-dates';

export const articlePk = (articleId: string): string => `ARTICLE#${articleId}`;

export const sortKeys = {
  meta: 'META',
  /** Text and segments are keyed by the S3 sequencer of the version they came from, so two
   * versions being processed at once can never interleave their chunks. */
  text: (sequencer: string, chunk: number) => `TEXT#${sequencer}#${pad(chunk)}`,
  segments: (sequencer: string, chunk: number) => `SEGMENTS#${sequencer}#${pad(chunk)}`,
  quote: (index: number) => `QUOTE#${pad(index)}`,
  date: (index: number) => `DATE#${pad(index)}`,
  status: (stage: StageName) => `STATUS#${stage}`,
} as const;

/** Sort-key prefixes, to query or delete one kind of an article's records. */
export const sortKeyPrefix = {
  text: 'TEXT#',
  segments: 'SEGMENTS#',
  quote: 'QUOTE#',
  date: 'DATE#',
  status: 'STATUS#',
} as const;

/** One person's quotes group under one key whatever the case and spacing of the name. */
export const speakerKey = (name: string): string =>
  `SPEAKER#${name.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim()}`;

export const publishedKey = (day: string): string => `PUBLISHED#${day}`;

/** Mentions are partitioned by month so that a day query and a month query are each one query. */
export const mentionKey = (month: string): string => `MENTION#${month}`;

/** The day (`yyyy-mm-dd`) or month (`yyyy-mm`) a TIMEX3 value names, if it names one. */
export function mentionedPeriod(value: string): { month: string; period: string } | null {
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(value);
  if (!match) return null;
  const month = `${match[1]}-${match[2]}`;
  return { month, period: match[3] ? `${month}-${match[3]}` : month };
}

/**
 * The largest text chunk stored in one item. DynamoDB counts UTF-8 bytes (at most 3 per UTF-16
 * unit), so 100,000 units stay under 300 KB, well below the 400 KB item limit.
 */
export const TEXT_CHUNK_UNITS = 100_000;

/** Spans stored per segments item: two small numbers each, far below the item limit. */
export const SPANS_PER_CHUNK = 8_000;

function pad(n: number): string {
  return String(n).padStart(5, '0');
}
