/**
 * Calendar arithmetic for TimeML values: a point in time at some granularity (a year, a quarter,
 * a week, a day...), shifted by calendar units and written as a TIMEX3 value (`2017-W26`,
 * `2017-Q3`, `2017-07-06`).
 */

export type Grain =
  | 'century'
  | 'decade'
  | 'year'
  | 'half'
  | 'quarter'
  | 'season'
  | 'month'
  | 'week'
  | 'day';
export type Season = 'SP' | 'SU' | 'FA' | 'WI';

/** The month a season begins in, as TimeML counts them: a winter is named by its December. */
export const SEASON_START: Record<Season, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };

/** A calendar point; only the fields its grain needs are meaningful. */
export interface Point {
  grain: Grain;
  year: number;
  month?: number; // 1-12
  day?: number;
  quarter?: number; // 1-4
  half?: number; // 1-2
  week?: number; // ISO week
  season?: Season;
}

export interface Day {
  year: number;
  month: number;
  day: number;
}

export type Unit = 'year' | 'half' | 'quarter' | 'month' | 'week' | 'day' | 'decade' | 'century';

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

export function toUtc(d: Day): Date {
  return new Date(Date.UTC(d.year, d.month - 1, d.day));
}

export function fromUtc(date: Date): Day {
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/**
 * Days since 1970-01-01 of a day of the Gregorian calendar, by arithmetic (no Date object: the
 * stage does this for most expressions); a day past its month's end runs into the next, as with
 * `Date.UTC`. Null for what `Date.UTC` reads its own way (years 0-99, fractions, huge values).
 */
function daysOf(d: Day): number | null {
  const { year, month, day } = d;
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (year < 100 || year > 100_000 || month < 1 || month > 12 || Math.abs(day) > 1_000_000)
    return null;
  // Years counted from March, so that the leap day ends a year (a well-known civil-date formula).
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5);
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100);
  return era * 146_097 + dayOfEra + dayOfYear - 719_468 + day - 1;
}

/** The day `days` days after 1970-01-01: the inverse of `daysOf`. */
function dayAt(days: number): Day {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const m = Math.floor((5 * dayOfYear + 2) / 153);
  const month = m < 10 ? m + 3 : m - 9;
  return {
    year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0),
    month,
    day: dayOfYear - Math.floor((153 * m + 2) / 5) + 1,
  };
}

/** How many days a month of a year has (month 1 to 12). */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function addDays(d: Day, n: number): Day {
  const days = daysOf(d);
  if (days !== null && Number.isInteger(n) && Math.abs(n) <= 1_000_000) return dayAt(days + n);
  const date = toUtc(d);
  date.setUTCDate(date.getUTCDate() + n);
  return fromUtc(date);
}

/** Monday = 1 ... Sunday = 7, as ISO 8601 and TimeML (`XXXX-WXX-1`) count them. */
export function isoWeekday(d: Day): number {
  const days = daysOf(d);
  // 1970-01-01 was a Thursday.
  const w = days === null ? toUtc(d).getUTCDay() : (((days + 4) % 7) + 7) % 7;
  return w === 0 ? 7 : w;
}

export function isoWeek(d: Day): { year: number; week: number } {
  const thursday = addDays(d, 4 - isoWeekday(d));
  const jan1 = toUtc({ year: thursday.year, month: 1, day: 1 });
  const diff = (toUtc(thursday).getTime() - jan1.getTime()) / 86_400_000;
  return { year: thursday.year, week: Math.floor(diff / 7) + 1 };
}

export function dayPoint(d: Day): Point {
  return { grain: 'day', year: d.year, month: d.month, day: d.day };
}

export function weekPoint(d: Day): Point {
  const w = isoWeek(d);
  return { grain: 'week', year: w.year, week: w.week };
}

export function monthPoint(year: number, month: number): Point {
  return { grain: 'month', year, month };
}

export function quarterOf(month: number): number {
  return Math.floor((month - 1) / 3) + 1;
}

/** The Monday of an ISO week, to do week arithmetic through days. */
function mondayOf(year: number, week: number): Day {
  const jan4: Day = { year, month: 1, day: 4 };
  return addDays(jan4, (week - 1) * 7 - (isoWeekday(jan4) - 1));
}

/** Moves a point by `n` units (negative: back), keeping its own grain where it can. */
export function shift(p: Point, unit: Unit, n: number): Point {
  if (unit === 'day' || unit === 'week') {
    const days = unit === 'week' ? 7 * n : n;
    if (p.grain === 'day' && p.month && p.day) {
      return dayPoint(addDays({ year: p.year, month: p.month, day: p.day }, days));
    }
    if (p.grain === 'week' && p.week) {
      return weekPoint(addDays(mondayOf(p.year, p.week), days));
    }
    return p;
  }
  const months =
    unit === 'year'
      ? 12 * n
      : unit === 'half'
        ? 6 * n
        : unit === 'quarter'
          ? 3 * n
          : unit === 'decade'
            ? 120 * n
            : unit === 'century'
              ? 1200 * n
              : n;
  if (p.grain === 'week' && p.week) {
    if (months % 12 === 0) return { ...p, year: p.year + months / 12 };
    return weekPoint(addDays(mondayOf(p.year, p.week), Math.round(months * 30.44)));
  }
  if (p.grain === 'day' && p.month && p.day) {
    const total = p.year * 12 + (p.month - 1) + months;
    const year = Math.floor(total / 12);
    const month = (total % 12) + 1;
    return { grain: 'day', year, month, day: Math.min(p.day, daysInMonth(year, month)) };
  }
  if (p.grain === 'month' && p.month) {
    const total = p.year * 12 + (p.month - 1) + months;
    return { grain: 'month', year: Math.floor(total / 12), month: (total % 12) + 1 };
  }
  if (p.grain === 'quarter' && p.quarter) {
    const total = p.year * 4 + (p.quarter - 1) + Math.trunc(months / 3);
    return { grain: 'quarter', year: Math.floor(total / 4), quarter: (total % 4) + 1 };
  }
  if (p.grain === 'half' && p.half) {
    const total = p.year * 2 + (p.half - 1) + Math.trunc(months / 6);
    return { grain: 'half', year: Math.floor(total / 2), half: (total % 2) + 1 };
  }
  return { ...p, year: p.year + Math.trunc(months / 12) };
}

/** Whether a day falls inside a point ("2008-07-14" inside July 2008, or its week). */
export function holdsDay(p: Point, d: Day): boolean {
  switch (p.grain) {
    case 'week': {
      const w = isoWeek(d);
      return w.year === p.year && w.week === p.week;
    }
    case 'half':
      return d.year === p.year && (d.month <= 6 ? 1 : 2) === p.half;
    case 'quarter':
      return d.year === p.year && quarterOf(d.month) === p.quarter;
    // A winter is named by the year of its December and runs into the next year.
    case 'season':
      return p.season === 'WI'
        ? (d.year === p.year && d.month === 12) || (d.year === p.year + 1 && d.month <= 2)
        : d.year === p.year;
    default:
      return formatDay(d).startsWith(formatPoint(p));
  }
}

/** Whether a point of a year, a month or a day begins after the day given. */
export function afterDay(p: Point, d: Day): boolean {
  if (p.grain === 'year') return p.year > d.year;
  if (p.grain === 'month') return p.year * 12 + (p.month ?? 1) > d.year * 12 + d.month;
  if (p.grain === 'day') return formatPoint(p) > formatDay(d);
  return false;
}

/** The TIMEX3 value of a point (`2017`, `201`, `2017-Q3`, `2017-W26`, `2017-SU`...). */
/**
 * The ISO week that holds most of the seven days from a month's or a year's first day (`first`)
 * or up to its last day (`last`): the first or last week of it, as ISO counts weeks.
 */
export function edgeWeek(edge: Day, side: 'first' | 'last'): Point {
  if (side === 'first') return weekPoint(isoWeekday(edge) <= 4 ? edge : addDays(edge, 7));
  return weekPoint(isoWeekday(edge) >= 4 ? edge : addDays(edge, -7));
}

export function formatPoint(p: Point): string {
  const y = pad(p.year, 4);
  switch (p.grain) {
    case 'century':
      return y.slice(0, 2);
    case 'decade':
      return y.slice(0, 3);
    case 'year':
      return y;
    case 'half':
      return `${y}-H${p.half ?? 'X'}`;
    case 'quarter':
      return `${y}-Q${p.quarter ?? 'X'}`;
    case 'season':
      return `${y}-${p.season ?? 'XX'}`;
    case 'month':
      return `${y}-${pad(p.month ?? 0)}`;
    case 'week':
      return `${y}-W${pad(p.week ?? 0)}`;
    case 'day':
      return `${y}-${pad(p.month ?? 0)}-${pad(p.day ?? 0)}`;
  }
}

/** Reads a TIMEX3 DATE value back into a point, to use it as the anchor of a later mention. */
export function parsePoint(value: string): Point | null {
  let m = /^(\d{4})-(\d\d)-(\d\d)/.exec(value);
  if (m) return { grain: 'day', year: +(m[1] ?? 0), month: +(m[2] ?? 0), day: +(m[3] ?? 0) };
  m = /^(\d{4})-W(\d\d)$/.exec(value);
  if (m) return { grain: 'week', year: +(m[1] ?? 0), week: +(m[2] ?? 0) };
  m = /^(\d{4})-Q(\d)$/.exec(value);
  if (m) return { grain: 'quarter', year: +(m[1] ?? 0), quarter: +(m[2] ?? 0) };
  m = /^(\d{4})-H(\d)$/.exec(value);
  if (m) return { grain: 'half', year: +(m[1] ?? 0), half: +(m[2] ?? 0) };
  m = /^(\d{4})-(\d\d)$/.exec(value);
  if (m) return { grain: 'month', year: +(m[1] ?? 0), month: +(m[2] ?? 0) };
  m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value);
  if (m) return { grain: 'season', year: +(m[1] ?? 0), season: m[2] as Season };
  m = /^(\d{4})$/.exec(value);
  if (m) return { grain: 'year', year: +(m[1] ?? 0) };
  return null;
}

/** Parses the publication date (`2017-07-06` or a timestamp) into a calendar day. */
export function parseAnchor(publishedAt: string | null): Day | null {
  if (!publishedAt) return null;
  const m = /^(\d{4})-?(\d\d)-?(\d\d)/.exec(publishedAt.trim());
  if (!m) return null;
  const day = { year: +(m[1] ?? 0), month: +(m[2] ?? 0), day: +(m[3] ?? 0) };
  if (day.month < 1 || day.month > 12 || day.day < 1 || day.day > 31) return null;
  return day;
}

export function formatDay(d: Day): string {
  return formatPoint(dayPoint(d));
}
