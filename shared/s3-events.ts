/**
 * S3 event notifications as they reach the segment stage (wrapped in SQS messages): parsing,
 * key decoding and the ordering of events on one key by their `sequencer`.
 */
import type { S3Event, S3EventRecord } from 'aws-lambda';
import { INCOMING_PREFIX } from '../infra/wiring.ts';

export interface ObjectEvent {
  kind: 'created' | 'removed';
  bucket: string;
  /** The decoded object key. */
  key: string;
  versionId: string | null;
  /** Normalized (see `normalizeSequencer`) so that plain string comparison orders events. */
  sequencer: string;
  eventTime: string;
  size: number | null;
}

/** The test message S3 sends when notifications are configured; it carries no records. */
interface S3TestEvent {
  Event: 's3:TestEvent';
}

export class MalformedEventError extends Error {
  override readonly name = 'MalformedEventError';
}

/** Parses an SQS message body into the object events it carries (none for the test event). */
export function parseS3Message(body: string): ObjectEvent[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch (cause) {
    throw new MalformedEventError('message body is not JSON', { cause });
  }
  if (isTestEvent(parsed)) return [];
  if (!isS3Event(parsed))
    throw new MalformedEventError('message body is not an S3 event notification');
  return parsed.Records.map(toObjectEvent);
}

function toObjectEvent(record: S3EventRecord): ObjectEvent {
  const kind = record.eventName.startsWith('ObjectCreated:')
    ? 'created'
    : record.eventName.startsWith('ObjectRemoved:')
      ? 'removed'
      : null;
  if (!kind) throw new MalformedEventError(`unexpected S3 event ${record.eventName}`);
  const sequencer = record.s3.object.sequencer;
  if (!sequencer) throw new MalformedEventError('S3 event record has no sequencer');
  return {
    kind,
    bucket: record.s3.bucket.name,
    key: decodeObjectKey(record.s3.object.key),
    versionId: record.s3.object.versionId ?? null,
    sequencer: normalizeSequencer(sequencer),
    eventTime: record.eventTime,
    size: typeof record.s3.object.size === 'number' ? record.s3.object.size : null,
  };
}

/** S3 sends keys URL-encoded with spaces as `+`. */
export function decodeObjectKey(key: string): string {
  return decodeURIComponent(key.replace(/\+/g, ' '));
}

/** The inverse of `decodeObjectKey`, as S3 writes keys into events. */
export function encodeObjectKey(key: string): string {
  return encodeURIComponent(key).replace(/%20/g, '+').replace(/%2F/g, '/');
}

/**
 * Sequencers of one key are compared as S3 documents it: right-pad the shorter with zeros, then
 * compare lexicographically. Padding every one to a fixed width makes plain comparison correct.
 */
export const SEQUENCER_WIDTH = 32;

export function normalizeSequencer(sequencer: string): string {
  const hex = sequencer.toUpperCase();
  if (!/^[0-9A-F]+$/.test(hex) || hex.length > SEQUENCER_WIDTH) {
    throw new MalformedEventError(`sequencer "${sequencer}" is not a hex string`);
  }
  return hex.padEnd(SEQUENCER_WIDTH, '0');
}

/** The article id is the key below `incoming/`; null for keys the pipeline does not own. */
export function articleIdOf(key: string): string | null {
  if (!key.startsWith(INCOMING_PREFIX)) return null;
  const id = key.slice(INCOMING_PREFIX.length);
  return id === '' || id.endsWith('/') ? null : id;
}

function isTestEvent(value: unknown): value is S3TestEvent {
  return (
    typeof value === 'object' && value !== null && (value as S3TestEvent).Event === 's3:TestEvent'
  );
}

function isS3Event(value: unknown): value is S3Event {
  return (
    typeof value === 'object' &&
    value !== null &&
    Array.isArray((value as S3Event).Records) &&
    (value as S3Event).Records.every((r) => typeof r?.s3?.object?.key === 'string')
  );
}
