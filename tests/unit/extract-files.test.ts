/**
 * The CLI's core (`extractFiles`, `extractArticles`) runs each stage over a batch of files
 * before the next stage. Batching must not change what comes out: one outcome per file, in the
 * order given, the same records as one file at a time, and a file that fails at any stage gets
 * its error while the others go on.
 */
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { extractDates } from '../../functions/extract-dates/dates.ts';
import { extractQuotes } from '../../functions/extract-quotes/quotes.ts';
import { segmentArticle } from '../../functions/segment/segment.ts';
import {
  BATCH_FILES,
  extractArticles,
  extractFiles,
  type Outcome,
} from '../../local/extract-file.ts';
import { ArticleRejectedError } from '../../shared/errors.ts';

/** A marker that makes the quote stage throw, standing in for a bug hit by one article. */
const QUOTES_FAIL = 'QUOTE-STAGE-FAILS-HERE';

vi.mock('../../functions/extract-quotes/quotes.ts', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../functions/extract-quotes/quotes.ts')>();
  return {
    ...actual,
    extractQuotes: (article: Parameters<typeof actual.extractQuotes>[0]) => {
      if (article.text.includes(QUOTES_FAIL)) throw new Error('the quote stage broke');
      return actual.extractQuotes(article);
    },
  };
});

const SAMPLES = join(import.meta.dirname, '../../events/articles');
const LIMITS = { maxBytes: 1_000_000 };
let dir = '';

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'extract-files-'));
  await writeFile(
    join(dir, 'good.txt'),
    'The council met on Tuesday. "We are ready," the mayor said.\n',
  );
  await writeFile(join(dir, 'blank.txt'), '   \n\n  ');
  await writeFile(join(dir, 'broken.txt'), `${QUOTES_FAIL}. "Words," she said on Monday.\n`);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function collect(paths: string[], maxBytes?: number) {
  const out: (Outcome & { path: string })[] = [];
  for await (const o of extractFiles(paths, {
    published: '2017-07-06',
    ...(maxBytes ? { maxBytes } : {}),
  }))
    out.push(o);
  return out;
}

const kind = (o: Outcome) =>
  'extraction' in o ? 'ok' : o.error instanceof ArticleRejectedError ? o.error.reason : 'error';

describe('extractFiles', () => {
  it('gives every file one outcome, in the order given, across more than one batch', async () => {
    const names = ['good.txt', 'blank.txt', 'missing.txt', 'broken.txt'];
    const paths = Array.from({ length: BATCH_FILES + 7 }, (_, i) =>
      join(dir, names[i % 4] as string),
    );
    const outcomes = await collect(paths);
    expect(outcomes.map((o) => o.path)).toEqual(paths);
    const kinds = outcomes.map(kind);
    expect(kinds.slice(0, 4)).toEqual(['ok', 'empty', 'error', 'error']);
    expect(kinds).toEqual(paths.map((_, i) => kinds[i % 4]));
    const missing = outcomes[2] as { error: unknown };
    expect(String(missing.error)).toMatch(/ENOENT/);
    const broken = outcomes[3] as { error: unknown };
    expect(String(broken.error)).toMatch(/the quote stage broke/);
  });

  it('finds the same quotes and dates in a batch as in a file on its own', async () => {
    const good = join(dir, 'good.txt');
    const [alone] = await collect([good]);
    const batched = (await collect([join(dir, 'broken.txt'), good, join(dir, 'blank.txt')]))[1];
    expect(alone && 'extraction' in alone).toBe(true);
    expect(batched).toEqual(alone);
    const extraction = (alone as { extraction: { quotes: unknown[]; dates: { value: string }[] } })
      .extraction;
    expect(extraction.quotes).toHaveLength(1);
    expect(extraction.dates.map((d) => d.value)).toEqual(['2017-07-04']);
  });

  it('rejects a file over the size limit before reading it, and goes on', async () => {
    const outcomes = await collect([join(dir, 'good.txt'), join(dir, 'good.txt')], 10);
    expect(outcomes.map(kind)).toEqual(['too-large', 'too-large']);
  });
});

describe('extractArticles', () => {
  it('gives each sample article what the three stages give it one article at a time', async () => {
    const names = (await readdir(SAMPLES)).filter((n) => /\.(txt|md|html|json)$/.test(n)).sort();
    const raws = await Promise.all(
      names.map(async (n) => ({
        bytes: new Uint8Array(await readFile(join(SAMPLES, n))),
        source: n,
        published: '2017-07-06',
      })),
    );
    const outcomes = extractArticles(raws, LIMITS);
    expect(outcomes).toHaveLength(raws.length);
    let extracted = 0;
    raws.forEach((raw, i) => {
      const outcome = outcomes[i] as Outcome;
      let article: ReturnType<typeof segmentArticle>;
      try {
        article = segmentArticle(raw, LIMITS);
      } catch (error) {
        expect(outcome).toEqual({ error });
        return;
      }
      extracted += 1;
      expect(outcome).toEqual({
        extraction: expect.objectContaining({
          source: raw.source,
          text: article.text,
          sentences: article.sentences,
          quotes: extractQuotes(article),
          dates: extractDates(article),
        }),
      });
    });
    expect(extracted).toBeGreaterThanOrEqual(8);
  });
});
