/**
 * The grammar of temporal expressions: each rule finds phrases in a window of text, fixes their
 * TimeML extent (no leading preposition; determiners and modifiers such as "the past", "early",
 * "more than" included) and returns how to compute their type and value once the anchor is
 * known. Hand-written because TimeML's extents and values (weeks, quarters, PAST_REF, sets) are
 * outside what chrono-node models; chrono still reads the numeric date forms (chrono-window.ts).
 */
import {
  yearForMonth,
  yearForMonthDay,
  yearForQuarter,
  yearForSeason,
  previousQuarter,
  resolveWeekday,
  seasonOf,
  type Tense,
} from './anchor.ts';
import {
  addDays,
  type Day,
  dayPoint,
  formatDay,
  formatPoint,
  monthPoint,
  type Point,
  quarterOf,
  shift,
  type Unit,
  weekPoint,
} from './calendar.ts';
import {
  COUNT_RE,
  DAY_PART_RE,
  DAY_PARTS,
  MONTH_RE,
  monthNumber,
  NUMBER_RE,
  ORDINALS,
  parseCount,
  SEASON_RE,
  SEASONS,
  UNIT_RE,
  unitInfo,
  WEEKDAY_RE,
  weekdayNumber,
  YEAR_RE,
} from './lexicon.ts';
import type { TimexType } from '../../shared/article.ts';

export interface ResolveContext {
  anchor: Day | null;
  tense: Tense;
  /** The last date the article mentioned, for "a year earlier" and "the quarter". */
  lastRef: Point | null;
}

export interface Resolved {
  type: TimexType;
  value: string;
  mod?: string;
  /** The point this mention names, if later mentions may be counted from it. */
  ref?: Point;
}

export interface Candidate {
  start: number;
  end: number;
  /** Lower wins between candidates of the same length. */
  priority: number;
  resolve: (ctx: ResolveContext) => Resolved | null;
}

type Emit = (start: number, end: number, priority: number, resolve: Candidate['resolve']) => void;

const MOD_WORDS: Record<string, string> = {
  early: 'START',
  'the beginning of': 'START',
  'the start of': 'START',
  'the dawn of': 'START',
  late: 'END',
  'the end of': 'END',
  'the close of': 'END',
  mid: 'MID',
  'the middle of': 'MID',
};

const EDGE_RE = '(?:early |late |mid-|mid |the (?:beginning|start|end|close|middle|dawn) of )';

function edgeMod(word: string | undefined): string | undefined {
  if (!word) return undefined;
  const w = word.toLowerCase().replace(/[- ]$/, '').trim();
  return MOD_WORDS[w];
}

const DURATION_MODS: [RegExp, string][] = [
  [/^(?:more than|over|longer than|upwards of)$/i, 'MORE_THAN'],
  [/^(?:less than|under|fewer than|shorter than)$/i, 'LESS_THAN'],
  [/^(?:at least|no less than)$/i, 'EQUAL_OR_MORE'],
  [/^(?:at most|up to|no more than)$/i, 'EQUAL_OR_LESS'],
  [/^(?:about|around|approximately|roughly|some|nearly|almost|close to|just over|just under)$/i, 'APPROX'],
];
const DURATION_MOD_RE =
  '(?:more than|over|longer than|upwards of|less than|under|fewer than|at least|no less than|at most|up to|no more than|about|around|approximately|roughly|some|nearly|almost|close to|just over|just under)';

function durationMod(word: string | undefined): string | undefined {
  if (!word) return undefined;
  for (const [re, mod] of DURATION_MODS) if (re.test(word.trim())) return mod;
  return undefined;
}

function withMod(r: Resolved, mod: string | undefined): Resolved {
  return mod ? { ...r, mod } : r;
}

/** A DATE value and the point later mentions may count from. */
function date(p: Point, mod?: string, anchorable = true): Resolved {
  return withMod({ type: 'DATE', value: formatPoint(p), ...(anchorable ? { ref: p } : {}) }, mod);
}

/** "P3Y", "PT2H", "PXY": a duration of `count` units (null count: unknown). */
export function durationValue(count: number | null, unitWord: string): string | null {
  const info = unitInfo(unitWord);
  if (!info) return null;
  let n: string;
  let letter = info.letter;
  if (count === null) n = 'X';
  else if (info.unit === 'decade') n = String(count * 10);
  else if (info.unit === 'century') n = String(count * 100);
  else n = String(count);
  if (info.unit === 'decade' || info.unit === 'century') letter = count === null ? 'DE' : 'Y';
  if (info.unit === 'weekend') return `P${n}WE`;
  return info.time ? `PT${n}${letter}` : `P${n}${letter}`;
}

function unitPoint(anchor: Day, unit: Unit): Point {
  switch (unit) {
    case 'day':
      return dayPoint(anchor);
    case 'week':
      return weekPoint(anchor);
    case 'month':
      return monthPoint(anchor.year, anchor.month);
    case 'quarter':
      return { grain: 'quarter', year: anchor.year, quarter: quarterOf(anchor.month) };
    case 'half':
      return { grain: 'half', year: anchor.year, half: anchor.month <= 6 ? 1 : 2 };
    case 'decade':
      return { grain: 'decade', year: anchor.year };
    case 'century':
      return { grain: 'century', year: anchor.year };
    default:
      return { grain: 'year', year: anchor.year };
  }
}

const GRAIN_RANK: Record<string, number> = {
  century: 0,
  decade: 1,
  year: 2,
  half: 3,
  quarter: 4,
  season: 4,
  month: 5,
  week: 6,
  day: 7,
};

function isCapitalized(word: string): boolean {
  return /^[A-Z]/.test(word);
}

/** Runs every rule over `window` (which starts at `offset` in the article text). */
export function scanWindow(window: string, offset: number, emit: Emit): void {
  const run = (re: RegExp, priority: number, build: (m: RegExpExecArray) => BuildResult | null): void => {
    re.lastIndex = 0;
    for (let m = re.exec(window); m; m = re.exec(window)) {
      if (m[0].length === 0) {
        re.lastIndex += 1;
        continue;
      }
      const built = build(m);
      if (built) {
        const start = offset + m.index + (built.trimStart ?? 0);
        const end = offset + m.index + m[0].length - (built.trimEnd ?? 0);
        emit(start, end, priority, built.resolve);
      }
    }
  };
  for (const rule of RULES) run(rule.re, rule.priority, rule.build);
}

interface BuildResult {
  resolve: Candidate['resolve'];
  trimStart?: number;
  trimEnd?: number;
}

interface Rule {
  re: RegExp;
  priority: number;
  build: (m: RegExpExecArray) => BuildResult | null;
}

const B = '(?<![\\w$£€.-])';
const E = '(?![\\w%])';

function n(s: string | undefined): number {
  return Number.parseInt(s ?? '', 10);
}

function whichOf(word: string | undefined): number | null {
  const w = (word ?? '').toLowerCase();
  if (/^(?:last|the last|past|the past|previous|the previous|this past|the preceding)$/.test(w)) return -1;
  if (/^(?:this|current|the current|the present|present|the same)$/.test(w)) return 0;
  if (/^(?:next|the next|coming|the coming|this coming|the following|following|upcoming|the upcoming)$/.test(w)) return 1;
  return null;
}

const WHICH_RE =
  '(?:last|this|next|past|previous|coming|current|upcoming|this past|this coming|the current|the past|the previous|the next|the coming|the last|the following|the upcoming|the preceding|the present|the same)';

const RULES: Rule[] = [
  // Weekday, Month Day, Year ("Friday, Aug. 7, 1998"), Month Day ("June 30"), Month Day Year.
  {
    re: new RegExp(
      `${B}(?:(${WEEKDAY_RE}),? )?(${MONTH_RE}) (\\d{1,2})(?:st|nd|rd|th)?(?:(?:,| of|,? in)? (${YEAR_RE}))?(?![\\d:]|,\\d)`,
      'g',
    ),
    priority: 1,
    build: (m) => {
      const month = monthNumber(m[2] ?? '');
      const day = n(m[3]);
      if (!month || day < 1 || day > 31) return null;
      const year = m[4] ? n(m[4]) : null;
      return {
        resolve: (ctx) => {
          if (year !== null) return date(dayPoint({ year, month, day }));
          if (!ctx.anchor) return { type: 'DATE', value: `XXXX-${pad2(month)}-${pad2(day)}` };
          const y = yearForMonthDay(ctx.anchor, month, day, ctx.tense);
          return date(dayPoint({ year: y, month, day }));
        },
      };
    },
  },
  // Day Month Year ("6 July 2017").
  {
    re: new RegExp(`${B}(\\d{1,2}) (${MONTH_RE})(?:,? (${YEAR_RE}))?${E}`, 'g'),
    priority: 2,
    build: (m) => {
      const month = monthNumber(m[2] ?? '');
      const day = n(m[1]);
      if (!month || day < 1 || day > 31) return null;
      const year = m[3] ? n(m[3]) : null;
      return {
        resolve: (ctx) => {
          if (year !== null) return date(dayPoint({ year, month, day }));
          if (!ctx.anchor) return { type: 'DATE', value: `XXXX-${pad2(month)}-${pad2(day)}` };
          return date(dayPoint({ year: yearForMonthDay(ctx.anchor, month, day, ctx.tense), month, day }));
        },
      };
    },
  },
  // Month with a year or alone, with its edge ("late November", "mid-1996" is below).
  {
    re: new RegExp(
      `${B}(?:(${EDGE_RE})|(last|this|next|this past|this coming) )?(${MONTH_RE})(?:,?(?: of)? (${YEAR_RE}))?(?![\\w\\d]| \\d)`,
      'gi',
    ),
    priority: 3,
    build: (m) => {
      const word = m[3] ?? '';
      if (!isCapitalized(word)) return null;
      const month = monthNumber(word);
      if (!month) return null;
      const before = m.input.slice(Math.max(0, m.index - 12), m.index).toLowerCase();
      if (word === 'May' && !m[4] && !m[1] && !m[2]) {
        // "May" is a month only where a month can stand: after a preposition or a comma.
        if (!/(?:\b(?:in|since|until|till|by|of|from|through|to|during|before|after|between|and|or|early|late|mid|until)\s|,\s)$/.test(before))
          return null;
      }
      if (word === 'March' && !m[4] && !m[1] && !m[2] && !/\b(?:in|since|until|by|of|from|through|to|during|before|after|and)\s$/.test(before))
        return null;
      const mod = edgeMod(m[1]);
      const which = whichOf(m[2]);
      const year = m[4] ? n(m[4]) : null;
      return {
        resolve: (ctx) => {
          if (year !== null) return date(monthPoint(year, month), mod);
          if (!ctx.anchor) return withMod({ type: 'DATE', value: `XXXX-${pad2(month)}` }, mod);
          let y: number;
          if (which === -1) y = month < ctx.anchor.month ? ctx.anchor.year : ctx.anchor.year - 1;
          else if (which === 1) y = month > ctx.anchor.month ? ctx.anchor.year : ctx.anchor.year + 1;
          else if (which === 0) y = ctx.anchor.year;
          else y = yearForMonth(ctx.anchor, month, ctx.tense);
          return date(monthPoint(y, month), mod);
        },
      };
    },
  },
  // A year, fiscal year or year with an edge ("1998", "fiscal 1989", "mid-1996", "early 2019").
  {
    re: new RegExp(
      `${B}(?:(${EDGE_RE})|((?:fiscal|calendar|fiscal year|the year|model year) ))?(${YEAR_RE})(?![\\d%]|,\\d|\\.\\d|-\\d|:\\d|s\\b|'s\\b| percent)`,
      'gi',
    ),
    priority: 4,
    build: (m) => {
      const year = n(m[3]);
      const after = m.input.slice(m.index + m[0].length, m.index + m[0].length + 20);
      const before = m.input.slice(Math.max(0, m.index - 12), m.index).toLowerCase();
      // A count of things ("2000 people") is no year, unless a preposition says it is one.
      if (/^ [a-z]+s\b/.test(after) && !m[1] && !m[2] && !/\b(?:in|since|of|by|until|for|from|before|after|during|through|to)\s$/.test(before))
        return null;
      if (/(?:\$|no\.|number|flight|route|\bat)\s?$/i.test(before)) return null;
      const mod = edgeMod(m[1]);
      return { resolve: () => date({ grain: 'year', year }, mod) };
    },
  },
  // Decades ("the 1990s", "the late '80s", "the mid-1980s").
  {
    re: new RegExp(`${B}(?:the )?(${EDGE_RE})?(?:(1[6-9]|20)(\\d)0|'(\\d)0)'?s\\b`, 'gi'),
    priority: 4,
    build: (m) => {
      const mod = edgeMod(m[1]);
      return {
        resolve: (ctx) => {
          const century = m[2] ?? String(Math.floor((ctx.anchor?.year ?? 1900) / 100));
          const digit = m[3] ?? m[4] ?? 'X';
          return withMod({ type: 'DATE', value: `${century}${digit}` }, mod);
        },
      };
    },
  },
  // Centuries ("the 20th century", "this century").
  {
    re: /(?<![\w-])(?:the )?(?:(\d{1,2})(?:st|nd|rd|th)|(this|last|next|the next|the last|the past|the previous)) century\b/gi,
    priority: 4,
    build: (m) => ({
      resolve: (ctx) => {
        if (m[1]) return { type: 'DATE', value: pad2(n(m[1]) - 1) };
        if (!ctx.anchor) return null;
        const which = whichOf(m[2]) ?? 0;
        const base = Math.floor(ctx.anchor.year / 100) + which;
        return { type: 'DATE', value: pad2(base) };
      },
    }),
  },
  // Weekdays with their qualifiers and part of the day ("last Friday", "Wednesday night").
  {
    re: new RegExp(
      `${B}(?:(last|this|next|this past|this coming|early|late) )?(${WEEKDAY_RE})(?:,? (${DAY_PART_RE}))?(?![\\w'’]|,? \\d)`,
      'gi',
    ),
    priority: 5,
    build: (m) => {
      const word = m[2] ?? '';
      if (!isCapitalized(word)) return null;
      const weekday = weekdayNumber(word);
      if (!weekday) return null;
      const qualifier = (m[1] ?? '').toLowerCase();
      const part = m[3] ? DAY_PARTS[m[3].toLowerCase()] : undefined;
      const mod = qualifier === 'early' ? 'START' : qualifier === 'late' ? 'END' : undefined;
      return {
        resolve: (ctx) => {
          if (!ctx.anchor) {
            return withMod({ type: part ? 'TIME' : 'DATE', value: `XXXX-WXX-${weekday}${part ? `T${part}` : ''}` }, mod);
          }
          let tense = ctx.tense;
          if (qualifier === 'last' || qualifier === 'this past') tense = 'past';
          if (qualifier === 'next' || qualifier === 'this coming') tense = 'future';
          let day = resolveWeekday(ctx.anchor, weekday, tense);
          if (qualifier === 'next' && day.year === ctx.anchor.year && formatDay(day) === formatDay(ctx.anchor))
            day = addDays(day, 7);
          if (qualifier === 'last' && formatDay(day) === formatDay(ctx.anchor)) day = addDays(day, -7);
          if (part) return withMod({ type: 'TIME', value: `${formatDay(day)}T${part}` }, mod);
          return withMod({ type: 'DATE', value: formatDay(day) }, mod);
        },
      };
    },
  },
  // Plural weekdays and "every Monday": sets.
  {
    re: new RegExp(
      `${B}(?:(?:every|each) (?:other )?(${WEEKDAY_RE})(?:,? (${DAY_PART_RE}))?|(${WEEKDAY_RE})s(?: (${DAY_PART_RE})s?)?)\\b`,
      'gi',
    ),
    priority: 4,
    build: (m) => {
      const word = m[1] ?? m[3] ?? '';
      if (!isCapitalized(word)) return null;
      const weekday = weekdayNumber(word);
      if (!weekday) return null;
      const partWord = m[2] ?? m[4];
      const part = partWord ? DAY_PARTS[partWord.toLowerCase()] : undefined;
      return { resolve: () => ({ type: 'SET', value: `XXXX-WXX-${weekday}${part ? `T${part}` : ''}` }) };
    },
  },
  // Today, yesterday, tomorrow, tonight, and their parts of the day.
  {
    re: new RegExp(
      `${B}(?:(the day (?:before|after)) )?(today|yesterday|tomorrow|tonight)(?:(?:'s|’s)|(?: (${DAY_PART_RE})))?\\b`,
      'gi',
    ),
    priority: 5,
    build: (m) => {
      const word = (m[2] ?? '').toLowerCase();
      const extra = m[1] ? (/before/i.test(m[1]) ? -1 : 1) : 0;
      const offset = (word === 'yesterday' ? -1 : word === 'tomorrow' ? 1 : 0) + extra;
      const part = m[3] ? DAY_PARTS[m[3].toLowerCase()] : word === 'tonight' ? 'NI' : undefined;
      const possessive = /['’]s$/.test(m[0]);
      return {
        trimEnd: possessive ? 2 : 0,
        resolve: (ctx) => {
          if (!ctx.anchor) return { type: 'DATE', value: offset === 0 ? 'PRESENT_REF' : 'XXXX-XX-XX' };
          const day = formatDay(addDays(ctx.anchor, offset));
          if (part) return { type: 'TIME', value: `${day}T${part}` };
          return { type: 'DATE', value: day };
        },
      };
    },
  },
  // This morning, last night, this afternoon.
  {
    re: new RegExp(`${B}(this|last|tomorrow|yesterday) (${DAY_PART_RE})\\b`, 'gi'),
    priority: 5,
    build: (m) => {
      const which = (m[1] ?? '').toLowerCase();
      const part = DAY_PARTS[(m[2] ?? '').toLowerCase()] ?? 'NI';
      const offset = which === 'last' || which === 'yesterday' ? -1 : which === 'tomorrow' ? 1 : 0;
      return {
        resolve: (ctx) =>
          ctx.anchor
            ? { type: 'TIME', value: `${formatDay(addDays(ctx.anchor, offset))}T${part}` }
            : { type: 'TIME', value: `XXXX-XX-XXT${part}` },
      };
    },
  },
  // Last/this/next week, month, year, quarter, weekend, season, with an edge or "earlier".
  {
    re: new RegExp(
      `${B}(?:(${EDGE_RE}|earlier |later |the rest of |the remainder of |the balance of )(?:the )?)?${WHICH_RE.replace('(?:', '(')} (?:(fiscal|calendar) )?(week|month|year|quarter|half|weekend|decade|${SEASON_RE})(?![\\w-])`,
      'gi',
    ),
    priority: 6,
    build: (m) => {
      const edge = m[1]?.toLowerCase().trim();
      const which = whichOf(m[2]);
      const unit = (m[4] ?? '').toLowerCase();
      const whichWord = (m[2] ?? '').toLowerCase();
      if (which === null) return null;
      const mod = edge ? edgeMod(edge) : undefined;
      const rest = edge && /rest|remainder|balance/.test(edge);
      return {
        resolve: (ctx) => {
          if (whichWord === 'the same') {
            if (!ctx.lastRef) return null;
            return date(ctx.lastRef, mod);
          }
          if (!ctx.anchor) {
            const x: Record<string, string> = { week: 'XXXX-WXX', month: 'XXXX-XX', year: 'XXXX', quarter: 'XXXX-QX' };
            return { type: 'DATE', value: x[unit] ?? 'XXXX' };
          }
          if (rest) return { type: 'DURATION', value: 'PXX' };
          const season = SEASONS[unit];
          if (season) {
            const y = yearForSeason(ctx.anchor, season, which, ctx.tense);
            return date({ grain: 'season', year: y, season }, mod);
          }
          if (unit === 'weekend') {
            const week = shift(weekPoint(ctx.anchor), 'week', which);
            return { type: 'DATE', value: `${formatPoint(week)}-WE` };
          }
          const u: Unit = unit === 'week' || unit === 'month' || unit === 'quarter' || unit === 'half' || unit === 'decade' ? unit : 'year';
          const p = shift(unitPoint(ctx.anchor, u), u, which);
          return date(p, mod, u !== 'week');
        },
      };
    },
  },
  // "N units ago", with "about", "more than"...
  {
    re: new RegExp(`${B}(?:(${DURATION_MOD_RE}) )?(${COUNT_RE})[- ](${UNIT_RE}) ago\\b`, 'gi'),
    priority: 7,
    build: (m) => {
      const count = parseCount(m[2] ?? '');
      const info = unitInfo(m[3] ?? '');
      if (!info) return null;
      const mod = durationMod(m[1]);
      return {
        resolve: (ctx) => {
          if (count === null || !ctx.anchor) return withMod({ type: 'DATE', value: 'PAST_REF' }, mod);
          if (info.time) {
            return withMod({ type: 'TIME', value: `${formatDay(ctx.anchor)}` }, mod);
          }
          if (info.unit === 'weekend' || info.unit === 'hour' || info.unit === 'minute' || info.unit === 'second')
            return null;
          const unit = info.unit;
          if (unit === 'year' && count === 1 && ctx.lastRef) return date(shift(ctx.lastRef, 'year', -1), mod);
          const whole = Math.floor(count);
          const p = shift(unitPoint(ctx.anchor, unit), unit, -whole);
          return date(p, mod, false);
        },
      };
    },
  },
  // "a year earlier", "two days later", "the year before", "a week before" (at a clause end).
  {
    re: new RegExp(
      `${B}(?:(${DURATION_MOD_RE}) )?(?:(${COUNT_RE})[- ]|the )(${UNIT_RE}) (earlier|later|before|after|previously|from now|hence|on)(?=\\s*[,.;:!?)”"]|\\s*$| that| when| in| and| but)`,
      'gi',
    ),
    priority: 7,
    build: (m) => {
      const count = m[2] ? parseCount(m[2]) : 1;
      const info = unitInfo(m[3] ?? '');
      if (!info || info.time) return null;
      const direction = /earlier|before|previously/i.test(m[4] ?? '') ? -1 : 1;
      const fromNow = /from now|hence/i.test(m[4] ?? '');
      const mod = durationMod(m[1]);
      return {
        resolve: (ctx) => {
          if (!ctx.anchor) return null;
          if (count === null) return { type: 'DATE', value: direction < 0 ? 'PAST_REF' : 'FUTURE_REF' };
          const unit = info.unit;
          if (unit === 'weekend' || unit === 'hour' || unit === 'minute' || unit === 'second') return null;
          const whole = Math.floor(count);
          const fromDct = unitPoint(ctx.anchor, unit);
          let base = fromNow || !ctx.lastRef ? fromDct : ctx.lastRef;
          if ((GRAIN_RANK[base.grain] ?? 0) < (GRAIN_RANK[fromDct.grain] ?? 0) && unit !== 'year') base = fromDct;
          return date(shift(base, unit, direction * whole), mod, false);
        },
      };
    },
  },
  // "the year-earlier quarter", "year-ago", "a year-earlier period".
  {
    re: /(?<![\w-])(?:(the|a) )?(year|quarter|month)[- ](earlier|ago)(?: (quarter|period|month|year|week|half|season))?(?![\w-])/gi,
    priority: 6,
    build: (m) => {
      const hasHead = Boolean(m[4]);
      const unit = (m[2] ?? 'year').toLowerCase() as Unit;
      return {
        trimStart: !hasHead && m[1] ? m[1].length + 1 : 0,
        trimEnd: 0,
        resolve: (ctx) => {
          if (!ctx.anchor) return null;
          const head = (m[4] ?? '').toLowerCase();
          let base: Point = ctx.lastRef ?? { grain: 'year', year: ctx.anchor.year };
          if (head === 'quarter' && base.grain !== 'quarter') base = previousQuarter(ctx.anchor);
          return date(shift(base, unit, -1), undefined, false);
        },
      };
    },
  },
  // Durations: "three years", "the past two months", "more than a decade", "30-year", "24 hours".
  {
    re: new RegExp(
      `${B}(?:(${DURATION_MOD_RE}) )?(?:(the|a|an) )?(?:(past|last|previous|next|first|coming|final|latest|following|remaining|initial|preceding|full|entire|whole|same|last few|past few|next few|past several|next several|last several|first few) )?(${COUNT_RE})(?:[- ](${UNIT_RE})(?:-long)?)(?![\\w-]| old| of age)`,
      'gi',
    ),
    priority: 8,
    build: (m) => {
      let countWord = m[4] ?? '';
      const determiner = m[2];
      const qualifier = (m[3] ?? '').toLowerCase();
      if (/\bfew\b|several/.test(qualifier)) countWord = 'few';
      let count = parseCount(countWord);
      if (/^(?:an?)$/i.test(countWord)) count = 1;
      // "the year" alone is handled below; "a day" is a span, "the first day" is no duration.
      const unitWord = m[5] ?? '';
      if (/^the$/i.test(countWord)) return null;
      const value = durationValue(count, unitWord);
      if (!value) return null;
      const mod = durationMod(m[1]);
      const before = m.input.slice(Math.max(0, m.index - 10), m.index);
      // "$5 a year", "twice a year": a set, matched by its own rule.
      if (/^(?:an?)$/i.test(countWord) && /(?:\d|%|percent|times|once|twice|cents|dollars|million|billion|\w+s) $/i.test(before) && !qualifier && !determiner)
        return null;
      return {
        resolve: () => withMod({ type: 'DURATION', value }, mod),
      };
    },
  },
  // Bare plural spans: "for years", "in recent months", "the coming weeks", "decades".
  {
    re: /(?<![\w-])(?:(for|in|over|within|during|after|of) (?:the )?)?((?:recent|the past|the last|the coming|the next|the following|the previous|coming|many|several|the first few) )?(centuries|decades|years|months|weeks|days|hours|minutes)(?![\w-])/gi,
    priority: 9,
    build: (m) => {
      const qualifier = (m[2] ?? '').toLowerCase().trim();
      if (!m[1] && !qualifier) return null;
      if (qualifier === 'many' || qualifier === 'several') return null;
      const unit = (m[3] ?? '').toLowerCase();
      const lead = m[1] ? m[0].indexOf(m[2] ?? m[3] ?? '', m[1].length) : 0;
      const startsWithThe = m[1] && /^(?:for|in|over|within|during|after|of) the /i.test(m[0]) && !m[2];
      if (m[1] && !qualifier && /^(?:in|of|after)$/i.test(m[1])) return null;
      return {
        trimStart: startsWithThe ? m[0].indexOf(unit) : lead,
        resolve: () => {
          if (qualifier === 'recent' && unit === 'years') return { type: 'DATE', value: 'PAST_REF' };
          const value = durationValue(null, unit);
          return value ? { type: 'DURATION', value } : null;
        },
      };
    },
  },
  // Quarters and halves: "the third quarter", "third-quarter", "the first half of 1998".
  {
    re: new RegExp(
      `${B}(?:(the) )?(?:(${YEAR_RE}) )?(?:(fiscal|calendar) )?(first|second|third|fourth|1st|2nd|3rd|4th)([- ])(?:fiscal )?(quarter|half)(?:(?:,| of| of fiscal| of calendar)? (${YEAR_RE})|( of (?:the|this|last|next) (?:fiscal )?year))?(?![\\w])`,
      'gi',
    ),
    priority: 3,
    build: (m) => {
      const ordinal = ORDINALS[(m[4] ?? '').toLowerCase()];
      if (!ordinal) return null;
      const isHalf = /half/i.test(m[6] ?? '');
      if (isHalf && ordinal > 2) return null;
      const hyphen = m[5] === '-';
      const explicitYear = m[2] ? n(m[2]) : m[7] ? n(m[7]) : null;
      const ofYear = (m[8] ?? '').toLowerCase();
      // "the third-quarter results": "the" belongs to "results", not to the quarter.
      const trimStart = hyphen && m[1] && !m[2] ? 4 : 0;
      return {
        trimStart,
        resolve: (ctx) => {
          let year = explicitYear;
          if (year === null && ctx.anchor) {
            if (/last/.test(ofYear)) year = ctx.anchor.year - 1;
            else if (/next/.test(ofYear)) year = ctx.anchor.year + 1;
            else if (/this/.test(ofYear)) year = ctx.anchor.year;
            else if (ctx.lastRef && ctx.lastRef.grain === 'year' && /the/.test(ofYear)) year = ctx.lastRef.year;
            else if (isHalf) year = ctx.tense === 'future' || ordinal * 6 - 5 <= ctx.anchor.month ? ctx.anchor.year : ctx.anchor.year - 1;
            else year = yearForQuarter(ctx.anchor, ordinal, ctx.tense);
          }
          if (year === null) return { type: 'DATE', value: isHalf ? `XXXX-H${ordinal}` : `XXXX-Q${ordinal}` };
          const p: Point = isHalf ? { grain: 'half', year, half: ordinal } : { grain: 'quarter', year, quarter: ordinal };
          return date(p);
        },
      };
    },
  },
  // "the quarter", "the latest quarter", "the current quarter": the one the story is about.
  {
    re: /(?<![\w-])the (?:(latest|current|most recent|recent|just-ended|just ended|past|same|fiscal|year's|first|final) )?(quarter|period)(?![\w-])/gi,
    priority: 9,
    build: (m) => {
      const qualifier = (m[1] ?? '').toLowerCase();
      if ((m[2] ?? '').toLowerCase() === 'period' && !/latest|current|most recent|same/.test(qualifier)) return null;
      if (qualifier === 'first' || qualifier === 'final') return null;
      return {
        resolve: (ctx) => {
          if (!ctx.anchor) return { type: 'DATE', value: 'XXXX-QX' };
          if (qualifier === 'current') return date({ grain: 'quarter', year: ctx.anchor.year, quarter: quarterOf(ctx.anchor.month) });
          if (ctx.lastRef?.grain === 'quarter') return date(ctx.lastRef);
          return date(previousQuarter(ctx.anchor));
        },
      };
    },
  },
  // Seasons: "this summer", "last fall", "the winter of 1998", "spring".
  {
    re: new RegExp(
      `${B}(?:(${EDGE_RE})(?:the )?)?(?:(last|this|next|the|this past|this coming) )?(${SEASON_RE})(?:(?:,| of)? (${YEAR_RE}))?(?![\\w-])`,
      'gi',
    ),
    priority: 7,
    build: (m) => {
      const word = (m[3] ?? '').toLowerCase();
      const season = SEASONS[word];
      if (!season) return null;
      const qualifier = (m[2] ?? '').toLowerCase();
      if (word === 'fall' && !qualifier && !m[4] && !m[1]) return null;
      const which = qualifier === 'the' ? null : whichOf(qualifier);
      const mod = edgeMod(m[1]);
      const year = m[4] ? n(m[4]) : null;
      const before = m.input.slice(Math.max(0, m.index - 10), m.index).toLowerCase();
      if (!qualifier && !m[4] && !m[1] && !/\b(?:in|during|since|until|by|through|this|last|next|of|over)\s$/.test(before)) return null;
      return {
        trimStart: qualifier === 'the' && !m[1] ? 0 : 0,
        resolve: (ctx) => {
          if (year !== null) return date({ grain: 'season', year, season }, mod);
          if (!ctx.anchor) return withMod({ type: 'DATE', value: `XXXX-${season}` }, mod);
          const y = yearForSeason(ctx.anchor, season, which, ctx.tense);
          return date({ grain: 'season', year: y, season }, mod);
        },
      };
    },
  },
  // Reference words: now, currently, recently, the past, the future.
  {
    re: /(?<![\w-])(right now|just now|now|currently|current|nowadays|these days|at present|the present|recently|recent|lately|the past|the future|future|soon|in the near future|the near future|once again)(?![\w-])/gi,
    priority: 10,
    build: (m) => {
      const word = (m[1] ?? '').toLowerCase();
      if (word === 'once again') return null;
      const after = m.input.slice(m.index + m[0].length, m.index + m[0].length + 12).toLowerCase();
      const before = m.input.slice(Math.max(0, m.index - 8), m.index).toLowerCase();
      if (word === 'now' && /^\s*that\b/.test(after)) return null;
      if (word === 'the past' && /^\s*(?:\d|few|several|two|three|four|five|six|seven|eight|nine|ten|year|month|week|decade)/.test(after)) return null;
      if (word === 'future' && /^\s*(?:of)\b/.test(after) && !/the\s$/.test(before)) return null;
      if (word === 'current' && /^\s*(?:account|affairs|events|law|system|president|chairman|rules|prices?|members?|and former)\b/.test(after)) return null;
      const value = /now|current|present|these days|nowadays/.test(word)
        ? 'PRESENT_REF'
        : /recent|lately|past/.test(word)
          ? 'PAST_REF'
          : 'FUTURE_REF';
      const trimStart = word === 'at present' ? 3 : word === 'in the near future' ? 3 : 0;
      return { trimStart, resolve: () => ({ type: 'DATE', value }) };
    },
  },
  // Sets: daily, weekly, "every day", "each year", "twice a year", "$5 a month".
  {
    re: new RegExp(
      `${B}(?:(daily|weekly|biweekly|monthly|quarterly|annually|yearly|hourly|nightly|semiannually|semi-annually|bimonthly)|(?:(every|each) (?:other |(${NUMBER_RE}) )?(${UNIT_RE}|morning|afternoon|evening|night|${SEASON_RE}))|(?:(once|twice|three times|(?:${NUMBER_RE}) times) )?(?:a|per) (year|month|week|day|hour|minute|quarter))(?![\\w-])`,
      'gi',
    ),
    priority: 5,
    build: (m) => {
      const adverb = (m[1] ?? '').toLowerCase();
      const before = m.input.slice(Math.max(0, m.index - 12), m.index);
      if (adverb) {
        const map: Record<string, string> = {
          daily: 'P1D', weekly: 'P1W', biweekly: 'P2W', monthly: 'P1M', quarterly: 'P1Q', annually: 'P1Y',
          yearly: 'P1Y', hourly: 'PT1H', nightly: 'P1D', semiannually: 'P6M', 'semi-annually': 'P6M', bimonthly: 'P2M',
        };
        return { resolve: () => ({ type: 'SET', value: map[adverb] ?? 'P1D' }) };
      }
      if (m[2]) {
        const unitWord = (m[4] ?? '').toLowerCase();
        const part = DAY_PARTS[unitWord];
        const season = SEASONS[unitWord];
        const count = m[3] ? parseCount(m[3]) : /other/i.test(m[0]) ? 2 : 1;
        return {
          resolve: () => {
            if (part) return { type: 'SET', value: `XXXX-XX-XXT${part}` };
            if (season) return { type: 'SET', value: `XXXX-${season}` };
            const value = durationValue(count, unitWord.replace(/s$/, ''));
            return value ? { type: 'SET', value } : null;
          },
        };
      }
      const unitWord = m[6] ?? '';
      if (!m[5] && !/(?:\d|%|percent|cents|dollars|euros|pounds|yen|million|billion|barrels|tons|units|miles|people)\s$/i.test(before)) return null;
      const value = durationValue(1, unitWord);
      return value ? { resolve: () => ({ type: 'SET', value }) } : null;
    },
  },
  // Clock times: "10:30 a.m.", "4 p.m. EST", "noon", "midnight".
  {
    re: /(?<![\w:.$])(?:(\d{1,2})(?:[:.](\d\d))?\s?(a\.m\.|p\.m\.|am\b|pm\b|a\.m\b|p\.m\b)|(\d{1,2}):(\d\d)(?![\d:])|(noon|midnight|midday))(?:\s?\(?(EST|EDT|CST|CDT|MST|MDT|PST|PDT|GMT|UTC|ET|PT)\b\)?)?/gi,
    priority: 4,
    build: (m) => {
      let hour: number;
      let minute = 0;
      if (m[6]) {
        const w = m[6].toLowerCase();
        hour = w === 'midnight' ? 24 : 12;
      } else if (m[1]) {
        hour = n(m[1]);
        minute = m[2] ? n(m[2]) : 0;
        const pm = /^p/i.test(m[3] ?? '');
        if (hour < 1 || hour > 12) return null;
        if (pm && hour < 12) hour += 12;
        if (!pm && hour === 12) hour = 0;
      } else {
        hour = n(m[4]);
        minute = n(m[5]);
        if (hour > 23 || minute > 59) return null;
        const before = m.input.slice(Math.max(0, m.index - 6), m.index).toLowerCase();
        if (!/\b(?:at|by|until|from|to|after|before)\s$/.test(before)) return null;
      }
      if (minute > 59) return null;
      const clock = hour === 24 ? 'T24:00' : `T${pad2(hour)}:${pad2(minute)}`;
      return {
        resolve: (ctx) => ({
          type: 'TIME',
          value: `${ctx.anchor ? formatDay(ctx.anchor) : 'XXXX-XX-XX'}${clock}`,
        }),
      };
    },
  },
  // "the year" / "the week" / "the day": the year or week of the story, or a span after "for".
  {
    re: /(?<![\w-])the (year|week|month|day|weekend)(?![\w-]| (?:before|after|earlier|later|ago)\b)/gi,
    priority: 11,
    build: (m) => {
      const unit = (m[1] ?? '').toLowerCase();
      const before = m.input.slice(Math.max(0, m.index - 12), m.index).toLowerCase();
      const after = m.input.slice(m.index + m[0].length, m.index + m[0].length + 6);
      if (/^\s*(?:of|that|when|in|'s|’s)\b/i.test(after)) return null;
      if (/\b(?:for|over|during|throughout)\s$/.test(before) && unit !== 'weekend')
        return { resolve: () => ({ type: 'DURATION', value: durationValue(1, unit) ?? 'P1Y' }) };
      if (unit === 'day' || unit === 'month') return null;
      return {
        resolve: (ctx) => {
          if (!ctx.anchor) return null;
          if (unit === 'weekend') {
            const week = weekPoint(resolveWeekday(ctx.anchor, 6, ctx.tense));
            return { type: 'DATE', value: `${formatPoint(week)}-WE` };
          }
          if (unit === 'week') return { type: 'DATE', value: formatPoint(weekPoint(ctx.anchor)) };
          const year = ctx.lastRef?.grain === 'year' ? ctx.lastRef.year : ctx.anchor.year;
          return date({ grain: 'year', year }, undefined, false);
        },
      };
    },
  },
];

function pad2(value: number): string {
  return String(value).padStart(2, '0');
}

export { seasonOf };
