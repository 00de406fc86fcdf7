/**
 * The words temporal expressions are made of in English news: month and weekday names, number
 * words, calendar units, parts of the day, seasons, and the regular-expression fragments the
 * grammar (rules.ts) builds its patterns from.
 */
import type { Season, Unit } from './calendar.ts';

export const MONTHS: Record<string, number> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sept: 9,
  sep: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};

export const WEEKDAYS: Record<string, number> = {
  monday: 1,
  mon: 1,
  tuesday: 2,
  tue: 2,
  tues: 2,
  wednesday: 3,
  wed: 3,
  thursday: 4,
  thu: 4,
  thur: 4,
  thurs: 4,
  friday: 5,
  fri: 5,
  saturday: 6,
  sat: 6,
  sunday: 7,
  sun: 7,
};

const SMALL: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  a: 1,
  an: 1,
  single: 1,
  dozen: 12,
  hundred: 100,
  couple: 2,
  half: 0.5,
};

/** The spelled cardinals from `min` to `max` ("one" … "ninety"), without "a", "dozen" and the like. */
export function cardinalWords(min: number, max: number): Record<string, number> {
  const cardinals = Object.entries(SMALL).filter(
    ([word, n]) => Number.isInteger(n) && n >= min && n <= max && !NOT_CARDINAL.has(word),
  );
  return Object.fromEntries(cardinals);
}

const NOT_CARDINAL = new Set(['a', 'an', 'single', 'couple', 'dozen']);

export const ORDINALS: Record<string, number> = {
  first: 1,
  '1st': 1,
  second: 2,
  '2nd': 2,
  third: 3,
  '3rd': 3,
  fourth: 4,
  '4th': 4,
  fifth: 5,
  '5th': 5,
};

/** The ordinals in words from "first" to "thirty-first", as days of a month and centuries are said. */
const ORDINAL_UNITS = [
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
];
const ORDINAL_TEENS = [
  ...['tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth'],
  ...['seventeenth', 'eighteenth', 'nineteenth'],
];
export const ORDINAL_WORDS: Record<string, number> = Object.fromEntries([
  ...[...ORDINAL_UNITS, ...ORDINAL_TEENS].map((word, i) => [word, i + 1]),
  ['twentieth', 20],
  ...ORDINAL_UNITS.map((word, i) => [`twenty-${word}`, 21 + i]),
  ['thirtieth', 30],
  ['thirty-first', 31],
]);
/** A day of the month said in words ("twenty-second", "twenty second", "first"). */
export const DAY_ORDINAL_RE = `(?:(?:twenty[- ])?(?:${ORDINAL_UNITS.join('|')})|${ORDINAL_TEENS.join('|')}|twentieth|thirtieth|thirty[- ]first)`;

/** The number of a day of the month in digits ("22", "22nd") or in words ("twenty-second"). */
export function dayOfMonth(word: string): number {
  const w = word.toLowerCase().replace(/^the\s+/, '');
  return ORDINAL_WORDS[w.replace(/\s+/, '-')] ?? Number.parseInt(w, 10);
}

/** Words for an unknown count ("several years" is PXY). */
const VAGUE = new Set([
  'several',
  'few',
  'many',
  'some',
  'numerous',
  'dozens',
  'hundreds',
  'thousands',
  'the',
]);

/**
 * Reads a count ("three", "twenty-four", "24", "a few") as a number; null when it is vague, so
 * the value gets an X (`PXY`).
 */
export function parseCount(words: string): number | null {
  const w = words
    .toLowerCase()
    .replace(/\bof\b/g, ' ')
    .replace(/,/g, '')
    .trim();
  if (/^\d+(\.\d+)?$/.test(w)) return Number(w);
  const half = /^(\d+)(?: 1\/2| ?½|[\s-]+and[\s-]+a[\s-]+half)$/.exec(w);
  if (half) return Number(half[1]) + 0.5;
  if (/^half[\s-]+(?:a[\s-]+)?dozen$/.test(w)) return 6;
  if (w === 'half' || w === 'a half' || w === 'half a' || w === 'half an') return 0.5;
  const quarters = /^(a|one|three)[- ]quarters?(?:\s+an?)?$/.exec(w);
  if (quarters) return quarters[1] === 'three' ? 0.75 : 0.25;
  if (/^(a|an|one) and a half$/.test(w)) return 1.5;
  let total = 0;
  let seen = false;
  for (const part of w.split(/[\s-]+/)) {
    if (part === 'a' && seen) continue;
    if (VAGUE.has(part)) return null;
    if (part === 'and') continue;
    const n = SMALL[part];
    if (n === undefined) return null;
    if (n === 100) total = (total || 1) * 100;
    else if (part === 'couple' || part === 'dozen') total = total > 1 ? total * n : n;
    else total += n;
    seen = true;
  }
  return seen ? total : null;
}

export interface UnitInfo {
  unit: Unit | 'hour' | 'minute' | 'second' | 'weekend';
  /** The letter of a TimeML duration (`P3Y`, `PT2H`). */
  letter: string;
  time: boolean;
  /** How many of `unit` one of the word counts: a fortnight is two weeks. */
  per?: number;
}

// TimeML writes an uncounted span of centuries with its century letter: "for centuries" is PXC.
const UNITS: [string, UnitInfo][] = [
  ['century', { unit: 'century', letter: 'C', time: false }],
  ['decade', { unit: 'decade', letter: 'DE', time: false }],
  ['year', { unit: 'year', letter: 'Y', time: false }],
  ['quarter', { unit: 'quarter', letter: 'Q', time: false }],
  ['month', { unit: 'month', letter: 'M', time: false }],
  ['week', { unit: 'week', letter: 'W', time: false }],
  ['fortnight', { unit: 'week', letter: 'W', time: false, per: 2 }],
  ['weekend', { unit: 'weekend', letter: 'WE', time: false }],
  ['day', { unit: 'day', letter: 'D', time: false }],
  ['hour', { unit: 'hour', letter: 'H', time: true }],
  ['minute', { unit: 'minute', letter: 'M', time: true }],
  ['second', { unit: 'second', letter: 'S', time: true }],
];
/** Each unit in the singular and the plural; looked up instead of one pattern per unit. */
const UNIT_FORMS = new Map(
  UNITS.flatMap(([word, info]) => [
    [word, info],
    [word === 'century' ? 'centuries' : `${word}s`, info],
  ]),
);

export function unitInfo(word: string): UnitInfo | null {
  const lower = word.toLowerCase();
  const info = UNIT_FORMS.get(lower.endsWith('-long') ? lower.slice(0, -5) : lower);
  return info ? { ...info } : null;
}

export const SEASONS: Record<string, Season> = {
  spring: 'SP',
  summer: 'SU',
  fall: 'FA',
  autumn: 'FA',
  winter: 'WI',
};

/** TimeML parts of the day: morning, afternoon, evening, night. */
export const DAY_PARTS: Record<string, string> = {
  morning: 'MO',
  afternoon: 'AF',
  evening: 'EV',
  night: 'NI',
  overnight: 'NI',
};

// Regular-expression fragments. Month abbreviations need their capital (checked in rules.ts)
// so the modal "may" and the verb "march" are not taken for months.
export const MONTH_RE =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.|Apr\\.?|Jun\\.|Jul\\.|Aug\\.?|Sept\\.?|Sep\\.?|Oct\\.?|Nov\\.?|Dec\\.?)';
export const WEEKDAY_RE = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const NUM_WORD =
  '(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)';
// A quarter or three of a unit ("a quarter of a century", "a quarter-century", "three-quarters of
// an hour"), as "half a century" is half of one.
const FRACTION_RE = '(?:(?:a|one|three)[- ]quarters? of an?|a quarter(?=-centur))';
// Only a ten takes a unit after it ("twenty-four"); "two four-year terms" is two counts.
const COMPOUND_NUM =
  '(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[- ](?:one|two|three|four|five|six|seven|eight|nine)\\b)';
export const NUMBER_RE = `(?:${FRACTION_RE}|\\d{1,3}(?:,\\d{3})*(?:\\.\\d+)?(?: 1/2| ?½)?|(?:${COMPOUND_NUM}|${NUM_WORD})(?: hundred)?|a hundred|a couple of|a couple|couple of|(?<=\\b(?:next|past|last|previous|first|final|coming) )couple|(?<=\\b(?:next|past|last|previous|first|final|coming) )half(?=[- ](?:hour|century|decade|minute|day)\\b)|half[- ](?:a[- ])?dozen|a dozen|a few|a half|half an?|several|few|many|some|numerous|dozens of)`;
export const COUNT_RE = `(?:${NUMBER_RE}(?:[- ]and[- ]a[- ]half)?|an?)`;
/**
 * What a count of NUMBER_RE or COUNT_RE ends in: a digit or "½", or its last word ("twenty-one",
 * "a couple of", "half an", "a quarter"). A rule's cheap test before its full pattern reads this
 * right before a unit; kept beside the counts, as it must grow with them.
 */
export const COUNT_END_RE = `(?:[\\d½]|\\b(?:${NUM_WORD}|an?|hundred|of|couple|dozen|few|half|several|many|some|numerous|quarter))`;
/** What a count of NUMBER_RE or COUNT_RE starts with, for the same cheap tests. */
export const COUNT_START_RE = `(?:\\d|a|half|several|few|many|some|numerous|dozens|couple|${NUM_WORD})`;
export const UNIT_RE =
  '(?:centur(?:y|ies)|decades?|years?|quarters?|months?|weeks?|weekends?|fortnights?|days?|hours?|minutes?|seconds?)';
export const DAY_PART_RE = '(?:morning|afternoon|evening|night|overnight)';
export const SEASON_RE = '(?:spring|summer|fall|autumn|winter)';
export const YEAR_RE = '(?:1[6-9]\\d\\d|20\\d\\d)';

export function monthNumber(word: string): number | null {
  const w = word.toLowerCase();
  return MONTHS[w.endsWith('.') ? w.slice(0, -1) : w] ?? null;
}

export function weekdayNumber(word: string): number | null {
  const w = word.toLowerCase();
  return WEEKDAYS[w.endsWith('s') ? w.slice(0, -1) : w] ?? WEEKDAYS[w] ?? null;
}
