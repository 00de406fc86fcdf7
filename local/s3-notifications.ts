/**
 * Turns s3rver's object events into the notification S3 sends to the ingest queue: the key
 * URL-encoded with spaces as `+`, a sequencer that orders events on a key, and the same record
 * fields. s3rver's own events differ (raw key, a millisecond sequencer that repeats), so they
 * are re-shaped here; the bucket's notification filter comes from the wiring.
 */
import type { S3EventRecord } from 'aws-lambda';
import { wiring } from '../infra/wiring.ts';
import { encodeObjectKey } from '../shared/s3-events.ts';

interface S3rverRecord {
  eventName: string;
  eventTime: string;
  s3: { bucket: { name: string }; object: { key: string; size?: number; eTag?: string } };
}

let lastSequence = 0n;

/** Strictly increasing across calls and across runs (it starts from the clock). */
export function nextSequencer(): string {
  const now = BigInt(Date.now()) * 1_000_000n;
  lastSequence = now > lastSequence ? now : lastSequence + 1n;
  return lastSequence.toString(16).toUpperCase().padStart(18, '0');
}

/** The SQS message bodies S3 would send for an s3rver event; none when the filter drops it. */
export function notificationBodies(s3rverEvent: { Records: S3rverRecord[] }): string[] {
  return s3rverEvent.Records.filter(passesBucketFilter).map((record) =>
    JSON.stringify({ Records: [toAwsRecord(record)] }),
  );
}

function passesBucketFilter(record: S3rverRecord): boolean {
  const { prefix, events } = wiring.bucketNotifications;
  const kind = record.eventName.split(':')[0];
  return (
    record.s3.object.key.startsWith(prefix) && events.some((event) => event === `s3:${kind}:*`)
  );
}

function toAwsRecord(record: S3rverRecord): S3EventRecord {
  const { bucket, object } = record.s3;
  return {
    eventVersion: '2.1',
    eventSource: 'aws:s3',
    awsRegion: 'us-east-1',
    eventTime: record.eventTime,
    eventName: record.eventName as S3EventRecord['eventName'],
    userIdentity: { principalId: 'AWS:LOCAL' },
    requestParameters: { sourceIPAddress: '127.0.0.1' },
    responseElements: { 'x-amz-request-id': 'LOCAL', 'x-amz-id-2': 'LOCAL' },
    s3: {
      s3SchemaVersion: '1.0',
      configurationId: 'incoming-articles',
      bucket: {
        name: bucket.name,
        ownerIdentity: { principalId: 'LOCAL' },
        arn: `arn:aws:s3:::${bucket.name}`,
      },
      object: {
        key: encodeObjectKey(object.key),
        size: object.size ?? 0,
        eTag: object.eTag ?? '',
        sequencer: nextSequencer(),
      },
    },
  } as S3EventRecord;
}
