/**
 * The segment stage's work for one S3 event: claim the article's version, read and segment
 * the object, and store the result, a rejection record, or the deletion. Ports are passed in,
 * so it runs the same in Lambda, the local runtime and tests.
 */

import { MetricUnit } from '@aws-lambda-powertools/metrics';
import { ArticleRejectedError } from '../../shared/errors.ts';
import { logger, metrics } from '../../shared/logging.ts';
import { type ObjectReader, tooLargeMessage } from '../../shared/object-reader.ts';
import { articleIdOf, type ObjectEvent } from '../../shared/s3-events.ts';
import type { ArticleStore, ArticleVersion } from '../../shared/store.ts';
import { segmentArticle } from './segment.ts';

export interface SegmentPorts {
  store: ArticleStore;
  objects: ObjectReader;
  maxBytes: number;
  now: () => string;
}

export type SegmentOutcome =
  | 'segmented'
  | 'rejected'
  | 'deleted'
  /** A duplicate, or older than what the table already holds. */
  | 'stale'
  /** A newer version claimed the article while this one was being processed. */
  | 'superseded'
  /** Not under `incoming/`: not the pipeline's object. */
  | 'ignored';

export async function ingestObjectEvent(
  event: ObjectEvent,
  ports: SegmentPorts,
): Promise<SegmentOutcome> {
  const articleId = articleIdOf(event.key);
  if (!articleId) {
    logger.warn('ignoring an event for a key outside incoming/', { key: event.key });
    return 'ignored';
  }
  const version: ArticleVersion = {
    articleId,
    bucket: event.bucket,
    key: event.key,
    versionId: event.versionId,
    sequencer: event.sequencer,
  };
  if (event.kind === 'removed') {
    const outcome = await ports.store.markDeleted(version, ports.now());
    logger.info('article removed', { outcome, sequencer: event.sequencer });
    metrics.addMetric(
      outcome === 'deleted' ? 'ArticlesDeleted' : 'StaleEvents',
      MetricUnit.Count,
      1,
    );
    return outcome;
  }
  if ((await ports.store.claim(version, ports.now())) === 'stale') {
    logger.info('skipping a duplicate or out-of-order event', { sequencer: event.sequencer });
    metrics.addMetric('StaleEvents', MetricUnit.Count, 1);
    return 'stale';
  }
  try {
    if (event.size !== null && event.size > ports.maxBytes) {
      throw new ArticleRejectedError('too-large', tooLargeMessage(event.size, ports.maxBytes));
    }
    const object = await ports.objects.read(version, ports.maxBytes);
    const article = segmentArticle(
      {
        bytes: object.bytes,
        source: event.key,
        ...(object.contentType ? { contentType: object.contentType } : {}),
        metadata: object.metadata,
        uploadedAt: object.lastModified ?? event.eventTime,
      },
      { maxBytes: ports.maxBytes },
    );
    const outcome = await ports.store.saveSegmented(version, article, ports.now());
    if (outcome === 'saved') {
      logger.info('article segmented', {
        paragraphs: article.paragraphs.length,
        sentences: article.sentences.length,
        publishedAt: article.publishedAt,
        publishedSource: article.publishedSource,
        warnings: article.warnings,
      });
      metrics.addMetric('ArticlesSegmented', MetricUnit.Count, 1);
      return 'segmented';
    }
    return 'superseded';
  } catch (error) {
    if (!(error instanceof ArticleRejectedError)) throw error;
    // Bad input is recorded with its reason and not retried.
    logger.warn('article rejected', { reason: error.reason, detail: error.message });
    metrics.addMetric('ArticlesRejected', MetricUnit.Count, 1);
    const outcome = await ports.store.saveRejected(
      version,
      { reason: error.reason, message: error.message },
      ports.now(),
    );
    return outcome === 'saved' ? 'rejected' : 'superseded';
  }
}
