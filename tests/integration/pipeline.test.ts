/**
 * The local pipeline end to end on the real emulators (DynamoDB Local, s3rver): uploads,
 * duplicate and out-of-order events, overwrites, deletes, bad files and the access patterns.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LocalPipeline, startLocalPipeline } from '../../local/pipeline.ts';
import type { ArticleRecords } from '../../shared/store.ts';

const MAX_BYTES = 20_000;

const councilStory = `Council approves the harbor budget

The city council on Tuesday approved the harbor budget after a long debate.

"This budget keeps the ferries running," said Councilwoman Maria Okafor. "It also fixes the seawall."

Mayor Dan Whitfield said he would sign it next week.
`;

const councilRevised = `Council approves the harbor budget

The city council approved the harbor budget in March.

"We listened to the fishermen," Councilwoman Maria Okafor said.
`;

let pipeline: LocalPipeline;

beforeAll(async () => {
  pipeline = await startLocalPipeline({
    dataDir: null,
    maxArticleBytes: MAX_BYTES,
    redeliveryDelayMs: 50,
  });
});

afterAll(async () => {
  await pipeline?.stop();
});

async function uploadAndSettle(
  key: string,
  body: string | Uint8Array,
  published = '2024-05-16',
): Promise<void> {
  await pipeline.upload(key, body, { metadata: { published } });
  await pipeline.settle();
}

async function recordsOf(articleId: string): Promise<ArticleRecords> {
  const records = await pipeline.store.getArticle(articleId);
  if (!records) throw new Error(`no records for ${articleId}`);
  return records;
}

describe('local pipeline', () => {
  it('segments an uploaded article and writes its quotes and dates', async () => {
    await uploadAndSettle('incoming/harbor budget.txt', councilStory);

    const records = await recordsOf('harbor budget.txt');

    expect(records.meta.state).toBe('segmented');
    expect(records.meta.publishedAt).toBe('2024-05-16');
    expect(records.meta.publishedSource).toBe('s3-metadata');
    expect(records.text).toBe(councilStory);
    expect(records.paragraphs.length).toBe(4);
    expect(records.quotes.map((q) => q.text)).toEqual([
      'This budget keeps the ferries running,',
      'It also fixes the seawall.',
    ]);
    expect(records.quotes.every((q) => q.speaker?.name.endsWith('Maria Okafor'))).toBe(true);
    expect(records.dates.find((d) => d.text === 'Tuesday')?.value).toBe('2024-05-14');
    expect(records.statuses.map((s) => `${s.stage}:${s.state}`).sort()).toEqual([
      'extract-dates:done',
      'extract-quotes:done',
      'segment:segmented',
    ]);
  });

  it('changes nothing when the same S3 event is delivered twice', async () => {
    await uploadAndSettle('incoming/duplicate.txt', councilStory);
    const before = await recordsOf('duplicate.txt');
    const event = pipeline.notifications.at(-1) ?? '';

    pipeline.sendNotification(event);
    await pipeline.settle();

    expect(await recordsOf('duplicate.txt')).toEqual(before);
  });

  it('does not roll an article back when an older event arrives after a newer one', async () => {
    await uploadAndSettle('incoming/ordering.txt', councilStory);
    const olderEvent = pipeline.notifications.at(-1) ?? '';
    await uploadAndSettle('incoming/ordering.txt', councilRevised);

    pipeline.sendNotification(olderEvent);
    await pipeline.settle();

    const records = await recordsOf('ordering.txt');
    expect(records.text).toBe(councilRevised);
    expect(records.quotes.map((q) => q.text)).toEqual(['We listened to the fishermen,']);
  });

  it('leaves no stale quotes or dates when an article is overwritten', async () => {
    await uploadAndSettle('incoming/overwrite.txt', councilStory);

    await uploadAndSettle('incoming/overwrite.txt', councilRevised);

    const records = await recordsOf('overwrite.txt');
    expect(records.quotes.map((q) => q.text)).toEqual(['We listened to the fishermen,']);
    expect(records.dates.map((d) => d.text)).toEqual(['March']);
    expect(records.sentences.every((s) => s.end <= councilRevised.length)).toBe(true);
  });

  it('deletes every record of a removed article and keeps it removed', async () => {
    await uploadAndSettle('incoming/removed.txt', councilStory);
    const putEvent = pipeline.notifications.at(-1) ?? '';

    await pipeline.remove('incoming/removed.txt');
    await pipeline.settle();
    pipeline.sendNotification(putEvent);
    await pipeline.settle();

    const records = await recordsOf('removed.txt');
    expect(records.meta.state).toBe('deleted');
    expect(records.text).toBeNull();
    expect(records.quotes).toEqual([]);
    expect(records.dates).toEqual([]);
    expect(records.statuses).toEqual([]);
  });

  it('records why an article over the size cap was rejected', async () => {
    await uploadAndSettle('incoming/huge.txt', 'word '.repeat(MAX_BYTES));

    const records = await recordsOf('huge.txt');

    expect(records.meta.state).toBe('rejected');
    expect(records.meta.reason).toBe('too-large');
    expect(records.meta.message).toMatch(/over the 20000-byte limit/);
    expect(pipeline.deadLetters).toEqual([]);
  });

  it('records why a binary file was rejected', async () => {
    await uploadAndSettle(
      'incoming/photo.txt',
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0, 1, 2]),
    );

    const records = await recordsOf('photo.txt');

    expect(records.meta.state).toBe('rejected');
    expect(records.meta.reason).toBe('binary');
  });

  it('decodes URL-encoded keys with spaces and non-ASCII characters', async () => {
    await uploadAndSettle('incoming/2024/Hafen – Bericht (final).txt', councilStory);

    const records = await recordsOf('2024/Hafen – Bericht (final).txt');

    expect(records.meta.key).toBe('incoming/2024/Hafen – Bericht (final).txt');
    expect(records.meta.state).toBe('segmented');
  });

  it('ignores the test event S3 sends when notifications are configured', async () => {
    pipeline.sendNotification(
      JSON.stringify({ Service: 'Amazon S3', Event: 's3:TestEvent', Bucket: pipeline.bucket }),
    );
    await pipeline.settle();

    expect(pipeline.deadLetters).toEqual([]);
  });

  it('moves a message that is not an S3 event to the dead-letter queue after three receives', async () => {
    pipeline.sendNotification('{"not": "an S3 event"}');
    await pipeline.settle();

    expect(pipeline.deadLetters).toHaveLength(1);
    expect(pipeline.deadLetters[0]?.receiveCount).toBe(3);
    pipeline.deadLetters.length = 0;
  });

  it('stores an article far larger than one item in chunks and reads it back whole', async () => {
    // Three-byte characters make each text chunk as heavy in UTF-8 as it can be.
    const paragraph = `${'Überraschung – ja, Öl für €. '.repeat(40)}\n\n`;
    const text = paragraph.repeat(1_000);
    const sentences = Array.from({ length: 40_000 }, (_, i) => ({
      start: i * 29,
      end: i * 29 + 28,
    }));
    const version = {
      articleId: 'long.txt',
      bucket: pipeline.bucket,
      key: 'incoming/long.txt',
      versionId: null,
      sequencer: '0055AED6DCD90281E5'.padEnd(32, '0'),
    };
    const now = new Date().toISOString();

    await pipeline.store.claim(version, now);
    const outcome = await pipeline.store.saveSegmented(
      version,
      {
        format: 'text',
        text,
        title: null,
        dateline: null,
        byline: null,
        publishedAt: '2024-05-16',
        publishedSource: 'flag',
        warnings: [],
        paragraphs: [{ start: 0, end: text.length }],
        sentences,
      },
      now,
    );
    const loaded = await pipeline.store.loadForExtraction('long.txt', version.sequencer);

    expect(outcome).toBe('saved');
    expect(text.length).toBeGreaterThan(1_000_000);
    expect(loaded?.article.text).toBe(text);
    expect(loaded?.article.sentences).toEqual(sentences);
    await pipeline.settle();
  });

  it('answers each access pattern with one query', async () => {
    await uploadAndSettle('incoming/patterns.txt', councilStory, '2024-06-20');

    const bySpeaker = await pipeline.store.quotesBySpeaker(
      (await recordsOf('patterns.txt')).quotes[0]?.speaker?.name ?? '',
    );
    const published = await pipeline.store.articlesPublishedOn('2024-06-20');
    const mentionsDay = await pipeline.store.articlesMentioning('2024-06-18');
    const mentionsMonth = await pipeline.store.articlesMentioning('2024-06');

    expect(bySpeaker[0]?.articleId).toBe('patterns.txt');
    expect(bySpeaker[0]?.publishedAt).toBe('2024-06-20');
    expect(published.map((m) => m.articleId)).toEqual(['patterns.txt']);
    expect(mentionsDay.map((d) => d.articleId)).toContain('patterns.txt');
    expect(mentionsMonth.map((d) => d.articleId)).toContain('patterns.txt');
  });
});
