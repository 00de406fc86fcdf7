/**
 * segmentArticle rejects what it cannot segment with a reason: too large, empty, binary, and
 * JSON without a body. Rejections are permanent (ArticleRejectedError), never a timeout.
 */
import { describe, expect, it } from 'vitest';
import { segmentArticle } from '../../functions/segment/segment.ts';
import { ArticleRejectedError } from '../../shared/errors.ts';

function rejectionOf(bytes: Uint8Array, source: string, maxBytes = 1000): ArticleRejectedError {
  try {
    segmentArticle({ bytes, source }, { maxBytes });
  } catch (error) {
    if (error instanceof ArticleRejectedError) return error;
    throw error;
  }
  throw new Error('the article was accepted');
}

const encode = (text: string) => new TextEncoder().encode(text);

describe('segmentArticle rejections', () => {
  it('rejects an object over the size cap before reading it', () => {
    const error = rejectionOf(encode('x'.repeat(1001)), 'big.txt');
    expect(error.reason).toBe('too-large');
    expect(error.message).toBe('The object is 1001 bytes; the limit is 1000 bytes.');
  });

  it('accepts an object exactly at the size cap', () => {
    const article = segmentArticle(
      { bytes: encode(`${'word '.repeat(199)}end.`), source: 'a.txt' },
      { maxBytes: 1000 },
    );
    expect(article.sentences).toHaveLength(1);
  });

  it('rejects an empty object', () => {
    expect(rejectionOf(new Uint8Array(), 'empty.txt').reason).toBe('empty');
  });

  it('rejects an HTML page with no text', () => {
    expect(
      rejectionOf(encode('<html><body><script>x()</script></body></html>'), 'a.html').reason,
    ).toBe('empty');
  });

  it('rejects binary content', () => {
    expect(rejectionOf(Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a), 'photo.txt').reason).toBe(
      'binary',
    );
  });

  it('rejects JSON without a body and names the fields it looked for', () => {
    const error = rejectionOf(
      encode('{"title":"Only a title","publishedAt":"2020-01-01"}'),
      'a.json',
    );
    expect(error.reason).toBe('malformed');
    expect(error.message).toContain('no body');
    expect(error.message).toContain('body / content / text / articleBody');
    expect(error.message).toContain('found keys: title, publishedAt');
  });

  it('rejects a .json object that is not JSON', () => {
    expect(rejectionOf(encode('{"title": "x",'), 'a.json').reason).toBe('malformed');
  });
});
