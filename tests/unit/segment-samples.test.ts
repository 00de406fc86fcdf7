/**
 * Every sample article under events/articles goes through segmentArticle: the right title,
 * publication date and its source, and the exact paragraphs and sentences.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { segmentArticle } from '../../functions/segment/segment.ts';
import type { SegmentedArticle, Span } from '../../shared/article.ts';

const LIMIT = { maxBytes: 5 * 1024 * 1024 };

function segmentSample(name: string, extra: { published?: string; uploadedAt?: string } = {}) {
  const path = new URL(`../../events/articles/${name}`, import.meta.url);
  return segmentArticle({ bytes: readFileSync(path), source: name, ...extra }, LIMIT);
}

function texts(article: SegmentedArticle, spans: Span[]): string[] {
  return spans.map((s) => article.text.slice(s.start, s.end));
}

describe('segmentArticle on the plain-text wire story', () => {
  const article = segmentSample('wire-council-vote.txt', { uploadedAt: '2024-05-02T10:00:00Z' });

  it('reads the headline line as the title and keeps it in the text', () => {
    expect(article.format).toBe('text');
    expect(article.title).toBe(
      'Springfield Council Approves Downtown Transit Plan After Long Debate',
    );
    expect(article.text.startsWith(article.title ?? '-')).toBe(true);
  });

  it('keeps the text exactly as the file holds it', () => {
    const raw = readFileSync(
      new URL('../../events/articles/wire-council-vote.txt', import.meta.url),
      'utf8',
    );
    expect(article.text).toBe(raw);
  });

  it('recognises the byline and the dateline', () => {
    expect(article.byline).toBe('Marisol Vega');
    expect(article.dateline).toBe('SPRINGFIELD, Ill.');
  });

  it('falls back to the upload time for the publication date', () => {
    expect(article.publishedAt).toBe('2024-05-02T10:00:00Z');
    expect(article.publishedSource).toBe('upload-time');
  });

  it('finds the paragraphs, the first sentence starting after the dateline', () => {
    const paragraphs = texts(article, article.paragraphs);
    expect(paragraphs).toHaveLength(9);
    expect(paragraphs[1]).toBe('By Marisol Vega');
    expect(paragraphs[2]?.startsWith('SPRINGFIELD, Ill. (AP) — The Springfield')).toBe(true);
    expect(texts(article, article.sentences)).toEqual([
      'Springfield Council Approves Downtown Transit Plan After Long Debate',
      'By Marisol Vega',
      'The Springfield City Council on Thursday approved a $48 million plan to rebuild the downtown bus terminal, ending a dispute that had stalled the project since last spring.',
      'The vote was 7-3.',
      "Council members who opposed the plan said the city had not explained how it would pay for the terminal's upkeep after 2030.",
      '"We have waited long enough for a terminal that people can actually use," Mayor Dana Whitfield said after the vote.',
      'Ald. Thomas R. Beck, who voted against the plan, said: "Nobody here is against buses.',
      'We are against signing a check without knowing what it costs."',
      "The plan goes next to the Illinois Department of Transportation, which must sign off on the state's $12.5 million share by Jan. 15.",
      "Construction could begin in the fall, according to the city's planning office.",
      'Last week, a group of downtown business owners asked the council to delay the vote until an independent study of traffic on Adams St. was finished.',
      'That study is now expected in March.',
      'Riders were less patient.',
      '"I stand in the rain every morning at 6:45 a.m. and the shelter has no roof," said Keisha Long, a nurse who takes the No. 9 bus to work.',
    ]);
  });
});

describe('segmentArticle on the Reuters-style plain-text story', () => {
  const article = segmentSample('hospital-wing.txt', { published: 'June 4, 2024' });

  it('reads a two-author byline and a dateline with date and agency', () => {
    expect(article.title).toBe('County Hospital Opens New Emergency Wing');
    expect(article.byline).toBe('Grace Holloway and Ben Adeyemi');
    expect(article.dateline).toBe('MERCER, Pa.');
  });

  it('takes the publication date from the flag', () => {
    expect(article.publishedAt).toBe('2024-06-04');
    expect(article.publishedSource).toBe('flag');
  });

  it('starts the first sentence after the dateline', () => {
    const third = article.sentences[2];
    expect(third && article.text.slice(third.start, third.end)).toBe(
      'Mercer County Hospital opened a new emergency wing on Tuesday, doubling the number of treatment rooms and cutting average waiting times, hospital officials said.',
    );
    expect(article.sentences).toHaveLength(11);
    expect(article.paragraphs).toHaveLength(7);
  });
});

describe('segmentArticle on the CRLF plain-text story', () => {
  const article = segmentSample('library-hours-crlf.txt');

  it('keeps the CRLF line ends and points the offsets into them', () => {
    expect(article.text.includes('\r\n')).toBe(true);
    expect(texts(article, article.paragraphs)).toEqual([
      'Library Extends Weekend Hours',
      'The public library will stay open until 8 p.m. on Saturdays starting this month, the library board said on Tuesday.',
      '"Students kept asking us for more evening hours," said head librarian Omar Haddad.',
      'The change will cost about $40,000 a year. The board approved the money in its budget last week.',
    ]);
    expect(texts(article, article.sentences).slice(3)).toEqual([
      'The change will cost about $40,000 a year.',
      'The board approved the money in its budget last week.',
    ]);
  });

  it('has no publication date when nothing supplies one', () => {
    expect(article.publishedAt).toBeNull();
    expect(article.publishedSource).toBeNull();
  });
});

describe('segmentArticle on the encoded samples', () => {
  it('decodes the Windows-1252 story', () => {
    const article = segmentSample('farm-market-windows-1252.txt');
    expect(article.title).toBe('Farmers Market Moves to Café Square');
    expect(article.warnings).toEqual([]);
    expect(texts(article, article.sentences)).toEqual([
      'Farmers Market Moves to Café Square',
      'The Ashford farmers market will move to Café Square next Saturday, the town said, after 22 years in the library parking lot.',
      '“We simply outgrew the lot,” said market manager Renée Dubois.',
      '“Vendors were parking on the lawn.”',
      'The new site has room for 60 stalls — twice as many as before — and sits across from the bus stop.',
    ]);
  });

  it('decodes the UTF-16LE story and drops its byte-order mark', () => {
    const article = segmentSample('ferry-service-utf16le-bom.txt');
    expect(article.text.startsWith('Ferry Service Resumes')).toBe(true);
    expect(article.dateline).toBe('PORT HADLEY, Maine');
    expect(texts(article, article.sentences)[2]).toBe(
      '"Islanders have been patient with us," said Capt. Ruth Ellison.',
    );
  });
});

describe('segmentArticle on the Markdown story', () => {
  const article = segmentSample('harbor-bridge.md', { uploadedAt: '2024-05-01T00:00:00Z' });

  it('takes title, author and date from the front matter', () => {
    expect(article.format).toBe('markdown');
    expect(article.title).toBe('Harbor Bridge to Close for Repairs This Summer');
    expect(article.byline).toBe('Owen Pritchard');
    expect(article.publishedAt).toBe('2024-04-18');
    expect(article.publishedSource).toBe('front-matter');
  });

  it('renders the Markdown to plain prose, one paragraph per block and list item', () => {
    expect(texts(article, article.paragraphs)).toEqual([
      'Harbor Bridge to close for repairs this summer',
      'The Harbor Bridge will close to cars for eight weeks starting in June, the port authority said on Wednesday, the first full closure since the span opened in 1987.',
      "In May, inspectors found corrosion in two of the bridge's support cables, according to a report posted by the authority.",
      "The authority's chief engineer, Priya Raman, described the work in a statement:",
      '“The cables are not in danger of failing tomorrow, but they will be if we wait another five years.',
      '“We looked at doing the repairs at night with one lane open. It would have taken three summers instead of one.',
      '“So we chose the short, painful option over the long, painful one.”',
      'Ferry operators said they would add crossings during the closure. Bus routes 14 and 22 will be detoured over the Elm Street crossing.',
      'What drivers should know',
      'The closure begins June 3 and is expected to end by late July.',
      'Cyclists and pedestrians can still use the south walkway.',
      'Tolls will be suspended until the bridge reopens.',
    ]);
    expect(article.sentences).toHaveLength(14);
  });
});

describe('segmentArticle on the Markdown story with a timestamp', () => {
  const article = segmentSample('school-board.md');

  it('keeps the timestamp in the timezone the front matter gives', () => {
    expect(article.publishedAt).toBe('2024-02-09T19:30:00-06:00');
    expect(article.publishedSource).toBe('front-matter');
  });

  it('keeps a split quote around its speaker in one sentence', () => {
    expect(texts(article, article.sentences)[1]).toBe(
      "“We heard a lot of people tonight,” board president Harold Tate said, “and I don't think anyone in this room wants us to rush this.”",
    );
    expect(article.sentences).toHaveLength(9);
  });
});

describe('segmentArticle on the HTML page', () => {
  const article = segmentSample('museum-reopening.html', { uploadedAt: '2024-05-01T00:00:00Z' });

  it('takes title, author and date from the page metadata', () => {
    expect(article.format).toBe('html');
    expect(article.title).toBe('Riverside Museum Reopens After Flood Repairs');
    expect(article.byline).toBe('Tomás Lindqvist');
    expect(article.publishedAt).toBe('2024-03-15T08:45:00-05:00');
    expect(article.publishedSource).toBe('html-meta');
  });

  it('keeps the article and drops navigation, ads, share widgets, comments and scripts', () => {
    for (const boilerplate of [
      'Home',
      'Advertisement',
      'Share on',
      'Comments',
      'Great news',
      'newsletter',
      'injected',
      'pageview',
      '©',
    ]) {
      expect(article.text).not.toContain(boilerplate);
    }
    expect(texts(article, article.paragraphs).slice(2)).toEqual([
      'The Riverside Museum of History reopened its doors on Friday, seven months after floodwater filled its basement and ruined part of its textile collection.',
      'Director Elaine Foster said about 80 percent of the damaged pieces had been restored. “Some of these quilts are 150 years old,” she said. “We were never going to let them go.”',
      'A new home for the collection',
      'The museum moved its storage rooms to the second floor and installed flood barriers at the loading dock, work paid for by a state grant of $1.2 million.',
      '“Water will come again. This time it will find nothing to ruin.”',
      'Admission will be free through the end of April, the museum said.',
    ]);
    expect(article.sentences).toHaveLength(11);
  });
});

describe('segmentArticle on the news-API JSON', () => {
  const article = segmentSample('storm-warning.json');

  it('maps the NewsAPI fields', () => {
    expect(article.format).toBe('json');
    expect(article.title).toBe('Forecasters Warn of Strong Winds Along the Coast');
    expect(article.byline).toBe('Mara Jensen');
    expect(article.publishedAt).toBe('2024-10-02T14:10:00Z');
    expect(article.publishedSource).toBe('json');
  });

  it('splits the body into its paragraphs and sentences', () => {
    expect(article.paragraphs).toHaveLength(3);
    expect(texts(article, article.sentences)).toEqual([
      'Forecasters issued a high wind warning for the northern coast on Wednesday, saying gusts could reach 70 mph by Thursday evening.',
      '"People should secure anything loose in their yards tonight," said Hal Brennan, a meteorologist with the regional weather office.',
      '"Tomorrow will be too late."',
      'The last storm of this strength hit the region in November 2019, when thousands of homes lost power for two days.',
    ]);
  });
});
