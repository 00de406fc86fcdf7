/**
 * The table's stream on one machine: polls DynamoDB Local's stream, applies each stage's
 * filter criteria from the wiring, and delivers batches to the stage's handler with the event
 * source mapping's semantics — per-record failures retried from the first failed record,
 * bisection of a batch whose handler throws, bounded retries, then the on-failure destination.
 */
import {
  DescribeStreamCommand,
  type DynamoDBStreamsClient,
  GetRecordsCommand,
  GetShardIteratorCommand,
  type _Record as StreamRecord,
} from '@aws-sdk/client-dynamodb-streams';
import type { DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import type { TableStreamSource } from '../infra/wiring.ts';
import { passesFilters } from './filter-pattern.ts';

export type StreamConsumer = (
  event: DynamoDBStreamEvent,
) => Promise<DynamoDBBatchResponse | undefined>;

export interface StreamStage {
  name: string;
  source: TableStreamSource;
  consumer: StreamConsumer;
}

export interface StreamFailure {
  stage: string;
  records: DynamoDBRecord[];
  lastError: string;
}

const POLL_INTERVAL_MS = 100;

export class StreamPoller {
  private readonly client: DynamoDBStreamsClient;
  private readonly streamArn: string;
  private readonly stages: StreamStage[];
  private readonly onFailure: (failure: StreamFailure) => void;
  private readonly iterators = new Map<string, string | null>();
  private stopped = false;
  private busy = false;
  private quietPolls = 0;
  private loop: Promise<void> | null = null;

  constructor(
    client: DynamoDBStreamsClient,
    streamArn: string,
    stages: StreamStage[],
    onFailure: (failure: StreamFailure) => void,
  ) {
    this.client = client;
    this.streamArn = streamArn;
    this.stages = stages;
    this.onFailure = onFailure;
  }

  /** Starts from the stream's present: records of earlier runs are not replayed. */
  async start(): Promise<void> {
    for (const shardId of await this.shardIds()) {
      this.iterators.set(shardId, await this.iterator(shardId, 'LATEST'));
    }
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.loop;
  }

  /** Nothing is being delivered and the last polls found no new record. */
  get idle(): boolean {
    return !this.busy && this.quietPolls >= 2;
  }

  private async run(): Promise<void> {
    while (!this.stopped) {
      try {
        const found = await this.pollOnce();
        this.quietPolls = found ? 0 : this.quietPolls + 1;
      } catch (error) {
        if (!this.stopped) console.error('local stream poller:', error);
      }
      await new Promise((r) => setTimeout(r, POLL_INTERVAL_MS));
    }
  }

  private async pollOnce(): Promise<boolean> {
    for (const shardId of await this.shardIds()) {
      // A shard that appears while running is read from its start.
      if (!this.iterators.has(shardId))
        this.iterators.set(shardId, await this.iterator(shardId, 'TRIM_HORIZON'));
    }
    let found = false;
    for (const [shardId, iterator] of this.iterators) {
      if (!iterator) continue;
      const page = await this.client.send(
        new GetRecordsCommand({ ShardIterator: iterator, Limit: 1000 }),
      );
      this.iterators.set(shardId, page.NextShardIterator ?? null);
      const records = (page.Records ?? []).map((r) => this.toLambdaRecord(r));
      if (records.length === 0) continue;
      found = true;
      this.busy = true;
      try {
        await Promise.all(this.stages.map((stage) => this.deliverAll(stage, records)));
      } finally {
        this.busy = false;
      }
    }
    return found;
  }

  private async deliverAll(stage: StreamStage, records: DynamoDBRecord[]): Promise<void> {
    const matched = records.filter((record) => passesFilters(stage.source.filters, record));
    for (let i = 0; i < matched.length; i += stage.source.batchSize) {
      await this.deliver(stage, matched.slice(i, i + stage.source.batchSize), 0);
    }
  }

  private async deliver(
    stage: StreamStage,
    batch: DynamoDBRecord[],
    attempt: number,
  ): Promise<void> {
    let remaining = batch;
    let tries = attempt;
    while (remaining.length > 0) {
      let error: string;
      try {
        const response = await stage.consumer({ Records: remaining });
        const failedIds = (response?.batchItemFailures ?? []).map((f) => f.itemIdentifier);
        if (failedIds.length === 0) return;
        // Lambda resumes from the lowest failed sequence number.
        const firstFailed = remaining.findIndex((r) =>
          failedIds.includes(r.dynamodb?.SequenceNumber ?? ''),
        );
        remaining = remaining.slice(Math.max(0, firstFailed));
        error = 'the handler reported records as failed';
      } catch (cause) {
        error = cause instanceof Error ? cause.message : String(cause);
        if (stage.source.bisectBatchOnError && remaining.length > 1) {
          const half = Math.ceil(remaining.length / 2);
          await this.deliver(stage, remaining.slice(0, half), tries + 1);
          await this.deliver(stage, remaining.slice(half), tries + 1);
          return;
        }
      }
      tries += 1;
      if (tries > stage.source.retryAttempts) {
        this.onFailure({ stage: stage.name, records: remaining, lastError: error });
        return;
      }
    }
  }

  private toLambdaRecord(record: StreamRecord): DynamoDBRecord {
    const { dynamodb } = record;
    return {
      eventID: record.eventID,
      eventName: record.eventName as DynamoDBRecord['eventName'],
      eventVersion: record.eventVersion,
      eventSource: 'aws:dynamodb',
      awsRegion: record.awsRegion,
      eventSourceARN: this.streamArn,
      dynamodb: {
        ...(dynamodb?.Keys
          ? { Keys: dynamodb.Keys as NonNullable<DynamoDBRecord['dynamodb']>['Keys'] }
          : {}),
        ...(dynamodb?.NewImage
          ? { NewImage: dynamodb.NewImage as NonNullable<DynamoDBRecord['dynamodb']>['NewImage'] }
          : {}),
        SequenceNumber: dynamodb?.SequenceNumber,
        SizeBytes: dynamodb?.SizeBytes,
        StreamViewType: dynamodb?.StreamViewType,
        ApproximateCreationDateTime: dynamodb?.ApproximateCreationDateTime
          ? dynamodb.ApproximateCreationDateTime.getTime() / 1000
          : undefined,
      } as DynamoDBRecord['dynamodb'],
    };
  }

  private async shardIds(): Promise<string[]> {
    const described = await this.client.send(
      new DescribeStreamCommand({ StreamArn: this.streamArn }),
    );
    return (described.StreamDescription?.Shards ?? []).flatMap((shard) =>
      shard.ShardId ? [shard.ShardId] : [],
    );
  }

  private async iterator(shardId: string, type: 'LATEST' | 'TRIM_HORIZON'): Promise<string | null> {
    const result = await this.client.send(
      new GetShardIteratorCommand({
        StreamArn: this.streamArn,
        ShardId: shardId,
        ShardIteratorType: type,
      }),
    );
    return result.ShardIterator ?? null;
  }
}
