import { afterEach, describe, expect, it } from 'vitest';
import { metrics, recordBatchOutcome } from '../../shared/logging.ts';

describe('recordBatchOutcome', () => {
  afterEach(() => metrics.clearMetrics());

  it('counts the records of a batch and the ones handed back for retry', () => {
    const response = { batchItemFailures: [{ itemIdentifier: 'message-2' }] };

    const returned = recordBatchOutcome('segment', 3, response);

    expect(returned).toBe(response);
    const published = metrics.serializeMetrics();
    expect(published['segment-batch-records']).toBe(3);
    expect(published['segment-batch-failures']).toBe(1);
  });

  it('publishes metrics for a batch in which nothing failed', () => {
    recordBatchOutcome('extract-dates', 1, { batchItemFailures: [] });

    expect(metrics.hasStoredMetrics()).toBe(true);
    expect(metrics.serializeMetrics()['extract-dates-batch-failures']).toBe(0);
  });
});
