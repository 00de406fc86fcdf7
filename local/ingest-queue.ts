/**
 * The ingest queue on one machine, with the SQS semantics the segment stage relies on:
 * batches of messages, per-message failures reported by the handler and redelivered, and a
 * dead-letter queue after `maxReceiveCount` receives (from the wiring).
 */
import { randomUUID } from 'node:crypto';
import type { SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';

export interface DeadLetter {
  body: string;
  receiveCount: number;
  lastError: string;
}

interface Message {
  id: string;
  body: string;
  sentAt: number;
  receiveCount: number;
  availableAt: number;
}

export interface LocalQueueOptions {
  batchSize: number;
  maxReceiveCount: number;
  /** Delay before a failed message is received again (AWS: the visibility timeout). */
  redeliveryDelayMs: number;
  onDeadLetter: (letter: DeadLetter) => void;
}

export type SqsConsumer = (event: SQSEvent) => Promise<SQSBatchResponse | undefined>;

export class LocalQueue {
  private readonly messages: Message[] = [];
  private readonly options: LocalQueueOptions;
  private readonly consumer: SqsConsumer;
  private running = false;
  private timer: NodeJS.Timeout | null = null;
  private stopped = false;

  constructor(options: LocalQueueOptions, consumer: SqsConsumer) {
    this.options = options;
    this.consumer = consumer;
  }

  send(body: string): void {
    const now = Date.now();
    this.messages.push({ id: randomUUID(), body, sentAt: now, receiveCount: 0, availableAt: now });
    this.schedule(0);
  }

  /** No message waiting or being processed. */
  get idle(): boolean {
    return !this.running && this.messages.length === 0;
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
  }

  private schedule(delayMs: number): void {
    if (this.stopped || this.running) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.pump(), delayMs);
  }

  private async pump(): Promise<void> {
    this.timer = null;
    if (this.running || this.stopped) return;
    const now = Date.now();
    const batch = this.messages
      .filter((m) => m.availableAt <= now)
      .slice(0, this.options.batchSize);
    if (batch.length === 0) {
      const next = Math.min(...this.messages.map((m) => m.availableAt));
      if (Number.isFinite(next)) this.schedule(next - now);
      return;
    }
    this.running = true;
    for (const message of batch) message.receiveCount += 1;
    let failed: Set<string>;
    let error = '';
    try {
      const response = await this.consumer({ Records: batch.map(toSqsRecord) });
      failed = new Set((response?.batchItemFailures ?? []).map((f) => f.itemIdentifier));
      error = 'the handler reported the message as failed';
    } catch (cause) {
      // A handler that throws fails the whole batch.
      failed = new Set(batch.map((m) => m.id));
      error = cause instanceof Error ? cause.message : String(cause);
    }
    for (const message of batch) {
      if (!failed.has(message.id)) {
        this.remove(message);
      } else if (message.receiveCount >= this.options.maxReceiveCount) {
        this.remove(message);
        this.options.onDeadLetter({
          body: message.body,
          receiveCount: message.receiveCount,
          lastError: error,
        });
      } else {
        message.availableAt = Date.now() + this.options.redeliveryDelayMs;
      }
    }
    this.running = false;
    if (this.messages.length > 0) this.schedule(0);
  }

  private remove(message: Message): void {
    const index = this.messages.indexOf(message);
    if (index >= 0) this.messages.splice(index, 1);
  }
}

function toSqsRecord(message: Message): SQSRecord {
  return {
    messageId: message.id,
    receiptHandle: message.id,
    body: message.body,
    attributes: {
      ApproximateReceiveCount: String(message.receiveCount),
      SentTimestamp: String(message.sentAt),
      SenderId: 'AIDAS3',
      ApproximateFirstReceiveTimestamp: String(message.sentAt),
    },
    messageAttributes: {},
    md5OfBody: '',
    eventSource: 'aws:sqs',
    eventSourceARN: 'arn:aws:sqs:us-east-1:000000000000:ingest',
    awsRegion: 'us-east-1',
  };
}
