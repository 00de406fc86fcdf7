/**
 * The pipeline's event wiring, declared once: which event reaches which stage, with which
 * filter, batch and retry settings. The CDK stack builds its notifications, queues and event
 * source mappings from this, and the local runtime routes emulator events by the same values,
 * so a local run cannot drift from what is deployed.
 */
import type { StageName } from '../shared/table.ts';
import { sortKeys } from '../shared/table.ts';

/** Articles are dropped here; nothing the pipeline writes lands under this prefix. */
export const INCOMING_PREFIX = 'incoming/';

/** A Lambda event filter pattern (the EventBridge pattern syntax Lambda filter criteria use). */
export type FilterPattern = { [field: string]: FilterPattern | FilterValue[] };
export type FilterValue =
  | string
  | number
  | boolean
  | null
  | { prefix: string }
  | { exists: boolean }
  | { 'anything-but': (string | number)[] };

/** The segment stage's status item turning `segmented`: the one event the extractors want. */
export const ARTICLE_SEGMENTED_STATE = 'segmented';

export const articleSegmentedFilter: FilterPattern = {
  eventName: ['INSERT', 'MODIFY'],
  dynamodb: {
    NewImage: {
      sk: { S: [sortKeys.status('segment')] },
      state: { S: [ARTICLE_SEGMENTED_STATE] },
    },
  },
};

export interface QueueSource {
  kind: 'ingest-queue';
  batchSize: number;
  maxBatchingWindowSeconds: number;
}

export interface TableStreamSource {
  kind: 'table-stream';
  filters: FilterPattern[];
  batchSize: number;
  bisectBatchOnError: boolean;
  /** Retries of a failing batch before it goes to the stage's on-failure destination. */
  retryAttempts: number;
  maxRecordAgeSeconds: number;
}

export interface StageWiring {
  /** Handler module, relative to the project root. */
  entry: string;
  timeoutSeconds: number;
  memoryMb: number;
  source: QueueSource | TableStreamSource;
}

/** Both extractors read "article segmented" from the table's stream with the same settings. */
const extractorSource: TableStreamSource = {
  kind: 'table-stream',
  filters: [articleSegmentedFilter],
  batchSize: 10,
  bisectBatchOnError: true,
  retryAttempts: 3,
  maxRecordAgeSeconds: 6 * 60 * 60,
};

export const wiring = {
  bucketNotifications: {
    prefix: INCOMING_PREFIX,
    /** Object-created and object-removed events go to the ingest queue. */
    events: ['s3:ObjectCreated:*', 's3:ObjectRemoved:*'] as const,
  },
  ingestQueue: {
    /** Receives before a message moves to the dead-letter queue. */
    maxReceiveCount: 3,
    /** AWS advises at least six times the consumer's timeout. */
    visibilityTimeoutFactor: 6,
    retentionDays: 14,
  },
  stages: {
    segment: {
      entry: 'functions/segment/handler.ts',
      timeoutSeconds: 60,
      memoryMb: 1024,
      source: { kind: 'ingest-queue', batchSize: 5, maxBatchingWindowSeconds: 1 },
    },
    'extract-quotes': {
      entry: 'functions/extract-quotes/handler.ts',
      timeoutSeconds: 60,
      memoryMb: 1024,
      source: extractorSource,
    },
    'extract-dates': {
      entry: 'functions/extract-dates/handler.ts',
      timeoutSeconds: 60,
      memoryMb: 1024,
      source: extractorSource,
    },
  } satisfies Record<StageName, StageWiring>,
} as const;

export const stageNames = Object.keys(wiring.stages) as StageName[];

/** Environment variables the functions read (validated at cold start by shared/config.ts). */
export const environmentNames = {
  tableName: 'TABLE_NAME',
  bucketName: 'BUCKET_NAME',
  maxArticleBytes: 'MAX_ARTICLE_BYTES',
} as const;

export const DEFAULT_MAX_ARTICLE_BYTES = 5 * 1024 * 1024;
