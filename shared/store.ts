/**
 * The article store on the single DynamoDB table: every write the stages make and every read
 * the access patterns need. Ordering and idempotence live here:
 *
 * - Each version of an article is identified by its S3 `sequencer`. `claim` moves the article's
 *   META item to a newer sequencer and refuses an older or already-finished one, so a duplicate
 *   or out-of-order event changes nothing.
 * - Text and segment chunks are keyed by sequencer, so two versions never interleave.
 * - An extractor's records are written in transactions that check META still names the
 *   version it read, so a superseded or deleted version's records never land afterwards.
 * - A delete leaves only a tombstone META (expiring by TTL) so an older put arriving later
 *   cannot bring the article back.
 */
import {
  ConditionalCheckFailedException,
  type DynamoDBClient,
  TransactionCanceledException,
} from '@aws-sdk/client-dynamodb';
import {
  BatchWriteCommand,
  type BatchWriteCommandInput,
  DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  type QueryCommandInput,
  TransactWriteCommand,
  type TransactWriteCommandInput,
} from '@aws-sdk/lib-dynamodb';
import type {
  ArticleForExtraction,
  PublishedSource,
  Quote,
  SegmentedArticle,
  Span,
  TemporalExpression,
} from './article.ts';
import type { RejectionReason } from './errors.ts';
import { TransientError } from './errors.ts';
import {
  articlePk,
  mentionedPeriod,
  mentionKey,
  publishedKey,
  SPANS_PER_CHUNK,
  type StageName,
  sortKeyPrefix,
  sortKeys,
  speakerKey,
  TEXT_CHUNK_UNITS,
} from './table.ts';

export type ArticleState = 'claimed' | 'segmented' | 'rejected' | 'deleted';

/** One version of one article: the object it came from and its place in the key's history. */
export interface ArticleVersion {
  articleId: string;
  bucket: string;
  key: string;
  versionId: string | null;
  sequencer: string;
}

export interface ArticleMeta {
  articleId: string;
  bucket: string;
  key: string;
  versionId: string | null;
  sequencer: string;
  state: ArticleState;
  updatedAt: string;
  format?: SegmentedArticle['format'];
  title?: string | null;
  dateline?: string | null;
  byline?: string | null;
  publishedAt?: string | null;
  publishedSource?: PublishedSource | null;
  warnings?: string[];
  textLength?: number;
  paragraphCount?: number;
  sentenceCount?: number;
  reason?: RejectionReason;
  message?: string;
}

export interface StageStatus {
  stage: StageName;
  state: 'segmented' | 'rejected' | 'done';
  sequencer: string;
  updatedAt: string;
  count?: number;
  reason?: string;
  message?: string;
}

export interface StoredQuote extends Quote {
  articleId: string;
  publishedAt: string | null;
}

export interface StoredDate extends TemporalExpression {
  articleId: string;
}

export interface ArticleRecords {
  meta: ArticleMeta;
  text: string | null;
  paragraphs: Span[];
  sentences: Span[];
  quotes: StoredQuote[];
  dates: StoredDate[];
  statuses: StageStatus[];
}

export interface LoadedArticle {
  meta: ArticleMeta;
  article: ArticleForExtraction;
}

export type WriteOutcome = 'saved' | 'superseded';

/** The port the stages write through; `DynamoArticleStore` is the one implementation. */
export interface ArticleStore {
  claim(version: ArticleVersion, now: string): Promise<'claimed' | 'stale'>;
  saveSegmented(
    version: ArticleVersion,
    article: SegmentedArticle,
    now: string,
  ): Promise<WriteOutcome>;
  saveRejected(
    version: ArticleVersion,
    rejection: { reason: RejectionReason; message: string },
    now: string,
  ): Promise<WriteOutcome>;
  markDeleted(version: ArticleVersion, now: string): Promise<'deleted' | 'stale'>;
  loadForExtraction(articleId: string, sequencer: string): Promise<LoadedArticle | null>;
  replaceQuotes(loaded: LoadedArticle, quotes: Quote[], now: string): Promise<WriteOutcome>;
  replaceDates(
    loaded: LoadedArticle,
    dates: TemporalExpression[],
    now: string,
  ): Promise<WriteOutcome>;
  getArticle(articleId: string): Promise<ArticleRecords | null>;
  quotesBySpeaker(name: string, limit?: number): Promise<StoredQuote[]>;
  articlesPublishedOn(day: string): Promise<ArticleMeta[]>;
  articlesMentioning(dayOrMonth: string): Promise<StoredDate[]>;
}

/** A tombstone outlives any delayed event S3 could still deliver for the key. */
const TOMBSTONE_DAYS = 30;
/** Stored quote text is capped; the offsets into the article text always give the whole quote. */
const MAX_STORED_QUOTE_UNITS = 10_000;
/** Operations per transaction: well below DynamoDB's 100 items and 4 MB. */
const OPS_PER_TRANSACTION = 25;
const BATCH_WRITE_SIZE = 25;
const MAX_BATCH_ATTEMPTS = 8;

type Item = Record<string, unknown>;
type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

export class DynamoArticleStore implements ArticleStore {
  private readonly db: DynamoDBDocumentClient;
  private readonly tableName: string;

  constructor(client: DynamoDBClient, tableName: string) {
    this.db = DynamoDBDocumentClient.from(client, {
      marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: false },
    });
    this.tableName = tableName;
  }

  /** A newer version, or a retry of this one that never finished, may proceed. */
  async claim(version: ArticleVersion, now: string): Promise<'claimed' | 'stale'> {
    const outcome = await this.putMetaIfNewer(version, 'claimed', { updatedAt: now });
    return outcome === 'written' ? 'claimed' : 'stale';
  }

  async saveSegmented(
    version: ArticleVersion,
    article: SegmentedArticle,
    now: string,
  ): Promise<WriteOutcome> {
    const pk = articlePk(version.articleId);
    const chunks: Item[] = [
      ...chunkText(article.text).map((text, i) => ({
        pk,
        sk: sortKeys.text(version.sequencer, i),
        sequencer: version.sequencer,
        text,
      })),
      ...chunkSpans(article).map((chunk, i) => ({
        pk,
        sk: sortKeys.segments(version.sequencer, i),
        sequencer: version.sequencer,
        ...chunk,
      })),
    ];
    await this.batchPut(chunks);
    const publishedDay = article.publishedAt?.slice(0, 10) ?? null;
    const meta: Item = {
      pk,
      sk: sortKeys.meta,
      ...versionAttributes(version),
      state: 'segmented' satisfies ArticleState,
      updatedAt: now,
      format: article.format,
      title: article.title,
      dateline: article.dateline,
      byline: article.byline,
      publishedAt: article.publishedAt,
      publishedSource: article.publishedSource,
      warnings: article.warnings,
      textLength: article.text.length,
      paragraphCount: article.paragraphs.length,
      sentenceCount: article.sentences.length,
      ...(publishedDay
        ? {
            gsi1pk: publishedKey(publishedDay),
            gsi1sk: `${article.publishedAt}#${version.articleId}`,
          }
        : {}),
    };
    const status = statusItem(version.articleId, {
      stage: 'segment',
      state: 'segmented',
      sequencer: version.sequencer,
      updatedAt: now,
      count: article.sentences.length,
    });
    const outcome = await this.commitVersion(version, [meta, status]);
    if (outcome === 'saved')
      await this.sweep(version, (sk, seq) => isChunk(sk) && seq < version.sequencer);
    return outcome;
  }

  async saveRejected(
    version: ArticleVersion,
    rejection: { reason: RejectionReason; message: string },
    now: string,
  ): Promise<WriteOutcome> {
    const meta: Item = {
      pk: articlePk(version.articleId),
      sk: sortKeys.meta,
      ...versionAttributes(version),
      state: 'rejected' satisfies ArticleState,
      updatedAt: now,
      reason: rejection.reason,
      message: rejection.message,
    };
    const status = statusItem(version.articleId, {
      stage: 'segment',
      state: 'rejected',
      sequencer: version.sequencer,
      updatedAt: now,
      reason: rejection.reason,
      message: rejection.message,
    });
    const outcome = await this.commitVersion(version, [meta, status]);
    // The previous version's records no longer describe the object: remove them.
    if (outcome === 'saved') {
      await this.sweep(
        version,
        (sk, seq) => sk !== sortKeys.status('segment') && (!isChunk(sk) || seq < version.sequencer),
      );
    }
    return outcome;
  }

  /** A repeated delete sweeps again; a delete older than the current version does nothing. */
  async markDeleted(version: ArticleVersion, now: string): Promise<'deleted' | 'stale'> {
    const expiresAt = Math.floor(Date.parse(now) / 1000) + TOMBSTONE_DAYS * 24 * 60 * 60;
    const outcome = await this.putMetaIfNewer(version, 'deleted', { updatedAt: now, expiresAt });
    if (outcome === 'stale') return 'stale';
    await this.sweep(version, () => true);
    return 'deleted';
  }

  async loadForExtraction(articleId: string, sequencer: string): Promise<LoadedArticle | null> {
    const meta = await this.getMeta(articleId);
    if (!meta || meta.sequencer !== sequencer || meta.state !== 'segmented') return null;
    const pk = articlePk(articleId);
    const textItems = await this.queryAll({
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: { ':pk': pk, ':prefix': `${sortKeyPrefix.text}${sequencer}#` },
    });
    const segmentItems = await this.queryAll({
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: { ':pk': pk, ':prefix': `${sortKeyPrefix.segments}${sequencer}#` },
    });
    const text = textItems.map((item) => String(item.text ?? '')).join('');
    if (text.length !== meta.textLength) {
      throw new TransientError(
        `article ${articleId} has ${text.length} characters of text stored, META says ${meta.textLength}`,
      );
    }
    const { paragraphs, sentences } = joinSpans(segmentItems);
    return {
      meta,
      article: {
        text,
        title: meta.title ?? null,
        paragraphs,
        sentences,
        publishedAt: meta.publishedAt ?? null,
      },
    };
  }

  replaceQuotes(loaded: LoadedArticle, quotes: Quote[], now: string): Promise<WriteOutcome> {
    const { articleId } = loaded.meta;
    const publishedAt = loaded.meta.publishedAt ?? null;
    const items = quotes.map((quote, i): Item => {
      const stored = quote.text.length > MAX_STORED_QUOTE_UNITS;
      return {
        pk: articlePk(articleId),
        sk: sortKeys.quote(i),
        articleId,
        sequencer: loaded.meta.sequencer,
        publishedAt,
        start: quote.start,
        end: quote.end,
        text: stored ? quote.text.slice(0, MAX_STORED_QUOTE_UNITS) : quote.text,
        ...(stored ? { textTruncated: true } : {}),
        speaker: quote.speaker,
        cue: quote.cue,
        ...(quote.speaker
          ? {
              gsi1pk: speakerKey(quote.speaker.name),
              gsi1sk: `${publishedAt ?? ''}#${articleId}#${String(i).padStart(5, '0')}`,
            }
          : {}),
      };
    });
    return this.replaceRecords(loaded, 'extract-quotes', sortKeyPrefix.quote, items, now);
  }

  replaceDates(
    loaded: LoadedArticle,
    dates: TemporalExpression[],
    now: string,
  ): Promise<WriteOutcome> {
    const { articleId } = loaded.meta;
    const items = dates.map((date, i): Item => {
      const period = mentionedPeriod(date.value);
      return {
        pk: articlePk(articleId),
        sk: sortKeys.date(i),
        articleId,
        sequencer: loaded.meta.sequencer,
        start: date.start,
        end: date.end,
        text: date.text,
        type: date.type,
        value: date.value,
        mod: date.mod,
        ...(period
          ? {
              gsi2pk: mentionKey(period.month),
              gsi2sk: `${period.period}#${articleId}#${String(i).padStart(5, '0')}`,
            }
          : {}),
      };
    });
    return this.replaceRecords(loaded, 'extract-dates', sortKeyPrefix.date, items, now);
  }

  async getArticle(articleId: string): Promise<ArticleRecords | null> {
    const items = await this.queryAll({
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': articlePk(articleId) },
    });
    const metaItem = items.find((item) => item.sk === sortKeys.meta);
    if (!metaItem) return null;
    const meta = toMeta(metaItem);
    const current = (item: Item) => item.sequencer === meta.sequencer;
    const text =
      meta.state === 'segmented'
        ? items
            .filter((item) => String(item.sk).startsWith(sortKeyPrefix.text) && current(item))
            .map((item) => String(item.text ?? ''))
            .join('')
        : null;
    const { paragraphs, sentences } = joinSpans(
      items.filter((item) => String(item.sk).startsWith(sortKeyPrefix.segments) && current(item)),
    );
    return {
      meta,
      text,
      paragraphs,
      sentences,
      quotes: items.filter((item) => String(item.sk).startsWith(sortKeyPrefix.quote)).map(toQuote),
      dates: items.filter((item) => String(item.sk).startsWith(sortKeyPrefix.date)).map(toDate),
      statuses: items
        .filter((item) => String(item.sk).startsWith(sortKeyPrefix.status))
        .map(toStatus),
    };
  }

  async quotesBySpeaker(name: string, limit = 100): Promise<StoredQuote[]> {
    const items = await this.queryAll(
      {
        IndexName: 'gsi1',
        KeyConditionExpression: 'gsi1pk = :pk',
        ExpressionAttributeValues: { ':pk': speakerKey(name) },
        ScanIndexForward: false,
      },
      limit,
    );
    return items.map(toQuote);
  }

  async articlesPublishedOn(day: string): Promise<ArticleMeta[]> {
    const items = await this.queryAll({
      IndexName: 'gsi1',
      KeyConditionExpression: 'gsi1pk = :pk',
      ExpressionAttributeValues: { ':pk': publishedKey(day) },
    });
    return items.map(toMeta);
  }

  async articlesMentioning(dayOrMonth: string): Promise<StoredDate[]> {
    const period = mentionedPeriod(dayOrMonth);
    if (!period)
      throw new RangeError(`"${dayOrMonth}" is not a day (YYYY-MM-DD) or month (YYYY-MM)`);
    const items = await this.queryAll({
      IndexName: 'gsi2',
      KeyConditionExpression: 'gsi2pk = :pk AND begins_with(gsi2sk, :period)',
      ExpressionAttributeValues: { ':pk': mentionKey(period.month), ':period': period.period },
    });
    return items.map(toDate);
  }

  /**
   * Replaces META with `state` for this version when the table holds an older version (or
   * none), or this same version still in that state (a retry).
   */
  private async putMetaIfNewer(
    version: ArticleVersion,
    state: ArticleState,
    attributes: Item,
  ): Promise<'written' | 'stale'> {
    try {
      await this.db.send(
        new PutCommand({
          TableName: this.tableName,
          Item: {
            pk: articlePk(version.articleId),
            sk: sortKeys.meta,
            ...versionAttributes(version),
            state,
            ...attributes,
          },
          ConditionExpression:
            'attribute_not_exists(sequencer) OR sequencer < :s OR (sequencer = :s AND #state = :state)',
          ExpressionAttributeNames: { '#state': 'state' },
          ExpressionAttributeValues: { ':s': version.sequencer, ':state': state },
        }),
      );
      return 'written';
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return 'stale';
      throw transient(`marking the article ${state}`, error);
    }
  }

  private async getMeta(articleId: string): Promise<ArticleMeta | null> {
    try {
      const { Item } = await this.db.send(
        new GetCommand({
          TableName: this.tableName,
          Key: { pk: articlePk(articleId), sk: sortKeys.meta },
          ConsistentRead: true,
        }),
      );
      return Item ? toMeta(Item) : null;
    } catch (error) {
      throw transient('reading the article', error);
    }
  }

  /** Writes META and a status item together, provided the version still holds its claim. */
  private async commitVersion(version: ArticleVersion, items: Item[]): Promise<WriteOutcome> {
    const [meta, ...rest] = items;
    if (!meta) throw new RangeError('commitVersion needs the META item first');
    try {
      await this.db.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Put: {
                TableName: this.tableName,
                Item: meta,
                ConditionExpression: 'sequencer = :s',
                ExpressionAttributeValues: { ':s': version.sequencer },
              },
            },
            ...rest.map((Item) => ({ Put: { TableName: this.tableName, Item } })),
          ],
        }),
      );
      return 'saved';
    } catch (error) {
      if (isConditionFailure(error)) return 'superseded';
      throw transient('saving the article', error);
    }
  }

  private async replaceRecords(
    loaded: LoadedArticle,
    stage: StageName,
    prefix: string,
    items: Item[],
    now: string,
  ): Promise<WriteOutcome> {
    const { articleId, sequencer } = loaded.meta;
    const pk = articlePk(articleId);
    const existing = await this.queryAll({
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: { ':pk': pk, ':prefix': prefix },
      ProjectionExpression: 'sk',
    });
    const kept = new Set(items.map((item) => item.sk));
    const ops: TransactItem[] = [
      ...items.map((Item) => ({ Put: { TableName: this.tableName, Item } })),
      ...existing
        .filter((item) => !kept.has(item.sk))
        .map((item) => ({ Delete: { TableName: this.tableName, Key: { pk, sk: item.sk } } })),
    ];
    const status = statusItem(articleId, {
      stage,
      state: 'done',
      sequencer,
      updatedAt: now,
      count: items.length,
    });
    // The status goes in the last transaction: it is written only once every record is.
    const batches = chunk(ops, OPS_PER_TRANSACTION - 2);
    if (batches.length === 0) batches.push([]);
    const last = batches[batches.length - 1];
    last?.push({ Put: { TableName: this.tableName, Item: status } });
    for (const batch of batches) {
      try {
        await this.db.send(
          new TransactWriteCommand({
            TransactItems: [
              {
                ConditionCheck: {
                  TableName: this.tableName,
                  Key: { pk, sk: sortKeys.meta },
                  ConditionExpression: 'sequencer = :s AND #state = :segmented',
                  ExpressionAttributeNames: { '#state': 'state' },
                  ExpressionAttributeValues: { ':s': sequencer, ':segmented': 'segmented' },
                },
              },
              ...batch,
            ],
          }),
        );
      } catch (error) {
        if (isConditionFailure(error)) return 'superseded';
        throw transient(`saving the ${stage} records`, error);
      }
    }
    return 'saved';
  }

  /** Deletes the article's items (never META) that `doomed` picks by sort key and sequencer. */
  private async sweep(
    version: ArticleVersion,
    doomed: (sk: string, sequencer: string) => boolean,
  ): Promise<void> {
    const pk = articlePk(version.articleId);
    const items = await this.queryAll({
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': pk },
      ProjectionExpression: 'sk, sequencer',
    });
    const keys = items
      .map((item) => ({ sk: String(item.sk), sequencer: String(item.sequencer ?? '') }))
      .filter(({ sk, sequencer }) => sk !== sortKeys.meta && doomed(sk, sequencer))
      .map(({ sk }) => ({ pk, sk }));
    await this.batchWrite(keys.map((Key) => ({ DeleteRequest: { Key } })));
  }

  private batchPut(items: Item[]): Promise<void> {
    return this.batchWrite(items.map((Item) => ({ PutRequest: { Item } })));
  }

  /** Batch writes, retrying unprocessed items with backoff until all land. */
  private async batchWrite(requests: BatchWriteRequest[]): Promise<void> {
    for (const batch of chunk(requests, BATCH_WRITE_SIZE)) {
      let pending = batch;
      for (let attempt = 0; pending.length > 0; attempt++) {
        if (attempt >= MAX_BATCH_ATTEMPTS) {
          throw new TransientError(
            `${pending.length} writes stayed unprocessed after ${attempt} attempts`,
          );
        }
        if (attempt > 0) await sleep(Math.min(2000, 50 * 2 ** attempt));
        try {
          const result = await this.db.send(
            new BatchWriteCommand({ RequestItems: { [this.tableName]: pending } }),
          );
          pending = (result.UnprocessedItems?.[this.tableName] ?? []) as BatchWriteRequest[];
        } catch (error) {
          throw transient('writing a batch', error);
        }
      }
    }
  }

  private async queryAll(
    input: Omit<QueryCommandInput, 'TableName'>,
    limit?: number,
  ): Promise<Item[]> {
    const items: Item[] = [];
    let ExclusiveStartKey: Item | undefined;
    try {
      do {
        const page = await this.db.send(
          new QueryCommand({
            TableName: this.tableName,
            ConsistentRead: input.IndexName ? undefined : true,
            ...input,
            ExclusiveStartKey,
          }),
        );
        items.push(...(page.Items ?? []));
        ExclusiveStartKey = page.LastEvaluatedKey;
      } while (ExclusiveStartKey && (limit === undefined || items.length < limit));
    } catch (error) {
      throw transient('querying the table', error);
    }
    return limit === undefined ? items : items.slice(0, limit);
  }
}

type BatchWriteRequest = NonNullable<BatchWriteCommandInput['RequestItems']>[string][number];

function versionAttributes(version: ArticleVersion): Item {
  return {
    articleId: version.articleId,
    bucket: version.bucket,
    key: version.key,
    versionId: version.versionId,
    sequencer: version.sequencer,
  };
}

function statusItem(articleId: string, status: StageStatus): Item {
  return { pk: articlePk(articleId), sk: sortKeys.status(status.stage), articleId, ...status };
}

function isChunk(sk: string): boolean {
  return sk.startsWith(sortKeyPrefix.text) || sk.startsWith(sortKeyPrefix.segments);
}

function chunkText(text: string): string[] {
  const chunks: string[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + TEXT_CHUNK_UNITS);
    // Never split a surrogate pair across two items.
    if (end < text.length && /[\uD800-\uDBFF]/.test(text.charAt(end - 1))) end -= 1;
    chunks.push(text.slice(start, end));
    start = end;
  }
  return chunks;
}

/** Spans are stored flat (`[start0, end0, start1, end1, ...]`) to keep items small. */
function chunkSpans(article: SegmentedArticle): Item[] {
  const flat = (spans: Span[]) => spans.flatMap((span) => [span.start, span.end]);
  return [
    ...chunk(article.paragraphs, SPANS_PER_CHUNK).map((spans) => ({
      kind: 'paragraphs',
      spans: flat(spans),
    })),
    ...chunk(article.sentences, SPANS_PER_CHUNK).map((spans) => ({
      kind: 'sentences',
      spans: flat(spans),
    })),
  ];
}

function joinSpans(items: Item[]): { paragraphs: Span[]; sentences: Span[] } {
  const result = { paragraphs: [] as Span[], sentences: [] as Span[] };
  for (const item of items) {
    const target = item.kind === 'paragraphs' ? result.paragraphs : result.sentences;
    const flat = Array.isArray(item.spans) ? (item.spans as number[]) : [];
    for (let i = 0; i + 1 < flat.length; i += 2) {
      target.push({ start: Number(flat[i]), end: Number(flat[i + 1]) });
    }
  }
  return result;
}

function toMeta(item: Item): ArticleMeta {
  const { pk: _pk, sk: _sk, gsi1pk: _g1, gsi1sk: _g1s, expiresAt: _e, ...rest } = item;
  return rest as unknown as ArticleMeta;
}

function toQuote(item: Item): StoredQuote {
  return {
    articleId: String(item.articleId),
    publishedAt: (item.publishedAt as string | null | undefined) ?? null,
    start: Number(item.start),
    end: Number(item.end),
    text: String(item.text),
    speaker: (item.speaker as Quote['speaker'] | undefined) ?? null,
    cue: (item.cue as string | null | undefined) ?? null,
  };
}

function toDate(item: Item): StoredDate {
  return {
    articleId: String(item.articleId),
    start: Number(item.start),
    end: Number(item.end),
    text: String(item.text),
    type: item.type as TemporalExpression['type'],
    value: String(item.value),
    ...(item.mod ? { mod: String(item.mod) } : {}),
  };
}

function toStatus(item: Item): StageStatus {
  const { pk: _pk, sk: _sk, articleId: _a, ...rest } = item;
  return rest as unknown as StageStatus;
}

function isConditionFailure(error: unknown): boolean {
  if (error instanceof ConditionalCheckFailedException) return true;
  return (
    error instanceof TransactionCanceledException &&
    (error.CancellationReasons ?? []).some((reason) => reason.Code === 'ConditionalCheckFailed')
  );
}

function transient(what: string, error: unknown): Error {
  if (error instanceof TransientError) return error;
  return new TransientError(
    `${what} failed: ${error instanceof Error ? error.message : String(error)}`,
    {
      cause: error,
    },
  );
}

function chunk<T>(items: T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
