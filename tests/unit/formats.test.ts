/**
 * The format readers and their helpers: format detection, HTML extraction, Markdown
 * rendering, the JSON field mapping, and publication dates (normalization and precedence).
 */
import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../functions/segment/detect-format.ts';
import { normalizeDate } from '../../functions/segment/published.ts';
import { segmentArticle } from '../../functions/segment/segment.ts';
import type { SegmentedArticle } from '../../shared/article.ts';

const LIMIT = { maxBytes: 1024 * 1024 };

function segment(
  text: string,
  source: string,
  extra: Record<string, unknown> = {},
): SegmentedArticle {
  return segmentArticle({ bytes: new TextEncoder().encode(text), source, ...extra }, LIMIT);
}

function paragraphsOf(article: SegmentedArticle): string[] {
  return article.paragraphs.map((p) => article.text.slice(p.start, p.end));
}

describe('detectFormat', () => {
  it('trusts a specific content type first', () => {
    expect(detectFormat('plain words', 'a.txt', 'text/html; charset=utf-8')).toBe('html');
  });

  it('uses the extension when the content type is generic', () => {
    expect(detectFormat('# Title', 'story.md', 'application/octet-stream')).toBe('markdown');
    expect(detectFormat('<p>x</p>', 'story.txt')).toBe('text');
  });

  it('sniffs content without a telling name', () => {
    expect(detectFormat('{"title":"x","body":"y"}', 'upload')).toBe('json');
    expect(detectFormat('<!DOCTYPE html><html><body><p>x</p></body></html>', 'upload')).toBe(
      'html',
    );
    expect(detectFormat('---\ntitle: x\n---\nBody.', 'upload')).toBe('markdown');
    expect(detectFormat('WASHINGTON — Something happened.', 'upload')).toBe('text');
  });
});

describe('normalizeDate', () => {
  it('keeps a calendar date as a date', () => {
    expect(normalizeDate('2017-07-06')).toBe('2017-07-06');
    expect(normalizeDate('July 6, 2017')).toBe('2017-07-06');
  });

  it('keeps the source timezone of a timestamp', () => {
    expect(normalizeDate('2017-07-06T23:30:00-05:00')).toBe('2017-07-06T23:30:00-05:00');
    expect(normalizeDate('2017-07-06 08:15')).toBe('2017-07-06T08:15:00');
  });

  it('reads HTTP dates, prose with a zone, and epoch seconds', () => {
    expect(normalizeDate('Thu, 06 Jul 2017 12:00:00 GMT')).toBe('2017-07-06T12:00:00Z');
    expect(normalizeDate('July 6, 2017 3:30 PM EDT')).toBe('2017-07-06T15:30:00-04:00');
    expect(normalizeDate(1499342400)).toBe('2017-07-06T12:00:00Z');
  });

  it('refuses what is not a full date', () => {
    expect(normalizeDate('Thursday')).toBeNull();
    expect(normalizeDate('2017-02-30')).toBeNull();
    expect(normalizeDate('soon')).toBeNull();
  });
});

describe('segmentArticle publication date precedence', () => {
  const markdown = '---\ntitle: T\ndate: 2020-05-01\n---\n\nBody text here.\n';

  it('prefers the flag, then S3 metadata, then the document, then the upload time', () => {
    const all = {
      published: '2020-05-03',
      metadata: { published: '2020-05-02' },
      uploadedAt: '2020-05-04T00:00:00Z',
    };
    expect(segment(markdown, 'a.md', all)).toMatchObject({
      publishedAt: '2020-05-03',
      publishedSource: 'flag',
    });
    const noFlag = { metadata: { published: '2020-05-02' }, uploadedAt: '2020-05-04T00:00:00Z' };
    expect(segment(markdown, 'a.md', noFlag)).toMatchObject({
      publishedAt: '2020-05-02',
      publishedSource: 's3-metadata',
    });
    expect(segment(markdown, 'a.md', { uploadedAt: '2020-05-04T00:00:00Z' })).toMatchObject({
      publishedAt: '2020-05-01',
      publishedSource: 'front-matter',
    });
    expect(
      segment('Body text here.', 'a.txt', { uploadedAt: '2020-05-04T00:00:00Z' }),
    ).toMatchObject({ publishedAt: '2020-05-04T00:00:00Z', publishedSource: 'upload-time' });
  });

  it('warns about an unreadable supplied date and falls through', () => {
    const article = segment(markdown, 'a.md', { published: 'next Tuesday-ish' });
    expect(article.publishedAt).toBe('2020-05-01');
    expect(article.publishedSource).toBe('front-matter');
    expect(article.warnings).toEqual([
      'Unreadable publication date in the --published flag: "next Tuesday-ish"; ignored.',
    ]);
  });

  it('reads a date line near the top of plain text', () => {
    const article = segment(
      'Dam Repairs Begin\nMarch 3, 2021\n\nCrews arrived on Monday.',
      'a.txt',
    );
    expect(article.publishedAt).toBe('2021-03-03');
    expect(article.publishedSource).toBe('text');
    expect(paragraphsOf(article)).toEqual([
      'Dam Repairs Begin',
      'March 3, 2021',
      'Crews arrived on Monday.',
    ]);
  });
});

describe('segmentArticle on HTML', () => {
  it('reads the date from <time datetime> when the page has no meta date', () => {
    const html =
      '<html><body><article><time datetime="2019-11-02">Nov. 2</time><p>The ferry ran late again on Saturday.</p></article></body></html>';
    const article = segment(html, 'page.html');
    expect(article.publishedAt).toBe('2019-11-02');
    expect(article.publishedSource).toBe('html-meta');
  });

  it('keeps headings, paragraphs and block quotes as paragraphs, without markup', () => {
    const html =
      '<html><body><main><h2>Vote <em>delayed</em></h2><p>The council <b>waited</b>.<br>Again.</p><blockquote>Not today.</blockquote><script>var x = "<p>no</p>";</script></main></body></html>';
    const article = segment(html, 'page.html');
    expect(paragraphsOf(article)).toEqual([
      'Vote delayed',
      'The council waited.\nAgain.',
      'Not today.',
    ]);
  });

  it('reads a bare HTML fragment without html or body tags', () => {
    const article = segment('<h1>Storm</h1>\n<p>The wind rose at dusk.</p>', 'fragment.html');
    expect(paragraphsOf(article)).toEqual(['Storm', 'The wind rose at dusk.']);
  });

  it('separates paragraphs written with two line breaks', () => {
    const html =
      '<html><body><div>The dam held.<br><br>Crews stayed all night.<br>Some slept in trucks.</div></body></html>';
    const article = segment(html, 'page.html');
    expect(paragraphsOf(article)).toEqual([
      'The dam held.',
      'Crews stayed all night.\nSome slept in trucks.',
    ]);
  });

  it('reads JSON-LD inside a @graph', () => {
    const ld = JSON.stringify({
      '@graph': [
        { '@type': 'WebPage' },
        {
          '@type': 'NewsArticle',
          headline: 'Graph Headline',
          datePublished: '2018-01-09',
          author: [{ name: 'A. Writer' }, { name: 'B. Editor' }],
        },
      ],
    });
    const html = `<html><head><script type="application/ld+json">${ld}</script></head><body><p>Text of the story.</p></body></html>`;
    const article = segment(html, 'page.html');
    expect(article).toMatchObject({
      title: 'Graph Headline',
      byline: 'A. Writer, B. Editor',
      publishedAt: '2018-01-09',
    });
  });
});

describe('segmentArticle on Markdown', () => {
  it('strips emphasis and link syntax and puts list items on their own', () => {
    const md =
      '---\ntitle: Parks\nauthor:\n  name: Rosa Diaz\n---\n\n## New *parks* plan\n\nThe city will add **three** parks, says [the plan](https://example.org).\n\n1. North Park\n2. River Park\n';
    const article = segment(md, 'parks.md');
    expect(article.byline).toBe('Rosa Diaz');
    expect(paragraphsOf(article)).toEqual([
      'New parks plan',
      'The city will add three parks, says the plan.',
      'North Park',
      'River Park',
    ]);
    expect(article.sentences).toHaveLength(4);
    expect(article.text.endsWith('North Park\nRiver Park')).toBe(true);
  });

  it('warns about front matter that is not valid YAML and still reads the body', () => {
    const article = segment('---\ntitle: [unclosed\n---\n\nStill here.\n', 'bad.md');
    expect(paragraphsOf(article)).toEqual(['Still here.']);
    expect(article.warnings).toHaveLength(1);
  });
});

describe('segmentArticle on JSON', () => {
  it('reads headline, articleBody, datePublished and a byline field', () => {
    const json = JSON.stringify({
      headline: 'Rain Ends Drought',
      articleBody: 'The rain came on Sunday.\n\nFarmers cheered.',
      datePublished: '2022-08-14T06:00:00+02:00',
      byline: 'Ines Moreau',
    });
    const article = segment(json, 'a.json');
    expect(article).toMatchObject({
      title: 'Rain Ends Drought',
      byline: 'Ines Moreau',
      publishedAt: '2022-08-14T06:00:00+02:00',
      publishedSource: 'json',
    });
    expect(paragraphsOf(article)).toEqual(['The rain came on Sunday.', 'Farmers cheered.']);
  });

  it('reads a body given as a list of paragraph blocks', () => {
    const json = JSON.stringify({
      title: 'T',
      content: [{ type: 'paragraph', text: 'One.' }, 'Two.'],
    });
    const article = segment(json, 'a.json');
    expect(paragraphsOf(article)).toEqual(['One.', 'Two.']);
  });

  it('converts an HTML body as HTML inside a data wrapper', () => {
    const json = JSON.stringify({
      data: {
        title: 'T',
        body: '<p>First <em>one</em>.</p><p>Second one.</p>',
        published_at: '2022-01-02',
      },
    });
    const article = segment(json, 'a.json');
    expect(paragraphsOf(article)).toEqual(['First one.', 'Second one.']);
    expect(article.publishedAt).toBe('2022-01-02');
  });

  it('reads the first of several articles in a top-level array and says so', () => {
    const json = JSON.stringify([
      { title: 'First', text: 'The first story.' },
      { title: 'Second', text: 'The second story.' },
    ]);
    const article = segment(json, 'a.json');
    expect(article.title).toBe('First');
    expect(article.text).toBe('The first story.');
    expect(article.warnings).toEqual([
      'The JSON top-level array holds 2 articles; only the first is read.',
    ]);
  });

  it('drops the truncation marker a news API adds and says so', () => {
    const json = JSON.stringify({
      title: 'T',
      content: 'The mill closed on Friday. Workers … [+2310 chars]',
    });
    const article = segment(json, 'a.json');
    expect(article.text).toBe('The mill closed on Friday. Workers');
    expect(article.warnings).toHaveLength(1);
  });
});
