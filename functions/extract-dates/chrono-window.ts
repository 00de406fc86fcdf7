/**
 * Numeric calendar dates ("7/6/2017", "2017-07-06", "2016/11/30"): chrono-node reads them well,
 * so it is called on the few short windows where such a form occurs, and its parsed components
 * become a TimeML value. Dotted dates ("06.07.2017") are read here, day first (see DOTTED_DATE).
 */
import * as chrono from 'chrono-node';
import { daysInMonth } from './calendar.ts';
import type { Candidate } from './rules.ts';

const NUMERIC_DATE =
  /(?<![\w/.-])(?:\d{1,2}\/\d{1,2}\/(?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2}|\d{4}\/\d{1,2}\/\d{1,2})(?![\w/-])/g;

/**
 * Day, month and year with dots ("31.03.2018", "6.7.2017"), as European news writes them. Read
 * here, not by chrono-node, which takes the first number for the month as in a slashed US date;
 * a dotted date is never written month first. A version number ("version 1.2.2017") is none.
 */
const DOTTED_DATE = /(?<![\w/.-])(\d{1,2})\.(\d{1,2})\.((?:19|20)\d\d)(?![\w/-]|\.\d)/g;
const VERSION_BEFORE = /\b(?:version|v|firmware|release|build|update)\s?$/i;

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

// Only the parsers that read the numeric forms: the full English configuration runs some thirty
// parsers on every window, which cost more than the rest of the stage for one numeric date. They
// are picked by what they parse, not by class name, which a minifying bundler renames.
const SAMPLES = ['on 2017-07-06 at', 'on 7/6/2017 at', 'on 6/7/17 at'];
const numericChrono = new chrono.Chrono({
  parsers: chrono.strict.parsers.filter((parser) => {
    const alone = new chrono.Chrono({ parsers: [parser], refiners: [] });
    return SAMPLES.some((sample) => alone.parse(sample).length > 0);
  }),
  refiners: chrono.strict.refiners,
});

/**
 * Whether a trigger word (triggers.ts) may start a numeric date: a year ("2017-07-06") or a
 * slashed day and month ("7/6/2017").
 */
export function mayBeNumericDate(trigger: string): boolean {
  if (trigger.length === 4) {
    // Four digits, tested by character: this runs for every trigger word of an article.
    let digits = 0;
    for (let i = 0; i < 4; i++) {
      const code = trigger.charCodeAt(i);
      if (code >= 48 && code <= 57) digits += 1;
    }
    if (digits === 4) return true;
  }
  return trigger.includes('/');
}

/**
 * Candidates for numeric dates in a trigger window of `text`, parsed by chrono-node around each
 * occurrence. Windows start and end on whitespace, so the pattern's edges read the same there as
 * in the whole text.
 */
export function numericDateCandidates(text: string, from: number, to: number): Candidate[] {
  const out: Candidate[] = [];
  const window = text.slice(from, to);
  NUMERIC_DATE.lastIndex = 0;
  for (let m = NUMERIC_DATE.exec(window); m; m = NUMERIC_DATE.exec(window)) {
    const at = from + m.index;
    const length = m[0].length;
    const around = Math.max(0, at - 20);
    const results = numericChrono.parse(
      text.slice(around, at + length + 20),
      new Date(Date.UTC(2000, 0, 1)),
    );
    for (const r of results) {
      const start = around + r.index;
      const end = start + r.text.length;
      if (end <= at || start >= at + length) continue;
      const year = r.start.get('year');
      const month = r.start.get('month');
      const day = r.start.get('day');
      if (!year || !month || !day || !r.start.isCertain('year')) continue;
      out.push({
        start: at,
        end: at + length,
        priority: 0,
        resolve: () => ({
          type: 'DATE',
          value: `${pad(year, 4)}-${pad(month)}-${pad(day)}`,
          ref: { grain: 'day', year, month, day },
        }),
      });
    }
  }
  DOTTED_DATE.lastIndex = 0;
  for (let m = DOTTED_DATE.exec(window); m; m = DOTTED_DATE.exec(window)) {
    const day = Number(m[1]);
    const month = Number(m[2]);
    const year = Number(m[3]);
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) continue;
    const at = from + m.index;
    if (VERSION_BEFORE.test(text.slice(Math.max(0, at - 10), at))) continue;
    out.push({
      start: at,
      end: at + m[0].length,
      priority: 0,
      resolve: () => ({
        type: 'DATE',
        value: `${pad(year, 4)}-${pad(month)}-${pad(day)}`,
        ref: { grain: 'day', year, month, day },
      }),
    });
  }
  return out;
}
