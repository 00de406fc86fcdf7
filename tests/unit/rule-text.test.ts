import { describe, expect, it } from 'vitest';
import { RULES } from '../../functions/extract-dates/rules.ts';

/**
 * A rule's `text` is a cheap test run before its pattern, so windows that cannot match are never
 * scanned. It must hold wherever the pattern matches and the rule takes the match, or the rule
 * silently loses expressions.
 * The phrases are ours, one or more for each shape of expression the grammar reads.
 */
const PHRASES = [
  'for two years, three months and a day',
  'it lasted one year and six months',
  'three years earlier',
  'a day before',
  'two weeks later',
  'six months previously',
  'ten years from now',
  'the day after',
  'on 6 July 2017',
  'on the 6th of July',
  'Monday, 3 April',
  '14 Feb last year',
  'this morning',
  'yesterday afternoon',
  'the next day',
  'that same night',
  'early this evening',
  'at 9 in the morning',
  'around ten at night',
  'the third quarter of 2016',
  'first-half results',
  'the back half of the year',
  'a year earlier',
  'the year-ago quarter',
  'the same month a year ago',
  'later that week',
  'the same day',
  'early that year',
  'the first Monday of June',
  'the last Friday in March',
  'the second Tuesday of the month',
  'the past five years',
  'more than a decade',
  'nearly three-quarters of an hour',
  'a quarter-century',
  'a couple of weeks',
  'twenty-one days',
  'five trading days',
  'two more weeks',
  'a year and a half',
  '1 1/2 hours',
  '2½ years',
  'several months',
  'dozens of years',
  'the last few days',
  'a 30-year mortgage',
  'a day-long meeting',
  'early next month',
  'the end of this year',
  'the rest of the week',
  'this past weekend',
  'the previous fiscal year',
  'the coming winter',
  'last spring',
  'in the 1990s',
  'the early ’80s',
  'every Tuesday',
  'twice a week',
  'daily',
  'from Monday through Friday',
  'between 2010 and 2014',
  'at 8:30 a.m. tonight',
  'half past four',
  'a quarter to five',
  'the other day',
  'some day soon',
  'one day, we will win',
  'on Christmas Eve',
  'on Election Day',
  'at year-end',
  'the week before last',
  'the day after tomorrow',
  'two weeks from Monday',
  'the 15th',
  'the first of the month',
  'the full year',
  'its fourth quarter',
  'mid-March',
  'end-2018',
  'the March quarter',
  'the week of June 5',
  'in 2014-15',
  'May 3 and 4',
  'early morning',
  'a later date',
  'from 4 to 8 p.m. Friday',
  'at least another week',
  'the last day of the year',
  'the holiday quarter',
  'six months later than planned',
  'between 2 and 4 p.m.',
];

describe('rule text tests', () => {
  it('hold wherever their rule takes a match', () => {
    const exercised = new Set<number>();
    const failures: string[] = [];
    RULES.forEach((rule, i) => {
      if (!rule.text) return;
      for (const phrase of PHRASES) {
        rule.re.lastIndex = 0;
        const m = rule.re.exec(phrase);
        rule.re.lastIndex = 0;
        if (!m || !rule.build(m)) continue;
        exercised.add(i);
        if (!rule.text.test(phrase)) failures.push(`rule ${i} matches "${m[0]}" in "${phrase}"`);
      }
    });
    expect(failures).toEqual([]);
    // The phrases reach most rules that have a test, so the check is no empty one.
    const withText = RULES.filter((r) => r.text).length;
    expect(exercised.size).toBeGreaterThanOrEqual(Math.floor(withText * 0.6));
  });
});
