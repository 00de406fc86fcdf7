/**
 * splitParagraphs and the plain-text head: blank lines, one paragraph per line when a text
 * has no blank lines, hard-wrapped and indented wire copy, and the headline, byline and
 * dateline conventions.
 */
import { describe, expect, it } from 'vitest';
import { splitParagraphs } from '../../functions/segment/paragraphs.ts';
import { segmentArticle } from '../../functions/segment/segment.ts';

function paragraphsOf(text: string): string[] {
  return splitParagraphs(text).map((p) => text.slice(p.start, p.end));
}

describe('splitParagraphs', () => {
  it('splits at blank lines, including CRLF and CR line ends', () => {
    expect(paragraphsOf('One.\r\n\r\nTwo.\r\rThree.\n \nFour.')).toEqual([
      'One.',
      'Two.',
      'Three.',
      'Four.',
    ]);
  });

  it('joins hard-wrapped lines whatever their line ends', () => {
    const text =
      'The council voted on Tuesday to close the old\r\nlibrary on Main Street and move its books to\rthe new building by the river next spring.\n\nResidents had asked for a vote on the plan.';
    expect(paragraphsOf(text)).toEqual([
      'The council voted on Tuesday to close the old\r\nlibrary on Main Street and move its books to\rthe new building by the river next spring.',
      'Residents had asked for a vote on the plan.',
    ]);
  });

  it('treats each line as a paragraph when lines are whole paragraphs', () => {
    const text =
      'The first paragraph is a long line of prose that runs well past any terminal width, as pasted text does.\nThe second one follows on the next line without a blank line between them at all, which also happens.';
    expect(paragraphsOf(text)).toHaveLength(2);
  });

  it('joins the lines of hard-wrapped text and splits at indented first lines', () => {
    const text = [
      '   The river rose two feet overnight, and the county closed three',
      'roads near the bridge before dawn on Tuesday.',
      '   Officials said the water would crest by noon, and they asked',
      'residents of low streets to move their cars to higher ground.',
    ].join('\n');
    expect(paragraphsOf(text)).toEqual([
      'The river rose two feet overnight, and the county closed three\nroads near the bridge before dawn on Tuesday.',
      'Officials said the water would crest by noon, and they asked\nresidents of low streets to move their cars to higher ground.',
    ]);
  });

  it('ends a hard-wrapped paragraph at a short line', () => {
    const text = [
      'The mayor signed the budget on Friday after a week of talks with the',
      'council over road repairs.',
      'Critics said the plan leaves the parks department short of money for',
      'the second year in a row.',
    ].join('\n');
    expect(paragraphsOf(text)).toHaveLength(2);
  });
});

describe('segmentArticle on plain-text heads', () => {
  const segment = (text: string) =>
    segmentArticle({ bytes: new TextEncoder().encode(text), source: 'a.txt' }, { maxBytes: 10000 });

  it('recognises an AP dateline and starts the first sentence after it', () => {
    const article = segment('CHICAGO (AP) — The lake froze early this year. Skaters came out.');
    expect(article.dateline).toBe('CHICAGO');
    expect(article.sentences.map((s) => article.text.slice(s.start, s.end))).toEqual([
      'The lake froze early this year.',
      'Skaters came out.',
    ]);
    expect(article.paragraphs[0]?.start).toBe(0);
  });

  it('recognises a Reuters dateline with its date', () => {
    const article = segment('LONDON, March 3 (Reuters) - Prices rose for a fourth month.');
    expect(article.dateline).toBe('LONDON');
    expect(article.text.slice(article.sentences[0]?.start, article.sentences[0]?.end)).toBe(
      'Prices rose for a fourth month.',
    );
  });

  it('recognises a dateline on a line of its own with an underscore dash', () => {
    const article = segment('NAIROBI, Kenya (AP) _\n\nThe rains came early. Roads flooded.');
    expect(article.title).toBeNull();
    expect(article.dateline).toBe('NAIROBI, Kenya');
    expect(article.sentences.map((s) => article.text.slice(s.start, s.end))).toEqual([
      'The rains came early.',
      'Roads flooded.',
    ]);
  });

  it('recognises an underscore dash right after the agency', () => {
    const article = segment('OSLO (AP)_ The fjord froze. Boats stayed in port.');
    expect(article.dateline).toBe('OSLO');
    expect(article.text.slice(article.sentences[0]?.start, article.sentences[0]?.end)).toBe(
      'The fjord froze.',
    );
  });

  it('does not take an ordinary first sentence for a headline or dateline', () => {
    const article = segment(
      'The lake froze early this year, and skaters came out in numbers on the weekend.\n\nMore text.',
    );
    expect(article.title).toBeNull();
    expect(article.dateline).toBeNull();
  });

  it('reads an all-caps byline', () => {
    const article = segment('Lake Report\n\nBY ANNA KOWALSKI\n\nThe ice melted on Friday.');
    expect(article.byline).toBe('ANNA KOWALSKI');
  });

  it('does not take a sentence that starts with "By" for a byline', () => {
    const article = segment('Lake Report\n\nBy Friday, the ice had melted.');
    expect(article.byline).toBeNull();
    expect(article.title).toBe('Lake Report');
  });

  it('makes the headline its own paragraph and sentence even without a blank line', () => {
    const article = segment(
      'Ice Closes Lake Trail\nWASHINGTON — The trail closed. It reopens soon.',
    );
    expect(article.title).toBe('Ice Closes Lake Trail');
    expect(article.paragraphs.map((p) => article.text.slice(p.start, p.end))).toEqual([
      'Ice Closes Lake Trail',
      'WASHINGTON — The trail closed. It reopens soon.',
    ]);
    expect(article.sentences.map((s) => article.text.slice(s.start, s.end))).toEqual([
      'Ice Closes Lake Trail',
      'The trail closed.',
      'It reopens soon.',
    ]);
  });
});
