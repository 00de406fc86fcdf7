/**
 * What the two extractor stages share: a DynamoDB stream record saying "article segmented"
 * is turned into a load of that version's text and segments, one extraction, and a
 * replacement of the stage's own records. A superseded or deleted version is skipped.
 */
import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { MetricUnit } from '@aws-lambda-powertools/metrics';
import { logMetrics } from '@aws-lambda-powertools/metrics/middleware';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import middy from '@middy/core';
import type {
  DynamoDBBatchResponse,
  DynamoDBRecord,
  DynamoDBStreamEvent,
  AttributeValue as StreamAttributeValue,
} from 'aws-lambda';
import type { ArticleForExtraction } from './article.ts';
import { createDynamoClient } from './aws-clients.ts';
import { loadConfig } from './config.ts';
import { logger, metrics, recordBatchOutcome, withArticleLogContext } from './logging.ts';
import {
  type ArticleStore,
  DynamoArticleStore,
  type LoadedArticle,
  type WriteOutcome,
} from './store.ts';
import { type StageName, sortKeys } from './table.ts';

export class MalformedStreamRecordError extends Error {
  override readonly name = 'MalformedStreamRecordError';
}

export interface SegmentedEvent {
  articleId: string;
  sequencer: string;
}

/** Reads the article id and version out of a stream record of the segment stage's status. */
export function parseSegmentedRecord(record: DynamoDBRecord): SegmentedEvent {
  const image = record.dynamodb?.NewImage;
  if (!image) throw new MalformedStreamRecordError('stream record has no new image');
  // The aws-lambda and SDK typings describe the same attribute-value JSON.
  const item = unmarshall(
    image as Record<string, StreamAttributeValue> as Record<string, AttributeValue>,
  );
  if (
    item.sk !== sortKeys.status('segment') ||
    typeof item.articleId !== 'string' ||
    typeof item.sequencer !== 'string'
  ) {
    throw new MalformedStreamRecordError(
      `stream record is not an article-segmented status (sk ${String(item.sk)})`,
    );
  }
  return { articleId: item.articleId, sequencer: item.sequencer };
}

export interface ExtractionStage<R> {
  stage: StageName;
  extract(article: ArticleForExtraction): R[];
  save(
    store: ArticleStore,
    loaded: LoadedArticle,
    records: R[],
    now: string,
  ): Promise<WriteOutcome>;
}

export type ExtractionOutcome = 'saved' | 'superseded';

export async function runExtraction<R>(
  event: SegmentedEvent,
  stage: ExtractionStage<R>,
  store: ArticleStore,
  now: () => string,
): Promise<ExtractionOutcome> {
  return withArticleLogContext(event.articleId, async () => {
    const loaded = await store.loadForExtraction(event.articleId, event.sequencer);
    if (!loaded) {
      logger.info('skipping a version that is no longer current', { sequencer: event.sequencer });
      return 'superseded';
    }
    const started = performance.now();
    const records = stage.extract(loaded.article);
    metrics.addMetric(`${stage.stage}-ms`, MetricUnit.Milliseconds, performance.now() - started);
    const outcome = await stage.save(store, loaded, records, now());
    logger.info('records replaced', { stage: stage.stage, count: records.length, outcome });
    metrics.addMetric(`${stage.stage}-records`, MetricUnit.Count, records.length);
    return outcome;
  });
}

/**
 * The Lambda handler of an extractor stage: stream records filtered to "article segmented",
 * each processed on its own, failures reported per record (partial batch response).
 */
export function createExtractionHandler<R>(stage: ExtractionStage<R>) {
  const config = loadConfig();
  const store = new DynamoArticleStore(createDynamoClient(), config.tableName);
  const processor = new BatchProcessor(EventType.DynamoDBStreams);
  const processRecord = async (record: DynamoDBRecord): Promise<void> => {
    await runExtraction(parseSegmentedRecord(record), stage, store, () => new Date().toISOString());
  };
  return middy<DynamoDBStreamEvent, DynamoDBBatchResponse>()
    .use(injectLambdaContext(logger))
    .use(logMetrics(metrics))
    .handler(async (event, context) =>
      recordBatchOutcome(
        stage.stage,
        event.Records.length,
        await processPartialResponse(event, processRecord, processor, { context }),
      ),
    );
}
