import { describe, expect, it } from 'vitest';
import { addDays, isoWeek, isoWeekday } from '../../functions/extract-dates/calendar.ts';

/** The same days counted through Date, which the arithmetic must agree with. */
function byDate(year: number, month: number, day: number, n: number) {
  const date = new Date(Date.UTC(year, month - 1, day + n));
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

describe('calendar arithmetic', () => {
  it('counts days across month ends, leap days and centuries as Date does', () => {
    for (const [year, month, day] of [
      [2016, 2, 28],
      [2017, 2, 28],
      [1900, 2, 28],
      [2000, 2, 29],
      [1999, 12, 31],
      [2017, 7, 6],
    ] as const) {
      for (const n of [-400, -30, -1, 0, 1, 2, 31, 365, 366]) {
        expect(addDays({ year, month, day }, n)).toEqual(byDate(year, month, day, n));
      }
    }
  });

  it('runs a day past its month into the next one', () => {
    expect(addDays({ year: 2017, month: 2, day: 31 }, 0)).toEqual({ year: 2017, month: 3, day: 3 });
  });

  it('names ISO weekdays and weeks', () => {
    expect(isoWeekday({ year: 2017, month: 7, day: 6 })).toBe(4);
    expect(isoWeekday({ year: 2017, month: 7, day: 9 })).toBe(7);
    expect(isoWeek({ year: 2017, month: 1, day: 1 })).toEqual({ year: 2016, week: 52 });
    expect(isoWeek({ year: 2020, month: 12, day: 31 })).toEqual({ year: 2020, week: 53 });
  });

  it('leaves two-digit years to Date, which reads them as the 1900s', () => {
    expect(addDays({ year: 99, month: 1, day: 1 }, 1)).toEqual({ year: 1999, month: 1, day: 2 });
  });
});
