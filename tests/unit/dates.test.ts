import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractDates } from '../../functions/extract-dates/dates.ts';
import type { ArticleForExtraction, TemporalExpression } from '../../shared/article.ts';

/** Published on a Thursday. */
const PUBLISHED = '2017-07-06';

function article(text: string, publishedAt: string | null = PUBLISHED): ArticleForExtraction {
  // One sentence per line keeps the tense of each example to itself.
  const sentences = [...text.matchAll(/[^\n]+/g)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
  }));
  return { text, title: null, paragraphs: sentences, sentences, publishedAt };
}

/** One paragraph whose sentences end before a capital, so a day named carries to the next. */
function oneParagraph(text: string): ArticleForExtraction {
  const sentences: { start: number; end: number }[] = [];
  let start = 0;
  for (const m of text.matchAll(/(?<=[.!?]) (?=[A-Z])/g)) {
    sentences.push({ start, end: m.index });
    start = m.index + 1;
  }
  sentences.push({ start, end: text.length });
  return {
    text,
    title: null,
    paragraphs: [{ start: 0, end: text.length }],
    sentences,
    publishedAt: PUBLISHED,
  };
}

function find(dates: TemporalExpression[], text: string): TemporalExpression | undefined {
  return dates.find((d) => d.text === text);
}

/** Each sentence, alone, gives its phrase the value: [sentence, phrase, value]. */
function expectValues(cases: [string, string, string][], published = PUBLISHED): void {
  for (const [text, phrase, value] of cases)
    expect([text, find(extractDates(article(text, published)), phrase)?.value]).toEqual([
      text,
      value,
    ]);
}

describe('extractDates', () => {
  it('reads a weekday in a past-tense sentence as the most recent one, or the day itself', () => {
    const text = 'The council voted on Tuesday.\nThe mayor resigned on Thursday.';

    const dates = extractDates(article(text));

    expect(find(dates, 'Tuesday')?.value).toBe('2017-07-04');
    expect(find(dates, 'Thursday')?.value).toBe('2017-07-06');
  });

  it('reads "the then-current" as a present of the past (PAST_REF)', () => {
    const dates = extractDates(article('Holders could buy stock at the then-current price.'));

    expect(find(dates, 'then-current')).toMatchObject({ type: 'DATE', value: 'PAST_REF' });
  });

  it('counts "the previous Friday" from the day the story named, however far before', () => {
    const text =
      'Grain prices fell sharply on Monday, June 26, as traders sold.\n' +
      'Dealers blamed the weather in the plains, a late frost in the north, thin volume ahead of ' +
      'the holiday and a stronger dollar, which all weighed on the market through the session.\n' +
      'Several large funds trimmed their positions, and buyers from overseas stayed away, so the ' +
      'few trades that did go through were small and were made at steadily lower prices.\n' +
      'The benchmark ended 4% below its close of the previous Friday.';

    const dates = extractDates(article(text));

    expect(find(dates, 'the previous Friday')?.value).toBe('2017-06-23');
  });

  it('reads "For the year," opening a sentence as the story\'s year, and "for the year" as a span', () => {
    const text = 'For the year, revenue rose 4%.\nThe coach stayed for the year.';

    const dates = extractDates(article(text));

    expect(dates.map((d) => [d.type, d.value])).toEqual([
      ['DATE', '2017'],
      ['DURATION', 'P1Y'],
    ]);
  });

  it('reads "the year" as the year last named only until a date of another year comes between', () => {
    const told =
      'The mill first opened in 2009. Much of the year, it ran at a loss.\n' +
      'The mill first opened in 2009. A video of it went viral last week. Much of the year, it ran at a loss.';

    const dates = extractDates(article(told)).filter((d) => d.text === 'the year');

    expect(dates.map((d) => d.value)).toEqual(['2009', '2017']);
  });

  it('leaves "earlier" and "later" before a weekday out of its extent, "late" in it', () => {
    const text =
      'Earlier Friday, lawyers filed a petition. The judge ruled later Monday.\nThe vote ran late Tuesday.';

    const dates = extractDates(article(text));

    expect(dates.map((d) => [d.text, d.value, d.mod])).toEqual([
      ['Friday', '2017-06-30', undefined],
      ['Monday', '2017-07-03', undefined],
      ['late Tuesday', '2017-07-04', 'END'],
    ]);
  });

  it('reads a weekday in a future-tense sentence as the next one', () => {
    const dates = extractDates(article('The board will meet on Monday to decide.'));

    expect(dates).toEqual([
      { start: 23, end: 29, text: 'Monday', type: 'DATE', value: '2017-07-10' },
    ]);
  });

  it('places a month without a year before publication unless the sentence looks ahead', () => {
    const text = 'In May, the agency fined the company.\nThe agency will rule in September.';

    const dates = extractDates(article(text));

    expect(find(dates, 'May')?.value).toBe('2017-05');
    expect(find(dates, 'September')?.value).toBe('2017-09');
  });

  it('does not take the modal "may" for a month', () => {
    const dates = extractDates(article('The rules may change, officials said.'));

    expect(dates).toEqual([]);
  });

  it('reads "March" after "the" and before a noun as the month, but not a march', () => {
    const text =
      'Officials prepared for the March vote.\nThousands joined the March on the capital.';

    const dates = extractDates(article(text));

    expect(dates.map((d) => [d.text, d.value])).toEqual([['March', '2017-03']]);
  });

  it('reads "March" after "for", "with" or an opening "That", or opening a figure, as the month', () => {
    const text =
      'Sales for March rose 2 percent.\nExports rose, compared with March.\nMarch exports fell.\n' +
      'She moved in 2009. That March, she married.\n' +
      'Thousands rallied for a March for Life.\nBuses were booked for March on Washington.';

    const dates = extractDates(article(text));

    expect(dates.map((d) => [d.text, d.value])).toEqual([
      ['March', '2017-03'],
      ['March', '2017-03'],
      ['March', '2017-03'],
      ['2009', '2009'],
      ['That March', '2009-03'],
    ]);
  });

  it('reads "March" after an article or a possessive and before a noun as the month', () => {
    const text =
      'She regretted her March remarks.\nAt a March meeting, the board voted.\nThe state moved its March primary.\nOhio’s March vote was close.\nThousands joined a March for jobs.\nHe led his March across the state.\nWomen’s March organizers said the rally drew thousands.\nThe group’s March organizers met.\nSunday’s March took place without incident.\nThe March rally in stocks faded.\nFriday’s March jobs report showed gains.\nSaturday’s March featured speeches.\nTuesday’s March primary was close.\nSaturday’s March saw thousands.\nSunday’s March also drew crowds.';

    const dates = extractDates(article(text));

    expect(dates.map((d) => [d.text, d.value])).toEqual([
      ['March', '2017-03'],
      ['March', '2017-03'],
      ['March', '2017-03'],
      ['March', '2017-03'],
      ['Sunday', '2017-07-02'],
      ['March', '2017-03'],
      ['Friday', '2017-06-30'],
      ['March', '2017-03'],
      ['Saturday', '2017-07-01'],
      ['Tuesday', '2017-07-04'],
      ['March', '2017-03'],
      ['Saturday', '2017-07-01'],
      ['Sunday', '2017-07-02'],
    ]);
  });

  it('resolves relative weeks, months and years to TimeML values', () => {
    const text = 'Sales fell last week.\nPrices rose last month.\nThe plant opens next year.';

    const dates = extractDates(article(text));

    expect(find(dates, 'last week')?.value).toBe('2017-W26');
    expect(find(dates, 'last month')?.value).toBe('2017-06');
    expect(find(dates, 'next year')?.value).toBe('2018');
  });

  it('reads "this past week" late in the week as the week now ending, early in it as the one before', () => {
    const text =
      'Shares rose this past week.\nHe has been in Boston for the past week.\nSales fell last week.';
    const weekOf = (published: string) =>
      extractDates(article(text, published)).map((d) => [d.text, d.value]);

    // Saturday 2017-07-08 is in week 27; Tuesday 2017-07-04 too.
    expect(weekOf('2017-07-08')).toEqual([
      ['this past week', '2017-W27'],
      ['the past week', '2017-W27'],
      ['last week', '2017-W26'],
    ]);
    expect(weekOf('2017-07-04')).toEqual([
      ['this past week', '2017-W26'],
      ['the past week', '2017-W26'],
      ['last week', '2017-W26'],
    ]);
  });

  it('reads no week before publication in "the last week of the campaign"', () => {
    const dates = extractDates(article('Polls tightened in the last week of the campaign.'));

    expect(dates).toEqual([]);
  });

  it('reads "this past weekend" on a Sunday as the weekend now ending, on a Monday as the one before', () => {
    const text = 'The team won twice this past weekend.';
    const value = (published: string) => extractDates(article(text, published))[0]?.value;

    expect(value('2017-07-09')).toBe('2017-W27-WE');
    expect(value('2017-07-10')).toBe('2017-W27-WE');
    expect(value('2017-07-12')).toBe('2017-W27-WE');
  });

  it('keeps modifiers in the extent and marks them with a mod', () => {
    const dates = extractDates(article('The merger should close early next month.'));

    expect(find(dates, 'early next month')).toMatchObject({ value: '2017-08', mod: 'START' });
  });

  it('counts "ago" back from the publication date at the grain of its unit', () => {
    const dates = extractDates(article('The mill closed three years ago.'));

    expect(find(dates, 'three years ago')).toMatchObject({ type: 'DATE', value: '2014' });
  });

  it('leaves "over" out of a span it spreads something over, even after a particle "in"', () => {
    const dates = extractDates(article('The levy will be brought in over the next four years.'));

    expect(dates.map((d) => [d.text, d.type, d.value, d.mod])).toEqual([
      ['the next four years', 'DURATION', 'P4Y', undefined],
    ]);
  });

  it('reads "the final quarter of last year" as the fourth quarter of the year before', () => {
    const dates = extractDates(article('Orders slumped in the final quarter of last year.'));

    expect(dates.map((d) => [d.text, d.type, d.value])).toEqual([
      ['the final quarter of last year', 'DATE', '2016-Q4'],
    ]);
  });

  it('reads a quarter named after a plain "will" as one still ahead', () => {
    // Published in the first quarter: the fourth quarter just behind is as near as the one ahead.
    const text =
      'Demand will pick up in the fourth quarter, the agency said.\nDemand fell in the fourth quarter.';

    const dates = extractDates(article(text, '2017-03-09'));

    expect(dates.map((d) => d.value)).toEqual(['2017-Q4', '2016-Q4']);
  });

  it('reads "the year through September" as a span told by its end, like "the year to"', () => {
    const dates = extractDates(article('Exports in the year through May rose 6%.'));

    expect(find(dates, 'the year')).toMatchObject({ type: 'DURATION', value: 'P1Y' });
  });

  it('reads "the past two years" as a duration with its determiner in the extent', () => {
    const dates = extractDates(article('Exports doubled over the past two years.'));

    expect(dates.map((d) => [d.text, d.type, d.value])).toEqual([
      ['the past two years', 'DURATION', 'P2Y'],
    ]);
  });

  it('leaves the article of a noun phrase out of an adjectival duration', () => {
    const dates = extractDates(article('Shares hit a five-year low.'));

    expect(dates.map((d) => [d.text, d.value])).toEqual([['five-year', 'P5Y']]);
  });

  it('reads a count before an adjectival duration as a count of things, not part of the number', () => {
    const dates = extractDates(
      article('The governor won two four-year terms; the rebuild took twenty-one months.'),
    );

    expect(dates.map((d) => [d.text, d.value])).toEqual([
      ['four-year', 'P4Y'],
      ['twenty-one months', 'P21M'],
    ]);
  });

  it('reads the second day of a pair under one month as a date of its own', () => {
    const text = 'The summit was held on June 8 and 9.';

    const dates = extractDates(article(text));

    expect(dates.map((d) => [d.text, d.value])).toEqual([
      ['June 8', '2017-06-08'],
      ['9', '2017-06-09'],
    ]);
  });

  it('reads "a month" after "as long as" as a span, and "$5 a month" as none', () => {
    const text = 'The repairs may last as long as a month.\nThe service costs $5 a month.';

    const dates = extractDates(article(text));

    expect(dates.map((d) => [d.text, d.type, d.value])).toEqual([['a month', 'DURATION', 'P1M']]);
  });

  it('reads the middle of a part of the day with the day it belongs to', () => {
    const text =
      'The ferry sailed at midmorning.\nBy midevening the hall was full.\n' +
      'By mid afternoon the crowd had left.\nShares were up 2% at mid-afternoon yesterday.';

    const dates = extractDates(article(text));

    expect(dates.map((d) => [d.text, d.value, d.mod])).toEqual([
      ['midmorning', '2017-07-06TMO', 'MID'],
      ['midevening', '2017-07-06TEV', 'MID'],
      ['mid afternoon', '2017-07-06TAF', 'MID'],
      ['mid-afternoon yesterday', '2017-07-05TAF', 'MID'],
    ]);
  });

  it('keeps "the next" and "the previous" in the extent of a part of the day or a weekday', () => {
    const arrest =
      'The driver was detained on March 3, 2016, and released on bail the next morning.';
    const shares = 'Shares closed 2% below the previous Friday.';

    const dates = [...extractDates(article(arrest)), ...extractDates(article(shares))];

    expect(dates.map((d) => [d.text, d.value])).toEqual([
      ['March 3, 2016', '2016-03-03'],
      ['the next morning', '2016-03-04TMO'],
      ['the previous Friday', '2017-06-30'],
    ]);
  });

  it('keeps an open or hedged end in the extent: "or later", "and beyond", "or so"', () => {
    const text =
      'The mine will not reopen until 2031 or later.\nPrices should hold through 2030 and beyond.\nThe plant will be rebuilt over the next year or so.';

    const dates = extractDates(article(text));

    expect(dates.map((d) => [d.text, d.mod])).toEqual([
      ['2031 or later', 'ON_OR_AFTER'],
      ['2030 and beyond', 'ON_OR_AFTER'],
      ['the next year or so', 'APPROX'],
    ]);
  });

  it('reads "the week" before a possessive as the week of the story', () => {
    const text = "Volume hit the week's high on Wednesday.\nThe day's events were calm.";

    const dates = extractDates(article(text));

    expect(dates.map((d) => d.text)).toEqual(['the week', 'Wednesday']);
  });

  it('does not read "soon" in a past narrative as a reference to the future', () => {
    const text =
      'The trickle of donations soon became a flood.\nOfficials said they might soon approve the plan.';

    const dates = extractDates(article(text));

    expect(dates.map((d) => [d.start, d.text, d.value])).toEqual([
      [text.lastIndexOf('soon'), 'soon', 'FUTURE_REF'],
    ]);
  });

  it('reads "for a while" and "for some time" as durations of no stated length', () => {
    const text = 'Talks will be stalled for a while.\nThe plant had been idle for quite some time.';

    const dates = extractDates(article(text));

    expect(dates.map((d) => [d.text, d.type, d.value])).toEqual([
      ['a while', 'DURATION', 'PXX'],
      ['quite some time', 'DURATION', 'PXX'],
    ]);
  });

  it('reads a unit made an adjective without a count as a duration, and an age as none', () => {
    const text =
      'The decades-long feud ended after a day-long meeting.\nA 6-year-old girl was rescued.';

    const dates = extractDates(article(text));

    expect(dates.map((d) => [d.text, d.type, d.value])).toEqual([
      ['decades-long', 'DURATION', 'PXDE'],
      ['day-long', 'DURATION', 'P1D'],
    ]);
  });

  it('leaves "just" and an adjective of the noun phrase out of a duration', () => {
    const text = 'The hearing lasted just over an hour.\nThe judge granted an extra 30-day delay.';

    const dates = extractDates(article(text));

    expect(dates.map((d) => [d.text, d.value])).toEqual([
      ['over an hour', 'PT1H'],
      ['30-day', 'P30D'],
    ]);
  });

  it('keeps "earlier" and "later" in the extent of a day or year the story named', () => {
    const text =
      'The mill closed on March 3, 2015. Earlier that day, workers had walked out.\nIt reopened later that year.';

    const dates = extractDates(article(text));

    expect(dates.map((d) => d.text)).toEqual([
      'March 3, 2015',
      'Earlier that day',
      'later that year',
    ]);
  });

  it('reads a holiday followed by "week" as the week it falls in', () => {
    const dates = extractDates(article('Pilgrims filled the city as Easter week began.'));

    expect(dates.map((d) => [d.text, d.value])).toEqual([['Easter week', '2017-W15']]);
  });

  it('reads the days of Holy Week and the other movable feasts counted from Easter', () => {
    // Easter 2018 falls on April 1; published 2018-03-21, a Wednesday.
    const text =
      'The pope will lead Mass on Palm Sunday.\nPilgrims arrive for Holy Week.\nHe washes feet on Holy Thursday.\nThe banks close on Easter Monday.\nLent began on Ash Wednesday.';

    const dates = extractDates(article(text, '2018-03-21'));

    expect(dates.map((d) => [d.text, d.value])).toEqual([
      ['Palm Sunday', '2018-03-25'],
      ['Holy Week', '2018-W13'],
      ['Holy Thursday', '2018-03-29'],
      ['Easter Monday', '2018-04-02'],
      ['Ash Wednesday', '2018-02-14'],
    ]);
  });

  it('reads the fixed and weekday holidays of the US calendar', () => {
    const text =
      'The parade will be held on Columbus Day.\nThe office will close for Juneteenth.\nStores will cut prices on Cyber Monday.';

    const dates = extractDates(article(text));

    expect(dates.map((d) => [d.text, d.value])).toEqual([
      ['Columbus Day', '2017-10-09'],
      ['Juneteenth', '2018-06-19'],
      ['Cyber Monday', '2017-11-27'],
    ]);
  });

  it('takes the year in which a date falls on the weekday written with it', () => {
    // Published Thursday 2017-07-06. July 4, 2017 is a Tuesday; July 10, 2017 a Monday;
    // 4 July 2018 is a Wednesday.
    const text =
      'The parade will be held on Tuesday, July 4.\nThe vote will be on Monday, July 10.\nThe fair opens on Wednesday 4 July.';

    const dates = extractDates(article(text));

    expect(dates.map((d) => [d.text, d.value])).toEqual([
      ['Tuesday, July 4', '2017-07-04'],
      ['Monday, July 10', '2017-07-10'],
      ['Wednesday 4 July', '2018-07-04'],
    ]);
  });

  it('does not move a past day written with its weekday into a coming year', () => {
    // Published 2017-07-06: Aug. 1 is a Wednesday in 2018 only, of the years next to it.
    const dates = extractDates(article('The plant closed on Wednesday, Aug. 1.'));

    expect(dates.map((d) => [d.text, d.value])).toEqual([['Wednesday, Aug. 1', '2016-08-01']]);
  });

  it('reads "the week of" a day as that week', () => {
    const dates = extractDates(article('A trial was set for the week of March 13, 2017.'));

    expect(dates.map((d) => [d.text, d.value])).toEqual([
      ['the week of March 13, 2017', '2017-W11'],
    ]);
  });

  it('keeps the article before an edge of a season in the extent', () => {
    const dates = extractDates(article('Demand has grown since the early summer.'));

    expect(dates.map((d) => [d.text, d.mod])).toEqual([['the early summer', 'START']]);
  });

  it('reads "that same day" as the day the story last named', () => {
    const text = 'The mill closed on March 3, 2015, and its owner left town that same day.';

    const dates = extractDates(article(text));

    expect(dates.map((d) => [d.text, d.value])).toEqual([
      ['March 3, 2015', '2015-03-03'],
      ['that same day', '2015-03-03'],
    ]);
  });

  it('reads "that day" after a month as a day of that month', () => {
    const text = 'The site went offline in October 2016 and was restored that same day.';

    const dates = extractDates(article(text));

    expect(dates.map((d) => [d.text, d.value])).toEqual([
      ['October 2016', '2016-10'],
      ['that same day', '2016-10-XX'],
    ]);
  });

  it('reads "that day" after a month still ahead, told in the past, as a day of no known date', () => {
    const text =
      'An aide said the race "will not be over in September."\nThe plan outlined that day was bold.';

    const dates = extractDates(article(text));

    expect(dates.map((d) => [d.text, d.value])).toEqual([
      ['September', '2017-09'],
      ['that day', 'XXXX-XX-XX'],
    ]);
  });

  it('counts "a year earlier" from the quarter the article last mentioned', () => {
    const text = 'Profit rose 8% in the second quarter from a year earlier.';

    const dates = extractDates(article(text));

    expect(find(dates, 'the second quarter')?.value).toBe('2017-Q2');
    expect(find(dates, 'a year earlier')?.value).toBe('2016-Q2');
  });

  it('gives reference words their TimeML reference values', () => {
    const text = 'The plant is now closed.\nIt was recently sold.';

    const dates = extractDates(article(text));

    expect(find(dates, 'now')?.value).toBe('PRESENT_REF');
    expect(find(dates, 'recently')?.value).toBe('PAST_REF');
  });

  it('reads "an additional year" and "a full week" as spans of one unit', () => {
    const text = 'The loan may be extended for an additional year.\nThe strike lasted a full week.';

    const dates = extractDates(article(text));

    expect(dates.map((d) => [d.text, d.type, d.value])).toEqual([
      ['an additional year', 'DURATION', 'P1Y'],
      ['a full week', 'DURATION', 'P1W'],
    ]);
  });

  it('reads "several quarters of" as a span and "three quarters of" as a share', () => {
    const text =
      'The chain swung back to profit after several quarters of decline.\nThree quarters of the staff left.';

    const dates = extractDates(article(text));

    expect(dates.map((d) => [d.text, d.value])).toEqual([['several quarters', 'PXQ']]);
  });

  it('leaves the intensifier of "right now" out of the extent', () => {
    const text = 'Right now the evidence is thin.';

    const dates = extractDates(article(text));

    expect(dates).toEqual([{ start: 6, end: 9, text: 'now', type: 'DATE', value: 'PRESENT_REF' }]);
  });

  it('reads recurring times as sets', () => {
    const text = 'The ferry runs daily.\nThe market opens every Monday.';

    const dates = extractDates(article(text));

    expect(find(dates, 'daily')).toMatchObject({ type: 'SET', value: 'P1D' });
    expect(find(dates, 'every Monday')).toMatchObject({ type: 'SET', value: 'XXXX-WXX-1' });
  });

  it('reads a part of a decade as one expression with its edge in the mod', () => {
    const text =
      "Growth slowed at the end of the 1990s.\nRents rose in the first half of the '80s.";

    const dates = extractDates(article(text));

    expect(dates.map((d) => [d.text, d.value, d.mod])).toEqual([
      ['the end of the 1990s', '199', 'END'],
      ["the first half of the '80s", '198', 'START'],
    ]);
  });

  it('reads decades and hundreds before 1600 as it reads later ones', () => {
    expectValues([
      ['The chapel was rebuilt in the 1500s.', 'the 1500s', '15'],
      ['The relic dates from the 1100s.', 'the 1100s', '11'],
      ['The monastery flourished in the 1300s and 1400s.', '1400s', '14'],
      ['Trade grew in the early 1230s.', 'the early 1230s', '123'],
    ]);
    expect(extractDates(article('About 1200 people came, and 1500 more stayed home.'))).toEqual([]);
  });

  it('reads a half of a unit other than the year as a span, and "the past hour" as one too', () => {
    const text =
      'Over the next half hour, the crowd thinned.\n' +
      'The valley has dried out in the past half century.\n' +
      'Shares swung in the first half hour of trading.\n' +
      'Nothing moved over the past hour.\n' +
      'He lost ground over the past half-dozen days.\n' +
      'It took half a dozen years.\n' +
      'They changed the plan at the last minute.\n' +
      'Profits rose in the second half of the year.';

    const dates = extractDates(article(text));

    expect(dates.map((d) => [d.text, d.type, d.value])).toEqual([
      ['the next half hour', 'DURATION', 'PT30M'],
      ['the past half century', 'DURATION', 'P50Y'],
      ['the first half hour', 'DURATION', 'PT30M'],
      ['the past hour', 'DURATION', 'PT1H'],
      ['the past half-dozen days', 'DURATION', 'P6D'],
      ['half a dozen years', 'DURATION', 'P6Y'],
      ['the second half of the year', 'DATE', '2017-H2'],
    ]);
  });

  it('reads "N years ago this week" as one anniversary, to the grain of its last words', () => {
    expectValues([
      ['The dam broke 50 years ago this week.', '50 years ago this week', '1967-W27'],
      ['A decade ago today, the plant opened.', 'A decade ago today', '2007-07-06'],
      ['Ten years ago this month, it closed.', 'Ten years ago this month', '2007-07'],
      ['Five days ago today, it rained.', 'Five days ago', '2017-07-01'],
    ]);
  });

  it('reads clock times, days, years and decades said in words, as transcripts give them', () => {
    expectValues([
      ['The storm hit at six a.m. local time.', 'six a.m.', '2017-07-06T06:00'],
      ['We reached him at nine this morning.', 'nine this morning', '2017-07-06T09:00'],
      ['The flight left at seven fifteen p.m.', 'seven fifteen p.m.', '2017-07-06T19:15'],
      [
        'He called at ten oh five in the morning.',
        'ten oh five in the morning',
        '2017-07-06T10:05',
      ],
      ['The curfew begins at eleven tonight.', 'eleven tonight', '2017-07-06T23:00'],
      ['The polls closed at eight p.m. Tuesday.', 'eight p.m. Tuesday', '2017-07-04T20:00'],
      ['The vote was held on March twenty-second.', 'March twenty-second', '2017-03-22'],
      ['The rule began on June first.', 'June first', '2017-06-01'],
      ['On the twenty-second of March, it passed.', 'the twenty-second of March', '2017-03-22'],
      ['She was elected in twenty twelve.', 'twenty twelve', '2012'],
      ['The boom began in the nineteen eighties.', 'the nineteen eighties', '198'],
      ['It peaked in the early nineteen-nineties.', 'the early nineteen-nineties', '199'],
    ]);
    // A number in words with a part of the day is a clock reading only after a word of time; a
    // month in lower case is no month; two counts are no year.
    expect(extractDates(article('Twelve this morning were hurt.')).map((d) => d.text)).toEqual([
      'this morning',
    ]);
    expect(extractDates(article('You may first want to rest.'))).toEqual([]);
    expect(extractDates(article('There were twenty twelve-year-olds.'))).toEqual([]);
  });

  it('reads the end of the century, the year 1100, and the coming year written in its first days', () => {
    expectValues(
      [
        ['By the end of the century, seas will rise.', 'the end of the century', '20'],
        ['The keep was built in the year 1100.', 'the year 1100', '1100'],
        ['He was crowned in the year 800.', 'the year 800', '0800'],
        ['The coming year will be hard.', 'The coming year', '2019'],
      ],
      '2019-01-02',
    );
    expectValues([['The coming year will be hard.', 'The coming year', '2018']], '2017-12-28');
    expect(extractDates(article('It was the storm of the century.'))).toEqual([]);
    // A figure after "the year" is a change, not a year.
    for (const text of [
      'The index ended the year 5 percent higher.',
      'The index ended the year 5 per cent higher.',
      'The Dow finished the year 40 points lower.',
    ])
      expect([text, extractDates(article(text)).map((d) => d.text)]).toEqual([text, ['the year']]);
  });

  it('reads a holiday or long weekend by the tense it is told in', () => {
    // 2016-09-07 is the Wednesday after a Monday holiday.
    expectValues(
      [
        ['Roads were jammed over the holiday weekend.', 'the holiday weekend', '2016-W35-WE'],
        ['Many left town for the long weekend.', 'the long weekend', '2016-W35-WE'],
        ['Usually, this holiday weekend is quiet.', 'this holiday weekend', '2016-W35-WE'],
        ['Shops will open this holiday weekend.', 'this holiday weekend', '2016-W36-WE'],
        ['The three-day weekend begins Friday.', 'The three-day weekend', '2016-W36-WE'],
      ],
      '2016-09-07',
    );
  });

  it('reads a weekday that a past request or decision sets as still ahead', () => {
    // 2017-07-05 is a Wednesday.
    expectValues(
      [
        ['The union on Tuesday called for a strike starting Friday.', 'Friday', '2017-07-07'],
        ['Police urged residents to leave before Saturday.', 'Saturday', '2017-07-08'],
        ['Voters were asked to return ballots by Friday.', 'Friday', '2017-07-07'],
        ['The judge gave lawyers until Friday to respond.', 'Friday', '2017-07-07'],
        // A past event, a past deadline already overtaken, and the time of a noun stay past.
        ['The strike started Friday.', 'Friday', '2017-06-30'],
        ['She had urged them to finish by Friday.', 'Friday', '2017-06-30'],
        ['He urged calm after her Friday speech.', 'Friday', '2017-06-30'],
        // A decision is dated by the day it was made.
        ['The council voted to approve the budget Tuesday.', 'Tuesday', '2017-07-04'],
        ['The company agreed to sell the unit Monday.', 'Monday', '2017-07-03'],
      ],
      '2017-07-05',
    );
  });

  it('counts "the previous quarter" and "the following weekend" from the date the story told', () => {
    const dates = extractDates(
      oneParagraph(
        'On Tuesday, June 9, 2015, the city approved the plan. The following weekend, protesters marched. ' +
          'The previous weekend had been quiet. In the previous quarter, tax receipts had fallen.',
      ),
    );

    expect(dates.map((d) => [d.text, d.value])).toEqual([
      ['Tuesday, June 9, 2015', '2015-06-09'],
      ['The following weekend', '2015-W24-WE'],
      ['The previous weekend', '2015-W23-WE'],
      ['the previous quarter', '2015-Q1'],
    ]);
  });

  it('reads "that September" as the month of the year the story tells, "that" in its extent', () => {
    const dates = extractDates(
      oneParagraph(
        'Smith joined the firm in 1998. That September, he moved to Denver. Later that October he quit. ' +
          'In that November speech, he wept. He said that December sales were weak.',
      ),
    );

    expect(dates.map((d) => [d.text, d.value])).toEqual([
      ['1998', '1998'],
      ['That September', '1998-09'],
      ['that October', '1998-10'],
      ['November', '1998-11'],
      ['December', '2016-12'],
    ]);
  });

  it('reads a month a present sentence compares a figure with as gone, and a month joined to another as following it', () => {
    expectValues(
      [
        ['The rate is now 4.1 percent, up from 3.9 percent in January.', 'January', '2018-01'],
        ['The index is down from its peak in January.', 'January', '2018-01'],
        ['The stock is up 20 percent since its low in February.', 'February', '2018-02'],
        ['Brief lapses occurred in January and February.', 'February', '2018-02'],
        // Nothing compared: the nearest January, the coming one.
        ['The new rules are in force in January.', 'January', '2019-01'],
      ],
      '2018-12-31',
    );
    expectValues(
      [
        ['Sales rose in April and May.', 'May', '2016-05'],
        ['He visited in April, May and June.', 'May', '2016-05'],
      ],
      '2017-03-06',
    );
    // A past list never reaches past publication.
    expectValues(
      [['The two polls, in February and October, were tied.', 'October', '2015-10']],
      '2016-05-12',
    );
  });

  it('reads a weekday an event is given by "is" as the coming one', () => {
    // 2015-05-27 is a Wednesday.
    expectValues(
      [
        ['The vote is Tuesday.', 'Tuesday', '2015-06-02'],
        ['Her next race is Sunday in Chicago.', 'Sunday', '2015-05-31'],
        ['The funeral is on Monday.', 'Monday', '2015-06-01'],
        ['The vote was Tuesday.', 'Tuesday', '2015-05-26'],
      ],
      '2015-05-27',
    );
  });

  it('reads a weekday after a modal of what may yet happen as the coming one', () => {
    // 2018-09-08 is a Saturday: the nearest Thursday was two days before.
    expectValues(
      [
        ['The storm could reach the coast Thursday.', 'Thursday', '2018-09-13'],
        ['The council may vote on the plan Thursday.', 'Thursday', '2018-09-13'],
        ['The mayor could not be reached for comment Thursday.', 'Thursday', '2018-09-06'],
        ['Only two of the boats could be found Thursday.', 'Thursday', '2018-09-06'],
        ['She should get a lift from the win Thursday.', 'Thursday', '2018-09-06'],
      ],
      '2018-09-08',
    );
  });

  it('reads a weekday whose only tense word is the attribution after it as the nearest one', () => {
    // 1985-03-14 is a Thursday: the nearest Sunday is three days ahead.
    expectValues(
      [
        ['The Celtics play Chicago Sunday, Jones said.', 'Sunday', '1985-03-17'],
        ['The Celtics lost to Chicago Sunday, Jones said.', 'Sunday', '1985-03-10'],
        ['On Sunday, Jones said, the team rested.', 'Sunday', '1985-03-10'],
        ['Sunday on the radio, Jones said the team was tired.', 'Sunday', '1985-03-10'],
      ],
      '1985-03-14',
    );
  });

  it('reads a month and day an event is given by "is" as still to come, however far ahead', () => {
    expectValues(
      [
        ['Polling day is Nov. 3, the clerk said.', 'Nov. 3', '2024-11-03'],
        ['The final is on March 10th in Leeds.', 'March 10th', '2024-03-10'],
        ['Polling day was Nov. 3, the clerk said.', 'Nov. 3', '2023-11-03'],
      ],
      '2024-01-05',
    );
  });

  it('reads a future passive with an adverb before its participle as future', () => {
    expectValues(
      [
        ['The nominee will be formally chosen in August.', 'August', '1996-08'],
        ['The plan is expected to be quickly approved in August.', 'August', '1996-08'],
        ['The nominee was formally chosen in January.', 'January', '1996-01'],
      ],
      '1996-02-26',
    );
  });

  it('reads "the new year" as the year about to begin or just begun, and race times as spans', () => {
    expectValues(
      [['Shoppers expect little relief in the new year.', 'the new year', '1998']],
      '1997-12-29',
    );
    expectValues([['Talks resume in the new year.', 'the new year', '1998']], '1998-01-03');
    expectValues([
      ['Kipchoge won in 2:03:05, a course record.', '2:03:05', 'PT2H3M5S'],
      ['He ran the mile in 3:51.1.', '3:51.1', 'PT3M51.1S'],
      ['The winning time was 1:44:29.', '1:44:29', 'PT1H44M29S'],
    ]);
    // A clock time without seconds stays a time of day.
    expect(find(extractDates(article('The meeting began at 10:30.')), '10:30')?.type).toBe('TIME');
  });

  it('reads "the same quarter of 2012" as one expression, the quarter the story is about', () => {
    const dates = extractDates(
      article(
        'In the third quarter, sales rose from the same quarter of 2011.\n' +
          'Exports in March beat the same month in 2015.',
        '2016-11-02',
      ),
    );
    expect(dates.map((d) => [d.text, d.value])).toEqual([
      ['the third quarter', '2016-Q3'],
      ['the same quarter of 2011', '2011-Q3'],
      ['March', '2016-03'],
      ['the same month in 2015', '2015-03'],
    ]);
    // A stretch no quarter names is of the year named.
    expectValues(
      [
        [
          'Registrations in the first ten months topped the same period in 2014.',
          'the same period in 2014',
          '2014',
        ],
      ],
      '2016-11-02',
    );
    // Before any quarter is told, the one last closed.
    expectValues(
      [['Profit beat the same quarter of 2012.', 'the same quarter of 2012', '2012-Q1']],
      '2013-05-02',
    );
  });

  it('reads "the full year" written in early January as the year just closed', () => {
    expectValues(
      [
        ['For the full year, sales are expected to total 10.4 million.', 'the full year', '2009'],
        ['The company will grow 5 percent over the full year.', 'the full year', '2010'],
      ],
      '2010-01-04',
    );
    expectValues(
      [['For the full year, profit rose 4 percent.', 'the full year', '2010']],
      '2010-03-04',
    );
  });

  it('reads a clock time before "next Saturday" or "last Monday" as one TIME on that day', () => {
    // 2006-10-01 is a Sunday.
    expectValues(
      [
        ['The sale begins at 10 a.m. next Saturday.', '10 a.m. next Saturday', '2006-10-07T10:00'],
        ['The sale began at 10 a.m. last Saturday.', '10 a.m. last Saturday', '2006-09-30T10:00'],
        ['We will meet at 9 a.m. this Friday.', '9 a.m. this Friday', '2006-10-06T09:00'],
      ],
      '2006-10-01',
    );
  });

  it('reads "remain closed" and "keep it closed" as no past, and a range of clock times as ending after it starts', () => {
    // 2016-01-22 is a Friday.
    expectValues(
      [
        ['Metro will keep it closed through the weekend.', 'the weekend', '2016-W03-WE'],
        ['Schools will remain closed through Tuesday.', 'Tuesday', '2016-01-26'],
        [
          'A warning was posted from 3 p.m. Friday to 6 a.m. Sunday.',
          '6 a.m. Sunday',
          '2016-01-24T06:00',
        ],
        ['Metro kept it closed through the weekend.', 'the weekend', '2016-W02-WE'],
      ],
      '2016-01-22',
    );
  });

  it('reads a weekday after a modal and its verb as ahead, even after a verb of saying', () => {
    // 2021-02-15 is a Monday.
    expectValues(
      [
        ['The operator said the outages could last through Tuesday.', 'Tuesday', '2021-02-16'],
        ['He said the plant may reopen on Thursday.', 'Thursday', '2021-02-18'],
        ['She said she would have won Tuesday.', 'Tuesday', '2021-02-09'],
      ],
      '2021-02-15',
    );
  });

  it('leaves counts, adjectives and impossible days out of spoken dates, and keeps anniversaries on real days', () => {
    for (const text of [
      'In twenty twelve cases, the court ruled.',
      'By March first responders had arrived.',
      'It happened on February thirtieth.',
      'He scored in the last minute.',
    ])
      expect([
        text,
        extractDates(article(text)).some((d) => /twenty|first|thirtieth|minute/.test(d.text)),
      ]).toEqual([text, false]);
    expectValues(
      [['The dam broke 50 years ago this week.', '50 years ago this week', '1965-W52']],
      '2016-01-01',
    );
    expectValues([['It opened a year ago today.', 'a year ago today', '2015-02-28']], '2016-02-29');
    expectValues(
      [['Sales have been strong since the new year.', 'the new year', '2017']],
      '2017-12-01',
    );
    // A long weekend opens on its Friday.
    expectValues(
      [['Traffic was heavy as the holiday weekend began.', 'the holiday weekend', '2016-W35-WE']],
      '2016-09-02',
    );
    // "from" with no figure compares nothing.
    expectValues(
      [['Flights from Boston in December are selling fast.', 'December', '2017-12']],
      '2017-07-05',
    );
  });

  it('finds no weekday inside the name "Selection Sunday"', () => {
    const dates = extractDates(article('Selection Sunday is March 17.', '2019-03-13'));

    expect(dates.map((d) => [d.text, d.value])).toEqual([['March 17', '2019-03-17']]);
  });

  it('reads the first or last two quarters of a year as that half, but "the last two quarters" as a span', () => {
    const text =
      'Orders should pick up through the first two quarters of 2018.\n' +
      'The mill lost money in the last two quarters of last year.\n' +
      'Margins have narrowed in the last two quarters.';

    const dates = extractDates(article(text));

    expect(dates.map((d) => [d.text, d.type, d.value])).toEqual([
      ['the first two quarters of 2018', 'DATE', '2018-H1'],
      ['the last two quarters of last year', 'DATE', '2016-H2'],
      ['the last two quarters', 'DURATION', 'P2Q'],
    ]);
  });

  it('reads a weekday after "planned a" as the event planned, still ahead', () => {
    const text = 'Organizers planned a march through the park on Saturday and were hoping for sun.';

    const dates = extractDates(article(text));

    expect(find(dates, 'Saturday')?.value).toBe('2017-07-08');
  });

  it('reads no date in the title of a weekday show, but reads a weekday night', () => {
    const text =
      'The comic joined the cast of Sunday Night Comedy Hour in May.\nThe cast met on Sunday night.';

    const dates = extractDates(article(text));

    expect(dates.map((d) => [d.text, d.value])).toEqual([
      ['May', '2017-05'],
      ['Sunday night', '2017-07-02'],
    ]);
  });

  it('reads the first or last week of a month as one ISO week, not as the month', () => {
    const text =
      'The new line opens in the first week of March.\nThe strike ended in the last week of June.';

    const dates = extractDates(article(text));

    expect(dates.map((d) => [d.text, d.value])).toEqual([
      ['the first week of March', '2018-W09'],
      ['the last week of June', '2017-W26'],
    ]);
  });

  it('reads the first or last day of a month as that day, one expression', () => {
    const text = [
      'The lease ended on the last day of June.',
      'Filing opens on the first day of March 2018.',
      'The fair closed on the final day of February 2016.',
      'Talks resumed on the second day of May.',
    ].join('\n');

    const dates = extractDates(article(text));

    expect(dates.map((d) => [d.text, d.value])).toEqual([
      ['the last day of June', '2017-06-30'],
      ['the first day of March 2018', '2018-03-01'],
      ['the final day of February 2016', '2016-02-29'],
      ['the second day of May', '2017-05-02'],
    ]);
  });

  it('reads "Will" inside a sentence as a name, not as a future, but "Will" opening a question as one', () => {
    const text =
      'On Tuesday, columnist George Will spoke at the dinner.\nWill the board meet on Tuesday?';

    const dates = extractDates(article(text));

    expect(dates.map((d) => d.value)).toEqual(['2017-07-04', '2017-07-11']);
  });

  it('reads a frequency adjective before a noun as a set, but not one naming a periodical', () => {
    const text = 'The union holds weekly meetings.\nShe writes for a weekly magazine.';

    const dates = extractDates(article(text));

    expect(dates.map((d) => [d.text, d.type, d.value])).toEqual([['weekly', 'SET', 'P1W']]);
  });

  it('reads a decade said in words after "the", but not an age', () => {
    const text = 'The band toured in the late sixties.\nThe singer is in her seventies.';

    const dates = extractDates(article(text));

    expect(dates).toEqual([
      { start: 19, end: 35, text: 'the late sixties', type: 'DATE', value: '196', mod: 'END' },
    ]);
  });

  it('reads a year said in words, with the month before it in the extent', () => {
    const text = 'The plant opened in June nineteen eighty-four.\nIt closed in nineteen ninety.';

    const dates = extractDates(article(text));

    expect(dates.map((d) => [d.text, d.value])).toEqual([
      ['June nineteen eighty-four', '1984-06'],
      ['nineteen ninety', '1990'],
    ]);
  });

  it('reads a weekday with a plural part of the day as a set', () => {
    const dates = extractDates(article('The ferry sails on Friday and Sunday evenings.'));

    expect(find(dates, 'Sunday evenings')).toMatchObject({ type: 'SET', value: 'XXXX-WXX-7TEV' });
  });

  it('joins a clock time to the weekday that follows it', () => {
    const dates = extractDates(article('Polls closed at 10 p.m. Tuesday, officials said.'));

    expect(find(dates, '10 p.m. Tuesday')).toMatchObject({
      type: 'TIME',
      value: '2017-07-04T22:00',
    });
  });

  it('reads years, decades, fiscal years and seasons', () => {
    const text =
      'The law dates from the 1990s.\nRevenue grew in fiscal 2016.\nThe bridge reopened this summer.';

    const dates = extractDates(article(text));

    expect(find(dates, 'the 1990s')?.value).toBe('199');
    expect(find(dates, 'fiscal 2016')?.value).toBe('2016');
    expect(find(dates, 'this summer')?.value).toBe('2017-SU');
  });

  it('leaves dates unanchored when the publication date is unknown', () => {
    const dates = extractDates(article('The hearing took place on June 28.', null));

    expect(find(dates, 'June 28')?.value).toBe('XXXX-06-28');
  });

  it('does not take a count of things for a year', () => {
    const dates = extractDates(article('The company employs 2000 workers in the region.'));

    expect(dates).toEqual([]);
  });

  it('reads a year before the plural of what elections and seasons are made of as a year', () => {
    const text =
      'Donors courted the Republican 2020 hopefuls.\nAll 2018 campaigns spent heavily.\nThe company employs 2018 workers.\nThe group has backed 1700 campaigns since it was founded.\nHe won the 1992 primaries.';

    const dates = extractDates(article(text));

    expect(dates.map((d) => [d.text, d.value])).toEqual([
      ['2020', '2020'],
      ['2018', '2018'],
      ['1992', '1992'],
    ]);
  });

  it('reads "post-2008" and "pre-1990" as the year with the side in the mod', () => {
    const text = 'Wages never recovered their pre-1990 levels in the post-2008 economy.';

    const dates = extractDates(article(text));

    expect(find(dates, 'pre-1990')).toMatchObject({ value: '1990', mod: 'BEFORE' });
    expect(find(dates, 'post-2008')).toMatchObject({ value: '2008', mod: 'AFTER' });
  });

  it('reads a year before a plural noun after "the", or before "was", as a year', () => {
    const text =
      'Turnout in the 2014 elections fell.\nThe club said 2015 was its best season.\n' +
      'She won the 1500 meters.';

    const dates = extractDates(article(text));

    expect(dates.map((d) => [d.text, d.value])).toEqual([
      ['2014', '2014'],
      ['2015', '2015'],
    ]);
  });

  it('reads "the quarter" in an earnings story as the quarter just ended', () => {
    const dates = extractDates(article('Net income fell 12% in the latest quarter.', '2017-10-25'));

    expect(find(dates, 'the latest quarter')?.value).toBe('2017-Q3');
  });

  it('leaves "the quarter of" a count of people, a fourth part, out', () => {
    const text =
      'She won the quarter of voters who called themselves liberal.\nProfits rose in the quarter.';

    const dates = extractDates(article(text, '2017-10-25'));

    expect(dates.map((d) => [d.start, d.value])).toEqual([[77, '2017-Q3']]);
  });

  it('reads "the past century" as the hundred years up to now, as "the past decade"', () => {
    const dates = extractDates(article('Few inventions of the past century matter more.'));

    expect(find(dates, 'the past century')).toMatchObject({ type: 'DURATION', value: 'P100Y' });
  });

  it('reads a passive after "get" as no past: "will start getting beat up in the spring" looks ahead', () => {
    expectValues([
      ['Retailers will start getting squeezed in the spring.', 'the spring', '2018-SP'],
      ['Retailers got squeezed in the spring.', 'the spring', '2017-SP'],
    ]);
  });

  it('reads "a Sunday talk show" told in the present as recurring, one told in the past as a day', () => {
    const text =
      'The pastor leads a Sunday service for veterans.\nThe critic writes a Friday column on films.\n' +
      'The mayor appeared on a Sunday talk show and denied it.';

    const dates = extractDates(article(text));

    expect(dates.map((d) => [d.text, d.type, d.value])).toEqual([
      ['Sunday', 'SET', 'XXXX-WXX-7'],
      ['Friday', 'SET', 'XXXX-WXX-5'],
      ['Sunday', 'DATE', '2017-07-02'],
    ]);
  });

  it('reads "a year when" as the year the sentence is told in, or the year it is set off after', () => {
    expectValues([
      ['In a year when rents are soaring, the plan matters.', 'a year', '2017'],
      ['The town last flooded in 1993, a year when the levee failed.', 'a year', '1993'],
      ['It is growing in a year in which exports have slumped.', 'a year', '2017'],
    ]);
    const past = extractDates(article('In a year when crops failed, the town held on.'));
    expect(find(past, 'a year')).toMatchObject({ type: 'DURATION', value: 'P1Y' });
  });

  it('reads a range of counts before "ago" as the point the first count reaches, approximately', () => {
    const text = 'The mill shut four or five years ago.\nThe pier reopened 10 to 12 days ago.';

    const dates = extractDates(article(text));

    expect(dates.map((d) => [d.text, d.type, d.value, d.mod])).toEqual([
      ['four or five years ago', 'DATE', '2013', 'APPROX'],
      ['10 to 12 days ago', 'DATE', '2017-06-26', 'APPROX'],
    ]);
  });

  it('does not place what a past-tense sentence tells on a day still ahead that the story named', () => {
    const text =
      'The new fares take effect on Aug. 1.\nThe ferry docked at 6 a.m. that day, and the crew slept in the afternoon.\n' +
      'Riders expect queues on Aug. 1. Officials will open extra gates that day.';

    const dates = extractDates(article(text));

    expect(dates.map((d) => [d.text, d.value])).toEqual([
      ['Aug. 1', '2017-08-01'],
      ['6 a.m.', '2017-07-06T06:00'],
      ['that day', 'XXXX-XX-XX'],
      ['the afternoon', '2017-07-06TAF'],
      ['Aug. 1', '2017-08-01'],
      ['that day', '2017-08-01'],
    ]);
  });

  it('reads a deadline told as past by the clause after it, a "when" clause too, as past', () => {
    // Published in March: the October before is nearer than the one ahead.
    const told =
      'By October, when the club was short of cash, its owners were looking for a buyer.';
    const dates = extractDates(article(told, '2017-03-06'));

    expect(find(dates, 'October')?.value).toBe('2016-10');
    expectValues([
      ['By October, the team ran out of cash.', 'October', '2016-10'],
      ['By October, when the season ends, the owners will sell the team.', 'October', '2017-10'],
    ]);
  });

  it('reads a weekday after "until" as a deadline ahead', () => {
    const dates = extractDates(article('The agency extended the deadline until Tuesday.'));

    expect(find(dates, 'Tuesday')?.value).toBe('2017-07-11');
  });

  it('reads a weekday after "until the end of" or "by the close of" as a deadline ahead', () => {
    expectValues([
      ['The bank has until the end of Monday to raise the money.', 'Monday', '2017-07-10'],
      ['Bidders have until the close of business Friday to reply.', 'Friday', '2017-07-07'],
      ['The plan must be filed by the end of the day Tuesday.', 'Tuesday', '2017-07-11'],
      // A past verb of its own clause still looks back from it.
      ['Shares fell 4 percent by the close of trading Monday.', 'Monday', '2017-07-03'],
    ]);
  });

  it('takes a month mentioned shortly ahead of publication as the coming one', () => {
    const dates = extractDates(article('Officials prepared for the summit in August.'));

    expect(find(dates, 'August')?.value).toBe('2017-08');
  });

  it('does not read a first name like "Jan" as a month', () => {
    const dates = extractDates(article('Foreign Minister Jan Novak arrived in Prague.'));

    expect(dates).toEqual([]);
  });

  it('puts a bare clock time on the day named just before it', () => {
    const dates = extractDates(
      article('The fire on Monday broke out at about 11:20 a.m. local time.'),
    );

    // "about" stays outside the expression, as news TimeML annotates it; its sense is the mod.
    expect(find(dates, '11:20 a.m.')).toMatchObject({
      type: 'TIME',
      value: '2017-07-03T11:20',
      mod: 'APPROX',
    });
  });

  it('puts a clock time on the holiday or the date named right after it', () => {
    const text =
      'The mayor spoke on Monday. Crews will report at 6 p.m. Christmas Eve.\n' +
      'Polls close at 8 p.m., on Election Day.';

    const dates = extractDates(article(text, '2018-10-03'));

    expect(find(dates, '6 p.m.')?.value).toBe('2018-12-24T18:00');
    expect(find(dates, '8 p.m.')?.value).toBe('2018-11-06T20:00');
  });

  it('puts a clock time in the small hours after the night just told on the morning after', () => {
    const text =
      'The fire broke out late Saturday night. By 6 a.m., crews had it contained, and at 9 a.m. the road reopened.\n' +
      'Crews reached the mill at 11:40 p.m. Monday; the fire was out by 2 a.m.\n' +
      'The match on Tuesday night ran long. Earlier, at 5 a.m., the team had landed.';

    const dates = extractDates(article(text));

    expect(dates.map((d) => [d.text, d.value])).toEqual([
      ['late Saturday night', '2017-07-01'],
      ['6 a.m.', '2017-07-02T06:00'],
      ['9 a.m.', '2017-07-02T09:00'],
      ['11:40 p.m. Monday', '2017-07-03T23:40'],
      ['2 a.m.', '2017-07-04T02:00'],
      ['Tuesday night', '2017-07-04'],
      ['5 a.m.', '2017-07-04T05:00'],
    ]);
  });

  it('reads a clock time without a.m. or p.m. after the evening it falls in as an evening hour', () => {
    const text =
      'The vigil began on Tuesday evening at 7:30.\nThe train leaves at 8:15 tonight.\nThe doors open at 6:45 in the evening.\nThe market opened on Tuesday morning at 9:30.\nThe count ended on Friday night, and at 9:30 the next day it resumed.\nThe bars closed on Friday night at 2:15.\nThe curfew ran from Friday night until 6:00.\nThe council met on Tuesday night at 6:30.\nThe concert began on Sunday evening at 4:30.\nThe polls stay open tonight until 7:00.\nSnow fell from Tuesday night until 7:30.';

    const dates = extractDates(article(text));

    expect(dates.filter((d) => d.type === 'TIME').map((d) => [d.text, d.value])).toEqual([
      ['7:30', '2017-07-04T19:30'],
      ['8:15 tonight', '2017-07-06T20:15'],
      ['6:45 in the evening', '2017-07-06T18:45'],
      ['9:30', '2017-07-04T09:30'],
      ['9:30', expect.stringMatching(/T09:30$/)],
      // One to four at night are the small hours of the next day; six "until" a night is morning.
      ['2:15', '2017-07-01T02:15'],
      ['6:00', expect.stringMatching(/T06:00$/)],
      ['6:30', '2017-07-04T18:30'],
      ['4:30', '2017-07-02T16:30'],
      ['tonight', '2017-07-06TNI'],
      ['7:00', '2017-07-06T19:00'],
      ['7:30', expect.stringMatching(/T07:30$/)],
    ]);
  });

  it('puts a bare clock time on the day a part of the day just named ("tonight") names', () => {
    const text =
      "The special airs on Aug. 14. She met him this morning, and tonight's show at 9 p.m. will tell.";

    const dates = extractDates(article(text));

    expect(find(dates, '9 p.m.')?.value).toBe('2017-07-06T21:00');
    const ferry = extractDates(
      article('The ferry left at 0630 GMT on Tuesday. It docked at 0915 GMT, hours late.'),
    );
    expect(find(ferry, '0915 GMT')?.value).toBe('2017-07-04T09:15');
  });

  it('counts "the following year" from the year the article last named', () => {
    const dates = extractDates(
      article('She joined the firm in 2009, and the following year she left.'),
    );

    expect(find(dates, 'the following year')?.value).toBe('2010');
  });

  it('reads "took over" a time "ago" as taking charge then, not as more than a span', () => {
    expectValues(
      [
        ['The chief, who took over two years ago, will retire.', 'two years ago', '2015'],
        ['The repairs took over two years.', 'over two years', 'P2Y'],
      ],
      '2017-07-06',
    );
  });

  it('reads the start of the year a present perfect runs "since" as this year, whatever year was named', () => {
    const text =
      'Revenue for 2014 was flat. The stock has lost 30 percent since the start of the year.\n' +
      'Revenue for 2014 was flat. Sales had risen since the start of the year.';

    const dates = extractDates(article(text, '2016-03-22'));

    expect(dates.map((d) => [d.text, d.value])).toEqual([
      ['2014', '2014'],
      ['the start of the year', '2016'],
      ['2014', '2014'],
      ['the start of the year', '2014'],
    ]);
  });

  it('reads "every" or "each" holiday as a set, on its day when it has a fixed one', () => {
    const text =
      'They have sung together every Christmas Eve since.\nFamilies gather each Fourth of July.\n' +
      'They fly kites every Easter.\nThey met on Christmas Eve.';

    const dates = extractDates(article(text, '2012-02-14'));

    expect(dates.map((d) => [d.text, d.type, d.value])).toEqual([
      ['every Christmas Eve', 'SET', 'XXXX-12-24'],
      ['each Fourth of July', 'SET', 'XXXX-07-04'],
      ['every Easter', 'SET', 'P1Y'],
      ['Christmas Eve', 'DATE', '2011-12-24'],
    ]);
  });

  it('reads "That Friday" as the weekday of the week of the day the story told', () => {
    const text =
      'The storm hit on Monday, Aug. 24, 1992. That Friday, the mill reopened.\n' +
      'He said that Friday was busy.';

    const dates = extractDates(article(text));

    expect(dates.map((d) => [d.text, d.value])).toEqual([
      ['Monday, Aug. 24, 1992', '1992-08-24'],
      ['That Friday', '1992-08-28'],
      ['Friday', '2017-06-30'],
    ]);
  });

  it('counts "the following October" and "the previous March" from the date the story told', () => {
    const text =
      'She moved to Leeds in 1994. The following October she married.\n' +
      'The storm hit on Aug. 24, 1992. The following October, the mill reopened.\n' +
      'He won in May 1990. The previous March he had lost.';

    const dates = extractDates(article(text));

    expect(dates.map((d) => [d.text, d.value])).toEqual([
      ['1994', '1994'],
      ['The following October', '1995-10'],
      ['Aug. 24, 1992', '1992-08-24'],
      ['The following October', '1992-10'],
      ['May 1990', '1990-05'],
      ['The previous March', '1990-03'],
    ]);
  });

  it('counts what comes after "the following year" from the year it names', () => {
    const dates = extractDates(
      article(
        'She joined the firm in 1979, and the following year she left. A decade later she returned.',
      ),
    );

    expect(find(dates, 'A decade later')?.value).toBe('1990');
  });

  it('reads holidays on their calendar day', () => {
    const dates = extractDates(article('The boy was rescued on Thanksgiving Day.', '2017-12-01'));

    expect(find(dates, 'Thanksgiving Day')?.value).toBe('2017-11-23');
  });

  it('reads a year before a plural noun after a possessive or another year', () => {
    const text =
      'Critics recalled his 2011 budgets and Ohio’s 2014 results in the 2004 and 2008 races.';

    const dates = extractDates(article(text));

    expect(dates.map((d) => d.text)).toEqual(['2011', '2014', '2004', '2008']);
  });

  it('reads both ends of a range of years written with a hyphen', () => {
    const text = 'She chaired the board from 2003-2007 and saw the 2011-12 slump.';

    const dates = extractDates(article(text));

    expect(dates.map((d) => [d.text, d.value])).toEqual([
      ['2003', '2003'],
      ['2007', '2007'],
      ['2011', '2011'],
      ['12', '2012'],
    ]);
  });

  it('reads a decade written with an apostrophe before its "s", and a year’s possessive', () => {
    const text = 'Rents rose in the 1970’s, and 2009’s crash undid them.';

    const dates = extractDates(article(text));

    expect(dates.map((d) => [d.text, d.value])).toEqual([
      ['the 1970’s', '197'],
      ['2009', '2009'],
    ]);
  });

  it('reads a month or a day "of last year" or "of that year" as one date', () => {
    const text =
      'The plant reopened on April 9th of last year.\n' +
      'The strike began in 2012 and ended in November of that year.';

    const dates = extractDates(article(text));

    expect(dates.map((d) => [d.text, d.value])).toEqual([
      ['April 9th of last year', '2016-04-09'],
      ['2012', '2012'],
      ['November of that year', '2012-11'],
    ]);
  });

  it('reads a half of a month or a century as one date, its side in the mod', () => {
    const text =
      'Tourism peaks in the second half of August.\n' +
      'Railways spread through the first half of the 19th century.';

    const dates = extractDates(article(text));

    expect(dates.map((d) => [d.text, d.value, d.mod])).toEqual([
      ['the second half of August', '2017-08', 'END'],
      ['the first half of the 19th century', '18', 'START'],
    ]);
  });

  it('reads "the fall of" a city as no season, and "the fall of that year" as one', () => {
    const text =
      'Crowds marked the fall of the old regime.\n' +
      'The mill shut in 2010 and reopened in the fall of that year.';

    const dates = extractDates(article(text));

    expect(dates.map((d) => [d.text, d.value])).toEqual([
      ['2010', '2010'],
      ['the fall of that year', '2010-FA'],
    ]);
  });

  it('reads "that night" and "later that evening" as parts of the day the story last named', () => {
    const text =
      'The bridge opened on May 3, 2016. That night the mayor held a party, and later that evening it rained.';

    const dates = extractDates(article(text));

    expect(dates.map((d) => [d.text, d.type, d.value])).toEqual([
      ['May 3, 2016', 'DATE', '2016-05-03'],
      ['That night', 'TIME', '2016-05-03TNI'],
      ['later that evening', 'TIME', '2016-05-03TEV'],
    ]);
  });

  it('reads Inauguration Day, Black Friday and a lower-case "election day" as holidays', () => {
    const text =
      'The cabinet must be named before Inauguration Day.\n' +
      'Stores will open early on Black Friday.\n' +
      'Volunteers will drive voters to the polls on election day.';

    const dates = extractDates(article(text, '2016-08-10'));

    expect(dates.map((d) => [d.text, d.value])).toEqual([
      ['Inauguration Day', '2017-01-20'],
      ['Black Friday', '2016-11-25'],
      ['election day', '2016-11-08'],
    ]);
  });

  it('reads no span in a rate of things per unit ("40 men a day"), but a span after a year', () => {
    const text =
      'The clinic treats 40 men a day and spends $2 trillion a year.\n' +
      'In 2004, after a decade of talks, the treaty was signed.';

    const dates = extractDates(article(text));

    expect(dates.map((d) => d.text)).toEqual(['2004', 'a decade']);
  });

  it('reads a bare plural before "earlier" or "later" as a span or a vague date', () => {
    const text =
      'The mill closed, and workers left weeks later.\n' +
      'The board had approved the plan months earlier.\n' +
      'The trail was cleared a long time ago.';

    const dates = extractDates(article(text));

    expect(dates.map((d) => [d.text, d.value])).toEqual([
      ['weeks', 'PXW'],
      ['months earlier', 'PAST_REF'],
      ['a long time ago', 'PAST_REF'],
    ]);
  });

  it('reads no date in an award title or an idiom "of the year" or "of the week"', () => {
    const text =
      'The magazine named the surgeon its Person of the Year.\n' +
      'Critics called the fad the flavor of the week.';

    const dates = extractDates(article(text));

    expect(dates).toEqual([]);
  });

  it('reads the end of a range of days written with a hyphen as a date of its own', () => {
    const text = 'The survey ran Oct. 9-12, and the fair runs from Dec. 30-Jan. 2.';

    const dates = extractDates(article(text));

    expect(dates.map((d) => [d.text, d.value])).toEqual([
      ['Oct. 9', '2016-10-09'],
      ['12', '2016-10-12'],
      ['Dec. 30', '2016-12-30'],
      ['Jan. 2', '2017-01-02'],
    ]);
  });

  it('reads the final day or the opening night of an event as a day or a night within it', () => {
    const text =
      'Delegates cheered on the opening night of the congress.\n' +
      'Bids closed on the final day of the auction.';

    const dates = extractDates(article(text));

    expect(dates.map((d) => [d.text, d.type])).toEqual([
      ['the opening night', 'TIME'],
      ['the final day', 'DATE'],
    ]);
  });

  it('reads no date in "current" as a noun, a flow ("a current of anger")', () => {
    const dates = extractDates(article('A strong current of anger ran through the hall.'));

    expect(dates).toEqual([]);
  });

  it('reads a bare plural after "after" and before "of" as a span ("after years of talks")', () => {
    const text = 'After decades of drought, the lake filled.\nHe left after days.';

    const dates = extractDates(article(text));

    expect(dates.map((d) => [d.text, d.value])).toEqual([['decades', 'PXDE']]);
  });

  it('reads no date in "Now," opening a quotation, as at a sentence start', () => {
    const dates = extractDates(article('She paused. “Now, is the plan perfect? No,” she said.'));

    expect(dates).toEqual([]);
  });

  it('reads "late afternoon" and "the early evening" as a part of the day with its edge', () => {
    const text = 'By late afternoon the ferry had left.\nThe band played in the early evening.';

    const dates = extractDates(article(text));

    expect(dates.map((d) => [d.text, d.value, d.mod])).toEqual([
      ['late afternoon', '2017-07-06TAF', 'END'],
      ['early evening', '2017-07-06TEV', 'START'],
    ]);
  });

  it('reads a weekday after the name of a paper or a network as a day, but not inside a show title', () => {
    const text =
      'A producer told The New York Times Tuesday morning that he quit.\nHe spoke to the Post Monday.\nShe told ABC News Wednesday that she would run.\nHe appeared on Fox News Sunday to defend the plan.\nShe was a guest on “Meet the Press Sunday.”\n“I spoke with the President Monday,” she said.\n“On Monday,” she said, “we vote.”\nHe wrote for the New York Times Sunday Review.\nShe spoke on CBS News Sunday Morning.\nA spokesman told NBC News Monday President Lee had not decided.\nThe band played “Manic Monday.”\nHe wrote for the Boston Globe Sunday Ideas section.\n“Maybe Friday,” he said.\n“Ideally Monday,” she said.\n“Usually Friday,” he said.';

    const dates = extractDates(article(text));

    expect(dates.map((d) => [d.text, d.value])).toEqual([
      ['Tuesday morning', '2017-07-04'],
      ['Monday', '2017-07-03'],
      ['Wednesday', '2017-07-05'],
      // A quotation, not a title, ends with its weekday.
      ['Monday', '2017-07-03'],
      ['Monday', expect.stringMatching(/^2017-07-(03|10)$/)],
      ['Monday', '2017-07-03'],
      ['Friday', expect.stringMatching(/^2017-0(6-30|7-07)$/)],
      // An adverb in -ly opens a quotation, not a title.
      ['Monday', expect.stringMatching(/^2017-07-(03|10)$/)],
      ['Friday', expect.stringMatching(/^2017-0(6-30|7-07)$/)],
    ]);
  });

  it('reads "Super Tuesday" as the first Tuesday of March of an election year', () => {
    const text = 'The governor swept four southern states on Super Tuesday.';

    const dates = extractDates(article(text, '2017-02-14'));

    expect(dates.map((d) => [d.text, d.value])).toEqual([['Super Tuesday', '2016-03-01']]);
  });

  it('reads quarters and halves written the financial way', () => {
    const dates = extractDates(article('Sales rose in Q2 and should grow in H1 2018.'));

    expect(find(dates, 'Q2')?.value).toBe('2017-Q2');
    expect(find(dates, 'H1 2018')?.value).toBe('2018-H1');
  });

  it('does not read "Today" or "Daily" inside a name as temporal expressions', () => {
    const dates = extractDates(article('A reporter for USA Today asked the host of News Daily.'));

    expect(dates).toEqual([]);
  });

  it('does not read a title-case clock word before another capitalized word as a time', () => {
    const text =
      'Fans lined up for Midnight Madness at the arena.\nThe crew, nicknamed the Noon Patrol, disbanded.\n' +
      'The offer expires Midnight Friday.\nThe vote closes at Noon Eastern.';

    const dates = extractDates(article(text));

    expect(dates.map((d) => d.text)).toEqual(['Midnight Friday', 'Noon']);
  });

  it('does not read a title-case deictic word inside the name of a show or a group as a date', () => {
    const text =
      'The mayor told KRT This Morning about the plan.\n' +
      'She appeared on WNX’s This Week after the vote.\n' +
      'A group called Iowa Renewal Now paid for the ads.\n' +
      "He spoke to ''Today,'' the morning program.\n" +
      'BNN TODAY reported the loss first.\n' +
      'She joked on The Tonight Show about her rival.\n' +
      'He said so on the network’s “This Morning,” a talk show.';

    const dates = extractDates(article(text));

    expect(dates).toEqual([]);
  });

  it('still reads "Today" in a headline set in title case, but not in "USA Today"', () => {
    const text = 'Lake County Voters Decide Today On Levy\nA reporter for USA Today asked.';

    const dates = extractDates(article(text));

    expect(dates.map((d) => d.text)).toEqual(['Today']);
  });

  it('still reads "Now" and "This Week" in a headline set in title case', () => {
    const text =
      'Farm State Voters Are Now Leaning Toward the Governor\nRiver Town Mayor Now Trails Rival\nSenator Wins This Week’s Vote';

    const dates = extractDates(article(text));

    expect(dates.map((d) => d.text)).toEqual(['Now', 'Now', 'This Week']);
  });

  it('reads a day, a week or a month that closes a headline set in title case', () => {
    const text = [
      'Council to Vote on Transit Levy Next Week',
      'Harbor Claims Rise Last Week',
      'Storm Expected to Reach Coast This Weekend',
    ].join('\n');

    const dates = extractDates(article(text));

    expect(dates.map((d) => [d.text, d.value])).toEqual([
      ['Next Week', '2017-W28'],
      ['Last Week', '2017-W26'],
      ['This Weekend', '2017-W27-WE'],
    ]);
  });

  it('still reads a show named "This Week" that closes a line of prose as no date', () => {
    const dates = extractDates(article('The senator appeared on Harbor Town This Week'));

    expect(dates).toEqual([]);
  });

  it('does not read "Daily" before a name, or a show named in one quoted word, as dates', () => {
    const text = 'She writes for the Daily Beast.\nHe told NBC’s “Today” that he would run.';

    const dates = extractDates(article(text));

    expect(dates).toEqual([]);
  });

  it('counts "a year ago" from publication, not from a year named before it', () => {
    const dates = extractDates(article('The 1995 return leaked more than a year ago.'));

    expect(find(dates, 'more than a year ago')).toMatchObject({ value: '2016', mod: 'BEFORE' });
  });

  it('gives a hedged "ago" the mod of a point: before or after the day counted back to', () => {
    const text =
      'The dam was built more than three decades ago.\nThe shop opened less than a year ago.\n' +
      'The road was paved at least five years ago.';

    const dates = extractDates(article(text));

    expect(dates.map((d) => [d.text, d.value, d.mod])).toEqual([
      ['more than three decades ago', '1987', 'BEFORE'],
      ['less than a year ago', '2016', 'AFTER'],
      ['at least five years ago', '2012', 'ON_OR_BEFORE'],
    ]);
  });

  it('leaves a hedge such as "about" outside a span but keeps its sense in the mod', () => {
    const dates = extractDates(article('The talks lasted about three hours.'));

    expect(find(dates, 'three hours')).toMatchObject({
      start: 23,
      type: 'DURATION',
      value: 'PT3H',
      mod: 'APPROX',
    });
  });

  it('writes a fraction of a unit in the unit below it', () => {
    const text = 'The strike lasted a year and a half.\nThe vote took 2 1/2 hours.';

    const dates = extractDates(article(text));

    expect(find(dates, 'a year and a half')?.value).toBe('P1Y6M');
    expect(find(dates, '2 1/2 hours')?.value).toBe('PT2H30M');
  });

  it('finds the same dates with the trigger scan whatever the letter case and punctuation', () => {
    const text =
      'Filed 7/3/2017, heard on MONDAY (July 3) and again at 4 p.m. Wednesday; Q2 closed.';

    const dates = extractDates(article(text));

    expect(dates.map((d) => d.text)).toEqual([
      '7/3/2017',
      'MONDAY',
      'July 3',
      '4 p.m. Wednesday',
      'Q2',
    ]);
  });

  it('reads a decade written with an apostrophe as well as one written in full', () => {
    const text = "Rents doubled in the '80s.\nThey fell in the 1990s.";

    const dates = extractDates(article(text));

    expect(find(dates, "the '80s")?.value).toBe('198');
    expect(find(dates, 'the 1990s')?.value).toBe('199');
  });

  it('reads the tense of a date inside a quote from the quote, not from its attribution', () => {
    const text = '“We will decide, after a long debate, on Monday,” the mayor said.';

    const dates = extractDates(article(text));

    expect(find(dates, 'Monday')?.value).toBe('2017-07-10');
  });

  const seedDir = join(dirname(fileURLToPath(import.meta.url)), '../../../shared/seed');
  const seedText = join(seedDir, 'sanctuary-cities-2017-07-06.txt');
  it.skipIf(!existsSync(seedText))('finds the six dates of the seed article exactly', async () => {
    const { segmentArticle } = await import('../../functions/segment/segment.ts');
    const expected = JSON.parse(readFileSync(join(seedDir, 'expected.json'), 'utf8')) as {
      publishedAt: string;
      dates: TemporalExpression[];
    };
    const segmented = segmentArticle(
      { bytes: readFileSync(seedText), source: 'seed.txt', published: expected.publishedAt },
      { maxBytes: 1_000_000 },
    );

    const dates = extractDates(segmented);

    expect(
      dates.map(({ start, end, text, type, value }) => ({ start, end, text, type, value })),
    ).toEqual(
      expected.dates.map(({ start, end, text, type, value }) => ({
        start,
        end,
        text,
        type,
        value,
      })),
    );
  });
  it('skips a show named in quotes, "high noon" and "today\'s" for the present age', () => {
    const text =
      'The senator spoke on the program "This Week" and later on "48 Hours".\n' +
      'For the mayor it was high noon.\n' +
      "The app was built for today's teenagers.\n" +
      'Results are due today.';

    const dates = extractDates(article(text));

    expect(dates.map((d) => d.text)).toEqual(['today']);
    expect(find(dates, 'today')?.value).toBe('2017-07-06');
  });
  it('skips "tomorrow" after "of" for the future as an age, and keeps the day', () => {
    const text = 'The school trains the engineers of tomorrow.\nThe school opens tomorrow.';

    const dates = extractDates(article(text));

    expect(dates).toEqual([
      { start: 62, end: 70, text: 'tomorrow', type: 'DATE', value: '2017-07-07' },
    ]);
  });

  it('skips "a brighter tomorrow" as the future hoped for, and keeps a letter sent tomorrow', () => {
    const text = 'Voters still hope for a brighter tomorrow.\nShe will send a letter tomorrow.';

    const dates = extractDates(article(text));

    expect(dates.map((d) => [d.start, d.value])).toEqual([[66, '2017-07-07']]);
  });

  it('counts "the day before" from the date the story moved to since the day it named', () => {
    const text =
      'The firm said on Monday that sales fell.\nThe day before, its shares had dropped.\n' +
      'The two leaders met in May 2009 in Cairo.\nThe day before, a bomb had gone off.';

    const dates = extractDates(article(text, '2015-11-11'));

    expect(dates.map((d) => [d.text, d.value])).toEqual([
      ['Monday', '2015-11-09'],
      ['The day before', '2015-11-08'],
      ['May 2009', '2009-05'],
      ['The day before', '2009-05'],
    ]);
  });

  it('leaves a person\'s "last year" in a post, and "in some quarters", out', () => {
    const text =
      'His last year in office was hard.\nShe spent her last week at the bank in training.\n' +
      'Critics in some quarters called it a failure.\nIts sales fell last year.';

    const dates = extractDates(article(text));

    expect(dates.map((d) => [d.text, d.value])).toEqual([['last year', '2016']]);
  });

  it('reads a year in two digits after an apostrophe, straight or curly, where a year is meant', () => {
    const text =
      "She graduated with the class of '09.\nThe senator ran in ’04 and again in ’10.\n" +
      'The ’12 campaign was long.\nMusic was louder in the ’70s.\n' +
      "The memo said ''31 stores would close.\nIn '12 Angry Men' a jury argues.";

    const dates = extractDates(article(text));

    expect(dates.map((d) => [d.text, d.value])).toEqual([
      ["'09", '2009'],
      ['’04', '2004'],
      ['’10', '2010'],
      ['’12', '2012'],
      ['the ’70s', '197'],
    ]);
  });

  it('reads "the winter of 2004-5" as the winter its first year names', () => {
    expectValues([
      ['Protests filled the square in the winter of 2004-5.', 'the winter of 2004-5', '2004-WI'],
      ['The winter of 2009–10 was the coldest.', 'The winter of 2009–10', '2009-WI'],
    ]);
  });

  it('reads a count set off after the month it follows as restating that month', () => {
    const text = 'She called elections for March 2015, just five months later, and won.';

    const dates = extractDates(article(text));

    expect(dates.map((d) => [d.text, d.value])).toEqual([
      ['March 2015', '2015-03'],
      ['five months later', '2015-03'],
    ]);
  });

  it('holds a month ahead when a "will" further back is the verb of its own clause', () => {
    const onJanuary = (text: string) => find(extractDates(article(text, '2016-01-30')), 'November');

    expect(onJanuary('That will not necessarily give him an edge in November.')?.value).toBe(
      '2016-11',
    );
    expect(onJanuary('He will say that the plant, which closed in November, was old.')?.value).toBe(
      '2015-11',
    );
  });

  it('reads "this fall in prices" as a drop, and "this fall in Paris" as the season', () => {
    const text =
      'After this fall in prices, the ruble weakened.\nShe will tour this fall in Paris.';

    const dates = extractDates(article(text));

    expect(dates.map((d) => [d.text, d.value])).toEqual([['this fall', '2017-FA']]);
  });

  it('skips "a tomorrow" and "no tomorrow" as the future at large', () => {
    const text =
      'Picture a tomorrow where rents fall.\nThey borrowed as if there were no tomorrow.';

    expect(extractDates(article(text))).toEqual([]);
  });

  it('reads a clock time followed by its month and day as one deadline', () => {
    const text = 'Holders can swap their bonds until 5 p.m. EDT, Aug. 9, the lender said.';

    const dates = extractDates(article(text));

    expect(dates.map(({ text, type, value }) => ({ text, type, value }))).toEqual([
      { text: '5 p.m. EDT, Aug. 9', type: 'TIME', value: '2017-08-09T17:00' },
    ]);
  });
  it('marks the plural in "the weeks before" an event as a date in the month last named', () => {
    const text =
      'The bank was robbed on June 2, police said.\nA grey van was seen nearby in the weeks before the robbery.';

    const dates = extractDates(article(text));

    expect(find(dates, 'weeks')).toMatchObject({ type: 'DATE', value: '2017-06' });
  });
  it('reads "the weeks ahead" as a vague span, its article and "ahead" included', () => {
    const dates = extractDates(article('Traders expect more selling in the weeks ahead.'));

    expect(dates).toEqual([
      { start: 31, end: 46, text: 'the weeks ahead', type: 'DURATION', value: 'PXW' },
    ]);
  });
  it('reads "in the morning" and "4 in the afternoon" on the day just named', () => {
    const text =
      'The vote was held on Tuesday.\nLines formed in the morning.\nPolls closed at 4 in the afternoon.';

    const dates = extractDates(article(text));

    expect(find(dates, 'the morning')).toMatchObject({ type: 'TIME', value: '2017-07-04TMO' });
    expect(find(dates, '4 in the afternoon')).toMatchObject({
      type: 'TIME',
      value: '2017-07-04T16:00',
    });
  });
  it('reads a clock reading with minutes or "at night" after it as one TIME of that half', () => {
    const text =
      'Officers were called at about 3:40 in the afternoon.\n' +
      'The alarm sounded at 11:15 at night.\n' +
      'The market opens at 7 in the morning on Saturday.\n' +
      'The sprinter won 3 in the morning session.';

    const dates = extractDates(article(text));

    expect(dates.map((d) => [d.text, d.type, d.value, d.mod])).toEqual([
      ['3:40 in the afternoon', 'TIME', '2017-07-06T15:40', 'APPROX'],
      ['11:15 at night', 'TIME', '2017-07-06T23:15', undefined],
      ['7 in the morning', 'TIME', '2017-07-08T07:00', undefined],
      ['Saturday', 'DATE', '2017-07-08', undefined],
    ]);
  });
  it('leaves a sentence-opening "Now," and keeps "now" inside the clause', () => {
    const text =
      'The plant closed for years.\nNow, the owners say, it is for sale.\nIt is now open.';

    const dates = extractDates(article(text));

    expect(dates.filter((d) => /now/i.test(d.text))).toEqual([
      { start: 71, end: 74, text: 'now', type: 'DATE', value: 'PRESENT_REF' },
    ]);
  });
  it('reads a bare plural after "in" as a vague span', () => {
    const dates = extractDates(article('The mill hired staff for the first time in years.'));

    expect(dates).toEqual([{ start: 43, end: 48, text: 'years', type: 'DURATION', value: 'PXY' }]);
  });
  it('does not read an amount of pay counted in time as a span', () => {
    const text =
      'Each worker gets six months of severance pay.\nShe was owed three months’ salary.\nThe talks took six months.';

    const dates = extractDates(article(text));

    expect(dates.map((d) => d.text)).toEqual(['six months']);
    expect(dates[0]?.start).toBe(text.lastIndexOf('six months'));
  });

  it('keeps the article of "over the years" in the extent of the span', () => {
    const dates = extractDates(article('The mill has changed hands over the years.'));

    expect(dates).toEqual([
      { start: 32, end: 41, text: 'the years', type: 'DURATION', value: 'PXY' },
    ]);
  });

  it('reads "the same period last year" as one date: the quarter of the story a year back', () => {
    const text =
      'Profit doubled in the second quarter.\nIn the same period last year, the firm lost money.';

    const dates = extractDates(article(text));

    expect(dates.map((d) => [d.text, d.value])).toEqual([
      ['the second quarter', '2017-Q2'],
      ['the same period last year', '2016-Q2'],
    ]);
  });

  it('reads "the same period" as a quarter only in a story of quarters or of results', () => {
    const span =
      'The charity paid the lobbyists $2 million from May 2013 to March 2015.\nIt paid a second firm as much over the same period.';
    const results = 'Sales rose 4% in the same period.';

    expect(extractDates(article(span)).map((d) => d.text)).toEqual(['May 2013', 'March 2015']);
    expect(find(extractDates(article(results)), 'the same period')?.value).toBe('2017-Q2');
  });

  it('reads "at a later date" as a point ahead the story does not name', () => {
    const dates = extractDates(article('The dividend will be paid at a later date.'));

    expect(dates).toEqual([
      { start: 29, end: 41, text: 'a later date', type: 'DATE', value: 'FUTURE_REF' },
    ]);
  });

  it('reads "one day" after a modal as some time ahead, and after "in" as a span', () => {
    const text = 'The town may one day host the games.\nThe roof was fixed in one day.';

    const dates = extractDates(article(text));

    expect(dates.map((d) => [d.text, d.type, d.value])).toEqual([
      ['one day', 'DATE', 'FUTURE_REF'],
      ['one day', 'DURATION', 'P1D'],
    ]);
  });

  it('reads a day counted within an event as a date, the possessive left out', () => {
    const text =
      'Today is the third day of the strike.\nShe spent her first day on the job abroad.';

    const dates = extractDates(article(text));

    expect(find(dates, 'the third day')?.value).toBe('2017-07-06');
    expect(find(dates, 'first day')?.value).toBe('XXXX-XX-XX');
  });

  it('reads "five trading days" and "ten business days" as spans of days', () => {
    const text = 'Shares fell for five trading days.\nThe bank has ten business days to reply.';

    const dates = extractDates(article(text));

    expect(find(dates, 'five trading days')).toMatchObject({ type: 'DURATION', value: 'P5D' });
    expect(find(dates, 'ten business days')).toMatchObject({ type: 'DURATION', value: 'P10D' });
  });

  it('reads a pair of bare plural units as one vague span in the first unit', () => {
    const dates = extractDates(
      article('Repairs could end within weeks or months, engineers said.'),
    );

    expect(dates).toEqual([
      { start: 25, end: 40, text: 'weeks or months', type: 'DURATION', value: 'PXW' },
    ]);
  });

  it('reads "the latter half", "the back half" and "the front half" of a year as its halves', () => {
    expectValues([
      ['Demand cooled in the latter half of 2015.', 'the latter half of 2015', '2015-H2'],
      [
        'Orders should recover in the back half of the year.',
        'the back half of the year',
        '2017-H2',
      ],
      ['The front half of 2016 was slow.', 'The front half of 2016', '2016-H1'],
    ]);
    const dates = extractDates(article('Riders in the back half of the train were hurt.'));

    expect(dates).toEqual([]);
  });

  it('reads "weeks or even months" as one vague span, as "weeks or months" is', () => {
    const dates = extractDates(article('The inquiry could take weeks or even months.'));

    expect(dates.map((d) => [d.text, d.value])).toEqual([['weeks or even months', 'PXW']]);
  });

  it('reads "months ago" without a count as some time in the past', () => {
    const dates = extractDates(
      article('The bakery, which only months ago was shedding staff, now hires.'),
    );

    expect(find(dates, 'months ago')).toMatchObject({ type: 'DATE', value: 'PAST_REF' });
  });
  it('places a date after "since" or in a present-perfect clause before publication', () => {
    const text =
      'The mill has been idle in November, its owner says.\nInvestigators have been searching for him since the Nov. 20 shooting.';

    const dates = extractDates(article(text));

    expect(find(dates, 'November')?.value).toBe('2016-11');
    expect(find(dates, 'Nov. 20')?.value).toBe('2016-11-20');
  });

  it('reads the day a period "ended" as past, however near the coming one', () => {
    const dates = extractDates(article('The brewer lost money in the fiscal year ended Aug. 31.'));

    expect(find(dates, 'Aug. 31')?.value).toBe('2016-08-31');
  });

  it('reads a quarter that ended on a day as the quarter of the months before that day', () => {
    const text =
      'The bakery chain earned $4 million in the quarter ended April 30.\nThe toy maker lost money in its second quarter ended Sept. 30.';

    const dates = extractDates(article(text));

    expect(find(dates, 'the quarter')?.value).toBe('2017-Q1');
    expect(find(dates, 'second quarter')?.value).toBe('2016-Q2');
  });

  it('reads the day a plan was moved to as one still ahead', () => {
    const text =
      'The league moved the cup final to Sunday.\nOrganizers pushed the regatta back to Tuesday.\nThe inquest was rescheduled for Monday.';

    const dates = extractDates(article(text));

    expect(find(dates, 'Sunday')?.value).toBe('2017-07-09');
    expect(find(dates, 'Tuesday')?.value).toBe('2017-07-11');
    expect(find(dates, 'Monday')?.value).toBe('2017-07-10');
  });

  it('reads a clock time written in words as a time of the day', () => {
    const text =
      "The ferry sailed at 9 o'clock.\nThe choir met at half past four.\nThe guards left at a quarter to seven.\nThe bells rang at eleven o'clock at night.\nThe report is due by 5 o'clock this afternoon.\nThe odds were ten to one.";

    const dates = extractDates(article(text));

    expect(find(dates, "9 o'clock")).toMatchObject({ type: 'TIME', value: '2017-07-06T09:00' });
    expect(find(dates, 'half past four')?.value).toBe('2017-07-06T16:30');
    expect(find(dates, 'a quarter to seven')?.value).toBe('2017-07-06T18:45');
    expect(find(dates, "eleven o'clock at night")?.value).toBe('2017-07-06T23:00');
    expect(find(dates, "5 o'clock this afternoon")?.value).toBe('2017-07-06T17:00');
    expect(dates.filter((d) => /ten|one/.test(d.text))).toEqual([]);
  });

  it('reads minutes to or past an hour, in words, after a word of time', () => {
    const text =
      'The alarm rang at ten to six.\nThe tram came at twenty-five to eleven.\nThe bus stalled at twenty past four on Tuesday.\nThe odds stood at ten to one.';

    const dates = extractDates(article(text));

    expect(find(dates, 'ten to six')).toMatchObject({ type: 'TIME', value: '2017-07-06T17:50' });
    expect(find(dates, 'twenty past four')?.value).toBe('2017-07-04T16:20');
    expect(find(dates, 'twenty-five to eleven')?.value).toBe('2017-07-06T10:35');
    expect(dates.filter((d) => /one/.test(d.text))).toEqual([]);
  });

  it('reads an hour in words at night as the evening, midnight or the small hours', () => {
    const text =
      "The doors shut at twelve o'clock at night.\nThe sirens began at half past twelve at night.\nA dog barked at a quarter past three at night.";

    const dates = extractDates(article(text));

    expect(find(dates, "twelve o'clock at night")?.value).toBe('2017-07-06T24:00');
    expect(find(dates, 'half past twelve at night')?.value).toBe('2017-07-06T00:30');
    expect(find(dates, 'a quarter past three at night')?.value).toBe('2017-07-06T03:15');
  });

  it('keeps the hour of "the 9 o\'clock deadline" but not of "the six o\'clock bulletin"', () => {
    const text =
      "Bids close at the 9 o'clock deadline.\nThe mayor spoke on the six o'clock bulletin.";

    const dates = extractDates(article(text));

    expect(find(dates, "9 o'clock")).toMatchObject({ type: 'TIME', value: '2017-07-06T09:00' });
    expect(find(dates, "six o'clock")).toBeUndefined();
  });

  it('reads minutes around noon and midnight, and an hour on a weekday night, in words', () => {
    const text =
      'It was a quarter to midnight when the lorry tipped over.\nThe talks broke up at ten past noon.\nThe power failed at half past ten on Sunday night.';

    const dates = extractDates(article(text));

    expect(find(dates, 'a quarter to midnight')?.value).toBe('2017-07-06T23:45');
    expect(find(dates, 'ten past noon')?.value).toBe('2017-07-06T12:10');
    expect(find(dates, 'half past ten')?.value).toBe('2017-07-02T22:30');
    expect(dates.filter((d) => d.type === 'DURATION')).toEqual([]);
  });

  it('hedges a clock time in words as one in digits: "about" outside it, "around" inside', () => {
    const text =
      "The ferry docked at about half past nine.\nThe vote closed at around ten o'clock at night.\nThe ferry left at half past nine.";

    const dates = extractDates(article(text));

    expect(find(dates, 'half past nine')).toMatchObject({
      value: '2017-07-06T09:30',
      mod: 'APPROX',
    });
    expect(find(dates, "around ten o'clock at night")).toMatchObject({
      value: '2017-07-06T22:00',
      mod: 'APPROX',
    });
    expect(dates.filter((d) => d.text === 'half past nine').map((d) => d.mod)).toEqual([
      'APPROX',
      undefined,
    ]);
  });

  it('reads no clock time where the hour does not end the phrase or names a programme', () => {
    const text =
      "The side levelled in the quarter after two quarters of scoring drought.\nThe levy rose by a quarter to five percent.\nThe yield slipped a quarter to 3.5 percent.\nThe stock climbed a quarter to 18 dollars.\nThe fee fell a quarter to five.\nThe family watched the six o'clock news.";

    const dates = extractDates(article(text));

    expect(dates).toEqual([]);
  });

  it('reads no span in "a quarter" that is a fraction of a count of people', () => {
    const text =
      'Turnout fell by between a quarter and a third in the valley.\n' +
      'Just over a quarter, 28 percent, back the levy.\n' +
      'A quarter (31%) say they are undecided.\n' +
      'Within a quarter, sales had doubled.';

    const dates = extractDates(article(text));

    expect(dates.map((d) => [d.text, d.type, d.value])).toEqual([['a quarter', 'DURATION', 'P1Q']]);
  });

  it('never reads a date after "since" as one still to come, however near', () => {
    const text =
      'The dockers have been on strike since Aug. 3.\nFerry fares have risen since September.';

    const dates = extractDates(article(text));

    expect(find(dates, 'Aug. 3')?.value).toBe('2016-08-03');
    expect(find(dates, 'September')?.value).toBe('2016-09');
  });

  it('reads a month after "by" as the coming one when the sentence looks ahead', () => {
    const dates = extractDates(article('The airline will add three flights by January.'));

    expect(find(dates, 'January')?.value).toBe('2018-01');
  });

  it('reads the tense from irregular past verbs, but not from a participle after "be"', () => {
    const text =
      'In November, the club sold its stadium, which will be torn down.\nThe bonus will be paid in January.';

    const dates = extractDates(article(text));

    expect(find(dates, 'November')?.value).toBe('2016-11');
    expect(find(dates, 'January')?.value).toBe('2018-01');
  });

  it('measures a tense word by its nearer edge, so a verb just before a date tells its tense', () => {
    const dates = extractDates(article('It holds bonds issued Jan. 5, which will mature soon.'));

    expect(find(dates, 'Jan. 5')?.value).toBe('2017-01-05');
  });

  it('reads a month after "through" as the end of a span, the nearest one', () => {
    const dates = extractDates(article('Lenders extended the credit line through November.'));

    expect(find(dates, 'November')?.value).toBe('2017-11');
  });

  it('does not take an adjective in -ed after an article for a past-tense verb', () => {
    const dates = extractDates(
      article('The dividend will go out to holders on the revised date in January.'),
    );

    expect(find(dates, 'January')?.value).toBe('2018-01');
  });

  it('reads a plan in the past perfect ("had been scheduled to") as looking back', () => {
    const dates = extractDates(
      article('The offer had been scheduled to end on Friday, a lawyer noted.'),
    );

    expect(find(dates, 'Friday')?.value).toBe('2017-06-30');
  });

  it('puts a clock time on the weekday that follows a time zone in parentheses', () => {
    const dates = extractDates(
      article('The crash came at about 11:20 a.m. (0820 GMT) Monday, police said.'),
    );

    expect(find(dates, '11:20 a.m.')?.value).toBe('2017-07-03T11:20');
  });

  it('counts "four years later" from the year last named, not from a quarter named before', () => {
    const text =
      'The fourth quarter was weak.\nShe was elected in 2012 and re-elected four years later.';

    const dates = extractDates(article(text));

    expect(find(dates, 'four years later')?.value).toBe('2016');
  });

  it('lands "a decade later" counted from a day on a year, as years in the plural do', () => {
    const text =
      'The storm struck on Aug. 29, 2005. A decade later, the levees were rebuilt.\n' +
      'The mill opened on May 2, 1990. Two years later, it closed.';

    const dates = extractDates(article(text));

    expect(find(dates, 'A decade later')?.value).toBe('2015');
    expect(find(dates, 'Two years later')?.value).toBe('1992');
  });

  it('lands years counted in the same sentence as the year they count from on a year too', () => {
    const text =
      'They married in the spring of 1998 and divorced a decade later.\nThe firm moved in March 2004 and left two years later.\nSales were $5 million in March 2004, up from $4 million two years earlier.';

    const dates = extractDates(article(text));

    expect(find(dates, 'a decade later')?.value).toBe('2008');
    expect(find(dates, 'two years later')?.value).toBe('2006');
    // A figure compared with one two years back keeps the month it was counted from.
    expect(find(dates, 'two years earlier')?.value).toBe('2002-03');
  });

  it('moves the story on with "a year later": "later that year" after it is the year reached', () => {
    const text =
      'The dam was inspected in 2012. A year later, cracks were found.\nLater that year the dam was drained.';
    const dates = extractDates({ ...article(text), paragraphs: [{ start: 0, end: text.length }] });

    expect(find(dates, 'A year later')?.value).toBe('2013');
    expect(find(dates, 'Later that year')?.value).toBe('2013');
  });

  it('reads "five years later" with no date told before as the span, never years past publication', () => {
    const text =
      'Ten years on, the valley was farmed again.\nThe dam burst, and five years later the valley was farmed again.\nThe flood came in 2007. Ten years on, the town has rebuilt.\nThe bond matures five years from now.';

    const dates = extractDates(article(text));
    const spans = dates.filter((d) => d.type === 'DURATION').map((d) => [d.text, d.value]);

    // Read as the span alone, the extent is the span's, as "Three days later" marks "Three days".
    expect(spans).toEqual([
      ['Ten years', 'P10Y'],
      ['five years', 'P5Y'],
    ]);
    expect(find(dates, 'Ten years on')?.value).toBe('2017');
    expect(find(dates, 'five years from now')?.value).toBe('2022');
  });

  it('reads the tense of a date from its own clause, not from the clause after a conjunction', () => {
    const text =
      'The ban took effect in January and will expire in December.\nIn November, the company will open a plant.\nThe mayor, who took office in February, will resign.';

    const dates = extractDates(article(text));

    expect(find(dates, 'January')?.value).toBe('2017-01');
    expect(find(dates, 'February')?.value).toBe('2017-02');
    expect(find(dates, 'December')?.value).toBe('2017-12');
    expect(find(dates, 'November')?.value).toBe('2017-11');
  });

  it('reads a date an event is "set for" as ahead', () => {
    const dates = extractDates(article('The vote is set for Tuesday.'));

    expect(find(dates, 'Tuesday')?.value).toBe('2017-07-11');
  });

  it('reads "by the end of the year" in a forward-looking sentence as this year, in a past one as the year named', () => {
    const ahead = extractDates(
      article(
        'For much of the past year, orders fell.\nThe firm said it will hire 200 workers by the end of the year.',
      ),
    );
    const back = extractDates(article('In 2015, orders fell sharply by the end of the year.'));

    expect(find(ahead, 'the end of the year')?.value).toBe('2017');
    expect(find(back, 'the end of the year')?.value).toBe('2015');
  });

  it('reads "the end of the quarter" as one edge of a quarter: the one under way, or just done when told as past', () => {
    // Published in the third quarter (2017-07-06).
    const ahead = extractDates(
      article('The bank plans to cut 300 jobs by the end of the quarter.'),
    );
    const done = extractDates(article('Orders picked up toward the end of the quarter, it said.'));
    const named = extractDates(
      article(
        'First-quarter sales fell 4 percent, but demand recovered at the close of the quarter.',
      ),
    );

    expect(find(ahead, 'the end of the quarter')).toMatchObject({ value: '2017-Q3', mod: 'END' });
    expect(find(done, 'the end of the quarter')).toMatchObject({ value: '2017-Q2', mod: 'END' });
    expect(find(named, 'the close of the quarter')).toMatchObject({ value: '2017-Q1', mod: 'END' });
  });

  it('reads a bare "midnight" told as done as the one the publication day began with', () => {
    const done = extractDates(article('The strike began at midnight and closed every port.'));
    const ahead = extractDates(article('The new tariffs take effect at midnight.'));

    expect(find(done, 'midnight')?.value).toBe('2017-07-05T24:00');
    expect(find(ahead, 'midnight')?.value).toBe('2017-07-06T24:00');
  });

  it('reads a month right after a past verb as gone, unless the verb sets a date ahead', () => {
    // Published 2017-07-06: September and Aug. 3 are nearer ahead than behind.
    const cases: [string, string, string][] = [
      ['Exports fell in September, the ministry said.', 'September', '2016-09'],
      ['The chief of staff resigned on Aug. 3 after a row.', 'Aug. 3', '2016-08-03'],
      ['The strike began Aug. 3 and lasted a week.', 'Aug. 3', '2016-08-03'],
      ['The fair ran from Aug. 3 to 9.', 'Aug. 3', '2016-08-03'],
      ['The fair ran from Aug. 3 to 9.', '9', '2016-08-09'],
      ['The club looked to Aug. 3 for a decision.', 'Aug. 3', '2017-08-03'],
      ['She took office in September with a slim majority.', 'September', '2016-09'],
      [
        'The central bank raised rates in September, the first rise in years.',
        'September',
        '2016-09',
      ],
      ['Holders of its preferred shares on Aug. 3 get a dividend.', 'Aug. 3', '2017-08-03'],
      ['The hearing was set for Aug. 3.', 'Aug. 3', '2017-08-03'],
      ['The vote, postponed in June, was moved to September.', 'September', '2017-09'],
      ['The bank said it will redeem its preferred shares on Aug. 3.', 'Aug. 3', '2017-08-03'],
    ];
    expectValues(cases);
  });

  it('reads a month after a past verb and its short object as gone', () => {
    // Published 2017-07-06: September is nearer ahead than behind.
    const cases: [string, string, string][] = [
      ['The senator visited Iowa in September.', 'September', '2016-09'],
      ['The fair drew 5,000 people in September.', 'September', '2016-09'],
      ['Mr. Diaz first stirred Ohio crowds in September at a rally.', 'September', '2016-09'],
      // Not what a verb of saying reports, nor a phrase of the verb's own, nor a wish.
      ['She said the gathering in September would be the largest.', 'September', '2017-09'],
      ['He asked the board to meet in September.', 'September', '2017-09'],
      ['The paper said in an editorial on Aug. 3 that the ban was wrong.', 'Aug. 3', '2017-08-03'],
    ];
    expectValues(cases);
  });

  it('reads a month after a past verb and where it went ("moved to Ohio in") as gone', () => {
    // Published 2017-07-06: September is nearer ahead than behind.
    const cases: [string, string, string][] = [
      ['The family moved to Ohio in September.', 'September', '2016-09'],
      ['She went to court in September.', 'September', '2016-09'],
      ['He returned to the capital in September.', 'September', '2016-09'],
      // "to" before a verb, after the verb's object, or before the date itself still points ahead.
      ['He asked the board to meet in September.', 'September', '2017-09'],
      ['The judge ordered him to court in September.', 'September', '2017-09'],
      ['He was ordered to court in September.', 'September', '2017-09'],
      ['The trial was moved to Chicago in September.', 'September', '2017-09'],
      ['He was sent to prison in September.', 'September', '2016-09'],
      ['The evacuees were moved to Houston in September.', 'September', '2016-09'],
      ['The wedding was moved to the lake in September.', 'September', '2017-09'],
      ['Manning was moved to Fort Leavenworth in September.', 'September', '2016-09'],
      ['The vote, postponed in June, was moved to September.', 'September', '2017-09'],
    ];
    expectValues(cases);
  });

  it('keeps a past verb firm for the second of two phrases it governs', () => {
    // Published 2017-07-06: September and Labor Day are nearer ahead than behind.
    const cases: [string, string, string][] = [
      ['The senator visited Ohio in January and Iowa in September.', 'September', '2016-09'],
      ['He spoke on Thanksgiving Day and again on Labor Day.', 'Labor Day', '2016-09-05'],
      // Not across a verb of its own, nor for a date before a noun.
      ['The firm cut jobs in May and will hire in September.', 'September', '2017-09'],
      ['He built teams in Ohio and September primary states.', 'September', '2017-09'],
    ];
    expectValues(cases);
  });

  it('reads a date that opens its sentence as gone when its clause tells what happened', () => {
    // Published 2017-07-06: September and Aug. 3 are nearer ahead than behind.
    const cases: [string, string, string][] = [
      ['On Aug. 3 the strike started at the port.', 'Aug. 3', '2016-08-03'],
      ['In September, exports fell 3 percent.', 'September', '2016-09'],
      ['In September, the board postponed the vote.', 'September', '2016-09'],
      ['On Aug. 3, the plant was set to reopen.', 'Aug. 3', '2017-08-03'],
      ['In September, the council will vote on the plan.', 'September', '2017-09'],
      ['In September, he said, the plant will close.', 'September', '2017-09'],
    ];
    expectValues(cases);
  });

  it('keeps a firm past against an "if" that opens the sentence', () => {
    const text = "If September's debate represented a recovery, the next one did not.";

    expect(find(extractDates(article(text)), 'September')?.value).toBe('2016-09');
  });

  it('reads "last" as a past only on its own, not as "final" or as the verb "to last"', () => {
    // Published Thursday 2017-07-06.
    const cases: [string, string, string][] = [
      ['The band plays its last show this Friday.', 'this Friday', '2017-07-07'],
      ['The talks may last through Friday.', 'Friday', '2017-07-07'],
      ['The strike could last into September.', 'September', '2017-09'],
      ['The mayor last spoke on Friday.', 'Friday', '2017-06-30'],
    ];
    expectValues(cases);
  });

  it('reads irregular past verbs ("strode", "sank", "upheld") as past', () => {
    // Published 2017-07-06: a convention in June is the coming one unless told as past.
    const cases: [string, string, string][] = [
      ['At the party convention in June, she strode onto the stage.', 'June', '2017-06'],
      ['The ferry sank on Aug. 3 with 40 aboard.', 'Aug. 3', '2016-08-03'],
      ['Judges upheld it on Aug. 3.', 'Aug. 3', '2016-08-03'],
      ['Fireworks lit up the harbor on Aug. 3.', 'Aug. 3', '2016-08-03'],
    ];
    expectValues(cases);
  });

  it('reads a weekday after "heads to" or "holds its primary" as the coming one', () => {
    // Published Thursday 2017-07-06: Monday and Tuesday are nearer behind than ahead.
    expectValues([
      ['Voters head to the polls Tuesday.', 'Tuesday', '2017-07-11'],
      ['Voters go to the polls on Tuesday.', 'Tuesday', '2017-07-11'],
      ['The Senate votes Tuesday on the measure.', 'Tuesday', '2017-07-11'],
      ['The governor signs the bill on Tuesday.', 'Tuesday', '2017-07-11'],
      ['The envoy meets with the rebels on Tuesday.', 'Tuesday', '2017-07-11'],
      ['The company unveils its new phone on Tuesday.', 'Tuesday', '2017-07-11'],
      ['Protesters held signs on Tuesday.', 'Tuesday', '2017-07-04'],
      ['She won most of the votes Tuesday.', 'Tuesday', '2017-07-04'],
      ['The governor heads to Brussels on Monday.', 'Monday', '2017-07-10'],
      ['The state holds its primary on Tuesday.', 'Tuesday', '2017-07-11'],
      ['The party held its primary on Tuesday.', 'Tuesday', '2017-07-04'],
      ['The convoy headed to the border on Monday.', 'Monday', '2017-07-03'],
    ]);
  });

  it('reads a holiday in a past story of a year written just before as that year', () => {
    const past = extractDates(
      article("In 2009, the orchestra toured Asia. It played Beijing on New Year's Eve."),
    );
    const ahead = extractDates(
      article("In 2009, the orchestra toured Asia. It will play Beijing on New Year's Eve."),
    );

    expect(find(past, "New Year's Eve")?.value).toBe('2009-12-31');
    expect(find(ahead, "New Year's Eve")?.value).toBe('2017-12-31');
  });

  it('reads a date a plan "is scheduled for" as ahead, however near behind it lies', () => {
    // Published 2017-07-06: June 30 is six days back, a year less six days ahead.
    const now = extractDates(article('The next round of talks is scheduled for June 30.'));
    const then = extractDates(article('The next round of talks was scheduled for June 30.'));

    expect(find(now, 'June 30')?.value).toBe('2018-06-30');
    expect(find(then, 'June 30')?.value).toBe('2017-06-30');
  });

  it('reads a day right after a passive infinitive ("to be held on Monday") as ahead', () => {
    const plan = extractDates(
      article('The summit, to be held in Oslo on Monday, is already full.'),
    );
    const missed = extractDates(
      article('The race was supposed to be run on Monday but the storm stopped it.'),
    );

    expect(find(plan, 'Monday')?.value).toBe('2017-07-10');
    expect(find(missed, 'Monday')?.value).toBe('2017-07-03');
  });

  it('reads "some" before a singular unit as picking one out, not as a span', () => {
    expect(extractDates(article('Some day, the tram will reach the harbour.'))).toEqual([]);
    expect(extractDates(article('The repairs took some weeks.')).map((d) => d.value)).toEqual([
      'PXW',
    ]);
  });

  it('reads "hit", "cut" or "shut" as past unless a modal or "to" makes it the bare verb', () => {
    // Published on a Thursday: Saturday is two days ahead, five behind.
    const past = extractDates(
      article('The heatwave hit on Saturday and is still closing schools.'),
    );
    const ahead = extractDates(article('The heatwave is forecast to hit on Saturday.'));

    expect(find(past, 'Saturday')?.value).toBe('2017-07-01');
    expect(find(ahead, 'Saturday')?.value).toBe('2017-07-08');
  });

  it('reads a quarter whose results are still to come as the latest one closed, or the next', () => {
    const year = (text: string, published: string) =>
      find(extractDates(article(text, published)), 'fourth-quarter')?.value ??
      find(extractDates(article(text, published)), 'second-quarter')?.value;

    // In February the fourth-quarter results to come are last year's.
    expect(year('The brewer will report fourth-quarter results next week.', '2017-02-08')).toBe(
      '2016-Q4',
    );
    // In November the second-quarter figures still to come are this year's, not next year's.
    expect(year('The utility will publish its second-quarter figures late.', '2017-11-08')).toBe(
      '2017-Q2',
    );
  });

  it('reads a month after a vote named first ("the convention in May") as the coming one', () => {
    // Published 2017-07-06: May is two months back, ten ahead.
    const text = 'Delegates want a say on the platform before the party convention in May.';

    expect(find(extractDates(article(text)), 'May')?.value).toBe('2018-05');
  });

  it('reads a date after "expect", "forecast" or "predict" as ahead', () => {
    const text =
      'Analysts expect a profit in the fourth quarter.\nThe bank forecasts growth in January.';

    const dates = extractDates(article(text));

    expect(find(dates, 'the fourth quarter')?.value).toBe('2017-Q4');
    expect(find(dates, 'January')?.value).toBe('2018-01');
  });

  it('reads a date a rule "takes effect" on, or a vote comes "as early as", as ahead', () => {
    const text =
      'The law was passed in December and takes effect in January.\nA vote could come as early as Wednesday.';

    const dates = extractDates(article(text));

    expect(find(dates, 'December')?.value).toBe('2016-12');
    expect(find(dates, 'January')?.value).toBe('2018-01');
    expect(find(dates, 'Wednesday')?.value).toBe('2017-07-12');
  });

  it('does not carry a coming year named before into "the year" of a past-tense sentence', () => {
    const text =
      'The next election is in 2020.\nSales dropped sharply during the first six months of the year.';

    const dates = extractDates(article(text));

    expect(find(dates, 'the year')?.value).toBe('2017');
  });

  it('reads "a year ago" as the quarter before only where it compares figures', () => {
    const text =
      'Third-quarter profit rose 8 percent.\nThe mayor was elected a year ago.\nRevenue rose to $5 million from $4 million a year earlier.';

    const dates = extractDates(article(text));

    expect(find(dates, 'a year ago')?.value).toBe('2016');
    expect(find(dates, 'a year earlier')?.value).toBe('2016-Q3');
  });

  it('reads "at the end of 2018" as a year with its edge, though "at" rules out a bare number', () => {
    const dates = extractDates(article('The agreement expires at the end of 2018.'));

    expect(find(dates, 'the end of 2018')).toMatchObject({ value: '2018', mod: 'END' });
  });

  it('keeps the edge of a fiscal year inside its extent ("the end of fiscal 2016")', () => {
    const text =
      'The measure expired at the end of fiscal 2016.\nHiring resumes in early fiscal 2018.';

    const dates = extractDates(article(text));

    expect(dates.map((d) => [d.text, d.value, d.mod])).toEqual([
      ['the end of fiscal 2016', '2016', 'END'],
      ['early fiscal 2018', '2018', 'START'],
    ]);
  });

  it('places a date in a sentence without tense words on its nearest occurrence', () => {
    const dates = extractDates(article('The budget year begins Oct. 1.'));

    expect(find(dates, 'Oct. 1')?.value).toBe('2017-10-01');
  });

  it('reads a possessive weekday as a day already past, even in a future-tense sentence', () => {
    const dates = extractDates(article("The union will appeal Monday's ruling next month."));

    expect(find(dates, 'Monday')?.value).toBe('2017-07-03');
  });

  it('reads a weekday in a sentence without tense words as the nearest one', () => {
    const text = 'The two envoys meet Saturday.\nThe two envoys meet Monday.';

    const dates = extractDates(article(text));

    expect(find(dates, 'Saturday')?.value).toBe('2017-07-08');
    expect(find(dates, 'Monday')?.value).toBe('2017-07-03');
  });

  it('reads a weekday after a timetable verb in the present as the next one', () => {
    const text =
      'Officials said the trial begins Monday.\nHe said the offer expires Wednesday.\nHe said the museum reopens Tuesday.\nThe fiscal year, which officials said ends June 30, was cut short.';

    const dates = extractDates(article(text, '2017-10-05'));

    expect(find(dates, 'Monday')?.value).toBe('2017-10-09');
    expect(find(dates, 'Wednesday')?.value).toBe('2017-10-11');
    expect(find(dates, 'Tuesday')?.value).toBe('2017-10-10');
    expect(find(dates, 'June 30')?.value).toBe('2018-06-30');
  });

  it('reads a weekday after a verb of travel or of a hearing in the present as the next one', () => {
    expectValues([
      ['The president travels to Ohio on Tuesday.', 'Tuesday', '2017-07-11'],
      ['The court hears the case on Monday.', 'Monday', '2017-07-10'],
      ['The strike enters its third week on Monday.', 'Monday', '2017-07-10'],
      ['The senator returns to Washington on Monday.', 'Monday', '2017-07-10'],
      ['A ban on travel to the region was lifted on Monday.', 'Monday', '2017-07-03'],
      ['The minister says on Monday that prices rose.', 'Monday', '2017-07-03'],
    ]);
  });

  it('reads a month and day after a plain "will" as the coming one, however far ahead', () => {
    const text = 'The summit will be held on May 24.\nThey said they would decide by June 30.';

    const dates = extractDates(article(text));

    expect(find(dates, 'May 24')?.value).toBe('2018-05-24');
    expect(find(dates, 'June 30')?.value).toBe('2017-06-30');
  });

  it('reads "throughout the fiscal year" as a span of a year', () => {
    const dates = extractDates(article('Margins should widen throughout the fiscal year.'));

    expect(find(dates, 'the fiscal year')).toMatchObject({ type: 'DURATION', value: 'P1Y' });
  });

  it('reads "for centuries" as a span of centuries, not of decades', () => {
    const dates = extractDates(article('The bridge has stood over the river for centuries.'));

    expect(find(dates, 'centuries')).toMatchObject({ type: 'DURATION', value: 'PXC' });
  });

  it('reads "a few days later" as a span of days of no stated count, as "two days later" is', () => {
    const text =
      'A few days later, the firm sold its stake.\nTwo days later, the firm sold its stake.';

    const dates = extractDates(article(text));

    expect(find(dates, 'A few days')).toMatchObject({ type: 'DURATION', value: 'PXD' });
    expect(find(dates, 'Two days')).toMatchObject({ type: 'DURATION', value: 'P2D' });
  });

  it('reads "one day" after a modal as a time ahead, and elsewhere as a span', () => {
    const text = 'She hopes the city will one day host the games.\nThe strike lasted one day.';

    const dates = extractDates(article(text));

    expect(dates.map((d) => [d.text, d.type, d.value])).toEqual([
      ['one day', 'DATE', 'FUTURE_REF'],
      ['one day', 'DURATION', 'P1D'],
    ]);
  });

  it('reads "Tuesday nights" as a set, and a weekday joined to it as a set of the same part', () => {
    const dates = extractDates(article('The ferry sails on Monday and Tuesday nights.'));

    expect(dates.map((d) => [d.text, d.type, d.value])).toEqual([
      ['Monday', 'SET', 'XXXX-WXX-1TNI'],
      ['Tuesday nights', 'SET', 'XXXX-WXX-2TNI'],
    ]);
  });

  it('reads a decade in words after "the" as that decade, but not an age or a temperature', () => {
    const text =
      'Crime fell through the nineties.\nHe moved there in the early eighties.\nShe is in her sixties.\nHighs will be in the sixties.';

    const dates = extractDates(article(text));

    expect(dates.map((d) => [d.text, d.value, d.mod])).toEqual([
      ['the nineties', '199', undefined],
      ['the early eighties', '198', 'START'],
    ]);
  });

  it('reads the tense across a quoted title, which leaves verb and date in one voice', () => {
    const text = 'Friday on KXAN’s “New Day,” the senator told the host she would run.';

    const dates = extractDates(article(text));

    expect(find(dates, 'Friday')?.value).toBe('2017-06-30');
  });

  it('keeps a plain "will" from pushing ahead a date that is not the time of its verb', () => {
    const poll = 'A poll in January shows voters say the economy will matter most.';
    const debate = 'The rivals will meet for the first time since their Oct. 13 forum.';

    const inPoll = extractDates(article(poll, '2017-02-25'));
    const inDebate = extractDates(article(debate, '2017-11-13'));

    expect(find(inPoll, 'January')?.value).toBe('2017-01');
    expect(find(inDebate, 'Oct. 13')?.value).toBe('2017-10-13');
  });

  it('reads "the weekend" in a sentence without tense words as the one just past', () => {
    const dates = extractDates(article('A flood of angry calls over the weekend.'));

    expect(find(dates, 'the weekend')?.value).toBe('2017-W26-WE');
  });

  it('reads a date after "between now and" as ahead, whatever the reporting verb', () => {
    const dates = extractDates(article('Prices could rise between now and Christmas, he said.'));

    expect(find(dates, 'Christmas')?.value).toBe('2017-12-25');
  });

  it('reads a weekday after an irregular participle ("a poll taken Saturday") as past', () => {
    const dates = extractDates(article('A poll of 900 voters taken Saturday.'));

    expect(find(dates, 'Saturday')?.value).toBe('2017-07-01');
  });

  it('reads a weekday something "is expected", someone "appears in court" or "leaves", or tickets "go on sale" as the coming one', () => {
    expectValues([
      ['A ruling is expected Tuesday.', 'Tuesday', '2017-07-11'],
      [
        'Police said the man, who was charged Monday, appears in court Tuesday.',
        'Tuesday',
        '2017-07-11',
      ],
      ['A ruling was expected Tuesday.', 'Tuesday', '2017-07-04'],
      ['Aides said the president leaves Tuesday for Asia.', 'Tuesday', '2017-07-11'],
      ['Tickets go on sale Tuesday.', 'Tuesday', '2017-07-11'],
      ['Tickets did not go on sale Tuesday.', 'Tuesday', '2017-07-04'],
    ]);
  });

  it('reads a month a plan told in the present is for as still ahead, however near the last one', () => {
    // 2003-05-27: March is two months back.
    expectValues(
      [
        ['She plans to retire in March.', 'March', '2004-03'],
        ['The firm aims to list its shares in April.', 'April', '2004-04'],
        ['The company expects to finish the plant in March.', 'March', '2004-03'],
        ['She planned to retire in March.', 'March', '2003-03'],
      ],
      '2003-05-27',
    );
  });

  it('reads the month or quarter of figures still to come as the latest one gone', () => {
    // 1998-03-03: the figures follow their period.
    expectValues(
      [
        ['The agency will release February figures on April 1.', 'February', '1998-02'],
        ['The agency will publish December trade data next week.', 'December', '1997-12'],
        ['The May jobs report will come out in June.', 'May', '1998-05'],
        ['The department will report March retail sales on Friday.', 'March', '1998-03'],
        ['The government will report fourth-quarter GDP next week.', 'fourth-quarter', '1997-Q4'],
        ['Sales will rise in February, analysts said.', 'February', '1999-02'],
      ],
      '1998-03-03',
    );
  });

  it('reads the month of a violent event as past, whatever the tense of its sentence', () => {
    expectValues(
      [
        ['The panel will look into the shooting in August.', 'August', '2004-08'],
        ['The panel will look into the matter in August.', 'August', '2005-08'],
        ['A planned attack in August will be foiled.', 'August', '2005-08'],
      ],
      '2005-06-15',
    );
  });

  it('reads a date after an irregular participle in a future sentence as past', () => {
    expectValues([
      ['Police will return the van stolen Monday.', 'Monday', '2017-07-03'],
      ['The envoys will try to revive talks broken off in May.', 'May', '2017-05'],
      ['The mayor, sworn in on Tuesday, will name a deputy.', 'Tuesday', '2017-07-04'],
    ]);
  });

  it('counts "the following Monday" and "the previous Friday" from the day the story named', () => {
    const text =
      'The deal was signed on June 14. The following Monday, shares fell.\nShares fell on June 14, down 4% from the previous Friday.';

    const dates = extractDates(article(text));

    expect(find(dates, 'The following Monday')?.value).toBe('2017-06-19');
    expect(find(dates, 'the previous Friday')?.value).toBe('2017-06-09');
  });

  it('reads "a decade ago" as the year ten years back, as "ten years ago" is', () => {
    const text =
      'The plant closed a decade ago.\nThe plant closed ten years ago.\nThe plant opened more than a half-century ago.';

    const dates = extractDates(article(text));

    expect(dates.map((d) => d.value)).toEqual(['2007', '2007', '1967']);
  });

  it('counts "the next month" of a story told in the past from the month it named', () => {
    const text = 'The trust was set up in May 2014. The next month, two tenants sued it.';

    const dates = extractDates(article(text));

    expect(find(dates, 'The next month')?.value).toBe('2014-06');
  });

  it('reads no past tense in a passive after "are" or in a compound adjective in -ed', () => {
    const text = 'The ballots are counted in November.\nA Christmas-themed sale on Dec. 1.';

    const dates = extractDates(article(text));

    expect(find(dates, 'November')?.value).toBe('2017-11');
    expect(find(dates, 'Dec. 1')?.value).toBe('2017-12-01');
  });

  it('reads "last June" written in July as a year before, and "this past June" as the one just past', () => {
    const text =
      'The plant closed last June.\nThe plant closed this past June.\nThe plant closed last May.';

    const dates = extractDates(article(text));

    expect(dates.map((d) => [d.text, d.value])).toEqual([
      ['last June', '2016-06'],
      ['this past June', '2017-06'],
      ['last May', '2017-05'],
    ]);
  });

  it('counts "the next morning" from the day the story told even a long paragraph back', () => {
    const gap =
      'Neither side would say what was said in the kitchen, and the lawyers for both men, who have ' +
      'spent weeks trading letters over the house, the boat and the money their late mother left, ' +
      'declined to comment when reached by phone, saying only that talks would go on.';
    const text = `The brothers met on Monday to settle the estate. ${gap}\nThe older one was back in court the next morning.`;
    const ahead = `The brothers will meet on Tuesday, July 11. ${gap}\nThe older one was in court the next morning.`;

    expect(find(extractDates(article(text)), 'the next morning')?.value).toBe('2017-07-04TMO');
    // A day still to come is not the day a past sentence's morning followed, nor is publication.
    expect(find(extractDates(article(ahead)), 'the next morning')?.value).toBe('XXXX-XX-XXTMO');
  });

  it('reads "the next day" with no day told before as a day of no known date, whatever the tense', () => {
    // A writer counting from publication says "tomorrow": "the next day" follows a day of the story,
    // here only a day of the month told.
    const text =
      'Last September the singer mocked a rival on air. He apologized the next day.\n' +
      'The senator will speak the next day.\n' +
      'He showed the route he planned to drive the following morning.';

    const dates = extractDates(article(text));

    expect(dates.filter((d) => /next|following/.test(d.text)).map((d) => d.value)).toEqual([
      '2016-09-XX',
      'XXXX-XX-XX',
      'XXXX-XX-XXTMO',
    ]);
  });

  it('counts "the next day" and "the previous day" from the day the story named', () => {
    const text =
      'The ferry sank on March 3, 2015. Divers reached it the next day.\nThe council met on May 9. It had voted the previous day.\nA crew left on Monday and the following day the storm hit.';

    const dates = extractDates(article(text));

    expect(find(dates, 'the next day')).toMatchObject({ type: 'DATE', value: '2015-03-04' });
    expect(find(dates, 'the previous day')).toMatchObject({ type: 'DATE', value: '2015-05-08' });
    expect(find(dates, 'the following day')).toMatchObject({ type: 'DATE', value: '2017-07-04' });
  });

  it('gives "early the next day" its START and leaves "do that overnight" untagged', () => {
    const text =
      'The jury retired on April 11. Early the next day it returned a verdict.\nNo city can fix that overnight.';

    const dates = extractDates(article(text));

    expect(find(dates, 'Early the next day')).toMatchObject({ value: '2017-04-12', mod: 'START' });
    expect(dates.some((d) => d.text.includes('overnight'))).toBe(false);
  });

  it('tags "the day before" only without an object, which TimeML leaves outside the extent', () => {
    const text =
      'The mayor was sworn in on June 2. Her rival had conceded the day before.\nHe spoke the day before the vote.';

    const dates = extractDates(article(text));

    expect(find(dates, 'the day before')).toMatchObject({ type: 'DATE', value: '2017-06-01' });
    expect(dates.some((d) => d.text.includes('the day before the'))).toBe(false);
  });

  it('reads "that night" and "later that evening" as a part of the day the story named', () => {
    const text =
      'The band landed on Sept. 14, 2012. It played that night.\nThe rally ended on Tuesday. Later that evening, a fire broke out.';

    const dates = extractDates(article(text));

    expect(find(dates, 'that night')).toMatchObject({ type: 'TIME', value: '2012-09-14TNI' });
    expect(find(dates, 'Later that evening')).toMatchObject({
      type: 'TIME',
      value: '2017-07-04TEV',
    });
  });

  it('reads "that night" of a past sentence as no day the story named still ahead', () => {
    const text =
      'The fair opens on Saturday. The mayor will speak that night.\n' +
      'In his first year, the mayor spoke at a dinner that night.';

    const dates = extractDates(article(text));

    expect(dates.filter((d) => d.text === 'that night').map((d) => d.value)).toEqual([
      '2017-07-08TNI',
      'XXXX-XX-XXTNI',
    ]);
  });

  it('leaves "that" a conjunction before a part of the day ("said that morning traffic")', () => {
    const text = 'On Monday the agency said that morning traffic had doubled.';

    const dates = extractDates(article(text));

    expect(dates.map((d) => d.text)).toEqual(['Monday']);
  });

  it('reads "that week" and "later that week" as the week of the day the story named', () => {
    const text = 'The bill passed on Feb. 3, 2016. Later that week, the governor signed it.';

    const dates = extractDates(article(text));

    expect(find(dates, 'Later that week')).toMatchObject({ type: 'DATE', value: '2016-W05' });
  });

  it('reads "FY2016" and "FY 2016" as the fiscal year, the abbreviation in the extent', () => {
    const dates = extractDates(article('Its FY2016 budget grew.\nRevenue for FY 2015 fell.'));

    expect(dates.map((d) => [d.text, d.value])).toEqual([
      ['FY2016', '2016'],
      ['FY 2015', '2015'],
    ]);
  });

  it('reads "the first Tuesday of November" as that day of the nearest such month', () => {
    const text =
      'The vote falls on the first Tuesday of November.\nThe fair closed on the last Monday in May 2015.\nNo race is run on the fifth Friday of February 2017.';

    const dates = extractDates(article(text));

    expect(find(dates, 'the first Tuesday of November')?.value).toBe('2017-11-07');
    expect(find(dates, 'the last Monday in May 2015')?.value).toBe('2015-05-25');
    expect(dates.some((d) => d.text.includes('fifth Friday'))).toBe(false);
    expect(find(dates, 'February 2017')?.value).toBe('2017-02');
  });

  it('reads a weekday counted within "the month", "next month" or "every month"', () => {
    expectValues([
      [
        'The last Saturday of the month is a holiday.',
        'The last Saturday of the month',
        '2017-07-29',
      ],
      [
        'Rent is due the first Friday of next month.',
        'the first Friday of next month',
        '2017-08-04',
      ],
      [
        'It was held on the last Tuesday of last month.',
        'the last Tuesday of last month',
        '2017-06-27',
      ],
    ]);
    const text = 'The fair opened in May.\nIt closed on the last Sunday of the month.';
    expect(find(extractDates(article(text)), 'the last Sunday of the month')?.value).toBe(
      '2017-05-28',
    );
    const monthly = extractDates(article('The club meets on the first Monday of every month.'));
    expect(monthly.map((d) => [d.text, d.type, d.value])).toEqual([
      ['the first Monday of every month', 'SET', 'P1M'],
    ]);
  });

  it('reads "this Friday" as the Friday of the week under way, unless a future looks past it', () => {
    const onMonday = (text: string) => extractDates(article(text, '2017-07-03'))[0]?.value;
    const onSunday = (text: string) => extractDates(article(text, '2017-07-09'))[0]?.value;

    expect(onMonday('The senator said that this Friday would be decisive.')).toBe('2017-07-07');
    expect(onMonday('The club plays this Sunday.')).toBe('2017-07-09');
    expect(onSunday('The council will vote this Wednesday.')).toBe('2017-07-12');
    expect(onSunday('The mayor spoke this Monday.')).toBe('2017-07-03');
  });

  it('leaves the verb "last" out of the span after "to" or a modal ("will last two weeks")', () => {
    const text =
      'The repairs are expected to last three weeks.\nThe drought could last two years.\nHe lost the last two years of data.';

    const dates = extractDates(article(text));

    expect(dates.map((d) => [d.text, d.value])).toEqual([
      ['three weeks', 'P3W'],
      ['two years', 'P2Y'],
      ['the last two years', 'P2Y'],
    ]);
  });

  it('keeps a weekday before a British day-month date in one expression ("Friday 30 June")', () => {
    const text =
      'The board met on Friday 30 June in Leeds.\nThe law passed on Monday, 3 April 2017.';

    const dates = extractDates(article(text));

    expect(dates.map((d) => [d.text, d.value])).toEqual([
      ['Friday 30 June', '2017-06-30'],
      ['Monday, 3 April 2017', '2017-04-03'],
    ]);
  });

  it('reads a 24-hour clock with a time zone or "local time" and no preposition', () => {
    const text =
      'The polls opened at 07:00 local time (05:00 GMT).\nThe side won 2:1 on the night.';

    const dates = extractDates(article(text));

    expect(dates.map((d) => [d.text, d.value])).toEqual([
      ['07:00', '2017-07-06T07:00'],
      ['05:00 GMT', '2017-07-06T05:00'],
    ]);
  });

  it('dates a clock time standing as its own paragraph by publication, not by the day before it', () => {
    const text =
      'The governor said the hearing would resume on Monday morning.\n' +
      '3:45 p.m.\n' +
      'Lawmakers in the state senate have passed the transit bill.';

    const dates = extractDates(article(text));

    expect(find(dates, '3:45 p.m.')?.value).toBe('2017-07-06T15:45');
  });

  it('reads a weekday possessive after "ahead of" as the coming day, not one already held', () => {
    const text =
      'Both candidates made a final push along the coast ahead of Saturday’s runoff.\n' +
      'Turnout in Tuesday’s primary was light.';

    const dates = extractDates(article(text));

    expect(find(dates, 'Saturday')?.value).toBe('2017-07-08');
    expect(find(dates, 'Tuesday')?.value).toBe('2017-07-04');
  });

  it('reads a weekday naming an awaited event as the coming day, past its owner and epithets', () => {
    expectValues([
      ['The mood soured ahead of Ohio’s Saturday runoff.', 'Saturday', '2017-07-08'],
      ['Spending soared ahead of the state’s hard-fought Monday vote.', 'Monday', '2017-07-10'],
      ['Turnout dipped ahead of the crucial Saturday ballot.', 'Saturday', '2017-07-08'],
      ['The crew finished ahead of schedule Monday.', 'Monday', '2017-07-03'],
    ]);
  });

  it('reads a phrase with a no-break space as it reads one with a space, and keeps the text as written', () => {
    const spaced =
      'Turnout will be light in Saturday’s runoff, and the polls closed more than 200 years later.';
    const fixed = spaced.replace(/ (?=runoff|200|years)/g, '\u00a0');

    const plain = extractDates(article(spaced));
    const dates = extractDates(article(fixed));

    expect(dates.map((d) => [d.start, d.end, d.value, d.mod])).toEqual(
      plain.map((d) => [d.start, d.end, d.value, d.mod]),
    );
    expect(dates.map((d) => d.text)).toEqual(plain.map((d) => fixed.slice(d.start, d.end)));
    expect(find(dates, 'Saturday')?.value).toBe('2017-07-08');
  });

  it('reads a weekday after "heading into" as the coming day unless the sentence tells of the past', () => {
    expectValues([
      ['Heading into Saturday’s game, the coach is confident.', 'Saturday', '2017-07-08'],
      ['She had 40 delegates heading into Saturday’s runoff.', 'Saturday', '2017-07-01'],
    ]);
  });

  it('reads a month after a modal ("can carry the state in March") as looking ahead', () => {
    const text =
      'The chairman argued that only a moderate can carry the state in March.\n' +
      'The chairman argued for a moderate in March.';

    const dates = extractDates(article(text));

    expect(dates.map((d) => d.value)).toEqual(['2018-03', '2017-03']);
  });

  it('reads a month after "if" or "could" as looking ahead, one before them by its verb', () => {
    const text =
      'The chairman warned that the party loses the seat if it stalls in March.\n' +
      'Officials argued that turnout could slip in March.\n' +
      'A deal signed in March could unravel.';

    const dates = extractDates(article(text));

    expect(dates.map((d) => d.value)).toEqual(['2018-03', '2018-03', '2017-03']);
  });

  it('reads a month the story moves toward ("heading into October") as the coming one', () => {
    const text = 'Party leaders said the campaign was short of volunteers heading into October.';

    const dates = extractDates(article(text));

    expect(find(dates, 'October')?.value).toBe('2017-10');
  });

  it('dates "the Sept. 11 attacks" in 2001, and another Sept. 11 by the publication date', () => {
    const text =
      'The senator recalled the weeks after the Sept. 11 attacks.\n' +
      'The mayor opened a new park on Sept. 11.';

    const dates = extractDates(article(text));

    // "opened a new park on Sept. 11": the park is open, so that Sept. 11 has gone by.
    expect(dates.map((d) => d.value)).toEqual(['2001-09-11', '2016-09-11']);
  });

  it('does not let the verb of a "that" clause after a weekday tell its tense', () => {
    const text =
      'The minister told reporters on Friday that the bridge would reopen.\n' +
      'Crews prepared the site for the ceremony on Friday that will open it.';

    const dates = extractDates(article(text));

    expect(dates.map((d) => d.value)).toEqual(['2017-06-30', '2017-07-07']);
  });

  it("reads a date inside a reported clause by the clause's own tense, not the verb of saying", () => {
    const text =
      'The treasurer has shown she can raise enough money from small donors for the contest in March.\n' +
      'The coach signaled the squad is fit and eager for the big match on Saturday.\n' +
      'The builder told the crew, which is new to the old river site in the north, on Saturday about the crack.';

    const dates = extractDates(article(text));

    expect(dates.map((d) => d.value)).toEqual(['2018-03', '2017-07-08', '2017-07-01']);
  });

  it('reads a curly apostrophe, a negated modal and "likely to" as the tense words they spell', () => {
    const text =
      'The ferry won’t sail on Saturday.\n' +
      'The plant is likely to reopen on Monday.\n' +
      'The bridge wouldn’t be finished before March.';

    const dates = extractDates(article(text));

    expect(dates.map((d) => d.value)).toEqual(['2017-07-08', '2017-07-10', '2018-03']);
  });

  it('lets a verb of saying after a date tell its tense over the clause it reports', () => {
    const text =
      'The hearing on Monday, at which the senator from the northern district finally said he would retire, ran late.';

    const dates = extractDates(article(text));

    expect(find(dates, 'Monday')?.value).toBe('2017-07-03');
  });

  it('gives a day told in the past the year written at the head of its sentence or the one before', () => {
    const paragraph = (...sentences: string[]): ArticleForExtraction => {
      const text = sentences.join(' ');
      let start = 0;
      const spans = sentences.map((s) => {
        const span = { start, end: start + s.length };
        start += s.length + 1;
        return span;
      });
      return {
        text,
        title: null,
        paragraphs: [{ start: 0, end: text.length }],
        sentences: spans,
        publishedAt: PUBLISHED,
      };
    };

    const told = extractDates(
      paragraph(
        'In 2009, the mayor toured the valley.',
        'On March 4, she opened the dam, and in April she left.',
      ),
    );
    const ahead = extractDates(
      paragraph('In 2009, the mayor toured the valley.', 'On March 4, she will open the dam.'),
    );
    const attributive = extractDates(
      paragraph('A 2009 audit faulted the dam.', 'On March 4, the mayor closed it.'),
    );
    const apart = extractDates(
      article('In 2009, the mayor toured the valley.\nOn March 4, she opened the dam.'),
    );

    expect(told.map((d) => d.value)).toEqual(['2009', '2009-03-04', '2009-04']);
    expect(find(ahead, 'March 4')?.value).toBe('2018-03-04');
    expect(find(attributive, 'March 4')?.value).toBe('2017-03-04');
    expect(find(apart, 'March 4')?.value).toBe('2017-03-04');
  });

  it('gives a day told in the past the year of a whole date written up to three sentences before', () => {
    const lead = 'The ferry sank on Nov. 12, 2012, off the cape.';
    const near = extractDates(
      article(`${lead}\nDivers reached it on March 4, and in May they left.`),
    );
    const ahead = extractDates(article(`${lead}\nDivers will reach it on March 4.`));
    const far = extractDates(
      article(
        `${lead}\nThe crew waited.\nThe wind rose.\nThe port closed.\nDivers came on March 4.`,
      ),
    );
    const yearOnly = extractDates(article('The ferry sank in 2012.\nDivers came on March 4.'));

    expect(near.map((d) => d.value)).toEqual(['2012-11-12', '2012-03-04', '2017-05']);
    expect(find(ahead, 'March 4')?.value).toBe('2018-03-04');
    expect(find(far, 'March 4')?.value).toBe('2017-03-04');
    expect(find(yearOnly, 'March 4')?.value).toBe('2017-03-04');
  });
  it('reads a month after a present under "if" or a "have" after a modal as looking ahead', () => {
    const text =
      'The party loses the seat if the popular former mayor is still in office in March.\n' +
      'The council could have a final say in March.\n' +
      'The council could have been in session in March.';

    const dates = extractDates(article(text));

    expect(dates.map((d) => d.value)).toEqual(['2018-03', '2018-03', '2017-03']);
  });

  it('reads a month naming a vote ("the March referendum") as the coming one unless told as past', () => {
    const text =
      'Organizers are printing posters for the March referendum.\n' +
      'Turnout in the March referendum was low.';

    const dates = extractDates(article(text));

    expect(dates.map((d) => d.value)).toEqual(['2018-03', '2017-03']);
  });

  it('reads a month of a win or a vote ("a win in March") as the coming one', () => {
    const text = 'The mayor’s allies are counting on a win in March.';

    const dates = extractDates(article(text));

    expect(find(dates, 'March')?.value).toBe('2018-03');
  });

  it('lets the participle before a weekday tell its tense over a modal after it', () => {
    const dates = extractDates(article('A plan adopted Saturday would widen the harbor road.'));

    expect(find(dates, 'Saturday')?.value).toBe('2017-07-01');
  });

  it('reads a weekday before "promised to" as the day of the promise, and "to predict" as tenseless', () => {
    const text =
      'At a Monday rally, the senator promised to expand the clinic.\n' +
      'Forecasters failed to predict the flooding on Tuesday.';

    const dates = extractDates(article(text));

    expect(dates.map((d) => d.value)).toEqual(['2017-07-03', '2017-07-04']);
  });

  it('reads "this weekend" told in the past early in the week as the one just over', () => {
    const dates = extractDates(
      article('The mayor spoke at two rallies this weekend.', '2017-07-03'),
    );

    expect(find(dates, 'this weekend')?.value).toBe('2017-W26-WE');
  });

  it('reads "the weekend" on a Sunday as the weekend under way', () => {
    const dates = extractDates(article('Crews will work through the weekend.', '2017-07-02'));

    expect(find(dates, 'the weekend')?.value).toBe('2017-W26-WE');
  });

  it('reads "last summer" written in December as that year\'s summer', () => {
    const dates = extractDates(article('Sales of the tonic rose last summer.', '2017-12-05'));

    expect(find(dates, 'last summer')?.value).toBe('2017-SU');
  });

  it('reads "this summer" looked forward to after the summer is over as next year\'s', () => {
    const text =
      'The couple are expecting their second child this summer.\n' +
      'The pool was busy this summer.\n' +
      'The new wing will open this spring.';

    const dates = extractDates(article(text, '2017-12-05'));

    expect(dates.map((d) => d.value)).toEqual(['2018-SU', '2017-SU', '2018-SP']);
  });

  it('reads a season without a tense word as the nearest one', () => {
    const dates = extractDates(article('Candidates are saving cash for the fall.', '2017-05-10'));

    expect(find(dates, 'the fall')?.value).toBe('2017-FA');
  });

  it('reads a season naming a vote or awaited ("looking ahead to the summer") as the coming one', () => {
    const text =
      'Strategists said the fall election matters most.\n' +
      'The governor hired two aides, looking ahead to the summer.';

    const dates = extractDates(article(text, '2017-05-10'));

    expect(dates.map((d) => d.value)).toEqual(['2017-FA', '2017-SU']);
  });

  it('reads Election Day as the coming one unless the sentence tells of it as past', () => {
    const text =
      'Organizers say turnout matters most on Election Day.\n' +
      'Turnout was heavy on Election Day.';

    const dates = extractDates(article(text, '2017-01-20'));

    expect(dates.map((d) => d.value)).toEqual(['2017-11-07', '2016-11-08']);
  });

  it('reads "a few years later" told in the past as before publication (PAST_REF)', () => {
    const text =
      'The plant opened in 1990, and a few years later it closed.\n' +
      'The plant will reopen, and a few years later it will expand.';

    const dates = extractDates(article(text));

    expect(dates.filter((d) => /later/.test(d.text)).map((d) => d.value)).toEqual([
      'PAST_REF',
      'FUTURE_REF',
    ]);
  });

  it('reads a weekday possessive naming a vote by the tense: "leads in Tuesday\'s primary" is ahead', () => {
    const text =
      'The mayor leads comfortably in Tuesday’s primary.\n' +
      'The mayor won Tuesday’s primary.\n' +
      'The mayor praised Tuesday’s ruling.';

    const dates = extractDates(article(text, '2017-07-03'));

    expect(dates.map((d) => d.value)).toEqual(['2017-07-04', '2017-06-27', '2017-06-27']);
  });

  it('reads "that November" as the November of the year the story is telling', () => {
    const text = 'The senator first ran in 1994 and lost the runoff that November.';

    const dates = extractDates(article(text));

    expect(find(dates, 'November')?.value).toBe('1994-11');
  });

  it('reads "the winter" written in November as the one beginning in December', () => {
    const dates = extractDates(article('Ski shops hire staff for the winter.', '2017-11-20'));

    expect(find(dates, 'the winter')?.value).toBe('2017-WI');
  });

  it('reads a wire-style world time without a colon ("0630 GMT") as a TIME, with its day', () => {
    const text =
      'Markets opened at 2115 UTC.\n' +
      'The ferry sailed at 0630 GMT on Tuesday.\n' +
      'The tremor hit at 9:40 a.m. (1440 GMT) Monday.';

    const dates = extractDates(article(text));

    expect(find(dates, '0630 GMT on Tuesday')).toMatchObject({
      type: 'TIME',
      value: '2017-07-04T06:30',
    });
    expect(find(dates, '2115 UTC')?.value).toBe('2017-07-06T21:15');
    expect(find(dates, '1440 GMT')?.value).toBe('2017-07-03T14:40');
  });

  it('joins a clock time to "tonight", "this morning" or "last night", which tells a bare hour\'s half of the day', () => {
    const text =
      'The parade starts at 8:15 tonight.\n' +
      'The suspect was detained at 6 this morning.\n' +
      'The pumps failed at 9 p.m. last night.\n' +
      'Fares rose 4 this morning.';

    const dates = extractDates(article(text));

    expect(find(dates, '8:15 tonight')).toMatchObject({ type: 'TIME', value: '2017-07-06T20:15' });
    expect(find(dates, '6 this morning')?.value).toBe('2017-07-06T06:00');
    expect(find(dates, '9 p.m. last night')?.value).toBe('2017-07-05T21:00');
    expect(find(dates, 'this morning')?.value).toBe('2017-07-06TMO');
  });

  it('keeps the edge of a century inside its extent: "the late 18th century" ends it (END)', () => {
    const text =
      'The chapel was rebuilt in the late 18th century.\n' +
      'Canals spread across the region in the mid-17th century.';

    const dates = extractDates(article(text));

    expect(find(dates, 'the late 18th century')).toMatchObject({ value: '17', mod: 'END' });
    expect(find(dates, 'the mid-17th century')).toMatchObject({ value: '16', mod: 'MID' });
  });

  it('reads a British range of days ("18-20 September") as two dates in the month after them', () => {
    const text =
      'Delegates met in Lisbon on 18-20 September 2016.\n' +
      'The regatta runs from 8 to 10 August.';

    const dates = extractDates(article(text));

    expect(find(dates, '18')?.value).toBe('2016-09-18');
    expect(find(dates, '20 September 2016')?.value).toBe('2016-09-20');
    expect(find(dates, '8')?.value).toBe('2017-08-08');
    expect(find(dates, '10 August')?.value).toBe('2017-08-10');
  });

  it('gives the first day of an American range the year written after it ("Nov. 2-4, 2015")', () => {
    const dates = extractDates(article('The fair was held Nov. 2-4, 2015, in Tulsa.'));

    expect(find(dates, 'Nov. 2')?.value).toBe('2015-11-02');
  });

  it('reads what "is due in" or "is due to open" a date as still to come, a cause "due to" as not', () => {
    const text =
      'A ruling on the appeal is due in the spring.\n' +
      'The new terminal is due to open on Wednesday.\n' +
      'The delay is due to the storms of the spring.';

    const dates = extractDates(article(text));

    expect(dates.map((d) => d.value)).toEqual(['2018-SP', '2017-07-12', '2017-SP']);
  });

  it("reads a weekday's event a future sentence goes to take part in as the coming one", () => {
    expectValues([
      ["Most voters expect her to win Monday's debate.", 'Monday', '2017-07-10'],
      ["She plans to attend Saturday's summit.", 'Saturday', '2017-07-08'],
      ["He vowed to appeal Monday's ruling.", 'Monday', '2017-07-03'],
    ]);
  });

  it('reads a weekday\'s vote or game a present sentence counts down to with "before" as the coming one', () => {
    // 2020-10-29 is a Thursday.
    expectValues(
      [
        [
          "With five days left before Tuesday's election, the race is tight.",
          'Tuesday',
          '2020-11-03',
        ],
        ["Before Monday's game, the coach is confident.", 'Monday', '2020-11-02'],
        ["Before Tuesday's vote, polls showed her ahead.", 'Tuesday', '2020-10-27'],
        ["Its stake before Monday's purchases is small.", 'Monday', '2020-10-26'],
      ],
      '2020-10-29',
    );
  });

  it("reads a weekday's event a sentence expects something at as the coming one", () => {
    expectValues([
      ["Organizers expect a big crowd at Saturday's final.", 'Saturday', '2017-07-08'],
      ["Officials expect record turnout in Tuesday's runoff.", 'Tuesday', '2017-07-11'],
      ["Traders expect to recoup what was lost in Monday's sell-off.", 'Monday', '2017-07-03'],
    ]);
  });

  it("reads a weekday's event as the coming one when it is the subject of a future verb", () => {
    expectValues([
      ["Monday's debate in Ohio will be her first.", 'Monday', '2017-07-10'],
      ["Saturday's vote is expected to be close.", 'Saturday', '2017-07-08'],
      ["Monday's ruling will be appealed.", 'Monday', '2017-07-03'],
      ["Monday's debate was her first.", 'Monday', '2017-07-03'],
    ]);
  });

  it("reads a weekday's outcome whose effects a future verb tells of as done", () => {
    expectValues([
      ["Activists said Monday's ruling will change the race.", 'Monday', '2017-07-03'],
      ["And Monday's court decision will reverberate for years.", 'Monday', '2017-07-03'],
      ["Tuesday's shooting will haunt the town.", 'Tuesday', '2017-07-04'],
      ["Monday's hearing will decide the case.", 'Monday', '2017-07-10'],
    ]);
  });

  it('reads a weekday of a plan told in the past ("was set to speak on Friday") as the nearer one', () => {
    expectValues([
      [
        'The mayor was set to receive an award on Wednesday from the guild.',
        'Wednesday',
        '2017-07-05',
      ],
      ['The band was scheduled to play in Ohio on Saturday.', 'Saturday', '2017-07-08'],
      ['The band had been scheduled to play on Saturday.', 'Saturday', '2017-07-01'],
      ['The band is scheduled to play on Wednesday.', 'Wednesday', '2017-07-12'],
    ]);
  });

  it('reads "wouldn\'t say" and "would not comment" as a refusal made, not a future', () => {
    expectValues([
      ['The minister wouldn’t say Tuesday how the funds would be spent.', 'Tuesday', '2017-07-04'],
      ['The club would not comment on Monday about the transfer.', 'Monday', '2017-07-03'],
      ['The board would meet on Monday to vote.', 'Monday', '2017-07-10'],
    ]);
  });

  it('reads the day of a violent event as past whatever a verb near it says', () => {
    expectValues([
      [
        'He says voters will back him because of the shooting in Dayton on Tuesday.',
        'Tuesday',
        '2017-07-04',
      ],
      ['Police fear the attack on Monday will not be the last.', 'Monday', '2017-07-03'],
      ['Police will guard the site against a planned attack on Monday.', 'Monday', '2017-07-10'],
    ]);
  });

  it('leaves out a holiday naming things made for it ("Christmas trees"), and keeps the day', () => {
    const text =
      'The ban hit Christmas trees from Oregon.\nThe family bought Easter eggs.\nSales rose before Christmas.';

    const dates = extractDates(article(text));

    expect(dates.map((d) => [d.text, d.value])).toEqual([['Christmas', '2016-12-25']]);
  });

  it('leaves out a holiday closing the title of a work in quotes, and keeps one quoted in speech', () => {
    const text =
      'She starred in “A Very Sunny Christmas,” a holiday film.\n' +
      '“The shop will close on Christmas,” the owner said.';

    const dates = extractDates(article(text));

    expect(dates.map((d) => [d.text, d.value])).toEqual([['Christmas', '2017-12-25']]);
  });

  it('reads "one day" after a hope or closing a clause with a modal as some time ahead, and a count as a span', () => {
    const text =
      'The reforms could benefit the country one day.\n' +
      'She wants to be mayor some day, she said.\n' +
      'Doctors hope one day to grow new hearts.\n' +
      'I hope I can run that fast one day and win.\n' +
      'The strike lasted one day.\n' +
      'He will work there for one day.\n' +
      'The crew spent one day and a night at sea.';

    const dates = extractDates(article(text));

    expect(dates.map((d) => [d.text, d.type, d.value])).toEqual([
      ['one day', 'DATE', 'FUTURE_REF'],
      ['some day', 'DATE', 'FUTURE_REF'],
      ['one day', 'DATE', 'FUTURE_REF'],
      ['one day', 'DATE', 'FUTURE_REF'],
      ['one day', 'DURATION', 'P1D'],
      ['one day', 'DURATION', 'P1D'],
      ['one day', 'DURATION', 'P1D'],
    ]);
  });

  it("keeps the day a clock time fell on as the story's day for the parts of the day told after it", () => {
    const text =
      'Volunteers cleared the river on Saturday, organizers said.\n' +
      'They came from across the county, some of them driving more than an hour, and many brought their children along, with gloves, bags and boots for the mud of the banks.\n' +
      'The work started at 8 a.m. near the bridge, and the crews, who were split into teams of ten along a mile of the river, kept at it until they had filled four trucks with trash, and it ended by early afternoon.';

    const dates = extractDates(article(text));

    expect(find(dates, '8 a.m.')?.value).toBe('2017-07-01T08:00');
    expect(find(dates, 'early afternoon')?.value).toBe('2017-07-01TAF');
  });

  it('reads a century counted in words as one counted in figures, and leaves one before Christ out', () => {
    const text =
      'The empire fell in the fifth century.\nThe church dates from the late nineteenth century.\nThe city was founded in the fifth century B.C.';

    const dates = extractDates(article(text));

    expect(dates.map((d) => [d.text, d.value, d.mod])).toEqual([
      ['the fifth century', '04', undefined],
      ['the late nineteenth century', '18', 'END'],
    ]);
  });

  it('reads a clock time of a habit as on no day in particular, and one with its day as on that day', () => {
    const text =
      'She waits every morning at 6:45 a.m. for the bus.\n' +
      'The show airs weekdays from 6 a.m. to 9 a.m.\n' +
      'The store closes at 9 p.m. on Sundays.\n' +
      'The vote was held every year, and on Tuesday at 9 a.m. it resumed.';

    const dates = extractDates(article(text));

    expect(dates.filter((d) => d.type === 'TIME').map((d) => d.value)).toEqual([
      'XXXX-XX-XXT06:45',
      'XXXX-XX-XXT06:00',
      'XXXX-XX-XXT09:00',
      'XXXX-XX-XXT21:00',
      '2017-07-04T09:00',
    ]);
  });

  it('reads a clock time with a weekday and its part of the day as one TIME, the part telling the half', () => {
    const text =
      'The crash happened at 7:15 Sunday morning.\nThe fire started at 9:30 Saturday night.';

    const dates = extractDates(article(text));

    expect(dates.map((d) => [d.text, d.type, d.value])).toEqual([
      ['7:15 Sunday morning', 'TIME', '2017-07-02T07:15'],
      ['9:30 Saturday night', 'TIME', '2017-07-01T21:30'],
    ]);
  });

  it('gives a clock time the day named after its zone in words or after the other end of its range', () => {
    expectValues([
      ['The launch is set for 2:30 p.m. Eastern time Saturday.', '2:30 p.m.', '2017-07-08T14:30'],
      ['Polls were open from 7 a.m. to 8 p.m. Tuesday.', '7 a.m.', '2017-07-04T07:00'],
    ]);
  });

  it('leaves out a half or a quarter of a game, told by the words of the play', () => {
    const text =
      'The quarterback missed the second half with a knee injury.\n' +
      'He threw two interceptions in the fourth quarter.\n' +
      'Sales will rise in the fourth quarter.';

    const dates = extractDates(article(text));

    expect(dates.map((d) => [d.text, d.value])).toEqual([['the fourth quarter', '2017-Q4']]);
  });

  it('reads a past that has the form of the present ("beat", "cost") as past, unless a modal or article rules it out', () => {
    expectValues([
      ['The Hawks beat the Lions 3-1 on Saturday.', 'Saturday', '2017-07-01'],
      ['The storm cost the city millions on Saturday.', 'Saturday', '2017-07-01'],
      ['The Hawks will beat the Lions on Saturday.', 'Saturday', '2017-07-08'],
      ['They expect a split on Saturday.', 'Saturday', '2017-07-08'],
      ['Officials want to survey the storm that hit on Saturday.', 'Saturday', '2017-07-01'],
    ]);
  });

  it('reads "two years after that" as a point from the date named, and "a year after that decision" as a span', () => {
    const text =
      'The lofts opened in 2012. Two years after that, the last tenant moved in.\nThe vote came a year after that decision.';

    const dates = extractDates(article(text));

    expect(dates.map((d) => [d.text, d.type, d.value])).toEqual([
      ['2012', 'DATE', '2012'],
      ['Two years after that', 'DATE', '2014'],
      ['a year', 'DURATION', 'P1Y'],
    ]);
  });

  it('reads "hours later" and "minutes earlier" as spans of no stated count, the direction word outside', () => {
    const text = 'Hours later, the roof collapsed.\nThe alarm had sounded minutes earlier.';

    const dates = extractDates(article(text));

    expect(dates.map((d) => [d.text, d.type, d.value])).toEqual([
      ['Hours', 'DURATION', 'PTXH'],
      ['minutes', 'DURATION', 'PTXM'],
    ]);
  });

  it('reads "a year prior" closing a clause as "a year earlier", and "prior to" as a span before', () => {
    const text =
      'The plant opened in 2010. A year prior, the site was empty.\nThe vote came two days prior to the deadline.';

    const dates = extractDates(article(text));

    expect(find(dates, 'A year prior')).toMatchObject({ type: 'DATE', value: '2009' });
    expect(find(dates, 'two days')).toMatchObject({ type: 'DURATION', value: 'P2D' });
  });

  it('turns the hedge of a count from a named date into the hedge of the point it reaches', () => {
    const text =
      'The pact was signed on Nov. 11, 2014. More than a year later, it took effect.\n' +
      'The plant opened in May 2010. Less than two years earlier, the site was a farm.';

    const dates = extractDates(article(text));

    expect(find(dates, 'More than a year later')).toMatchObject({
      value: '2015-11-11',
      mod: 'AFTER',
    });
    expect(find(dates, 'Less than two years earlier')).toMatchObject({
      value: '2008-05',
      mod: 'AFTER',
    });
  });

  it('reads "forecast" by its use: a participle looks back, the verb ahead, the noun not at all', () => {
    expectValues([
      ['Output will grow 1.6 percent, less than forecast in March.', 'March', '2017-03'],
      ['Economists had forecast a gain in March.', 'March', '2017-03'],
      ['Analysts forecast a rebound in March.', 'March', '2018-03'],
      ['The storm is forecast to hit on Friday.', 'Friday', '2017-07-07'],
      ['The bank cut its forecast in March.', 'March', '2017-03'],
      ['The company raised its sales forecast on Tuesday.', 'Tuesday', '2017-07-04'],
      ['The firm cut its full-year forecast on Tuesday.', 'Tuesday', '2017-07-04'],
      ['The fund cut its growth forecasts on Monday.', 'Monday', '2017-07-03'],
      ['The company forecasts growth in January.', 'January', '2018-01'],
    ]);
  });

  it('reads what is due on a day named after "due" or "due no later than" as still to come', () => {
    expectValues([
      ['The results are due Tuesday.', 'Tuesday', '2017-07-11'],
      ['The first payment is due Oct. 1.', 'Oct. 1', '2017-10-01'],
      ['Filings are due no later than April 15.', 'April 15', '2018-04-15'],
      ['The rent was due Tuesday.', 'Tuesday', '2017-07-04'],
      ['The figures, due out Monday, could shift the race.', 'Monday', '2017-07-10'],
      ['The audit, due Friday, is expected to be harsh.', 'Friday', '2017-07-07'],
      ['The loan came due Monday.', 'Monday', '2017-07-03'],
      ['The invoice, which was due Friday, went unpaid.', 'Friday', '2017-06-30'],
    ]);
  });

  it('looks back from "until" a day a past state lasted, and ahead to the day a delay waits for', () => {
    expectValues([
      ['Until Tuesday, the pass was open.', 'Tuesday', '2017-07-04'],
      ['The gallery stayed open until Friday.', 'Friday', '2017-06-30'],
      ['He was in charge until Friday, when he quit.', 'Friday', '2017-06-30'],
      ['The vote was postponed until Tuesday.', 'Tuesday', '2017-07-11'],
      ['The hearing was adjourned until Monday.', 'Monday', '2017-07-10'],
      ['The road will be closed until Monday.', 'Monday', '2017-07-10'],
      ['She said she would wait until Friday.', 'Friday', '2017-07-07'],
    ]);
  });

  it('reads weekends in the plural as a set, unless counted or picked out', () => {
    const text =
      'The ferry only runs on weekends.\n' +
      'Rain spoiled the last three weekends.\n' +
      'She gives her weekends to the choir.';

    const dates = extractDates(article(text));

    expect(find(dates, 'weekends')).toMatchObject({ type: 'SET', value: 'XXXX-WXX-WE' });
    expect(dates.filter((d) => d.type === 'SET')).toHaveLength(1);
  });

  it('reads "takes a week" and "comes a month after" as spans: a verb in -s before them is no rate', () => {
    const text =
      'The crossing takes a week.\n' +
      'The audit comes a month after the merger.\n' +
      'It was a year before the flood.\n' +
      'The bakery sells 900 loaves a day.';

    const dates = extractDates(article(text));

    expect(dates.map((d) => d.value)).toEqual(['P1W', 'P1M', 'P1Y']);
  });

  it('keeps "over" meaning "more than" inside a span ("lasted over a week"), not the preposition', () => {
    const text =
      'The blackout lasted over nine hours.\n' + 'The debt will be paid off over four years.';

    const dates = extractDates(article(text));

    expect(find(dates, 'over nine hours')).toMatchObject({ value: 'PT9H', mod: 'MORE_THAN' });
    expect(find(dates, 'four years')?.mod).toBeUndefined();
  });

  it('keeps "under" meaning "less than" inside a span ("in under an hour"), and "served over" as more than', () => {
    const text =
      'The talks lasted under two hours.\nShe served over nine years on the court.\n' +
      'Children under two years old ride free.';

    const dates = extractDates(article(text));

    expect(dates.map((d) => [d.text, d.value, d.mod])).toEqual([
      ['under two hours', 'PT2H', 'LESS_THAN'],
      ['over nine years', 'P9Y', 'MORE_THAN'],
    ]);
  });

  it('reads a 24-hour time after a hedged preposition ("at about 03:15") and British Summer Time', () => {
    const text = 'Firefighters arrived at about 03:15.\nThe stage collapsed at 22:10 BST.';

    const dates = extractDates(article(text));

    expect(find(dates, '03:15')?.value).toBe('2017-07-06T03:15');
    expect(find(dates, '22:10 BST')?.value).toBe('2017-07-06T22:10');
  });

  it('reads a fortnight as two weeks: a span, a point "ago" and a set "fortnightly"', () => {
    const text =
      'The ferry strike lasted a fortnight.\n' +
      'The council approved the budget a fortnight ago.\n' +
      'The residents meet fortnightly.';

    const dates = extractDates(article(text));

    expect(find(dates, 'a fortnight')).toMatchObject({ type: 'DURATION', value: 'P2W' });
    expect(find(dates, 'a fortnight ago')?.value).toBe('2017-W25');
    expect(find(dates, 'fortnightly')).toMatchObject({ type: 'SET', value: 'P2W' });
  });

  it('keeps the side of "just over" and "just under": a duration MORE_THAN or LESS_THAN', () => {
    const text =
      'The ferry crossing took just under an hour.\n' +
      'The lockout lasted just over three weeks.\n' +
      'The survey ran a little more than a month.';

    const dates = extractDates(article(text));

    expect(dates.map((d) => [d.text, d.value, d.mod])).toEqual([
      ['under an hour', 'PT1H', 'LESS_THAN'],
      ['over three weeks', 'P3W', 'MORE_THAN'],
      ['more than a month', 'P1M', 'MORE_THAN'],
    ]);
  });

  it('joins a 24-hour time after a preposition to the day that follows, as "9 a.m. Tuesday" is', () => {
    const text =
      'The levee broke at about 04:40 on Saturday.\n' +
      'The ferry leaves at 21:15 tomorrow.\n' +
      'The hosts won 3:1 on Sunday.';

    const dates = extractDates(article(text));

    expect(dates.map((d) => [d.text, d.type, d.value, d.mod])).toEqual([
      ['04:40 on Saturday', 'TIME', '2017-07-01T04:40', 'APPROX'],
      ['21:15 tomorrow', 'TIME', '2017-07-07T21:15', undefined],
      ['Sunday', 'DATE', '2017-07-02', undefined],
    ]);
  });

  it('reads a military time in hours ("at 0600 hours") as a TIME, but not a count of hours', () => {
    const text =
      'The patrol set out at 0415 hours.\n' +
      'The checkpoint closes at 1900 hours on Saturday.\n' +
      'The pilots logged 300 hours in the simulator.\n' +
      'The turbine failed after 1800 hours of use.';

    const dates = extractDates(article(text));

    expect(dates.map((d) => [d.text, d.type, d.value])).toEqual([
      ['0415 hours', 'TIME', '2017-07-06T04:15'],
      ['1900 hours on Saturday', 'TIME', '2017-07-08T19:00'],
      ['300 hours', 'DURATION', 'PT300H'],
    ]);
  });

  it('dates the hijackers of "Sept. 11" in 2001, as its attacks', () => {
    const dates = extractDates(article('Two of the Sept. 11 hijackers had lived in Ohio.'));

    expect(find(dates, 'Sept. 11')?.value).toBe('2001-09-11');
  });

  it('dates "9/11" naming the attacks in 2001, as "the Sept. 11 attacks", but not a slashed date', () => {
    const text =
      'Airport screening changed after the 9/11 attacks.\n' +
      'The museum has drawn crowds since 9/11.\n' +
      'The lease was renewed on 9/11/2015.\n' +
      'The 9/11 families rallied downtown.';

    const dates = extractDates(article(text));

    expect(dates.map((d) => [d.text, d.value])).toEqual([
      ['9/11', '2001-09-11'],
      ['9/11', '2001-09-11'],
      ['9/11/2015', '2015-09-11'],
    ]);
  });

  it('leaves a year that completes the name of a product or a plan ("Windows 2000", "Vision 2030")', () => {
    const text =
      'The clinic still runs Windows 2000 on its desks.\n' +
      'The ministry launched Vision 2035 in March 2016.\n' +
      'The pact was renewed in fiscal 2000 and again since 2010.';

    const dates = extractDates(article(text));

    expect(dates.map((d) => d.text)).toEqual(['March 2016', 'fiscal 2000', '2010']);
  });

  it('reads "a week from Friday" and "two weeks from today" as one day counted from the day named', () => {
    const text =
      'The tender closes a week from Friday.\n' +
      'The ballot is three weeks from today.\n' +
      'The exhibit runs for two weeks from Saturday.';

    const dates = extractDates(article(text));

    expect(dates.map((d) => [d.text, d.type, d.value])).toEqual([
      ['a week from Friday', 'DATE', '2017-07-14'],
      ['three weeks from today', 'DATE', '2017-07-27'],
      ['two weeks', 'DURATION', 'P2W'],
      ['Saturday', 'DATE', '2017-07-08'],
    ]);
  });

  it('reads "the day after Christmas" and "the week after Easter" as one DATE next to the holiday', () => {
    const text =
      'Retailers slashed prices the day after Christmas.\n' +
      'Roads were jammed the day before Thanksgiving.\n' +
      'The ferry timetable changed the week after Easter.';

    const dates = extractDates(article(text));

    expect(dates.map((d) => [d.text, d.value])).toEqual([
      ['the day after Christmas', '2016-12-26'],
      ['the day before Thanksgiving', '2016-11-23'],
      ['the week after Easter', '2017-W16'],
    ]);
  });

  // TimeML has no value for a span of two calendar years named as one period: the season or
  // fiscal year is one DATE, valued by the year it starts in, with no second expression for
  // the two digits after the hyphen. A range of years ("the 2011-12 slump") keeps both ends.
  it('reads a season or fiscal year named by two years ("the 2014-15 season") as one DATE', () => {
    const text =
      'The striker scored twice in the 2014-15 season.\n' +
      'The council trimmed spending in fiscal 2019-20.\n' +
      'Exports sank in 2001-02.';

    const dates = extractDates(article(text));

    expect(dates.map((d) => [d.text, d.value])).toEqual([
      ['2014-15', '2014'],
      ['fiscal 2019-20', '2019'],
      ['2001', '2001'],
      ['02', '2002'],
    ]);
  });

  it('reads midnight as the end of its day (T24:00), "midnight tonight" and "midnight Friday" as one TIME', () => {
    const text =
      'The bar stays open until midnight.\n' +
      'The amnesty ends at midnight tonight.\n' +
      'The bids are due by midnight Friday.';

    const dates = extractDates(article(text));

    expect(dates.map((d) => [d.text, d.type, d.value])).toEqual([
      ['midnight', 'TIME', '2017-07-06T24:00'],
      ['midnight tonight', 'TIME', '2017-07-06T24:00'],
      ['midnight Friday', 'TIME', '2017-07-07T24:00'],
    ]);
  });
});

describe('extractDates: a season looked forward to while under way', () => {
  it('reads "will open in the summer" written in early summer as that summer', () => {
    const dates = extractDates(article('The lakeside pool will open in the summer.', '2017-06-12'));

    expect(find(dates, 'the summer')?.value).toBe('2017-SU');
  });

  it('reads it written late in the season as the next one', () => {
    const dates = extractDates(article('The lakeside pool will open in the summer.', '2017-08-21'));

    expect(find(dates, 'the summer')?.value).toBe('2018-SU');
  });
});

describe('extractDates: a clock time and the day named after its local time', () => {
  it('dates "10:45 p.m. local time on Monday" by the Monday', () => {
    const dates = extractDates(article('The ferry sailed at 10:45 p.m. local time on Monday.'));

    expect(find(dates, '10:45 p.m.')?.value).toBe('2017-07-03T22:45');
  });

  it('dates a 24-hour time and its world time in parentheses by the day after them', () => {
    const text = 'The tremor struck at 16:10 local time (13:10 GMT) on Tuesday.';

    const dates = extractDates(article(text));

    expect(find(dates, '16:10')?.value).toBe('2017-07-04T16:10');
    expect(find(dates, '13:10 GMT')?.value).toBe('2017-07-04T13:10');
  });
});

describe('extractDates: a wire clock time in four digits', () => {
  it('reads "0915 ET" and "1945 BST" as times of the day after them', () => {
    const text = 'Trading halted at 0915 ET on Monday.\nThe ballot closes at 1945 BST on Friday.';

    const dates = extractDates(article(text));

    expect(find(dates, '0915 ET on Monday')?.value).toBe('2017-07-03T09:15');
    expect(find(dates, '1945 BST on Friday')?.value).toBe('2017-07-07T19:45');
  });

  it('reads "at 2130 local time" as a time, never a year, leaving "local time" outside', () => {
    const text =
      'The march set off at 1830 local time.\nThe ferry capsized at 0340 local time on Sunday.';

    const dates = extractDates(article(text));

    expect(find(dates, '0340')).toMatchObject({ type: 'TIME', value: '2017-07-02T03:40' });
    expect(find(dates, '1830')).toMatchObject({ type: 'TIME', value: '2017-07-06T18:30' });
  });

  it('reads four digits before "local time" as a clock only after a preposition or a hedge', () => {
    const text =
      'By 2014 local time zones had shifted east.\nThe 2016 local time change upset farmers.\nThe union said 1500 local time staff walked out.\nThe gates shut until 1700 local time.\nThe barge sank soon after 0230 local time.';

    const dates = extractDates(article(text));

    expect(find(dates, '2014')).toMatchObject({ type: 'DATE', value: '2014' });
    expect(find(dates, '2016')).toMatchObject({ type: 'DATE', value: '2016' });
    expect(find(dates, '1500')).toBeUndefined();
    expect(find(dates, '1700')).toMatchObject({ type: 'TIME', value: '2017-07-06T17:00' });
    expect(find(dates, '0230')).toMatchObject({ type: 'TIME', value: '2017-07-06T02:30' });
  });

  it('reads four digits before "local time" that restate a clock time after "or"', () => {
    const text =
      'The curfew began at midnight, or 0000 local time.\nThe raid started at 9 p.m., or 2100 local time.';

    const dates = extractDates(article(text));

    expect(find(dates, '0000')).toMatchObject({ type: 'TIME', value: '2017-07-06T00:00' });
    expect(find(dates, '2100')).toMatchObject({ type: 'TIME', value: '2017-07-06T21:00' });
  });

  it('reads both ends of "between 1200 and 1400 local time" on the day named after them', () => {
    const text =
      'The road opens from 0600 to 0900 local time.\nTrucks crossed between 0800 and 1000 local time on Friday.';

    const dates = extractDates(article(text));

    expect(find(dates, '0800')).toMatchObject({ type: 'TIME', value: '2017-06-30T08:00' });
    expect(find(dates, '1000')).toMatchObject({ type: 'TIME', value: '2017-06-30T10:00' });
    expect(find(dates, '0600')).toMatchObject({ type: 'TIME', value: '2017-07-06T06:00' });
    expect(find(dates, '0900')).toMatchObject({ type: 'TIME', value: '2017-07-06T09:00' });
  });
});

describe('extractDates: the weekend and the place it passed in', () => {
  it('reads "at the weekend in the south" as the weekend just over', () => {
    const text =
      'Gales felled trees at the weekend in the south.\nThe week in which it fell was mild.';

    const dates = extractDates(article(text));

    expect(find(dates, 'the weekend')).toMatchObject({ type: 'DATE', value: '2017-W26-WE' });
    expect(find(dates, 'The week')).toBeUndefined();
  });
});

describe('extractDates: a run of periods told unbroken', () => {
  it('reads "for nine consecutive months" and "four straight days" as spans of their count', () => {
    const text =
      'Car sales have slipped for nine consecutive months.\nThe lira gained for four straight days.';

    const dates = extractDates(article(text));

    expect(find(dates, 'nine consecutive months')).toMatchObject({
      type: 'DURATION',
      value: 'P9M',
    });
    expect(find(dates, 'four straight days')).toMatchObject({ type: 'DURATION', value: 'P4D' });
  });
});

describe('extractDates: a quarter named by its months', () => {
  it('reads "the April-June quarter" as that calendar quarter, and no other span of months', () => {
    const text =
      'Car exports fell in the April-June quarter.\nRice output rose in the May-July period.';

    const dates = extractDates(article(text));

    expect(find(dates, 'the April-June quarter')).toMatchObject({ type: 'DATE', value: '2017-Q2' });
    expect(find(dates, 'the May-July period')).toBeUndefined();
  });

  it('reads a bare "in October-December" and "July-September 2015" as quarters too', () => {
    const text = 'Tyre sales rose in October-December.\nSteel output fell in July-September 2015.';

    const dates = extractDates(article(text));

    expect(find(dates, 'October-December')?.value).toBe('2016-Q4');
    expect(find(dates, 'July-September 2015')?.value).toBe('2015-Q3');
  });

  it('reads short month names with or without their point as a quarter ("Oct.-Dec.", "Jan-Mar")', () => {
    const text =
      'Bakery sales dipped in Oct.-Dec., the chain said.\nCocoa imports rose in Jan-Mar.\nThe Apr.-June period was calm.\nFreight fell in the Jul-Sep quarter of 2015.\nRainfall was low in Feb-Apr.';

    const dates = extractDates(article(text));

    expect(find(dates, 'Oct.-Dec.')).toMatchObject({ type: 'DATE', value: '2016-Q4' });
    expect(find(dates, 'Jan-Mar')?.value).toBe('2017-Q1');
    expect(find(dates, 'The Apr.-June period')?.value).toBe('2017-Q2');
    expect(find(dates, 'the Jul-Sep quarter of 2015')?.value).toBe('2015-Q3');
    expect(find(dates, 'Feb-Apr')).toBeUndefined();
  });
});

describe('extractDates: a clock time and the day written before its month', () => {
  it('reads "at 0415 GMT on 9 March" and "at 8pm on 2nd August" as one TIME on that day', () => {
    const text =
      'The tanker ran aground at 0415 GMT on 9 March.\nThe count begins at 8pm on 2nd August.';

    const dates = extractDates(article(text));

    expect(find(dates, '0415 GMT on 9 March')?.value).toBe('2017-03-09T04:15');
    expect(find(dates, '8pm on 2nd August')?.value).toBe('2017-08-02T20:00');
  });
});

describe('extractDates: a range of days before their month, in one year', () => {
  it('gives both days of "from 15 to 19 September", told in the past, the same year', () => {
    const text = 'The trade fair was held from 15 to 19 September.';

    const dates = extractDates(article(text));

    expect(find(dates, '15')?.value).toBe('2016-09-15');
    expect(find(dates, '19 September')?.value).toBe('2016-09-19');
  });
});

describe('extractDates: a half or quarter of a match', () => {
  it('finds no calendar half in "equalised in the second half", but one in a results story', () => {
    const text =
      'Okafor equalised in the second half.\nThe retailer said margins improved in the first half.';

    const dates = extractDates(article(text));

    expect(dates.map((d) => [d.text, d.value])).toEqual([['the first half', '2017-H1']]);
  });

  it('finds no calendar quarter where a side leads, trails or outscores another, or a player scores points', () => {
    const text = [
      'The Rams led 21-7 at the end of the first quarter.',
      'The Hawks outscored Denver 31-20 in the third quarter.',
      'Ohio State trailed 10-0 in the second quarter before rallying.',
      'Ruiz had 22 points in the first half.',
      'The index fell 90 points in the first half.',
      'The board voted 6-3 in the second quarter to raise fees.',
    ].join('\n');

    const dates = extractDates(article(text, '2016-10-10'));

    expect(dates.map((d) => [d.text, d.value])).toEqual([
      ['the first half', '2016-H1'],
      ['the second quarter', '2016-Q2'],
    ]);
  });
});

describe('extractDates: a half or a quarter of something other than a year', () => {
  it('finds no calendar half in "the first half of the century" or "of his term"', () => {
    const text =
      'The first half of the century was turbulent.\nHe spent the second half of his term abroad.\nMargins improved in the first half of the year.\nThe bank expects a loss in the third quarter of $2 billion.\nThe firm expects a profit in the fourth quarter of its fiscal year.';

    const dates = extractDates(article(text));

    expect(dates.map((d) => [d.text, d.value])).toEqual([
      ['the first half of the year', '2017-H1'],
      ['the third quarter', '2017-Q3'],
      ['the fourth quarter', '2017-Q4'],
    ]);
  });
});

describe('extractDates: a span of months, in years that keep it in order', () => {
  it('places a past span by its end and a coming one by its start', () => {
    const text =
      'The exhibition was open from August to October.\nRoadworks will run from March to June.';

    const dates = extractDates(article(text));

    expect(dates.map((d) => [d.text, d.value])).toEqual([
      ['August', '2016-08'],
      ['October', '2016-10'],
      ['March', '2018-03'],
      ['June', '2018-06'],
    ]);
  });

  it('never ends a span of months told in the present before it starts', () => {
    // Published 2017-07-06: September is nearer ahead, May nearer behind.
    const dates = extractDates(article('The fishing season runs from September through May.'));

    expect(dates.map((d) => [d.text, d.value])).toEqual([
      ['September', '2017-09'],
      ['May', '2018-05'],
    ]);
  });

  it('reads a span of months told in the present and under way at publication as that one', () => {
    const text = 'The fishing season runs from September through May.';

    const dates = extractDates(article(text, '2017-04-10'));

    expect(dates.map((d) => [d.text, d.value])).toEqual([
      ['September', '2016-09'],
      ['May', '2017-05'],
    ]);
  });
});

describe('extractDates: "the week ended" as a verb, not a span up to a date', () => {
  it('reads "the week ended with a sell-off" as this week, "the week ended 1 July" as a span', () => {
    const text = 'The week ended with a sell-off in Tokyo.\nClaims fell in the week ended 1 July.';

    const dates = extractDates(article(text));

    expect(find(dates, 'The week')).toMatchObject({ type: 'DATE', value: '2017-W27' });
    expect(find(dates, 'the week')).toMatchObject({ type: 'DURATION', value: 'P1W' });
  });
});

describe('extractDates: a world time written with a dot', () => {
  it('reads "at 16.45 BST" as a time but "at 1.18 dollars" as no time', () => {
    const text = 'The statement came at 16.45 BST.\nThe pound was at 1.18 dollars.';

    const dates = extractDates(article(text));

    expect(dates.map((d) => [d.text, d.value])).toEqual([['16.45 BST', '2017-07-06T16:45']]);
  });
});

describe('extractDates: a sample counted in four digits', () => {
  it('reads "a survey of 1986 registered voters" as no year', () => {
    const dates = extractDates(article('A survey of 1986 registered voters was released in May.'));

    expect(dates.map((d) => d.text)).toEqual(['May']);
  });
});

describe('extractDates: a vote named by its month and day', () => {
  it('reads "the Oct. 2 referendum" told before it as the coming one', () => {
    const text = 'Both parties campaigned hard before the Oct. 2 referendum on the canal.';

    const dates = extractDates(article(text, '2017-05-10'));

    expect(find(dates, 'Oct. 2')?.value).toBe('2017-10-02');
  });
});

describe('extractDates: every weekend', () => {
  it('reads "every weekend" as the set of weekends, as "on weekends" is', () => {
    const dates = extractDates(article('The choir sings in the square every weekend.'));

    expect(find(dates, 'every weekend')).toMatchObject({ type: 'SET', value: 'XXXX-WXX-WE' });
  });
});

describe('extractDates: a hundred years named by its first year', () => {
  it('reads "the early 1700s" as the century 17 and "the 2000s" as a decade', () => {
    const text = 'The mill dates from the early 1700s.\nPrices doubled in the 2000s.';

    const dates = extractDates(article(text));

    expect(find(dates, 'the early 1700s')).toMatchObject({ value: '17', mod: 'START' });
    expect(find(dates, 'the 2000s')?.value).toBe('200');
  });
});

describe('extractDates: the end of a range of days', () => {
  it('reads "from May 1 through Oct. 31" written in March as one season', () => {
    const text = 'The ferry runs from May 1 through Oct. 31.';

    const dates = extractDates(article(text, '2017-03-20'));

    expect(find(dates, 'May 1')?.value).toBe('2017-05-01');
    expect(find(dates, 'Oct. 31')?.value).toBe('2017-10-31');
  });
});

describe('extractDates: numbers that name a room or a gate', () => {
  it('reads "Room 2014" and "Gate 1210" as no years', () => {
    const text = 'The panel met in Room 2014.\nThe flight boards at Gate 1210 in 2018.';

    const dates = extractDates(article(text));

    expect(dates.map((d) => d.text)).toEqual(['2018']);
  });
});

describe('extractDates: the end of the week of a day the story named', () => {
  it('reads "by the end of the week" told in the past as the week of the day just named', () => {
    const text = 'The fire started on Nov. 12, 2015. By the end of the week, it was contained.';
    const dates = extractDates(oneParagraph(text));

    expect(find(dates, 'the end of the week')?.value).toBe('2015-W46');
    const ahead = extractDates(article('Crews will finish by the end of the week.'));
    expect(find(ahead, 'the end of the week')?.value).toBe('2017-W27');
  });
});

describe('extractDates: "early the next year" of a story told in the past', () => {
  it('counts "early the next year" from the date the story named, as "the next year"', () => {
    const text = 'The dam broke on June 2, 2011. Early the next year, it was rebuilt.';
    const dates = extractDates(oneParagraph(text));

    expect(find(dates, 'Early the next year')?.value).toBe('2012');
    expect(
      find(extractDates(article('The dam will open early next year.')), 'early next year')?.value,
    ).toBe('2018');
  });
});

describe('extractDates: the period of an earnings story', () => {
  it('reads "the same period last year" after a half as that half a year before', () => {
    const text = 'First-half profit rose 12 percent, compared with the same period last year.';

    const dates = extractDates(article(text));

    expect(dates.map((d) => [d.text, d.value])).toEqual([
      ['First-half', '2017-H1'],
      ['the same period last year', '2016-H1'],
    ]);
  });
});

describe("extractDates: a quarter after its year's possessive", () => {
  it('reads "2016\'s fourth quarter" as one quarter', () => {
    const dates = extractDates(article("Sales rose in 2016's fourth quarter."));

    expect(dates.map((d) => [d.text, d.value])).toEqual([["2016's fourth quarter", '2016-Q4']]);
  });
});

describe('extractDates: year-end with its year', () => {
  it('reads "at year-end 2018" as one expression, the end of that year', () => {
    const dates = extractDates(article('The bank aims to hit the target at year-end 2018.'));

    expect(dates.map((d) => [d.text, d.value, d.mod])).toEqual([['year-end 2018', '2018', 'END']]);
  });
});

describe('extractDates: the edge of the fiscal year', () => {
  it('reads "the end of the fiscal year" as one expression with its end', () => {
    const dates = extractDates(article('The plant will close by the end of the fiscal year.'));

    expect(dates.map((d) => [d.text, d.value, d.mod])).toEqual([
      ['the end of the fiscal year', '2017', 'END'],
    ]);
  });
});

describe('extractDates: "that weekend" and "the week before last"', () => {
  it('reads "that weekend" as the weekend of the day the story named', () => {
    const text = 'Troops entered the city on June 12. That weekend, the army withdrew.';
    const dates = extractDates(oneParagraph(text));

    expect(find(dates, 'That weekend')?.value).toBe('2017-W24-WE');
  });

  it('reads "before last" and "after next" as two units from publication', () => {
    const text = [
      'He left the week before last.',
      'They met the weekend before last.',
      'Prices rose the month before last.',
      'The law takes effect the year after next.',
    ].join('\n');

    const dates = extractDates(article(text));

    expect(dates.map((d) => [d.text, d.value])).toEqual([
      ['the week before last', '2017-W25'],
      ['the weekend before last', '2017-W25-WE'],
      ['the month before last', '2017-05'],
      ['the year after next', '2019'],
    ]);
  });
});

describe('extractDates: wire copy\'s "end-June" and "end-2018"', () => {
  it('reads "end-" before a month or a year as its end', () => {
    const text = 'Reserves stood at $3 billion at end-March.\nThe plan is to finish by end-2018.';

    const dates = extractDates(article(text));

    expect(dates.map((d) => [d.text, d.value, d.mod])).toEqual([
      ['end-March', '2017-03', 'END'],
      ['end-2018', '2018', 'END'],
    ]);
  });
});

describe('extractDates: a quarter named by the month it ends', () => {
  it('reads "the March quarter" and "its December quarter" as calendar quarters', () => {
    const text = [
      'Revenue grew 10 percent in the March quarter.',
      'Sales in its December quarter rose to a record.',
      'Profit fell in the June quarter of 2016.',
    ].join('\n');

    const dates = extractDates(article(text));

    expect(dates.map((d) => [d.text, d.value])).toEqual([
      ['the March quarter', '2017-Q1'],
      ['December quarter', '2016-Q4'],
      ['the June quarter of 2016', '2016-Q2'],
    ]);
  });
});

describe('extractDates: "prior" for the period before', () => {
  it('reads "the prior year", "the prior quarter" and "the prior-year quarter" as the period before', () => {
    const text = [
      'Sales rose 5 percent in 2016 from the prior year.',
      'Margins widened from the prior quarter.',
      'Revenue in the prior-year quarter fell.',
    ].join('\n');

    const dates = extractDates(article(text));

    expect(dates.map((d) => [d.text, d.value])).toEqual([
      ['2016', '2016'],
      ['the prior year', '2015'],
      ['the prior quarter', '2017-Q2'],
      ['the prior-year quarter', '2016-Q2'],
    ]);
  });
});

describe('extractDates: the days a place keeps its hours', () => {
  it('reads "open Tuesday through Sunday" told in the present as each such day', () => {
    const text = [
      'The gallery is open Tuesday through Sunday.',
      'The clinic serves walk-in patients Monday to Friday.',
      'The gallery was closed Monday through Wednesday.',
      'Talks run Monday through Wednesday.',
    ].join('\n');

    const dates = extractDates(article(text));

    expect(dates.map((d) => [d.text, d.type, d.type === 'SET' ? d.value : ''])).toEqual([
      ['Tuesday', 'SET', 'XXXX-WXX-2'],
      ['Sunday', 'SET', 'XXXX-WXX-7'],
      ['Monday', 'SET', 'XXXX-WXX-1'],
      ['Friday', 'SET', 'XXXX-WXX-5'],
      ['Monday', 'DATE', ''],
      ['Wednesday', 'DATE', ''],
      ['Monday', 'DATE', ''],
      ['Wednesday', 'DATE', ''],
    ]);
  });
});

describe('extractDates: the Sept. 11 attacks named by their date', () => {
  it('reads the victims or the aftermath "of Sept. 11" as 2001', () => {
    const text = [
      'They mourned the victims of Sept. 11 at the church.',
      'The families of Sept. 11 gathered downtown.',
      'The office reopened on Sept. 11.',
    ].join('\n');

    const dates = extractDates(article(text));

    expect(dates.map((d) => d.value)).toEqual(['2001-09-11', '2001-09-11', '2016-09-11']);
  });
});

describe('extractDates: a weekday or a month inside a name', () => {
  it('reads "the Sunday Telegraph", "the Mail on Sunday" and "the Good Friday accord" as no days', () => {
    const text = [
      'He told the Sunday Telegraph he would stand.',
      'She wrote in the Mail on Sunday last week.',
      'The Good Friday Accord held.',
    ].join('\n');

    const dates = extractDates(article(text));

    expect(dates.map((d) => d.text)).toEqual(['last week']);
  });

  it('still reads a weekday after a paper that reported on it', () => {
    const text = 'The Times reported Sunday that talks had failed.';

    const dates = extractDates(article(text));

    expect(find(dates, 'Sunday')?.value).toBe('2017-07-02');
  });

  it('reads a month before a capitalized name as part of the name ("the October Revolution")', () => {
    const text = [
      'The October Revolution reshaped the empire.',
      'April Dunmore asked the first question.',
      'In April Congress passed the bill.',
      'It followed the bruising February Nevada caucus.',
    ].join('\n');

    const dates = extractDates(article(text));

    expect(dates.map((d) => [d.text, d.value])).toEqual([
      ['April', '2017-04'],
      ['February', '2017-02'],
    ]);
  });
});

describe('extractDates: the day of a clock time that names none', () => {
  it('does not take a day long past for a clock time the sentence looks ahead to', () => {
    const text = 'The singer was born on 12 Feb 1950. She will perform at 8 p.m. in the park.';
    const dates = extractDates(oneParagraph(text));

    expect(find(dates, '8 p.m.')?.value).toBe('2017-07-06T20:00');
    const later = extractDates(
      oneParagraph('The singer was born on 12 Feb 1950. She will arrive by mid-morning.'),
    );
    expect(find(later, 'mid-morning')?.value).toBe('2017-07-06TMO');
  });

  it('still puts a clock time told in the past on the day the story named', () => {
    const text = 'The fire broke out on June 12. Crews arrived at 8 p.m.';
    const dates = extractDates(oneParagraph(text));

    expect(find(dates, '8 p.m.')?.value).toBe('2017-06-12T20:00');
  });
});

describe('extractDates: a day before its month, in a year named after it', () => {
  it('reads "15 March last year" and "1 January next year" as one date each', () => {
    const text =
      'The plant closed on 15 March last year.\nThe rules apply from 1 January next year.';

    const dates = extractDates(article(text));

    expect(dates.map((d) => [d.text, d.value])).toEqual([
      ['15 March last year', '2016-03-15'],
      ['1 January next year', '2018-01-01'],
    ]);
  });
});

describe('extractDates: calendar dates written in figures', () => {
  it('reads year/month/day with slashes and day.month.year with dots', () => {
    const text = [
      'The branch closed on 2016/11/30.',
      'The deadline is 31.03.2018, the agency said.',
      'The vote fell on 6.7.2017 in Bern.',
      'The firmware 1.2.2017 shipped with version 10.4.3 of the app.',
    ].join('\n');

    const dates = extractDates(article(text));

    expect(dates.map((d) => [d.text, d.value])).toEqual([
      ['2016/11/30', '2016-11-30'],
      ['31.03.2018', '2018-03-31'],
      ['6.7.2017', '2017-07-06'],
    ]);
  });
});

describe('extractDates: a season or a weekday that names a person or an event', () => {
  it('reads "the Summer Olympics", "the Winter Games" and "Mr. Friday" as no dates', () => {
    const text = [
      'The Summer Olympics drew large crowds.',
      'She won gold at the Winter Games in 2014.',
      'Mr. Friday testified before the panel.',
      'He wore his Sunday best to court.',
      'A car hit a cyclist in May Street and another on June Avenue.',
      'The pool reopens in the summer.',
    ].join('\n');

    const dates = extractDates(article(text));

    expect(dates.map((d) => d.text)).toEqual(['2014', 'the summer']);
  });
});

describe('extractDates: numbers that name a street address or a bill', () => {
  it('reads "the 1900 block of", "2018 Elm Street" and "H.R. 2017" as no years', () => {
    const text = [
      'Officers answered a call from the 1900 block of Harlow Road in 2016.',
      'Crews repaired 2018 Larch Street last week.',
      'The clinic moved to 1850 W. Grove Ave. in May.',
      'She introduced H.R. 2017 in the House.',
      'The council cited Resolution 1973 and Article 1989 of the charter.',
      'Drivers left Highway 1960 at Exit 2010 under Section 2020.',
      'The flight number was 1776.',
    ].join('\n');

    const dates = extractDates(article(text));

    expect(dates.map((d) => d.text)).toEqual(['2016', 'last week', 'May']);
  });

  it('still reads a year before a capitalized word that names no street', () => {
    const text = 'The 1998 Winter Olympics were held in Nagano.\nBy 2020 Congress had acted.';

    const dates = extractDates(article(text));

    expect(dates.map((d) => d.text)).toEqual(['1998', '2020']);
  });
});

describe('extractDates: a day before its month with an ordinal', () => {
  it('reads "3rd June" and "the 21st of June" as dates', () => {
    const text = 'The fair opened on 3rd June.\nIt closed on the 21st of June.';

    const dates = extractDates(article(text));

    expect(find(dates, '3rd June')?.value).toBe('2017-06-03');
    expect(find(dates, 'the 21st of June')?.value).toBe('2017-06-21');
  });
});

describe('extractDates: a quarter abbreviated without its year', () => {
  it('reads "Q1" in a past-tense sentence as the latest first quarter', () => {
    const dates = extractDates(article('Shipments in Q1 fell 4 percent.'));

    expect(find(dates, 'Q1')?.value).toBe('2017-Q1');
  });
});

describe('extractDates: a span told in two units', () => {
  it('reads "4 hours, 12 minutes" and "two years and five months" as one duration each', () => {
    const text = 'The climb took 4 hours, 12 minutes.\nShe spent two years and five months abroad.';

    const dates = extractDates(article(text));

    expect(find(dates, '4 hours, 12 minutes')?.value).toBe('PT4H12M');
    expect(find(dates, 'two years and five months')?.value).toBe('P2Y5M');
  });

  it('counts weeks and days in days, and takes "a" for one after "and"', () => {
    const text = 'The strike lasted three weeks and a day.\nThe lease ran a year and a day.';

    const dates = extractDates(article(text));

    expect(dates.map((d) => [d.text, d.value])).toEqual([
      ['three weeks and a day', 'P22D'],
      ['a year and a day', 'P1Y1D'],
    ]);
  });

  it('keeps two spans apart when the smaller unit comes first', () => {
    const dates = extractDates(article('The test ran 10 minutes and 3 hours later failed.'));

    expect(dates.map((d) => d.value)).toEqual(['PT10M', 'PT3H']);
  });
});

describe('extractDates: the other day', () => {
  it('reads "the other day" as a recent past day (PAST_REF)', () => {
    const dates = extractDates(article('I ran into the coach the other day.'));

    expect(find(dates, 'the other day')).toMatchObject({ type: 'DATE', value: 'PAST_REF' });
  });
});

describe('extractDates: the edge of a quarter', () => {
  it('reads "the end of the second quarter" as the quarter, its edge in the mod', () => {
    const dates = extractDates(
      article('The merger should close by the end of the second quarter.'),
    );

    expect(find(dates, 'the end of the second quarter')).toMatchObject({
      value: '2017-Q2',
      mod: 'END',
    });
  });
});

describe('extractDates: a holiday after a plain future', () => {
  it('reads "will open on Memorial Day" written after it as next year\'s', () => {
    const dates = extractDates(article('The new pier will open on Memorial Day.'));

    expect(find(dates, 'Memorial Day')?.value).toBe('2018-05-28');
  });
});

describe('extractDates: a fiscal year in two digits', () => {
  it('reads "FY19" and "FY \'21" as the years they end in', () => {
    const text = "The agency's FY19 budget was cut.\nHiring resumes in FY '21.";

    const dates = extractDates(article(text));

    expect(find(dates, 'FY19')?.value).toBe('2019');
    expect(find(dates, "FY '21")?.value).toBe('2021');
  });
});

describe("extractDates: a weekday's event waited for", () => {
  it('reads "waiting for Friday\'s trade figures" as the coming Friday', () => {
    const dates = extractDates(
      article("Traders are waiting for Friday's trade figures.", '2017-07-04'),
    );

    expect(find(dates, 'Friday')?.value).toBe('2017-07-07');
  });
});

describe('extractDates: a timetable in the plural present', () => {
  it('reads "the talks resume Monday" and "the schools reopen on Tuesday" as ahead', () => {
    const text = 'The talks resume Monday.\nThe schools reopen on Tuesday.';

    const dates = extractDates(article(text, '2017-07-05'));

    expect(find(dates, 'Monday')?.value).toBe('2017-07-10');
    expect(find(dates, 'Tuesday')?.value).toBe('2017-07-11');
  });
});

describe('extractDates: a "since" that heads a clause of its own', () => {
  it('places the day by the tense of the clause "since" opens', () => {
    const text =
      "Since Saturday's derby will decide the title, the club is selling extra seats.\n" +
      "Since Monday's hearing was adjourned, the lawyers will file again.\n" +
      "Since Tuesday's session is open to the public, the hall will be full.";

    const dates = extractDates(article(text));

    expect(find(dates, 'Saturday')?.value).toBe('2017-07-08');
    expect(find(dates, 'Monday')?.value).toBe('2017-07-03');
    expect(find(dates, 'Tuesday')?.value).toBe('2017-07-04');
  });

  it('places a vote named by its day by that clause too', () => {
    const text = "Since Monday's runoff will choose the governor, turnout is expected to be high.";

    const dates = extractDates(article(text));

    expect(find(dates, 'Monday')?.value).toBe('2017-07-10');
  });

  it('places a month the same way, and keeps a period gone on since a date', () => {
    const text =
      'Since the October congress will choose a leader, delegates are canvassing.\n' +
      'Since the February election, the coalition has held.\n' +
      'Since March fares have doubled.';

    const dates = extractDates(article(text));

    expect(find(dates, 'October')?.value).toBe('2017-10');
    expect(find(dates, 'February')?.value).toBe('2017-02');
    expect(find(dates, 'March')?.value).toBe('2017-03');
  });
});

describe('extractDates: an event moved to a day and told as held there', () => {
  it("reads the day as past when the event's own past verb follows the move", () => {
    const text =
      'The inquiry, moved to Monday, was heard in the old courthouse.\n' +
      'The motion was moved to Tuesday and carried by nine votes.\n' +
      'The regatta was postponed to Sunday, when the wind finally dropped.';

    const dates = extractDates(article(text));

    expect(find(dates, 'Monday')?.value).toBe('2017-07-03');
    expect(find(dates, 'Tuesday')?.value).toBe('2017-07-04');
    expect(find(dates, 'Sunday')?.value).toBe('2017-07-02');
  });

  it('keeps the day ahead when what follows is a plan, a report or a participle', () => {
    const text =
      'The inquiry was moved to Monday and will sit in the old courthouse.\n' +
      'The motion was moved to Tuesday, and the clerk said it was routine.\n' +
      'The regatta was postponed to Sunday, delayed by a storm warning.';

    const dates = extractDates(article(text));

    expect(find(dates, 'Monday')?.value).toBe('2017-07-10');
    expect(find(dates, 'Tuesday')?.value).toBe('2017-07-11');
    expect(find(dates, 'Sunday')?.value).toBe('2017-07-09');
  });
});

describe('extractDates: the future perfect and results still to come', () => {
  it('reads a future perfect as a state reached ahead, not a past', () => {
    const text =
      'The engineers will have rebuilt the bridge by Saturday.\n' +
      'The coach will have led the side for ten seasons on Tuesday.';

    const dates = extractDates(article(text));

    expect(find(dates, 'Saturday')?.value).toBe('2017-07-08');
    expect(find(dates, 'Tuesday')?.value).toBe('2017-07-11');
  });

  it('places the quarter a future report of results covers as the one just closed', () => {
    const text =
      'The brewer will report second-quarter earnings on Tuesday.\n' +
      'The insurer will publish Q2 results next week.\n' +
      'The mine will resume output in the first quarter.';

    const dates = extractDates(article(text));

    expect(find(dates, 'second-quarter')?.value).toBe('2017-Q2');
    expect(find(dates, 'Q2')?.value).toBe('2017-Q2');
    expect(find(dates, 'the first quarter')?.value).toBe('2018-Q1');
  });
});

describe('extractDates: nouns in -ly before a past verb', () => {
  it('reads the verb after a noun in -ly as past, unlike an adverb before a participle', () => {
    const text =
      'The family sailed home on Friday.\n' +
      'An ally objected on Sunday.\n' +
      'The assembly adjourned on Saturday.\n' +
      'A newly revised timetable starts on Monday.';

    const dates = extractDates(article(text));

    expect(find(dates, 'Friday')?.value).toBe('2017-06-30');
    expect(find(dates, 'Sunday')?.value).toBe('2017-07-02');
    expect(find(dates, 'Saturday')?.value).toBe('2017-07-01');
    expect(find(dates, 'Monday')?.value).toBe('2017-07-10');
  });
});

describe('extractDates: the day a story reaches by counting days', () => {
  it('reads "that night" after "two days later" as the night of the day reached', () => {
    const text =
      'On March 3, 2015, the mill shut. Three days later, the crews walked out. That night the police came.';

    const dates = extractDates(article(text));

    expect(find(dates, 'Three days')).toMatchObject({ type: 'DURATION', value: 'P3D' });
    expect(find(dates, 'That night')).toMatchObject({ type: 'TIME', value: '2015-03-06TNI' });
  });

  it('counts weeks and days back as well ("a week earlier", "two days earlier")', () => {
    const text =
      'The ferry sank on Oct. 20, 2014. A week earlier, that morning inspectors had passed it.\nThe pier burned on June 9, 2013. Two days earlier, that evening guards had left.';

    const dates = extractDates(article(text));

    expect(find(dates, 'that morning')?.value).toBe('2014-10-13TMO');
    expect(find(dates, 'that evening')?.value).toBe('2013-06-07TEV');
  });

  it('leaves the day where it was when the count is hedged or unknown', () => {
    const text =
      'The bank closed on May 2, 2016. About two days later, that night looters came.\nThe dam broke on Aug. 8, 2011. Days later, that night it rained.';

    const dates = extractDates(article(text));

    expect(find(dates, 'that night')?.value).toBe('2016-05-02TNI');
    expect(dates.filter((d) => d.text === 'that night')[1]?.value).toBe('2011-08-08TNI');
  });
});

describe('extractDates: "that day" after a weekday', () => {
  it('reads "that day" and "later that day" just after a weekday as that weekday', () => {
    const text =
      'The board met on Monday. That day the chairman quit.\nThe pool reopened on Tuesday. Later that day it was closed again.';

    const dates = extractDates(article(text));

    expect(find(dates, 'That day')).toMatchObject({ type: 'DATE', value: '2017-07-03' });
    expect(find(dates, 'Later that day')).toMatchObject({ type: 'DATE', value: '2017-07-04' });
  });

  it('reads "that day" after "two weeks later" as the day reached', () => {
    const text = 'The shop opened on Feb. 1, 2016. Two weeks later, that day the owner sold it.';

    const dates = extractDates(article(text));

    expect(find(dates, 'that day')?.value).toBe('2016-02-15');
  });
});

describe('extractDates: the unit before a date the story named', () => {
  it('reads "the year before" a month of a year as the year before, not that month', () => {
    const text = 'Rents rose in August 2013. The year before, they had fallen.';

    const dates = extractDates(article(text));

    expect(find(dates, 'The year before')).toMatchObject({ type: 'DATE', value: '2012' });
  });

  it('reads "the week before" a day as the week before it, by its ISO number', () => {
    const text = 'The pier reopened on April 16, 2014. The week before, divers had checked it.';

    const dates = extractDates(article(text));

    expect(find(dates, 'The week before')).toMatchObject({ type: 'DATE', value: '2014-W15' });
  });

  it('lands years counted in the plural from a month on a year, unless a hedge or a comparison needs the month', () => {
    const text =
      'The senator lost the primary in March 2016.\nOnly six years earlier, he was the favorite.\n' +
      'A poll in December 2015 found, relative to two years earlier, more support.';

    const dates = extractDates(article(text));

    expect(find(dates, 'six years earlier')?.value).toBe('2010');
    expect(find(dates, 'two years earlier')?.value).toBe('2013-12');
  });

  it('still counts "a year earlier" from the month itself', () => {
    const text = 'Rents rose in August 2013 from a year earlier.';

    const dates = extractDates(article(text));

    expect(find(dates, 'a year earlier')?.value).toBe('2012-08');
  });
});

describe('extractDates: the following week or season of a date in the paragraph', () => {
  it('counts "the following week" and "the previous week" from a day named in the paragraph', () => {
    const text =
      'The clinic opened on Jan. 13, 2015. The following week, it was full.\nThe port closed on Oct. 7, 2011. The previous week, ships had left.';

    const dates = extractDates(article(text));

    expect(find(dates, 'The following week')).toMatchObject({ type: 'DATE', value: '2015-W04' });
    expect(find(dates, 'The previous week')).toMatchObject({ type: 'DATE', value: '2011-W39' });
  });

  it('reads "the following summer" after a spring month as that summer, after a year as the next', () => {
    const text =
      'The bridge failed in April 2006. The following summer, it was rebuilt.\nThe mill shut in 2009. The following winter, the town emptied.\nThe ferry sank in July 2010. The following summer, a new one sailed.';

    const dates = extractDates(article(text));
    const following = dates.filter((d) => /^The following (?:summer|winter)$/.test(d.text));

    expect(following.map((d) => d.value)).toEqual(['2006-SU', '2010-WI', '2011-SU']);
  });

  it('keeps "the following week" to its paragraph: a date in an earlier one does not count', () => {
    const text =
      'The clinic opened on Jan. 13, 2015.\nThe following week, the clinic will hire staff.';

    const dates = extractDates(article(text));

    expect(find(dates, 'The following week')?.value).toBe('2017-W28');
  });
});

describe('extractDates: "that summer" after a year in the paragraph', () => {
  it('reads "that spring", "that winter" as the season of the year the paragraph named', () => {
    const text =
      'The choir formed in 2004. That spring it sang in Rome.\nThe mine shut in 1991, and that winter the town emptied.';

    const dates = extractDates(article(text));

    expect(find(dates, 'That spring')).toMatchObject({ type: 'DATE', value: '2004-SP' });
    expect(find(dates, 'that winter')).toMatchObject({ type: 'DATE', value: '1991-WI' });
  });

  it('reads "that summer" opening a paragraph by the year the paragraph before named', () => {
    const text = 'The choir formed in 2004.\nThat summer it sang in Rome, and that fall in Paris.';

    const dates = extractDates(article(text));

    expect(dates.map((d) => d.value)).toEqual(['2004', '2004-SU', '2004-FA']);
  });

  it('leaves "that summer" alone with no year in its paragraph or the one before, or as a conjunction', () => {
    const text =
      'The choir formed in 2004.\nIt had twelve singers.\nThat summer it sang in Rome.\nIn 2013 the mayor said that summer jobs were scarce.';

    const dates = extractDates(article(text));

    expect(find(dates, 'That summer')).toBeUndefined();
    expect(find(dates, 'that summer')).toBeUndefined();
  });

  it('counts "the next spring" told in the past from the day the story reached, and "that June" from it', () => {
    const text =
      'The warehouse burned on Oct. 3, 2015.\nThe owner was charged a week after the fire.\nHis trial began the next spring and ended that June.';

    const dates = extractDates(article(text));

    expect(find(dates, 'the next spring')?.value).toBe('2016-SP');
    expect(find(dates, 'June')?.value).toBe('2016-06');
  });

  it('reads a participle of a condition ("If approved Friday") by the clause it conditions', () => {
    expectValues([
      ['If approved Monday, the rules would take effect in January.', 'Monday', '2017-07-10'],
      ['Once signed Monday, the law will take effect.', 'Monday', '2017-07-10'],
      ['When asked Monday, he declined to comment.', 'Monday', '2017-07-03'],
    ]);
  });

  it('reads the present of a timetable ("closes", "airs", "debuts", "launches") as looking ahead', () => {
    expectValues([
      ['The exhibit closes Monday.', 'Monday', '2017-07-10'],
      ['The show airs Monday on CBS.', 'Monday', '2017-07-10'],
      ['The film debuts on Netflix Tuesday.', 'Tuesday', '2017-07-11'],
      ['The exhibit closed Monday.', 'Monday', '2017-07-03'],
      ['Polls close at 8 p.m. Tuesday.', '8 p.m. Tuesday', '2017-07-11T20:00'],
      ['Polls closed at 8 p.m. Tuesday.', '8 p.m. Tuesday', '2017-07-04T20:00'],
    ]);
  });

  it('reads "on the 15th" as a day of the month the story is in, the tense telling which month', () => {
    expectValues([
      ['The store closes on the 15th.', 'the 15th', '2017-07-15'],
      ['The bill was filed on the 12th.', 'the 12th', '2017-06-12'],
      ['Payments will be due by the 2nd.', 'the 2nd', '2017-08-02'],
    ]);
    const dates = extractDates(
      article('She won the 50th anniversary prize.\nThe offer ends on the 21th.'),
    );
    expect(dates).toEqual([]);
    // June has no 31st: the day is known, its month is not.
    const june = extractDates(article('The offer ends on the 31st.', '2017-06-06'));
    expect(find(june, 'the 31st')?.value).toBe('XXXX-XX-31');
  });

  it('reads "the first of the year" and "the first of next month" as days, "the first of each month" as a set', () => {
    expectValues([
      ['The law went into effect on the first of the year.', 'the first of the year', '2017-01-01'],
      ['The tax rises on the first of the year.', 'the first of the year', '2018-01-01'],
      ['The rule takes effect the first of next month.', 'the first of next month', '2017-08-01'],
      ['Rent is due on the first of each month.', 'the first of each month', 'XXXX-XX-01'],
    ]);
  });

  it('reads "the night before" and "the morning after" closing a phrase by the day the story named', () => {
    const text =
      'The fire broke out on Oct. 3, 2015. The night before, the alarm had failed.\n' +
      'The fire broke out on Oct. 3, 2015. The morning after, crews searched the site.\n' +
      'She took the morning after pill.';

    const dates = extractDates(article(text));

    expect(dates.filter((d) => d.type === 'TIME').map((d) => [d.text, d.value])).toEqual([
      ['The night before', '2015-10-02TNI'],
      ['The morning after', '2015-10-04TMO'],
    ]);
  });

  it('keeps how often inside a set told by an adverb ("twice daily"), as in "twice a year"', () => {
    const text = 'Patients took the drug three times weekly.\nThe board meets twice a year.';

    const dates = extractDates(article(text));

    expect(dates.map((d) => [d.text, d.value])).toEqual([
      ['three times weekly', 'P1W'],
      ['twice a year', 'P1Y'],
    ]);
  });

  it('writes a fraction of a unit in the unit below where it comes out whole, else as a decimal', () => {
    expectValues([
      ['Patients were followed for 5.2 years.', '5.2 years', 'P5.2Y'],
      ['The storm lasted 2.5 days.', '2.5 days', 'P2DT12H'],
      ['The meeting ran 1.5 hours.', '1.5 hours', 'PT1H30M'],
    ]);
  });

  it('reads a season named by two years with an en dash ("the 2015–16 season") as with a hyphen', () => {
    const dates = extractDates(article('He played in the 2015–16 season.'));

    expect(dates.map((d) => [d.text, d.value])).toEqual([['2015–16', '2015']]);
  });

  it('reads "four years later" set off after a year as restating that year', () => {
    expectValues([
      [
        'He joined the firm in 2005 and left in 2009, four years later.',
        'four years later',
        '2009',
      ],
      ['The firm was founded in 1998 and went public two years later.', 'two years later', '2000'],
    ]);
  });

  it('reads "on a Tuesday" as some Tuesday, and "a Friday rally" as the rally of the Friday near', () => {
    const text =
      'The storm hit on a Tuesday.\nOne Sunday, he left.\nShe spoke at a Friday evening rally.';

    const dates = extractDates(article(text));

    expect(dates.map((d) => d.value)).toEqual(['XXXX-WXX-2', 'XXXX-WXX-7', '2017-06-30']);
  });

  it('reads a vote "the Nov. 8 U.S. election" and states that "hold caucuses" as still to come', () => {
    const onJuly = (text: string, phrase: string) =>
      find(extractDates(article(text, '2016-07-31')), phrase)?.value;

    expect(onJuly('The leak sought to sway the Nov. 8 U.S. presidential election.', 'Nov. 8')).toBe(
      '2016-11-08',
    );
    expect(onJuly('On Saturday, Alaska and Hawaii hold caucuses.', 'Saturday')).toBe('2016-08-06');
    expect(onJuly('The state held caucuses on Saturday.', 'Saturday')).toBe('2016-07-30');
  });

  it('reads "the months leading up to" an event as some time before, not the month last named', () => {
    const text =
      'The vote is set for March 15.\nDoubts grew in the months leading up to the caucus.';

    const dates = extractDates(article(text));

    expect(find(dates, 'months')).toMatchObject({ type: 'DATE', value: 'PAST_REF' });
  });

  it('reads "would have been" as a past that did not happen, and "would have to" as ahead', () => {
    expectValues([
      ['She noted that Saturday would have been his 80th birthday.', 'Saturday', '2017-07-01'],
      ['He said he would have to resign by Friday.', 'Friday', '2017-07-07'],
      ['The board would meet on Monday.', 'Monday', '2017-07-10'],
    ]);
  });

  it('reads "the end of the year" in the story\'s year only while that year is near', () => {
    const far =
      'The tax was passed in 2010.\nIt was meant to fund care.\nFew liked it.\nThe end of the year has given a chance to act.';
    const near = 'In 2010, the plant opened.\nBy the end of the year, it had 300 workers.';

    expect(find(extractDates(article(far)), 'The end of the year')?.value).toBe('2017');
    expect(find(extractDates(article(near)), 'the end of the year')?.value).toBe('2010');
  });

  it('keeps nouns and asides that look like the new markers from moving a day', () => {
    expectValues([
      ['Germany crushed the hosts on Sunday.', 'Sunday', '2017-07-02'],
      ['The report, originally due Monday, was delayed.', 'Monday', '2017-07-03'],
      ['The report was not due Monday.', 'Monday', '2017-07-03'],
      ['The road was closed until Monday.', 'Monday', '2017-07-03'],
      ["He was born in '27.", "'27", '1927'],
      ['Workers joined the November general strike.', 'November', '2016-11'],
      ['She will tour this fall in support of her album.', 'this fall', '2017-FA'],
    ]);
    const price = extractDates(
      article('Shares rose 2.30 in the afternoon.\nHe won 3 at night games.'),
    );
    expect(price.filter((d) => /T\d\d:\d\d$/.test(d.value))).toEqual([]);
  });

  it('keeps the day just named for "the day before" after a year in passing', () => {
    const text = 'On Monday the firm said sales fell last year.\nThe day before, its shares fell.';

    expect(find(extractDates(article(text)), 'The day before')?.value).toBe('2017-07-02');
  });

  it('reads "the last Saturday of the month" in the month of the day the story named', () => {
    const text = 'On May 3 he spoke.\nThe last Saturday of the month was busy.';

    expect(find(extractDates(article(text)), 'The last Saturday of the month')?.value).toBe(
      '2017-05-27',
    );
  });

  it('names a winter by the year of its December, whatever month the story is written in', () => {
    const value = (text: string, published: string) =>
      extractDates(article(text, published))[0]?.value;

    expect(value('This winter has been harsh.', '2017-01-10')).toBe('2016-WI');
    expect(value('Last winter was mild.', '2017-01-10')).toBe('2015-WI');
    expect(value('Last winter was mild.', '2017-12-20')).toBe('2016-WI');
    expect(value('The rink will open next winter.', '2017-01-10')).toBe('2017-WI');
    expect(value('Last summer was hot.', '2017-09-10')).toBe('2017-SU');
    expect(value('Last summer was hot.', '2017-08-10')).toBe('2016-SU');
  });

  it('reads a past verb right before a date as its own, over a timetable verb after it', () => {
    expectValues([
      ['The law passed in March takes effect in October.', 'March', '2017-03'],
      ['The law passed in March takes effect in October.', 'October', '2017-10'],
      ['The rule, to be voted on in March, takes effect in October.', 'March', '2018-03'],
    ]);
  });

  it('puts a clock reading on the date with its year written after it', () => {
    const text = 'The blast came at 10:35 a.m., March 4, 1998, near the port.';

    const dates = extractDates(article(text));

    expect(dates.map((d) => [d.text, d.type, d.value])).toEqual([
      ['10:35 a.m.', 'TIME', '1998-03-04T10:35'],
      ['March 4, 1998', 'DATE', '1998-03-04'],
    ]);
  });

  it('reads a fixture a team "plays again" or a vote one "faces" as still to come', () => {
    expectValues([
      ['The Hawks, who lost Saturday, play again on Tuesday night.', 'Tuesday night', '2017-07-11'],
      ['The senator faces a vote on Monday.', 'Monday', '2017-07-10'],
      ['The senator faced a vote on Monday.', 'Monday', '2017-07-03'],
    ]);
  });

  it('reads a count told in the past that would pass publication as the span alone', () => {
    const text =
      'The band will tour again in May.\nEight months later, when the label folded, it broke up.';

    const dates = extractDates(article(text));

    expect(find(dates, 'Eight months')).toMatchObject({ type: 'DURATION', value: 'P8M' });
  });

  it('reads a count told in the present that would pass publication as the span alone', () => {
    const text =
      'The mill closed in 2012.\nTen years later, the town still waits and might never recover.';

    const dates = extractDates(article(text));

    expect(find(dates, 'Ten years')).toMatchObject({ type: 'DURATION', value: 'P10Y' });
    expect(find(dates, 'Ten years later')).toBeUndefined();
  });

  it('still counts from the date named last when the count stays before publication', () => {
    const text = 'The mill closed in 2012.\nTwo years later, the town still waits.';

    expect(find(extractDates(article(text)), 'Two years later')?.value).toBe('2014');
  });

  it('reads a sentence opened by "Asked on Monday" as told in the past', () => {
    expectValues([
      ['Asked on Monday whether she would run, the mayor laughed.', 'Monday', '2017-07-03'],
      ['If approved Monday, the rules would take effect in May.', 'Monday', '2017-07-10'],
    ]);
  });

  it('reads "the November showdown" as the coming vote, as "the November election" is', () => {
    const text = 'Her win on Tuesday set up the November showdown with the governor.';

    expect(find(extractDates(article(text, '2016-07-27')), 'November')?.value).toBe('2016-11');
  });

  it('reads "between now and the end of the year" as the year under way, not the one named last', () => {
    const text =
      'The plant may not open until 2019.\nThere is time between now and the end of the year.';

    const dates = extractDates(article(text));

    expect(find(dates, 'the end of the year')).toMatchObject({ value: '2017', mod: 'END' });
  });

  it('reads "14 and a half hours" in digits as "two and a half years" in words is read', () => {
    expectValues([
      ['The crossing took 14 and a half hours.', '14 and a half hours', 'PT14H30M'],
      ['It lasted 2 and a half years.', '2 and a half years', 'P2Y6M'],
      ['It lasted two and a half years.', 'two and a half years', 'P2Y6M'],
    ]);
  });

  it('reads the wire abbreviation "Sep" without a period as September', () => {
    expectValues([
      ['The law took effect Sep 30.', 'Sep 30', '2016-09-30'],
      ['Posted Mon, 5 Sep 2016.', '5 Sep 2016', '2016-09-05'],
    ]);
  });

  it('places a weekday after a word that only ends in "a" or "any" ("in Germany Sunday")', () => {
    const text =
      'Two died in an attack in Germany Sunday.\nThe strike hit Sierra Leone Tuesday, officials said.';

    const dates = extractDates(article(text));

    expect(dates.map((d) => d.value)).toEqual(['2017-07-02', '2017-07-04']);
  });

  it('reads "every May 20" as a set of that day each year, and "every week" before a count as the week', () => {
    const text = 'The town holds a memorial every May 20.\nShe visits every week 3 times.';

    const dates = extractDates(article(text));

    expect(dates.map((d) => [d.text, d.type, d.value])).toEqual([
      ['every May 20', 'SET', 'XXXX-05-20'],
      ['every week', 'SET', 'P1W'],
    ]);
  });

  it('counts "the next week" told in the past from the day the story reached, across paragraphs', () => {
    const text =
      'The tornado struck on May 20, 2013.\nThe next week, volunteers arrived from six states.';

    const dates = extractDates(article(text));

    expect(find(dates, 'The next week')?.value).toBe('2013-W22');
  });

  it('counts "the following spring" from a season the paragraph named with "that"', () => {
    const text =
      'The mill closed in March 2009.\nThe plan stalled that fall and was revived the following spring.';

    const dates = extractDates(article(text));

    expect(dates.map((d) => [d.text, d.value])).toEqual([
      ['March 2009', '2009-03'],
      ['that fall', '2009-FA'],
      ['the following spring', '2010-SP'],
    ]);
  });

  it('keeps the edge of "the end of that month" inside, and reads "later that spring" as that spring', () => {
    const text =
      'The mill closed in March 2009. By the end of that month, half had left. Later that spring, the city bought it.';

    const dates = extractDates(article(text));

    expect(dates.map((d) => [d.text, d.value, d.mod])).toEqual([
      ['March 2009', '2009-03', undefined],
      ['the end of that month', '2009-03', 'END'],
      ['Later that spring', '2009-SP', undefined],
    ]);
  });
});

describe('extractDates: "by evening" in a story', () => {
  it('reads "by evening" after a day named as that day\'s evening, without "by" in the extent', () => {
    const text = 'The levee broke on Aug. 3, 2012. By evening the farms were under water.';

    const dates = extractDates(article(text));

    expect(find(dates, 'evening')).toMatchObject({ type: 'TIME', value: '2012-08-03TEV' });
    expect(find(dates, 'By evening')).toBeUndefined();
  });

  it('gives "by morning" no day when the story named none just before', () => {
    const dates = extractDates(article('Snow fell all night. By morning the roads were shut.'));

    expect(find(dates, 'morning')).toMatchObject({ type: 'TIME', value: 'XXXX-XX-XXTMO' });
  });
});

describe('extractDates: the full year after its fourth quarter', () => {
  it('reads "the full year" after "the fourth quarter of last year" as last year', () => {
    const text =
      'The brewer lost money in the fourth quarter of last year. For the full year, it earned $3 million.';

    const dates = extractDates(article(text, '2017-02-09'));

    expect(find(dates, 'the fourth quarter of last year')?.value).toBe('2016-Q4');
    expect(find(dates, 'the full year')).toMatchObject({ type: 'DATE', value: '2016' });
  });

  it('reads "Q4 of last year" as one expression, and the full year after it as that year', () => {
    const text = 'Fares fell in Q4 of last year, and for the full year they rose.';

    const dates = extractDates(article(text, '2017-02-09'));

    expect(find(dates, 'Q4 of last year')).toMatchObject({ type: 'DATE', value: '2016-Q4' });
    expect(find(dates, 'the full year')?.value).toBe('2016');
  });

  it('keeps "the full year" to the year of publication after another quarter', () => {
    const text = 'Fares fell in the second quarter. For the full year, the airline expects a loss.';

    const dates = extractDates(article(text, '2017-08-09'));

    expect(find(dates, 'the full year')?.value).toBe('2017');
  });
});

describe("extractDates: a point told as units' time from now", () => {
  it('reads "in three years\' time" as the year three years after publication', () => {
    const dates = extractDates(article("The harbour will be dredged in three years' time."));

    expect(find(dates, "three years' time")).toMatchObject({ type: 'DATE', value: '2020' });
    expect(find(dates, 'three years')).toBeUndefined();
  });

  it('names the point to the grain of its unit: a month, a week, a day', () => {
    const text =
      "The tribunal rules in two months' time.\n" +
      "The ferry returns in a week's time.\n" +
      "The strike ends in ten days' time.";

    const dates = extractDates(article(text));

    expect(find(dates, "two months' time")?.value).toBe('2017-09');
    expect(find(dates, "a week's time")?.value).toBe('2017-W28');
    expect(find(dates, "ten days' time")?.value).toBe('2017-07-16');
  });

  it('keeps a hedge on the point, and a vague count ahead', () => {
    const text =
      "The mine may close in less than a year's time.\nIn a few weeks' time the count is done.";

    const dates = extractDates(article(text));

    expect(find(dates, "less than a year's time")).toMatchObject({
      type: 'DATE',
      value: '2018',
      mod: 'BEFORE',
    });
    expect(find(dates, "a few weeks' time")?.value).toBe('FUTURE_REF');
  });

  it('keeps the span after "within", its extent to "time"', () => {
    const dates = extractDates(article("The bridge must be rebuilt within a year's time."));

    expect(find(dates, "a year's time")).toMatchObject({ type: 'DURATION', value: 'P1Y' });
  });
});

describe('extractDates: a paper named by how often it appears', () => {
  it('reads no set in "daily" or "weekly" heading a paper\'s name', () => {
    const text =
      'The ruling party daily Sentinel said the talks had failed.\n' +
      'The influential daily La Tribuna reported a split.\n' +
      'The news weekly Der Beobachter printed the memo.\n' +
      'A leading financial daily reported that the bank would merge.';

    const dates = extractDates(article(text));

    expect(dates.filter((d) => d.type === 'SET')).toEqual([]);
  });

  it('reads no set in a paper named by "daily" at the end of its noun phrase', () => {
    const text =
      'The figures were first printed by the business daily.\n' +
      'According to the Workers Party daily, the harvest failed.\n' +
      'The mayor told the weekly that he would run.\n' +
      'The memo was leaked to the ruling party daily Sentinel.';

    const dates = extractDates(article(text));

    expect(dates.filter((d) => d.type === 'SET')).toEqual([]);
  });

  it('reads no set in a paper described as free, or named with accented letters', () => {
    const text =
      'The tabloid is the most read paper in the region, a free daily.\n' +
      'The prefect told the Lyon daily Énergie Ouvrière that he would stay.\n' +
      'The Vienna daily Österreichs Stimme reported a split.';

    const dates = extractDates(article(text));

    expect(dates.filter((d) => d.type === 'SET')).toEqual([]);
  });

  it('keeps a set where the word tells how often something happens', () => {
    const text =
      'The council meets daily to review the flood.\n' +
      'Officials hold daily briefings at the port.\n' +
      'The pills are taken twice daily.\n' +
      'The daily Harbor poll showed a lead.\n' +
      'The bulletin is published weekly.\n' +
      'She visits the clinic daily.';

    const dates = extractDates(article(text));

    expect(dates.map((d) => [d.text, d.type, d.value])).toEqual([
      ['daily', 'SET', 'P1D'],
      ['daily', 'SET', 'P1D'],
      ['twice daily', 'SET', 'P1D'],
      ['daily', 'SET', 'P1D'],
      ['weekly', 'SET', 'P1W'],
      ['daily', 'SET', 'P1D'],
    ]);
  });
});

describe('extractDates: a night that recurs', () => {
  it('reads "nightly" as every night, the set "every night" names', () => {
    const text = 'Patrols sweep the market nightly.\nPatrols sweep the market every night.';

    const dates = extractDates(article(text));

    expect(dates.map((d) => [d.text, d.type, d.value])).toEqual([
      ['nightly', 'SET', 'XXXX-XX-XXTNI'],
      ['every night', 'SET', 'XXXX-XX-XXTNI'],
    ]);
  });
});

describe('extractDates: a quarter of a unit', () => {
  it('reads "a quarter of a century" and "a quarter-century" as 25 years, not a century', () => {
    const text =
      'The judge sat on the bench for a quarter of a century.\nThe dispute has run for a quarter-century.';

    const dates = extractDates(article(text));

    expect(dates.map((d) => [d.text, d.value])).toEqual([
      ['a quarter of a century', 'P25Y'],
      ['a quarter-century', 'P25Y'],
    ]);
  });

  it('counts three quarters of an hour in minutes, and a quarter of a century back in years', () => {
    const text =
      'The rescue took three-quarters of an hour.\nThe mill closed a quarter of a century ago.';

    const dates = extractDates(article(text));

    expect(find(dates, 'three-quarters of an hour')?.value).toBe('PT45M');
    expect(find(dates, 'a quarter of a century ago')?.value).toBe('1992');
  });
});

describe('extractDates: a span the object of a verb of lasting', () => {
  it('reads "lasted weeks", "took months", "spent years" as spans of no stated length', () => {
    const text =
      'The blockade lasted weeks.\nThe audit took months, the board said.\nShe spent years abroad.';

    const dates = extractDates(article(text));

    expect(dates.map((d) => [d.text, d.type, d.value])).toEqual([
      ['weeks', 'DURATION', 'PXW'],
      ['months', 'DURATION', 'PXM'],
      ['years', 'DURATION', 'PXY'],
    ]);
  });

  it('reads "days before" and "hours after" an event, with no count, as spans of no stated length', () => {
    const text =
      'He quit just days before the vote.\nThe email came hours after the speech.\nThe army left, years after the war ended.\nThe sale of game days after the season is slow.\nThe board approved minutes before adjourning.\nShares rose in extended hours after the report.\nPower was restored hours after the storm hit.\nStores offer extended hours after the holiday.\nPrices increased days after the vote.\nSales had increased weeks after the vote.';

    const dates = extractDates(article(text));

    expect(dates.map((d) => [d.text, d.type, d.value])).toEqual([
      ['days', 'DURATION', 'PXD'],
      ['hours', 'DURATION', 'PTXH'],
      ['years', 'DURATION', 'PXY'],
      ['hours', 'DURATION', 'PTXH'],
      ['days', 'DURATION', 'PXD'],
      ['weeks', 'DURATION', 'PXW'],
    ]);
  });

  it('reads no span in hours a shop keeps, opens or runs before or after a day', () => {
    const text =
      'The store will be open extended hours before Christmas.\nBranches are operating limited hours after the storm.\nThe line runs extended hours before the game.\nNurses logged extended hours after the crash.\nThe museum remains open reduced hours after the flood.';

    const dates = extractDates(article(text));

    expect(dates.filter((d) => d.text === 'hours')).toEqual([]);
  });

  it('reads "couple" without "a" or "of" and a half written "½" as counts', () => {
    const text =
      'It may matter in the next couple days.\nShe spent the past couple weeks in Iowa.\nHe survived 5 ½ years in prison.\nThe talks lasted 2½ hours.\nPolice said the couple weeks earlier had bought a gun.';

    const dates = extractDates(article(text));

    expect(dates.map((d) => [d.text, d.type, d.value])).toEqual([
      ['the next couple days', 'DURATION', 'P2D'],
      ['the past couple weeks', 'DURATION', 'P2W'],
      ['5 ½ years', 'DURATION', 'P5Y6M'],
      ['2½ hours', 'DURATION', 'PT2H30M'],
      // "the couple" who bought it is no count: the weeks alone are the span.
      ['weeks', 'DURATION', 'PXW'],
    ]);
  });

  it('reads no span in days taken off', () => {
    const dates = extractDates(article('The crew takes days off in winter.'));

    expect(find(dates, 'days')).toBeUndefined();
  });
});

describe('extractDates: a count and its unit in a title', () => {
  it('reads no span in the capitalized name of a war, a film or a band', () => {
    const text =
      'The town fell in the Nine-Day War.\n' +
      "The Forty Years' War emptied the valley.\n" +
      'She starred in Nineteen Days in Lisbon.\n' +
      'The band Ten Minutes to Dawn played.';

    const dates = extractDates(article(text));

    expect(dates).toEqual([]);
  });

  it('keeps the span in a headline set in title case', () => {
    const dates = extractDates(article('Miners Agree to Three-Day Truce'));

    expect(find(dates, 'Three-Day')).toMatchObject({ type: 'DURATION', value: 'P3D' });
  });
});

describe('extractDates: weekdays listed after "every"', () => {
  it('reads each weekday of the list as a set, as the first is', () => {
    const text =
      'The market opens every Tuesday and Saturday.\nThe clinic is staffed every Monday, Wednesday and Friday.';

    const dates = extractDates(article(text));

    expect(dates.map((d) => [d.text, d.type, d.value])).toEqual([
      ['every Tuesday', 'SET', 'XXXX-WXX-2'],
      ['Saturday', 'SET', 'XXXX-WXX-6'],
      ['every Monday', 'SET', 'XXXX-WXX-1'],
      ['Wednesday', 'SET', 'XXXX-WXX-3'],
      ['Friday', 'SET', 'XXXX-WXX-5'],
    ]);
  });

  it('keeps a weekday after "and on" to the date it names', () => {
    const dates = extractDates(article('The crew drills every Monday and on Friday it sails.'));

    expect(find(dates, 'Friday')?.type).toBe('DATE');
  });
});

describe('extractDates: a programme named by a count of hours or minutes', () => {
  it('reads no span in a title with digits in running text or after its network', () => {
    const text =
      "The minister told NBC's 90 Minutes that he would stay.\n" +
      'In an interview with 36 Hours, the coach denied it.';

    const dates = extractDates(article(text));

    expect(dates).toEqual([]);
  });
});

describe('extractDates: a count and a half written with hyphens', () => {
  it('reads "two-and-a-half-year" and "four-and-a-half months" as spans with the half', () => {
    const text =
      'The two-and-a-half-year drought ended.\nThe blockade lasted four-and-a-half months.';

    const dates = extractDates(article(text));

    expect(dates.map((d) => [d.text, d.value])).toEqual([
      ['two-and-a-half-year', 'P2Y6M'],
      ['four-and-a-half months', 'P4M15D'],
    ]);
  });
});

describe('extractDates: "over" after a verb with "in"', () => {
  it('reads "phased in over two years" as the span spread over, not more than it', () => {
    const text =
      'The levy will be phased in over two years.\nIt was the first title in over a decade.';

    const dates = extractDates(article(text));

    expect(find(dates, 'two years')).toMatchObject({ type: 'DURATION', value: 'P2Y' });
    expect(find(dates, 'two years')?.mod).toBeUndefined();
    expect(find(dates, 'over a decade')?.mod).toBe('MORE_THAN');
  });
});

describe('extractDates: "years on" with no date named before', () => {
  it('reads "a year on" and "seven decades on" as now, counted from an event the story tells of', () => {
    const text =
      'A year on, the flood victims still wait.\nSeven decades on, the treaty still holds.';

    const dates = extractDates(article(text));

    expect(find(dates, 'A year on')).toMatchObject({ type: 'DATE', value: '2017' });
    expect(find(dates, 'Seven decades on')?.value).toBe('2017');
  });

  it('counts "two years on" from a date the story named, landing on a year', () => {
    const text = 'The mill shut in March 2012. Two years on, the town is empty.';

    const dates = extractDates(article(text));

    expect(find(dates, 'Two years on')?.value).toBe('2014');
  });
});

describe('extractDates: a month set, moved or timetabled ahead', () => {
  it('reads "May" as the month after a word that sets a time, not after "support for"', () => {
    const text =
      'The hearing is scheduled for May.\nThe ruling, first set for May, came late.\nShe has little support for May in the party.';

    const dates = extractDates(article(text, '2017-09-20'));

    expect(dates.map((d) => [d.text, d.start])).toEqual([
      ['May', 29],
      ['May', 60],
    ]);
    expect(dates[0]?.value).toBe('2018-05');
  });

  it('reads a month a plan was moved to as one still ahead', () => {
    expectValues(
      [
        ['The vote was delayed to May.', 'May', '2018-05'],
        ['The launch was pushed back to March.', 'March', '2018-03'],
      ],
      '2017-09-20',
    );
  });

  it('reads the present of a timetable right before a month as one still ahead', () => {
    expectValues(
      [
        ['Her new album comes out in June.', 'June', '2018-06'],
        ['The fair returns in August.', 'August', '2018-08'],
        ['The chief retires in June.', 'June', '2018-06'],
      ],
      '2017-09-20',
    );
    expectValues(
      [
        ["The mayor's term ends in December.", 'December', '2018-12'],
        ['The senator takes office in January.', 'January', '2018-01'],
      ],
      '2018-01-02',
    );
  });

  it('keeps the month just past for a past verb and a present that is no timetable', () => {
    expectValues(
      [
        ['The fair returned in August.', 'August', '2017-08'],
        ['Tax returns in August rose.', 'August', '2017-08'],
      ],
      '2017-09-20',
    );
  });
});

describe('extractDates: how much of each day or week, a rate', () => {
  it('marks no span in "seven days a week" or "40 hours a week", nor a rate after an amount of something', () => {
    const text = [
      'The diner is open seven days a week.',
      'Nurses often work 40 hours a week.',
      'Adults need 150 minutes of brisk walking a week.',
      'Each family gets 20 liters of water a day.',
      'She drinks two or more cups of coffee a day.',
      'The strike lasted a week.',
    ].join('\n');

    const dates = extractDates(article(text));

    expect(dates.map((d) => [d.text, d.value])).toEqual([
      ['150 minutes', 'PT150M'],
      ['a week', 'P1W'],
    ]);
  });
});

describe('extractDates: "for the year" as the story\'s year', () => {
  it('reads "a high for the year" and "totals for the year" as the year, "stayed for the year" as a span', () => {
    const text = [
      'Shares touched a high for the year.',
      'Snowfall totals for the year are below average.',
      'She stayed in Lima for the year.',
      'The club posted a loss for the year ending tomorrow.',
    ].join('\n');

    const dates = extractDates(article(text));

    expect(dates.map((d) => [d.type, d.value])).toEqual([
      ['DATE', '2017'],
      ['DATE', '2017'],
      ['DURATION', 'P1Y'],
      ['DURATION', 'P1Y'],
      ['DATE', '2017-07-07'],
    ]);
  });

  it('reads "for the month" of figures as the month told or under way, "stayed for the month" as a span', () => {
    const text = [
      'The index is down 2.7 percent for the month.',
      'Sales rose 3 percent in May. For the month, toys led.',
      'She stayed in Lima for the month.',
    ].join('\n');

    const dates = extractDates(article(text));

    expect(dates.map((d) => [d.text, d.type, d.value])).toEqual([
      ['the month', 'DATE', '2017-07'],
      ['May', 'DATE', '2017-05'],
      ['the month', 'DATE', '2017-05'],
      ['the month', 'DURATION', 'P1M'],
    ]);
  });
});

describe('extractDates: the first end of a range of clock times', () => {
  it('reads "from 4 to 8 p.m." as two times on the day named, the first in the half that keeps the order', () => {
    const text = [
      'The wake is Friday from 4 to 8 p.m.',
      'Lunch is served from 11 to 1 p.m. on Sunday.',
      'The clinic is open between 2 and 4 p.m. on weekdays.',
      'Prices rose from 4 to 8 percent.',
    ].join('\n');

    const dates = extractDates(article(text));

    expect(dates.map((d) => [d.text, d.type, d.value])).toEqual([
      ['Friday', 'DATE', '2017-07-07'],
      ['4', 'TIME', '2017-07-07T16:00'],
      ['8 p.m.', 'TIME', '2017-07-07T20:00'],
      ['11', 'TIME', '2017-07-09T11:00'],
      ['1 p.m. on Sunday', 'TIME', '2017-07-09T13:00'],
      ['2', 'TIME', 'XXXX-XX-XXT14:00'],
      ['4 p.m.', 'TIME', 'XXXX-XX-XXT16:00'],
    ]);
  });

  it('finds the first end when the second is written with its minutes ("from 9 to 10:30 a.m.")', () => {
    const dates = extractDates(article('The class meets from 9 to 10:30 a.m. on Sunday.'));

    expect(dates.map((d) => [d.text, d.value])).toEqual([
      ['9', '2017-07-09T09:00'],
      ['10:30 a.m. on Sunday', '2017-07-09T10:30'],
    ]);
  });
});

describe("extractDates: a holiday's weekend, a part of its day, and New Year's alone", () => {
  it('reads the weekend a holiday opens or closes, its morning, and "New Year\'s" with no noun after', () => {
    const text = [
      'Traffic was heavy over the Labor Day weekend.',
      'Shops were full over Thanksgiving weekend.',
      'She was born on Christmas morning.',
      'The Christmas holidays were quiet.',
      "Rates will fall after New Year's.",
      "His New Year's resolution did not last.",
    ].join('\n');

    const dates = extractDates(article(text, '2017-12-28'));

    expect(dates.map((d) => [d.text, d.type, d.value])).toEqual([
      ['the Labor Day weekend', 'DATE', '2017-W35-WE'],
      ['Thanksgiving weekend', 'DATE', '2017-W47-WE'],
      ['Christmas morning', 'TIME', '2017-12-25TMO'],
      ['Christmas', 'DATE', '2017-12-25'],
      ["New Year's", 'DATE', '2018-01-01'],
    ]);
  });
});

describe('extractDates: a season named by the two years it straddles', () => {
  it('reads "the 2013-14 campaign" and "2016/17" as one date', () => {
    const text = [
      'They went down at the end of the 2013-14 campaign.',
      'Crowds grew in 2016/17.',
      'The 2011-12 slump hurt.',
    ].join('\n');

    const dates = extractDates(article(text));

    expect(dates.map((d) => [d.text, d.value])).toEqual([
      ['2013-14', '2013'],
      ['2016/17', '2016'],
      ['2011', '2011'],
      ['12', '2012'],
    ]);
  });
});

describe('extractDates: "another" span, "midday" with its day, and comparisons that tell no time', () => {
  it('reads "another week" and "another six months" as spans, but not "just another day" or "another quarter" of a cost', () => {
    const text = [
      'She must stay for at least another week.',
      'The review will take another six months.',
      'It was just another day at the office.',
      'Pay another quarter out of savings.',
    ].join('\n');

    const dates = extractDates(article(text));

    expect(dates.map((d) => [d.text, d.value, d.mod ?? ''])).toEqual([
      ['at least another week', 'P1W', 'EQUAL_OR_MORE'],
      ['another six months', 'P6M', ''],
    ]);
  });

  it('joins "midday Saturday" into one TIME, and reads no time in "recent memory" or "later than planned"', () => {
    const text = [
      'The polls close at midday Saturday.',
      'It was the worst flood in recent memory.',
      'The bridge opened about six months later than planned.',
    ].join('\n');

    const dates = extractDates(article(text));

    expect(dates.map((d) => [d.text, d.type, d.value])).toEqual([
      ['midday Saturday', 'TIME', '2017-07-08T12:00'],
      ['six months', 'DURATION', 'P6M'],
    ]);
  });
});

describe('extractDates: a weekday that names what a habit recurs on', () => {
  it('reads "never missed a Sunday service in 40 years" as each Sunday, "spoke at a Sunday service" as a day', () => {
    const text = [
      'He never missed a Sunday service in 40 years.',
      'She ran the Saturday market for decades.',
      'She spoke at a Sunday service.',
      'The Tuesday vote was close, as it always is.',
    ].join('\n');

    const dates = extractDates(article(text));
    const days = dates.filter((d) => /day$/.test(d.text));

    expect(days.map((d) => [d.text, d.type, d.value])).toEqual([
      ['Sunday', 'SET', 'XXXX-WXX-7'],
      ['Saturday', 'SET', 'XXXX-WXX-6'],
      ['Sunday', 'DATE', '2017-07-02'],
      ['Tuesday', 'DATE', '2017-07-04'],
    ]);
  });
});

describe('extractDates: the second of two weekdays joined', () => {
  it('follows the first within its week, unless that runs past publication in a past story', () => {
    const text = [
      'The comet is best seen on Tuesday and Wednesday.',
      'The fair drew crowds on Saturday and Sunday.',
    ].join('\n');

    const dates = extractDates(article(text, '2017-09-16'));

    expect(dates.map((d) => [d.text, d.value])).toEqual([
      ['Tuesday', '2017-09-19'],
      ['Wednesday', '2017-09-20'],
      ['Saturday', '2017-09-16'],
      ['Sunday', '2017-09-10'],
    ]);
  });
});

describe('extractDates: hard cases that stay right', () => {
  it('leaves an age out, keeps a span across the new year in order, and names ISO week 53', () => {
    expect(
      extractDates(article('Ada Roe, a retired nurse, died Tuesday at 91.', '2018-01-03')).map(
        (d) => [d.text, d.value],
      ),
    ).toEqual([['Tuesday', '2018-01-02']]);
    expect(
      extractDates(article('The school closes from Dec. 21 to Jan. 3.', '2017-10-09')).map(
        (d) => d.value,
      ),
    ).toEqual(['2017-12-21', '2018-01-03']);
    expect(extractDates(article('The runoff is this week.', '2021-01-02'))[0]?.value).toBe(
      '2020-W53',
    );
  });
});

describe('extractDates: the first or last day or week of a year', () => {
  it('reads "the last day of the year" and "the first week of next year" as one expression each', () => {
    const text = [
      'The last day of the year will be mild.',
      'Talks resume in the first week of next year.',
    ].join('\n');

    const dates = extractDates(article(text, '2017-12-28'));

    expect(dates.map((d) => [d.text, d.value])).toEqual([
      ['The last day of the year', '2017-12-31'],
      ['the first week of next year', '2018-W01'],
    ]);
  });
});

describe('extractDates: a race time in three units', () => {
  it('reads "2 hours, 19 minutes and 36 seconds" as one DURATION', () => {
    const text =
      'She won in 2 hours, 19 minutes and 36 seconds.\nHe took 1 hour, 58 minutes, 40 seconds.';

    const dates = extractDates(article(text));

    expect(dates.map((d) => [d.text, d.value])).toEqual([
      ['2 hours, 19 minutes and 36 seconds', 'PT2H19M36S'],
      ['1 hour, 58 minutes, 40 seconds', 'PT1H58M40S'],
    ]);
  });
});

describe('extractDates: the holiday quarter', () => {
  it('reads "the holiday quarter" as a calendar fourth quarter, placed as "the December quarter" is', () => {
    const text = 'The chipmaker posted record sales in the holiday quarter.';

    const dates = extractDates(article(text, '2017-02-04'));

    expect(dates.map((d) => [d.text, d.value])).toEqual([['the holiday quarter', '2016-Q4']]);
  });
});

describe('extractDates: a clear verb before a month and day', () => {
  it('keeps a passive past firm across its agent ("was approved by the Senate on August 9")', () => {
    expectValues(
      [
        ['The bill was approved by the Senate on August 9.', 'August 9', '2016-08-09'],
        ['The bill will be approved by the Senate on August 9.', 'August 9', '2017-08-09'],
      ],
      '2017-07-28',
    );
  });

  it('reads a modal that says what may yet happen as firmly ahead ("should rule on May 3")', () => {
    expectValues([
      ['The court should rule on May 3.', 'May 3', '2018-05-03'],
      ['The panel could vote on May 3.', 'May 3', '2018-05-03'],
      ['The court could not rule on May 3.', 'May 3', '2017-05-03'],
      ['The court should have ruled on May 3.', 'May 3', '2017-05-03'],
    ]);
  });
});

describe('extractDates: what runs until a date', () => {
  it('reads "runs through January" as still ahead, but not a path ("runs through Wisconsin")', () => {
    expectValues([
      ['The exhibit runs through January.', 'January', '2018-01'],
      ['The show runs through June.', 'June', '2018-06'],
      ['The festival continues until March 3.', 'March 3', '2018-03-03'],
      ['The exhibit ran through January.', 'January', '2017-01'],
      ['His hope runs through Ohio on April 5.', 'April 5', '2017-04-05'],
    ]);
  });
});

describe('extractDates: the kind of day a timetable is made for', () => {
  it('tags no day in "a Sunday schedule" or "Saturday hours", but keeps "Monday hours after"', () => {
    const text =
      'Buses will run on a Sunday schedule.\nThe store keeps Saturday hours.\n' +
      'He spoke Monday hours after the attack.';

    const dates = extractDates(article(text, '2017-12-22'));

    expect(dates.map((d) => [d.text, d.value])).toEqual([['Monday', '2017-12-18']]);
  });
});

describe('extractDates: the next day after a month', () => {
  it('reads "the following day" after a month the paragraph told as a day of that month', () => {
    const text =
      'He was arrested in October 2015 and resigned the following day.\n\n' +
      'She resigned the following day.';

    const dates = extractDates(article(text, '2016-09-15'));

    expect(dates.filter((d) => /day/.test(d.text)).map((d) => d.value)).toEqual([
      '2015-10-XX',
      'XXXX-XX-XX',
    ]);
  });
});

describe('extractDates: the day of a comment', () => {
  it('keeps a bare clock time on the day of the story, not the later day someone spoke', () => {
    const text =
      'The Eagles won on Sunday. Pederson said Monday he was proud. Kickoff was at 6:30 p.m.\n\n' +
      'The council met Monday. The mayor said Tuesday she would speak at 9 p.m.';

    const dates = extractDates(article(text, '2018-02-06'));

    expect(dates.filter((d) => d.type === 'TIME').map((d) => d.value)).toEqual([
      '2018-02-04T18:30',
      '2018-02-06T21:00',
    ]);
  });
});

describe('extractDates: a month before its economic figure', () => {
  it('reads "May sales" and "March\'s jobs report" as the month, not "May\'s government"', () => {
    const text =
      "March's jobs report was strong.\nMay sales rose 3 percent.\nMay's factory output fell.\n" +
      "May's government fell.\nMarch's organizers were proud.";

    const dates = extractDates(article(text));

    expect(dates.map((d) => [d.text, d.value])).toEqual([
      ['March', '2017-03'],
      ['May', '2017-05'],
      ['May', '2017-05'],
    ]);
  });
});

describe('extractDates: a year-end told as past', () => {
  it('reads a past "at the end of the year" written before November as last year\'s end', () => {
    const text =
      'Sales fell at the end of the year.\nThe plant will close at the end of the year.\n' +
      'Profit rose at the start of the year.';

    expect(extractDates(article(text)).map((d) => [d.value, d.mod])).toEqual([
      ['2016', 'END'],
      ['2017', 'END'],
      ['2017', 'START'],
    ]);
    expect(extractDates(article(text, '2017-12-08')).map((d) => d.value)[0]).toBe('2017');
  });
});

describe('extractDates: a year earlier than a whole year', () => {
  it('compares with the year named since in the paragraph, not the quarter before it', () => {
    const text =
      'Profit in the fourth quarter rose 5 percent. Revenue for 2018 was $4 billion, up 3 percent from a year earlier.\n\n' +
      'Profit in the fourth quarter of 2018 rose 5 percent from a year earlier.';

    const dates = extractDates(article(text, '2019-01-03'));

    expect(dates.filter((d) => /earlier/.test(d.text)).map((d) => d.value)).toEqual([
      '2017',
      '2017-Q4',
    ]);
  });
});

describe('extractDates: an aside about the subject', () => {
  it('keeps the verb of a closed "who" aside from telling the main clause\'s tense', () => {
    // Published on a Thursday: the Tuesday is past, the Friday the coming one.
    const text =
      'The Knicks, who beat Miami on Tuesday, face Boston on Friday.\n' +
      'He succeeds Ann Lee, who stepped down as chairman, president and chief executive in March.';

    expect(extractDates(article(text)).map((d) => [d.text, d.value])).toEqual([
      ['Tuesday', '2017-07-04'],
      ['Friday', '2017-07-07'],
      ['March', '2017-03'],
    ]);
  });
});

describe('extractDates: a date qualifying the subject of a past verb', () => {
  it('reads "The storm in September caused" as gone, unless the verb carries a plan', () => {
    // Written in July: a September of this year is still ahead.
    const text =
      'The storm in September caused $2 billion in damage.\nThe vote in August was close.\n' +
      'The trip in September was planned in May.\nThe concert in August was sold out.';

    expect(extractDates(article(text)).map((d) => d.value)).toEqual([
      '2016-09',
      '2016-08',
      '2017-09',
      '2017-05',
      '2017-08',
    ]);
  });
});

describe('extractDates: a clock time and the date after it', () => {
  it('puts a clock time on the date given after its weekday or after the range it opens', () => {
    // Published Wednesday 2015-04-15: "Friday" alone would be April 17.
    const text =
      'The closures begin at 10 p.m. on Friday, May 1.\n' +
      'The vote is at 9 a.m. Tuesday, Dec. 1, 2015, in the council chamber.\n' +
      'The crash happened between 2 p.m. and 4:30 p.m. on April 12.';

    expect(extractDates(article(text, '2015-04-15')).map((d) => [d.text, d.value])).toEqual([
      ['10 p.m. on Friday, May 1', '2015-05-01T22:00'],
      ['9 a.m. Tuesday, Dec. 1, 2015', '2015-12-01T09:00'],
      ['2 p.m.', '2015-04-12T14:00'],
      ['4:30 p.m. on April 12', '2015-04-12T16:30'],
    ]);
  });
});

describe('extractDates: a stop told in the past through a date', () => {
  it('reads "were suspended through Wednesday" as up to the nearest Wednesday, ahead "at least"', () => {
    // Published Tuesday 2017-08-29.
    const text =
      'Flights were suspended through at least Wednesday afternoon.\n' +
      'Schools were closed through Wednesday.\nThe road was closed through Sunday.\n' +
      'He was in Ohio through Wednesday.';

    expect(extractDates(article(text, '2017-08-29')).map((d) => d.value)).toEqual([
      '2017-08-30',
      '2017-08-30',
      '2017-08-27',
      '2017-08-23',
    ]);
  });
});
