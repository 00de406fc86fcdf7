/**
 * The pipeline's structured logger and metrics (Powertools), one instance per function
 * module. Every log line of a record's processing carries its article id.
 */
import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';

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
