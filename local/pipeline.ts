/**
 * The whole pipeline on one machine: the emulators, the table and bucket made from the
 * stack's definitions, and the deployed event flow — bucket notification → ingest queue →
 * segment, table stream → filter → extractors — with the same handler modules Lambda runs.
 */
import type { EventEmitter } from 'node:events';
import { appendFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBStreamsClient } from '@aws-sdk/client-dynamodb-streams';
import { DeleteObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import type {
  Context,
  DynamoDBBatchResponse,
  DynamoDBStreamEvent,
  SQSBatchResponse,
  SQSEvent,
} from 'aws-lambda';
import { environmentNames, type StageWiring, stageNames, wiring } from '../infra/wiring.ts';
import { DynamoArticleStore } from '../shared/store.ts';
import { type Emulators, LOCAL_AWS_ENV, startEmulators } from './emulators.ts';
import { type DeadLetter, LocalQueue, type SqsConsumer } from './ingest-queue.ts';
import { lambdaContext } from './lambda-context.ts';
import { ensureBucket, ensureTable } from './provision.ts';
import { notificationBodies } from './s3-notifications.ts';
import { type StreamFailure, StreamPoller, type StreamStage } from './stream-poller.ts';

export const LOCAL_TABLE = 'news-ingest-local';
export const LOCAL_BUCKET = 'news-ingest-local';

export interface LocalPipelineOptions {
  /** Where the emulators keep their data; null keeps it in memory for this run only. */
  dataDir: string | null;
  /** Powertools log level for the handlers (default WARN, so the run's own output stays readable). */
  logLevel?: string;
  maxArticleBytes?: number;
  /** Delay before a failed ingest message is redelivered. */
  redeliveryDelayMs?: number;
}

export interface LocalPipeline {
  bucket: string;
  tableName: string;
  dynamoEndpoint: string;
  s3Endpoint: string;
  store: DynamoArticleStore;
  s3: S3Client;
  /** Every notification body sent to the ingest queue, oldest first (tests replay them). */
  notifications: string[];
  deadLetters: DeadLetter[];
  streamFailures: StreamFailure[];
  upload(key: string, body: Uint8Array | string, options?: UploadOptions): Promise<void>;
  remove(key: string): Promise<void>;
  /** Sends a message to the ingest queue as S3 would (tests use it to replay events). */
  sendNotification(body: string): void;
  /** Resolves once no event is waiting or being processed anywhere in the pipeline. */
  settle(timeoutMs?: number): Promise<void>;
  stop(): Promise<void>;
}

export interface UploadOptions {
  contentType?: string;
  metadata?: Record<string, string>;
}

type SqsHandler = (event: SQSEvent, context: Context) => Promise<SQSBatchResponse>;
type StreamHandler = (
  event: DynamoDBStreamEvent,
  context: Context,
) => Promise<DynamoDBBatchResponse>;

export async function startLocalPipeline(options: LocalPipelineOptions): Promise<LocalPipeline> {
  const emulators = await startEmulators({ dataDir: options.dataDir });
  try {
    return await wire(emulators, options);
  } catch (error) {
    await emulators.stop();
    throw error;
  }
}

/** The environment the handlers read, pointed at the emulators. */
export function localEnvironment(
  emulators: Pick<Emulators, 'dynamoEndpoint' | 's3Endpoint'>,
  options: LocalPipelineOptions,
): Record<string, string> {
  return {
    ...LOCAL_AWS_ENV,
    AWS_ENDPOINT_URL_DYNAMODB: emulators.dynamoEndpoint,
    AWS_ENDPOINT_URL_DYNAMODB_STREAMS: emulators.dynamoEndpoint,
    AWS_ENDPOINT_URL_S3: emulators.s3Endpoint,
    S3_FORCE_PATH_STYLE: 'true',
    // s3rver predates S3's flexible checksums: send and expect them only where required.
    AWS_REQUEST_CHECKSUM_CALCULATION: 'WHEN_REQUIRED',
    AWS_RESPONSE_CHECKSUM_VALIDATION: 'WHEN_REQUIRED',
    [environmentNames.tableName]: LOCAL_TABLE,
    [environmentNames.bucketName]: LOCAL_BUCKET,
    ...(options.maxArticleBytes
      ? { [environmentNames.maxArticleBytes]: String(options.maxArticleBytes) }
      : {}),
    POWERTOOLS_SERVICE_NAME: 'news-ingest',
    POWERTOOLS_LOG_LEVEL: options.logLevel ?? 'WARN',
    POWERTOOLS_METRICS_DISABLED: 'true',
  };
}

async function wire(emulators: Emulators, options: LocalPipelineOptions): Promise<LocalPipeline> {
  Object.assign(process.env, localEnvironment(emulators, options));
  const dynamo = new DynamoDBClient({ endpoint: emulators.dynamoEndpoint });
  const s3 = new S3Client({
    endpoint: emulators.s3Endpoint,
    forcePathStyle: true,
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
  const streams = new DynamoDBStreamsClient({ endpoint: emulators.dynamoEndpoint });
  const streamArn = await ensureTable(dynamo, LOCAL_TABLE);
  await ensureBucket(s3, LOCAL_BUCKET);

  // Each stage is routed by the trigger the wiring gives it, as the stack does. The handler
  // modules read their configuration at import, so they load after the env is set.
  let queueConsumer: SqsConsumer | null = null;
  const streamStages: StreamStage[] = [];
  for (const name of stageNames) {
    const stage: StageWiring = wiring.stages[name];
    const context = () => lambdaContext(name, stage.timeoutSeconds);
    if (stage.source.kind === 'ingest-queue') {
      const handler = await loadHandler<SqsHandler>(stage);
      queueConsumer = (event) => handler(event, context());
    } else {
      const handler = await loadHandler<StreamHandler>(stage);
      streamStages.push({
        name,
        source: stage.source,
        consumer: (event) => handler(event, context()),
      });
    }
  }
  if (!queueConsumer) throw new Error('the wiring names no stage fed by the ingest queue');

  const failureLog = options.dataDir ? join(options.dataDir, 'failures.jsonl') : null;
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  const record = (kind: string, payload: unknown) => {
    if (failureLog)
      appendFileSync(
        failureLog,
        `${JSON.stringify({ kind, at: new Date().toISOString(), payload })}\n`,
      );
  };
  const deadLetters: DeadLetter[] = [];
  const streamFailures: StreamFailure[] = [];

  const queue = new LocalQueue(
    {
      batchSize: wiring.stages.segment.source.batchSize,
      maxReceiveCount: wiring.ingestQueue.maxReceiveCount,
      redeliveryDelayMs: options.redeliveryDelayMs ?? 500,
      onDeadLetter: (letter) => {
        deadLetters.push(letter);
        record('dead-letter', letter);
        console.error(
          `ingest message moved to the dead-letter queue after ${letter.receiveCount} receives: ${letter.lastError}`,
        );
      },
    },
    queueConsumer,
  );
  const poller = new StreamPoller(streams, streamArn, streamStages, (failure) => {
    streamFailures.push(failure);
    record('stream-failure', failure);
    console.error(
      `${failure.stage}: ${failure.records.length} records sent to the on-failure destination: ${failure.lastError}`,
    );
  });
  await poller.start();

  const notifications: string[] = [];
  const sendNotification = (body: string) => {
    notifications.push(body);
    queue.send(body);
  };
  // s3rver is a Koa application: an EventEmitter, though its typings do not say so.
  (emulators.s3 as unknown as EventEmitter).on(
    'event',
    (event: Parameters<typeof notificationBodies>[0]) => {
      for (const body of notificationBodies(event)) sendNotification(body);
    },
  );

  const store = new DynamoArticleStore(dynamo, LOCAL_TABLE);
  return {
    bucket: LOCAL_BUCKET,
    tableName: LOCAL_TABLE,
    dynamoEndpoint: emulators.dynamoEndpoint,
    s3Endpoint: emulators.s3Endpoint,
    store,
    s3,
    notifications,
    deadLetters,
    streamFailures,
    async upload(key, body, uploadOptions = {}) {
      await s3.send(
        new PutObjectCommand({
          Bucket: LOCAL_BUCKET,
          Key: key,
          Body: body,
          ...(uploadOptions.contentType ? { ContentType: uploadOptions.contentType } : {}),
          ...(uploadOptions.metadata ? { Metadata: uploadOptions.metadata } : {}),
        }),
      );
    },
    async remove(key) {
      await s3.send(new DeleteObjectCommand({ Bucket: LOCAL_BUCKET, Key: key }));
    },
    sendNotification,
    async settle(timeoutMs = 60_000) {
      const deadline = Date.now() + timeoutMs;
      let quiet = 0;
      while (quiet < 3) {
        if (Date.now() > deadline)
          throw new Error(`the local pipeline did not settle within ${timeoutMs} ms`);
        await new Promise((r) => setTimeout(r, 150));
        quiet = queue.idle && poller.idle ? quiet + 1 : 0;
      }
    },
    async stop() {
      queue.stop();
      await poller.stop();
      dynamo.destroy();
      streams.destroy();
      s3.destroy();
      await emulators.stop();
    },
  };
}

async function loadHandler<H>(stage: StageWiring): Promise<H> {
  const module = (await import(new URL(`../${stage.entry}`, import.meta.url).href)) as {
    handler: H;
  };
  return module.handler;
}
