/**
 * The pipeline's structured logger and metrics (Powertools), one instance per function
 * module. Every log line of a record's processing carries its article id.
 */
import type { PartialItemFailureResponse } from '@aws-lambda-powertools/batch/types';
import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';

export const SERVICE_NAME = 'news-ingest';
export const METRICS_NAMESPACE = 'NewsIngest';

export const logger = new Logger({ serviceName: SERVICE_NAME });

export const metrics = new Metrics({ namespace: METRICS_NAMESPACE, serviceName: SERVICE_NAME });

/** Runs `work` with the article id on every log line, and takes it off again afterwards. */
export async function withArticleLogContext<T>(
  articleId: string,
  work: () => Promise<T>,
): Promise<T> {
  logger.appendKeys({ articleId });
  try {
    return await work();
  } finally {
    logger.removeKeys(['articleId']);
  }
}

/**
 * Counts a batch's records and the ones handed back for retry, so every invocation publishes
 * metrics (a batch holding only the S3 test event would otherwise publish none) and a rising
 * failure count can be alarmed on.
 */
export function recordBatchOutcome(
  stage: string,
  received: number,
  response: PartialItemFailureResponse,
): PartialItemFailureResponse {
  metrics.addMetric(`${stage}-batch-records`, MetricUnit.Count, received);
  metrics.addMetric(`${stage}-batch-failures`, MetricUnit.Count, response.batchItemFailures.length);
  return response;
}
