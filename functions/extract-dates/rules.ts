/**
 * The grammar of temporal expressions: each rule finds phrases in a window of text, fixes their
 * TimeML extent (no leading preposition; determiners and modifiers such as "the past", "early",
 * "more than" included) and returns how to compute their type and value once the anchor is
 * known. Hand-written because TimeML's extents and values (weeks, quarters, PAST_REF, sets) are
 * outside what chrono-node models; chrono still reads the numeric date forms (chrono-window.ts).
 */

import type { TimexType } from '../../shared/article.ts';
import { isTitleCase } from '../../shared/text.ts';
import {
  causalSince,
  nearestYear,
  previousQuarter,
  reportsSpeech,
  resolveWeekday,
  type Tense,
  toldAsDone,
  yearForMonth,
  yearForMonthDay,
  yearForQuarter,
  yearForReportedMonth,
  yearForReportedQuarter,
  yearForSeason,
} from './anchor.ts';
import {
  addDays,
  afterDay,
  type Day,
  dayPoint,
  daysInMonth,
  edgeWeek,
  formatDay,
  formatPoint,
  holdsDay,
  isoWeekday,
  monthPoint,
  type Point,
  parseAnchor,
  quarterOf,
  SEASON_START,
  type Season,
  shift,
  type Unit,
  weekPoint,
} from './calendar.ts';
import {
  COUNT_END_RE,
  COUNT_RE,
  COUNT_START_RE,
  cardinalWords,
  DAY_ORDINAL_RE,
  DAY_PART_RE,
  DAY_PARTS,
  dayOfMonth,
  MONTH_RE,
  monthNumber,
  NUMBER_RE,
  ORDINAL_WORDS,
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

export interface ResolveContext {
  anchor: Day | null;
  tense: Tense;
  /**
   * The tense cannot be crossed: a plain future ("will be held") never means a date already past,
   * nor "since" one still to come.
   */
  firmTense?: boolean;
  /** The tense with modals looking ahead ("can win in November"), for a date months away. */
  outlook?: Tense;
  /** The last date the article mentioned, for "a year earlier" and "the quarter". */
  lastRef: Point | null;
  /**
   * The last quarter or half the article named: financial stories compare "a year earlier" or
   * "the same period last year" with it even after other dates came between.
   */
  lastPeriod?: Point | null;
  /** A day named shortly before, which a bare clock time ("at 10:35 a.m.") belongs to. */
  recentDay?: Day | null;
  /** The day the article last named, however far before. */
  storyDay?: Day | null;
  /** `storyDay`, unless it is still ahead of publication and the sentence tells of the past. */
  toldDay?: Day | null;
  /** The last date mentioned, if in the expression's own paragraph: "the following week". */
  paragraphRef?: Point | null;
  /** The last date mentioned, if in this paragraph or the one before: what "that summer" means. */
  nearRef?: Point | null;
  /**
   * The year of the last date named after `lastRef` that set no point of its own ("last week",
   * "on Wednesday"), if any.
   */
  yearSinceRef?: number | null;
  /** The year written out at the head of this sentence or of the one before in its paragraph. */
  writtenYear?: number | null;
  /** The year of a whole date ("Nov. 12, 2012") written in this sentence or the three before. */
  datedYear?: number | null;
  /** The text of the sentence the expression stands in, as the article was segmented. */
  sentence?: string;
}

export interface Resolved {
  type: TimexType;
  value: string;
  mod?: string;
  /** The point this mention names, if later mentions may be counted from it. */
  ref?: Point;
  /**
   * Characters the reading leaves off the end of the extent: "Eight months later" read as the
   * span alone is "Eight months", as TimeML marks a span.
   */
  trimEnd?: number;
  /**
   * The day the story reaches without naming it ("two days later" after March 3): "that night"
   * and "that day" after it belong to that day.
   */
  storyDay?: Day;
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
  'the first half of': 'START',
  'the second half of': 'END',
  'the last half of': 'END',
  'the latter half of': 'END',
};

const EDGE_RE =
  '(?:early[- ]|late[- ]|mid-|mid |the (?:beginning|start|end|close|middle|dawn) of )';

/** The other names of the halves of a year: "the latter half", the trade's "back half" and "front half". */
const HALF_SIDES: Record<string, number> = { latter: 2, back: 2, front: 1 };
/** A half of a smaller or larger unit ("the next half hour", "the past half century"): a span counted by the duration rule, not a half of the year. */
const HALF_OF_UNIT_RE = '[- ](?:an? )?(?:hour|century|decade|minute|day)\\b';
/** A half of a month, decade or century ("the second half of July"): one expression, its side in the mod. */
const HALF_OF_RE = '(?:the (?:first|second|last|latter) half of )';

/** The part of a decade or century before "of" ("the first half", "the end"). */
const PART_OF_RE =
  '(?:(the (?:first|second|last|latter) half|the (?:beginning|start|end|middle|close)) of )';

function partMod(part: string | undefined): string | undefined {
  const p = (part ?? '').toLowerCase();
  if (!p) return undefined;
  if (/first|beginning|start/.test(p)) return 'START';
  return /middle/.test(p) ? 'MID' : 'END';
}

function edgeMod(word: string | undefined): string | undefined {
  if (!word) return undefined;
  const w = word.toLowerCase().replace(/[- ]$/, '').trim();
  return MOD_WORDS[w];
}

/**
 * "over" that means "more than": after a verb of lasting or "for" ("lasted over a week", "for over a
 * decade"), not the preposition of a span something is spread over ("repaid over three years",
 * "brought in over the coming two years", "phased in over five years": "in" is the verb's there),
 * nor the particle of "took over" a time "ago" ("who took over three years ago").
 */
const OVER_AS_MORE_THAN =
  '(?<=\\b(?:for|last|lasts|lasted|lasting|take|takes|took|taken|served|spent|waited|in|of|than|within|after|well) )(?<!\\b(?:phas|bring|brought|roll|eas|pay|paid|usher|factor|cash|sett?l|vest)\\w* in )over(?! the\\b)(?!(?<=\\b(?:take|takes|took|taken) over) (?:[\\w-]+ ){1,3}ago\\b)';

/** "under" that means "less than": after "for", "in" or a verb of lasting ("in under an hour"). */
const UNDER_AS_LESS_THAN = '(?<=\\b(?:for|in|within|last|lasts|lasted|took|takes|taken) )under';

const DURATION_MODS: [RegExp, string][] = [
  // "just over an hour" is still more than an hour: "just" narrows the margin, not the side.
  [/^(?:more than|longer than|upwards of|over|just over)$/i, 'MORE_THAN'],
  [/^(?:less than|fewer than|shorter than|almost|just under|under)$/i, 'LESS_THAN'],
  [/^(?:at least|no less than)$/i, 'EQUAL_OR_MORE'],
  [/^(?:at most|up to|no more than)$/i, 'EQUAL_OR_LESS'],
  [/^(?:about|around|approximately|roughly|some|nearly|close to)$/i, 'APPROX'],
];
const DURATION_MOD_RE =
  '(?:more than|longer than|upwards of|less than|fewer than|at least|no less than|at most|up to|no more than|about|around|approximately|roughly|some|nearly|almost|close to|just over|just under)';

function durationMod(word: string | undefined): string | undefined {
  if (!word) return undefined;
  for (const [re, mod] of DURATION_MODS) if (re.test(word.trim())) return mod;
  return undefined;
}

/**
 * How many leading characters of a match a hedge such as "about" or "almost" takes: news TimeML
 * leaves those words outside a span or a clock time (their sense stays in `mod`), unlike "more
 * than" or "nearly", which it keeps inside; "about two years ago" keeps its hedge.
 */
function hedgeLength(word: string | undefined): number {
  if (word && /^just (?:over|under)$/i.test(word)) return 'just '.length; // "over an hour" stays
  return word && /^(?:about|almost)$/i.test(word) ? word.length + 1 : 0;
}

/**
 * A duration's hedge turned into the hedge of the point it counts back to: "more than a decade
 * ago" lies before the year ten years back, so TimeML gives the point BEFORE, not MORE_THAN.
 */
const POINT_MODS: Record<string, string> = {
  MORE_THAN: 'BEFORE',
  LESS_THAN: 'AFTER',
  EQUAL_OR_MORE: 'ON_OR_BEFORE',
  EQUAL_OR_LESS: 'ON_OR_AFTER',
};

function pointMod(mod: string | undefined): string | undefined {
  return mod ? (POINT_MODS[mod] ?? mod) : undefined;
}

/** The same, for a point counted forward: "in less than a year's time" comes before it. */
const FUTURE_POINT_MODS: Record<string, string> = {
  MORE_THAN: 'AFTER',
  LESS_THAN: 'BEFORE',
  EQUAL_OR_MORE: 'ON_OR_AFTER',
  EQUAL_OR_LESS: 'ON_OR_BEFORE',
};

function futurePointMod(mod: string | undefined): string | undefined {
  return mod ? (FUTURE_POINT_MODS[mod] ?? mod) : undefined;
}

function withMod(r: Resolved, mod: string | undefined): Resolved {
  return mod ? { ...r, mod } : r;
}

/**
 * The year of the season after (`which` 1) or before (-1) a point: "the following summer" after
 * May 2004 is that summer, after July 2004 or after 2004 as a whole the next one.
 */
function seasonAfter(p: Point, season: Season, which: number): number {
  const month = p.grain === 'year' ? null : p.season ? SEASON_START[p.season] : p.month;
  if (!month) return p.year + which;
  // Months counted from year 0: the first season starting after the point, or the last one
  // over (its three months ended) before it.
  const at = p.year * 12 + month - SEASON_START[season];
  return which > 0 ? Math.floor(at / 12) + 1 : Math.ceil((at - 2) / 12) - 1;
}

/** The year, month or week a point falls in; a point of that grain or coarser stays as it is. */
function wholeUnit(p: Point, unit: Unit): Point {
  if (unit === 'year') return { grain: 'year', year: p.year };
  if (unit === 'month' && p.month && (p.grain === 'day' || p.grain === 'week'))
    return monthPoint(p.year, p.month);
  if (unit === 'week' && p.grain === 'day' && p.month && p.day)
    return weekPoint({ year: p.year, month: p.month, day: p.day });
  return p;
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
  else n = String(count * (info.per ?? 1));
  if (info.unit === 'decade' || info.unit === 'century') letter = count === null ? letter : 'Y';
  if (info.unit === 'weekend') return `P${n}WE`;
  if (count !== null && !Number.isInteger(Number(n))) {
    const fraction = fractionalDuration(Number(n), letter, info.time);
    if (fraction) return fraction;
  }
  return info.time ? `PT${n}${letter}` : `P${n}${letter}`;
}

// A fraction of a unit in the unit below it, where it comes out whole ("2 1/2 years" is P2Y6M,
// "half an hour" PT30M); one that does not keeps its decimal, as ISO 8601 allows on the last
// unit ("5.2 years" is P5.2Y, not a rounded P5Y2M).
const SUBUNITS: Record<string, [number, string, boolean]> = {
  Y: [12, 'M', false],
  M: [30, 'D', false],
  W: [7, 'D', false],
  D: [24, 'H', true],
};
const TIME_SUBUNITS: Record<string, [number, string]> = { H: [60, 'M'], M: [60, 'S'] };

function fractionalDuration(count: number, letter: string, time: boolean): string | null {
  const whole = Math.floor(count);
  const head = whole > 0 ? `${whole}${letter}` : '';
  if (time) {
    const sub = TIME_SUBUNITS[letter];
    if (!sub) return null;
    const rest = wholeSubunits(count - whole, sub[0]);
    return rest === null ? null : `PT${head}${rest}${sub[1]}`;
  }
  const sub = SUBUNITS[letter];
  if (!sub) return null;
  const rest = wholeSubunits(count - whole, sub[0]);
  if (rest === null) return null;
  return sub[2] ? `P${head}T${rest}${sub[1]}` : `P${head}${rest}${sub[1]}`;
}

/** A fraction of a unit as a whole number of `per` subunits, or null when it is not whole. */
function wholeSubunits(fraction: number, per: number): number | null {
  const subunits = fraction * per;
  const rounded = Math.round(subunits);
  return Math.abs(subunits - rounded) < 1e-6 ? rounded : null;
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

/** The `chars` characters of `input` that end at `index`, fewer where the input begins sooner. */
function precedingText(input: string, index: number, chars: number): string {
  return input.slice(Math.max(0, index - chars), index);
}

/** The `chars` characters before a match, which the rules read for the words leading into it. */
function textBefore(m: RegExpExecArray, chars: number): string {
  return precedingText(m.input, m.index, chars);
}

/** The `chars` characters after a match, which the rules read for the words following it. */
function textAfter(m: RegExpExecArray, chars: number): string {
  const end = m.index + m[0].length;
  return m.input.slice(end, end + chars);
}

/**
 * Whether the capitalized word at `index` continues a name ("USA Today", "Fox News Sunday",
 * "Harbor Radio Daily", "CBS This Morning"): the word before it is capitalized too and no
 * sentence ends between, or it is an acronym, which names a paper or a network wherever it stands.
 */
function insideName(input: string, index: number): boolean {
  const before = precedingText(input, index, 30);
  const m = /([A-Z][\w.&'’-]*)\s$/.exec(before);
  if (!m) return false;
  const word = m[1] ?? '';
  if (/^[A-Z]{2,}(?:['’]s)?$/.test(word)) return true;
  if (/\.$/.test(word) && word.length > 3) return false;
  const ahead = before.slice(0, before.length - word.length - 1);
  // The first word of a sentence is capitalized anyway; so are words that lead into a date, and
  // the verbs and function words of a headline set in title case ("Voters Are Now Deciding").
  if (/(?:^|[.!?:"“”]\s*)$/.test(ahead)) return false;
  return !/^(?:On|By|Last|Next|This|Early|Late|Since|Until|And|Or|But|Before|After|From|Through|Earlier|Later|Each|Every|The|Of|At|In|For|To|As|Is|Are|Was|Were|Be|Been|Has|Have|Had|Will|Would|Can|Could|Should|May|Might|Must|Not|Still|Also|Even|Just|It|He|She|They|We|You|Mr\.|Mrs\.|Ms\.)$/.test(
    word,
  );
}

/**
 * Whether a phrase in title case ("This Week", "Now") stands inside the name of a show, a paper
 * or a group ("ABC's This Week", "Liberty Now PAC"), which prose would not capitalize otherwise.
 * Inside a run of capitalized words on both sides it is a headline set in title case ("Senator
 * Warns Now Of Cuts"), where the phrase is as temporal as in prose.
 */
function titleInsideName(m: RegExpExecArray, phrase: string): boolean {
  if (!/^[A-Z]\w*(?: [A-Z]\w*)*$/.test(phrase) || !insideName(m.input, m.index)) return false;
  const before = textBefore(m, 40);
  const after = textAfter(m, 5);
  const headline =
    /(?:^|\s)[A-Z][\w'’-]* [A-Z][\w'’-]* $/.test(before) &&
    !/[A-Z]{2,}(?:['’]s)? $/.test(before) &&
    (/^(?:['’]s)? [A-Z][a-z]/.test(after) || lineInTitleCase(m.input, m.index));
  return !headline;
}

/**
 * Whether the line holding `index` is a headline set in title case, as segmentation tells one
 * ("Council to Vote on Levy Next Week"), with no full stop at its end. Prose never reads so.
 */
function lineInTitleCase(input: string, index: number): boolean {
  const start = input.lastIndexOf('\n', index) + 1;
  let end = input.indexOf('\n', index);
  if (end < 0) end = input.length;
  if (end - start > 160) return false;
  const line = input.slice(start, end).trim();
  return !line.endsWith('.') && isTitleCase(line.split(/\s+/));
}

function isCapitalized(word: string): boolean {
  return /^[A-Z]/.test(word);
}

/**
 * Which rules a trigger word calls for, as a bit mask over RULES (one 32-bit word per 32 rules),
 * computed once per distinct word: testing every rule's `need` against every window cost more
 * than running the rules themselves.
 */
const ruleMasks = new Map<string, Int32Array>();
/** How many rules the cached masks cover, and the 32-bit words each mask has for them. */
let maskedRules = -1;
let maskWords = 0;
/** The union of a window's masks, reused from window to window. */
let windowMask = new Int32Array(0);

/**
 * The rules again, as records of one shape: the rules of the grammar differ in their keys (`text`
 * or none), so reading their fields straight from RULES goes through the engine's slowest lookup.
 */
interface RunnableRule {
  from: Rule;
  re: RegExp;
  text: RegExp | null;
  priority: number;
  build: Rule['build'];
}
const runnable: RunnableRule[] = [];

function runnableRule(i: number): RunnableRule | undefined {
  const rule = RULES[i];
  if (!rule) return undefined;
  let r = runnable[i];
  // A rule replaced in RULES gets a new record.
  if (r?.from !== rule) {
    r = {
      from: rule,
      re: rule.re,
      text: rule.text ?? null,
      priority: rule.priority,
      build: rule.build,
    };
    runnable[i] = r;
  }
  return r;
}

function ruleMask(trigger: string): Int32Array {
  let mask = ruleMasks.get(trigger);
  if (!mask) {
    mask = new Int32Array(maskWords);
    for (let i = 0; i < RULES.length; i++) {
      if (RULES[i]?.need.test(trigger)) mask[i >>> 5] = (mask[i >>> 5] ?? 0) | (1 << (i & 31));
    }
    // Years and clock times are many distinct words; their masks are cheap to recompute.
    if (ruleMasks.size < 5000) ruleMasks.set(trigger, mask);
  }
  return mask;
}

/**
 * Runs the rules that the window's trigger words call for over `window` (which starts at
 * `offset` in the article text), in the order of RULES.
 */
export function scanWindow(window: string, offset: number, triggers: string[], emit: Emit): void {
  if (maskedRules !== RULES.length) {
    // Rules were added since the masks were made: they are made again, wide enough.
    maskedRules = RULES.length;
    maskWords = (RULES.length + 31) >>> 5;
    windowMask = new Int32Array(maskWords);
    ruleMasks.clear();
  }
  const union = windowMask;
  for (let k = 0; k < maskWords; k++) union[k] = 0;
  for (const t of triggers) {
    const mask = ruleMask(t);
    for (let k = 0; k < maskWords; k++) union[k] = (union[k] ?? 0) | (mask[k] ?? 0);
  }
  for (let k = 0; k < maskWords; k++) {
    let bits = union[k] ?? 0;
    // The set bits from the lowest up: the rules run in their order in RULES.
    while (bits !== 0) {
      const low = bits & -bits;
      bits ^= low;
      const rule = runnableRule((k << 5) + 31 - Math.clz32(low));
      if (rule) runRule(rule, window, offset, emit);
    }
  }
}

function runRule(rule: RunnableRule, window: string, offset: number, emit: Emit): void {
  if (rule.text !== null && !rule.text.test(window)) return;
  const { re, priority, build } = rule;
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
}

interface BuildResult {
  resolve: Candidate['resolve'];
  trimStart?: number;
  trimEnd?: number;
}

interface Rule {
  re: RegExp;
  /**
   * Which trigger words (lower case, as triggers.ts found them) the rule needs to run at all;
   * tested against one trigger word at a time.
   */
  need: RegExp;
  /** A word the window's text must hold besides its triggers ("every", "earlier"). */
  text?: RegExp;
  priority: number;
  build: (m: RegExpExecArray) => BuildResult | null;
}

// `\b` first: the engine then rejects every position inside a word at once, where a lookbehind
// alone would be tried at each character (a third of the grammar's time).
const B = '\\b(?<![$£€.-])';
/** Words after which "that" opens a clause ("said that morning traffic ...") rather than naming a day. */
const THAT_AS_CONJUNCTION_RE =
  /\b(?:said|says|say|saying|told|reported|announced|noted|added|argued|claimed|believes?|believed|think|thinks|thought|knows?|knew|found|shows?|showed|suggests?|suggested|warned|insisted|so|such|means?|meant)\s$/i;
const B_QUOTE = '(?<![\\w$£€.-])';
const E = '(?![\\w%])';

const HOUR_WORDS = [
  ...['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven'],
  'twelve',
];

function n(s: string | undefined): number {
  return Number.parseInt(s ?? '', 10);
}

/** What looks back over a stretch that reaches up to now: "this past week", "the last week". */
const PAST_STRETCH = new Set(['this past', 'the past', 'the last']);

/**
 * The year a day written with its weekday ("Tuesday, March 19") falls on that weekday, when the
 * year the tense chose does not fit: the year before or after it, on the side of publication the
 * tense points to, or within a week of publication whatever the tense (a preview of an event
 * published just after it).
 */
function yearOnWeekday(
  chosen: number,
  month: number,
  day: number,
  weekday: number | null,
  anchor: Day,
  tense: Tense,
): number {
  if (weekday === null || isoWeekday({ year: chosen, month, day }) === weekday) return chosen;
  const from = Date.UTC(anchor.year, anchor.month - 1, anchor.day);
  const week = 7 * 86_400_000;
  let best = chosen;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const year of [chosen - 1, chosen + 1]) {
    if (isoWeekday({ year, month, day }) !== weekday) continue;
    const offset = Date.UTC(year, month - 1, day) - from;
    const onItsSide = tense === 'present' || (tense === 'past' ? offset <= 0 : offset >= 0);
    if (!onItsSide && Math.abs(offset) > week) continue;
    if (Math.abs(offset) < bestDistance) {
      best = year;
      bestDistance = Math.abs(offset);
    }
  }
  return best;
}

/** An event named with its month: "the October Revolution", "the June Uprising". */
const EVENT_AFTER_MONTH_RE =
  /^ (?:Revolution|Uprising|Rebellion|Manifesto|Movement|Offensive|Agreement|Accords?|Massacre|Crisis)\b/;
/** What leads into a month: a preposition, a determiner, an edge, a comma or a possessive. */
const MONTH_LEAD_RE =
  /(?:\b(?:in|since|until|till|by|of|from|through|to|during|before|after|between|and|or|nor|early|late|mid|last|this|next|the|a|an|each|every|that|for|on|at|its|his|her|their|our|whole|all|entire|same|around|about|into|over|throughout|then|than|but|as|until|like|unlike|except|including)|[,;:(\-–—]|\w['’]s)\s$/;
/** A capitalized word after a month that dates it, not a surname: a weekday or another month. */
const DATING_AFTER_MONTH_RE = new RegExp(`^ (?:${WEEKDAY_RE}|${MONTH_RE})\\b`);

/**
 * A noun after "March" ("the March vote"), not a preposition or a verb the march of protesters
 * would take ("the March on Washington", "his March across the state", "the March ended").
 */
const MONTH_BEFORE_NOUN_RE =
  /^ (?!(?:on|for|of|to|against|from|in|into|across|through|toward|towards|along|past|down|up|with|at|around|was|is|were|will|has|had|drew|began|ended|moved|went|passed|reached|took|attracted|brought|wound|started|included|remained|turned|kicked|featured|marked|organizers|organisers|leaders|participants|marchers|protesters|protestors|demonstrators|activists|founders|route)\b)[a-z]{3,}/;
/** What names a paper's section or a show after its weekday: "Sunday Review", "Sunday edition". */
const SECTION_AFTER_DAY_RE =
  /^ (?:Review|Magazine|Styles|Book|Books|Business|Opinion|Edition|Sport|Sports|Show|Special|Insight|Life|Arts|Travel|Supplement|Times|Telegraph|Express|Mirror|Post|editions?)\b/;

/** The word before a number that makes it a price, a place, a text or a road, not a year. */
const NUMBER_LABEL_RE =
  /^(?:\$|no\.|number|flight|route|room|suite|gate|at|resolution|article|section|sec\.|chapter|paragraph|clause|proposition|prop\.|highway|interstate|exit)$/;

/** The words that make a name a street's. */
const STREET_WORDS = 'Street|Avenue|Road|Boulevard|Lane|Drive|Parkway|Highway|Terrace|Place|Court';
/** A street after a number, which makes the number an address: "Larch Street", "W. Grove Ave.". */
const STREET_AFTER_RE = new RegExp(
  `^ (?:[NSEW]\\.? |North |South |East |West )?(?:[A-Z][a-z]+ ){1,2}(?:${STREET_WORDS}|St|Ave|Rd|Blvd|Ln|Dr|Pkwy|Hwy|Way)\\b`,
);
/** Words that set a time for what follows: "scheduled for May", "set for"; moves are RESCHEDULED_RE's. */
const SET_FOR_BEFORE_RE =
  /\b(?:set|scheduled|slated|planned|booked|due|expected|targeted|penciled in|pencilled in) (?:for|to|until)\s$/i;

/** A street word right after a month, which names the street: "May Street", "June Ave.". */
const STREET_WORD_AFTER_RE = new RegExp(`^ (?:${STREET_WORDS}|St\\.|Ave\\.|Rd\\.)(?![\\w-])`);

/** The titles before a surname that a weekday may be ("Mr. Friday"). */
const TITLES_BEFORE_NAME = ['Mr. ', 'Mrs. ', 'Ms. ', 'Miss ', 'Dr. ', 'Sen. ', 'Rep. ', 'Gov. '];
/** The words that join a weekday to the one before it in a range: "Tuesday through Sunday". */
const RANGE_WORDS_BEFORE = [' through ', ' thru ', ' to '];
/** The other end of a range of weekdays, after or before one: " through Sunday", "Tuesday to ". */
const WEEKDAY_RANGE_AFTER_RE = new RegExp(`^ (?:through|thru|to) ${WEEKDAY_RE}\\b`);
const WEEKDAY_RANGE_BEFORE_RE = new RegExp(`\\b${WEEKDAY_RE} (?:through|thru|to) $`);
/** A place keeping its hours on the days a range names: "is open", "serves", "operates". */
const KEEPING_HOURS_RE =
  /\b(?:(?:is|are) (?:open|closed)|opens?|closes|operates?|serves?|(?:is|are) (?:staffed|available)|office hours|hours are)\b/i;

/** The name of a paper after the weekday it comes out: "the Sunday Telegraph". */
const PAPER_AFTER_DAY_RE =
  /^ (?:Times|Telegraph|Express|Mirror|Post|Herald|Tribune|Independent|Mail|Observer|Star)\b/;

/** The name of a paper or a network before a weekday ("the Post Monday", "ABC News Sunday"). */
const PAPER_BEFORE_RE =
  /\b(?:News|Times|Post|Journal|Herald|Tribune|Telegraph|Mail|Express|Magazine|Globe|Star|Chronicle)\s$/;

/**
 * The opening of a title in quotes that a weekday ends (“Meet the Press Sunday”, “Manic Monday”): the
 * words since the quote mark each capitalized or a small word of a title, the first no preposition
 * or adverb a quotation opens with (“On Monday,” she said), any word in -ly but "-ily" among them
 * (“Only Monday,” “Ideally Monday,”; “Family Sunday” stays a title).
 */
const TITLE_IN_QUOTES_RE =
  /(?:[“"]|'')(?!(?:On|By|Since|Until|Till|Before|After|From|Not|Just|Last|Next|This|That|Every|Each|Late|And|But|Or|So|Then|Now|Maybe|Perhaps|Sometime|Through|Around|Effective|See|Starting|Beginning|Including|Following|Ending|Closing|Opening)\s|[A-Z][a-z]*[b-hj-z]ly\s)[A-Z][\w'’.-]*(?: (?:[A-Z][\w'’.-]*|the|of|and|a|an|in|on|at|for|to))* $/;

/** A day's possessive: "Friday's", "yesterday’s". */
const DAY_OWNED_BEFORE_RE =
  /\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|yesterday|tomorrow)['’]s\s$/i;
/** The economic figures a month brings out: "the May jobs report", "March exports". */
const ECONOMIC_FIGURES =
  'jobs|jobless|payrolls?|exports|imports|output|production|employment|unemployment|sales|retail|housing|factory|manufacturing|consumer|producer|durable|inflation|data|figures|numbers';
/** A figure or a vote a day brings out for a month: "Friday's March jobs report". */
const FIGURE_AFTER_RE = new RegExp(
  `^ (?:${ECONOMIC_FIGURES}|trade|report|reading|survey|index|futures|contract|primary|primaries|election|elections|vote|ballot|caucus|caucuses|deadline|meeting|session|issue|edition)\\b`,
);
/**
 * An economic figure of a month, after the month or its possessive: "May sales rose", "March's
 * jobs report", "May's factory output". A politician's name ("May's government") brings out
 * none, nor "trade", as "May's trade deal" may be hers.
 */
const MONTH_FIGURE_AFTER_RE = new RegExp(`^(?:['’]s)? (?:${ECONOMIC_FIGURES})\\b`);
/** Where a march goes or what it is for: "March on Washington", "March for Life". */
const MARCH_GOING_AFTER_RE = /^ (?:on|to|for|against|across|through|toward|towards|from|of)\b/;
/** Who a march is named for ("the Women's March", "the People’s March"), not a month's owner. */
const MARCHERS_BEFORE_RE =
  /\b(?:women|men|people|peoples|workers|mothers|fathers|veterans|children|students|farmers|teachers|families|poor people)['’]s?\s$/i;

/** An afternoon, evening or night named right before a clock time: "Tuesday evening at". */
const LATER_PART_BEFORE_CLOCK = /\b(afternoon|evening|night|tonight) (at|from|until|by) $/i;
/** The hours of a 12-hour dial that a part of the day holds after noon: "evening at 7:30". */
const LATER_HOURS: Record<string, [number, number]> = {
  afternoon: [1, 6],
  evening: [4, 11],
  night: [5, 11],
};

function whichOf(word: string | undefined): number | null {
  const w = (word ?? '').toLowerCase();
  if (
    /^(?:last|the last|past|the past|previous|the previous|this past|the preceding|the prior)$/.test(
      w,
    )
  )
    return -1;
  if (/^(?:this|current|the current|the present|present|the same)$/.test(w)) return 0;
  if (
    /^(?:next|the next|coming|the coming|this coming|the following|following|upcoming|the upcoming)$/.test(
      w,
    )
  )
    return 1;
  return null;
}

/** Units of measure after a number, which make it a count: "the 1500 meters". */
const MEASURE_AFTER_RE =
  /^ (?:meters|metres|miles|yards|feet|kilometers|kilometres|pounds|tons|tonnes|acres|points|calories|votes)\b/;

/**
 * Plurals a year names the race or season of ("2020 hopefuls", "2016 campaigns"), read as a year
 * only when it lies within a decade of publication: "backed 1700 campaigns" counts them.
 */
const YEARS_RACE_AFTER_RE =
  /^ (?:campaigns|races|elections|contests|hopefuls|contenders|primaries|caucuses|midterms|nominees|playoffs)\b/;

/** What stands before a year that modifies a noun ("the 1994 strikes", "his 2008 campaign"). */
const YEAR_AS_MODIFIER_BEFORE_RE =
  /(?:\b(?:the|a|an|his|her|its|their|our|my|your|whose)|\w['’]s|\b(?:1[6-9]|20)\d\d,?(?: and| or)?)\s$/;

/** What names a season or a fiscal year by the two years it straddles ("the 2012-13 season"). */
const SPLIT_YEAR_AFTER_RE =
  /^ (?:(?:regular |playoff |football |basketball |hockey |ski |winter |school |academic |fiscal |financial |tax |budget |crop |marketing )?(?:season|year)|school|academic|fiscal|financial|budget|term|session|campaign)\b/i;

/**
 * Whether "2012-13" (the second year in two digits, the one after the first) names one season
 * or fiscal year: "fiscal" or "FY" before it, or "season", "school year", "budget" after it.
 */
function splitYear(
  input: string,
  first: number,
  second: number,
  prefix: string | undefined,
  start: number,
  end: number,
): boolean {
  if (second !== (first + 1) % 100) return false;
  if (/^(?:fiscal|FY)/i.test(prefix ?? '')) return true;
  if (/\b(?:fiscal|FY) ?$/i.test(precedingText(input, start, 8))) return true;
  // "2016/17": a slash joins the two years of one season, never the ends of a range.
  if (input.charAt(end - 3) === '/') return true;
  return SPLIT_YEAR_AFTER_RE.test(input.slice(end, end + 30));
}

/** The head of a name that a year completes: a product, a plan or a fair ("Windows 2000", "Vision 2030"). */
const PRODUCT_HEAD_BEFORE_RE = /\b(?:Windows|Office|Vision|Agenda|Expo) $/;

/** The title of an award or an idiom before "of the year" ("Player of the Year"). */
const AWARD_BEFORE_RE =
  /\b(?:person|man|woman|player|coach|rookie|athlete|liar|flavou?r|employee|teacher|stat|quote|word)[- ]of\s$/i;

/**
 * A verb that spans a time "for" it ("stayed for the year", "is out for the season", "closed for
 * the week"): what follows is how long, not the story's year.
 */
const LASTING_FOR_BEFORE_RE =
  /\b(?:stay(?:s|ed|ing)?|last(?:s|ed|ing)?|remain(?:s|ed|ing)?|continu(?:e|es|ed|ing)|clos(?:e|es|ed|ing)|shut|suspend(?:s|ed|ing)?|ban(?:s|ned)?|barred|out|off|sidelined|jailed|grounded|away|leave|left|gone|live[sd]?|work(?:s|ed)?|serve[sd]?|hired|rent(?:s|ed)?|lease[sd]?|sign(?:s|ed)?)\b(?:\s+[\w'’-]+){0,3}\s+for\s$/i;
/** "a day", "per week" right after a span: the span is how much of each ("24 hours a day"). */
const PER_UNIT_AFTER_RE = /^ (?:a|an|per|each) (?:day|night|week|month|year)\b/i;
/** A number of things counted per unit: a figure or a number word. */
const PER_UNIT_COUNT =
  '(?:\\d|\\b(?:one|two|three|four|five|six|seven|eight|nine|ten|dozen|hundred|thousand))';
/** An amount of something before a rate's unit: "150 minutes of moderate exercise (a week)", "two or more cups of coffee (a day)". */
const AMOUNT_OF_BEFORE_RE = new RegExp(
  `${PER_UNIT_COUNT}[\\d,.]*\\s+(?:(?:or|to) (?:more|fewer|less|\\d+|[a-z]+)\\s+)?[a-z]+\\s+of\\s+(?:[a-z-]+\\s+){1,3}$`,
  'i',
);
/** What stands before "a year" or "a day" that counts things per unit ("40 men a day"). */
const RATE_BEFORE_RE = new RegExp(
  `(?:\\d|%|percent|times|once|twice|cents|dollars|million|billion|trillion|\\b(?!(?:is|was|has|does|takes|lasts|comes|runs|spans|needs|requires|remains|stays|waits|happens|arrives|follows|passes|spends|gives|allows|grants|marks)\\b)\\w+s|${PER_UNIT_COUNT} (?!(?:after|before|in|for|of|over|within|than|and|or|to|by|about|nearly|almost|some|at|on)\\b)[a-z]+) $`,
  'i',
);

/**
 * A newspaper or magazine named by how often it appears ("the party daily Pravda", "the
 * influential daily Le Monde", "the news weekly Der Spiegel", "according to the business daily,"):
 * a noun, not a recurrence. It heads a noun phrase (an article, a capitalized word, or words that
 * describe papers before it) and a name or the end of the phrase follows; "meets daily", "daily
 * briefings", "the daily Gallup poll" still recur.
 */
function publicationNoun(input: string, start: number, end: number): boolean {
  const before = precedingText(input, start, 60);
  const after = input.slice(end, end + 60);
  const phrase = PUBLICATION_BEFORE_RE.exec(before);
  if (!phrase) return false;
  const article = Boolean(phrase[1]);
  const described = Boolean(phrase[2]);
  if (!article && !described) return false;
  const name = PUBLICATION_NAME_AFTER_RE.exec(after);
  // A name that closes the sentence ("the party daily Pravda.") closes the phrase too.
  if (name) return name[0].endsWith('.') || PUBLICATION_VERB_RE.test(after.slice(name[0].length));
  // Without a name the phrase ends there, or the paper is what reports: only after an article.
  return article && (/^['’]s\b/.test(after) || PUBLICATION_VERB_RE.test(after));
}

/** The article and the describing words of a noun phrase a paper's name heads ("a free daily"). */
const PUBLICATION_BEFORE_RE =
  /(?:^|[\s(“"])(?:((?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur|[Oo]ne|[Aa]nother|[A-Z][\w.&-]*['’]s)\s+))?((?:(?:[A-Z][\w.&'’-]*|[a-z]+-[a-z-]+|[a-z]+(?:al|ist|est|ian)|party|business|news|leading|influential|conservative|independent|state|government|popular|main|top|respected|sports|army|military|opposition|evening|morning|tabloid|broadsheet|mass|mainstream|prestigious|authoritative|left|right|capital|city|free|only|new|major|rival|former)\s+){0,4})$/;

/**
 * A capitalized word, with the periods of "U.S." inside it and a sentence's full stop at its end;
 * its letters may be accented ("Libération", "Österreich"); × and ÷ are no letters.
 */
const NAME_WORD = "[A-ZÀ-ÖØ-Þ][\\wÀ-ÖØ-öø-ÿĀ-ž&'’-]*(?:\\.[\\wÀ-ÖØ-öø-ÿĀ-ž&'’-]+)*\\.?";

/** A name after the noun ("Le Monde", "China Daily", "Harper's"), not a month or a weekday. */
const PUBLICATION_NAME_AFTER_RE = new RegExp(
  `^\\s+(?!(?:${MONTH_RE}|${WEEKDAY_RE})\\b)${NAME_WORD}(?:(?<!\\.)\\s${NAME_WORD})*`,
);

/** What a paper does or what ends its noun phrase: "said", "reported", a comma, "that". */
const PUBLICATION_VERB_RE =
  /^\s*(?:[,.;:)”"]|$|(?:said|says|reported|reports|wrote|writes|quoted|quotes|cited|cites|ran|runs|carried|carries|published|publishes|printed|prints|added|claimed|noted|revealed|described|called|warned|accused|blamed|urged|insisted|commented|criticized|criticised|praised|announced|has|had|is|was|which|that|on|in|also|\w+ed)\b)/;

/**
 * A count and its unit capitalized in running text name a war, a film, a programme or a band
 * ("the Six-Day War", "Twelve Years a Slave", "an interview with 60 Minutes", "CBS's 48 Hours"),
 * as does "The Seven Years' War" with a name after the possessive. A headline set in title case
 * ("Rebels Agree to Two-Day Truce") keeps its span: the words before the count are capitalized.
 */
function titledSpan(m: RegExpExecArray, countWord: string, unitWord: string): boolean {
  if (!/^(?:\d|[A-Z][a-z])/.test(countWord) || /^An?$/.test(countWord) || !/^[A-Z]/.test(unitWord))
    return false;
  const after = textAfter(m, 4);
  if (/^['’]s? [A-Z]/.test(after)) return true;
  const words = textBefore(m, 40).trim().split(/\s+/).slice(-2);
  const last = words[words.length - 1] ?? '';
  // A programme or a book of a network or an author: "CBS's 60 Minutes".
  if (/^[A-Z][\w.&-]*['’]s$/.test(last)) return true;
  if (!/^[a-z]/.test(last)) return false;
  // The small words a title leaves in lower case say nothing alone; the word before them does.
  if (!TITLE_LOWER_RE.test(last)) return true;
  return words.length === 2 && /^[a-z]/.test(words[0] ?? '');
}

const TITLE_LOWER_RE = /^(?:a|an|the|of|in|to|for|on|at|by|and|or|with|from|as|into|vs\.?)$/;

/** A verb whose object is a span of time ("lasted weeks", "took months", "spent years"). */
const LASTING_BEFORE_RE =
  /\b(?:last|lasts|lasted|lasting|take|takes|took|taken|taking|spend|spends|spent|spending|wait|waits|waited|waiting)\s$/i;

/**
 * What stands before a plural unit that tells how far one event lies from another ("just days
 * before", "came hours after", "the war, years after"): a hedge, a verb of coming or being, a word
 * in -ed ("died days after"), or a comma. After a word in -ed, "minutes" may be the minutes of a
 * meeting ("approved minutes before adjourning"): only a hedge or a comma counts them.
 */
const OFFSET_LEAD_RE =
  /(?:\b(?:just|mere|only|barely|merely|came|come|comes|arrived|arrives|was|were|is|are|been)|\b[a-z]+ed|,)\s$/i;
const OFFSET_LEAD_MINUTES_RE = /(?:\b(?:just|mere|only|barely|merely)|,)\s$/i;
/**
 * Words in -ed that make the unit a noun after a determiner, a preposition or a verb that keeps
 * hours ("in extended hours after", "offer reduced hours after", "runs limited hours before",
 * "open extended hours before"); after a noun, a passive or "had" they are the verb ("prices
 * increased days after", "power was restored hours after", "sales had increased weeks after").
 */
const ADJECTIVE_BEFORE_UNIT_RE =
  /\b(?:the|a|an|in|on|to|during|with|of|for|its|their|his|her|our|offer|offers|offered|offering|keep|keeps|kept|work|works|worked|working|open|run|runs|ran|running|operate|operates|operated|operating|log|logs|logged|logging)\s+(?:extended|reduced|limited|restored|shortened|expanded|increased|added|scheduled|regular|advanced|required|needed|billed|paid|unpaid|logged|scored|numbered|allotted)\s$/i;

/** What follows a span that measures pay rather than time ("three months' salary"). */
const PAY_AFTER_RE =
  /^(?:['’]s?|\s+of|\s+worth of)?\s+(?:base |back |severance |basic )?(?:pay|salary|salaries|wages|severance|rent)\b/i;

const WHICH_RE =
  '(?:last|this|next|past|previous|coming|current|upcoming|this past|this coming|the current|the past|the previous|the next|the coming|the last|the following|the upcoming|the preceding|the prior|the present|the same)';

/**
 * The period one `unit` before the one the story is about ("the year-earlier quarter"): the
 * quarter last named, or the date, or the publication year; "year-earlier nine months" is a span.
 */
function yearEarlier(
  ctx: ResolveContext,
  unit: Unit,
  head: string,
  ordinal: number | undefined,
): Resolved | null {
  if (!ctx.anchor) return null;
  if (/months/.test(head))
    return { type: 'DURATION', value: head.startsWith('nine') ? 'P9M' : 'P6M' };
  let base: Point = ctx.lastPeriod ?? ctx.lastRef ?? { grain: 'year', year: ctx.anchor.year };
  if (ordinal) base = { grain: 'quarter', year: ctx.anchor.year, quarter: ordinal };
  else if (head === 'quarter' && base.grain !== 'quarter') base = previousQuarter(ctx.anchor);
  return date(shift(base, unit, -1), undefined, false);
}

/** A month's name and a day of the month ("Sept." and "30"), or null when either is none. */
function monthAndDay(
  monthWord: string | undefined,
  dayWord: string | undefined,
): { month: number; day: number } | null {
  const month = monthNumber(monthWord ?? '');
  const day = dayOfMonth(dayWord ?? '');
  // February may have 29 days: no year is known here.
  const longest = month === 2 ? 29 : month ? daysInMonth(2001, month) : 0;
  return month && day >= 1 && day <= longest ? { month, day } : null;
}

// The modals and the hopes after which "one day" is some time ahead ("will one day", "hope one
// day to"), not a span of a day.
const LOOKING_AHEAD = 'will|would|could|might|may|can|shall|should|must|hopes?|hoped|hoping';
const LOOKING_AHEAD_END_RE = new RegExp(`\\b(?:${LOOKING_AHEAD})\\s$`, 'i');
// Words that wait for an event: a day named after them lies ahead ("ahead of Tuesday's vote").
const AWAITING_RE =
  /\b(?:ahead of|in advance of|(?:lead|run)[- ]up to|(?:prepar(?:e|es|ing)|gear(?:s|ing)? up) for|planning for|wait(?:s|ing)? for|await(?:s|ing)?)\s+(?:the\s+)?$/i;
// An event held on a day, which a present sentence counts down to ("before Monday's game").
const HELD_EVENT_AFTER_RE =
  /^['’]s (?:[\w.-]+ ){0,2}?(?:game|match|final|race|debate|summit|meeting|hearing|deadline|launch|opening)\b/i;
// "Heading into Tuesday's primary, her lead has vanished": the day is still ahead unless the
// sentence tells of the past ("had 1,944 delegates heading into Tuesday's primaries").
const HEADING_INTO_RE = /\bhead(?:s|ing)? into\s+(?:the\s+)?$/i;
/** What is kept as on such a weekday, after the day: "a Sunday schedule", "Saturday hours". */
const KIND_OF_DAY_AFTER_RE =
  /^ (?:schedules?|hours(?! (?:after|before|later|earlier|of|into|ago)\b)|timetables?|fares?|rates)\b/;
// What a network, a paper or a church puts out each such weekday, after the day ("a Sunday talk
// show", "a Friday column").
const RECURRING_ISSUE_RE =
  /^(?: [a-z-]+)? (?:show|program|programme|broadcast|column|newsletter|podcast|sermon|mass|service|segment)s?\b/;
/**
 * The text before a day without the owner and the epithets of the event it names: "ahead of
 * New York's delegate-rich", "ahead of the state's crucial" read as "ahead of".
 */
function withoutPossessor(before: string): string {
  return before
    .replace(EVENT_EPITHETS_RE, '')
    .replace(/(?:\bthe\s+)?(?:\b(?!(?:of|for|to|up|the)\s)[\w.&-]+\s+){0,2}[\w.&-]+['’]s\s+$/, '');
}
const EVENT_EPITHETS_RE =
  /(?:\b(?:[a-z]+-[a-z]+|crucial|key|final|big|critical|upcoming|pivotal|decisive|closely watched)\s+){1,2}$/;
// The rest of a subject a weekday's event heads, then a verb that places it ahead ("'s debate in
// New York will be", "'s vote is expected to"); what "will be appealed" is done, what "will be
// held" or "televised" is not.
const COMING_SUBJECT_RE =
  /^['’]s(?: [A-Za-z-]+){1,5}? (?:will(?! be (?!held|hosted|televised|aired|streamed|staged|moderated|played)[a-z]+ed\b)|won['’]t|is (?:expected|set|scheduled|slated|due|going) to)\b/;
// A violent event the weekday after it dates ("the attack in Paris on Friday", "the shooting
// Tuesday"); a plan or a threat of one ("a planned attack on Monday") has not happened.
const VIOLENCE_BEFORE_RE =
  /\b(?:the|a|an|its|this|that|[A-Z][\w.-]*['’]s)(?! (?:planned|possible|threatened|expected|potential|feared|rumored|alleged plot)\b) (?:[\w-]+ ){0,2}?(?:slayings?|shootings?|attacks?|bombings?|killings?|massacres?|murders?|assassinations?|stabbings?) (?:in (?:[A-Z][\w.-]*,? ?){1,3} )?(?:on |late |early )?$/;
// A plan as it stood when the story's events took place, the verb of its day's clause.
const PAST_PLAN_RE =
  /\b(?:was|were)(?: (?:also|still|originally|initially|tentatively))? (?:scheduled|set|slated|due|expected|supposed|planning|going) (?:to|for)\b[^.;:!?]{0,50}$/i;
// What a day's event has already settled or done by the time it is named by its day.
const OUTCOME_AFTER_RE =
  /^['’]s (?:[\w.-]+ ){0,2}?(?:decisions?|rulings?|verdicts?|results?|outcomes?|attacks?|shootings?|bombings?|killings?|massacre|crash|explosion|blast)\b/i;
// What one goes to an event to do: to win it, attend it, watch it ("to win Monday's debate").
const TAKING_PART_RE =
  /\bto (?:win|attend|watch|skip|boycott|host|moderate|join|address|face|miss|enter|cover|see|headline)\s+$/i;
// A plan moved to a day ("postponed the vote to Friday", "pushed the launch back to Monday",
// "rescheduled for Tuesday") is moved to one still ahead, whatever the verb's tense, unless the
// event's own verb after the day tells it as held there (heldAfterMove).
const RESCHEDULED_RE =
  /\b(?:(?:postpon(?:e|es|ed|ing)|delay(?:s|ed|ing)?|mov(?:e|es|ed|ing)|reschedul(?:e|es|ed|ing)|defer(?:s|red|ring)?|put(?:s|ting)? off)(?:\s+[\w’'.-]+){0,5}?|push(?:es|ed|ing)?(?:\s+[\w’'.-]+){0,4}?\s+back)\s+(?:to|until|till|for)\s+$/i;
/**
 * The event moved to a day told as held there, by its own past verb after the day: "the hearing,
 * moved to Monday, was held in a larger room", "was moved to Tuesday and passed 52-48", "postponed
 * to Friday, when the rocket lifted off". A verb of saying ("officials said") or one of a cause
 * ("because two members were abroad", "as storms battered") tells nothing of the event.
 */
function heldAfterMove(before: string, after: string): boolean {
  const clause = after.split(/[.;!?]/, 1)[0] ?? '';
  const link =
    /^((?:\s+[\w'’-]+){0,4}?)\s*(,\s*(?:(?:and|when|where)\s+)?|\s+(?:and|when|where)\s+)/.exec(
      clause,
    );
  if (!link) return false;
  // The words before the link are the move's own ("because of rain"), not a clause with a verb
  // of its own ("because two members were abroad, and ...").
  if ((link[1] ?? '').split(/\s+/).some((w) => w !== '' && toldAsDone(w))) return false;
  const words = clause.slice(link[0].length).trim().split(/\s+/);
  // After a comma closing an aside ("The hearing, moved to Monday, was held") or after "and" the
  // event's verb comes next; after ", and" or "when" a new clause may name its subject first
  // ("and turnout reached", "when the judge denied").
  const reach = /,\s*and|when|where/.test(link[2] ?? '') ? 3 : 0;
  // A comma alone after a move told as the main verb ("was moved to Friday, delayed by fog") is
  // followed by a participle, not the event's verb, unless "was" says so.
  const aside =
    /,\s+(?:[\w'’-]+\s+)?(?:postpon|mov|reschedul|delay|defer|push|put)\w*\b[^,]*$/i.test(before);
  if (link[2]?.trim() === ',' && !aside && !/^(?:was|were)\b/.test(words[0] ?? '')) return false;
  for (let i = 0; i <= reach && i < words.length; i++) {
    if (toldAsDone(words.slice(i).join(' '))) return true;
    const word = words[i] ?? '';
    if (MOVE_NOT_DONE_RE.test(word) || reportsSpeech(word)) return false;
  }
  return false;
}
// A verb after the move that tells a plan or a present, not the event held.
const MOVE_NOT_DONE_RE =
  /^(?:will|would|is|are|has|have|can|could|may|might|must|should|shall|won['’]t|remains?)$/i;

// An election named by its month ("the November election", "June's referendum") is set long
// before it is held: the coming one, unless the sentence tells of it in the past, and then the
// nearest.
const VOTE_AFTER_RE =
  /^(?:['’]s)? (?:[\w.-]+ ){0,3}?(?:elections?|primar(?:y|ies)|caucus(?:es)?|referendum|ballot|run-?off|vote|convention|showdown|contest|match-?up)\b/;
// So is a win or a vote "in November": "winning in November", "vote Republican in November",
// and the vote itself named first: "the party's convention in July".
const VOTE_BEFORE_RE =
  /\b(?:(?:win|wins|winning|victory|vote|votes|voting|elected|ballots?)\b(?:\s+[\w’']+){0,3}|(?:elections?|primar(?:y|ies)|caucus(?:es)?|referendum|runoff|convention))\s+in\s+$/i;
// A month months away is also what a story moves toward ("heading into November"); a weekday
// "heading into Tuesday's vote" is as often told after the vote.
const TOWARD_RE =
  /\b(?:(?:head|go)(?:s|ing)? into|towards?|closer to|look(?:s|ing)? ahead to)\s+(?:the\s+)?$/i;

const DAY_RANGE_RE = new RegExp(
  `${B}(\\d{1,2})(?:st|nd|rd|th)?(?: ?[-–] ?| to | and | or | through )(\\d{1,2})(?:st|nd|rd|th)? (${MONTH_RE})(?:,? (${YEAR_RE}))?${E}`,
  'g',
);

function dayRangeRule(which: 'first' | 'second'): Rule {
  return {
    re: new RegExp(DAY_RANGE_RE.source, 'g'),
    priority: 2,
    need: /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/,
    text: /\d(?: ?[-–] ?| to | and | or | through )\d/,
    build: (m) => {
      const first = monthAndDay(m[3], m[1]);
      const second = monthAndDay(m[3], m[2]);
      if (!first || !second || second.day <= first.day) return null;
      const { month, day } = which === 'first' ? first : second;
      const year = m[4] ? n(m[4]) : null;
      return {
        trimStart: which === 'first' ? 0 : m[0].search(/\d+(?:st|nd|rd|th)? [A-Z]/),
        trimEnd: which === 'first' ? m[0].length - (m[1] ?? '').length : 0,
        resolve: (ctx) => {
          if (year !== null) return date(dayPoint({ year, month, day }));
          if (!ctx.anchor) return { type: 'DATE', value: `XXXX-${pad2(month)}-${pad2(day)}` };
          // The year the last day falls in, as the date rule reads it, holds the whole range.
          const y = yearForMonthDay(ctx.anchor, month, second.day, ctx.tense, ctx.firmTense);
          return date(dayPoint({ year: y, month, day }));
        },
      };
    },
  };
}

// "the quarter ended Sept. 30", "the third quarter ending March 31, 2018": the day the period
// ends, written just after it.
const PERIOD_END_RE = new RegExp(
  `^ (ended|ending) (${MONTH_RE}) (\\d{1,2})(?:st|nd|rd|th)?(?:,? (${YEAR_RE}))?(?![\\d:])`,
);

/** The day a quarter named at `end` of the text is said to have ended (or to end) on. */
function periodEnd(input: string, end: number, ctx: ResolveContext): Day | null {
  const m = PERIOD_END_RE.exec(input.slice(end, end + 32));
  const md = m ? monthAndDay(m[2], m[3]) : null;
  if (!m || !md || !ctx.anchor) return null;
  const { month, day } = md;
  // A period that "ended" is over by publication; one "ending" may still run.
  const ended = m[1] === 'ended';
  const year = m[4]
    ? n(m[4])
    : yearForMonthDay(ctx.anchor, month, day, ended ? 'past' : ctx.tense, ended || ctx.firmTense);
  return { year, month, day };
}

/**
 * The year a story told in the past is about, for a day written without one: "In 2008 the
 * senator ran; on March 4 she won" means March 4, 2008, as the reader takes the year just
 * written. The publication year needs no such help, and a story told in the past is of years
 * before it.
 */
function toldYear(ctx: ResolveContext, day = false): number | null {
  if (!ctx.anchor || ctx.tense !== 'past') return null;
  const year = ctx.writtenYear ?? (day ? ctx.datedYear : null) ?? null;
  return year !== null && year < ctx.anchor.year ? year : null;
}

/**
 * The tense to place a month (or a month and day) by: one awaited or voted in lies ahead; a vote
 * told as past, or a deadline ("by August") not told as future, is the nearest; else `told`.
 */
function scheduledTense(
  ctx: ResolveContext,
  told: Tense,
  ahead: boolean,
  vote: boolean,
  deadline: boolean,
): Tense {
  if (ahead) return 'future';
  // What has gone on since a vote ("since the March election") began with it: held already.
  if (vote && ctx.firmTense && told === 'past') return 'past';
  // A deadline is the nearest such date unless the sentence looks ahead, or tells it firmly as
  // past ("By October, the team ran out of cash").
  const pastDeadline = ctx.tense === 'past' && ctx.firmTense;
  return vote || (deadline && ctx.tense !== 'future' && !pastDeadline) ? 'present' : told;
}

/**
 * "That September", "later that October", "in that same June": the month of the year the story
 * tells, "that" in its extent as in "that year". Only where "that" cannot be the conjunction
 * ("said that October sales rose"): opening a sentence or after a preposition or "later"; never
 * before "May" or "March", which are names and verbs as often, unless a comma closes the month
 * ("That March, he was promoted").
 */
const THAT_MONTH_RE =
  '(?:(?<=^|[.!?"“”]\\s*|\\n|\\b(?:in|by|of|until|during|since|later|earlier|early|late|through)\\s)[Tt]hat (?:same )?(?!May\\b|March\\b(?!,)))';
const THAT_MONTH_START_RE = /^[Tt]hat /;
/** "That Friday" where "that" cannot be the conjunction: opening a sentence or after "on". */
const THAT_DAY_RE = '(?<=(?:^|[.!?"“”]\\s*|\\n|\\b(?:on|by|until|later|earlier|since)\\s))[Tt]hat';

/** What a race or elapsed time follows: "won in ", "a time of ", "clocked ", "was ". */
const ELAPSED_BEFORE_RE =
  /\b(?:in|of|clocked|timed|time was|time is|was|finished|won|ran|record)\s+(?:a\s+)?(?:(?:record|course|winning|personal|best)\s+)?$/i;

/**
 * "next Saturday", "last Monday", "this Friday" seen from `anchor`. "This Friday" is the Friday of
 * the week under way, whichever verb tells of it ("said this Friday would decide"); only a future
 * looks past a day already gone, and a past verb of its own clause (`firm`) back from one still
 * ahead. "Next" and "last" never name the day itself.
 */
function qualifiedWeekday(
  anchor: Day,
  weekday: number,
  which: string,
  tense: Tense,
  firm = false,
): Day {
  if (which === 'this') {
    let offset = weekday - isoWeekday(anchor);
    if (tense === 'future' && offset < 0) offset += 7;
    if (firm && tense === 'past' && offset > 0) offset -= 7;
    return addDays(anchor, offset);
  }
  const ahead = which !== 'last';
  const day = resolveWeekday(anchor, weekday, ahead ? 'future' : 'past');
  if (formatDay(day) !== formatDay(anchor)) return day;
  return addDays(day, ahead ? 7 : -7);
}

/** A modal and its verb right before a weekday: "could last through ", "may reopen on ". */
const MODAL_AHEAD_BEFORE_RE =
  /\b(?:could|might|may|should|will|would|can)\s+(?:(?:not|still|also|likely)\s+)?(?!have\b|be\s+\w+ed\b)[a-z]+\s+(?:(?:through|until|till|by|on|before|as early as|as soon as)\s+)?(?:at least\s+)?$/i;

/** A month named just before this one and joined to it: "January and ", "April, May or ". */
const MONTH_JOINED_BEFORE_RE = new RegExp(`\\b(${MONTH_RE}),?(?: (?:and|or))? $`);

/** A month that starts a span, just before the month that ends it: "from November to ". */
const MONTH_RANGE_START_RE = new RegExp(
  `\\b(?:[Ff]rom|[Bb]etween) (${MONTH_RE}) (?:to|and|until|till|through) $`,
);
/** The month that ends a span, just after the month that starts it: " to February". */
const MONTH_RANGE_END_RE = new RegExp(
  `^ (?:to|and|until|till|through) (${MONTH_RE})(?![\\w-]|,? \\d| \\d)`,
);

/** "every Monday", "each Tuesday, Thursday": the head of a list of weekdays that recur. */
const EVERY_LIST_RE = `\\b(?:every|each) (?:other )?${WEEKDAY_RE}(?:, ${WEEKDAY_RE})*`;

/** Words before "weekends" that count them or pick some out: then no set of every weekend. */
const WEEKENDS_PICKED_RE =
  /\b(?:the|these|those|this|that|recent|past|last|next|coming|few|several|many|consecutive|successive|straight|other|such|of|his|her|their|my|our|your|its|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+$/i;

// The words of a company's results; a story that uses them speaks of quarters.
const RESULTS_NOUN = 'results|earnings|profits?|revenues?|sales|loss(?:es)?|income';
const RESULTS_WORD_RE = new RegExp(`\\b(?:${RESULTS_NOUN}|per share|quarter(?:ly)?)\\b`, 'i');
// The results a quarter closes with ("third-quarter earnings", "results for the third quarter").
const QUARTER_RESULTS = `(?:${RESULTS_NOUN}|figures|numbers|data|statistics|gdp|growth|output)`;
// The figures a month's data come out as ("February figures", "April retail sales", "the May
// jobs report"): published after the month, so told in the future it is the latest month gone.
const MONTH_FIGURES_AFTER_RE =
  /^(?: (?:retail|consumer|producer|housing|factory|durable|goods|trade|jobs|jobless|employment|unemployment|inflation|price|home|car|auto|vehicle|export|import|payroll|manufacturing|industrial))* (?:figures|data|numbers|statistics|sales|report|payrolls|readings?|index|output|starts)\b/i;
const RESULTS_AFTER_RE = new RegExp(
  `^(?:\\s+(?:net|operating|pretax|pre-tax|adjusted|core|financial|fiscal))*\\s+${QUARTER_RESULTS}\\b`,
  'i',
);
const RESULTS_BEFORE_RE = new RegExp(`\\b${QUARTER_RESULTS}\\s+for\\s+(?:the\\s+|its\\s+)?$`, 'i');

/**
 * The year of a quarter named without one. Results told in the future ("will report third-quarter
 * earnings next week", written in October) are the quarter just closed, not next year's.
 */
function quarterYear(
  ctx: ResolveContext,
  anchor: Day,
  quarter: number,
  input: string,
  index: number,
  length: number,
): number {
  const results =
    RESULTS_AFTER_RE.test(input.slice(index + length, index + length + 40)) ||
    RESULTS_BEFORE_RE.test(precedingText(input, index, 30));
  if (results && ctx.tense === 'future') return yearForReportedQuarter(anchor, quarter);
  return yearForQuarter(anchor, quarter, ctx.tense, ctx.firmTense);
}

/** Things named for a holiday ("Christmas trees", "Easter eggs"): the name then dates nothing. */
const HOLIDAY_THING_AFTER_RE =
  /^ (?:trees?|cards?|carols?|lights|ornaments?|decorations?|stockings?|wreaths?|eggs?|baskets?|bunny|candy|costumes?|pumpkins?|turkeys?|songs?|music|movies?|films?|sweaters?|presents|gifts|cookies|pageants?|album)\b/i;

/** "That year", "later that week", "that day": the unit of the date the story last named. */
function resolveThat(unit: string, ctx: ResolveContext, ref: Point | null): Resolved | null {
  // A weekday or a day counted to ("two days later") names no point to count from, but
  // "that day" just after it is that day.
  if (unit === 'day' && ctx.recentDay) return date(dayPoint(ctx.recentDay), undefined, false);
  if (!ref) return null;
  if (unit === 'year') return date({ grain: 'year', year: ref.year }, undefined, false);
  if (unit === 'quarter' && ref.grain === 'quarter') return date(ref, undefined, false);
  if (unit === 'month' && (ref.grain === 'month' || ref.grain === 'day') && ref.month)
    return date(monthPoint(ref.year, ref.month), undefined, false);
  // A day still ahead, or a day of a month still ahead, is not one a sentence in the past tells
  // of: some day the story implies ("not over in February ... The strategy outlined that day").
  if (
    unit === 'day' &&
    (ref.grain === 'day' || ref.grain === 'month') &&
    ctx.anchor &&
    afterDay(ref, ctx.anchor) &&
    ctx.tense === 'past'
  )
    return { type: 'DATE', value: 'XXXX-XX-XX' };
  if (unit === 'day' && ref.grain === 'day') return date(ref, undefined, false);
  // "later that week": the week of the day the story named.
  if (unit === 'week' && ref.grain === 'day' && ref.month && ref.day)
    return date(weekPoint({ year: ref.year, month: ref.month, day: ref.day }), undefined, false);
  if (unit === 'week' && ref.grain === 'week') return date(ref, undefined, false);
  // "that weekend": the weekend of the week of the day the story named.
  if (unit === 'weekend' && ref.grain === 'day' && ref.month && ref.day) {
    const week = weekPoint({ year: ref.year, month: ref.month, day: ref.day });
    return weekendOf(week);
  }
  // "that day" after a month named: a day of that month, which the story does not give.
  if (unit === 'day' && ref.grain === 'month' && ref.month)
    return { type: 'DATE', value: `${formatPoint(ref)}-XX` };
  return null;
}

/** Centuries counted in words ("the fifth century", "the twenty-first century"). */
const CENTURY_WORDS: Record<string, number> = Object.fromEntries(
  Object.entries(ORDINAL_WORDS).filter(([, n]) => n <= 21),
);

/**
 * A calendar quarter named by a word rather than its number ("the March quarter", "the holiday
 * quarter"): of the year written with it, else placed as a story of quarters places one.
 */
function namedQuarter(
  m: RegExpExecArray,
  quarter: number,
  yearWord: string | undefined,
): BuildResult {
  const explicit = yearWord ? n(yearWord) : null;
  return {
    resolve: (ctx) => {
      if (explicit !== null) return date({ grain: 'quarter', year: explicit, quarter });
      if (!ctx.anchor) return { type: 'DATE', value: `XXXX-Q${quarter}` };
      const year = quarterYear(ctx, ctx.anchor, quarter, m.input, m.index, m[0].length);
      return date({ grain: 'quarter', year, quarter });
    },
  };
}

/** The weekend of an ISO week, as TimeML writes it: "2017-W26-WE". */
function weekendOf(week: Point): Resolved {
  return { type: 'DATE', value: `${formatPoint(week)}-WE` };
}

/** A weekday and the word joining the next to it: "Tuesday and", "Sunday night into", "Friday-". */
const PAIRED_WEEKDAY_BEFORE_RE = new RegExp(
  `\\b(${WEEKDAY_RE})(?: (?:morning|afternoon|evening|night))?(?:,? (?:and|or|through|to|until|till|into|then)| ?[-–]) (?:on )?$`,
);

/** Words of a clause that tell a habit kept over years: "never missed", "for decades", "in 40 years". */
const HABIT_CLAUSE_RE =
  /\b(?:never|always|rarely|seldom|used to|every|each|regularly)\b|\bfor (?:decades|years|generations|\d+ years)\b|\bin (?:\d+|[a-z]+ty) years\b/i;

/**
 * Words of a match report: a half or quarter near them is a period of play. A score counts too
 * when a side leads, trails or beats another by it ("led 14-3", "a 21-7 lead"), and so do a
 * player's points ("had 18 points"): "the Dow fell 120 points in the first half" has neither.
 */
const PLAY_CUE_RE =
  /\b(?:scor(?:ed|ing)|equali[sz](?:ed|er|ing)|penalty|header|striker|goalkeeper|half-time|halftime|kick-off|sent off|red card|touchdowns?|free kick|quarterback|field goals?|innings?|rebounds|interceptions?|outscored|outscoring)\b|\b(?:led|leading|trailed|trailing|beat|edged|routed|rallied)\b[^.;]{0,30}\b\d{1,3}-\d{1,3}\b|\b\d{1,3}-\d{1,3} (?:lead|deficit|advantage|win|loss|victory|defeat)\b|\b(?:had|scored|added|with|totaled|tallied) \d{1,3} points\b/i;

/**
 * A unit right after a count, or after what may stand between them ("two more weeks", "five
 * trading days"): every span the count rule matches holds one. Found from the unit, which is rare,
 * and only then looked back from, it rules out at little cost the many windows whose unit no
 * count leads into ("last year", "the day").
 */
const SPAN_UNIT_RE = new RegExp(
  `\\b(?:centur|decade|year|quarter|month|week|fortnight|day|hour|minute|second)(?<=(?:${COUNT_END_RE}|\\b(?:another|more|trading|business|working|consecutive|straight|successive))[- ][a-z]+)`,
  'i',
);

export const RULES: Rule[] = [
  // Weekday, Month Day, Year ("Friday, Aug. 7, 1998"), Month Day ("June 30"), Month Day Year.
  {
    re: new RegExp(
      `${B}(?:(${WEEKDAY_RE}),? )?(${MONTH_RE}) (\\d{1,2}(?:st|nd|rd|th)?|(?<=[A-Z][a-z.]* )(?:the )?${DAY_ORDINAL_RE}(?![\\w-])(?! (?!(?:of|and|to|through|at|in|on|until|when|was|is|will)\\b)[a-z]))(?:(?:,| of|,? in)? (${YEAR_RE})| of (this|last|next|that) year\\b)?(?!\\d|:\\d|,\\d)`,
      'g',
    ),
    priority: 1,
    need: /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/,
    // A month, then its day: "June 30", "Aug. 7".
    // An ordinal in words ends as one in digits does: "twenty-second", "first".
    text: /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? (?:\d|(?:the )?[a-z]+(?:[- ][a-z]+)?(?:st|nd|rd|th)\b)/,
    build: (m) => {
      const md = monthAndDay(m[2], m[3]);
      if (!md) return null;
      const { month, day } = md;
      const weekday = m[1] ? weekdayNumber(m[1]) : null;
      // "Oct. 3-5, 2013": the year written after the range is the first day's too.
      const rangeYear = m[4]
        ? null
        : /^ ?[-–] ?\d{1,2}(?:st|nd|rd|th)?,? (\d{4})\b/.exec(textAfter(m, 16));
      const year = m[4] ? n(m[4]) : rangeYear ? n(rangeYear[1]) : null;
      // "March 3 of last year": the day of a year named by its distance from publication, or of
      // the year the story last named ("of that year").
      const relativeYear = m[5]?.toLowerCase();
      // "the quarter ended Sept. 30": the end of a period already named, not a new anchor.
      const before = textBefore(m, 10);
      const anchorable = !/\b(?:ended|ending|through)\s$/i.test(before);
      const deadline = /\b(?:by|until|till|through)\s$/i.test(before);
      const rangeEnd =
        /\b(?:to|through|until|till)\s$/i.test(before) && /\bfrom\s/i.test(textBefore(m, 40));
      // "The Sept. 11 attacks" name one event, as a holiday names its day: 2001, not this year; so
      // do its "attackers" and "hijackers", as for "9/11" (the singular "September 11 attack" may
      // name another one, on a later Sept. 11).
      // "the victims of Sept. 11", "in the aftermath of Sept. 11": the people or the time the
      // attacks left.
      const attacks =
        month === 9 &&
        day === 11 &&
        year === null &&
        (/^ (?:terror(?:ist)? )?(?:attacks|attackers|hijack(?:ers|ings?))\b/i.test(
          textAfter(m, 20),
        ) ||
          /\b(?:victims|families|survivors|aftermath|wake|heroes|memory|lessons|legacy) of (?:the )?$/i.test(
            textBefore(m, 24),
          ));
      // "the Nov. 8 election", as "the November election": the coming one unless told as past.
      const end = m.index + m[0].length;
      const vote = year === null && VOTE_AFTER_RE.test(m.input.slice(end, end + 40));
      return {
        resolve: (ctx) => {
          if (attacks) return date(dayPoint({ year: 2001, month, day }), undefined, false);
          if (year !== null) return date(dayPoint({ year, month, day }), undefined, anchorable);
          const named = relativeYear ? yearNamed(relativeYear, ctx) : null;
          if (named !== null) return date(dayPoint({ year: named, month, day }));
          if (!ctx.anchor) return { type: 'DATE', value: `XXXX-${pad2(month)}-${pad2(day)}` };
          const ahead = vote && ctx.tense !== 'past';
          const told = ahead ? null : toldYear(ctx, true);
          if (told !== null)
            return date(dayPoint({ year: told, month, day }), undefined, anchorable);
          const tense = scheduledTense(ctx, ctx.tense, ahead, vote, deadline);
          let y = yearOnWeekday(
            yearForMonthDay(ctx.anchor, month, day, tense, ctx.firmTense || ahead),
            month,
            day,
            weekday,
            ctx.anchor,
            tense,
          );
          // "from June 1 through Nov. 30": a range ends after it starts.
          const start = rangeEnd ? ctx.recentDay : null;
          if (start && formatDay({ year: y, month, day }) < formatDay(start)) y += 1;
          return date(dayPoint({ year: y, month, day }), undefined, anchorable);
        },
      };
    },
  },
  // Day Month Year ("6 July 2017", "6th July", "the 6th of July"), with a weekday before it as
  // British news writes the date ("Thursday 6 July", "Thursday, 6 July 2017").
  {
    re: new RegExp(
      `${B}(?:(${WEEKDAY_RE}),? )?(?:[Tt]he (?=\\d{1,2}(?:st|nd|rd|th)|${DAY_ORDINAL_RE} of [A-Z]))?(\\d{1,2}|(?<=\\b[Tt]he )${DAY_ORDINAL_RE}(?= of))(?:(?:st|nd|rd|th)(?: of)?| of(?<=[a-z] of))? (${MONTH_RE})(?:,? (${YEAR_RE})| (?:of )?(this|last|next) year)?${E}`,
      'g',
    ),
    priority: 2,
    need: /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/,
    // The day before its month: "6 July", "the 6th of July".
    text: /(?:\d|[a-z](?=st|nd|rd|th))(?:st|nd|rd|th)?(?: of)? [JFMASOND]/,
    build: (m) => {
      const md = monthAndDay(m[3], m[2]);
      if (!md) return null;
      const { month, day } = md;
      const year = m[4] ? n(m[4]) : null;
      const weekday = m[1] ? weekdayNumber(m[1]) : null;
      return {
        resolve: (ctx) => {
          if (year !== null) return date(dayPoint({ year, month, day }));
          // "15 March last year", "1 January next year": the day in the year named after it.
          const named = m[5] ? yearNamed(m[5], ctx) : null;
          if (named !== null) return date(dayPoint({ year: named, month, day }));
          const anchor = ctx.anchor;
          if (!anchor) return { type: 'DATE', value: `XXXX-${pad2(month)}-${pad2(day)}` };
          return date(
            dayPoint({
              year:
                toldYear(ctx, true) ??
                yearOnWeekday(
                  yearForMonthDay(anchor, month, day, ctx.tense, ctx.firmTense),
                  month,
                  day,
                  weekday,
                  anchor,
                  ctx.tense,
                ),
              month,
              day,
            }),
          );
        },
      };
    },
  },
  // A range of days before their month, as British news writes it ("12-14 March", "4 to 6 June
  // 2013"): each day is a date of its own in TimeML, in the month and year written after the
  // second. The first rule takes the first day, the second the rest.
  dayRangeRule('first'),
  dayRangeRule('second'),
  // "the first week of March", "the last week of June 2016": one week, not the month. The week
  // that holds most of the month's first (or last) seven days, as ISO counts weeks. "The last day
  // of June", "the first day of March 2018": that day of the month, one DATE.
  {
    re: new RegExp(
      `${B}(?:the )?(first|second|third|fourth|fifth|last|final) (week|day) of (${MONTH_RE})(?:,? (${YEAR_RE}))?(?![\\w\\d]|\\.? \\d)`,
      'gi',
    ),
    priority: 3,
    need: /\bweek|^day$/,
    text: /\b(?:week|day) of /i,
    build: (m) => {
      const word = m[3] ?? '';
      if (!isCapitalized(word)) return null;
      const month = monthNumber(word);
      if (!month) return null;
      const ordinalWord = (m[1] ?? '').toLowerCase();
      const fromEnd = ordinalWord === 'last' || ordinalWord === 'final';
      const ordinal = fromEnd ? 1 : (ORDINALS[ordinalWord] ?? 1);
      const week = /^week$/i.test(m[2] ?? '');
      const year = m[4] ? n(m[4]) : null;
      return {
        resolve: (ctx) => {
          const y =
            year ?? (ctx.anchor ? yearForMonth(ctx.anchor, month, ctx.tense, ctx.firmTense) : null);
          if (y === null) {
            if (week || fromEnd) return null;
            return { type: 'DATE', value: `XXXX-${pad2(month)}-${pad2(ordinal)}` };
          }
          const last: Day = { year: y, month, day: daysInMonth(y, month) };
          const first: Day = { year: y, month, day: 1 };
          if (!week) return date(dayPoint(fromEnd ? last : { year: y, month, day: ordinal }));
          if (fromEnd) return date(edgeWeek(last, 'last'));
          return date(shift(edgeWeek(first, 'first'), 'week', ordinal - 1));
        },
      };
    },
  },
  // Month with a year or alone, with its edge ("late November", "mid-1996" is below).
  {
    re: new RegExp(
      `${B}(?:(${EDGE_RE}|${HALF_OF_RE})|(last|this|next|this past|this coming|the following|the next|the previous) |${THAT_MONTH_RE})?(${MONTH_RE})(?:,?(?: of)? (${YEAR_RE})|( (?:of )?(?:this|last|next|that) year))?(?![\\w\\d]|\\.? \\d)`,
      'gi',
    ),
    priority: 3,
    need: /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/,
    build: (m) => {
      const word = m[3] ?? '';
      if (!isCapitalized(word)) return null;
      const month = monthNumber(word);
      if (!month) return null;
      const before = textBefore(m, 12).toLowerCase();
      // A plan moved to a month ("the vote was delayed to May") is moved to one still ahead.
      const rescheduled =
        RESCHEDULED_RE.test(textBefore(m, 60)) && !/\bhad\b/i.test(textBefore(m, 24));
      if (word === 'May' && !m[4] && !m[1] && !m[2]) {
        // "May" is a month only where a month can stand: after a preposition or a comma, or
        // after a word that sets a time ("scheduled for May", "delayed to May"); "support for
        // May" is the politician.
        if (
          !/(?:\b(?:in|since|until|till|by|of|from|through|to|during|before|after|between|and|or|early|late|mid|until)\s|,\s)$/.test(
            before,
          ) &&
          !SET_FOR_BEFORE_RE.test(textBefore(m, 24)) &&
          !rescheduled &&
          // "the May jobs report", "its May election": a figure or a vote of the month.
          !(/\b(?:the|its|their|a)\s$/.test(before) && FIGURE_AFTER_RE.test(textAfter(m, 16))) &&
          !MONTH_FIGURE_AFTER_RE.test(textAfter(m, 18))
        )
          return null;
      }
      if (
        word === 'March' &&
        !m[4] &&
        !m[1] &&
        !m[2] &&
        !THAT_MONTH_START_RE.test(m[0]) &&
        !/\b(?:in|since|until|by|of|from|through|to|during|before|after|and)\s$/.test(before) &&
        // "figures for March", "compared with March", "That March": the month, unless the
        // march goes somewhere ("plans for a March on Washington" is the protest's).
        !(
          /(?:\b(?:for|with|than|over|till|until)|(?:^|[.!?]\s|\n)that)\s$/.test(before) &&
          !MARCH_GOING_AFTER_RE.test(textAfter(m, 12))
        ) &&
        // "March exports rose", "will report March retail sales": a figure the month brings out.
        !(!/['’]s\s$/.test(before) && FIGURE_AFTER_RE.test(textAfter(m, 16))) &&
        !MONTH_FIGURE_AFTER_RE.test(textAfter(m, 18)) &&
        // "the March accession", "her March remarks": the month before a noun, not "the March
        // on Washington".
        !(
          /(?:\b(?:the|a|its|his|her|their|our|your)|\w['’]s)\s$/.test(before) &&
          !MARCHERS_BEFORE_RE.test(textBefore(m, 16)) &&
          MONTH_BEFORE_NOUN_RE.test(textAfter(m, 16)) &&
          // "Saturday's March saw thousands": after a day's possessive only a figure or a vote
          // the day brought makes it the month ("Friday's March jobs report").
          !(DAY_OWNED_BEFORE_RE.test(textBefore(m, 16)) && !FIGURE_AFTER_RE.test(textAfter(m, 16)))
        )
      )
        return null; // "Jan Kavan": an abbreviation without its period stands for a month only with a day or year.
      if (/^(?:Jan|Feb|Aug|Sept?|Oct|Nov|Dec)$/.test(word) && !m[4] && !m[5]) return null;
      const lead = textBefore(m, 24);
      const end = m.index + m[0].length;
      // "the October Revolution", "April Dunmore asked": a month inside the name of an event, or
      // one of the months that are first names, where no preposition, determiner or adjective
      // leads into a month ("In April Congress", "the disastrous February New Hampshire debate").
      if (!m[1] && !m[2] && !m[4] && !m[5]) {
        const next = m.input.slice(end, end + 16);
        if (EVENT_AFTER_MONTH_RE.test(next)) return null;
        // "May Street", "June Avenue": a street named for the month.
        if (STREET_WORD_AFTER_RE.test(next)) return null;
        if (
          /^(?:April|June|August)$/.test(word) &&
          /^ [A-Z][a-z]/.test(next) &&
          !MONTH_LEAD_RE.test(before) &&
          !DATING_AFTER_MONTH_RE.test(next)
        )
          return null;
      }
      // "from November to February", "between January and March": one span, whose months take
      // their years together (a story told as past places it by its end, one looking ahead by
      // its start), so the span never ends before it starts.
      const bare = !m[1] && !m[2] && !m[4] && !m[5];
      const startOf = bare ? MONTH_RANGE_START_RE.exec(lead) : null;
      const endOf =
        bare && /\b(?:from|between)\s$/.test(before)
          ? MONTH_RANGE_END_RE.exec(m.input.slice(end, end + 16))
          : null;
      const partner = monthNumber(startOf?.[1] ?? endOf?.[1] ?? '');
      const deadline = !startOf && /\b(?:by|until|till|through)\s$/i.test(before);
      const awaited = AWAITING_RE.test(lead) || TOWARD_RE.test(lead) || rescheduled;
      // "said that October sales rose": "that" opens the clause reported; it points at no year.
      const anaphoric =
        THAT_MONTH_START_RE.test(m[0]) ||
        (!m[1] &&
          !m[2] &&
          /\b(?:that|that same|the same)\s+$/i.test(lead) &&
          !THAT_AS_CONJUNCTION_RE.test(lead.replace(/\s*\b(?:that|that same|the same)\s+$/i, ' ')));
      const vote =
        VOTE_AFTER_RE.test(m.input.slice(end, end + 40)) || VOTE_BEFORE_RE.test(textBefore(m, 40));
      const mod = edgeMod(m[1]);
      const which = whichOf(m[2]);
      const violent =
        bare && VIOLENCE_BEFORE_RE.test(textBefore(m, 60).replace(/\b(?:in|during)\s$/, ''));
      const year = m[4] ? n(m[4]) : null;
      const relativeYear = m[5]?.replace(/^ (?:of )?| year$/g, '').toLowerCase();
      // "in that October speech": "that" is the noun's; the month alone is the expression.
      const after = textAfter(m, 16);
      const thatOfNoun =
        THAT_MONTH_START_RE.test(m[0]) &&
        MONTH_BEFORE_NOUN_RE.test(after) &&
        !/^ (?:the|a|an|his|her|its|their|they|she|he|we|it|there|when|after|before)\b/i.test(
          after,
        );
      return {
        trimStart: thatOfNoun ? m[0].indexOf(word) : 0,
        resolve: (ctx) => {
          if (year !== null) return date(monthPoint(year, month), mod);
          const named = relativeYear ? yearNamed(relativeYear, ctx) : null;
          if (named !== null) return date(monthPoint(named, month), mod);
          if (!ctx.anchor) return withMod({ type: 'DATE', value: `XXXX-${pad2(month)}` }, mod);
          // "in January and February", "April, May or June": a month joined to the one just
          // named follows it, in its year or the next.
          const joined = bare ? MONTH_JOINED_BEFORE_RE.exec(lead) : null;
          const prior = ctx.lastRef;
          const joinedTo = monthNumber(joined?.[1] ?? '');
          const joinedYear =
            joinedTo && prior?.grain === 'month' && prior.month === joinedTo
              ? prior.year + (month < joinedTo ? 1 : 0)
              : null;
          // Told in the past, the list never reaches past publication ("the polls in February
          // and October", written in May, took October from the year before).
          if (
            joinedYear !== null &&
            !(
              ctx.tense === 'past' &&
              (joinedYear - ctx.anchor.year) * 12 + month - ctx.anchor.month > 0
            )
          )
            return date(monthPoint(joinedYear, month), mod);
          // "lost the election that November": the month of the year the story is telling.
          if (anaphoric && ctx.nearRef && ctx.nearRef.year !== ctx.anchor.year)
            return date(monthPoint(ctx.nearRef.year, month), mod);
          // "She moved in 1994. The following October ...": the first such month after the date
          // the story told (the year after a year named alone), or the last before it.
          const told = /^the /i.test(m[2] ?? '') ? (ctx.nearRef ?? null) : null;
          if (told && which !== null && which !== 0) {
            const after = which === 1;
            const base = told.month ?? (after ? 12 : 1);
            const y0 = after
              ? told.year + (month > base ? 0 : 1)
              : told.year - (month < base ? 0 : 1);
            return date(monthPoint(y0, month), mod);
          }
          let y: number;
          if (which === -1) {
            y = month < ctx.anchor.month ? ctx.anchor.year : ctx.anchor.year - 1;
            // "last February" written in March is a year before: the month just past is "last
            // month" (or "this past February").
            const justPast = (ctx.anchor.month - month + 12) % 12 === 1;
            if (justPast && /^last$/i.test(m[2] ?? '')) y -= 1;
          } else if (which === 1)
            y = month > ctx.anchor.month ? ctx.anchor.year : ctx.anchor.year + 1;
          else if (which === 0) y = ctx.anchor.year;
          else if (
            bare &&
            ctx.tense === 'future' &&
            MONTH_FIGURES_AFTER_RE.test(m.input.slice(end, end + 40))
          )
            y = yearForReportedMonth(ctx.anchor, month);
          else {
            // A deadline ("by August") lies ahead when the sentence looks ahead, else nearest; a
            // month awaited or voted in lies ahead unless the sentence tells of it as past.
            const told = ctx.outlook ?? ctx.tense;
            const ahead = awaited || (vote && told !== 'past');
            // "will look into the shooting in August": a violent event its month dates has
            // happened, whatever the sentence's tense.
            const tense = violent ? 'past' : scheduledTense(ctx, told, ahead, vote, deadline);
            const anchor = ctx.anchor;
            const yearOf = (mo: number): number =>
              (ahead ? null : toldYear(ctx)) ??
              yearForMonth(anchor, mo, tense, ctx.firmTense || ahead);
            y = yearOf(month);
            // A span told in the present ("the season runs from September through May") is
            // placed by its start, as a coming one is.
            const byStart = tense !== 'past';
            if (partner && startOf && byStart) y = yearOf(partner) + (month < partner ? 1 : 0);
            if (partner && endOf && !byStart) y = yearOf(partner) - (month > partner ? 1 : 0);
            // Told in the present, a span under way at publication is that one: "the season runs
            // from September through May" written in April is the season now ending.
            const under =
              partner && tense === 'present'
                ? spanUnderWay(anchor, startOf ? partner : month, startOf ? month : partner)
                : null;
            if (under !== null) y = startOf ? under + (month < (partner ?? 0) ? 1 : 0) : under;
          }
          return date(monthPoint(y, month), mod);
        },
      };
    },
  },
  // A year, fiscal year or year with an edge ("1998", "fiscal 1989", "FY2024", "mid-1996",
  // "the end of fiscal 2016", "post-1959").
  {
    re: new RegExp(
      `${B}(?:(${EDGE_RE})(?:fiscal |calendar |fiscal year )?|((?:fiscal|calendar|fiscal year|the year|model year) |pre-|post-|FY ?))?(${YEAR_RE})(?:[-–/](\\d\\d)(?![\\d–/-]))?( and beyond| or later| or earlier)?(?![\\d%]|,\\d|\\.\\d|-(?!${YEAR_RE}(?![\\d-])|\\d\\d?(?![\\d-]))|:\\d|s\\b| percent)`,
      'gi',
    ),
    priority: 4,
    need: /(?:\b|fy)(?:1[6-9]|20)\d\d/,
    build: (m) => {
      const year = n(m[3]);
      const yearEnd = m.index + m[0].indexOf(m[3] ?? '') + 4;
      // "the 2012-13 season", "fiscal 2015-16": one season or fiscal year named by the two years
      // it straddles, one DATE valued by its first; another range of years ("the 2011-12 slump")
      // ends on a date of its own, and the year here is its first alone.
      const split = m[4] ? splitYear(m.input, year, n(m[4]), m[2], m.index, yearEnd + 3) : false;
      const trimEnd = m[4] && !split ? m[0].length - (yearEnd - m.index) : 0;
      const after = m.input.slice(yearEnd, yearEnd + 20);
      const before = textBefore(m, 12).toLowerCase();
      // "the 1990's" is a decade, read by its own rule; "2001's" is the year's.
      if (/^['’]s\b/.test(after) && year % 10 === 0) return null;
      // A count of things ("2000 people") is no year, unless a preposition says it is one. A
      // year names the event after a determiner or a possessive ("the 1994 strikes", "her 2008
      // campaign", "Ohio's 2012 results", "the 2004 and 2008 races"), unless a measure follows
      // ("the 1500 meters"), and "is", "was", "has" are verbs.
      const countLike =
        /^ (?!(?:is|was|has|does|as|its|his|this|thus|plus|versus|unless)\b)[a-z]+s\b/.test(
          after,
        ) &&
        !m[1] &&
        !m[2] &&
        !/\b(?:in|since|of|by|until|for|from|before|after|during|through|to)\s$/.test(before) &&
        (!YEAR_AS_MODIFIER_BEFORE_RE.test(before) || MEASURE_AFTER_RE.test(after));
      // "the Republican 2020 hopefuls", "all 2016 campaigns": what a year's race is made of.
      const race = countLike && YEARS_RACE_AFTER_RE.test(after);
      if (countLike && !race) return null;
      // "$1999", "flight 1822", "Room 2014", "Gate 1210": a price or a number that names a place;
      // "Resolution 1973", "Article 1989", "Section 2020", "Highway 1960", "Exit 2010": a number
      // that names a text or a road ("the number was 1776" too).
      if (!m[1]) {
        const trimmed = before.endsWith(' ') ? before.slice(0, -1) : before;
        const label = trimmed.slice(trimmed.lastIndexOf(' ') + 1);
        if (
          NUMBER_LABEL_RE.test(label) ||
          ((label === 'is' || label === 'was') && /\b(?:number|no\.) (?:is|was)\s$/.test(before))
        )
          return null;
      }
      // "the 1900 block of", "2018 Larch Street", "1850 W. Grove Ave.", "H.R. 2017": a street
      // address or a bill's number.
      if (
        !m[1] &&
        !m[2] &&
        (/^ block\b/i.test(after) ||
          (/^ [A-Z]/.test(after) && STREET_AFTER_RE.test(m.input.slice(yearEnd, yearEnd + 48))) ||
          /\b(?:h\.\s?r\.|h\.\s?res\.|s\.\s?res\.)\s$/.test(before))
      )
        return null;
      // "Windows 2000", "Office 2016", "Vision 2030", "Agenda 2030", "Expo 2020": a product, a plan
      // or a fair named with a year, whose name TimeML does not mark as a date.
      if (!m[1] && !m[2] && PRODUCT_HEAD_BEFORE_RE.test(textBefore(m, 10))) return null;
      // "after 1800 hours of use", "at 2000 hours": four digits before a unit of time count it
      // or read a clock; no year is counted in hours or days.
      if (!m[1] && !m[2] && /^ (?:hours|minutes|seconds|days|weeks)\b/i.test(after)) return null;
      // "a survey of 1530 likely voters": a sample counted, not a year.
      if (!m[1] && !m[2] && /^ (?:registered|likely) (?:voters|adults)\b/i.test(after)) return null;
      // "1994 or later", "2020 and beyond": an open end, inside the extent as TimeML marks it.
      const open =
        m[5] && !trimEnd ? (/earlier/i.test(m[5]) ? 'ON_OR_BEFORE' : 'ON_OR_AFTER') : undefined;
      // "post-1975 reforms": the years after it, the prefix in the extent as "since" is not.
      const side = /^p/i.test(m[2] ?? '')
        ? /^pre/i.test(m[2] ?? '')
          ? 'BEFORE'
          : 'AFTER'
        : undefined;
      const mod = open ?? side ?? edgeMod(m[1]);
      return {
        trimEnd,
        resolve: (ctx) => {
          if (race && ctx.anchor && Math.abs(year - ctx.anchor.year) > 10) return null;
          return date({ grain: 'year', year }, mod);
        },
      };
    },
  },
  // Decades ("the 1990s", "the late '80s", "the mid-1980s", "the end of the 1990s", "the last
  // half of the '80s": a part of the decade is one expression, its edge in the mod).
  {
    re: new RegExp(
      `${B_QUOTE}${PART_OF_RE}?(?:the )?(${EDGE_RE})?(?:(1\\d|20)(\\d)0|['’](\\d)0)['’]?s\\b`,
      'gi',
    ),
    priority: 4,
    // "the 1990's": the trigger is the year, the apostrophe standing between it and the "s".
    need: /\d0s\b|^(?:1[6-9]|20)\d0$/,
    text: /\d0['’]?s\b/,
    build: (m) => {
      const mod = partMod(m[1]) ?? edgeMod(m[2]);
      return {
        resolve: (ctx) => {
          const digit = m[4] ?? m[5] ?? 'X';
          // "the '80s" written in 2016 are the 1980s: the latest such decade not after publication.
          // "the 1800s", "the early 1900s": a hundred years, named as a century is; "the 2000s"
          // of this century's news is still its first decade.
          if (m[3] && m[4] === '0' && m[3] !== '20')
            return withMod({ type: 'DATE', value: m[3] }, mod);
          const value = m[3] ? `${m[3]}${digit}` : recentDecade(Number(digit), ctx.anchor);
          return withMod({ type: 'DATE', value }, mod);
        },
      };
    },
  },
  // A year in two digits after an apostrophe ("won in '08", "the class of ’95", "the '16
  // campaign"), where a preposition or a noun of a year's event tells it is one: the nearest such
  // year, up to ten years ahead of publication. A quotation opened on a number ("''27 companies")
  // or the title "'13 Hours'" is none.
  {
    re: /(?<![\w'’$.])['’](\d\d)(?![\d'’%]|s\b|,\d| (?:percent|years?|months?|weeks?|days?|hours?|minutes?)\b)/gi,
    priority: 4,
    need: /^['’]\d\d$/,
    build: (m) => {
      const before = textBefore(m, 12);
      const end = m.index + m[0].length;
      const after = m.input.slice(end, end + 16);
      if (!APOSTROPHE_YEAR_BEFORE_RE.test(before) && !APOSTROPHE_YEAR_AFTER_RE.test(after))
        return null;
      // "in '12 Angry Men'": the mark opens a title that a closing one ends.
      if (/^ [A-Z][^'’\n]{0,40}[A-Za-z]['’](?![A-Za-z])/.test(m.input.slice(end, end + 48)))
        return null;
      const yy = n(m[1]);
      return {
        resolve: (ctx) => {
          // Told in the past ("he was born in '27"), never after publication.
          const latest = (ctx.anchor?.year ?? 1999) + (ctx.tense === 'past' ? 0 : 10);
          const year = 2000 + yy <= latest ? 2000 + yy : 1900 + yy;
          return date({ grain: 'year', year });
        },
      };
    },
  },
  // Centuries ("the 20th century", "this century", "the first half of the 19th century"); an
  // edge word ("the late 19th century", "mid-19th century") stays inside, its sense in the mod.
  {
    re: new RegExp(
      `\\b(?<!-)(?:${PART_OF_RE}|(?:the )?(early[- ]|late[- ]|mid-|mid ))?(?:the )?(?:(\\d{1,2})(?:st|nd|rd|th)|(this|last|next|the next|the last|the past|the previous)|(${Object.keys(CENTURY_WORDS).join('|')})|(?<=\\bof )(the)) century\\b(?! ?(?:B\\.?C|A\\.?D))`,
      'gi',
    ),
    priority: 4,
    need: /centur/,
    build: (m) => {
      const mod = partMod(m[1]) ?? edgeMod(m[2]);
      // "the end of the century" told ahead: the one publication falls in, as "this century"
      // is; "the crime of the century" names none.
      if (m[6] && !m[1]) return null;
      // "the fifth century", "the nineteenth century": the ordinal in words.
      const spelled = m[5] ? CENTURY_WORDS[m[5].toLowerCase()] : undefined;
      return {
        resolve: (ctx) => {
          if (spelled) return withMod({ type: 'DATE', value: pad2(spelled - 1) }, mod);
          if (m[3]) return withMod({ type: 'DATE', value: pad2(n(m[3]) - 1) }, mod);
          // "the past century", as "the past decade", is the hundred years up to now.
          if (/^the past$/i.test(m[4] ?? ''))
            return withMod({ type: 'DURATION', value: 'P100Y' }, mod);
          if (!ctx.anchor) return null;
          // Told in the past, "the first half of the century" is most likely of the one before;
          // which one is unsure.
          if (m[6] && ctx.tense === 'past') return null;
          const which = whichOf(m[4]) ?? 0;
          const base = Math.floor(ctx.anchor.year / 100) + which;
          return withMod({ type: 'DATE', value: pad2(base) }, mod);
        },
      };
    },
  },
  // Weekdays with their qualifiers and part of the day ("last Friday", "Wednesday night").
  {
    re: new RegExp(
      `${B}(?:(last|this|next|this past|this coming|the previous|the following|early|late|earlier|later|${THAT_DAY_RE}) )?(${WEEKDAY_RE})(?:,? (${DAY_PART_RE}))?(?![\\w-])`,
      'gi',
    ),
    priority: 5,
    need: /(?:mon|tues|wednes|thurs|fri|satur|sun)day/,
    build: (m) => {
      const word = m[2] ?? '';
      if (!isCapitalized(word)) return null;
      const end = m.index + m[0].length;
      // "Super Tuesday", "Fox News Sunday", “Meet the Press Sunday”: a weekday inside the name of
      // an event or a show (a title in quotes ends with it). After the name of a paper or a
      // network it is the day ("told The New York Times Tuesday").
      if (!m[1]) {
        const nameBefore = textBefore(m, 12);
        if (/\b(?:Super|Black|Cyber|Ash|Holy|Maundy|Bloody|Good|Selection)\s$/.test(nameBefore))
          return null;
        // "his Sunday best": the clothes, not the day.
        if (!m[3] && m.input.startsWith(' best', end) && !/\w/.test(m.input.charAt(end + 5)))
          return null;
        // "Mr. Friday": a surname after a title.
        if (TITLES_BEFORE_NAME.some((title) => nameBefore.endsWith(title))) return null;
        // "the Sunday Telegraph", "the Mail on Sunday": a paper named for the day it comes out.
        if (
          !m[3] &&
          m.input.charCodeAt(end) === 32 &&
          isCapitalized(m.input.charAt(end + 1)) &&
          PAPER_AFTER_DAY_RE.test(textAfter(m, 14))
        )
          return null;
        if (nameBefore.endsWith('on ') && /\bMail on\s$/.test(nameBefore)) return null;
        if (/\bFox News\s$/.test(textBefore(m, 9)) && word === 'Sunday' && !m[3]) return null;
        // "the New York Times Sunday Review", "CBS News Sunday Morning": a section or a show.
        if (
          PAPER_BEFORE_RE.test(nameBefore) &&
          ((m[3] && isCapitalized(m[3])) ||
            SECTION_AFTER_DAY_RE.test(textAfter(m, 14)) ||
            /^ [A-Z][a-z]+ (?:section|column|page|edition|supplement)\b/.test(textAfter(m, 30)))
        )
          return null;
        if (/^[.,]?(?:[”"]|'')/.test(textAfter(m, 3)) && TITLE_IN_QUOTES_RE.test(textBefore(m, 40)))
          return null;
      }
      // "Tuesday Night Live", "Monday Night Hockey": a title-case part of the day followed by
      // another capitalized word is the name of a show, which prose would write in lower case.
      if (m[3] && isCapitalized(m[3]) && /^ [A-Z][a-z]/.test(textAfter(m, 3))) return null;
      const weekday = weekdayNumber(word);
      if (!weekday) return null;
      // "on a Tuesday", "one Sunday": some such day, which the story does not place; in "a
      // Friday rally" the article is the noun's, and the day is placed as any other.
      if (
        !m[1] &&
        /(?:^|[^\w-])(?:a|one|any)\s$/i.test(textBefore(m, 5)) &&
        /^\s*(?:[,.;:!?)”"]|$|(?:in|of|at|on|when|and|or|but|after|before|with|he|she|they|we|I|it)\b)/.test(
          textAfter(m, 8),
        )
      )
        return { resolve: () => ({ type: 'DATE', value: `XXXX-WXX-${weekday}` }) };
      // "Buses run on a Sunday schedule", "the store keeps Saturday hours": the kind of day a
      // timetable is made for, no day at all.
      if (!m[1] && !m[3] && KIND_OF_DAY_AFTER_RE.test(textAfter(m, 12))) return null;
      // "hosts a Sunday talk show", "writes a Friday column": what comes out each such day
      // recurs, told in the present; "in her Friday column" or "took the stage at a Sunday
      // service" is one issue or one gathering, a day.
      const issue =
        !m[1] &&
        !m[3] &&
        /(?:^|[^\w-])an?\s$/i.test(textBefore(m, 3)) &&
        RECURRING_ISSUE_RE.test(textAfter(m, 28));
      // "the previous Friday" reads as "last Friday", "the following Monday" as "next Monday",
      // counted from the day the story last named, as "the next morning" is.
      const fromStory = /^the /i.test(m[1] ?? '');
      const qualifier = (m[1] ?? '')
        .toLowerCase()
        .replace(/^the previous$/, 'last')
        .replace(/^the following$/, 'next');
      // "Wednesday's ruling": news names by its day an event already held, whatever the tense.
      const possessive = /^['’]s\b/.test(textAfter(m, 3));
      const vote = possessive && VOTE_AFTER_RE.test(m.input.slice(end, end + 40));
      // Unless the move itself was overtaken ("had been postponed to Friday").
      const before = textBefore(m, 60);
      const moved = RESCHEDULED_RE.test(before) && !/\bhad\b/i.test(before);
      // "Since Friday's vote will decide ...": the day is placed by its own clause's tense.
      const causal = possessive && causalSince(m.input, m.index, m[0].length);
      // "Monday's debate in New York will be his first": the event is the subject of a future.
      // Not an outcome whose effects the future tells of ("Monday's ruling will reverberate").
      const coming =
        possessive &&
        COMING_SUBJECT_RE.test(m.input.slice(end, end + 60)) &&
        !OUTCOME_AFTER_RE.test(m.input.slice(end, end + 40));
      // "late Friday" keeps its edge in the extent and the mod; "Earlier Friday" and "later
      // Monday" (a time after another the story told) leave the word out, as most such weekdays
      // in news TimeML are marked.
      const mod = qualifier === 'early' ? 'START' : qualifier === 'late' ? 'END' : undefined;
      // "is open Tuesday through Sunday", "serves patients Monday to Friday": the days a place
      // keeps its hours, each such day, told in the present.
      const hours =
        !m[1] &&
        !m[3] &&
        (m.input.startsWith(' t', end) ||
          RANGE_WORDS_BEFORE.some((word) => m.input.endsWith(word, m.index))) &&
        (WEEKDAY_RANGE_AFTER_RE.test(textAfter(m, 16)) ||
          WEEKDAY_RANGE_BEFORE_RE.test(textBefore(m, 20))) &&
        KEEPING_HOURS_RE.test(textBefore(m, 60));
      // "on Tuesday and Wednesday", "Sunday night into Tuesday": the second of two weekdays joined
      // follows the first, within the week after it.
      const paired = m[1] ? null : PAIRED_WEEKDAY_BEFORE_RE.exec(textBefore(m, 40));
      const pairedFirst = paired ? weekdayNumber(paired[1] ?? '') : null;
      // "never missed a Sunday service in 40 years", "ran the Saturday market for decades": the
      // day names what a habit recurs on, each such day, not one day.
      const attributive =
        !m[1] &&
        !m[3] &&
        /(?:^|[^\w-])(?:a|the)\s$/i.test(textBefore(m, 5)) &&
        /^ (?!(?:morning|afternoon|evening|night)\b)[a-z]/.test(textAfter(m, 12)) &&
        HABIT_CLAUSE_RE.test(
          `${
            textBefore(m, 80)
              .split(/[,;:.!?]/)
              .pop() ?? ''
          } ${textAfter(m, 80).split(/[,;:.!?]/)[0] ?? ''}`,
        );
      return {
        trimStart: /^(?:earlier|later)$/.test(qualifier) ? (m[1] ?? '').length + 1 : 0,
        resolve: (ctx) => {
          if (((issue || hours) && ctx.tense !== 'past') || attributive)
            return { type: 'SET', value: `XXXX-WXX-${weekday}` };
          if (!ctx.anchor) {
            return withMod({ type: 'DATE', value: `XXXX-WXX-${weekday}` }, mod);
          }
          // "The storm hit on Monday, Aug. 24. That Friday, ...": the weekday of the week of the
          // day the story told; with no day told, the weekday as it stands.
          const toldDay = qualifier === 'that' ? (ctx.recentDay ?? ctx.storyDay) : null;
          if (toldDay)
            return withMod(
              { type: 'DATE', value: formatDay(addDays(toldDay, weekday - isoWeekday(toldDay))) },
              mod,
            );
          // Unless the sentence waits for it ("ahead of Tuesday's vote") or looks ahead to
          // something at it ("will speak at Friday's rally", "expect a crowd at Saturday's
          // final"); what "will appeal Monday's ruling" acts on is done.
          const lead = textBefore(m, 24);
          // So does one a future sentence goes to take part in ("expect her to win Monday's
          // debate", "plans to attend Friday's summit").
          const waitedFrom = withoutPossessor(textBefore(m, 48));
          const awaited =
            AWAITING_RE.test(waitedFrom) ||
            (ctx.tense !== 'past' && HEADING_INTO_RE.test(waitedFrom)) ||
            (ctx.tense !== 'past' &&
              /\bbefore\s+(?:the\s+)?$/i.test(waitedFrom) &&
              (vote || (possessive && HELD_EVENT_AFTER_RE.test(m.input.slice(end, end + 30))))) ||
            (ctx.tense === 'future' && /\b(?:in|at|during)\s+$/i.test(lead)) ||
            (ctx.tense === 'future' && TAKING_PART_RE.test(lead));
          let tense = possessive && !qualifier && !awaited && !causal ? 'past' : ctx.tense;
          // "said the outages could last through Tuesday": a modal of the date's own clause
          // looks ahead of the verb of saying before it.
          if (tense === 'past' && !ctx.firmTense && MODAL_AHEAD_BEFORE_RE.test(textBefore(m, 40)))
            tense = 'future';
          // The day an awaited event is held lies ahead, whether the event is the day's
          // ("ahead of Tuesday's vote") or named by it ("ahead of New York's Tuesday primary").
          if (!qualifier && (awaited || (possessive && coming))) tense = 'future';
          // A vote set for a weekday ("leads in Tuesday's primary") is held when the sentence
          // says so: told in the past it is done, else the nearest such day.
          if (possessive && !qualifier && !awaited && vote && !causal)
            tense = ctx.tense === 'past' ? 'past' : 'present';
          if (moved && !qualifier)
            tense = heldAfterMove(before, m.input.slice(end)) ? 'past' : 'future';
          // "the slaying in Chicago on Friday": a violent event the day is the day of has
          // happened, whatever a verb near it says ("will vote for him because of the slaying").
          if (!qualifier && !awaited && VIOLENCE_BEFORE_RE.test(textBefore(m, 60))) tense = 'past';
          // A plan told in the past ("was set to speak on Friday") may have been carried out or
          // may still lie ahead: the nearer such day.
          if (
            !qualifier &&
            !possessive &&
            tense === 'future' &&
            PAST_PLAN_RE.test(textBefore(m, 70))
          )
            tense = 'present';
          if (qualifier === 'last' || qualifier === 'this past') tense = 'past';
          if (qualifier === 'next' || qualifier === 'this coming') tense = 'future';
          const first = ctx.recentDay;
          if (
            pairedFirst &&
            first &&
            isoWeekday(first) === pairedFirst &&
            pairedFirst !== weekday
          ) {
            const after = addDays(first, (weekday - pairedFirst + 7) % 7);
            // Unless that lands after publication in a story told in the past.
            if (tense !== 'past' || formatDay(after) <= formatDay(ctx.anchor))
              return withMod({ type: 'DATE', value: formatDay(after) }, mod);
          }
          // However far back the story named its day: "the previous" says it counts from there.
          const base = fromStory ? (ctx.recentDay ?? ctx.storyDay ?? ctx.anchor) : ctx.anchor;
          const day =
            qualifier === 'this' || qualifier === 'next' || qualifier === 'last'
              ? qualifiedWeekday(base, weekday, qualifier, tense, ctx.firmTense)
              : resolveWeekday(base, weekday, tense);
          // News TimeML marks "Wednesday night" as a DATE of that day: the part is not kept.
          return withMod({ type: 'DATE', value: formatDay(day) }, mod);
        },
      };
    },
  },
  // Weekends in the plural ("open on weekends", "busy at weekends") recur: a set of every weekend,
  // unless counted or picked out ("the past two weekends", "recent weekends", "his weekends").
  {
    re: /\b(?<![-'’])weekends\b(?!-)/gi,
    priority: 6,
    need: /^weekends$/,
    build: (m) => {
      const before = textBefore(m, 14);
      if (WEEKENDS_PICKED_RE.test(before)) return null;
      return { resolve: () => ({ type: 'SET', value: 'XXXX-WXX-WE' }) };
    },
  },
  // Plural weekdays, "every Monday" and a plural part of a weekday ("Tuesday nights"): sets. A
  // weekday joined to such a phrase ("Monday and Tuesday nights") shares its part of the day, and
  // the weekdays listed after "every" recur with it ("every Monday and Thursday").
  {
    re: new RegExp(
      `${B}(?:(?:every|each) (?:other )?(${WEEKDAY_RE})(?:,? (${DAY_PART_RE}))?|(${WEEKDAY_RE})s(?: (${DAY_PART_RE})s?)?|(${WEEKDAY_RE}) (${DAY_PART_RE})s|(${WEEKDAY_RE})(?= (?:and|or) ${WEEKDAY_RE} (${DAY_PART_RE})s\\b)|(?<=${EVERY_LIST_RE},? (?:and|or) )(${WEEKDAY_RE})(?!s)|(?<=${EVERY_LIST_RE}, )(${WEEKDAY_RE})(?=(?:, ${WEEKDAY_RE})*,? (?:and|or) ${WEEKDAY_RE}))\\b`,
      'gi',
    ),
    priority: 4,
    need: /(?:mon|tues|wednes|thurs|fri|satur|sun)day/,
    text: /\b(?:every|each) |(?:mon|tues|wednes|thurs|fri|satur|sun)days\b|\b(?:morning|afternoon|evening|night)s\b/i,
    build: (m) => {
      const word = m[1] ?? m[3] ?? m[5] ?? m[7] ?? m[9] ?? m[10] ?? '';
      if (!isCapitalized(word)) return null;
      const weekday = weekdayNumber(word);
      if (!weekday) return null;
      const partWord = m[2] ?? m[4] ?? m[6] ?? m[8];
      const part = partWord ? DAY_PARTS[partWord.toLowerCase()] : undefined;
      return {
        resolve: () => ({ type: 'SET', value: `XXXX-WXX-${weekday}${part ? `T${part}` : ''}` }),
      };
    },
  },
  // Today, yesterday, tomorrow, tonight, and their parts of the day.
  {
    re: new RegExp(
      `${B}(?:(the day (?:before|after)|earlier|later|late|early) )?(today|yesterday|tomorrow|tonight)(?:(?:'s|’s)|(?: (${DAY_PART_RE})))?\\b`,
      'gi',
    ),
    priority: 5,
    need: /\b(?:today|yesterday|tomorrow|tonight)/,
    build: (m) => {
      const word = (m[2] ?? '').toLowerCase();
      if (!m[1] && titleInsideName(m, m[2] ?? '')) return null;
      // "the Tonight Show", "the Today show": a broadcast named by its slot.
      const after = textAfter(m, 6);
      if (!m[1] && !m[3] && /^[A-Z]/.test(m[2] ?? '') && /^ [Ss]how\b/.test(after)) return null;
      const lead = (m[1] ?? '').toLowerCase();
      const extra = /^the day/.test(lead) ? (/before/.test(lead) ? -1 : 1) : 0;
      const mod = /^earl/.test(lead) ? 'START' : /^late/.test(lead) ? 'END' : undefined;
      const offset = (word === 'yesterday' ? -1 : word === 'tomorrow' ? 1 : 0) + extra;
      const part = m[3] ? DAY_PARTS[m[3].toLowerCase()] : word === 'tonight' ? 'NI' : undefined;
      const possessive = /['’]s$/.test(m[0]);
      return {
        trimEnd: possessive ? 2 : 0,
        resolve: (ctx) => {
          if (!ctx.anchor)
            return { type: 'DATE', value: offset === 0 ? 'PRESENT_REF' : 'XXXX-XX-XX' };
          const day = formatDay(addDays(ctx.anchor, offset));
          if (part) return withMod({ type: 'TIME', value: `${day}T${part}` }, mod);
          return withMod({ type: 'DATE', value: day }, mod);
        },
      };
    },
  },
  // This morning, last night, this afternoon; "that night" and "the next day" of the story.
  {
    re: new RegExp(
      `${B}(?:(earlier|later|early|late) )?(this|last|tomorrow|yesterday|the next|the following|the previous|the preceding|that|that same|the same) (${DAY_PART_RE}|day)\\b`,
      'gi',
    ),
    priority: 5,
    need: /\b(?:morning|afternoon|evening|night|overnight|day)/,
    text: /\b(?:this|last|tomorrow|yesterday|next|following|previous|preceding|that|same) (?:morning|afternoon|evening|night|overnight|day)\b/i,
    build: (m) => {
      if (titleInsideName(m, m[0])) return null;
      const which = (m[2] ?? '').toLowerCase();
      const unit = (m[3] ?? '').toLowerCase();
      const named = which === 'that' || which.endsWith('same');
      // Only a neighbouring day counts here; "that day" and "the same day" have a rule of their own.
      if (unit === 'day' && !/^the (?:next|following|previous|preceding)$/.test(which)) return null;
      // "do that overnight": "overnight" is an adverb there, and "that" its verb's object.
      if (unit === 'overnight' && named) return null;
      const edge = (m[1] ?? '').toLowerCase();
      const mod = /^earl/.test(edge) ? 'START' : /^late/.test(edge) ? 'END' : undefined;
      // "said that morning traffic doubled": a conjunction before a noun, not a day's part.
      if (which === 'that' && THAT_AS_CONJUNCTION_RE.test(textBefore(m, 12))) return null;
      const part = DAY_PARTS[unit] ?? 'NI';
      const offset = /^(?:last|yesterday|the previous|the preceding)$/.test(which)
        ? -1
        : /^(?:tomorrow|the next|the following)$/.test(which)
          ? 1
          : 0;
      // "the next morning" counts from the day the story last named, never from publication (a
      // writer counting from there says "tomorrow morning"); "that night" names that day's
      // night, however far back the day was named. With no day named, the day is not known.
      const fromStory = which.startsWith('the ') || named;
      return {
        resolve: (ctx) => {
          // "He appeared in court the next morning" and "spoke that night" count from the day the
          // story told, however far back, unless that day is still ahead of a past sentence.
          const story = ctx.recentDay ?? (unit === 'day' ? ctx.storyDay : ctx.toldDay);
          let base = fromStory ? story : ctx.anchor;
          // "He apologized the next day" cannot land after publication: with no day told it
          // was counted from, it is a day of no known date.
          if (
            base &&
            fromStory &&
            ctx.tense === 'past' &&
            ctx.anchor &&
            afterDay(dayPoint(addDays(base, offset)), ctx.anchor)
          )
            base = null;
          if (unit === 'day') {
            if (base) return date(dayPoint(addDays(base, offset)), mod);
            // "arrested in October 2015 and resigned the following day": a day of the month the
            // paragraph told, which one unknown.
            const told = fromStory && ctx.tense === 'past' ? ctx.paragraphRef : null;
            const month = told?.grain === 'month' ? told.month : undefined;
            const value =
              told && month !== undefined ? `${told.year}-${pad2(month)}-XX` : 'XXXX-XX-XX';
            return withMod({ type: 'DATE', value }, mod);
          }
          return base
            ? { type: 'TIME', value: `${formatDay(addDays(base, offset))}T${part}` }
            : { type: 'TIME', value: `XXXX-XX-XXT${part}` };
        },
      };
    },
  },
  // "The night before, the alarm had failed", "the morning after": a part of the day before or
  // after the day the story named, closing its phrase.
  {
    re: /\b(?<!-)the (morning|afternoon|evening|night) (before|after)(?=\s*[,.;:!?)”"]|\s*$)/gi,
    priority: 5,
    need: /\b(?:morning|afternoon|evening|night)/,
    build: (m) => {
      const part = DAY_PARTS[(m[1] ?? '').toLowerCase()] ?? 'NI';
      const offset = /^before$/i.test(m[2] ?? '') ? -1 : 1;
      return {
        resolve: (ctx) => {
          const day = ctx.recentDay ?? ctx.storyDay;
          return day
            ? { type: 'TIME', value: `${formatDay(addDays(day, offset))}T${part}` }
            : { type: 'TIME', value: `XXXX-XX-XXT${part}` };
        },
      };
    },
  },
  // "By evening the town was flooded": the part of the day the story has reached; "by" stays out
  // of the extent, as TimeML keeps signals out. No day named just before, no day to give it.
  {
    re: /\b(?<![-'’])by (morning|afternoon|evening)\b(?![-'’])/gi,
    priority: 5,
    need: /\b(?:morning|afternoon|evening)/,
    build: (m) => {
      const part = DAY_PARTS[(m[1] ?? '').toLowerCase()] ?? 'EV';
      return {
        trimStart: 3,
        resolve: (ctx) => ({
          type: 'TIME',
          value: `${ctx.recentDay ? formatDay(ctx.recentDay) : 'XXXX-XX-XX'}T${part}`,
        }),
      };
    },
  },
  // "in the morning" of the day being told, "4 in the morning", "2:15 in the afternoon", "10:30
  // at night": the article drops "in" from the extent and keeps the hour, on the weekday named
  // after it ("at 9 in the morning on Saturday"). "Won 3 in the morning session" tells no hour.
  {
    re: /\b(?<![:.$])(?:(?:(about|around|approximately) )?(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?:[:.]([0-5]\d))? )?(?:in the (morning|afternoon|evening)|(at night))\b(?! (?:session|shift|edition|paper|service|show|program|programme|class)s?\b)/gi,
    priority: 5,
    need: /\b(?:morning|afternoon|evening|night)/,
    text: /in the (?:morning|afternoon|evening)|at night/i,
    build: (m) => {
      const partWord = (m[4] ?? m[5] ?? '').toLowerCase();
      const hourWord = (m[2] ?? '').toLowerCase();
      if (!hourWord && m[5]) return null;
      // "rose 2.30 in the afternoon", "won 3 at night": a price or a count, unless a word of time
      // ("at", "by", "until") comes before the reading.
      if (
        hourWord &&
        (m[5] || /\d\.\d/.test(m[0])) &&
        !m[1] &&
        !CLOCK_WORDS_BEFORE_RE.test(textBefore(m, 30))
      )
        return null;
      const hour = hourWord ? HOUR_WORDS.indexOf(hourWord) + 1 || n(hourWord) : 0;
      if (hourWord && (hour < 1 || hour > 12)) return null;
      const clock = hourWord
        ? clockInPart(hour, m[3] ? n(m[3]) : 0, partWord)
        : `T${DAY_PARTS[partWord] ?? 'MO'}`;
      const end = m.index + m[0].length;
      const dayAfter = hourWord ? DAY_AFTER_CLOCK.exec(m.input.slice(end, end + 40)) : null;
      const weekday = dayAfter?.[1] ? weekdayNumber(dayAfter[1]) : null;
      return {
        trimStart: hourWord ? hedgeLength(m[1]) : m[0].indexOf('the '),
        resolve: (ctx) => withMod(clockOnDay(ctx, clock, weekday), m[1] ? 'APPROX' : undefined),
      };
    },
  },
  // Last/this/next week, month, year, quarter, weekend, season, with an edge or "earlier".
  {
    re: new RegExp(
      `${B}(?:(${EDGE_RE}|earlier |later |the rest of |the remainder of |the balance of )(?:the )?)?${WHICH_RE.replace('(?:', '(')} (?:(fiscal|calendar) )?(week|month|year|quarter|half(?!${HALF_OF_UNIT_RE})|weekend|decade|${SEASON_RE})( or so)?(?![\\w-])`,
      'gi',
    ),
    priority: 6,
    need: /\b(?:week|month|year|quarter|half|decade|spring|summer|fall|autumn|winter)/,
    // The unit, and the word that picks it out ("this", "the previous") right before it.
    text: /\b(?:week|month|year|quarter|half|decade|spring|summer|fall|autumn|winter)(?<=\b(?:last|this|next|past|previous|coming|current|upcoming|following|preceding|prior|present|same) (?:(?:fiscal|calendar) )?[a-z]+)/i,
    build: (m) => {
      if (titleInsideName(m, m[0])) return null;
      const edge = m[1]?.toLowerCase().trim();
      const which = whichOf(m[2]);
      const unit = (m[4] ?? '').toLowerCase();
      const whichWord = (m[2] ?? '').toLowerCase();
      if (which === null) return null;
      // "this fall in prices": a drop, not the season.
      if (unit === 'fall' && FALL_IN_RE.test(textAfter(m, 40))) return null;
      // "the last week of the campaign", "the last year of his term": the final one of
      // something, not the one before publication.
      if (whichWord === 'the last' && !edge && /^ of\b/.test(textAfter(m, 4))) return null;
      // "his last year in office", "their last week of school": a person's final one, not the
      // one before publication.
      if (
        !edge &&
        whichWord === 'last' &&
        unit !== 'quarter' &&
        /\b(?:his|her|their|my|our|your)\s$/i.test(textBefore(m, 7))
      )
        return null;
      // "the next year or so": the hedge is in the extent, its sense in the mod.
      const mod = m[5]
        ? 'APPROX'
        : edge === 'earlier'
          ? 'START'
          : edge === 'later'
            ? 'END'
            : edge
              ? edgeMod(edge)
              : undefined;
      const rest = edge && /rest|remainder|balance/.test(edge);
      return {
        resolve: (ctx) => {
          if (whichWord === 'the same') {
            if (!ctx.lastRef) return null;
            return date(ctx.lastRef, mod);
          }
          // "the following year", "the previous month": counted from the date last mentioned, as
          // is "the next month" of a story told in the past ("The next month, he resigned",
          // "Early the next year, it was rebuilt").
          const fromStory =
            /^the (?:following|previous|preceding|prior)$/.test(whichWord) ||
            (((whichWord === 'the next' && !edge) ||
              (whichWord === 'next' &&
                /^(?:early|late|mid)/.test(edge ?? '') &&
                /\bthe next /i.test(m[0]))) &&
              ctx.tense === 'past');
          if (fromStory && ctx.lastRef && (unit === 'year' || unit === 'month') && which !== null) {
            const base: Point =
              unit === 'year'
                ? { grain: 'year', year: ctx.lastRef.year }
                : ctx.lastRef.month
                  ? monthPoint(ctx.lastRef.year, ctx.lastRef.month)
                  : { grain: 'year', year: ctx.lastRef.year };
            if (base.grain === (unit === 'year' ? 'year' : 'month'))
              return date(shift(base, unit, which), mod);
          }
          // "the previous quarter" after "In June 2015": the quarter before the one last named.
          const ref = ctx.lastRef;
          if (
            fromStory &&
            unit === 'quarter' &&
            ref &&
            /^the /.test(whichWord) &&
            (ref.grain === 'quarter' ||
              ((ref.grain === 'month' || ref.grain === 'day') && ref.month))
          ) {
            const base: Point =
              ref.grain === 'quarter'
                ? ref
                : { grain: 'quarter', year: ref.year, quarter: quarterOf(ref.month ?? 1) };
            return date(shift(base, 'quarter', which), mod, false);
          }
          // A week or a season counts from a date only in its own paragraph: further back the
          // story has usually moved on.
          const near = fromStory ? ctx.paragraphRef : null;
          // Told in the past with no date in its paragraph ("The next week, volunteers arrived"),
          // a week or a season counts from the day the story last reached, never from
          // publication.
          const reached =
            near ??
            (fromStory && ctx.tense === 'past' && ctx.storyDay ? dayPoint(ctx.storyDay) : null);
          if (reached && unit === 'week' && which !== 0) {
            const week =
              reached.grain === 'day' && reached.month && reached.day
                ? weekPoint({ year: reached.year, month: reached.month, day: reached.day })
                : reached.grain === 'week'
                  ? reached
                  : null;
            if (week) return date(shift(week, 'week', which), mod, false);
          }
          // "the following weekend" after a weekday is the one ending that week; after a Saturday
          // or Sunday, the next.
          if (reached && unit === 'weekend' && which !== 0 && reached.grain === 'day') {
            const day = { year: reached.year, month: reached.month ?? 1, day: reached.day ?? 1 };
            const weeks = which > 0 && isoWeekday(day) <= 5 ? which - 1 : which;
            return weekendOf(shift(weekPoint(day), 'week', weeks));
          }
          // The story then stands in the season reached ("that June" after it is its June).
          const nearSeason = SEASONS[unit];
          if (reached && nearSeason && which !== 0)
            return date(
              {
                grain: 'season',
                year: seasonAfter(reached, nearSeason, which),
                season: nearSeason,
              },
              mod,
            );
          if (!ctx.anchor) {
            const x: Record<string, string> = {
              week: 'XXXX-WXX',
              month: 'XXXX-XX',
              year: 'XXXX',
              quarter: 'XXXX-QX',
            };
            return { type: 'DATE', value: x[unit] ?? 'XXXX' };
          }
          if (rest) return { type: 'DURATION', value: 'PXX' };
          const season = SEASONS[unit];
          if (season) {
            const y = yearForSeason(ctx.anchor, season, which, ctx.tense);
            return date({ grain: 'season', year: y, season }, mod);
          }
          if (unit === 'weekend') {
            // "This weekend" told in the past early in the week is the one just over.
            const justOver =
              which === 0 && (ctx.outlook ?? ctx.tense) === 'past' && isoWeekday(ctx.anchor) <= 3;
            // "This past weekend" written on its Sunday is the one ending that day.
            const weekendEnding = whichWord === 'this past' && isoWeekday(ctx.anchor) === 7;
            let weeks = which;
            if (justOver) weeks = -1;
            else if (weekendEnding) weeks = 0;
            const week = shift(weekPoint(ctx.anchor), 'week', weeks);
            return weekendOf(week);
          }
          // "the past decade" is a span of ten years, not the decade before this one.
          if (unit === 'decade' && /^the (?:past|last|next|coming)$/.test(whichWord))
            return withMod({ type: 'DURATION', value: 'P10Y' }, mod);
          const u: Unit =
            unit === 'week' ||
            unit === 'month' ||
            unit === 'quarter' ||
            unit === 'half' ||
            unit === 'decade'
              ? unit
              : 'year';
          // "this past week", "for the past week" written from Friday on: the week now ending,
          // as "last week" then still names the one before.
          const weekEnding =
            u === 'week' && PAST_STRETCH.has(whichWord) && isoWeekday(ctx.anchor) >= 5;
          // "the coming year" written in its first days is the year just begun, as "the coming
          // week" written on its Monday is that week.
          const justBegun =
            /\b(?:coming|upcoming)$/.test(whichWord) &&
            ((u === 'year' && ctx.anchor.month === 1 && ctx.anchor.day <= 7) ||
              (u === 'week' && isoWeekday(ctx.anchor) === 1) ||
              (u === 'month' && ctx.anchor.day <= 2));
          const p = shift(unitPoint(ctx.anchor, u), u, weekEnding || justBegun ? 0 : which);
          return date(p, mod, u !== 'week');
        },
      };
    },
  },
  // "N units ago", with "about", "more than"...; "five or six weeks ago", "10 to 12 days ago"
  // is the point the first count reaches, approximately.
  {
    re: new RegExp(
      `${B}(?:(${DURATION_MOD_RE}) )?(${COUNT_RE})(?: (?:or|to) (${COUNT_RE}))?[- ](${UNIT_RE})(?: or so| or two)? ago(?: (this week|this month|today))?\\b`,
      'gi',
    ),
    priority: 7,
    need: /\bago\b/,
    text: /\bago\b/i,
    build: (m) => {
      const count = parseCount(m[2] ?? '');
      const info = unitInfo(m[4] ?? '');
      if (!info) return null;
      const mod = pointMod(durationMod(m[1])) ?? (m[3] ? 'APPROX' : undefined);
      // "50 years ago this week", "a decade ago today": an anniversary, the week, month or day of
      // publication that many years back; one expression.
      const anniversary = m[5]?.toLowerCase();
      // "five days ago today": the day named after is an expression of its own.
      const trimEnd = anniversary ? anniversary.length + 1 : 0;
      if (
        anniversary &&
        !info.time &&
        /^(?:year|decade|century)$/.test(info.unit) &&
        count !== null
      ) {
        const years = Math.round(
          count * (info.unit === 'decade' ? 10 : info.unit === 'century' ? 100 : 1),
        );
        return {
          resolve: (ctx) => {
            const a = ctx.anchor;
            if (!a) return null;
            // The day that many years back, Feb. 29 kept within its month.
            const year = a.year - years;
            const day = { year, month: a.month, day: Math.min(a.day, daysInMonth(year, a.month)) };
            if (anniversary === 'today') return date(dayPoint(day), mod, false);
            if (anniversary === 'this month') return date(monthPoint(year, a.month), mod, false);
            return date(weekPoint(day), mod, false);
          },
        };
      }
      return {
        trimEnd,
        resolve: (ctx) => {
          if (count === null || !ctx.anchor)
            return withMod({ type: 'DATE', value: 'PAST_REF' }, mod);
          if (info.time) {
            return withMod({ type: 'TIME', value: `${formatDay(ctx.anchor)}` }, mod);
          }
          if (
            info.unit === 'weekend' ||
            info.unit === 'hour' ||
            info.unit === 'minute' ||
            info.unit === 'second'
          )
            return null;
          const unit = info.unit;
          // "ago" counts from publication; only earnings stories ("up 5% from a year ago") mean
          // the same quarter of the year before.
          if (unit === 'year' && count === 1 && ctx.lastPeriod && comparesFigures(m))
            return date(shift(ctx.lastPeriod, 'year', -1), mod, false);
          const whole = Math.floor(count) * (info.per ?? 1);
          // "a decade ago" is the year ten years back, not the whole decade before this one; "a
          // half-century ago" fifty years back.
          if (unit === 'decade' || unit === 'century') {
            const years = Math.round(count * (unit === 'decade' ? 10 : 100));
            return date(shift(unitPoint(ctx.anchor, 'year'), 'year', -years), mod, false);
          }
          const p = shift(unitPoint(ctx.anchor, unit), unit, -whole);
          return date(p, mod, false);
        },
      };
    },
  },
  // "in three years' time", "in a week's time": the point that many units after publication, as
  // "three years from now" is, named to the grain of its unit (a year, a month, a week, a day).
  // After "within" or "for" it stays a span.
  {
    re: new RegExp(
      `(?<=\\b(in|within|for|after) )(?:(${DURATION_MOD_RE}) )?(${COUNT_RE})[- ](${UNIT_RE})(?:['’]s|['’]) time\\b`,
      'gi',
    ),
    priority: 7,
    need: /\b(?:centur|decade|year|quarter|half|month|week|fortnight|day|hour|minute|second)/,
    text: /['’]s? time\b/i,
    build: (m) => {
      const count = parseCount(m[3] ?? '');
      const info = unitInfo(m[4] ?? '');
      if (!info) return null;
      // "within a year's time", "for a week's time": the span itself, its extent to "time".
      if (!/^in$/i.test(m[1] ?? '')) {
        const value = durationValue(count, m[4] ?? '');
        const mod = durationMod(m[2]);
        return value
          ? {
              trimStart: hedgeLength(m[2]),
              resolve: () => withMod({ type: 'DURATION', value }, mod),
            }
          : null;
      }
      const mod = futurePointMod(durationMod(m[2]));
      return {
        trimStart: hedgeLength(m[2]),
        resolve: (ctx) => {
          if (count === null || !ctx.anchor)
            return withMod({ type: 'DATE', value: 'FUTURE_REF' }, mod);
          if (info.time) return withMod({ type: 'TIME', value: formatDay(ctx.anchor) }, mod);
          const unit = info.unit;
          if (unit === 'weekend' || unit === 'hour' || unit === 'minute' || unit === 'second')
            return null;
          if (unit === 'decade' || unit === 'century') {
            const years = Math.round(count * (unit === 'decade' ? 10 : 100));
            return date(shift(unitPoint(ctx.anchor, 'year'), 'year', years), mod, false);
          }
          const whole = Math.floor(count) * (info.per ?? 1);
          return date(shift(unitPoint(ctx.anchor, unit), unit, whole), mod, false);
        },
      };
    },
  },
  // "a year earlier", "two days later", "the year before", "a week before", "a year prior" or "two
  // years after that" (at a clause end),
  // "weeks earlier", "years later" (a count the story does not give).
  {
    re: new RegExp(
      `${B}(?:(${DURATION_MOD_RE}) )?(?:(${COUNT_RE})[- ]|the |(?=(?:centuries|decades|years|months|weeks|days|hours|minutes) (?:earlier|later)\\b))(${UNIT_RE}) ((?:earlier|later)(?! than\\b)|previously|from now|hence|(?:before|after) that(?=\\s*[,.;:!?)”"]|\\s*$)|(?:before|after|on|prior)(?=\\s*[,.;:!?)”"]|\\s*$| that| when| and| but))`,
      'gi',
    ),
    priority: 7,
    need: /\b(?:centur|decade|year|quarter|half|month|week|fortnight|day|hour|minute|second)/,
    // The unit and the word that counts from it: "three years earlier", "a day before".
    text: new RegExp(
      `${UNIT_RE} (?:earlier|later|previously|from now|hence|before|after|on|prior)`,
      'i',
    ),
    build: (m) => {
      const bare = !m[2] && !/^(?:[a-z]+ )*the /i.test(m[0]);
      if (bare && m[1]) return null;
      const count = m[2] ? parseCount(m[2]) : bare ? null : 1;
      const info = unitInfo(m[3] ?? '');
      // "Hours later", "minutes after": a span of no stated count; a counted one ("two hours
      // later") is read as a span by the rule for spans.
      if (!info || (info.time && !bare)) return null;
      const direction = /earlier|before|previously|prior/i.test(m[4] ?? '') ? -1 : 1;
      const fromNow = /from now|hence/i.test(m[4] ?? '');
      const mod = durationMod(m[1]);
      const definite = !m[2] && !bare;
      const daySized =
        (info.unit === 'day' || info.unit === 'week' || Boolean(info.time)) &&
        !fromNow &&
        (Boolean(m[2]) || bare);
      // "a year after that decision", "a month before the vote": a preposition heading the event
      // counted from, not the end of the phrase; the count alone is the span.
      const end = m.index + m[0].length;
      const appositive =
        /\b(?:1[6-9]|20)\d\d,\s(?:(?:just|only|barely) )?$/.test(textBefore(m, 14)) &&
        /^\s*[,.;)]/.test(m.input.slice(end, end + 2));
      const prepositional =
        /^(?:before|after|on)$/i.test(m[4] ?? '') &&
        !/^\s*(?:[,.;:!?)”"]|$)/.test(m.input.slice(end, end + 2)) &&
        Boolean(m[2]);
      return {
        trimStart: hedgeLength(m[1]),
        trimEnd: daySized || prepositional ? (m[4] ?? '').length + 1 : 0,
        resolve: (ctx) => {
          if (!ctx.anchor) return null;
          const unit = info.unit;
          if (prepositional && !daySized)
            return withMod(
              { type: 'DURATION', value: durationValue(count, m[3] ?? 'year') ?? 'PXY' },
              mod,
            );
          // "two days later", "a few weeks earlier": the span alone, its count known or not.
          // Counted from a day the story named, it moves the story on to a day of its own.
          if (daySized) {
            const span = withMod(
              { type: 'DURATION', value: durationValue(count, m[3] ?? 'day') ?? 'PXD' },
              mod,
            );
            // Only a day named just before: one far back is seldom what the count starts from.
            const from = ctx.recentDay;
            if (!from || count === null || mod || !Number.isInteger(count)) return span;
            const days = count * (info.unit === 'week' ? 7 : 1);
            return { ...span, storyDay: addDays(from, direction * days) };
          }
          // "A few years later" told in the past is still before publication.
          if (count === null)
            return {
              type: 'DATE',
              value:
                direction < 0 || (ctx.tense === 'past' && !fromNow) ? 'PAST_REF' : 'FUTURE_REF',
            };
          if (unit === 'weekend' || unit === 'hour' || unit === 'minute' || unit === 'second')
            return null;
          const whole = Math.floor(count) * (info.per ?? 1);
          const fromDct = unitPoint(ctx.anchor, unit);
          // Read as the span alone, "later" is no part of it: "Eight months later" is "Eight months".
          const spanAlone: Resolved = {
            ...withMod(
              { type: 'DURATION', value: durationValue(count, m[3] ?? 'year') ?? 'PXY' },
              mod,
            ),
            trimEnd: (m[4] ?? '').length + 1,
          };
          // Only "a year earlier" compares with the quarter of an earnings story, unless a
          // whole year was named since in the paragraph ("Revenue for 2018 ... up 3% from a year
          // earlier"): the figure is that year's.
          const yearSince = ctx.paragraphRef?.grain === 'year';
          const story =
            unit === 'year' && whole === 1 && direction < 0 && comparesFigures(m) && !yearSince
              ? (ctx.lastPeriod ?? ctx.lastRef)
              : ctx.lastRef;
          // "A year on, the families still wait": with no date named before, the count runs from
          // an event the story tells of to now, which is the point named.
          if (!story && !fromNow && /^on$/i.test(m[4] ?? '') && ctx.tense === 'present')
            return date(
              unit === 'decade' || unit === 'century' ? unitPoint(ctx.anchor, 'year') : fromDct,
              mod,
              false,
            );
          // "Five years later" (or "ten years on" told in the past) with no date told before counts
          // from an event the story only implies, never from publication: the span alone.
          if (direction > 0 && !fromNow && !story && ctx.tense !== 'future') return spanAlone;
          // "left in 2009, four years later,", "for October 2014, just eight months later,": set
          // off after the date it follows, the count restates that date, counted from an earlier one.
          if (
            story &&
            appositive &&
            ((unit === 'year' && story.grain === 'year') ||
              (unit === 'month' && story.grain === 'month')) &&
            !fromNow
          )
            return date(story, undefined, false);
          let base = fromNow || !story ? fromDct : story;
          // "said on Tuesday ... The day before": a day just named is what the day counts from.
          if (unit === 'day' && !fromNow && ctx.recentDay) base = dayPoint(ctx.recentDay);
          else if (
            (GRAIN_RANK[base.grain] ?? 0) < (GRAIN_RANK[fromDct.grain] ?? 0) &&
            unit !== 'year'
          ) {
            // "visited in July 2008. The day before, ...": a day next to one of a month told long
            // before publication falls in that month, as near as the story places it.
            if (
              unit === 'day' &&
              base === story &&
              (story.grain === 'month' || story.grain === 'year') &&
              !holdsDay(story, ctx.anchor)
            )
              return date(story, undefined, false);
            base = fromDct;
          }
          const moved = shift(base, unit, direction * whole);
          // "Eight months later, he swept the primaries" told in the past, or "a decade later, the
          // firm remains" in the present, cannot pass publication: the count ran from some other
          // point than the date named last, so it is the span alone. Only a future may pass it.
          if (direction > 0 && !fromNow && ctx.tense !== 'future' && afterDay(moved, ctx.anchor))
            return spanAlone;
          // "A year later", counted from the story's year, moves the story on: "later that year"
          // after it is the year reached.
          const movesOn = direction > 0 && !fromNow && base === story && mod === undefined;
          // "the year before" May 2014 is 2013, "the week before" a day that day's week before:
          // with the article, the unit itself is named, not a point a unit away. The hedge of the
          // span becomes the point's: "more than a year later" lies AFTER the point a year on.
          const hedge = direction < 0 ? pointMod(mod) : futurePointMod(mod);
          // "In March 2010 ... Six years earlier": years counted in the plural land on a year, not
          // on the month or day they were counted from, and so do decades ("A decade later").
          // A figure compared with one that far back keeps the point it was counted from ("in
          // December, relative to two years earlier"), and so does a hedge, which tells on which
          // side of that point it lies ("less than two years earlier", after May 2008).
          const decades = unit === 'decade' || unit === 'century';
          const inYears =
            ((unit === 'year' && whole >= 2) || decades) && !mod && !comparesFigures(m);
          // "the decade before" names the decade itself; "a decade later" lands on a year.
          const landing = decades && !definite ? 'year' : unit;
          return date(definite || inYears ? wholeUnit(moved, landing) : moved, hedge, movesOn);
        },
      };
    },
  },
  // "the year-earlier quarter", "year-ago", "a year-earlier period".
  {
    re: /\b(?<!-)(?:(the|a|its|their) )?(?:(comparable|corresponding|same) )?(year|quarter|month)(?:-(earlier|ago)(?: (?:(first|second|third|fourth) )?(quarter|period|month|year|week|half|season|nine months|six months))?| (earlier|ago) (?:(first|second|third|fourth) )?(quarter|period|half|nine months|six months))(?![\w-])/gi,
    priority: 6,
    need: /\b(?:year|quarter|month)/,
    text: /(?:year|quarter|month)[- ](?:earlier|ago)/i,
    build: (m) => {
      const head = (m[6] ?? m[9] ?? '').toLowerCase();
      const ordinal = ORDINALS[(m[5] ?? m[8] ?? '').toLowerCase()];
      const unit = (m[3] ?? 'year').toLowerCase() as Unit;
      const lead =
        m[0].length -
        m[0].replace(/^(?:(?:the|a|its|their) )?(?:(?:comparable|corresponding|same) )?/i, '')
          .length;
      return {
        trimStart: !head ? lead : /^(?:its|their) /i.test(m[0]) ? (m[1] ?? '').length + 1 : 0,
        resolve: (ctx) => yearEarlier(ctx, unit, head, ordinal),
      };
    },
  },
  // "the prior-year quarter", "the prior-quarter period", "prior-year": as "year-earlier".
  {
    re: /\b(?<!-)(?:(the|a|its|their) )?prior-(year|quarter|month)(?: (quarter|period|half|month|year))?(?![\w-])/gi,
    priority: 6,
    need: /^(?:year|quarter|month)$/,
    text: /\bprior-/i,
    build: (m) => {
      const head = (m[3] ?? '').toLowerCase();
      const unit = (m[2] ?? 'year').toLowerCase() as Unit;
      return {
        // "the prior-year quarter" keeps its article, "prior-year" alone and "its" do not.
        trimStart: m[1] && (!head || /^(?:its|their)$/i.test(m[1])) ? m[1].length + 1 : 0,
        resolve: (ctx) => yearEarlier(ctx, unit, head, undefined),
      };
    },
  },
  // "in a year when turnout is soaring", "a year in which the nominees have broken records": the
  // year the sentence is told in, not a span; set off after a year ("in 1988, a year when") it
  // is that year. Told in the past with no year before it, it stays the span it reads as.
  {
    re: /\b(?<![-\w])a year(?= (?:when|in which)\b)/gi,
    priority: 7,
    need: /^year$/,
    build: (m) => {
      const named = /\b((?:1[6-9]|20)\d\d),\s$/.exec(textBefore(m, 7));
      return {
        resolve: (ctx) => {
          if (named) return date({ grain: 'year', year: n(named[1]) }, undefined, false);
          if (!ctx.anchor || ctx.tense === 'past') return { type: 'DURATION', value: 'P1Y' };
          return date(unitPoint(ctx.anchor, 'year'), undefined, false);
        },
      };
    },
  },
  // Durations: "three years", "the past two months", "more than a decade", "30-year", "24 hours",
  // "five trading days" (the days markets or offices are open, counted as days), "six straight
  // weeks" and "18 consecutive months" (a run, counted as its span).
  {
    re: new RegExp(
      `${B}(?:(${DURATION_MOD_RE}|${OVER_AS_MORE_THAN}|${UNDER_AS_LESS_THAN}) )?(?:(the|a|an|another) )?(?:(past|last|previous|next|first|coming|final|latest|following|remaining|initial|preceding|full|entire|whole|same|additional|extra|last few|past few|next few|past several|next several|last several|first few) )?(${COUNT_RE}|another)(?: (?:to|or) ${NUMBER_RE}| more)?(?: (?:trading|business|working|consecutive|straight|successive))?(?:[- ](${UNIT_RE})(?:-long)?)( and a half)?(?: or so| or two)?(?![\\w-]| old| of age)`,
      'gi',
    ),
    priority: 8,
    need: /\b(?:centur|decade|year|quarter|half|month|week|fortnight|day|hour|minute|second)/,
    text: SPAN_UNIT_RE,
    build: (m) => {
      let countWord = m[4] ?? '';
      const determiner = m[2];
      const qualifier = (m[3] ?? '').toLowerCase();
      if (/\bfew\b|several/.test(qualifier)) countWord = 'few';
      let count = parseCount(countWord);
      // "another week": one more. "Just another day", "in another year" (a different one) and
      // "another quarter" of a cost count nothing.
      if (/^another$/i.test(countWord)) {
        if (/^(?:quarter|half|second)s?$/i.test(m[5] ?? '')) return null;
        if (/\b(?:just|in|yet|of|on|like|as|simply|only|merely|not|one)\s$/i.test(textBefore(m, 8)))
          return null;
      }
      if (/^(?:an?|another)$/i.test(countWord)) count = 1;
      // "a year and a half"
      if (m[6] && count !== null) count += 0.5;
      // "the year" alone is handled below; "a day" is a span, "the first day" is no duration.
      const unitWord = m[5] ?? '';
      if (/^the$/i.test(countWord)) return null;
      // "some day the line will reach the coast": "some" before a unit in the singular picks one
      // out; it counts nothing.
      if (/^some$/i.test(countWord) && !/s$/i.test(unitWord)) return null;
      const value = durationValue(count, unitWord);
      if (!value) return null;
      if (titledSpan(m, countWord, unitWord)) return null;
      const mod = durationMod(m[1]);
      const before = textBefore(m, 10);
      const after = textAfter(m, 4);
      // "seven days a week", "24 hours a day": how much of each unit, a rate, not a span.
      if (!/^(?:an?)$/i.test(countWord) && PER_UNIT_AFTER_RE.test(textAfter(m, 12))) return null;
      // "$5 a year", "twice a year", "90 people a day", "150 minutes of exercise a week": a
      // rate, or a set matched by its own rule.
      if (
        /^(?:an?)$/i.test(countWord) &&
        (RATE_BEFORE_RE.test(textBefore(m, 24)) || AMOUNT_OF_BEFORE_RE.test(textBefore(m, 48))) &&
        !/\bas $/i.test(before) && // "as long as a month" is a span
        !qualifier &&
        !determiner
      )
        return null;
      // "three-quarters of", "a quarter of the market", "a second group": not spans of time.
      // "several quarters of losses" is a span all the same: no fraction is counted so.
      const spanOfQuarters = /^(?:several|few|a few)$/i.test(countWord);
      if (
        /^quarters?$/i.test(unitWord) &&
        ((/^ of\b/.test(after) && !spanOfQuarters) || /-/.test(m[0]))
      )
        return null;
      // "rose a quarter to 31 dollars", "a quarter point", "a quarter to five", "between a quarter
      // and a third", "over a quarter, 26 percent": a fraction of an amount, or of an hour.
      if (
        /^quarter$/i.test(unitWord) &&
        /^(?:an?)$/i.test(countWord) &&
        QUARTER_OF_AMOUNT_AFTER_RE.test(textAfter(m, 24))
      )
        return null;
      if (/^seconds?$/i.test(unitWord) && /^(?:an?)$/i.test(countWord)) return null;
      // "six months of severance pay", "a year's salary": an amount of money counted in time.
      if (PAY_AFTER_RE.test(textAfter(m, 24))) return null;
      // "will one day be": after a modal, "one day" is some time ahead, not a span of a day; the
      // rule for "will one day" reads it.
      if (
        /^one$/i.test(countWord) &&
        /^days?$/i.test(unitWord) &&
        !m[1] &&
        !determiner &&
        !qualifier &&
        LOOKING_AHEAD_END_RE.test(before)
      )
        return null;
      // "a day-long meeting": the article's, not a count; the unit alone is read below.
      if (/-long\b/i.test(m[0]) && /^(?:an?)$/i.test(countWord)) return null;
      // "a five-year low", "the two days": the article belongs to the noun phrase, not the span.
      let trimStart = hedgeLength(m[1]);
      // "expected to last six weeks": the verb "last", which the span follows.
      if (
        qualifier === 'last' &&
        !m[1] &&
        !determiner &&
        /\b(?:to|will|would|could|may|might|can|should|must|shall|won['’]t|not|usually|only|often)\s$/i.test(
          before,
        )
      )
        trimStart = 'last '.length;
      const adjectival = /-/.test(m[0].slice(-(unitWord.length + 1))) || !/s$/i.test(unitWord);
      if (determiner && !qualifier && !/^(?:an?)$/i.test(countWord) && !m[1] && adjectival)
        trimStart = determiner.length + 1;
      // "the extra ten-day period": an adjective of the noun phrase goes with its article.
      const hyphenated = /-/.test(m[0].slice(-(unitWord.length + 1)));
      if (determiner && /^(?:extra|additional|full|entire|whole)$/.test(qualifier) && hyphenated)
        trimStart = m[0].toLowerCase().indexOf(qualifier, determiner.length) + qualifier.length + 1;
      return {
        trimStart,
        resolve: () => withMod({ type: 'DURATION', value }, mod),
      };
    },
  },
  // Bare plural spans: "for years", "in recent months", "the coming weeks", "decades"; a pair
  // ("within weeks or months", "weeks or even months") is one vague span, counted in its first
  // unit.
  {
    re: /\b(?<!-)(?:(for|in|over|within|during|after|of) (?:the )?)?((?:recent|past|future|the past|the last|the coming|the next|the following|the previous|coming|many|several|the first few) )?(centuries|decades|years|quarters|months|weeks|days|hours|minutes)(?: (?:or|and) (?:even |possibly |perhaps |maybe )?(?:centuries|decades|years|months|weeks|days|hours|minutes))?( ahead| ago)?(?![\w-])/gi,
    priority: 9,
    need: /\b(?:centuries|decades|years|quarters|months|weeks|days|hours|minutes)/,
    build: (m) => {
      const qualifier = (m[2] ?? '').toLowerCase().trim();
      // "just months ago": some time back, no count given.
      if (!m[1] && !qualifier && m[4] === ' ago')
        return { resolve: () => ({ type: 'DATE', value: 'PAST_REF' }) };
      // "the siege lasted weeks", "the repairs took months": the object of a verb of lasting is a
      // span without a preposition.
      const lasting =
        !m[1] &&
        !qualifier &&
        !m[4] &&
        LASTING_BEFORE_RE.test(textBefore(m, 12)) &&
        // "takes days off": leave, not a span.
        !/^ off\b/.test(textAfter(m, 5));
      // "just days before the vote", "came hours after the speech": how far an event lies from
      // another, its count untold.
      const offset =
        !m[1] &&
        !qualifier &&
        !m[4] &&
        /^ (?:before|after)\b/i.test(textAfter(m, 8)) &&
        (/^minutes$/i.test(m[3] ?? '') ? OFFSET_LEAD_MINUTES_RE : OFFSET_LEAD_RE).test(
          textBefore(m, 10),
        ) &&
        !ADJECTIVE_BEFORE_UNIT_RE.test(textBefore(m, 24));
      if (lasting || offset) {
        const value = durationValue(null, m[3] ?? '');
        return value ? { resolve: () => ({ type: 'DURATION', value }) } : null;
      }
      if (!m[1] && !qualifier) return null;
      if (qualifier === 'many' || qualifier === 'several') return null;
      const unit = (m[3] ?? '').toLowerCase();
      const lead = m[1] ? m[0].indexOf(m[2] ?? m[3] ?? '', m[1].length) : 0;
      const startsWithThe =
        m[1] && /^(?:for|in|over|within|during|after|of) the /i.test(m[0]) && !m[2];
      if (m[4] === ' ago') return null;
      const ahead = m[4]?.length ?? 0;
      // "in the weeks ahead": a span from now, "the" and "ahead" in its extent.
      if (ahead && startsWithThe) {
        const value = durationValue(null, unit);
        return value
          ? { trimStart: m[0].indexOf('the '), resolve: () => ({ type: 'DURATION', value }) }
          : null;
      }
      // "in the weeks before the vote": TimeML marks the plural alone as a vague date.
      if (
        startsWithThe &&
        /^(?:days|weeks|months)$/.test(unit) &&
        /^ (?:before|after|following|leading up to)\b/i.test(textAfter(m, 16))
      )
        return {
          trimStart: m[0].indexOf(unit),
          // The month of the date last named, which the event after "before" usually is; the
          // months before it reach past that month.
          resolve: (ctx) => {
            const ref = ctx.lastRef;
            if (unit !== 'months' && ref?.month && (ref.grain === 'day' || ref.grain === 'month'))
              return { type: 'DATE', value: formatPoint(monthPoint(ref.year, ref.month)) };
            return { type: 'DATE', value: ctx.tense === 'future' ? 'FUTURE_REF' : 'PAST_REF' };
          },
        };
      // "the first time in years" is a span; "in the years" and "of days" are no extent alone;
      // "after years of talks" spans the talks, but "after days" alone is no span.
      const spanOfEvents =
        /^after$/i.test(m[1] ?? '') && !startsWithThe && /^ of\b/.test(textAfter(m, 4));
      if (
        m[1] &&
        !qualifier &&
        !spanOfEvents &&
        (/^(?:of|after)$/i.test(m[1]) || (/^in$/i.test(m[1]) && startsWithThe))
      )
        return null;
      // "over the years" is a span with its article, as "the past two years" is; after "for" or
      // "within" the article points at a stretch named elsewhere ("for the months before").
      const spanWithArticle = startsWithThe && /^(?:over|during)$/i.test(m[1] ?? '');
      return {
        trimStart: spanWithArticle
          ? m[0].indexOf('the ')
          : startsWithThe
            ? m[0].indexOf(unit)
            : lead,
        trimEnd: ahead,
        resolve: () => {
          if ((qualifier === 'recent' && unit === 'years') || qualifier === 'past')
            return { type: 'DATE', value: 'PAST_REF' };
          if (qualifier === 'future' || qualifier === 'coming')
            return { type: 'DATE', value: 'FUTURE_REF' };
          const value = durationValue(null, unit);
          return value ? { type: 'DURATION', value } : null;
        },
      };
    },
  },
  // Quarters and halves: "the third quarter", "third-quarter", "the first half of 1998".
  {
    re: new RegExp(
      `${B}(${EDGE_RE})?(?:(the) )?(?:(${YEAR_RE})(?:['’]s)? )?(?:(fiscal|calendar) )?(first|second|third|fourth|1st|2nd|3rd|4th|last|final|latter|back|front)([- ])(?:fiscal )?(quarter|half(?!${HALF_OF_UNIT_RE}))(?:(?:,| of| of fiscal| of calendar)? (${YEAR_RE})|( of (?:the|this|last|next) (?:fiscal )?year))?(?![\\w])`,
      'gi',
    ),
    priority: 3,
    need: /\b(?:quarter|half)/,
    build: (m) => {
      const ordinalWord = (m[5] ?? '').toLowerCase();
      const isHalfWord = /half/i.test(m[7] ?? '');
      // A quarter has no such names as a half's, and "the back half" of a bus is none of a year.
      const sideOfHalf = HALF_SIDES[ordinalWord];
      if (sideOfHalf !== undefined && (!isHalfWord || !(m[3] || m[8] || m[9]))) return null;
      const ordinal =
        ordinalWord === 'last' || ordinalWord === 'final'
          ? isHalfWord
            ? 2
            : 4
          : (sideOfHalf ?? ORDINALS[ordinalWord]);
      // "the last quarter" is the latest one (a relative rule); "the final quarter of 1998" and
      // "the final quarter of last year" are Q4.
      if (
        (ordinalWord === 'last' || ordinalWord === 'final') &&
        !isHalfWord &&
        !m[3] &&
        !m[8] &&
        !m[9]
      )
        return null;
      if (!ordinal) return null;
      const isHalf = /half/i.test(m[7] ?? '');
      if (isHalf && ordinal > 2) return null;
      const hyphen = m[6] === '-';
      // "scored twice in the second half", "a penalty in the fourth quarter": a period of play
      // in a match, not of the calendar, when nothing ties it to a year.
      const mayBePlay = !hyphen && !m[3] && !m[8] && !m[9];
      // "the first half of the century", "the second half of his term": a part of something
      // else than a year.
      if (mayBePlay && OF_SOMETHING_ELSE_RE.test(textAfter(m, 24))) return null;
      const explicitYear = m[3] ? n(m[3]) : m[8] ? n(m[8]) : null;
      const ofYear = (m[9] ?? '').toLowerCase();
      // "the third-quarter results": "the" belongs to "results", not to the quarter; so does an
      // edge ("the end of the third-quarter push").
      const edge = hyphen ? '' : (m[1] ?? '');
      const trimStart = (hyphen ? (m[1]?.length ?? 0) : 0) + (hyphen && m[2] && !m[3] ? 4 : 0);
      // "the end of the first quarter": the quarter, its edge in the mod.
      const mod = edgeMod(edge);
      return {
        trimStart,
        resolve: (ctx) => {
          if (mayBePlay && PLAY_CUE_RE.test(ctx.sentence ?? '')) return null;
          let year = explicitYear;
          const closing = year === null ? periodEnd(m.input, m.index + m[0].length, ctx) : null;
          if (year === null && ctx.anchor) {
            if (/last/.test(ofYear)) year = ctx.anchor.year - 1;
            else if (/next/.test(ofYear)) year = ctx.anchor.year + 1;
            else if (/this/.test(ofYear)) year = ctx.anchor.year;
            // "the first quarter of the year": the story's year while it is near.
            else if (/the/.test(ofYear) && storyYear(ctx) !== null) year = storyYear(ctx);
            // "the second quarter ended Nov. 30": a fiscal quarter, of the year it ended in.
            else if (closing) year = closing.year;
            else if (isHalf)
              year =
                ctx.tense === 'future' || ordinal * 6 - 5 <= ctx.anchor.month
                  ? ctx.anchor.year
                  : ctx.anchor.year - 1;
            else year = quarterYear(ctx, ctx.anchor, ordinal, m.input, m.index, m[0].length);
          }
          if (year === null)
            return withMod(
              { type: 'DATE', value: isHalf ? `XXXX-H${ordinal}` : `XXXX-Q${ordinal}` },
              mod,
            );
          const p: Point = isHalf
            ? { grain: 'half', year, half: ordinal }
            : { grain: 'quarter', year, quarter: ordinal };
          return date(p, mod);
        },
      };
    },
  },
  // "the first two quarters of 1998": two quarters from a year's edge are that half of the year.
  {
    re: new RegExp(
      `${B}(?:the )?(first|last|final) two (?:fiscal )?quarters(?: of (?:fiscal |calendar )?(${YEAR_RE})| of (this|last|next) year)?(?![\\w])`,
      'gi',
    ),
    priority: 3,
    need: /\bquarters/,
    build: (m) => {
      const half = (m[1] ?? '').toLowerCase() === 'first' ? 1 : 2;
      const explicitYear = m[2] ? n(m[2]) : null;
      const which = (m[3] ?? '').toLowerCase();
      // Without a year, "the last two quarters" are the latest two, a span counted back.
      if (half === 2 && explicitYear === null && !which) return null;
      return {
        resolve: (ctx) => {
          if (explicitYear !== null) return date({ grain: 'half', year: explicitYear, half });
          if (!ctx.anchor) return { type: 'DATE', value: `XXXX-H${half}` };
          const shiftYears = which === 'last' ? -1 : which === 'next' ? 1 : 0;
          const year = which
            ? ctx.anchor.year + shiftYears
            : ctx.tense === 'future' || half * 6 - 5 <= ctx.anchor.month
              ? ctx.anchor.year
              : ctx.anchor.year - 1;
          return date({ grain: 'half', year, half });
        },
      };
    },
  },
  // "the quarter", "the latest quarter", "the current quarter": the one the story is about.
  {
    re: /\b(?<!-)the (?:(latest|current|most recent|recent|just-ended|just ended|past|same|fiscal|year's|first|final) )?(quarter|period)(?![\w-])/gi,
    priority: 9,
    need: /\b(?:quarter|period)/,
    build: (m) => {
      const qualifier = (m[1] ?? '').toLowerCase();
      const period = (m[2] ?? '').toLowerCase() === 'period';
      if (period && !/latest|current|most recent|same/.test(qualifier)) return null;
      if (qualifier === 'first' || qualifier === 'final') return null;
      // "the quarter of voters who", "the quarter of a million": a fourth part, not three months.
      const end = m.index + m[0].length;
      if (!qualifier && /^ of\b/i.test(m.input.slice(end, end + 4))) return null;
      return {
        resolve: (ctx) => {
          // "scored in the quarter after the break": a period of play, as "the fourth quarter" is.
          if (!qualifier && PLAY_CUE_RE.test(ctx.sentence ?? '')) return null;
          // "paid $1 million over the same period" after "between June 2012 and April 2014"
          // is that span: "period" is a quarter only in a story of quarters or of results.
          const quarters =
            ctx.lastPeriod ||
            ctx.lastRef?.grain === 'quarter' ||
            RESULTS_WORD_RE.test(ctx.sentence ?? '');
          if (period && !quarters) return null;
          if (!ctx.anchor) return { type: 'DATE', value: 'XXXX-QX' };
          if (qualifier === 'current')
            return date({
              grain: 'quarter',
              year: ctx.anchor.year,
              quarter: quarterOf(ctx.anchor.month),
            }); // "the latest quarter" is the one just reported, whatever the article mentioned before.
          if (/latest|most recent|just/.test(qualifier)) return date(previousQuarter(ctx.anchor));
          // "the quarter ended May 31" is the calendar quarter most of its three months fall
          // in, whatever quarter the story named before.
          const last = periodEnd(m.input, m.index + m[0].length, ctx);
          if (last) {
            const middle = addDays(last, -45);
            return date({ grain: 'quarter', year: middle.year, quarter: quarterOf(middle.month) });
          }
          if (ctx.lastRef?.grain === 'quarter') return date(ctx.lastRef);
          return date(previousQuarter(ctx.anchor));
        },
      };
    },
  },
  // Seasons: "this summer", "last fall", "the winter of 1998", "spring", "later that spring".
  {
    re: new RegExp(
      `${B}(?:(?:the (?=early|late|mid))?(${EDGE_RE})(?:the )?|(?:earlier|later) (?=that ))?(?:(last|this|next|the|this past|this coming|that|that same) )?(${SEASON_RE})(?:(?:,| of)? (${YEAR_RE})(?:[-–](?:\\d{4}|\\d{1,2})(?![\\d-]))?| of (this|last|next|that) year\\b)?(?![\\w-])`,
      'gi',
    ),
    priority: 7,
    need: /\b(?:spring|summer|fall|autumn|winter)/,
    build: (m) => {
      const word = (m[3] ?? '').toLowerCase();
      const season = SEASONS[word];
      if (!season) return null;
      const qualifier = (m[2] ?? '').toLowerCase();
      if (word === 'fall' && !qualifier && !m[4] && !m[1]) return null;
      // "the fall of the city", "this fall in prices": a collapse or a drop, not the season,
      // which a year would follow.
      const after = textAfter(m, 40);
      if (word === 'fall' && !m[4] && !m[5] && (/^ of\b/.test(after) || FALL_IN_RE.test(after)))
        return null;
      // "the Summer Olympics", "the Winter Games": a capitalized season before a capitalized
      // word names an event, unless a headline capitalizes every word.
      if (
        isCapitalized(m[3] ?? '') &&
        !m[4] &&
        !m[5] &&
        /^ [A-Z][a-z]/.test(after) &&
        !lineInTitleCase(m.input, m.index)
      )
        return null;
      const anaphoric = qualifier.startsWith('that');
      // "said that summer jobs were scarce": a conjunction before a noun, not the season.
      if (qualifier === 'that' && THAT_AS_CONJUNCTION_RE.test(textBefore(m, 12))) return null;
      const which = qualifier === 'the' || anaphoric ? null : whichOf(qualifier);
      const mod = edgeMod(m[1]);
      const year = m[4] ? n(m[4]) : null;
      const before = textBefore(m, 10).toLowerCase();
      if (
        !qualifier &&
        !m[4] &&
        !m[1] &&
        !/\b(?:in|during|since|until|by|through|this|last|next|of|over)\s$/.test(before)
      )
        return null;
      // As for a month: a season awaited ("heading into the fall") or voted in lies ahead.
      const lead = textBefore(m, 24);
      const end = m.index + m[0].length;
      const awaited = AWAITING_RE.test(lead) || TOWARD_RE.test(lead);
      const vote =
        VOTE_AFTER_RE.test(m.input.slice(end, end + 40)) || VOTE_BEFORE_RE.test(textBefore(m, 40));
      return {
        trimStart: qualifier === 'the' && !m[1] ? 0 : 0,
        resolve: (ctx) => {
          if (year !== null) return date({ grain: 'season', year, season }, mod);
          const named = m[5] ? yearNamed(m[5].toLowerCase(), ctx) : null;
          if (named !== null) return date({ grain: 'season', year: named, season }, mod);
          // "that summer", "later that spring": the season of the year the paragraph is telling,
          // or the one before it told; a point the story now stands at ("the following spring"
          // counts from it).
          if (anaphoric) {
            const near = ctx.nearRef;
            return near ? date({ grain: 'season', year: near.year, season }, mod) : null;
          }
          if (!ctx.anchor) return withMod({ type: 'DATE', value: `XXXX-${season}` }, mod);
          const told = ctx.outlook ?? ctx.tense;
          const tense = awaited || (vote && told !== 'past') ? 'future' : vote ? 'present' : told;
          const y = yearForSeason(ctx.anchor, season, which, tense);
          return date({ grain: 'season', year: y, season }, mod);
        },
      };
    },
  },
  // Reference words: now, currently, recently, the past, the future.
  {
    re: /\b(?<!-)(right now|just now|now|currently|then[- ]current|current|nowadays|these days|at present|the present|more recently|recently|recent|lately|the past|the future|future|soon|in the near future|the near future|once again|the near term|the short term|the long term)(?![\w-])/gi,
    priority: 10,
    need: /\b(?:now|current|days|present|recent|lately|past|future|soon|term)/,
    build: (m) => {
      const word = (m[1] ?? '').toLowerCase();
      if (word === 'once again') return null;
      if (/now$/.test(word) && titleInsideName(m, m[0])) return null;
      const after = textAfter(m, 12).toLowerCase();
      const before = textBefore(m, 8).toLowerCase();
      if (
        word === 'the past' &&
        /^\s*(?:\d|few|several|couple|dozen|half|two|three|four|five|six|seven|eight|nine|ten|year|month|week|decade|centur|quarter|day|night|hour|minute|season|spring|summer|fall|autumn|winter)/.test(
          after,
        )
      )
        return null;
      if (word === 'future') return null;
      if (word === 'the future' && /^\s*of\b/.test(after)) return null;
      // "the worst in recent memory", "recent history": an idiom of comparison, no time told.
      if (word === 'recent' && /^\s*(?:memory|history)\b/.test(after)) return null;
      if (word === 'soon' && (/\bas\s$/.test(before) || /^\s*(?:after|before|as)\b/.test(after)))
        return null;
      // "was soon released": "soon" after a past event is no reference to the future.
      if (
        word === 'soon' &&
        (/\b(?:was|were|had|and)\s$/.test(before) || /^\s+[a-z]+ed\b/.test(after))
      )
        return null;
      if (/foreseeable\s$/.test(before)) return null;
      // "a current of discontent" is a flow, and "current affairs" names no time of the story.
      if (
        word === 'current' &&
        /^\s*(?:account|affairs|events|law|system|president|chairman|rules|prices?|members?|and former|of)\b/.test(
          after,
        )
      )
        return null;
      // "the then-current price": the present of a time told, in the past.
      const value = word.startsWith('then')
        ? 'PAST_REF'
        : /now|current|present|these days|nowadays/.test(word)
          ? 'PRESENT_REF'
          : /recent|lately|past|previously/.test(word)
            ? 'PAST_REF'
            : 'FUTURE_REF';
      // "right now", "just now": the intensifier stays outside, as "just" does before a span.
      const trimStart =
        word === 'at present' || word === 'in the near future'
          ? 3
          : word === 'right now' || word === 'just now'
            ? word.length - 3
            : 0;
      return {
        trimStart,
        // "the trickle soon became a flood": in a past narrative "soon" follows an event told,
        // it does not point past the publication date.
        // A modal before it ("may soon seek") still looks ahead, whatever the reporting verb.
        resolve: (ctx) =>
          word === 'soon' &&
          ctx.tense === 'past' &&
          !/\b(?:will|would|may|might|could|can|should|must|to|be)\s$/.test(before)
            ? null
            : { type: 'DATE', value },
      };
    },
  },
  // Sets: daily, weekly, "every day", "each year", "twice a year", "$5 a month".
  {
    re: new RegExp(
      `${B}(?:(?:(?:once|twice|three times|(?:${NUMBER_RE}) times) (?=(?:daily|weekly|monthly|annually|yearly|hourly|nightly)\\b))?(daily|weekly|biweekly|fortnightly|monthly|annually|yearly|hourly|nightly|semiannually|semi-annually|bimonthly)|(?:(every|each) (?:other |(${NUMBER_RE}) )?(${UNIT_RE}|morning|afternoon|evening|night|${SEASON_RE}|(?:${MONTH_RE})(?: \\d{1,2}(?:st|nd|rd|th)?(?![\\d,:]))?))|(?:(once|twice|three times|(?:${NUMBER_RE}) times) )?(?:a|per) (year|month|week|day|hour|minute|quarter))(?![\\w-])`,
      'gi',
    ),
    priority: 5,
    need: /\b(?:daily|weekly|biweekly|fortnightly|monthly|annually|yearly|hourly|nightly|semi|centur|decade|year|quarter|month|week|day|hour|minute|morning|afternoon|evening|night|spring|summer|fall|autumn|winter|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/,
    // Every set this rule reads holds one of these words ("per year" alone is none).
    text: /\b(?:daily|weekly|biweekly|fortnightly|monthly|annually|yearly|hourly|nightly|semi-?annually|bimonthly|every|each|once|twice|times)\b/i,
    build: (m) => {
      const adverb = (m[1] ?? '').toLowerCase();
      const before = textBefore(m, 12);
      if (adverb) {
        const after = textAfter(m, 12);
        // "the Daily Beast", "Daily Show host": capitalized before a name, it is part of the name.
        if (/^[A-Z]/.test(m[1] ?? '') && (insideName(m.input, m.index) || /^ [A-Z]/.test(after)))
          return null;
        // "a weekly magazine": a periodical named by how often it appears is a kind of paper, not
        // a recurrence the story tells. Other nouns ("weekly meetings", "hourly wages") recur.
        if (
          /^(?:monthly|weekly|biweekly|bimonthly|yearly)$/.test(adverb) &&
          /^ (?:magazine|newspaper|paper|journal|newsletter|publication|tabloid|periodical|digest)s?\b/.test(
            textAfter(m, 16),
          )
        )
          return null;
        if (
          /^(?:daily|weekly|biweekly|fortnightly|monthly|bimonthly|quarterly)$/.test(adverb) &&
          publicationNoun(m.input, m.index, m.index + m[0].length)
        )
          return null;
        if (adverb === 'daily' && /average\s$/i.test(before)) return null;
        const map: Record<string, string> = {
          daily: 'P1D',
          weekly: 'P1W',
          biweekly: 'P2W',
          fortnightly: 'P2W',
          monthly: 'P1M',
          quarterly: 'P1Q',
          annually: 'P1Y',
          yearly: 'P1Y',
          hourly: 'PT1H',
          // Each night, as "every night" is: the part of the day recurs, not a whole day.
          nightly: 'XXXX-XX-XXTNI',
          semiannually: 'P6M',
          'semi-annually': 'P6M',
          bimonthly: 'P2M',
        };
        return { resolve: () => ({ type: 'SET', value: map[adverb] ?? 'P1D' }) };
      }
      if (m[2]) {
        const unitWord = (m[4] ?? '').toLowerCase();
        const part = DAY_PARTS[unitWord];
        const season = SEASONS[unitWord];
        // "every May 20": the day recurs each year.
        const dated = /^(.+) (\d{1,2})(?:st|nd|rd|th)?$/.exec(m[4] ?? '');
        const month = monthNumber(dated?.[1] ?? unitWord);
        const day = Number(dated?.[2] ?? 0);
        if (month && day >= 1 && day <= 31)
          return { resolve: () => ({ type: 'SET', value: `XXXX-${pad2(month)}-${pad2(day)}` }) };
        if (month) return { resolve: () => ({ type: 'SET', value: `XXXX-${pad2(month)}` }) };
        const count = m[3] ? parseCount(m[3]) : /other/i.test(m[0]) ? 2 : 1;
        return {
          resolve: () => {
            if (part) return { type: 'SET', value: `XXXX-XX-XXT${part}` };
            if (season) return { type: 'SET', value: `XXXX-${season}` };
            // "every weekend" is each weekend of the calendar, as "on weekends" is.
            if (unitWord === 'weekend' && count === 1) return { type: 'SET', value: 'XXXX-WXX-WE' };
            const value = durationValue(count, unitWord.replace(/s$/, ''));
            return value ? { type: 'SET', value } : null;
          },
        };
      }
      const unitWord = m[6] ?? '';
      if (!m[5]) return null;
      const value = durationValue(1, unitWord);
      return value ? { resolve: () => ({ type: 'SET', value }) } : null;
    },
  },
  // Clock times: "10:30 a.m.", "4 p.m. EST", "noon", "midnight".
  {
    re: /\b(?<![:.$])(?:(\d{1,2})(?:[:.](\d\d))?\s?(a\.m\.|p\.m\.|am\b|pm\b|a\.m\b|p\.m\b)|(\d{1,2})(?::|\.(?=\d\d \(?(?:GMT|UTC|BST|CET|CEST)\b))(\d\d)(?![\d:])|(noon|midnight|midday))(?:\s?\(?(EST|EDT|CST|CDT|MST|MDT|PST|PDT|GMT|UTC|BST|CET|CEST|ET|PT)\b\)?)?/gi,
    priority: 4,
    // British copy writes a world time with a dot ("09.15 BST"), a decimal only before its zone.
    need: /(?:\d[:.]\d|[ap]\.?m|noon|midnight|midday|^(?:gmt|utc|bst|cet|cest)$)/,
    build: (m) => {
      let hour: number;
      let minute = 0;
      let smallHours = false;
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
        const before = textBefore(m, 14).toLowerCase();
        const after = textAfter(m, 12);
        // A preposition (hedged or not: "at about 02:30"), a time zone or "local time" tells a 24-hour clock from a score or a ratio.
        if (
          !/\b(?:at|by|until|from|to|after|before)\s(?:about\s|around\s)?$/.test(before) &&
          !m[7] &&
          !/^ local time\b/i.test(after)
        )
          return null;
        // "on Tuesday evening at 7:30": the part of the day just named says which half of the
        // day a clock without a.m. or p.m. reads.
        // Only the hours a part of the day holds on the afternoon's side of the dial: one to four
        // at night are the small hours of the next day.
        const later = LATER_PART_BEFORE_CLOCK.exec(textBefore(m, 24));
        const part = later?.[1]?.toLowerCase() ?? '';
        const [low, high] = LATER_HOURS[part.replace('tonight', 'night')] ?? [0, -1];
        // "Friday night until 7:00" ends in the morning; "tonight until 7:00" is this evening.
        const morningEnd = part === 'night' && /until|by/.test(later?.[2] ?? '') && hour <= 7;
        if (hour >= low && hour <= high && !morningEnd) hour += 12;
        smallHours =
          /night/.test(part) && /at|from/.test(later?.[2] ?? '') && hour >= 1 && hour <= 4;
      }
      if (minute > 59) return null;
      const clock = hour === 24 ? 'T24:00' : `T${pad2(hour)}:${pad2(minute)}`;
      const end = m.index + m[0].length;
      const weekdayWord = DAY_AFTER_CLOCK.exec(m.input.slice(end, end + 40))?.[1];
      const weekday = weekdayWord ? weekdayNumber(weekdayWord) : null;
      return {
        // "(05:00 GMT)": the closing parenthesis of a clause, not of the zone, stays outside.
        trimEnd: m[0].endsWith(')') && !m[0].includes('(') ? 1 : 0,
        resolve: (ctx) => {
          const resolved = clockOnDay(ctx, clock, weekday);
          // "Friday night at 2:15" is early on Saturday.
          if (!smallHours || !/^\d{4}-\d\d-\d\d/.test(resolved.value)) return resolved;
          const day = parseAnchor(resolved.value.slice(0, 10));
          return day ? { ...resolved, value: `${formatDay(addDays(day, 1))}${clock}` } : resolved;
        },
      };
    },
  },
  // Clock times in words: "8 o'clock", "half past two", "a quarter to five", "ten to six",
  // "ten o'clock at night". Without a part of the day, one to six are the afternoon's.
  // The hour has to end the phrase: "a quarter to five percent" and "the quarter after two
  // quarters" are amounts, "the six o'clock news" names a programme.
  {
    re: /\b(?<![:.$])(?:(about|around|approximately) )?(?:(?:(a|the) )?(half|quarter) (past|after|to) (\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|noon|midnight)(?: o['’]clock)?|(five|ten|twenty|twenty[- ]five|\d{1,2} minutes) (past|after|to) (\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|noon|midnight)(?: o['’]clock)?|(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) o['’]clock)(?: (in the (?:morning|afternoon|evening)|at night|this (?:morning|afternoon|evening)|tonight))?(?![\w'’-]|[.,]\d)/gi,
    priority: 4,
    need: /^(?:o['’]clock|past|quarter|(?:five|ten|twenty|twenty[- ]five) to|minutes)$/,
    text: /\b(?:o['’]clock|half past|quarter (?:past|after|to)|(?:five|ten|twenty|minutes) (?:past|after|to))\b/i,
    build: (m) => {
      const hourWord = (m[5] ?? m[8] ?? m[9] ?? '').toLowerCase();
      const midnight = hourWord === 'midnight';
      let hour =
        midnight || hourWord === 'noon' ? 12 : HOUR_WORDS.indexOf(hourWord) + 1 || n(hourWord);
      if (hour < 1 || hour > 12) return null;
      const before = textBefore(m, 30);
      const after = textAfter(m, 16);
      // "eleven o'clock Tuesday": the hour of the weekday named after it, as for "11 a.m. Tuesday";
      // "half past ten on Sunday night" is that night's.
      const end = m.index + m[0].length;
      const dayAfter = DAY_AFTER_CLOCK.exec(m.input.slice(end, end + 40));
      const weekday = dayAfter?.[1] ? weekdayNumber(dayAfter[1]) : null;
      const partAfterDay = dayAfter
        ? (/^ (morning|afternoon|evening|night)\b/i.exec(
            m.input.slice(end + dayAfter[0].length, end + dayAfter[0].length + 12),
          )?.[1] ?? '')
        : '';
      const part = (m[10] ?? (midnight ? 'at night' : partAfterDay)).toLowerCase();
      if (!m[10] && CLOCK_WORDS_AMOUNT_AFTER_RE.test(after)) return null;
      const fraction = (m[3] ?? '').toLowerCase();
      const minutesWord = (m[6] ?? '').toLowerCase();
      const relation = (m[4] ?? m[7] ?? '').toLowerCase();
      const oclock = /o['’]clock/i.test(m[0]);
      // "the quarter after" is a period of play or of the year, never a clock reading.
      if (m[2]?.toLowerCase() === 'the') return null;
      // "rose a quarter to 5 percent", "odds of ten to one": a change or a ratio, not an hour.
      // "ten to six" and "a quarter to five" are read as clock times only after a word of time
      // ("at", "by", "until"...), "past" after any.
      if (
        (relation !== 'past' || minutesWord) &&
        !oclock &&
        !part &&
        !CLOCK_WORDS_BEFORE_RE.test(before)
      )
        return null;
      if (/\b(?:odds|bet|betting|priced|chances?)\b/i.test(before) || CHANGE_BEFORE_RE.test(before))
        return null;
      // "the six o'clock news": the hour names a programme; "the ten o'clock curfew" still
      // tells when the curfew falls.
      if (
        oclock &&
        !fraction &&
        !minutesWord &&
        /^ (?:news|bulletins?|newscasts?|broadcasts?|shows?|programmes?|programs?|editions?)\b/i.test(
          after,
        )
      )
        return null;
      let minute = fraction === 'half' ? 30 : fraction ? 15 : 0;
      if (minutesWord) minute = MINUTE_WORDS[minutesWord] ?? n(minutesWord);
      if (minute > 59 || (minutesWord && minute < 1)) return null;
      // "a quarter to five" is 4:45.
      if (relation === 'to') {
        if (fraction === 'half') return null;
        minute = 60 - minute;
        hour = hour === 1 ? 12 : hour - 1;
      }
      // "6 o'clock this afternoon" is of the day of publication, not of the day last told.
      const today = /^(?:this|tonight)/.test(m[10] ?? '');
      const clock = clockInPart(hour, minute, part);
      // "about half past eight" is a clock time hedged, as "about 8:30 a.m." is.
      const mod = m[1] ? 'APPROX' : undefined;
      return {
        trimStart: hedgeLength(m[1]),
        resolve: (ctx) => {
          if (!ctx.anchor) return withMod({ type: 'TIME', value: `XXXX-XX-XX${clock}` }, mod);
          const day = weekday
            ? resolveWeekday(ctx.anchor, weekday, ctx.tense)
            : today
              ? ctx.anchor
              : dayOfClock(ctx, ctx.anchor);
          return withMod({ type: 'TIME', value: `${formatDay(day)}${clock}` }, mod);
        },
      };
    },
  },
  // Clock times said in words, as broadcast transcripts give them: "six a.m.", "seven fifteen
  // p.m.", "nine-thirty this morning", "at eleven tonight", "ten oh five in the morning". A
  // number in words is a clock reading only with the half of the day said after it; without
  // "a.m." or "p.m." a word of time before it too ("at", "by"), as "twelve this morning were
  // hurt" counts people.
  {
    re: new RegExp(
      `\\b(?<![:.$-])(?:(about|around|approximately) )?(${HOUR_WORDS.join('|')})(?:[ -](oh[ -](?:${HOUR_WORDS.slice(0, 9).join('|')})|(?:twenty|thirty|forty|fifty)(?:[- ](?:${HOUR_WORDS.slice(0, 9).join('|')}))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen))? (a\\.m\\.?|p\\.m\\.?|in the (?:morning|afternoon|evening)|at night|this (?:morning|afternoon|evening)|tonight|last night)(?:,? (?:on )?(${WEEKDAY_RE}))?(?![\\w-])`,
      'gi',
    ),
    priority: 3,
    need: /^(?:a\.m|p\.m|morning|afternoon|evening|night|tonight)$/,
    text: /(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|teen|ty) (?:[ap]\.m|in the|at night|this|tonight|last night)/i,
    build: (m) => {
      let hour = HOUR_WORDS.indexOf((m[2] ?? '').toLowerCase()) + 1;
      const minuteWords = (m[3] ?? '').toLowerCase();
      const minute = minuteWords
        ? /^oh/.test(minuteWords)
          ? HOUR_WORDS.indexOf(minuteWords.slice(3)) + 1
          : (parseCount(minuteWords) ?? -1)
        : 0;
      if (hour < 1 || minute < 0 || minute > 59) return null;
      const part = (m[4] ?? '').toLowerCase().replace(/\.$/, '');
      const meridiem = /^[ap]\.m$/.test(part);
      const before = textBefore(m, 30);
      if (!meridiem && !m[1] && !CLOCK_WORDS_BEFORE_RE.test(before)) return null;
      let clock: string;
      if (meridiem) {
        if (part === 'p.m' && hour < 12) hour += 12;
        if (part === 'a.m' && hour === 12) hour = 0;
        clock = `T${pad2(hour)}:${pad2(minute)}`;
      } else if (part === 'tonight' || part === 'last night') {
        // "at two tonight" is past midnight: which day is unsure, as for "at 2 tonight".
        if (hour < 5) return null;
        clock = clockInPart(hour, minute, 'at night');
      } else clock = clockInPart(hour, minute, part);
      // "six a.m. Monday" is one expression, as "6 a.m. Monday" is; after a part of the day said
      // in words the weekday is its own.
      const weekdayWord = m[5] && meridiem ? m[5] : undefined;
      const weekday = weekdayWord ? weekdayNumber(weekdayWord) : null;
      const today = /^(?:this|tonight)/.test(part);
      const mod = m[1] ? 'APPROX' : undefined;
      return {
        trimStart: hedgeLength(m[1]),
        trimEnd:
          m[5] && !weekday ? m[0].length - m[0].lastIndexOf(m[4] ?? '') - (m[4] ?? '').length : 0,
        resolve: (ctx) => {
          if (!ctx.anchor) return withMod({ type: 'TIME', value: `XXXX-XX-XX${clock}` }, mod);
          const day = weekday
            ? resolveWeekday(ctx.anchor, weekday, ctx.tense)
            : part === 'last night'
              ? addDays(ctx.anchor, -1)
              : today
                ? ctx.anchor
                : dayOfClock(ctx, ctx.anchor);
          return withMod({ type: 'TIME', value: `${formatDay(day)}${clock}` }, mod);
        },
      };
    },
  },
  // "the year" / "the week" / "the day": the year or week of the story, or a span after "for".
  {
    re: /\b(?<!-)the (year|week|month|day|weekend)(?![\w-]| (?:before|after|earlier|later|ago)\b|(?<=year) \d{1,4}(?![\d,.]\d)(?=\s*(?:[,.;:)!?]|$)|\s+(?:A\.?D\b|when\b|and\b)))/gi,
    priority: 11,
    need: /\b(?:year|week|month|day|weekend)/,
    text: /\bthe (?:year|week|month|day|weekend)/i,
    build: (m) => {
      const unit = (m[1] ?? '').toLowerCase();
      const before = textBefore(m, 12).toLowerCase();
      const after = textAfter(m, 13);
      // "The year in which", "the day in question" are no time of the story; "(at) the weekend in
      // the north" is where a weekend passed.
      const placeAfter = unit === 'weekend' && /^ in (?!which\b|question\b)/i.test(after);
      if (/^\s*(?:of|that|when|in)\b/i.test(after) && !placeAfter) return null;
      // "Person of the Year", "the flavor of the week": a title or an idiom, no time the story tells.
      if (AWARD_BEFORE_RE.test(textBefore(m, 16))) return null;
      // "the week's busiest session" is this week; "the day's events" names no day.
      if (/^['’]s\b/.test(after) && unit !== 'week' && unit !== 'year') return null;
      const next = textAfter(m, 20);
      // "the year ended 31 October", "the year to the end of June", "the year through
      // September": a span up to the date named; "the year ended with a rally" is the year itself.
      if (
        /^\s*(?:ended|ending|to|through)\s+(?:[A-Z\d]|the\b|last\b|this\b|mid-)/.test(next) &&
        (unit === 'year' || unit === 'month' || unit === 'week')
      )
        return { resolve: () => ({ type: 'DURATION', value: durationValue(1, unit) ?? 'P1Y' }) };
      // "For the year, sales rose 4%", "a high for the year", "down 2% for the month": the
      // story's year, month or week, as "In the quarter," frames it; "stayed for the year" spans
      // it, and so do "over", "during" and "throughout".
      const framing =
        (/(?:^|[.!?]["”’]?\s+)For\s$/.test(textBefore(m, 8)) && /^,/.test(after)) ||
        (/\bfor\s$/i.test(before) &&
          (unit === 'year' || unit === 'week' || unit === 'month') &&
          !/^\s*(?:ended|ending|to|through)\b/.test(next) &&
          !LASTING_FOR_BEFORE_RE.test(textBefore(m, 40)));
      if (/\b(?:for|over|during|throughout)\s$/.test(before) && unit !== 'weekend' && !framing)
        return { resolve: () => ({ type: 'DURATION', value: durationValue(1, unit) ?? 'P1Y' }) };
      if (unit === 'day' || (unit === 'month' && !framing)) return null;
      return {
        resolve: (ctx) => {
          if (!ctx.anchor) return null;
          // "down 2.7% for the month": the month the story's figures are for, the one it named
          // in its paragraph or else the month under way.
          if (unit === 'month') {
            const near = ctx.paragraphRef;
            const told = near?.grain === 'month' && near.month ? near : null;
            const point = monthPoint(
              told?.year ?? ctx.anchor.year,
              told?.month ?? ctx.anchor.month,
            );
            return date(point, undefined, false);
          }
          if (unit === 'weekend') {
            // "calls over the weekend" without a tense word: news tells a weekend once it is over.
            // On a Saturday or a Sunday it is the weekend under way.
            const tense = ctx.tense === 'future' ? 'future' : 'past';
            const week = weekPoint(
              isoWeekday(ctx.anchor) >= 6 ? ctx.anchor : resolveWeekday(ctx.anchor, 6, tense),
            );
            return weekendOf(week);
          }
          if (unit === 'week') return { type: 'DATE', value: formatPoint(weekPoint(ctx.anchor)) };
          const year = storyYear(ctx) ?? ctx.anchor.year;
          return date({ grain: 'year', year }, undefined, false);
        },
      };
    },
  },
  // "the end of the year", "the beginning of the month", "the end of the fiscal year": the current
  // year or month, with its edge;
  // "the end of the quarter" is the quarter the story is about, else the one under way unless
  // the sentence tells of it as done.
  {
    re: /\b(?<!-)the (beginning|start|end|middle|close|rest|remainder|balance) of the (?:(?:fiscal|calendar) (?=year))?(year|quarter|month|week|decade)(?![\w-])/gi,
    priority: 5,
    need: /\b(?:year|quarter|month|week|decade)/,
    text: /\bof the (?:(?:fiscal|calendar) )?(?:year|quarter|month|week|decade)/i,
    build: (m) => {
      const edge = (m[1] ?? '').toLowerCase();
      const unit = (m[2] ?? '').toLowerCase() as Unit;
      const mod = /beginning|start/.test(edge) ? 'START' : /middle/.test(edge) ? 'MID' : 'END';
      const span = /rest|remainder|balance/.test(edge);
      // "between now and the end of the year", "from now until the end of the month": counted
      // from the present, the year or month under way, whatever year the story named last.
      // So is a start a present perfect runs from: "has lost 30% since the start of the year".
      const fromNow =
        /\b(?:between now and|from now (?:until|till|to|through))\s$/i.test(textBefore(m, 28)) ||
        (/\bsince\s$/i.test(textBefore(m, 8)) &&
          /^(?:beginning|start)$/.test(edge) &&
          /\b(?:has|have|hasn['’]t|haven['’]t)\b[^.;!?]*$/i.test(textBefore(m, 80)));
      return {
        resolve: (ctx) => {
          if (!ctx.anchor) return null;
          const story = unit === 'year' && !fromNow ? storyYear(ctx) : null;
          // "The fire started on Nov. 12, 2015. By the end of the week it was out": told in the
          // past, the week or the month of the day the story just named.
          const told = ctx.recentDay;
          const storyDay =
            told && (unit === 'week' || unit === 'month') && !fromNow && ctx.tense === 'past'
              ? told
              : null;
          // "Sales fell at the end of the year", written before this year's end is near (by
          // November it is under way): last year's.
          const endGone =
            story === null &&
            unit === 'year' &&
            mod === 'END' &&
            !span &&
            !fromNow &&
            ctx.tense === 'past' &&
            ctx.firmTense &&
            ctx.anchor.month < 11;
          const base =
            story !== null
              ? { grain: 'year' as const, year: story }
              : endGone
                ? { grain: 'year' as const, year: ctx.anchor.year - 1 }
                : storyDay
                  ? unitPoint(storyDay, unit)
                  : unit === 'quarter' && ctx.lastRef?.grain === 'quarter'
                    ? ctx.lastRef
                    : unit === 'quarter' && ctx.tense === 'past'
                      ? previousQuarter(ctx.anchor)
                      : unitPoint(ctx.anchor, unit);
          return span ? date(base, undefined, false) : date(base, mod, false);
        },
      };
    },
  },
];

/**
 * The day a clock time or a part of the day with no day of its own falls on ("at 8 p.m.", "by
 * mid-morning"): the day the story just named, or the publication day. A sentence that looks
 * ahead ("will perform at 8 p.m.") does not go back to a day already past ("was born on 12 Feb
 * 1950").
 */
function dayOfClock(ctx: ResolveContext, anchor: Day): Day {
  const day = ctx.recentDay;
  if (!day) return anchor;
  if (afterDay(dayPoint(anchor), day) && ctx.tense === 'future') return anchor;
  return day;
}

/** A clock time on the weekday written after it, else on the day the story is at. */
function clockOnDay(ctx: ResolveContext, clock: string, weekday: number | null): Resolved {
  if (!ctx.anchor) return { type: 'TIME', value: `XXXX-XX-XX${clock}` };
  const day = weekday
    ? resolveWeekday(ctx.anchor, weekday, ctx.tense)
    : dayOfClock(ctx, ctx.anchor);
  return { type: 'TIME', value: `${formatDay(day)}${clock}` };
}

/** The cardinal words a year can be spelled with ("nineteen eighty-nine"): one to nine, ten to ninety. */
const SPELLED_UNITS = cardinalWords(1, 9);
const SPELLED_TENS = cardinalWords(10, 90);

/** "nineteen ninety-six" -> 1996, "two thousand (and) one" -> 2001: years as broadcast says them. */
export function spelledYear(words: string): number | null {
  const w = words.toLowerCase().replace(/-/g, ' ').replace(/\s+/g, ' ').trim();
  const thousand = /^two thousand(?: (?:and )?(\w+)(?: (\w+))?)?$/.exec(w);
  if (thousand) {
    const rest =
      (SPELLED_TENS[thousand[1] ?? ''] ?? SPELLED_UNITS[thousand[1] ?? ''] ?? 0) +
      (SPELLED_UNITS[thousand[2] ?? ''] ?? 0);
    return 2000 + rest;
  }
  const m = /^(nineteen|eighteen|seventeen|twenty) (\w+)(?: (\w+))?$/.exec(w);
  if (!m) return null;
  const century = SPELLED_TENS[m[1] ?? ''];
  const tens = SPELLED_TENS[m[2] ?? ''];
  if (century === undefined || tens === undefined) return null;
  const units = m[3] ? SPELLED_UNITS[m[3]] : 0;
  if (units === undefined || (m[3] && tens < 20)) return null;
  return century * 100 + tens + units;
}

const SPELLED_YEAR_RE =
  '(?:(?:nineteen|eighteen) (?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?)|two thousand(?: (?:and )?(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen))?|twenty (?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|thirty))';

/** Fixed-date and rule-based holidays news mentions, as month/day for a given year. */
const HOLIDAYS: Record<string, (year: number) => Day> = {
  "new year's day": (year) => ({ year, month: 1, day: 1 }),
  "new year's eve": (year) => ({ year, month: 12, day: 31 }),
  // "after New Year's": the day; "a New Year's resolution" is a thing named for it (below).
  "new year's": (year) => ({ year, month: 1, day: 1 }),
  "valentine's day": (year) => ({ year, month: 2, day: 14 }),
  'independence day': (year) => ({ year, month: 7, day: 4 }),
  'the fourth of july': (year) => ({ year, month: 7, day: 4 }),
  halloween: (year) => ({ year, month: 10, day: 31 }),
  'veterans day': (year) => ({ year, month: 11, day: 11 }),
  'christmas eve': (year) => ({ year, month: 12, day: 24 }),
  'christmas day': (year) => ({ year, month: 12, day: 25 }),
  christmas: (year) => ({ year, month: 12, day: 25 }),
  'boxing day': (year) => ({ year, month: 12, day: 26 }),
  'thanksgiving day': (year) => nthWeekday(year, 11, 4, 4),
  thanksgiving: (year) => nthWeekday(year, 11, 4, 4),
  'labor day': (year) => nthWeekday(year, 9, 1, 1),
  'memorial day': (year) => lastWeekday(year, 5, 1),
  'election day': (year) => addDays(nthWeekday(year, 11, 1, 1), 1),
  // The day most states hold their presidential primaries: the first Tuesday of March.
  'super tuesday': (year) => nthWeekday(year, 3, 2, 1),
  'inauguration day': (year) => ({ year, month: 1, day: 20 }),
  'black friday': (year) => addDays(nthWeekday(year, 11, 4, 4), 1),
  'martin luther king day': (year) => nthWeekday(year, 1, 1, 3),
  'martin luther king jr. day': (year) => nthWeekday(year, 1, 1, 3),
  'mlk day': (year) => nthWeekday(year, 1, 1, 3),
  'presidents day': (year) => nthWeekday(year, 2, 1, 3),
  "presidents' day": (year) => nthWeekday(year, 2, 1, 3),
  "mother's day": (year) => nthWeekday(year, 5, 7, 2),
  "father's day": (year) => nthWeekday(year, 6, 7, 3),
  "st. patrick's day": (year) => ({ year, month: 3, day: 17 }),
  easter: (year) => easter(year),
  'easter sunday': (year) => easter(year),
  'good friday': (year) => addDays(easter(year), -2),
  'easter monday': (year) => addDays(easter(year), 1),
  'holy saturday': (year) => addDays(easter(year), -1),
  'holy thursday': (year) => addDays(easter(year), -3),
  'maundy thursday': (year) => addDays(easter(year), -3),
  'palm sunday': (year) => addDays(easter(year), -7),
  'ash wednesday': (year) => addDays(easter(year), -46),
  // Holy Week runs from Palm Sunday to Easter: its weekdays make Easter's ISO week.
  'holy week': (year) => easter(year),
  'columbus day': (year) => nthWeekday(year, 10, 1, 2),
  juneteenth: (year) => ({ year, month: 6, day: 19 }),
  'cyber monday': (year) => addDays(nthWeekday(year, 11, 4, 4), 4),
};

/** Holidays that last a week: named, they are the ISO week they fall in. */
const WEEK_HOLIDAYS = new Set(['holy week']);

/**
 * Holidays of the US presidential cycle, held one year in four: the year's remainder by four
 * (Super Tuesday in the election year, Inauguration Day in the year after).
 */
const FOUR_YEARLY: Record<string, number> = { 'super tuesday': 0, 'inauguration day': 1 };

function nthWeekday(year: number, month: number, weekday: number, nth: number): Day {
  const first: Day = { year, month, day: 1 };
  const firstWeekday = new Date(Date.UTC(year, month - 1, 1)).getUTCDay() || 7;
  return addDays(first, ((weekday - firstWeekday + 7) % 7) + (nth - 1) * 7);
}

function lastWeekday(year: number, month: number, weekday: number): Day {
  const lastDay = daysInMonth(year, month);
  const lastWd = new Date(Date.UTC(year, month - 1, lastDay)).getUTCDay() || 7;
  return { year, month, day: lastDay - ((lastWd - weekday + 7) % 7) };
}

/** Western Easter Sunday (anonymous Gregorian algorithm). */
function easter(year: number): Day {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { year, month, day };
}

/** A holiday's name as HOLIDAYS keys it: lower case, straight apostrophes. */
function holidayKey(written: string): string {
  return written.toLowerCase().replace(/’/g, "'");
}
/** A holiday is capitalized ("Christmas", "the Fourth of July"); "christmas" is no holiday. */
function capitalizedHoliday(written: string): boolean {
  return /^[A-Z]/.test(written.replace(/^the /i, '').replace(/^fourth/i, 'F'));
}
/** The trigger words a holiday's name holds. */
const HOLIDAY_NEED =
  /\b(?:day|eve|christmas|thanksgiving|halloween|easter|july|year|week|juneteenth|(?:mon|tues|wednes|thurs|fri|satur|sun)day)/;
const HOLIDAY_RE = Object.keys(HOLIDAYS)
  .sort((a, b) => b.length - a.length)
  .map((h) => h.replace(/\./g, '\\.').replace(/'/g, "['’]"))
  .join('|');

/**
 * The TimeML clock (`T14:15`) of an hour on a 12-hour dial in a part of the day said in words
 * ("in the afternoon", "at night", "this morning"), or in none.
 */
function clockInPart(hour: number, minute: number, part: string): string {
  if (/night/.test(part)) {
    // "twelve o'clock at night" is the day's end; "half past twelve" and "three" at night are
    // the small hours; "ten o'clock at night" is the evening.
    if (hour === 12) return minute === 0 ? 'T24:00' : `T00:${pad2(minute)}`;
    return `T${pad2(hour < 5 ? hour : hour + 12)}:${pad2(minute)}`;
  }
  let h = hour;
  if (/morning/.test(part) && h === 12) h = 0;
  else if (part && !/morning/.test(part) && h < 12) h += 12;
  // Without a part of the day, news meets, votes and sails by day: "at half past four" is the
  // afternoon, "at half past eight" the morning.
  else if (!part && h <= 6) h += 12;
  return `T${pad2(h)}:${pad2(minute)}`;
}

/** Words a clock time in words follows ("at ten to six", "shortly before a quarter to nine"). */
const CLOCK_WORDS_BEFORE_RE =
  /\b(?:at|by|until|till|before|after|around|about|approximately|since|it was|it is|it['’]s)\s$/i;
/**
 * The words a 24-hour reading without a colon follows before "local time": a preposition, or the
 * other end of its range ("at 1400", "between 1200 and 1400", "from 0800 to 1000"), or the clock
 * time it restates ("at midnight, or 0000 local time").
 */
const LOCAL_CLOCK_BEFORE_RE =
  /(?:\b(?:at|by|around|about|approximately|before|after|until|till|from|between)|\bbetween (?:[01]\d|2[0-3])[0-5]\d and|\bfrom (?:[01]\d|2[0-3])[0-5]\d (?:to|until|till)|\b(?:midnight|noon|[ap]\.m\.|[ap]m),? or)\s$/i;
/**
 * A month in a range of months: besides the names the grammar takes anywhere, the short forms
 * without their point ("Jan-Mar", "Jul-Sep"), which the hyphen tells from the verb "mar".
 */
const RANGE_MONTH_RE = `(?:${MONTH_RE}|(?:Mar|Jun|Jul|Sep)(?= ?[-–]|(?<=[-–] ?\\w{3})))`;
/** After "a quarter": the amount or the hour it is a fraction of ("to 31 dollars", "past two"). */
const QUARTER_OF_AMOUNT_AFTER_RE =
  /^(?: (?:(?:to|from|past|after) (?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|noon|midnight)\b)|(?:of an? )?(?:percentage )?points?\b|(?:and|or|to) (?:an? |one[- ])?(?:third|half|fifth|sixth|tenth|fourth)s?\b)|,? \(?\d+(?:\.\d+)? ?(?:percent|per cent|%))/i;
/** The minutes before or past an hour, in words: "ten to six", "twenty-five past four". */
const MINUTE_WORDS: Record<string, number> = {
  five: 5,
  ten: 10,
  twenty: 20,
  'twenty-five': 25,
  'twenty five': 25,
};
/** A change before "a quarter to five" makes it an amount: "rose by a quarter to five". */
const CHANGE_BEFORE_RE =
  /\b(?:rose|risen|rises|rise|fell|fallen|falls|fall|climbed|dropped|slipped|slid|sank|gained|lost|added|shed|cut|raised|lowered|trimmed|jumped|edged|eased|declined|increased|decreased|moved|rallied|advanced|up|down)\s(?:by\s)?(?:about\s|around\s)?$/i;
/** What an amount goes on with after its number: "a quarter to five percent", "to 12 points". */
const CLOCK_WORDS_AMOUNT_AFTER_RE =
  /^\s?(?:%|percent\b|per\b|pc\b|points?\b|percentage\b|basis\b|cents?\b|pence\b|dollars?\b|euros?\b|pounds?\b|yen\b|quarters?\b|halves\b|of\b|million\b|billion\b|trillion\b|thousand\b|hundred\b|times\b|shares?\b|seats?\b|votes?\b|goals?\b|years?\b|months?\b|weeks?\b|days?\b|hours?\b|minutes?\b|people\b|members\b|players\b)/i;

/**
 * A habit told next to a clock time in its clause, with no day between ("every morning at",
 * "weekdays from 6 a.m. to"; "at 9 p.m. on Sundays", "at noon daily").
 */
const HABIT_BEFORE_CLOCK_RE =
  /\b(?:every|each|daily|nightly|weekdays|weekends|(?:mon|tues|wednes|thurs|fri|satur|sun)days|mornings|afternoons|evenings|nights)\b(?:(?!\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:today|yesterday|tomorrow)\b)[^.;!?,])*$/i;
/** Whether a clock reading is the hour of a habit, by the words before it or `after` it. */
function habitualClock(m: RegExpExecArray, after: string): boolean {
  return (
    HABIT_BEFORE_CLOCK_RE.test(textBefore(m, 48).replace(/\b([ap])\.m\./gi, '$1m')) ||
    HABIT_AFTER_CLOCK_RE.test(after)
  );
}

const HABIT_AFTER_CLOCK_RE =
  /^(?: [A-Z][a-z]+(?: time)?)?,? (?:on )?(?:every|each|daily|nightly|weekdays|weekends|(?:mon|tues|wednes|thurs|fri|satur|sun)days)\b/i;

/**
 * The day a clock time without one falls on, named just after it past its local time or its zone
 * in words, a world time in parentheses or the close of one, or the other end of its range: "10
 * a.m. (0700 GMT) Friday", "(0700 GMT) Friday", "10:45 p.m. local time on Wednesday", "14:30
 * local time (12:30 GMT) on Thursday", "2:30 p.m. Eastern time Thursday", "from 7 a.m. to 8 p.m.
 * Tuesday".
 */
const DAY_AFTER_CLOCK = new RegExp(
  `^(?: local time| (?:Eastern|Central|Mountain|Pacific)(?: (?:[Ss]tandard|[Dd]aylight))?(?: [Tt]ime)?)?(?:\\s*\\([^()]{1,20}\\)|\\))?(?: (?:to|until|till|and) \\d{1,2}(?::\\d\\d)? ?(?:a\\.m\\.|p\\.m\\.|am|pm)(?: (?:[A-Z]{2,4}|local time))?)?,?\\s*(?:on )?(${WEEKDAY_RE})\\b`,
);

/** The date a weekday after a clock time is given: "Friday, May 1", "Friday May 1, 2015". */
const APPOSITIVE_DATE_RE = new RegExp(
  `day(?: \\w+)?,? (${MONTH_RE}) (\\d{1,2})(?:st|nd|rd|th)?(?:,? (${YEAR_RE}))?$`,
);

/** The date after the second end of a range of clock times: " and 4:30 p.m. on May 28". */
const DATE_AFTER_RANGE_END = new RegExp(
  `^ (?:to|until|till|and) \\d{1,2}(?:[:.]\\d\\d)?\\s?(?:a\\.m\\.|p\\.m\\.|am|pm)(?: [A-Z]{2,4})?,? (?:on )?(${MONTH_RE}) (\\d{1,2})(?:st|nd|rd|th)?(?!\\d)(?:,? (${YEAR_RE})\\b)?`,
);

/** A date with its year just after a clock reading: " on Jan. 2, 2017", ", March 4, 1998". */
const DATE_AFTER_CLOCK = new RegExp(
  `^,?\\s*(?:on\\s+)?(${MONTH_RE}) (\\d{1,2})(?:st|nd|rd|th)?,? (${YEAR_RE})\\b`,
);

// The units a span may be told in two of, largest first, with their ISO 8601 letters.
const COMPOUND_UNITS: [RegExp, string, boolean][] = [
  [/^years?$/i, 'Y', false],
  [/^months?$/i, 'M', false],
  [/^days?$/i, 'D', false],
  [/^hours?$/i, 'H', true],
  [/^minutes?$/i, 'M', true],
  [/^seconds?$/i, 'S', true],
];

/** "P3Y2M", "PT2H21M", "P2DT6H": a span told in two units, the larger first; null otherwise. */
function compoundDuration(first: [number, string], second: [number, string]): string | null {
  // ISO 8601 writes weeks alone: "three weeks and a day" is 22 days.
  if (/^weeks?$/i.test(first[1]) && /^days?$/i.test(second[1]))
    return `P${first[0] * 7 + second[0]}D`;
  const unitOf = (word: string) => COMPOUND_UNITS.find(([re]) => re.test(word));
  const [larger, smaller] = [unitOf(first[1]), unitOf(second[1])];
  if (!larger || !smaller) return null;
  if (COMPOUND_UNITS.indexOf(smaller) <= COMPOUND_UNITS.indexOf(larger)) return null;
  const head = `${first[0]}${larger[1]}`;
  const tail = `${second[0]}${smaller[1]}`;
  // The larger unit first: both of the clock, both of the calendar, or a day and then hours.
  if (larger[2]) return `PT${head}${tail}`;
  return smaller[2] ? `P${head}T${tail}` : `P${head}${tail}`;
}

const MORE_RULES: Rule[] = [
  // "the last day of the year", "the first week of next year": that day or ISO week of the year
  // named (the story's for "the year"), as "the last day of June" is of its month.
  {
    re: /\b(?<!-)(?:the )?(first|last|final) (day|week) of (the|this|next|last|that) year\b/gi,
    priority: 2,
    need: /^(?:day|week)$/,
    text: /\b(?:first|last|final) (?:day|week) of (?:the|this|next|last|that) year/i,
    build: (m) => {
      const fromEnd = !/^first$/i.test(m[1] ?? '');
      const week = /^week$/i.test(m[2] ?? '');
      const which = (m[3] ?? '').toLowerCase();
      return {
        resolve: (ctx) => {
          if (!ctx.anchor) return null;
          const y = which === 'the' ? (storyYear(ctx) ?? ctx.anchor.year) : yearNamed(which, ctx);
          if (y === null) return null;
          const edge: Day = fromEnd
            ? { year: y, month: 12, day: 31 }
            : { year: y, month: 1, day: 1 };
          if (!week) return date(dayPoint(edge));
          return date(edgeWeek(edge, fromEnd ? 'last' : 'first'));
        },
      };
    },
  },
  // A span told in two units: "2 hours, 21 minutes", "three years and two months": one
  // DURATION in TimeML, not two; so is a race time in three ("2 hours, 19 minutes and 36 seconds").
  {
    re: new RegExp(
      `${B}(?:(${DURATION_MOD_RE}) )?(${NUMBER_RE}|an?) (years?|months?|weeks?|days?|hours?|minutes?),?(?: and)? (${NUMBER_RE}|(?<=and )an?) (months?|days?|hours?|minutes?|seconds?)(?:,?(?: and)? (\\d{1,2}) (minutes?|seconds?))?(?![\\w-])`,
      'gi',
    ),
    priority: 7,
    need: /^(?:months?|days?|hours?|minutes?|seconds?)$/,
    // A count, its unit, and a second count right after: "two years, three months".
    text: new RegExp(
      `\\b(?:years?|months?|weeks?|days?|hours?|minutes?)(?<=${COUNT_END_RE} [a-z]+),?(?: and)? ${COUNT_START_RE}`,
      'i',
    ),
    build: (m) => {
      const first = /^an?$/i.test(m[2] ?? '') ? 1 : parseCount(m[2] ?? '');
      const second = /^an?$/i.test(m[4] ?? '') ? 1 : parseCount(m[4] ?? '');
      if (!first || !second || !Number.isInteger(first) || !Number.isInteger(second)) return null;
      let value = compoundDuration([first, m[3] ?? ''], [second, m[5] ?? '']);
      if (!value) return null;
      // A third, smaller unit of the clock goes on the end: PT2H19M and 36 seconds, PT2H19M36S.
      if (m[6]) {
        const third = `${n(m[6])}${/^s/i.test(m[7] ?? '') ? 'S' : 'M'}`;
        if (!value.includes('T') || value.endsWith(third.slice(-1)) || value.endsWith('S'))
          return null;
        value += third;
      }
      const mod = durationMod(m[1]);
      return {
        trimStart: hedgeLength(m[1]),
        resolve: () => withMod({ type: 'DURATION', value }, mod),
      };
    },
  },
  // "will be paid at a later date": a point ahead that the story does not name.
  {
    re: /\b(?<!-)an? (?:later|future) (?:date|time)(?![\w-])/gi,
    priority: 6,
    need: /^(?:later|future)$/,
    text: /\b(?:later|future) (?:date|time)\b/i,
    build: () => ({ resolve: () => ({ type: 'DATE', value: 'FUTURE_REF' }) }),
  },
  // "over the past hour", "within the next hour", "the past day": one unit told back or ahead
  // from now, a span as "the past two hours" is. "The next day" is a date, read by its own rule.
  {
    re: /(?<=\b(?:over|in|within|for|during|throughout) )(?:the|this) (?:(past|last|previous|next|coming)) (hour|minute|day)(?![\w-]| or two)/gi,
    priority: 8,
    need: /^(?:hour|minute|day)$/,
    text: /\b(?:past|last|previous|next|coming) (?:hour|minute|day)\b/i,
    build: (m) => {
      const which = (m[1] ?? '').toLowerCase();
      const unit = (m[2] ?? '').toLowerCase();
      if (unit === 'day' && which !== 'past') return null;
      // "the last minute of the game": the final one of something, not a span up to now.
      if (/^(?:last|previous)$/.test(which) && /^ of\b/.test(textAfter(m, 4))) return null;
      // "scored in the last minute": the final one of a game, no span up to now.
      if (which === 'last' && unit === 'minute') return null;
      // "changed plans at the last minute": an idiom for late, no span.
      if (which === 'last' && unit === 'minute' && /\b(?:at|until|till)\s$/i.test(textBefore(m, 7)))
        return null;
      const value = durationValue(1, unit);
      return value ? { resolve: () => ({ type: 'DURATION', value }) } : null;
    },
  },
  // "the year 1100", "the year 800": a year before those a bare number is read as, named so.
  {
    re: /\b(?<!-)[Tt]he year (\d{3,4}|\d{1,2}(?= A\.?D\b))(?![\d,.]\d)(?=\s*(?:[,.;:)!?]|$)|\s+(?:A\.?D\b|when\b|and\b|[A-Z]))/g,
    priority: 3,
    need: /^year$/,
    text: /\byear \d/i,
    build: (m) => {
      const year = n(m[1]);
      if (year < 1) return null;
      return { resolve: () => ({ type: 'DATE', value: String(year).padStart(4, '0') }) };
    },
  },
  // "the holiday weekend", "this long weekend", "the three-day weekend": a weekend the story
  // does not date; told in the past it is the one just over (or under way on its Saturday or
  // Sunday), else the one ahead.
  {
    re: /\b(?<!-)(the|this|last|next) (?:holiday|long|three-day|four-day|three day|four day|extended|bank holiday) weekend(?![\w-])/gi,
    priority: 5,
    need: /^weekend$/,
    text: /\b(?:holiday|long|day|extended) weekend\b/i,
    build: (m) => {
      const which = (m[1] ?? '').toLowerCase();
      return {
        resolve: (ctx) => {
          if (!ctx.anchor) return { type: 'DATE', value: 'XXXX-WXX-WE' };
          // A long weekend opens on its Friday.
          const weekendNow = isoWeekday(ctx.anchor) >= 5;
          let weeks: number;
          if (which === 'last') weeks = -1;
          else if (which === 'next') weeks = 1;
          else if ((ctx.outlook ?? ctx.tense) === 'past') weeks = weekendNow ? 0 : -1;
          // "this holiday weekend" early in the week and not told ahead: the one just over,
          // which a Monday holiday ends.
          else if (which === 'this' && ctx.tense !== 'future' && isoWeekday(ctx.anchor) <= 3)
            weeks = -1;
          else weeks = 0;
          return weekendOf(shift(weekPoint(ctx.anchor), 'week', weeks));
        },
      };
    },
  },
  // "in the new year", "ahead of the new year": the year about to begin when written in its last
  // months, else the one just begun.
  {
    re: /\b(?<!-)[Tt]he new year(?![\w-]|['’]s)/g,
    priority: 6,
    need: /^year$/,
    text: /\bnew year\b/i,
    build: (m) => ({
      resolve: (ctx) => {
        if (!ctx.anchor) return null;
        // "since the new year", or one told as past, has begun already.
        const begun = ctx.tense === 'past' || /\b(?:since|after)\s+$/i.test(textBefore(m, 8));
        const year = ctx.anchor.year + (ctx.anchor.month >= 10 && !begun ? 1 : 0);
        return date({ grain: 'year', year }, undefined, false);
      },
    }),
  },
  // Race and elapsed times written as a clock ("won in 2:24:41", "ran the mile in 3:51.1", "a
  // winning time of 1:44:29"): a span of hours, minutes and seconds, not a time of day.
  {
    re: /\b(?<![:.\d])(\d{1,2}):([0-5]\d)(?::([0-5]\d))?(\.\d{1,3})?(?![\d:]|\.\d| ?(?:[ap]\.?m\b|GMT|UTC|EST|EDT))/g,
    priority: 3,
    need: /\d:\d/,
    text: /\d:\d\d(?::\d\d|\.\d)/,
    build: (m) => {
      // Only with seconds or tenths: "10:30" alone is a clock.
      if (!m[3] && !m[4]) return null;
      const before = textBefore(m, 24);
      if (!ELAPSED_BEFORE_RE.test(before)) return null;
      const seconds = `${m[3] ?? m[2]}${m[4] ?? ''}`.replace(/^0(?=\d)/, '');
      const value = m[3] ? `PT${n(m[1])}H${n(m[2])}M${seconds}S` : `PT${n(m[1])}M${seconds}S`;
      return { resolve: () => ({ type: 'DURATION', value }) };
    },
  },
  // "the same quarter of 2012", "the same month in 2015": the quarter or month the story is
  // about, in the year named; one expression.
  {
    re: new RegExp(
      `\\b(?<!-)the same (quarter|month|period) (?:of|in) (${YEAR_RE})(?![\\w-])`,
      'gi',
    ),
    priority: 2,
    need: /^(?:quarter|month|period)$/,
    text: /\bsame (?:quarter|month|period) (?:of|in) \d/i,
    build: (m) => {
      const unit = (m[1] ?? '').toLowerCase();
      const year = n(m[2]);
      return {
        resolve: (ctx) => {
          const ref = unit === 'month' ? ctx.lastRef : (ctx.lastPeriod ?? ctx.lastRef);
          // "the same period in 2014" after "the first 10 months": a stretch of that year no
          // quarter names.
          if (unit === 'period' && !ctx.lastPeriod)
            return date({ grain: 'year', year }, undefined, false);
          if (unit === 'month') {
            const month = ref?.month ?? ctx.anchor?.month;
            return month ? date(monthPoint(year, month), undefined, false) : null;
          }
          if (ref?.grain === 'half' && ref.half)
            return date({ grain: 'half', year, half: ref.half }, undefined, false);
          // With no quarter told yet, the one results are reported for: the last one closed.
          const quarter =
            ref?.grain === 'quarter' && ref.quarter
              ? ref.quarter
              : ref?.month
                ? quarterOf(ref.month)
                : ctx.anchor
                  ? previousQuarter(ctx.anchor).quarter
                  : null;
          return quarter ? date({ grain: 'quarter', year, quarter }, undefined, false) : null;
        },
      };
    },
  },
  // "I met her the other day": a recent day the story does not name.
  {
    re: /\b(?<!-)the other (?:day|night|evening|morning|week)(?![\w-])/gi,
    priority: 6,
    need: /^(?:day|night|evening|morning|week)$/,
    text: /\bthe other (?:day|night|evening|morning|week)\b/i,
    build: () => ({ resolve: () => ({ type: 'DATE', value: 'PAST_REF' }) }),
  },
  // "FY13", "FY '14": a fiscal year in two digits, named by the year it ends in as "FY2013" is.
  {
    re: /\bFY ?['’]?(\d\d)(?![\w-])/g,
    priority: 4,
    need: /^fy ?['’]?\d\d$/,
    build: (m) => {
      const year = 2000 + n(m[1]);
      return { resolve: () => date({ grain: 'year', year }) };
    },
  },
  // "9/11" for the attacks of September 11, 2001, dated as "the Sept. 11 attacks" are: before
  // "attacks", or where it anchors a time ("since 9/11", "the world of 9/11."). A slashed day of
  // a year ("9/11/2016") is chrono's; "9/11 families" or "Fahrenheit 9/11" name, they do not date.
  {
    re: /\b(?<![\d/.-])9\/11(?![\d/]|\.\d)/g,
    priority: 3,
    need: /^9\/11$/,
    build: (m) => {
      const end = m.index + m[0].length;
      const after = m.input.slice(end, end + 24);
      const before = textBefore(m, 12);
      const attacks = /^ (?:terror(?:ist)? )?(?:attacks?|attackers|hijack(?:ers|ings?)?)\b/i.test(
        after,
      );
      const since = /\b(?:since|after|before|following|during|until|till)\s$/i.test(before);
      // "on 9/11", "of 9/11" close a phrase; before a noun ("on 9/11 parallels") they need not date.
      const closing =
        /\b(?:on|of|from)\s$/i.test(before) && /^(?:[,.;:!?)"'”’]|\s*$| and\b| when\b)/.test(after);
      if (!attacks && !since && !closing) return null;
      return {
        resolve: () => date(dayPoint({ year: 2001, month: 9, day: 11 }), undefined, false),
      };
    },
  },
  // "a week from Friday", "two weeks from today": a day counted from a day named, one DATE ("a
  // month from now" is read with "a year later"). The day is one ahead unless the sentence tells
  // of it as past; "for two weeks from Friday" and "three days from Monday to Wednesday" are spans.
  {
    re: new RegExp(
      `${B}(${COUNT_RE})[- ](days?|weeks?|fortnights?|months?|years?) from (today|tomorrow|${WEEKDAY_RE})(?![\\w-])`,
      'gi',
    ),
    priority: 7,
    need: /\b(?:day|week|fortnight|month|year)/,
    text: /\bfrom (?:today|tomorrow|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b/i,
    build: (m) => {
      const count = parseCount(m[1] ?? '') ?? (/^an?$/i.test(m[1] ?? '') ? 1 : null);
      const info = unitInfo(m[2] ?? '');
      const dayWord = m[3] ?? '';
      if (count === null || !Number.isInteger(count) || !info || info.time) return null;
      const weekday =
        /day$/i.test(dayWord) && /^[A-Z]/.test(dayWord) ? weekdayNumber(dayWord) : null;
      if (!weekday && !/^(?:today|tomorrow)$/i.test(dayWord)) return null;
      const before = textBefore(m, 12);
      const end = m.index + m[0].length;
      if (
        /\b(?:for|over|during|lasting|within|in)\s$/i.test(before) ||
        /^(?:['’]s)? ?(?:to|through|until|till|and|or|[-–])\b/i.test(m.input.slice(end, end + 10))
      )
        return null;
      const unit = info.unit as Unit;
      const steps = count * (info.per ?? 1);
      return {
        resolve: (ctx) => {
          if (!ctx.anchor) return null;
          const base = weekday
            ? resolveWeekday(ctx.anchor, weekday, ctx.tense === 'past' ? 'past' : 'future')
            : addDays(ctx.anchor, /^tomorrow$/i.test(dayWord) ? 1 : 0);
          return date(shift(dayPoint(base), unit, steps), undefined, false);
        },
      };
    },
  },
  // "a long time ago": some time back, no count given, as "months ago" is.
  {
    re: /\ba long time ago\b/gi,
    priority: 7,
    need: /^ago$/,
    build: () => ({ resolve: () => ({ type: 'DATE', value: 'PAST_REF' }) }),
  },
  // "The town will one day be...", "researchers hope one day to": after a modal or a hope, "one
  // day" is some time ahead, not a span of a day.
  {
    re: new RegExp(`\\b(?:${LOOKING_AHEAD}) (?:some|one) day(?= [a-z])`, 'gi'),
    priority: 7,
    need: /^day$/,
    text: /\b(?:some|one) day [a-z]/i,
    build: (m) => ({
      trimStart: m[0].indexOf(' ') + 1,
      resolve: () => ({ type: 'DATE', value: 'FUTURE_REF' }),
    }),
  },
  // "The reforms could benefit the country one day.": closing a clause whose verb is a modal's,
  // "one day" is some time ahead as "will one day" is; a count ("lasted one day", "for one day")
  // stays a span.
  {
    re: /\b(?<!(?:for|in|within|by|than|after|only|just|last|lasted|lasts|take|takes|took|taken|spent|spend|every|each|per|a|the|first|second|third|final) )(?:some|one) day(?=\s*[,.;!?]|\s*$| (?:and|but) )/gi,
    priority: 7,
    need: /^day$/,
    text: /\b(?:some|one) day(?:\s*(?:[,.;!?]|$)| (?:and|but) )/i,
    build: (m) => {
      const clause = textBefore(m, 80);
      const head = clause.slice(
        Math.max(clause.lastIndexOf(','), clause.lastIndexOf(';'), clause.lastIndexOf('.')) + 1,
      );
      if (
        !/\b(?:will|would|could|might|may|can|shall|should|hopes? to|hoped to|wants? to|dreams? of)\b/i.test(
          head,
        )
      )
        return null;
      return { resolve: () => ({ type: 'DATE', value: 'FUTURE_REF' }) };
    },
  },
  // "the second day of the strike", "her first week on the job", "the final night of the
  // convention": a day or a night counted within an event, a date or a time; a possessive stays
  // outside the extent as before a weekday.
  {
    re: /\b(?<!-)(?:(?:his|her|its|their) )?(?:(the )?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)|(?:the|his|her|its|their) (?:final|last|opening|closing)) (day|night)(?= (?:of|in|on|at|as)\b)/gi,
    priority: 6,
    need: /^(?:day|night)$/,
    text: /(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|final|last|opening|closing) (?:day|night) (?:of|in|on|at|as)\b/i,
    build: (m) => {
      // "Today is the fifth day of the strike": the day of publication; otherwise unknown.
      const today = /\b(?:is|it['’]s)\s$/i.test(textBefore(m, 6));
      const night = /night/i.test(m[2] ?? '');
      return {
        trimStart: /^(?:his|her|its|their) /i.test(m[0]) ? m[0].indexOf(' ') + 1 : 0,
        resolve: (ctx) => {
          const day = ctx.anchor && today ? formatDay(ctx.anchor) : 'XXXX-XX-XX';
          return night ? { type: 'TIME', value: `${day}TNI` } : { type: 'DATE', value: day };
        },
      };
    },
  },
  // "the same period last year", "the quarter a year ago": an earnings story's quarter
  // one year back, one expression in TimeML, not a quarter and a year.
  {
    re: /\b(?<!-)the (?:(?:corresponding|comparable|same) )?(?:quarter|period) (?:last year|a year (?:ago|earlier)|(?:of )?the (?:previous|prior) year|the year before)(?![\w-])/gi,
    priority: 2,
    need: /\b(?:quarter|period)/,
    text: /\b(?:quarter|period) (?:last|a|of|the) /i,
    build: () => ({
      resolve: (ctx) => {
        if (!ctx.anchor) return null;
        const quarter =
          ctx.lastPeriod ??
          (ctx.lastRef?.grain === 'quarter' ? ctx.lastRef : previousQuarter(ctx.anchor));
        return date(shift(quarter, 'year', -1), undefined, false);
      },
    }),
  },
  // Decades said in words ("the nineties", "the late sixties", "the nineteen eighties"). "The" is required: "in his
  // fifties" is an age; "temperatures in the sixties" are degrees.
  {
    re: new RegExp(
      `${B}the (${EDGE_RE})?(?:(seventeen|eighteen|nineteen)[- ])?(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)(?![\\w-])`,
      'gi',
    ),
    priority: 4,
    need: /ties$/,
    build: (m) => {
      const before = textBefore(m, 40);
      const after = textAfter(m, 12);
      if (
        /\b(?:temperatures?|highs?|lows?|degrees)\b/i.test(before) ||
        /^\s*(?:degrees|°)/.test(after)
      )
        return null;
      const digit = DECADE_WORDS.indexOf((m[3] ?? '').toLowerCase()) + 2;
      if (digit < 2) return null;
      const mod = edgeMod(m[1]);
      // "the nineteen eighties" says its century, as "the 1980s" writes it.
      const century = m[2] ? SPELLED_TENS[m[2].toLowerCase()] : undefined;
      return {
        resolve: (ctx) =>
          withMod(
            {
              type: 'DATE',
              value: century ? `${century}${digit}` : recentDecade(digit, ctx.anchor),
            },
            mod,
          ),
      };
    },
  },
  // Years said in words ("nineteen ninety-six", "the year two thousand", "May nineteen ninety").
  {
    re: new RegExp(
      `${B}(?:(the year|the winter of|the summer of|the spring of|the fall of|${MONTH_RE}(?:,| of)?) )?(${SPELLED_YEAR_RE})(?![\\w-])`,
      'gi',
    ),
    priority: 3,
    need: /\b(?:nineteen|two thousand|twenty)/,
    build: (m) => {
      const year = spelledYear(m[2] ?? '');
      if (!year) return null;
      const lead = (m[1] ?? '').toLowerCase();
      // "twenty twelve" is a year only where a year is expected ("in twenty twelve", "May twenty
      // twelve"); elsewhere it may be two counts ("twenty twelve-hour shifts" aside).
      if (
        /^twenty /i.test(m[2] ?? '') &&
        (/^ [a-z]/.test(textAfter(m, 3)) ||
          (!lead &&
            !/\b(?:in|since|by|until|till|from|before|after|during|through|of|early|late|mid|year)\s$/i.test(
              textBefore(m, 8),
            )))
      )
        return null;
      const season = SEASONS[lead.replace(/^the | of$/g, '')];
      // A month is capitalized; a lower-case "may" before the year is the verb, left outside.
      const month = isCapitalized(m[1] ?? '') ? monthNumber(lead.replace(/,| of$/g, '')) : null;
      const verb = lead !== '' && !season && !month && lead !== 'the year';
      if ((!lead || verb) && /^two thousand$/i.test(m[2] ?? '')) return null; // a count, not a year
      return {
        trimStart: verb ? (m[1] ?? '').length + 1 : 0,
        resolve: () =>
          month
            ? date(monthPoint(year, month))
            : season
              ? date({ grain: 'season', year, season })
              : date({ grain: 'year', year }),
      };
    },
  },
  // A weekday counted within a month: "the first Tuesday of November", "the last Monday in May
  // 2015", "the last Saturday of the month". The year is the month's, read as a month alone
  // would be; "the month" is the one the story is in. "The first Monday of every month" recurs
  // monthly.
  {
    re: new RegExp(
      `${B}[Tt]he (first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th|last) (${WEEKDAY_RE}) (?:of|in) (?:(${MONTH_RE})(?:,? (${YEAR_RE}))?|(the|this|next|last) month|(?:each|every) month)(?![\\w-])`,
      'g',
    ),
    priority: 1,
    need: /(?:mon|tues|wednes|thurs|fri|satur|sun)day/,
    text: /day (?:of|in) /,
    build: (m) => {
      const ordinal = (m[1] ?? '').toLowerCase();
      // "last" is 0: counted from the month's end.
      const nth = ordinal === 'last' ? 0 : (ORDINALS[ordinal] ?? -1);
      const weekday = weekdayNumber(m[2] ?? '');
      if (!weekday || nth < 0) return null;
      // The day in that month, if the month has it ("the fifth Friday of a February" has none).
      const dayIn = (year: number, month: number): Day | null => {
        const day =
          nth === 0 ? lastWeekday(year, month, weekday) : nthWeekday(year, month, weekday, nth);
        return day.month === month ? day : null;
      };
      if (!m[3] && !m[5]) return { resolve: () => ({ type: 'SET', value: 'P1M' }) };
      if (m[5]) {
        const which = m[5].toLowerCase();
        const step = which === 'next' ? 1 : which === 'last' ? -1 : 0;
        return {
          resolve: (ctx) => {
            const ref = ctx.lastRef;
            const story =
              which === 'the' && ref?.month && (ref.grain === 'month' || ref.grain === 'day')
                ? monthPoint(ref.year, ref.month)
                : null;
            const base =
              story ?? (ctx.anchor ? monthPoint(ctx.anchor.year, ctx.anchor.month) : null);
            if (!base) return { type: 'DATE', value: 'XXXX-XX-XX' };
            const { year, month = 1 } = shift(base, 'month', step);
            const day = dayIn(year, month);
            return day ? date(dayPoint(day)) : null;
          },
        };
      }
      const month = monthNumber(m[3] ?? '');
      if (!month) return null;
      const given = m[4] ? n(m[4]) : null;
      // "the fifth Friday of February 2017": no such day, so the words are left to other rules.
      if (given !== null && !dayIn(given, month)) return null;
      return {
        resolve: (ctx) => {
          if (given === null && !ctx.anchor)
            return { type: 'DATE', value: `XXXX-${pad2(month)}-XX` };
          const year = given ?? yearForMonth(ctx.anchor as Day, month, ctx.tense, ctx.firmTense);
          const day = dayIn(year, month);
          return day ? date(dayPoint(day)) : null;
        },
      };
    },
  },
  // "every Christmas Eve", "each Fourth of July": a holiday recurs each year, on its fixed day
  // when it has one.
  {
    re: new RegExp(`\\b(?:every|each) (${HOLIDAY_RE}|Fourth of July)(?![\\w-])`, 'gi'),
    priority: 3,
    need: HOLIDAY_NEED,
    text: /\b(?:every|each) /i,
    build: (m) => {
      const name = holidayKey(m[1] ?? '');
      const rule = HOLIDAYS[name] ?? HOLIDAYS[`the ${name}`];
      if (!rule || !capitalizedHoliday(m[1] ?? '')) return null;
      const [a, b] = [rule(2001), rule(2002)];
      // A movable feast ("every Easter") falls on no one day of the calendar: once a year.
      if (a.month !== b.month || a.day !== b.day)
        return { resolve: () => ({ type: 'SET', value: 'P1Y' }) };
      return { resolve: () => ({ type: 'SET', value: `XXXX-${pad2(a.month)}-${pad2(a.day)}` }) };
    },
  },
  // Holidays ("Thanksgiving Day", "last Christmas", "Christmas 1998"), and the day or week next
  // to one ("the day after Christmas", "the week before Easter"), one DATE as "the day after
  // tomorrow" is.
  {
    re: new RegExp(
      `${B}(?:the (day|week) (before|after) )?(?:(the) )?(?:(last|this|next) )?(${HOLIDAY_RE})(?:,? (${YEAR_RE}))?( week(?:end)?| morning| afternoon| evening| night)?(?![\\w-])`,
      'gi',
    ),
    priority: 3,
    need: HOLIDAY_NEED,
    text: /\b(?:new year|valentine|independence|fourth of july|halloween|veterans|christmas|boxing|thanksgiving|labor|memorial|election|easter|good friday|super tuesday|inauguration|black friday|martin luther|mlk|presidents|mother|father|patrick|holy|maundy|palm|ash|columbus|juneteenth|cyber)/i,
    build: (m) => {
      const name = holidayKey(m[5] ?? '');
      const rule = HOLIDAYS[name];
      if (!rule) return null;
      // A holiday is capitalized; "election day" is the day all the same after a preposition.
      const lowerElectionDay =
        name === 'election day' &&
        /\b(?:on|until|till|before|by|after|since|through|to)\s$/i.test(textBefore(m, 8));
      if (!lowerElectionDay && !capitalizedHoliday(m[5] ?? '')) return null;
      // "Easter Island", "Christmas Carol": a holiday's name inside another name; "Christmas
      // trees", "Easter eggs", "Halloween costumes": things named for the holiday, not a day.
      const next = textAfter(m, 16);
      if (!m[6] && (/^ [A-Z][a-z]/.test(next) || HOLIDAY_THING_AFTER_RE.test(next))) return null;
      // "New Year's" alone names the day only where no noun follows ("after New Year's,").
      if (
        name === "new year's" &&
        !/^(?:\s*$|[,.;:!?)”"]|\s+(?:and|or|in|at|on|when|with|to|until|we|he|she|they|it|i)\b)/i.test(
          next,
        )
      )
        return null;
      // “How the Grinch Stole Christmas”: the last word of a title in quotes names the work.
      if (!m[4] && /^[,.!?]?[”"]/.test(next) && insideName(m.input, m.index)) return null;
      const which = whichOf(m[4]);
      const year = m[6] ? n(m[6]) : null;
      // "Easter week", "Christmas week": the week the holiday falls in; "the Memorial Day
      // weekend", "Thanksgiving weekend": the weekend it closes or opens (a Monday's is the one
      // before it); "Christmas morning": that part of its day.
      // "the day after Christmas week": the week is named, the words before it are left out.
      const suffix = (m[7] ?? '').trim().toLowerCase();
      const ofWeek = suffix === 'week' || suffix === 'weekend';
      const beside = Boolean(m[2]) && !m[7];
      const side = beside ? (/^before$/i.test(m[2] ?? '') ? -1 : 1) : 0;
      const nextWeek = beside && /^week$/i.test(m[1] ?? '');
      const named = (day: Day): Resolved => {
        if (suffix === 'weekend') {
          const week = weekPoint(isoWeekday(day) === 1 ? addDays(day, -1) : day);
          return weekendOf(week);
        }
        if (suffix && !ofWeek)
          return { type: 'TIME', value: `${formatDay(day)}T${DAY_PARTS[suffix] ?? ''}` };
        if (suffix === 'week' || (WEEK_HOLIDAYS.has(name) && !beside))
          return date(weekPoint(day), undefined, false);
        if (nextWeek) return date(weekPoint(addDays(day, 7 * side)), undefined, false);
        return date(dayPoint(addDays(day, side)));
      };
      return {
        // "the" goes with a holiday's week or weekend ("the Memorial Day weekend"), not with
        // the day alone ("the Christmas holidays").
        trimStart:
          m[2] && !beside
            ? m[0].indexOf(m[5] ?? '')
            : m[3] && !ofWeek
              ? m[0].indexOf(m[5] ?? '')
              : 0,
        resolve: (ctx) => {
          if (year !== null) return named(rule(year));
          if (!ctx.anchor) return null;
          // "In 2009 the family moved north; they spent Christmas in a shelter": the year told.
          const told = which === null ? toldYear(ctx) : null;
          if (told !== null) return named(rule(told));
          const anchor = ctx.anchor;
          const remainder = FOUR_YEARLY[name];
          const step = remainder === undefined ? 1 : 4;
          const base = anchor.year - ((anchor.year - (remainder ?? 0)) % step);
          const years = [base - step, base, base + step];
          const passed = (year: number): boolean => formatDay(rule(year)) <= formatDay(anchor);
          let y = anchor.year;
          if (which === -1) y = years.filter(passed).pop() ?? base;
          else if (which === 1) y = years.find((year) => !passed(year)) ?? base;
          else if (which === null || step > 1) {
            // The nearest occurrence, the side the tense points away from counted four times.
            const here = Date.UTC(anchor.year, anchor.month - 1, anchor.day);
            // Election Day is a vote, awaited as "the November election" is: the coming one
            // unless the sentence tells of it as past, and then the nearest.
            const told = ctx.outlook ?? ctx.tense;
            const vote = name === 'election day';
            const tense = vote ? (told === 'past' ? 'present' : 'future') : told;
            const daysAway = (year: number): number => {
              const d = rule(year);
              return (Date.UTC(d.year, d.month - 1, d.day) - here) / 86_400_000;
            };
            // A plain future ("will marry on Valentine's Day") never looks back, as for a date.
            y = nearestYear(anchor, daysAway, tense, 4, vote || ctx.firmTense, years);
          }
          return named(rule(y));
        },
      };
    },
  },
  // A clock time with its day ("10 p.m. Wednesday", "noon Thursday", "Midnight Friday", "5 p.m.
  // EST, June 3", "at 02:30 on Sunday"): a deadline is one TIME, the day included.
  {
    re: new RegExp(
      `\\b(?<![:.$])(?:(about|around|approximately|shortly after|shortly before|just after|just before) )?(?:(\\d{1,2})(?:[:.](\\d\\d))?\\s?(a\\.m\\.|p\\.m\\.|am\\b|pm\\b)|([Nn]oon|[Mm]idnight|[Mm]idday)|([01]\\d|2[0-3])([0-5]\\d)(?:(?: ?(?:GMT|UTC|BST|CET|CEST|ET|EST|EDT)| hours)\\b|(?= local time\\b))|([01]?\\d|2[0-3])(?::|\\.(?=\\d\\d \\(?(?:GMT|UTC|BST|CET|CEST)\\b))([0-5]\\d)(?![\\d:]))(?:\\s?\\(?(?:EST|EDT|CST|CDT|MST|MDT|PST|PDT|GMT|UTC|BST|CET|CEST|ET|PT)\\b\\)?)?(?:,? (?:on )?(?:(?:(?:next|last|this coming|this) )?(${WEEKDAY_RE})(?: (?:morning|afternoon|evening|night)(?![\\w-]))?(?:,? (?:${MONTH_RE}) \\d{1,2}(?:st|nd|rd|th)?(?![\\d:])(?:,? (?:${YEAR_RE})\\b)?)?|(today|yesterday|tomorrow|tonight|this morning|this afternoon|this evening|last night)|(${MONTH_RE}) (\\d{1,2})(?!\\d|,? \\d)|(\\d{1,2})(?:st|nd|rd|th)? (${MONTH_RE})(?![\\w-]|,? \\d)))?(?![\\w])`,
      'g',
    ),
    priority: 3,
    need: /(?:[ap]\.?m|noon|midnight|midday|\d[:.]\d|gmt|utc|^(?:hours|local time|bst|cet|cest|et|est|edt)$)/,
    build: (m) => {
      let hour: number;
      let minute = 0;
      const day24 = Boolean(m[8]) && Boolean(m[10] ?? m[11] ?? m[12] ?? m[15]);
      if (m[5]) hour = m[5].toLowerCase() === 'midnight' ? 24 : 12;
      else if (m[6]) {
        // Wire copy gives world or local time on a 24-hour clock without a colon: "at 0530 GMT",
        // "0930 ET", "at 2200 local time" (the words "local time" stay outside the extent, as
        // after "10:45 p.m."); so do the military and the police, in hours ("at 0600 hours").
        // Four digits and hours are a clock reading only after a preposition, and not before
        // "of" ("after 1200 hours of testing" is a span).
        const digitsEnd = m.index + m[0].indexOf(`${m[6]}${m[7]}`) + 4;
        if (m.input.startsWith(' hours', digitsEnd)) {
          const before = textBefore(m, 8);
          const end = m.index + m[0].length;
          if (
            !/\b(?:at|by|until|till|from|to|before|after|since)\s$/i.test(before) ||
            /^ of\b/i.test(m.input.slice(end, end + 4))
          )
            return null;
        }
        // Before "local time" too, and the words "local time zones" are no reading at all: "By
        // 2014 local time zones had moved" tells a year.
        if (m.input.startsWith(' local time', digitsEnd)) {
          const before = textBefore(m, 24);
          if (!m[1] && !LOCAL_CLOCK_BEFORE_RE.test(before)) return null;
          if (/^ zon/i.test(m.input.slice(digitsEnd + 11, digitsEnd + 16))) return null;
        }
        hour = n(m[6]);
        minute = n(m[7]);
      } else if (m[8]) {
        // A 24-hour time is one only after a preposition (a score or a ratio has none), and
        // without a day it is read by the rule for clock times alone. Before "tonight" or "this
        // morning" an hour up to 12 is a bare hour, whose half of the day that word tells.
        const before = textBefore(m, 8);
        if (!day24 || !/\b(?:at|by|until|from|to|after|before)\s$/i.test(before)) return null;
        hour = n(m[8]);
        minute = n(m[9]);
        if (hour <= 12 && /^(?:tonight|this|last)/i.test(m[11] ?? '')) return null;
        // "7:15 Sunday evening": a bare hour up to 12 takes its half of the day from the part.
        if (hour < 12 && m[10] && / (?:afternoon|evening|night)$/i.test(m[0])) hour += 12;
      } else {
        hour = n(m[2]);
        minute = m[3] ? n(m[3]) : 0;
        const pm = /^p/i.test(m[4] ?? '');
        if (hour < 1 || hour > 12 || minute > 59) return null;
        if (pm && hour < 12) hour += 12;
        if (!pm && hour === 12) hour = 0;
      }
      const clock = hour === 24 ? 'T24:00' : `T${pad2(hour)}:${pad2(minute)}`;
      // Wire copy puts another time zone between a clock time and its day: "10 a.m. (0700 GMT)
      // Friday"; the world time in that aside is on the day after it too.
      const end = m.index + m[0].length;
      const after = m.input.slice(end, end + 40);
      const aside = m[11] || m[12] || m[15] ? null : DAY_AFTER_CLOCK.exec(after);
      const weekdayWord = m[10] ?? aside?.[1];
      const weekday = weekdayWord ? weekdayNumber(weekdayWord) : null;
      // "10 a.m. next Saturday": the weekday picked out by its word, as the weekday rule reads it.
      const weekdayWhich = m[10]
        ? /\b(next|last|this coming|this) [A-Z]\w+day\b/.exec(m[0])?.[1]?.toLowerCase()
        : undefined;
      const dayWord = (m[11] ?? '').toLowerCase();
      // The day before or after its month: "at 0600 GMT on March 14", "at 10pm on 14 March".
      const monthWord = m[12] ?? m[15];
      const month = monthWord ? monthNumber(monthWord) : null;
      const monthDay = n(m[13] ?? m[14]);
      if (monthWord && (!month || !isCapitalized(monthWord) || monthDay < 1 || monthDay > 31))
        return null;
      // "at 3 a.m. on Jan. 2, 2017": the date with its year, left to its own rule, is still the
      // day the clock reading falls on.
      const dated = !monthWord && !weekdayWord && !m[11] ? DATE_AFTER_CLOCK.exec(after) : null;
      const datedDay = dated ? monthAndDay(dated[1], dated[2]) : null;
      // The date a weekday is given ("at 10 p.m. on Friday, May 1": which Friday), or the date
      // after the second end of a range ("between 2 p.m. and 4:30 p.m. on May 28"): month, day
      // and maybe year, the day the clock reading falls on.
      const given = m[10]
        ? APPOSITIVE_DATE_RE.exec(m[0])
        : !monthWord && !weekdayWord && !m[11] && !dated
          ? DATE_AFTER_RANGE_END.exec(after)
          : null;
      const givenDay = given ? monthAndDay(given[1], given[2]) : null;
      if (given && !givenDay) return null;
      const mod = /about|around|approximately/i.test(m[1] ?? '') ? 'APPROX' : undefined;
      // "every morning at 6:45 a.m.", "weekdays from 6 a.m. to 9 a.m.": a clock time of a habit
      // falls on no day in particular.
      const habitual =
        !weekdayWord && !dayWord && !monthWord && habitualClock(m, m.input.slice(end, end + 24));
      const rangeEnd =
        /\b(?:to|until|till|through)\s+$/i.test(textBefore(m, 10)) &&
        /\b(?:from|between)\s/i.test(textBefore(m, 48));
      return {
        trimStart: hedgeLength(m[1]),
        resolve: (ctx) => {
          if (!ctx.anchor || habitual)
            return withMod({ type: 'TIME', value: `XXXX-XX-XX${clock}` }, mod);
          let day = dayOfClock(ctx, ctx.anchor);
          // "from 3 p.m. Friday to 6 a.m. Sunday": a range ends on or after the day it starts.
          const rangeStart = weekday && rangeEnd ? ctx.recentDay : null;
          if (givenDay)
            day = {
              year: given?.[3]
                ? n(given[3])
                : yearForMonthDay(ctx.anchor, givenDay.month, givenDay.day, ctx.tense),
              ...givenDay,
            };
          else if (weekday && weekdayWhich)
            day = qualifiedWeekday(ctx.anchor, weekday, weekdayWhich, ctx.tense);
          else if (weekday && rangeStart)
            day = addDays(rangeStart, (weekday - isoWeekday(rangeStart) + 7) % 7);
          else if (weekday) day = resolveWeekday(ctx.anchor, weekday, ctx.tense);
          else if (dated && datedDay) day = { year: n(dated[3]), ...datedDay };
          else if (month) {
            const year = yearForMonthDay(ctx.anchor, month, monthDay, ctx.tense);
            day = { year, month, day: monthDay };
          } else if (dayWord === 'yesterday' || dayWord === 'last night')
            day = addDays(ctx.anchor, -1);
          else if (dayWord === 'tomorrow') day = addDays(ctx.anchor, 1);
          else if (dayWord) day = ctx.anchor;
          // "began at midnight" told as done is the midnight the publication day opened with,
          // which TimeML writes as the day before at T24:00.
          else if (hour === 24 && !ctx.recentDay && ctx.tense === 'past')
            day = addDays(ctx.anchor, -1);
          return withMod({ type: 'TIME', value: `${formatDay(day)}${clock}` }, mod);
        },
      };
    },
  },
  // The first end of a range of local times ("between 1200 and 1400 local time", "from 0800 to
  // 1000 local time"): a clock reading as the second end is, on the day named after it.
  {
    re: /\b(between|from) ([01]\d|2[0-3])([0-5]\d)( (?:and|to|until|till) )(?=(?:[01]\d|2[0-3])[0-5]\d local time\b(?! zon))/gi,
    priority: 3,
    need: /^local time$/,
    text: /\b(?:between|from) \d{4} /i,
    build: (m) => {
      const joint = (m[4] ?? '').trim().toLowerCase();
      if ((m[1]?.toLowerCase() === 'between') !== (joint === 'and')) return null;
      const clock = `T${m[2]}:${m[3]}`;
      const end = m.index + m[0].length;
      const weekdayWord = DAY_AFTER_CLOCK.exec(m.input.slice(end + 4, end + 44))?.[1];
      const weekday = weekdayWord ? weekdayNumber(weekdayWord) : null;
      return {
        trimStart: (m[1] ?? '').length + 1,
        trimEnd: (m[4] ?? '').length,
        resolve: (ctx) => clockOnDay(ctx, clock, weekday),
      };
    },
  },
  // The first end of a range of clock times whose half of the day only the second end gives
  // ("from 4 to 8 p.m.", "between 2 and 4 p.m.", "from 10 to 11:30 a.m. on Sunday"): the hour
  // alone, in the half that keeps the range in order ("from 11 to 1 p.m." starts before noon), on
  // the day of the second end.
  {
    re: /\b(?<![:.$\d])(between|from) (\d{1,2})(?:[:.]([0-5]\d))?( (?:and|to|until|till) | ?[-–] ?)(?=(\d{1,2})(?:[:.][0-5]\d)?\s?(a\.m\.|p\.m\.|am\b|pm\b))/gi,
    priority: 3,
    need: /\d\s?[ap]\.?m|\d[:.]\d/,
    text: /\b(?:between|from) \d/i,
    build: (m) => {
      const joint = (m[4] ?? '').trim().toLowerCase();
      if ((m[1]?.toLowerCase() === 'between') !== (joint === 'and')) return null;
      const hour = n(m[2]);
      const minute = m[3] ? n(m[3]) : 0;
      const endHour = n(m[5]);
      if (hour < 1 || hour > 12 || endHour < 1 || endHour > 12) return null;
      const pm = /^p/i.test(m[6] ?? '');
      // Twelve counts as the half's first hour: "from 12 to 2 p.m." starts at noon.
      const inPm = hour % 12 <= endHour % 12 ? pm : !pm;
      const clock = `T${pad2((hour % 12) + (inPm ? 12 : 0))}:${pad2(minute)}`;
      const end = m.index + m[0].length;
      const rest = m.input.slice(end, end + 64);
      const second = /^\d{1,2}(?:[:.][0-5]\d)?\s?(?:a\.m\.|p\.m\.|am\b|pm\b)/i.exec(rest);
      const after = rest.slice(second?.[0].length ?? 0);
      const weekdayWord = DAY_AFTER_CLOCK.exec(after)?.[1];
      const weekday = weekdayWord ? weekdayNumber(weekdayWord) : null;
      // "open between 2 and 4 p.m. on weekdays": the hours of a habit fall on no day.
      const habitual = !weekdayWord && habitualClock(m, after);
      return {
        trimStart: (m[1] ?? '').length + 1,
        trimEnd: (m[4] ?? '').length,
        resolve: (ctx) =>
          habitual
            ? { type: 'TIME', value: `XXXX-XX-XX${clock}` }
            : clockOnDay(ctx, clock, weekday),
      };
    },
  },
  // A bare hour with the part of the day it falls in ("at 9 this morning", "by 7:30 tonight"): the
  // part tells morning from evening, and the two make one TIME.
  {
    re: /\b(?<![:.$])(at|by|for|until|till|before|after|from|around|about) (\d{1,2})(?:[:.](\d\d))? (tonight|this morning|this afternoon|this evening|last night)\b/gi,
    priority: 3,
    need: /^(?:tonight|morning|afternoon|evening|night)$/,
    text: /\d (?:tonight|this |last )/i,
    build: (m) => {
      let hour = n(m[2]);
      const minute = m[3] ? n(m[3]) : 0;
      const part = (m[4] ?? '').toLowerCase();
      if (hour < 1 || hour > 12 || minute > 59) return null;
      if (part === 'this morning') {
        if (hour === 12) hour = 0;
      } else if (part === 'this afternoon' || part === 'this evening') {
        if (hour < 12) hour += 12;
      } else if (hour === 12) hour = 24;
      else if (hour >= 5) hour += 12;
      else return null; // "at 2 tonight" is past midnight: which day is unsure.
      if (hour === 24 && minute > 0) return null;
      const clock = `T${pad2(hour)}:${pad2(minute)}`;
      const mod = /about|around/i.test(m[1] ?? '') ? 'APPROX' : undefined;
      const lead = /^(?:about|around)$/i.test(m[1] ?? '') ? 0 : (m[1] ?? '').length + 1;
      return {
        trimStart: lead + hedgeLength(m[1]),
        resolve: (ctx) => {
          if (!ctx.anchor) return withMod({ type: 'TIME', value: `XXXX-XX-XX${clock}` }, mod);
          const day = part === 'last night' ? addDays(ctx.anchor, -1) : ctx.anchor;
          return withMod({ type: 'TIME', value: `${formatDay(day)}${clock}` }, mod);
        },
      };
    },
  },
  // The end of the year ("year-end", "year's end", "by year end", "at year-end 2018").
  {
    re: /\b(?<!-)(?:(around|about) )?(?:year[- ]end|year['’]s end)(?: ((?:19|20)\d\d)(?![\d-]))?(?![\w-])/gi,
    priority: 5,
    need: /\byear/,
    text: /\byear(?:[- ]end|['’]s end)/i,
    build: (m) => {
      const approx = Boolean(m[1]);
      const named = m[2] ? n(m[2]) : null;
      return {
        resolve: (ctx) => {
          if (named !== null)
            return date({ grain: 'year', year: named }, approx ? 'APPROX' : 'END');
          if (!ctx.anchor) return null;
          const year = storyYear(ctx) ?? ctx.anchor.year;
          return date({ grain: 'year', year }, approx ? 'APPROX' : 'END', false);
        },
      };
    },
  },
  // "the week before last", "the month before last", "the year after next": two units from the
  // one publication falls in.
  {
    re: /\b(?<!-)the (week|weekend|month|year) (before last|after next)(?![\w-])/gi,
    priority: 4,
    need: /^(?:week|weekend|month|year)$/,
    text: /\b(?:before last|after next)\b/i,
    build: (m) => {
      const unit = (m[1] ?? '').toLowerCase();
      const by = /^before/i.test(m[2] ?? '') ? -2 : 2;
      return {
        resolve: (ctx) => {
          const anchor = ctx.anchor;
          if (!anchor) return null;
          if (unit === 'year') return date({ grain: 'year', year: anchor.year + by });
          if (unit === 'month')
            return date(shift(monthPoint(anchor.year, anchor.month), 'month', by));
          const week = weekPoint(addDays(anchor, 7 * by));
          return unit === 'week' ? date(week) : weekendOf(week);
        },
      };
    },
  },
  // "that year", "that quarter", "the same day": the date the article last mentioned ("that
  // night" is read with this morning and last night).
  {
    // "earlier that day", "later that year": TimeML keeps the edge word inside the extent.
    re: new RegExp(
      `\\b(?<!-)(?:(earlier|later) |(${EDGE_RE}))?(?:that|the same|that same) (year|quarter|month|weekend|week|day)(?![\\w-])`,
      'gi',
    ),
    priority: 8,
    need: /\b(?:year|quarter|month|week|day)/,
    text: /\b(?:that|same) (?:year|quarter|month|week|day)/i,
    build: (m) => {
      const unit = (m[3] ?? '').toLowerCase();
      // "the end of that month", "early that year": the edge inside, its sense in the mod.
      const mod = edgeMod(m[2]);
      return {
        resolve: (ctx) => {
          const ref = ctx.lastRef;
          const r = resolveThat(unit, ctx, ref);
          return r && mod ? withMod(r, mod) : r;
        },
      };
    },
  },
  // "closes on the 15th", "by the 30th": a day of the month the story is in, the tense telling
  // which month; the preposition stays out of the extent.
  {
    re: /\b(on|by|until|till|before|after|since) the (\d{1,2})(st|nd|rd|th)(?=\s*[,.;:!?)”"]|\s*$|\s+(?:and|or|when|at|but)\b)/gi,
    priority: 6,
    need: /^\d{1,2}(?:st|nd|rd|th)$/,
    text: /\bthe \d{1,2}(?:st|nd|rd|th)\b/i,
    build: (m) => {
      const day = n(m[2]);
      if (day < 1 || day > 31) return null;
      // "the 21th" is no ordinal English writes.
      const teen = day % 100 >= 11 && day % 100 <= 13;
      const expected = teen ? 'th' : (['th', 'st', 'nd', 'rd'][day % 10] ?? 'th');
      if ((m[3] ?? '').toLowerCase() !== expected) return null;
      const since = /^since$/i.test(m[1] ?? '');
      return {
        trimStart: (m[1] ?? '').length + 1,
        resolve: (ctx) => {
          const anchor = ctx.anchor;
          if (!anchor) return { type: 'DATE', value: `XXXX-XX-${pad2(day)}` };
          const tense = since ? 'past' : ctx.tense;
          let by = 0;
          if (tense === 'past' && day > anchor.day) by = -1;
          else if (tense === 'future' && day < anchor.day) by = 1;
          else if (tense === 'present' && Math.abs(day - anchor.day) > 15)
            by = day > anchor.day ? -1 : 1;
          const { year, month = anchor.month } = shift(
            monthPoint(anchor.year, anchor.month),
            'month',
            by,
          );
          // "the 31st" of a month that has none: the day is known, its month is not.
          if (day > daysInMonth(year, month))
            return { type: 'DATE', value: `XXXX-XX-${pad2(day)}` };
          return date(dayPoint({ year, month, day }), undefined, false);
        },
      };
    },
  },
  // "took effect the first of the year", "due the first of next month": the first day of a year
  // or a month named by its distance from publication; "the first of each month" recurs.
  {
    re: /\b(?<!-)the (?:first|1st) of (the|this|next|each|every) (year|month)(?![\w-])/gi,
    priority: 5,
    need: /\b(?:year|month)/,
    text: /\bthe (?:first|1st) of /i,
    build: (m) => {
      const which = (m[1] ?? '').toLowerCase();
      const unit = (m[2] ?? '').toLowerCase();
      if (which === 'each' || which === 'every')
        return {
          resolve: () => ({ type: 'SET', value: unit === 'year' ? 'XXXX-01-01' : 'XXXX-XX-01' }),
        };
      return {
        resolve: (ctx) => {
          const anchor = ctx.anchor;
          if (!anchor)
            return { type: 'DATE', value: unit === 'year' ? 'XXXX-01-01' : 'XXXX-XX-01' };
          // "the first of the year" told as past is the one gone by; told in the present or the
          // future, the coming one, unless it is today.
          const ahead =
            which === 'next' ||
            (which === 'the' &&
              ctx.tense !== 'past' &&
              !(anchor.day === 1 && (unit === 'month' || anchor.month === 1)));
          const { year, month = 1 } = shift(
            monthPoint(anchor.year, unit === 'year' ? 1 : anchor.month),
            unit === 'year' ? 'year' : 'month',
            ahead ? 1 : 0,
          );
          return date(dayPoint({ year, month, day: 1 }));
        },
      };
    },
  },
  // The year a financial story is about: "the fiscal year", "the full year", "this year's".
  {
    re: /\b(?<!-)the (?:(full|fiscal|current fiscal|latest fiscal|past fiscal|entire|whole) )year(?![\w-])/gi,
    priority: 7,
    need: /\byear/,
    text: /\bthe (?:full|fiscal|current|latest|past|entire|whole) /i,
    build: (m) => {
      const qualifier = (m[1] ?? '').toLowerCase();
      // Long enough to hold "throughout ".
      const before = textBefore(m, 12).toLowerCase();
      return {
        resolve: (ctx) => {
          const after = textAfter(m, 8);
          if (
            qualifier === 'fiscal' &&
            (/\b(?:during|over|throughout)\s$/.test(before) || /^\s*(?:ended|ending)\b/.test(after))
          )
            return { type: 'DURATION', value: 'P1Y' };
          // "the full year" after its fourth quarter ("Q4 of last year") is the year that quarter
          // closed, not the one the story is published in.
          const closed = ctx.lastRef;
          if (
            /full|entire|whole/.test(qualifier) &&
            closed?.grain === 'quarter' &&
            closed.quarter === 4
          )
            return date({ grain: 'year', year: closed.year }, undefined, false);
          if (!ctx.anchor) return null;
          // Written in the first weeks of January, "the full year" is the year just closed, whose
          // results and estimates come in then, unless the sentence firmly looks ahead.
          const justClosed =
            /full|entire|whole/.test(qualifier) &&
            ctx.anchor.month === 1 &&
            ctx.anchor.day <= 20 &&
            !(ctx.tense === 'future' && ctx.firmTense);
          const last = /latest|past/.test(qualifier) || justClosed;
          return date({ grain: 'year', year: ctx.anchor.year - (last ? 1 : 0) }, undefined, false);
        },
      };
    },
  },
  // A quarter named by its year: "this year's third quarter", "the 1988 period", "last year's quarter".
  {
    re: new RegExp(
      `${B}(?:(this|last|next) year['’]s|the (${YEAR_RE})|(?:its|their|the) (?:fiscal )?(?=(?:first|second|third|fourth) quarter))(?: (first|second|third|fourth|1st|2nd|3rd|4th))?(?:[- ]fiscal)? (quarter|period|half)(?![\\w-])`,
      'gi',
    ),
    priority: 2,
    need: /\b(?:quarter|period|half)/,
    text: /(?:year['’]s|\bthe (?:1[6-9]|20)\d\d|\bits |\btheir |\bthe )/i,
    build: (m) => {
      const ordinal = ORDINALS[(m[3] ?? '').toLowerCase()];
      const head = (m[4] ?? '').toLowerCase();
      if (head === 'half' && ordinal && ordinal > 2) return null;
      const rel = m[1] ? whichOf(m[1]) : null;
      const explicit = m[2] ? n(m[2]) : null;
      return {
        resolve: (ctx) => {
          if (!ctx.anchor && explicit === null) return null;
          const year = explicit ?? (ctx.anchor ? ctx.anchor.year + (rel ?? 0) : 0);
          if (head === 'half' && ordinal) return date({ grain: 'half', year, half: ordinal });
          if (ordinal) return date({ grain: 'quarter', year, quarter: ordinal });
          const q =
            ctx.lastRef?.grain === 'quarter'
              ? ctx.lastRef.quarter
              : ctx.anchor
                ? previousQuarter(ctx.anchor).quarter
                : undefined;
          if (head === 'quarter' || (head === 'period' && q))
            return date({ grain: 'quarter', year, quarter: q ?? 4 });
          return date({ grain: 'year', year });
        },
      };
    },
  },
  // A quarter named by its three months, as Asian and Indian wire copy does ("the July-September
  // quarter", "the January-March period of 2016", "in April-June", "Oct.-Dec.", "Jan-Mar"): that
  // calendar quarter.
  {
    re: new RegExp(
      `${B}(?:([Tt]he) )?(${RANGE_MONTH_RE}) ?[-–] ?(${RANGE_MONTH_RE})( (?:quarter|period))?(?:(?: of| in|,)? (${YEAR_RE}))?(?![\\w-])`,
      'g',
    ),
    priority: 2,
    need: /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/,
    text: /[a-z.] ?[-–] ?[A-Z]/,
    build: (m) => {
      const first = monthNumber(m[2] ?? '');
      const last = monthNumber(m[3] ?? '');
      if (!first || !last || first % 3 !== 1 || last !== first + 2) return null;
      const quarter = (first + 2) / 3;
      const explicit = m[5] ? n(m[5]) : null;
      return {
        // "the April-June talks": "the" belongs to the talks, the months are the quarter.
        trimStart: m[1] && !m[4] ? 4 : 0,
        // "rose in Jan-Mar.": a last month written short after one without its point ends the
        // sentence, not the abbreviation.
        trimEnd: m[0].endsWith('.') && !m[2]?.endsWith('.') && !m[4] && !m[5] ? 1 : 0,
        resolve: (ctx) => {
          if (explicit !== null) return date({ grain: 'quarter', year: explicit, quarter });
          if (!ctx.anchor) return { type: 'DATE', value: `XXXX-Q${quarter}` };
          const year = yearForQuarter(ctx.anchor, quarter, ctx.tense, ctx.firmTense);
          return date({ grain: 'quarter', year, quarter });
        },
      };
    },
  },
  // Wire copy's "end-March", "end-2018": the month or the year with its end. A rule of its own,
  // not an edge word of the month and year rules: those run on every month and year named.
  {
    re: new RegExp(`${B}end-(?:(${MONTH_RE})|(${YEAR_RE}))(?![\\w-])`, 'g'),
    priority: 2,
    need: /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|^(?:1[6-9]|20)\d\d$/,
    text: /\bend-/,
    build: (m) => {
      const month = m[1] ? monthNumber(m[1]) : null;
      const year = m[2] ? n(m[2]) : null;
      if (!month && year === null) return null;
      return {
        resolve: (ctx) => {
          if (year !== null) return date({ grain: 'year', year }, 'END');
          if (!month) return null;
          if (!ctx.anchor) return withMod({ type: 'DATE', value: `XXXX-${pad2(month)}` }, 'END');
          const y = yearForMonth(ctx.anchor, month, ctx.tense, ctx.firmTense);
          return date(monthPoint(y, month), 'END');
        },
      };
    },
  },
  // A quarter named by its last month, as earnings copy does ("the March quarter", "Apple's
  // December quarter", "the June quarter of 2016"): the calendar quarter that month ends.
  {
    re: new RegExp(
      `${B}(?:([Tt]he) )?(${MONTH_RE}) quarter(?:(?: of|,)? (${YEAR_RE}))?(?![\\w-])`,
      'g',
    ),
    priority: 2,
    need: /\b(?:mar|jun|sep|dec)/,
    text: /[a-z.] quarter\b/,
    build: (m) => {
      const month = monthNumber(m[2] ?? '');
      if (!month || month % 3 !== 0) return null;
      return namedQuarter(m, month / 3, m[3]);
    },
  },
  // "the holiday quarter", "its holiday-season quarter": the quarter of the year-end holidays, a
  // calendar fourth quarter, as "the December quarter" is.
  {
    re: new RegExp(
      `\\b(?<!-)(?:([Tt]he) )?holiday(?:[- ]season| shopping)? quarter(?:(?: of|,)? (${YEAR_RE}))?(?![\\w-])`,
      'g',
    ),
    priority: 2,
    need: /^quarter$/,
    text: /holiday(?:[- ]season| shopping)? quarter\b/,
    build: (m) => namedQuarter(m, 4, m[2]),
  },
  // A week named by one of its days: "the week of March 13".
  {
    re: new RegExp(
      `${B}the week of (${MONTH_RE}) (\\d{1,2})(?:st|nd|rd|th)?(?:,? (${YEAR_RE}))?(?![\\w:])`,
      'gi',
    ),
    priority: 1,
    need: /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/,
    text: /\bweek of /i,
    build: (m) => {
      const md = monthAndDay(m[1], m[2]);
      if (!md) return null;
      const { month, day } = md;
      const year = m[3] ? n(m[3]) : null;
      return {
        resolve: (ctx) => {
          if (year === null && !ctx.anchor) return null;
          const y = year ?? (ctx.anchor ? yearForMonthDay(ctx.anchor, month, day, ctx.tense) : 0);
          return date(weekPoint({ year: y, month, day }), undefined, false);
        },
      };
    },
  },
  // The end of a range of years written with a hyphen ("2009-2013", "the 2007-09 crisis"): each
  // year is a date of its own, as in "from 2009 to 2013"; the year rule reads the first.
  {
    re: new RegExp(`${B}(${YEAR_RE})-(${YEAR_RE}|\\d\\d?)(?![\\d-])`, 'g'),
    priority: 4,
    need: /\b(?:1[6-9]|20)\d\d/,
    text: /\d-\d/,
    build: (m) => {
      const first = n(m[1]);
      const last = m[2] ?? '';
      const century = 10 ** last.length;
      const year = last.length === 4 ? n(last) : first - (first % century) + n(last);
      if (year <= first) return null;
      if (
        last.length === 2 &&
        splitYear(m.input, first, n(last), '', m.index, m.index + m[0].length)
      )
        return null;
      return {
        trimStart: (m[1] ?? '').length + 1,
        resolve: () => date({ grain: 'year', year }),
      };
    },
  },
  // The second day of a pair or a range ("on June 8 and 9", "May 3-6", "Oct. 30-Nov. 2"):
  // a date of its own in TimeML, in the year of the first.
  {
    re: new RegExp(
      `${B}(${MONTH_RE}) (\\d{1,2})(?:st|nd|rd|th)?(?: (?:and|or|to|through) | ?[-–] ?(?:(${MONTH_RE}) ?)?)(\\d{1,2})(?:st|nd|rd|th)?(?:,? (${YEAR_RE}))?(?![\\w%:]|,? \\d| [a-z]+s\\b| percent)`,
      'g',
    ),
    priority: 2,
    need: /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/,
    text: /\d (?:and|or|to|through) \d|\d ?[-–] ?(?:[A-Z][a-z]+\.? ?)?\d/,
    build: (m) => {
      const firstMonth = monthNumber(m[1] ?? '');
      const month = m[3] ? monthNumber(m[3]) : firstMonth;
      const first = n(m[2]);
      const day = n(m[4]);
      const explicitYear = m[5] ? n(m[5]) : null;
      if (!firstMonth || !month || first > 31 || day < 1 || day > 31) return null;
      if (month === firstMonth && day <= first) return null;
      const lead = m[3]
        ? m[0].indexOf(m[3], (m[1] ?? '').length)
        : m[0].search(/\d+(?:st|nd|rd|th)?(?:,? \d{4})?$/);
      const tail = m[5] ? m[0].length - m[0].search(/,? \d{4}$/) : 0;
      return {
        trimStart: lead,
        trimEnd: tail,
        resolve: (ctx) => {
          if (explicitYear === null && !ctx.anchor)
            return { type: 'DATE', value: `XXXX-${pad2(month)}-${pad2(day)}` };
          // The first day, just read with its own tense ("ran from July 10 to 14"), holds the year.
          const opened = ctx.recentDay;
          const start =
            explicitYear ??
            (opened && opened.month === firstMonth && opened.day === first
              ? opened.year
              : ctx.anchor
                ? yearForMonthDay(ctx.anchor, firstMonth, first, ctx.tense)
                : 0);
          // "Dec. 28-Jan. 3": the range runs into the next year.
          const year = month < firstMonth ? start + 1 : start;
          return date(dayPoint({ year, month, day }));
        },
      };
    },
  },
  // A part of the day with its edge: "mid-afternoon", "by mid morning", "mid-afternoon
  // yesterday", "by late afternoon", "in the early evening".
  {
    re: new RegExp(
      `\\b(?<!-)(?:mid[- ]?|(early|late) )(morning|afternoon|evening)(?: (today|yesterday|tomorrow)|,? (${WEEKDAY_RE}))?(?![\\w-])`,
      'gi',
    ),
    priority: 5,
    need: /^(?:mid)?(?:morning|afternoon|evening)/,
    text: /\b(?:mid[- ]?|early |late )(?:morning|afternoon|evening)/i,
    build: (m) => {
      const part = DAY_PARTS[(m[2] ?? '').toLowerCase()] ?? 'AF';
      const mod = m[1] ? (/^early$/i.test(m[1]) ? 'START' : 'END') : 'MID';
      const dayWord = (m[3] ?? '').toLowerCase();
      const weekday = m[4] ? weekdayNumber(m[4]) : null;
      return {
        resolve: (ctx) => {
          if (!ctx.anchor) return { type: 'TIME', value: `XXXX-XX-XXT${part}`, mod };
          let day = dayOfClock(ctx, ctx.anchor);
          if (dayWord)
            day = addDays(
              ctx.anchor,
              dayWord === 'yesterday' ? -1 : dayWord === 'tomorrow' ? 1 : 0,
            );
          else if (weekday) day = resolveWeekday(ctx.anchor, weekday, ctx.tense);
          return { type: 'TIME', value: `${formatDay(day)}T${part}`, mod };
        },
      };
    },
  },
  // A span of no stated length: "for a while", "for some time", "after a while".
  {
    re: /\b(?:for|after|in) (?:quite )?(a while|some time)(?![\w-])/gi,
    priority: 8,
    need: /^(?:a while|some time)$/,
    build: (m) => {
      const phrase = m[1] ?? '';
      if (/^some/i.test(phrase) && !/^for /i.test(m[0])) return null; // "in some time zones"
      return {
        trimStart: m[0].length - phrase.length - (/quite /i.test(m[0]) ? 'quite '.length : 0),
        resolve: () => ({ type: 'DURATION', value: 'PXX' }),
      };
    },
  },
  // One more unit, or a whole one: "an additional year", "an extra week", "a full month".
  {
    re: /\b(?<!-)an? (?:additional|extra|further|full|whole|entire) (year|month|week|day|hour|decade|quarter)(?![\w-])/gi,
    priority: 8,
    need: /\b(?:year|month|week|day|hour|decade|quarter)/,
    text: /\ban? (?:additional|extra|further|full|whole|entire) /i,
    build: (m) => {
      const value = durationValue(1, m[1] ?? '');
      return value ? { resolve: () => ({ type: 'DURATION', value }) } : null;
    },
  },
  // A unit made an adjective without a count: "a decades-long feud", "a day-long meeting", "a
  // years-old slump". With a count ("a 6-year-old") it is an age, which TimeML leaves out.
  {
    re: /\b(?<![\w-])(centur(?:y|ies)|decades?|years?|months?|weeks?|days?|hours?)-(long|old)\b/gi,
    priority: 8,
    need: /\b(?:centur|decade|year|month|week|day|hour)/,
    text: /-(?:long|old)\b/i,
    build: (m) => {
      const unitWord = m[1] ?? '';
      const plural = /(?:s|ies)$/i.test(unitWord);
      // "a year-old baby" is an age too; only the plural ("years-old") is never one.
      if ((m[2] ?? '').toLowerCase() === 'old' && !plural) return null;
      const value = durationValue(plural ? null : 1, unitWord);
      return value ? { resolve: () => ({ type: 'DURATION', value }) } : null;
    },
  },
  // Quarters and halves as financial news abbreviates them: "Q3", "Q2 2017", "H1 2018".
  {
    re: /\b(?<!-)([QH])([1-4])(?:(?: of)? ((?:1[6-9]|20)\d\d)|'(\d\d)| of (this|last|next) year)?(?![\w-])/g,
    need: /^[qh][1-4]$/,
    text: /\b[QH][1-4]\b/,
    priority: 3,
    build: (m) => {
      const half = m[1] === 'H';
      const ordinal = n(m[2]);
      if (half && ordinal > 2) return null;
      const explicit = m[3] ? n(m[3]) : m[4] ? 2000 + n(m[4]) : null;
      // "Q4 of last year": the year counted from publication, as for "the fourth quarter of".
      const shiftYears = m[5] ? (whichOf(m[5]) ?? 0) : null;
      return {
        resolve: (ctx) => {
          const year =
            explicit ??
            (shiftYears !== null && ctx.anchor ? ctx.anchor.year + shiftYears : null) ??
            (ctx.anchor && !half
              ? quarterYear(ctx, ctx.anchor, ordinal, m.input, m.index, m[0].length)
              : ctx.anchor?.year);
          if (year === undefined) return { type: 'DATE', value: `XXXX-${m[1]}${ordinal}` };
          return date(
            half
              ? { grain: 'half', year, half: ordinal }
              : { grain: 'quarter', year, quarter: ordinal },
          );
        },
      };
    },
  },
];

RULES.push(...MORE_RULES);

/** What a half or a quarter with no year is part of when it is no year: " of the century". */
const OF_SOMETHING_ELSE_RE =
  /^ of (?!(?:(?:the|this|last|next|that|its|their|his|her|our)\s+|\S+['’]s\s+)?(?:(?:current|new|same|previous|coming|(?:19|20)\d\d(?:[-–]\d\d)?)\s+)?(?:fiscal\s+|calendar\s+|financial\s+)?year\b|[\d$£€¥#]|about\b|around\b|nearly\b|almost\b|more\b|less\b|up to\b|at least\b)\S/i;

/**
 * The year a span of months starting in `start` and ending in `end` (the next year when it ends in
 * an earlier month) starts in, when publication falls inside it; null when no such span holds it.
 */
function spanUnderWay(anchor: Day, start: number, end: number): number | null {
  const now = anchor.year * 12 + anchor.month;
  for (const year of [anchor.year - 1, anchor.year]) {
    const from = year * 12 + start;
    const to = (end < start ? year + 1 : year) * 12 + end;
    if (from <= now && now <= to) return year;
  }
  return null;
}

/** A four-digit number read as a year, not as a figure. */
const YEAR_NUMBER_RE = /\b(?:1[6-9]|20)\d\d\b(?![,.]\d)/g;

/**
 * Whether "a year ago" or "a year earlier" closes a comparison of figures ("up from $4 million a
 * year earlier", "lower than a year ago"): only there does an earnings story mean the same quarter
 * of the year before; elsewhere ("was elected a year ago") the year counts from publication.
 */
function comparesFigures(m: RegExpExecArray): boolean {
  // A year named before ("married in 1998 and divorced a decade later") is no figure.
  const before = textBefore(m, 60).replace(YEAR_NUMBER_RE, 'year');
  const after = textAfter(m, 12);
  return (
    /\b(?:from|than|with|versus|vs\.|against|(?:relative|compared) to)\s+$/i.test(before) ||
    /(?:[\d%]|\b(?:cents?|pence|million|billion|percent|share)\b)[^.;:!?\d]{0,30}$/i.test(before) ||
    /^\s*(?:of\s+)?[$£€\d]/.test(after)
  );
}

/**
 * The year a story is about when it says "the year" or "the end of the year": the year it last
 * named, unless the sentence looks the other way from publication ("will hire by the end of the
 * year" after a past year, "fell during the year" after a coming one).
 */
function storyYear(ctx: ResolveContext): number | null {
  const ref = ctx.lastRef;
  // Only while it is near: a year named paragraphs back is history the story has moved on from.
  if (ref?.grain !== 'year' || !ctx.nearRef) return null;
  // "McCain's in 2000 ... went viral last week ... for much of the year": a date of another year
  // named since brought the story back from the year it named.
  if (ctx.yearSinceRef != null && ctx.yearSinceRef !== ref.year) return null;
  if (ctx.anchor && ref.year < ctx.anchor.year && ctx.tense === 'future') return null;
  if (ctx.anchor && ref.year > ctx.anchor.year && ctx.tense === 'past') return null;
  return ref.year;
}

/**
 * The year "this year", "last year", "next year" name from publication, and "that year" the year
 * of the date the story last named; null when there is neither.
 */
function yearNamed(which: string, ctx: ResolveContext): number | null {
  if (which === 'that') return ctx.lastRef?.year ?? null;
  const shift = whichOf(which);
  return shift !== null && ctx.anchor ? ctx.anchor.year + shift : null;
}

/** The decades in words, from the twenties on: index 0 is the decade of digit 2. */
const DECADE_WORDS = [
  ...['twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties'],
  'nineties',
];

/** What a drop is "a fall in": "this fall in prices", "the fall in oil exports". */
const FALL_IN_RE =
  /^ in (?:the )?(?:[a-z]+ )?(?:prices?|rates?|sales|exports|imports|shares|stocks|profits?|earnings|output|demand|value|number|production|revenues?|income|wages|costs|spending|inflation|unemployment|support(?! of\b)|ratings?|popularity|turnout|crime|enrollment|membership)(?![\w-])/;

/** The words a year in two digits after an apostrophe follows: "in '08", "the class of ’95". */
const APOSTROPHE_YEAR_BEFORE_RE =
  /\b(?:in|of|since|until|till|by|from|to|through|before|after|during|and|or|the)\s$|[-–]$/i;
/** The nouns of a year's event it may head instead: "the '16 campaign", "'08-'09 season". */
const APOSTROPHE_YEAR_AFTER_RE =
  /^(?:[-–]['’]?\d\d\b| (?:season|campaign|race|election|elections|primary|primaries|cycle|class|draft|model|vintage|budget|olympics|games|world cup|tour|census|midterms?)\b)/i;

/** "the '80s" written in 2016 are the 1980s: the latest decade so named not after publication. */
function recentDecade(digit: number, anchor: Day | null): string {
  const year = anchor?.year ?? 1999;
  let century = Math.floor(year / 100);
  if (century * 100 + digit * 10 > year) century -= 1;
  return `${century}${digit}`;
}

function pad2(value: number): string {
  return String(value).padStart(2, '0');
}
