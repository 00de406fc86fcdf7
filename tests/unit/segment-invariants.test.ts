/**
 * The span contract of segmentArticle, checked on every sample article and on awkward texts:
 * spans point into the clean text, are trimmed and ordered, sentences never cross a paragraph
 * boundary, and the sentences of a paragraph cover all its non-space text (a dateline aside).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { segmentArticle } from '../../functions/segment/segment.ts';
import type { SegmentedArticle } from '../../shared/article.ts';

const SAMPLES = new URL('../../events/articles/', import.meta.url);
// README.md describes the samples and manifest.json gives their publication dates: not articles.
const sampleNames = readdirSync(SAMPLES).filter(
  (name) => /\.(txt|md|html|json)$/.test(name) && !/^(README|manifest)\./.test(name),
);

const AWKWARD: [string, string][] = [
  ['only punctuation', '... !!! ???'],
  ['quotes without text', '“” "" ‘’'],
  ['a long unbroken token', `${'a.'.repeat(500)} End.`],
  ['mixed line ends', 'One.\r\nTwo.\rThree.\n\n\r\nFour. Five!'],
  ['list and bullets', '• 1. One • 2. Two\n\na) x b) y'],
  ['dateline only', 'PARIS (AFP) —'],
];

function problems(article: SegmentedArticle): string[] {
  const { text, paragraphs, sentences } = article;
  const found: string[] = [];
  const isSpace = (c: string | undefined) => c !== undefined && /\s/.test(c);
  let previousEnd = 0;
  for (const s of [...paragraphs, ...sentences]) {
    if (s.start < 0 || s.end > text.length || s.start >= s.end)
      found.push(`bad span ${s.start}-${s.end}`);
    if (isSpace(text[s.start]) || isSpace(text[s.end - 1]))
      found.push(`untrimmed ${s.start}-${s.end}`);
  }
  for (const s of sentences) {
    if (s.start < previousEnd) found.push(`overlap at ${s.start}`);
    previousEnd = s.end;
    if (!paragraphs.some((p) => p.start <= s.start && s.end <= p.end))
      found.push(`sentence ${s.start} crosses a paragraph`);
  }
  for (const p of paragraphs) {
    const inside = sentences.filter((s) => s.start >= p.start && s.end <= p.end);
    const covered = inside
      .map((s) => text.slice(s.start, s.end))
      .join('')
      .replace(/\s+/g, '');
    const whole = text.slice(p.start, p.end).replace(/\s+/g, '');
    const dateline = article.dateline?.replace(/\s+/g, '');
    const afterDateline =
      dateline !== undefined && whole.startsWith(dateline) && whole.endsWith(covered);
    if (covered !== whole && !afterDateline)
      found.push(`paragraph ${p.start} not covered by its sentences`);
  }
  return found;
}

describe('segmentArticle span contract', () => {
  it.each(sampleNames)('holds for the sample %s', (name) => {
    const bytes = readFileSync(new URL(name, SAMPLES));
    const article = segmentArticle({ bytes, source: name }, { maxBytes: 1_000_000 });
    expect(problems(article)).toEqual([]);
  });

  it.each(AWKWARD)('holds for %s', (_label, text) => {
    const article = segmentArticle(
      { bytes: new TextEncoder().encode(text), source: 'a.txt' },
      { maxBytes: 1_000_000 },
    );
    expect(problems(article)).toEqual([]);
  });
});
