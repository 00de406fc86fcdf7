/**
 * splitSentences by rule class, on sentences written for these tests: abbreviations, initials,
 * numbers and money, times, ellipses, quotes and brackets, lists, and the span invariants.
 */
import { describe, expect, it } from 'vitest';
import {
  appendSentences,
  newTerminalScan,
  splitSentences,
} from '../../functions/segment/sentences.ts';

function sentencesOf(text: string): string[] {
  return splitSentences(text, { start: 0, end: text.length }).map((s) =>
    text.slice(s.start, s.end),
  );
}

describe('splitSentences with abbreviations', () => {
  it('does not end a sentence at a title before a name', () => {
    const text = 'Sen. Maria Ortiz and Gov. Paul Dunn met Dr. Lee. They spoke for an hour.';
    expect(sentencesOf(text)).toEqual([
      'Sen. Maria Ortiz and Gov. Paul Dunn met Dr. Lee.',
      'They spoke for an hour.',
    ]);
  });

  it('keeps a month abbreviation with its day', () => {
    const text = 'The law takes effect Jan. 1 and expires Sept. 30, 2027. Lawmakers may extend it.';
    expect(sentencesOf(text)).toEqual([
      'The law takes effect Jan. 1 and expires Sept. 30, 2027.',
      'Lawmakers may extend it.',
    ]);
  });

  it('ends a sentence at a company suffix when a new sentence opens', () => {
    const text = 'The contract went to Halvorsen Inc. The company has 40 employees.';
    expect(sentencesOf(text)).toEqual([
      'The contract went to Halvorsen Inc.',
      'The company has 40 employees.',
    ]);
  });

  it('ends a sentence at a company suffix before a capitalized noun', () => {
    const text = 'The order went to Dunmore Corp. Shares rose 4 percent.';
    expect(sentencesOf(text)).toEqual([
      'The order went to Dunmore Corp.',
      'Shares rose 4 percent.',
    ]);
  });

  it('keeps a company suffix followed by a title in the sentence', () => {
    const text = 'Halvorsen Inc. Chief Executive Ann Berg said nothing.';
    expect(sentencesOf(text)).toEqual(['Halvorsen Inc. Chief Executive Ann Berg said nothing.']);
  });

  it('reads a state abbreviation after a city', () => {
    const text = 'She grew up in Macon, Ga. She moved north in 1990.';
    expect(sentencesOf(text)).toEqual(['She grew up in Macon, Ga.', 'She moved north in 1990.']);
  });

  it('does not end a sentence at an abbreviation before a number', () => {
    const text = 'Read No. 7 and Vol. 2 first.';
    expect(sentencesOf(text)).toEqual(['Read No. 7 and Vol. 2 first.']);
  });

  it('keeps e.g. and vs. inside their sentence', () => {
    const text = 'Some cities, e.g. Dayton, saw gains in Ohio vs. Indiana last year.';
    expect(sentencesOf(text)).toEqual([text]);
  });

  it('ends a sentence after U.S. when a pronoun follows', () => {
    const text = 'The plant will move to the U.S. It will open next year.';
    expect(sentencesOf(text)).toEqual([
      'The plant will move to the U.S.',
      'It will open next year.',
    ]);
  });

  it('keeps U.S. before a capitalized noun', () => {
    const text = 'A U.S. District Judge blocked the rule.';
    expect(sentencesOf(text)).toEqual(['A U.S. District Judge blocked the rule.']);
  });
});

describe('splitSentences with initials', () => {
  it('keeps middle initials and initialed first names', () => {
    const text = 'The report by J. R. Hollis and Anna K. Smith came out. It was long.';
    expect(sentencesOf(text)).toEqual([
      'The report by J. R. Hollis and Anna K. Smith came out.',
      'It was long.',
    ]);
  });

  it('reads an initial I. at the start of a sentence as an initial', () => {
    const text = 'I. M. Pei drew the plans. Work began soon after.';
    expect(sentencesOf(text)).toEqual(['I. M. Pei drew the plans.', 'Work began soon after.']);
  });

  it('ends a sentence at a one-letter word before a sentence opener', () => {
    const text = 'They chose Plan B. The vote was close.';
    expect(sentencesOf(text)).toEqual(['They chose Plan B.', 'The vote was close.']);
  });
});

describe('splitSentences with numbers, money and times', () => {
  it('keeps decimals, money and percentages inside the sentence', () => {
    const text = 'Shares rose 3.5 percent to $12.75 on Monday. Trading was light.';
    expect(sentencesOf(text)).toEqual([
      'Shares rose 3.5 percent to $12.75 on Monday.',
      'Trading was light.',
    ]);
  });

  it('ends a sentence after a number when the next sentence starts with a digit', () => {
    const text = 'The count was 1,204. 17 ballots were set aside.';
    expect(sentencesOf(text)).toEqual(['The count was 1,204.', '17 ballots were set aside.']);
  });

  it('keeps a time followed by a weekday in the sentence', () => {
    const text = 'The hearing starts at 10 a.m. Tuesday in Room 4.';
    expect(sentencesOf(text)).toEqual(['The hearing starts at 10 a.m. Tuesday in Room 4.']);
  });

  it('ends a sentence at p.m. when a new sentence follows', () => {
    const text = 'Polls close at 8 p.m. Results are expected by midnight.';
    expect(sentencesOf(text)).toEqual([
      'Polls close at 8 p.m.',
      'Results are expected by midnight.',
    ]);
  });

  it('keeps clock times with colons', () => {
    const text = 'The train left at 6:15. It arrived at 9:40.';
    expect(sentencesOf(text)).toEqual(['The train left at 6:15.', 'It arrived at 9:40.']);
  });
});

describe('splitSentences with quotes and brackets', () => {
  it('keeps the speech tag after a quoted sentence in the same sentence', () => {
    const text = '“We will rebuild the pier,” the mayor said. Work starts soon.';
    expect(sentencesOf(text)).toEqual([
      '“We will rebuild the pier,” the mayor said.',
      'Work starts soon.',
    ]);
  });

  it('keeps a quoted question followed by an inverted speech tag together', () => {
    const text = '“Who pays for it?” asked Rivera. Nobody answered.';
    expect(sentencesOf(text)).toEqual(['“Who pays for it?” asked Rivera.', 'Nobody answered.']);
  });

  it('ends a sentence after the closing quote when a new sentence starts', () => {
    const text = 'He wrote, “The line is closed.” Then he left.';
    expect(sentencesOf(text)).toEqual(['He wrote, “The line is closed.”', 'Then he left.']);
  });

  it('keeps a full sentence in brackets inside the outer sentence', () => {
    const text = 'The fee rose (it had not changed since 2009.) and drivers noticed.';
    expect(sentencesOf(text)).toEqual([
      'The fee rose (it had not changed since 2009.) and drivers noticed.',
    ]);
  });

  it('splits a sentence that opens with a quotation mark', () => {
    const text = 'The board met. “This is overdue,” Hall said.';
    expect(sentencesOf(text)).toEqual(['The board met.', '“This is overdue,” Hall said.']);
  });
});

describe('splitSentences with missing spaces and exclamations', () => {
  it('ends a sentence at a period with no space before a capitalized word', () => {
    const text = 'The rain stopped.Crews went home.';
    expect(sentencesOf(text)).toEqual(['The rain stopped.', 'Crews went home.']);
  });

  it('keeps e-mail and web addresses whole', () => {
    const text = 'Write to Ana.Ruiz@example.org or visit Example.Org/Help today.';
    expect(sentencesOf(text)).toEqual([text]);
  });

  it('keeps an exclamation set off by dashes inside the sentence', () => {
    const text = 'Add the eggs and -- presto! -- dinner is ready.';
    expect(sentencesOf(text)).toEqual([text]);
  });

  it('keeps a quoted question and the speech tag that follows it together', () => {
    const text = '“Where is the money?” Hollis asked. Nobody knew.';
    expect(sentencesOf(text)).toEqual(['“Where is the money?” Hollis asked.', 'Nobody knew.']);
  });

  it('does not treat an enumerator opening a sentence as a sentence', () => {
    const text = 'Two rules apply. 1. Stop at the line. 2. Wait for the signal.';
    expect(sentencesOf(text)).toEqual([
      'Two rules apply.',
      '1. Stop at the line.',
      '2. Wait for the signal.',
    ]);
  });
});

describe('splitSentences with ellipses', () => {
  it('ends a sentence at an ellipsis before a capitalized word', () => {
    const text = 'We waited and waited… The bus never came.';
    expect(sentencesOf(text)).toEqual(['We waited and waited…', 'The bus never came.']);
  });

  it('keeps an ellipsis before a lower-case word inside the sentence', () => {
    const text = 'It was late ... and cold.';
    expect(sentencesOf(text)).toEqual(['It was late ... and cold.']);
  });
});

describe('splitSentences with lists', () => {
  it('splits numbered items written on one line', () => {
    const text = '1) Raise the levee 2) Move the pumps 3) Close the lock';
    expect(sentencesOf(text)).toEqual([
      '1) Raise the levee',
      '2) Move the pumps',
      '3) Close the lock',
    ]);
  });

  it('does not treat a lone list number as a sentence', () => {
    const text = '3. The third point is cost.';
    expect(sentencesOf(text)).toEqual(['3. The third point is cost.']);
  });
});

describe('splitSentences span invariants', () => {
  it('stays inside the paragraph it is given and trims whitespace', () => {
    const text = 'Intro.\n\n  First one. Second one.  \n\nOutro.';
    const start = text.indexOf('First') - 2;
    const end = text.indexOf('Outro') - 2;
    const spans = splitSentences(text, { start, end });
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['First one.', 'Second one.']);
    expect(spans.every((s) => s.start >= start && s.end <= end)).toBe(true);
  });

  it('covers all non-space text of the paragraph', () => {
    const text = 'A. B. Carter said so. "Fine!" she replied... Done? Yes; done.';
    const spans = splitSentences(text, { start: 0, end: text.length });
    const covered = spans.map((s) => text.slice(s.start, s.end)).join('');
    expect(covered.replace(/\s+/g, '')).toBe(text.replace(/\s+/g, ''));
  });

  it('returns one sentence for text without final punctuation', () => {
    expect(sentencesOf('Breaking news from the county fair')).toEqual([
      'Breaking news from the county fair',
    ]);
  });

  it('splits the paragraphs of an article in one pass as it splits each alone', () => {
    const text =
      'Road Work Ahead\n\nCrews closed two lanes of Route 9 on Monday. Traffic backed up for miles.\n\n1. Use the ferry 2. Leave early\n\nThe work ends Friday, officials said.';
    const paragraphs = [
      { start: 0, end: 15 },
      { start: 17, end: text.indexOf('\n\n1.') },
      { start: text.indexOf('1.'), end: text.indexOf('\n\nThe work') },
      { start: text.indexOf('The work'), end: text.length },
    ];
    const together: { start: number; end: number }[] = [];
    const scan = newTerminalScan();
    for (const p of paragraphs) appendSentences(text, p.start, p.end, together, scan);
    const apart = paragraphs.flatMap((p) => splitSentences(text, p));
    expect(together).toEqual(apart);
    expect(together.map((s) => text.slice(s.start, s.end))).toEqual([
      'Road Work Ahead',
      'Crews closed two lanes of Route 9 on Monday.',
      'Traffic backed up for miles.',
      '1. Use the ferry',
      '2. Leave early',
      'The work ends Friday, officials said.',
    ]);
  });
});
