/**
 * Lambda entry of the extract-dates stage: fed by the table's stream, filtered to "article
 * segmented" records; each record is processed on its own and failures are reported per record.
 */
import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { logMetrics } from '@aws-lambda-powertools/metrics/middleware';
import middy from '@middy/core';
import type { DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { createDynamoClient } from '../../shared/aws-clients.ts';
import { loadConfig } from '../../shared/config.ts';
import {
  type ExtractionStage,
  parseSegmentedRecord,
  runExtraction,
} from '../../shared/extraction-stage.ts';
import { logger, metrics } from '../../shared/logging.ts';
import { DynamoArticleStore } from '../../shared/store.ts';
import { extractDates } from './dates.ts';

const config = loadConfig();
const store = new DynamoArticleStore(createDynamoClient(), config.tableName);
const processor = new BatchProcessor(EventType.DynamoDBStreams);

export const extractDatesStage: ExtractionStage<ReturnType<typeof extractDates>[number]> = {
  stage: 'extract-dates',
  extract: extractDates,
  save: (target, loaded, records, now) => target.replaceDates(loaded, records, now),
};

async function processRecord(record: DynamoDBRecord): Promise<void> {
  await runExtraction(parseSegmentedRecord(record), extractDatesStage, store, () =>
    new Date().toISOString(),
  );
}

export const handler = middy<DynamoDBStreamEvent, DynamoDBBatchResponse>()
  .use(injectLambdaContext(logger))
  .use(logMetrics(metrics))
  .handler((event, context) =>
    processPartialResponse(event, processRecord, processor, { context }),
  );
