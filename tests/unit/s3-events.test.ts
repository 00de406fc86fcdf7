import { describe, expect, it } from 'vitest';
import {
  articleIdOf,
  decodeObjectKey,
  encodeObjectKey,
  MalformedEventError,
  normalizeSequencer,
  parseS3Message,
} from '../../shared/s3-events.ts';

function s3Message(eventName: string, key: string, sequencer = '0055AED6DCD90281E5'): string {
  return JSON.stringify({
    Records: [
      {
        eventName,
        eventTime: '2024-05-16T10:00:00.000Z',
        s3: { bucket: { name: 'articles' }, object: { key, size: 120, sequencer } },
      },
    ],
  });
}

describe('parseS3Message', () => {
  it('decodes the URL-encoded key S3 sends, spaces as plus signs', () => {
    const [event] = parseS3Message(
      s3Message('ObjectCreated:Put', 'incoming/Harbor+budget+%E2%80%93+draft.txt'),
    );

    expect(event?.key).toBe('incoming/Harbor budget – draft.txt');
    expect(event?.kind).toBe('created');
  });

  it('reads an object-removed event as a removal', () => {
    const [event] = parseS3Message(
      s3Message('ObjectRemoved:DeleteMarkerCreated', 'incoming/a.txt'),
    );

    expect(event?.kind).toBe('removed');
  });

  it('returns no events for the S3 test event', () => {
    expect(parseS3Message(JSON.stringify({ Service: 'Amazon S3', Event: 's3:TestEvent' }))).toEqual(
      [],
    );
  });

  it('rejects a body that is not JSON or not an S3 event', () => {
    expect(() => parseS3Message('not json')).toThrow(MalformedEventError);
    expect(() => parseS3Message('{"Records": [{"foo": 1}]}')).toThrow(MalformedEventError);
  });
});

describe('normalizeSequencer', () => {
  it('orders sequencers of different lengths as S3 documents (right-padded with zeros)', () => {
    const shorter = normalizeSequencer('0055AED6DCD90281E5');
    const longer = normalizeSequencer('0055AED6DCD90281E501');

    expect(shorter < longer).toBe(true);
    expect(normalizeSequencer('0055aed6dcd90281e5')).toBe(shorter);
  });

  it('rejects a sequencer that is not hexadecimal', () => {
    expect(() => normalizeSequencer('xyz')).toThrow(MalformedEventError);
  });
});

describe('object keys', () => {
  it('round-trips a key through the encoding S3 uses in events', () => {
    const key = 'incoming/2024/Hafen – Bericht (final)+1.txt';

    expect(decodeObjectKey(encodeObjectKey(key))).toBe(key);
  });

  it('names the article by its key below incoming/, and none outside it', () => {
    expect(articleIdOf('incoming/2024/story.txt')).toBe('2024/story.txt');
    expect(articleIdOf('archive/story.txt')).toBeNull();
    expect(articleIdOf('incoming/folder/')).toBeNull();
  });
});
