/**
 * Lambda entry of the segment stage: S3 notifications arrive wrapped in SQS messages; each
 * message is processed on its own and failures are reported per message (partial batch).
 */
import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { logMetrics } from '@aws-lambda-powertools/metrics/middleware';
import middy from '@middy/core';
import type { SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { createDynamoClient, createS3Client } from '../../shared/aws-clients.ts';
import { loadConfig } from '../../shared/config.ts';
import {
  logger,
  metrics,
  recordBatchOutcome,
  withArticleLogContext,
} from '../../shared/logging.ts';
import { S3ObjectReader } from '../../shared/object-reader.ts';
import { articleIdOf, parseS3Message } from '../../shared/s3-events.ts';
import { DynamoArticleStore } from '../../shared/store.ts';
import { ingestObjectEvent, type SegmentPorts } from './ingest-object.ts';

const config = loadConfig(process.env, { bucket: true });
const ports: SegmentPorts = {
  store: new DynamoArticleStore(createDynamoClient(), config.tableName),
  objects: new S3ObjectReader(createS3Client()),
  maxBytes: config.maxArticleBytes,
  now: () => new Date().toISOString(),
};
const processor = new BatchProcessor(EventType.SQS);

async function processMessage(record: SQSRecord): Promise<void> {
  const events = parseS3Message(record.body);
  if (events.length === 0)
    logger.info('ignoring the S3 test event', { messageId: record.messageId });
  // A message's events are about one key and already in order; process them one by one.
  for (const event of events) {
    await withArticleLogContext(articleIdOf(event.key) ?? event.key, () =>
      ingestObjectEvent(event, ports),
    );
  }
}

export const handler = middy<SQSEvent, SQSBatchResponse>()
  .use(injectLambdaContext(logger))
  .use(logMetrics(metrics))
  .handler(async (event, context) =>
    recordBatchOutcome(
      'segment',
      event.Records.length,
      await processPartialResponse(event, processMessage, processor, { context }),
    ),
  );
