/**
 * The extract-dates stage: finds the temporal expressions of an article and gives each its
 * TimeML TIMEX3 type and value, anchored to the publication date with the news reading of tense
 * ("on Thursday" in a past-tense sentence is the most recent Thursday).
 *
 * Pipeline: trigger scan (triggers.ts) -> grammar over the trigger windows (rules.ts) and
 * chrono-node for numeric dates (chrono-window.ts) -> longest non-overlapping extents -> values
 * resolved in reading order, so "a year earlier" can count from the date last mentioned.
 */
import type { ArticleForExtraction, Span, TemporalExpression } from '../../shared/article.ts';
import { partitionPoint, spanIndexAt } from '../../shared/spans.ts';
import { withPlainSpaces } from '../../shared/text.ts';
import { type Tense, type TenseReading, tenseAt } from './anchor.ts';
import {
  addDays,
  afterDay,
  type Day,
  dayPoint,
  formatDay,
  holdsDay,
  type Point,
  parseAnchor,
} from './calendar.ts';
import { mayBeNumericDate, numericDateCandidates } from './chrono-window.ts';
import { MONTH_RE, WEEKDAY_RE } from './lexicon.ts';
import { type Candidate, type ResolveContext, type Resolved, scanWindow } from './rules.ts';
import { triggerWindows } from './triggers.ts';

/** The order candidates are kept in: longest first, then lower priority, then earlier. */
function keptFirst(a: Candidate, b: Candidate): number {
  return b.end - b.start - (a.end - a.start) || a.priority - b.priority || a.start - b.start;
}

/** Keeps the longest candidates; between equal lengths, the rule with the lower priority. */
function selectCandidates(candidates: Candidate[]): Candidate[] {
  const ordered = [...candidates];
  // An article has a few dozen candidates: a stable insertion sort costs less than the library's
  // sort with a comparator there; a long article still gets the library's.
  if (ordered.length > 64) ordered.sort(keptFirst);
  else {
    for (let i = 1; i < ordered.length; i++) {
      const c = ordered[i] as Candidate;
      let j = i - 1;
      while (j >= 0 && keptFirst(ordered[j] as Candidate, c) > 0) {
        ordered[j + 1] = ordered[j] as Candidate;
        j -= 1;
      }
      ordered[j + 1] = c;
    }
  }
  // The kept candidates never overlap, so in text order their ends rise too: a binary search
  // finds the one that could overlap a candidate, and a long article costs no pass per candidate.
  const kept: Candidate[] = [];
  for (const c of ordered) {
    const lo = partitionPoint(kept.length, (i) => (kept[i] as Candidate).end <= c.start);
    const next = kept[lo];
    if (next && next.start < c.end) continue;
    kept.splice(lo, 0, c);
  }
  return kept;
}

/** Units and deictic words that, capitalized inside quotation marks, name a broadcast or a film. */
const TITLE_WORD_RE =
  /\b(?:Minutes|Hours|Days|Weeks|Years|Week|Day|Hour|Tonight|Today|Noon|Morning|Night|Evening|Afternoon)\b/;
/** Nouns that make "today's" mean the present age ("today's youth"), not the day. */
const GENERIC_AFTER_TODAY_RE =
  /^['’]s (?:[a-z]+ )?(?:world|youth|society|generations?|children|kids|young|teenagers|students|consumers|culture|standards|technology|computers|economy|families|parents|workers|voters)\b/;

/** A weekday, a month or a time zone, which dates the clock word before it. */
const DATING_WORD_AFTER_RE = new RegExp(
  `^ (?:${WEEKDAY_RE}|${MONTH_RE}|[ECMP][SD]?T|GMT|UTC|BST|CET|CEST|Eastern|Central|Pacific|Mountain|Local)(?![a-z])`,
);

/**
 * Phrases that look temporal but are not, judged from the words around them: a show named in
 * quotes ("This Week", "60 Minutes": two capitalized words, so a quote opening with "Today" stays;
 * or one word alone, "“Today”"), "high noon", a sentence-opening "Now," "today's" for the present
 * age, "the world of tomorrow", "a brighter tomorrow" and "a tomorrow". TimeML leaves them
 * unannotated.
 */
function notTemporal(text: string, start: number, end: number): boolean {
  const phrase = text.slice(start, end);
  // The character before the phrase decides most cases at once, before any pattern runs.
  const prev = text[start - 1];
  const quoted = prev === '"' || prev === '“';
  const before = (): string => text.slice(Math.max(0, start - 6), start);
  if (
    (quoted || prev === "'" || prev === '`') &&
    TITLE_WORD_RE.test(phrase) &&
    /\s[A-Z]/.test(phrase) &&
    /^(?:[A-Z0-9][\w.]*\s*)+$/.test(phrase)
  )
    return true;
  const length = end - start;
  if (length === 4 && /^noon$/i.test(phrase) && /\bhigh\s$/i.test(before())) return true;
  // "the Midnight Crew", "Midnight Madness", "the Noon Rotary": a clock word in title case before
  // another capitalized word is part of a name, unless that word dates it ("Midnight Friday").
  if (
    /^(?:Midnight|Noon|Midday)$/.test(phrase) &&
    /^ [A-Z][a-z]/.test(text.slice(end, end + 3)) &&
    !DATING_WORD_AFTER_RE.test(text.slice(end, end + 12))
  )
    return true;
  // One word alone in quotation marks names a show ("NBC's “Today”") or quotes the word itself;
  // some papers quote with two apostrophes (''Today,'').
  if (
    (quoted || (prev === "'" && text[start - 2] === "'")) &&
    /^\w+$/.test(phrase) &&
    /^[,.]?(?:[”"]|'')/.test(text.slice(end, end + 3))
  )
    return true;
  // "Critics in some quarters", "from all quarters": places or groups, not spans of the year.
  if (
    /^(?:some|many|certain|other|various|all) quarters$/i.test(phrase) &&
    /\b(?:in|from|among)\s$/i.test(before())
  )
    return true;
  // A sentence opening on "Now," turns the story ("Now, he says, ...") more than it dates it.
  if (phrase === 'Now' && text[end] === ',' && /(?:^|[.!?"“”'`]\s*)$/.test(before())) return true;
  if (
    length === 5 &&
    /^today$/i.test(phrase) &&
    GENERIC_AFTER_TODAY_RE.test(text.slice(end, end + 40))
  )
    return true;
  // "the leaders of tomorrow", "a brighter tomorrow", "a tomorrow where", "as if there were no
  // tomorrow": the future as an age; news writes a day's
  // event "tomorrow's".
  if (
    length === 8 &&
    /^tomorrow$/i.test(phrase) &&
    /\b(?:[a-z]{3,} of|no|an?(?: (?:better|brighter|safer|greener|happier|fairer|stronger|healthier|cleaner|new|bright|different|hopeful))?)\s$/.test(
      text.slice(Math.max(0, start - 20), start),
    )
  )
    return true;
  return false;
}

/** The sentence holding `offset`, by binary search; a punctuation-bounded stretch if none. */
function sentenceAt(text: string, sentences: Span[], offset: number): Span {
  const found = sentences[spanIndexAt(sentences, offset)];
  if (found) return found;
  let start = offset;
  while (start > 0 && offset - start < 300 && !/[.!?\n]/.test(text[start - 1] ?? '.')) start -= 1;
  let end = offset;
  while (end < text.length && end - offset < 300 && !/[.!?\n]/.test(text[end] ?? '.')) end += 1;
  return { start, end };
}

/**
 * An expression that is a paragraph of its own ("4:40 p.m.:" over an entry of a live blog)
 * heads what follows: it does not belong to the day the paragraphs before it named.
 */
function headsEntry(text: string, paragraphs: Span[], c: Span): boolean {
  const p = paragraphs[spanIndexAt(paragraphs, c.start)];
  if (!p) return false;
  return !/\w/.test(text.slice(p.start, c.start)) && !/\w/.test(text.slice(c.end, p.end));
}

/**
 * A year the article wrote out ("in 2008", "March 4, 2008"), and where; `fronted`: it opens its
 * sentence ("In 2008, ..."), setting the time of what the sentence and the next one tell rather
 * than of one thing in it ("the 2008 race", "a plan approved in 2008").
 */
interface WrittenYear {
  year: number;
  start: number;
  sentence: number;
  fronted: boolean;
  /** Written in a whole date ("on Nov. 12, 2012"), which dates the days told after it. */
  dated: boolean;
}

// How many sentences on a whole date's year stays the year of days written without one.
const DATED_YEAR_REACH = 3;

const WRITTEN_YEAR_RE = /\b(?:1[6-9]|20)\d\d\b/;
// What may stand before a year that opens its sentence as the time of it ("In 2008,", "But by
// March 2008,", "On May 2, 2008,"); after an article it names a thing ("A 2008 audit").
const FRONTED_RE =
  /^\W*(?:(?:but|and|then|back|yet|so|later|earlier)\s+)?(?:(?:in|on|by|during|throughout|until|through|from|after|before|since|early|late)\s+)?$/i;

/**
 * What a rule sees when it resolves a candidate. Most expressions ("1998", "now", "three years")
 * never ask for the tense, so it is read from the sentence only on first use.
 */
class LazyContext implements ResolveContext {
  #reading: TenseReading | null = null;
  #outlook: Tense | null = null;
  readonly #text: string;
  readonly #sentences: Span[];
  readonly #candidate: Span;
  readonly anchor: Day | null;
  readonly lastRef: Point | null;
  readonly lastPeriod: Point | null;
  readonly #recentDay: Day | null;
  readonly storyDay: Day | null;
  readonly paragraphRef: Point | null;
  readonly nearRef: Point | null;
  readonly yearSinceRef: number | null;
  readonly #written: WrittenYear | null;
  readonly #paragraphs: Span[];

  constructor(
    text: string,
    sentences: Span[],
    candidate: Span,
    anchor: Day | null,
    lastRef: Point | null,
    lastPeriod: Point | null,
    recentDay: Day | null,
    storyDay: Day | null,
    paragraphRef: Point | null,
    nearRef: Point | null,
    yearSinceRef: number | null,
    written: WrittenYear | null,
    paragraphs: Span[],
  ) {
    this.#text = text;
    this.#sentences = sentences;
    this.#candidate = candidate;
    this.anchor = anchor;
    this.lastRef = lastRef;
    this.lastPeriod = lastPeriod;
    this.#recentDay = recentDay;
    this.storyDay = storyDay;
    this.paragraphRef = paragraphRef;
    this.nearRef = nearRef;
    this.yearSinceRef = yearSinceRef;
    this.#written = written;
    this.#paragraphs = paragraphs;
  }

  get writtenYear(): number | null {
    const w = this.#written;
    if (!w?.fronted) return null;
    const here = spanIndexAt(this.#sentences, this.#candidate.start);
    if (here < 0 || w.sentence < here - 1) return null;
    if (w.sentence === here) return w.year;
    // The sentence before counts only inside the same paragraph.
    const paragraph = spanIndexAt(this.#paragraphs, this.#candidate.start);
    return paragraph >= 0 && spanIndexAt(this.#paragraphs, w.start) === paragraph ? w.year : null;
  }

  get datedYear(): number | null {
    const w = this.#written;
    if (!w?.dated) return null;
    const here = spanIndexAt(this.#sentences, this.#candidate.start);
    return here >= w.sentence && here - w.sentence <= DATED_YEAR_REACH ? w.year : null;
  }

  /**
   * The day the story just named, unless it is still ahead of publication and the sentence tells
   * of the past: "landed at 7 a.m. that day" after "On Dec. 1, that changes" is some other day.
   */
  get recentDay(): Day | null {
    return this.#toldOf(this.#recentDay);
  }

  /** The day the article last named, however far before, on the same terms as `recentDay`. */
  get toldDay(): Day | null {
    return this.#toldOf(this.storyDay);
  }

  #toldOf(day: Day | null): Day | null {
    if (!day || !this.anchor || !afterDay(dayPoint(day), this.anchor)) return day;
    return this.tense === 'past' ? null : day;
  }

  get sentence(): string {
    const found = sentenceAt(this.#text, this.#sentences, this.#candidate.start);
    return this.#text.slice(found.start, found.end);
  }

  get tense(): Tense {
    return this.#read().tense;
  }

  get firmTense(): boolean {
    return this.#read().firm;
  }

  get outlook(): Tense {
    // A tense the date cannot cross ("fell in December") is not undone by a modal or "if"
    // further off ("If October's debate represented ...").
    const plain = this.#read();
    this.#outlook ??= plain.firm ? plain.tense : this.#readAt(true).tense;
    return this.#outlook;
  }

  #read(): TenseReading {
    this.#reading ??= this.#readAt(false);
    return this.#reading;
  }

  #readAt(modals: boolean): TenseReading {
    const c = this.#candidate;
    const found = sentenceAt(this.#text, this.#sentences, c.start);
    // The verbs that tell the tense stand near the expression; long sentences are cut.
    const start = Math.max(found.start, c.start - 200);
    const end = Math.min(found.end, c.end + 200);
    return tenseAt(this.#text.slice(start, end), c.start - start, c.end - c.start, modals);
  }
}

/** Words that name a day in a TIME: "tonight", "this morning", "Tuesday", "July 4". */
const DAY_NAMING_RE = new RegExp(
  `\\b(?:today|tonight|yesterday|tomorrow|this (?:morning|afternoon|evening)|last night|${WEEKDAY_RE}|${MONTH_RE})\\b`,
  'i',
);

const NIGHT_WORD_RE = /\b(?:evening|night|tonight)\b/i;
/** A clause that goes back before the night told: "Earlier, at 5 a.m.", "before dawn, at 4 a.m.". */
const LOOKING_BACK_RE = /\b(?:earlier|before|that morning)\b[^.;!?]*$/i;

/** Whether an expression tells the evening or the night of `day`: "Saturday night", "11:40 p.m.". */
function nightOf(resolved: Resolved, phrase: string, day: Day): boolean {
  if (!resolved.value.startsWith(formatDay(day))) return false;
  const clock = /T(\d\d):\d\d$/.exec(resolved.value);
  if (clock) return Number(clock[1]) >= 18 && Number(clock[1]) < 24;
  return /T(?:EV|NI)$/.test(resolved.value) || NIGHT_WORD_RE.test(phrase);
}

/**
 * The morning after `night` for a clock time in the small hours that names no day of its own and
 * was put on the day of that night: "late Saturday night. By 6 a.m., crews had contained it",
 * "arrived at 11:40 p.m., and the fire was out by 2 a.m.". Null for any other expression.
 */
function smallHoursAfter(resolved: Resolved, phrase: string, night: Day): Day | null {
  if (resolved.type !== 'TIME' || DAY_NAMING_RE.test(phrase)) return null;
  const clock = /^(\d{4}-\d\d-\d\d)T0[0-6]:\d\d$/.exec(resolved.value);
  if (!clock || clock[1] !== formatDay(night)) return null;
  return addDays(night, 1);
}

/** A verb of saying right before a day: "said Monday", "told reporters on Tuesday". */
const SAYING_BEFORE_RE =
  /\b(?:said|says|told (?:[A-Z]\w+|reporters|the \w+)|added|wrote|tweeted|acknowledged|conceded|insisted|argued)\s+(?:on\s+)?$/;

/** How far (in characters) a day named keeps being the day a bare clock time falls on. */
const RECENT_DAY_REACH = 250;

export function extractDates(article: ArticleForExtraction): TemporalExpression[] {
  const text = withPlainSpaces(article.text);
  const anchor = parseAnchor(article.publishedAt);
  const candidates: Candidate[] = [];
  const emit = (start: number, end: number, priority: number, resolve: Candidate['resolve']) => {
    candidates.push({ start, end, priority, resolve });
  };
  for (const w of triggerWindows(text)) {
    if (w.triggers.some(mayBeNumericDate))
      for (const c of numericDateCandidates(text, w.start, w.end)) candidates.push(c);
    scanWindow(text.slice(w.start, w.end), w.start, w.triggers, emit);
  }
  const out: TemporalExpression[] = [];
  let lastRef: Point | null = null;
  // The paragraph the last date was mentioned in.
  let refParagraph = -1;
  let lastPeriod: Point | null = null;
  // The last calendar day named (weekdays and "yesterday" included) and where it ended.
  let lastDay: { day: Day; end: number } | null = null;
  // A day or a month named since that day ("met in July 2008 ... The day before") moves the story
  // off it for what counts from a day just named; "that morning" still names the day told, and a
  // year in passing ("said Tuesday that sales fell last year") moves nothing.
  let movedOff = false;
  // The year of the last date named since `lastRef` that set no point of its own ("last week",
  // "on Wednesday"): the story has come back to it from the year it named.
  let yearSinceRef: number | null = null;
  let written: WrittenYear | null = null;
  // The day whose evening or night the story last told ("late Saturday night", "at 11:40 p.m.").
  let lastNight: { day: Day; end: number } | null = null;
  for (const c of selectCandidates(candidates)) {
    if (notTemporal(text, c.start, c.end)) continue;
    const paragraph = spanIndexAt(article.paragraphs, c.start);
    const ctx = new LazyContext(
      text,
      article.sentences,
      c,
      anchor,
      lastRef,
      lastPeriod,
      lastDay &&
        !movedOff &&
        c.start - lastDay.end < RECENT_DAY_REACH &&
        !headsEntry(text, article.paragraphs, c)
        ? lastDay.day
        : null,
      lastDay?.day ?? null,
      paragraph >= 0 && paragraph === refParagraph ? lastRef : null,
      paragraph >= 0 && refParagraph >= 0 && paragraph - refParagraph <= 1 ? lastRef : null,
      yearSinceRef,
      written,
      article.paragraphs,
    );
    let resolved: Resolved | null = c.resolve(ctx);
    if (!resolved) continue;
    const phrase = text.slice(c.start, c.end);
    const morningAfter: Day | null =
      lastNight &&
      c.start - lastNight.end < RECENT_DAY_REACH &&
      !LOOKING_BACK_RE.test(text.slice(Math.max(0, c.start - 30), c.start))
        ? smallHoursAfter(resolved, phrase, lastNight.day)
        : null;
    if (morningAfter) {
      resolved = { ...resolved, value: `${formatDay(morningAfter)}${resolved.value.slice(10)}` };
      lastDay = { day: morningAfter, end: c.end };
      movedOff = false;
    }
    if (resolved.ref) {
      lastRef = resolved.ref;
      yearSinceRef = null;
      refParagraph = paragraph;
      movedOff =
        lastDay !== null &&
        (lastRef.grain === 'month' || lastRef.grain === 'day') &&
        !holdsDay(lastRef, lastDay.day);
    } else if (resolved.type === 'DATE' && /^\d{4}/.test(resolved.value))
      yearSinceRef = Number(resolved.value.slice(0, 4));
    if (resolved.ref?.grain === 'quarter' || resolved.ref?.grain === 'half')
      lastPeriod = resolved.ref;
    // A day named, and a part of a day or a clock time that names its day ("tonight", "this
    // morning", "9 a.m. Tuesday"): what a bare clock time after it belongs to.
    const named: RegExpExecArray | null =
      resolved.type === 'DATE' || (resolved.type === 'TIME' && DAY_NAMING_RE.test(phrase))
        ? /^(\d{4})-(\d\d)-(\d\d)/.exec(resolved.value)
        : null;
    // A clock time on the day last named ("at 8 a.m." of the Saturday told) keeps it the story's
    // day further on; one on another day does not make that day the story's.
    if (
      resolved.type === 'TIME' &&
      lastDay &&
      resolved.value.startsWith(formatDay(lastDay.day)) &&
      c.start - lastDay.end < RECENT_DAY_REACH
    ) {
      lastDay = { day: lastDay.day, end: c.end };
      movedOff = false;
    }
    // "The Eagles won on Sunday. Pederson said Monday he was proud. Kickoff was at 6:30 p.m.":
    // the day a comment was made is no day of the story told, while one is near.
    const dayOfSaying =
      named !== null &&
      lastDay !== null &&
      c.start - lastDay.end < RECENT_DAY_REACH &&
      SAYING_BEFORE_RE.test(text.slice(Math.max(0, c.start - 32), c.start));
    if (named && !dayOfSaying) {
      lastDay = {
        day: { year: +(named[1] ?? 0), month: +(named[2] ?? 0), day: +(named[3] ?? 0) },
        end: c.end,
      };
      movedOff = false;
    }
    if (resolved.storyDay) {
      lastDay = { day: resolved.storyDay, end: c.end };
      movedOff = false;
    }
    // The night of the day the story is at, for a clock time in the small hours after it.
    if (lastDay && (named || resolved.type === 'TIME') && !morningAfter)
      lastNight = nightOf(resolved, phrase, lastDay.day) ? { day: lastDay.day, end: c.end } : null;
    const year = resolved.type === 'DATE' ? WRITTEN_YEAR_RE.exec(phrase) : null;
    // A date of another year named since ("the following year") moves the story on.
    if (written && resolved.type === 'DATE' && !resolved.value.startsWith(String(written.year)))
      written = null;
    if (year && resolved.value.startsWith(year[0])) {
      const sentence = spanIndexAt(article.sentences, c.start);
      const opening = article.sentences[sentence]?.start ?? c.start;
      written = {
        year: +year[0],
        start: c.start,
        sentence,
        fronted: FRONTED_RE.test(text.slice(opening, c.start)),
        dated: named !== null,
      };
    }
    const end = c.end - (resolved.trimEnd ?? 0);
    const expression: TemporalExpression = {
      start: c.start,
      end,
      text: article.text.slice(c.start, end),
      type: resolved.type,
      value: resolved.value,
    };
    if (resolved.mod) expression.mod = resolved.mod;
    out.push(expression);
  }
  clocksOnTheDayAfter(text, out);
  return out;
}

/** What may stand between a clock time and the day it is on: "6 p.m. New Year's Eve", ", on". */
const CLOCK_TO_DAY_RE = /^,? (?:on )?$/;

/**
 * Puts a clock time on the day named right after it that no rule joined to it ("at 6 p.m. New
 * Year's Eve", "at 7 p.m. on Election Day"): the hour is of that day, not of the day the story
 * was at.
 */
function clocksOnTheDayAfter(text: string, out: TemporalExpression[]): void {
  for (let i = 0; i + 1 < out.length; i++) {
    const clock = out[i] as TemporalExpression;
    const day = out[i + 1] as TemporalExpression;
    if (clock.type !== 'TIME' || day.type !== 'DATE' || DAY_NAMING_RE.test(clock.text)) continue;
    if (
      !/^\d{4}-\d\d-\d\d$/.test(day.value) ||
      !CLOCK_TO_DAY_RE.test(text.slice(clock.end, day.start))
    )
      continue;
    const hour = /^(?:\d{4}-\d\d-\d\d|XXXX-XX-XX)(T\d\d:\d\d)$/.exec(clock.value);
    if (hour) clock.value = `${day.value}${hour[1]}`;
  }
}
