/**
 * Anchoring: which way a sentence looks from the publication date (its tense), and how an
 * underspecified date ("Thursday", "May", "June 30", "the third quarter") is placed on the
 * calendar the way news uses it: a past-tense sentence means the most recent one, a future-tense
 * sentence the next one.
 */
import {
  addDays,
  type Day,
  isoWeekday,
  type Point,
  quarterOf,
  SEASON_START,
  type Season,
} from './calendar.ts';
import { MONTH_RE } from './lexicon.ts';

export type Tense = 'past' | 'future' | 'present';

// What "runs through" or "lasts until" a date is still on: the date lies ahead. Only a date right
// after it counts ("any hope runs through Wisconsin" is a path).
const RUNS_UNTIL = '(?:runs|continues|lasts) (?:through|until|till|into)';
const RUNS_UNTIL_DATE = `${RUNS_UNTIL}(?= (?:(?:early|late|mid|next|this)[- ])?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|(?:mon|tues|wednes|thurs|fri|satur|sun)day|spring|summer|fall|autumn|winter|the (?:end|rest|weekend|spring|summer|fall|winter)\\b|\\d))`;
// The present of a timetable ("begins", "takes effect", "comes out"): FUTURE counts each as looking
// ahead, and right before its date (TIMETABLE below) as firmly so.
const TIMETABLE_VERBS =
  'begins|(?:re)?starts|(?:re)?opens|closes|ends|concludes|expires|takes? effect|kicks off|resumes|(?:re)?convenes|debuts|premieres|launches|retires|comes out|takes office';

// The present of a timetable ("the trial begins Monday", "the offer expires Friday", "the talks
// resume Monday", "voters head to the polls Tuesday", "the state holds its primary on Tuesday", "the
// team plays again on Tuesday", "she faces a vote Monday", "the president travels to Ohio on
// Tuesday", "the court hears the case Monday", "the strike enters its third week on Monday",
// "the Senate votes Tuesday", "the governor signs the bill Friday", "the envoy meets with the
// rebels Monday"; not the noun in "most of the votes" or "held signs")
// looks ahead as the future does. A plan made with its object ("planned a rally
// on Saturday") dates the event planned, as "planned to" does; the noun "plans" alone tells
// nothing. What "is due in June", "is due to open" or "are due Tuesday" is still to come ("is due
// to the weather" is a cause, not a time), and so is a report "due out Monday" or "due
// Friday" with no verb; what "was due" or "came due" that day is past.
const FUTURE = new RegExp(
  String.raw`\b(?:will|won['’]t|wo n't|shall|'ll|’ll|going to|plan(?:s|ned|ning)? (?:to|an?)|scheduled|expects?|expected to|(?:is|are) (?:widely |now |also )?expected|appears? in court|(?:leaves|speaks|flies|sails|lands|takes off|lifts off|touches down|(?<!\b(?:did|didn't|not|never)\s)go(?:es)? on (?:sale|trial))(?= (?:on |late |early |again )?(?:mon|tues|wednes|thurs|fri|satur|sun)day)|forecasts? (?:that|to)|forecasts|(?:is|are) forecast|predicts?|anticipates?|intends? to|hopes? to|hoped to|aims? to|promised to|vowed to|is to|are to|(?:is|are) due (?:in|on|by|for|next|out|back|no later than|before|to (?:be|start|begin|open|close|end|expire|arrive|take|hold|meet|vote|report|resume|return|finish|appear|visit|sign|leave|rule|launch|come|go))|due(?<!(?:was|were|been|came|fell|became|n['’]t)(?: not| [a-z]+ly)? due)(?<!\b(?:originally|initially) due)(?= (?:(?:out|back) )?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))|set to|set for|slated to|slated for|upcoming|(?:un)?likely to|would(?! (?:not )?have\b(?! to\b))|wouldn['’]t(?! have\b(?! to\b))|(?:can|cannot|can['’]t|may|might|must|mustn['’]t|should|shouldn['’]t|could|couldn['’]t|if)(?! (?:not )?have\b)|effective|as soon as|by next|tomorrow|${RUNS_UNTIL_DATE}|${TIMETABLE_VERBS}|polls (?:open|close)|airs|plays? again|plays (?:host|against)|votes(?<!\b(?:the|of|her|his|their|its|popular|electoral|more|enough) votes)(?! (?:of|for|from|were|was|had|to)\b)|meets with|signs(?<!\b(?:held|the|carried|waved|posted|put) signs) (?:the|a|an|his|her|its|their)|unveils|go(?:es)? to the polls|faces (?:a|an|the|its|his|her|their)|hosts (?:a|an|the|its|his|her|their)|returns(?= (?:in|on|next|this|early|late|later|mid)\b)|arrives|departs|leaves for|heads? (?:to|for|back)|travels to|hears|enters|returns to|testif(?:y|ies)|holds? (?:(?:its|a|their|the) )?(?:[a-z]+ )?(?:primar(?:y|ies)|caucus(?:es)?|elections?|vote|referendum|runoff)|begin|reopen|resume|expire|(?:re)?convene|arrive|depart)\b`,
  'gi',
);
// Irregular participles count too: "a poll taken Saturday" reports a past event. ("Given" is
// left out: it is more often a preposition, "given the vote in May".) A word in -ed counts only
// in lower case ("United" is no verb), but a question put opens a sentence too ("Asked on
// Monday whether ...").
const PAST =
  /\b(?:[Ww]as|[Ww]ere|[Hh]ad|[Dd]id|[Aa]sked|[Pp]ressed|[Qq]uestioned|[Cc]ontacted|[Ii]nterviewed|[Ww]asn['’]t|[Ww]eren['’]t|[Hh]adn['’]t|[Dd]idn['’]t|said|told|began|came|went|took|made|gave|met|won|lost|fell|rose|left|saw|sent|held|found|became|brought|bought|sold|thought|paid|struck|spent|built|kept|ran|got|wrote|spoke|chose|drove|flew|grew|knew|meant|sought|caught|fought|stood|felt|heard|shot|hit|cut|hurt|quit|shut|forecast|beat|put|let|spread|cast|cost|burst|shed|split|upset|broadcast|threw|withdrew|drew|broke|stole|fled|led|strode|swore|wore|shook|woke|rode|hid|sank|sang|rang|swam|froze|forgave|forgot|taught|slid|spun|dug|hung|stuck|swung|sprang|shone|bled|sped|wept|slept|swept|dealt|lent|knelt|leapt|arose|awoke|overtook|undertook|overcame|overthrew|foresaw|underwent|withstood|upheld|mistook|rebuilt|understood|blew|tore|laid|slew|lit|strove|shrank|forbade|ate|taken|written|shown|chosen|spoken|begun|stolen|broken|sworn|seen|drawn|driven|thrown|fallen|frozen|beaten|torn|flown|ridden|hidden|shaken|ago|earlier|last|yesterday|(?:[Hh]as|[Hh]ave) (?:been|(?!scheduled|expected|planned|proposed|slated)[a-z]{2,}ed)|[a-z]{2,}ed)\b/g;
const PRESENT =
  /\b(?:is|are|am|has|have|does|says|isn['’]t|aren['’]t|hasn['’]t|haven['’]t|doesn['’]t)\b/gi;
const MARKER = new RegExp(
  `\\b(?:(${byFirstLetter(FUTURE)}\\b)|(${byFirstLetter(PAST)}\\b)|(${byFirstLetter(PRESENT)}\\b))`,
  'gi',
);
const SAME_FORM = new Set([
  'hit',
  'cut',
  'hurt',
  'quit',
  'shut',
  'forecast',
  'beat',
  'put',
  'let',
  'spread',
  'cast',
  'cost',
  'burst',
  'shed',
  'split',
  'upset',
  'broadcast',
]);
const PAST_WORD = new RegExp(`^${PAST.source}$`);
/** A phrase the sentence opens with, up to the date: "On ", "At the close of business ". */
const OPENING_PHRASE =
  /^[\s"“'‘`(]*(?:(?:on|in|at|during|after|before|by|since|until|from|over|through|throughout|late|early|earlier|later)\b[^,;]*)?$/i;
/** An aside about the subject opened and still open: "The Knicks, who beat". */
const SUBJECT_ASIDE_OPENED =
  /^[\s"“'‘`(]*(?:[\w.'’-]+\s+){0,4}[\w.'’-]+,\s+(?:who|which)\s+[^,;()]*$/i;
/** The comma that closes an aside, not one of a list ("chairman, president and ..."). */
const ASIDE_CLOSED = /^[^,;]*,\s+(?!(?:[\w'’-]+\s+){1,2}(?:and|or)\b)[^,;]*$/i;
const CLAUSE_BREAK = /[,;]|\b(?:and|but|while|which|who|when|where|because)\b/i;
const QUOTE_MARKS = /["“”]|''|``/g;

/**
 * The words of a marker list (`\\b(?:will|would|...)\\b`) regrouped under their first letter
 * (`w(?:ill|ould)|...`), for the case-insensitive marker pattern: the engine then tries at a word
 * only the words that start with its letter, where the flat list had it try all of them. Words
 * keep their order within a letter, and words with different first letters never match at the
 * same place, so every match stays the same. A list it cannot regroup is kept as it is.
 */
function byFirstLetter(list: RegExp): string {
  const inner = /^\\b\(\?:(.*)\)\\b$/.exec(list.source)?.[1];
  if (inner === undefined) return `(?:${list.source})`;
  const flat = `(?:${inner})`;
  const words = topLevelAlternatives(inner).flatMap(expandLead);
  // A word that may start with any letter ("[a-z]{2,}ed") stays last, after the regrouped ones.
  const any = words.at(-1)?.startsWith('[a-z]') ? words.pop() : undefined;
  const groups = new Map<string, string[]>();
  for (const word of words) {
    const head = /^(?:\[([A-Z])([a-z])\]|([a-z'’]))/.exec(word);
    const letter = head?.[3] ?? head?.[2];
    if (!head || !letter || (head[1] && head[1].toLowerCase() !== letter)) return flat;
    const rest = word.slice(head[0].length);
    const group = groups.get(letter);
    if (group) group.push(rest);
    else groups.set(letter, [rest]);
  }
  const branches = [...groups].map(([letter, rests]) =>
    rests.length === 1 ? `${letter}${rests[0]}` : `${letter}(?:${rests.join('|')})`,
  );
  if (any !== undefined) branches.push(any);
  return `(?:${branches.join('|')})`;
}

/** The alternatives of a pattern at its top level (not inside groups or classes). */
function topLevelAlternatives(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') i += 1;
    else if (inClass) inClass = ch !== ']';
    else if (ch === '[') inClass = true;
    else if (ch === '(') depth += 1;
    else if (ch === ')') depth -= 1;
    else if (ch === '|' && depth === 0) {
      out.push(source.slice(start, i));
      start = i + 1;
    }
  }
  out.push(source.slice(start));
  return out;
}

/**
 * A word whose pattern opens on a group, written out as the words it stands for, in the order the
 * engine tries them: "(?:re)?starts" is "restarts" then "starts".
 */
function expandLead(word: string): string[] {
  const optional = /^\(\?:([^()|\\]*)\)\?(?!\?)(.*)$/.exec(word);
  if (optional) return [`${optional[1]}${optional[2]}`, optional[2] ?? ''];
  const choice = /^\(\?:([^()\\]*)\)(?![?*+{])(.*)$/.exec(word);
  if (choice) return topLevelAlternatives(choice[1] ?? '').map((head) => `${head}${choice[2]}`);
  return [word];
}

/**
 * A sentence's tense at a temporal expression, and whether that tense is firm: a plain future
 * ("will", "is to"), unlike "would" or "planned to", which may report a plan made before a date now
 * past, never looks back; what has gone on "since" a date never looks ahead.
 */
export interface TenseReading {
  tense: Tense;
  firm: boolean;
}

// "Can win in November", "if she prevails in November": a modal or a condition before a date looks
// ahead, but weaker than a tense, and only for dates months away (a weekday hangs on the verb's
// own tense).
const MODAL = /^(?:can|cannot|can't|may|might|must|mustn't|should|shouldn't|could|couldn't|if)$/;
/** Whether a modal before a date, with the words between, looks ahead to it: "may vote Tuesday". */
function aheadOfWeekday(word: string, between: string): boolean {
  return (
    /^(?:may|might|could|should|must|can)$/.test(word) &&
    !/^\s+(?:not|never|only|have|be\s+(?:[a-z]+ed|seen|found|heard|shown|told))\b/i.test(between) &&
    !CLAUSE_BREAK.test(between) &&
    // "a boost from the win Tuesday": the day of an event the verb draws on, already held.
    !/\b(?:from|after|since|following)\s+(?:the|its|his|her|their)\s+[\w-]+\s+$/i.test(between) &&
    between.length < 48
  );
}
// A past verb right before a date ("fell in December", "resigned on Dec. 2", "took office in
// February") tells of a date already gone, unless the verb sets a date ahead ("was set for",
// "postponed to", "vowed to"), which "for", "to" and "until" also do. ("scheduled", "planned" and
// the other FUTURE_PARTICIPLES never count as a past at all.)
const PLANNED =
  /^(?:set|postponed|delayed|deferred|moved|pushed|rescheduled|extended|reserved|promised|vowed|pledged|threatened|hoped|aimed|intended|targeted|booked|called|asked|urged|agreed|announced|offered|invited|chose|picked|named|timed|due)$/;
// What is put off "until" a day waits for that day: it lies ahead of the verb.
const DEFERRED = /^(?:adjourned|suspended|recessed|halted|paused|frozen)$/;
const FIRM_PAST_GAP =
  /^\s+((?:(?:[A-Za-z]+|\d[\d,.]*)\s+){0,3}?)(?:(?:in|on|during)\s+(?:the\s+)?)?$/;
// Words that open another clause or point ahead between a past verb and a date.
const GAP_BREAK =
  /^(?:for|to|until|till|toward|towards|that|which|who|whom|whose|when|while|where|and|or|but|if|as|because|after|before|since|would|will|could|should|might|may|can|is|are|be|being|been|next|this|coming)$/i;
/**
 * What "to" right after a past verb leads to when it names where the verb went, not a verb or a
 * date ahead: a capitalized word (a place's name), a determiner, or a place one goes to ("moved to
 * Ohio", "went to court", "returned to the city").
 */
const DESTINATION_AFTER_TO =
  /^(?:[A-Z][a-z]+|the|a|an|his|her|its|their|our|court|prison|jail|office|power|school|church|hospital|town)$/;

/** An event moved, before the passive "moved": "the trial was", "the wedding has been". */
const MOVED_EVENT_BEFORE =
  /\b(?:trial|hearing|game|match|vote|meeting|event|conference|summit|race|concert|show|case|election|ceremony|debate|convention|sale|auction|launch|talks|festival|parade|wedding|funeral|party|graduation|fireworks|rally|sentencing|service|celebration|vigil|exhibit|exhibition|performance|premiere|opening|game|tournament|Olympics)s?\s+(?:\S+\s+){0,3}?(?:was|were|has been|have been|had been|is|are|will be)\s+$/i;

/**
 * "moved to Ohio in": someone's move to a place, not a date put off ("moved the vote to May") nor
 * an event moved ("the trial was moved to Chicago in August" is held there then).
 */
function movedAway(verb: string, gap: string, before: string): boolean {
  if (verb !== 'moved' || MOVED_EVENT_BEFORE.test(before)) return false;
  const to = /^\s+to\s+(\S+)(?:\s.*)?\s(?:in|on|during)\s+(?:the\s+)?$/.exec(gap);
  return to !== null && DESTINATION_AFTER_TO.test(to[1] ?? '');
}

/**
 * Verbs of asking, ordering or deciding: told in the past, what they ask for or set ("urged
 * residents to leave before Saturday", "called for a strike starting Friday", "gave lawyers until
 * Friday to respond") still lies ahead when the news reports it.
 */
const DIRECTIVE =
  /^(?:urged|asked|ordered|told|instructed|directed|advised|warned|encouraged|invited|requested|required|allowed|called|gave|summoned|pressed|agreed|decided|voted|approved|announced|proposed|declared)$/;
/** The directives that ask someone to act: what they ask for lies ahead. */
const REQUEST =
  /^(?:urged|asked|told|instructed|directed|advised|warned|encouraged|invited|requested|required|summoned|pressed)$/;
/** A date that starts or bounds what a directive asks for ("starting Friday", "until Sunday"). */
const AHEAD_LEAD =
  /\b(?:starting|beginning|effective|through|until|till|by|before)\s+(?:the\s+)?$/i;
/** An infinitive after a directive ("to leave", "to return"), not a place gone to ("to court"). */
const INFINITIVE =
  /\bto\s+(?!(?:the|a|an|his|her|its|their|our|court|prison|jail|office|power|school|church|hospital|town)\b)[a-z]+\b/;

/** A copula right before a weekday: "The vote is Tuesday", "The funeral is on Saturday". */
const SCHEDULED_DAY_LEAD = /\b(?:is|are)\s+(?:(?:now|still|again)\s+)?(?:on\s+)?$/i;
/** A month and its day, as a scheduled event's date is given ("Nov. 3", "March 10th"). */
const SCHEDULED_MONTH_DAY = new RegExp(`^${MONTH_RE}\\s+\\d{1,2}(?:st|nd|rd|th)?\\b`);
/** What a present sentence compares with an earlier figure: "up from 3.9 percent in ". */
const PAST_COMPARISON_LEAD =
  /\b(?:from|since|below|above|than|compared with|versus)\s+(?:(?:its|a|an|the|their)\s+)?(?:(?:[\d$][\d.,]*\s*(?:%|percent|points?|cents?)?|low|lows|high|highs|peak|level|levels|record|slump|fire|merger)\b)\s+(?:[\w.,%-]+\s+){0,2}?(?:in|on|during)\s+(?:the\s+)?$/i;
/** A determiner or possessive before a date makes it the time of a noun ("her Sunday speech"). */
const ATTRIBUTIVE_LEAD = /(?:\b(?:the|a|an|its|their|his|her|our|your|my|this|that)|['’]s)\s+$/i;
/** A weekday, the date a directive sets most often ("to vote Tuesday"); a month may be when it was made. */
const WEEKDAY_START = /^(?:this\s+|next\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b/;

/**
 * Whether the words between a directive and its date ask for something after the directive: a
 * short reach in one clause.
 */
function pointsAhead(gap: string, lead: string, verb: string): boolean {
  if (gap.length > 60 || /[;:]|\b(?:which|who|when|while|because|after|since|and|but)\b/.test(gap))
    return false;
  // A decision to act ("voted to approve the budget Tuesday") is dated by the day it was made;
  // only a request ("urged residents to leave Saturday") asks for a day ahead.
  return AHEAD_LEAD.test(lead) || (REQUEST.test(verb) && INFINITIVE.test(gap));
}

/** Verbs that send someone somewhere later: "was ordered to court in September" is ahead. */
const SENDING = /^(?:ordered|summoned|invited|directed|told|asked|due)$/;

/** Whether a word of the gap between a past verb and its date opens another clause or looks ahead. */
function breaksGap(words: string[], verb = ''): boolean {
  // Only right after the verb: "ordered him to court in September" orders an appearance ahead.
  const destination =
    words[0] === 'to' && !SENDING.test(verb) && DESTINATION_AFTER_TO.test(words[1] ?? '');
  return words.some((w, i) => GAP_BREAK.test(w) && !(i === 0 && destination));
}

// A preposition inside the gap opens a phrase of its own ("said in an editorial on").
const GAP_PREPOSITION = /^(?:in|on|at|of|from|with|by|about|over|under|into|onto|during)$/i;

/**
 * Whether the words between a past verb and a date leave the verb's past firm, also when the date
 * is the second of two phrases the verb governs ("visited Ohio in January and Iowa in", "spoke on
 * Thanksgiving Day and again on").
 */
function firmPastGap(gap: string, verb: string): boolean {
  if (firmPastSpan(gap, verb)) return true;
  const join = COORDINATION.exec(gap);
  if (join === null) return false;
  const first = FIRST_CONJUNCT.exec(gap.slice(0, join.index));
  if (first === null || breaksGap((first[2] ?? '').split(/\s+/), verb)) return false;
  // The date is the second phrase's own ("and Iowa in September"), not a word before a noun
  // ("in South Carolina and Super Tuesday states").
  const second = gap.slice(join.index + join[0].length - 1);
  return (
    /\s(?:in|on|during)\s+(?:the\s+)?$/.test(second) &&
    firmPastSpan(`${first[1] ?? ''} `, verb) &&
    firmPastSpan(second, verb)
  );
}

/** The last "and" or "or" of a gap, with an adverb after it ("and again", "or later"). */
const COORDINATION =
  /\s(?:and|or)(?:\s+(?:again|also|then|later|once more))?\s(?!.*\s(?:and|or)\s)/;
/**
 * The first of two phrases: its object, then the date's own phrase of a few words, each word
 * whole (a word split into pieces would let a long gap take the engine milliseconds to refuse).
 */
const FIRST_CONJUNCT = /^(.*?)\s(?:in|on|during)\s+((?:the\s+)?(?:\S+(?:\s+|$)){1,4})$/;

/** Whether the words between a past verb and a date, with no "and" between, leave it firm. */
function firmPastSpan(gap: string, verb: string): boolean {
  const m = FIRM_PAST_GAP.exec(gap);
  // The date may follow the verb directly ("began Jan. 8") or "from" ("ran from July 10"). A few
  // words between them are the verb's object ("took office in", "sold 400 cars in", "visited
  // Iowa in"), not when the word in -ed is an adjective before its noun ("its preferred
  // shares on"); "for", "to" and "until" point ahead, and "that" or "and" open another clause.
  if (m === null) return false;
  const words = (m[1] ?? '').trim().split(/\s+/).filter(Boolean);
  if (breaksGap(words, verb)) return false;
  // More than one word is a noun phrase the verb takes ("drew 5,000 people"), not a phrase of
  // its own ("in an editorial") nor what a verb of saying says ("said the gathering in"); the
  // agent of a passive ("was approved by the Senate on") is the verb's own too.
  if (
    words.length > 1 &&
    (REPORTING.has(verb) || (words[0] !== 'by' && words.some((w) => GAP_PREPOSITION.test(w))))
  )
    return false;
  return words.length === 0 || !ATTRIBUTIVE_PARTICIPLES.has(verb);
}

// Words in -ed that stand before a noun more often than they take an object.
const ATTRIBUTIVE_PARTICIPLES = new Set(
  'preferred limited unnamed armed detailed advanced qualified skilled combined related revised reduced increased elected appointed registered listed based owned funded backed used fixed mixed united retired married unemployed experienced talented renewed extended added continued accelerated sustained concerted coordinated organized affiliated licensed certified'.split(
    ' ',
  ),
);
const FIRM_FUTURE = /^(?:will|won't|wo n't|shall|'ll|is to|are to|upcoming)$/;
// What "is scheduled for" or "are set to" a date is still ahead: the present passive of a plan.
const SCHEDULE = /^(?:scheduled|set for|set to|slated for|slated to|expected to)$/;
/** A plan told in the present ("plans to retire in March"): what it plans is still ahead. */
const PRESENT_PLAN = /^(?:plans? to|intends? to|hopes? to|aims? to|expects)$/;
// The present of a timetable right before its date ("her term ends in December", "the law takes
// effect in January") tells of one still ahead: never the month just gone.
const TIMETABLE = new RegExp(`^(?:${RUNS_UNTIL}|${TIMETABLE_VERBS}|returns)$`, 'i');

/**
 * The tense nearest to a temporal expression inside its sentence: in "said it will decide on
 * Friday", "will" is closer to "Friday" than "said", so Friday lies ahead.
 */
// What a source "wouldn't" do in news is a refusal made: "wouldn't say", "would not comment".
const REFUSAL_AFTER =
  /^\s+(?:not\s+)?(?:say|comment|discuss|disclose|reveal|specify|elaborate|confirm|identify|name|answer)\b/i;

/** A stop told in the past up to a date: "were suspended through ", "was closed through at least ". */
const STOPPED_THROUGH =
  /\b(?:was|were|had been)\s+(?:[a-z]+ly\s+|also\s+|again\s+)?(?:suspended|halted|paused|frozen|closed|shut|shut down|canceled|cancelled|grounded|banned|barred|blocked|stopped|postponed|delayed)\s+(?:[\w-]+\s+){0,2}?through\s+(at\s+least\s+)?$/i;

/** The end of a day or a month a deadline may name before its date: "the close of business ". */
const DEADLINE_END = String.raw`the\s+(?:end|close)\s+of\s+(?:the\s+day\s+|business\s+|trading\s+)?`;
/** What ends just before a deadline's date: "by ", "until ", "until the close of business ". */
const DEADLINE_BEFORE = new RegExp(
  String.raw`\b(?:by|until|till|as soon as|as early as|between now and)\s+(?:${DEADLINE_END})?$`,
  'i',
);
/** The end a deadline names before its date: "the close of trading ". */
const DEADLINE_OF = new RegExp(String.raw`\b${DEADLINE_END}$`, 'i');
/** The same after "by" and after "until", told apart: a past verb looks back from the first. */
const BY_BEFORE = new RegExp(String.raw`\bby\s+(?:${DEADLINE_END})?$`, 'i');
const UNTIL_BEFORE = new RegExp(String.raw`\b(?:until|till)\s+(?:${DEADLINE_END})?$`, 'i');

export function tenseAt(
  sentence: string,
  offsetInSentence: number,
  lengthOf: number,
  modals = false,
): TenseReading {
  const lead = sentence.slice(Math.max(0, offsetInSentence - 32), offsetInSentence);
  // A deadline ("by Friday", "until Tuesday", "between now and Christmas", "until the end of the
  // day Monday") lies ahead unless the sentence looks back from it.
  const deadline = DEADLINE_BEFORE.test(lead) && !/\bhad\b/i.test(sentence);
  // What has gone on "since" a date began before publication, whatever the verb's tense: never
  // the coming Aug. 2, however near.
  if (
    /\bsince\s+(?:(?:shortly|just|soon|right)\s+)?(?:(?:after|before)\s+)?(?:the\s+)?$/i.test(
      lead,
    ) &&
    !causalSince(sentence, offsetInSentence, lengthOf)
  )
    return { tense: 'past', firm: true };
  // So is the day a period "ended" ("the quarter ended May 31"): it is over by publication.
  if (/\bended\s+$/i.test(lead)) return { tense: 'past', firm: true };
  // What was stopped "through" a date ("Flights were suspended through Wednesday") is stopped
  // up to it, which may still lie ahead: the nearest such date, or the coming one "at least".
  const stopped = STOPPED_THROUGH.exec(lead);
  if (stopped) return { tense: stopped[1] ? 'future' : 'present', firm: false };
  // A date that opens its sentence ("In May, ...") heads the clause after its comma.
  // Read only when a marker after the expression asks for it.
  let fronted: boolean | undefined;
  let best: Tense = 'past';
  let bestDistance = Number.POSITIVE_INFINITY;
  let bestWord = '';
  let bestBefore = false;
  let bestEnd = 0;
  // Whether the best marker stands within 30 characters of the date, whichever clause it is in.
  let bestNear = false;
  let reportedAfter = false;
  // One pass over the sentence finds every tense marker; the nearest one, weighted, wins.
  MARKER.lastIndex = 0;
  for (let m = MARKER.exec(sentence); m; m = MARKER.exec(sentence)) {
    // Words inside the expression itself ("last", "earlier") do not tell the tense.
    if (m.index >= offsetInSentence && m.index < offsetInSentence + lengthOf) continue;
    const before = m.index < offsetInSentence;
    // A verb before the date more often governs it than one after ("a plan adopted Saturday
    // would widen the road"): those after count twice as far.
    const gap = before
      ? offsetInSentence - (m.index + m[0].length)
      : (m.index - (offsetInSentence + lengthOf)) * 2;
    // No weight is below a future's 0.8 and the other clause only adds to a distance: a marker
    // this far cannot come nearer than the best one, and past the expression, no later one can.
    if ((gap >= 0 ? gap * 0.8 : gap * 1.5) >= bestDistance) {
      if (before) continue;
      break;
    }
    // A curly apostrophe ("won’t", "she’ll") reads as a straight one.
    const word = m[0].toLowerCase().replace('’', "'");
    // "Will", "May" or "Begin" capitalized inside a sentence is a name ("columnist George Will
    // wrote"), not a verb.
    if (
      (m[0] === 'Will' || m[0] === 'May' || m[0] === 'Begin') &&
      !/^[\s"“'‘`(]*$/.test(sentence.slice(0, m.index))
    )
      continue;
    let tense: Tense = m[1] ? 'future' : m[2] ? 'past' : 'present';
    // "The final, to be played on Sunday": a passive infinitive just before a date is a plan
    // ahead, not a past; after "was supposed", "had" or "wanted" it keeps its clause's time.
    if (
      tense === 'past' &&
      PAST_WORD.test(m[0]) &&
      offsetInSentence - (m.index + m[0].length) < 24 &&
      offsetInSentence > m.index &&
      /\bto be\s+$/i.test(sentence.slice(Math.max(0, m.index - 7), m.index)) &&
      !/\b(?:supposed|meant|due|had|was|were|is|are|wanted|hoped|appeared|seemed|proved|turned out|going|used)\s+to be\s+$/i.test(
        sentence.slice(Math.max(0, m.index - 24), m.index),
      )
    )
      tense = 'future';
    // For a date months away, a present under a condition ("if the senator is on the ballot in
    // November") or a "have" that a modal governs ("could have a say in November") looks ahead as
    // the condition or the modal does.
    const modal =
      MODAL.test(word) ||
      (modals &&
        tense === 'present' &&
        m.index < offsetInSentence &&
        conditioned(sentence, m.index, word, m.index + m[0].length));
    // A weekday hangs on its own clause's verb: a modal before it counts only when it says
    // something may yet happen ("the storm could reach the coast Thursday"), not what could not
    // ("could not be reached for comment Tuesday"), a condition, or what could be done or seen
    // then ("none of them could be located Wednesday"), told as often of the past.
    if (
      modal &&
      (m.index > offsetInSentence ||
        (!modals && !aheadOfWeekday(word, sentence.slice(m.index + m[0].length, offsetInSentence))))
    )
      continue;
    if (modal) tense = 'future';
    // A plan in the past perfect ("had been scheduled to") was overtaken: it looks back.
    if (
      tense === 'future' &&
      /\bhad (?:been |not been |long been )?$/i.test(
        sentence.slice(Math.max(0, m.index - 16), m.index),
      )
    )
      tense = 'past';
    // An infinitive has no tense of its own: "failed to predict" reports the past.
    if (tense === 'future' && /\bto\s+$/i.test(sentence.slice(Math.max(0, m.index - 4), m.index)))
      continue;
    // A promise or a plan made ("promised to", "planned to") looks ahead from its own time: the
    // date before it ("at a Thursday rally, he promised to") is when it was made.
    if (
      tense === 'future' &&
      m.index > offsetInSentence &&
      /^(?:promised|vowed|hoped|planned) /.test(word)
    )
      tense = 'past';
    // The future perfect ("will have finished by Friday") tells a state reached ahead, not a
    // past: its participle is read as a present, and the "will" before it still counts.
    if (
      tense === 'past' &&
      /\b(?:will|won['’]t|wo n't|shall|['’]ll)\s+(?:not\s+)?(?:have\s+(?:been\s+)?)?$/i.test(
        sentence.slice(Math.max(0, m.index - 24), m.index),
      ) &&
      (/^have\s/i.test(word) ||
        /\bhave\s+(?:been\s+)?$/i.test(sentence.slice(Math.max(0, m.index - 12), m.index)))
    )
      tense = 'present';
    // "hit", "cut", "shut", "beat": a past only where no modal, "to" or "do" makes it the bare
    // verb, and no article or possessive the noun ("a hit", "the cost", "its split"); after
    // "that" it is the verb of a relative clause ("the storm that hit on Saturday").
    if (
      tense === 'past' &&
      SAME_FORM.has(word) &&
      /\b(?:to|will|would|can|could|may|might|must|should|shall|do|does|don't|doesn't|'ll|not|the|a|an|its|their|his|her|our)\s+$/i.test(
        sentence.slice(Math.max(0, m.index - 10), m.index),
      )
    )
      continue;
    // "forecast" or "forecasts" after a possessive or "a" and a word or two ("its sales forecast",
    // "its full-year forecasts") is the noun; after "the" and a noun it may be the verb ("the
    // bank forecasts growth").
    if (
      /^forecasts?$/.test(word) &&
      /\b(?:a|an|its|their|his|her|our|my|your|[A-Z][\w.-]*['’]s)\s+(?:[\w-]+\s+){1,2}$/.test(
        sentence.slice(Math.max(0, m.index - 40), m.index),
      )
    )
      continue;
    // "forecast" is a past participle after "than", "as" or an auxiliary ("less than forecast in
    // July", "had forecast"), a noun after a determiner ("cut its forecast in July", left out
    // above with the other same-form words, or "its new forecast"); otherwise it is the present
    // verb, and it looks ahead ("analysts forecast a rebound in March").
    if (word === 'forecast') {
      const before = sentence.slice(Math.max(0, m.index - 12), m.index);
      if (/\b(?:this|new|latest|own)\s+$/i.test(before)) continue;
      if (
        !/\b(?:than|as|had|has|have|was|were|been|previously|originally|earlier|widely)\s+$/i.test(
          before,
        )
      )
        tense = 'future';
    }
    // "five days left", "with three games left": what remains, not a departure.
    if (
      word === 'left' &&
      /\b(?:seconds|minutes|hours|days|weeks|months|years|games|races|laps|rounds|innings|time)\s+$/i.test(
        sentence.slice(Math.max(0, m.index - 10), m.index),
      )
    )
      continue;
    // "last" tells a past only on its own ("when she last spoke"): after a determiner it means
    // final ("its last show"), after a modal or "to" it is the verb ("could last into May").
    if (
      word === 'last' &&
      /\b(?:the|a|its|his|her|their|our|my|your|this|that|to|will|would|can|could|may|might|must|should|shall|'ll|not|at)\s+$/i.test(
        sentence.slice(Math.max(0, m.index - 8), m.index),
      )
    )
      continue;
    if (tense === 'past') {
      // The past-tense list is case-sensitive: "United" is no verb.
      if (!PAST_WORD.test(m[0])) continue;
      if (/ed$/.test(word) && (FUTURE_PARTICIPLES.has(word) || NOT_VERBS.has(word))) continue;
      // "If approved Friday, the rules would ...", "once signed": a participle of a condition
      // has no tense of its own; the clause it conditions tells it.
      if (
        /ed$/.test(word) &&
        /\b(?:if|once|unless|when)\s+$/i.test(sentence.slice(Math.max(0, m.index - 8), m.index))
      )
        continue;
      // A passive after "be", "is", "are" or "get" ("will be paid", "votes are tallied", "start
      // getting beat up") carries no past tense of its own; nor does a compound adjective ("a
      // Christmas-themed ad").
      // An adverb may stand between ("will be formally chosen", "is widely expected"); nor does
      // one that "remain" or "stay" takes ("will remain closed"), or an object's state after
      // "keep" or "leave" ("keep it closed through the weekend").
      if (
        /\b(?:be|is|are|get|gets|getting|being|remain|remains|remaining|stay|stays|staying)\s+(?:(?:[a-z]+ly|best|also|still|often|not|only|never|again|first)\s+)?$|\b(?:keep|keeps|keeping|leave|leaves|leaving|want|wants)\s+(?:it|them|him|her|us|me|the\s+\w+)\s+$|\w-$/i.test(
          sentence.slice(Math.max(0, m.index - 24), m.index),
        )
      )
        continue;
      // After an article or possessive, a word in -ed is an adjective ("a revised plan", "a
      // newly revised plan"); after a noun in -ly ("the family moved") it is the noun's verb.
      const determined =
        /ed$/.test(word) &&
        /\b(?:a|an|the|its|their|his|her|our|this|these|those)\s+(?:([a-z]+ly)\s+|(?:still|yet|not|much)\s+)?$/i.exec(
          sentence.slice(Math.max(0, m.index - 24), m.index),
        );
      if (determined && !LY_NOUNS.has(determined[1]?.toLowerCase() ?? '')) continue;
    }
    // "wouldn't say Tuesday how", "would not comment": news tells a refusal made, not a future.
    if (
      /^would(?:n't)?$/.test(word) &&
      REFUSAL_AFTER.test(sentence.slice(m.index + m[0].length, m.index + m[0].length + 24)) &&
      (word !== 'would' || /^\s+not\b/i.test(sentence.slice(m.index + m[0].length)))
    )
      tense = 'past';
    // A quotation mark between the marker and the expression puts them in different voices: the
    // "said" of an attribution does not tell the tense of a date inside the quote it closes.
    const between =
      m.index < offsetInSentence
        ? sentence.slice(m.index, offsetInSentence)
        : sentence.slice(offsetInSentence + lengthOf, m.index);
    // A pair of marks between them quotes a title or a phrase ("told CNN's “New Day” on Friday"),
    // which leaves both in the same voice: only an odd count crosses into or out of a quote.
    if ((between.match(QUOTE_MARKS)?.length ?? 0) % 2 === 1) continue;
    const weight = modal ? 1.2 : tense === 'future' ? 0.8 : tense === 'past' ? 1 : 1.5;
    // A verb past a conjunction or a comma belongs to the next clause ("took effect in May and
    // will end in June"): it tells the tense only when the date's own clause has none. A comma
    // right after a fronted date ("In May, it will...") does not end its clause.
    // So does a verb after "that" and its subject ("told voters Sunday that he would"); one
    // right after "that" ("the summit in July that would") belongs to a relative clause.
    // What a verb of saying after the date reports lies a clause further still: in "the talk on
    // Tuesday, in which he announced he wouldn't run", "announced" tells the tense, not "wouldn't".
    let otherClause = 0;
    if (m.index > offsetInSentence) {
      fronted ??= /^\W*(?:\S+\s+){0,2}$/.test(sentence.slice(0, offsetInSentence));
      otherClause =
        (CLAUSE_BREAK.test(fronted ? between.replace(/^\s*,/, '') : between) ||
        /\bthat\s+\S/.test(between)
          ? 1
          : 0) + (reportedAfter ? 1 : 0);
      if (REPORTING.has(word)) reportedAfter = true;
    } else if (ASIDE_CLOSED.test(between) && SUBJECT_ASIDE_OPENED.test(sentence.slice(0, m.index)))
      // "The Knicks, who beat Miami on Tuesday, face Boston on Friday": a verb of an aside about
      // the subject that closes before the date tells the aside's tense, not the date's clause's.
      // A comma of a list ("stepped down as chairman, president and chief executive in March")
      // closes nothing.
      otherClause = 1;
    // The clause a verb of saying or showing reports carries its own tense: in "warned the mill
    // is short of orders for March" or "has shown the mayor can carry the ward in March", a tense
    // word between the verb and the date is the date's, however the weights compare. A comma
    // between them ("told the panel, which is meeting, on Monday") may close an aside instead.
    if (before && bestBefore && REPORTING.has(bestWord) && !/[,;]/.test(between))
      bestDistance = Number.POSITIVE_INFINITY;
    // A past verb right before the date, only a preposition between ("the law passed in March
    // takes effect in October"), is the date's own verb: no marker after it comes nearer.
    const own =
      before &&
      tense === 'past' &&
      !PLANNED.test(word) &&
      /^\s+(?:(?:in|on|during)\s+(?:the\s+)?)?$/.test(
        sentence.slice(m.index + m[0].length, offsetInSentence),
      );
    const distance = own ? 0 : gap * weight + otherClause * 1000;
    if (distance < bestDistance) {
      bestDistance = distance;
      bestNear = own || (before ? gap : gap / 2) < 30;
      best = tense;
      bestWord = word;
      bestBefore = before;
      bestEnd = m.index + m[0].length;
    }
  }
  // Only a past verb of the deadline's own clause ("sales fell by the end of the year"), not
  // the attribution of a report ("said ... by Friday"), looks back from a deadline with "by".
  // "Until" looks back from a past state ("the border was open until Tuesday") but keeps the
  // deadline of a delay ahead ("postponed until Tuesday", "adjourned until Monday").
  // A deadline that opens the sentence ("By December, when we were looking ahead, ...") is told
  // by the clauses after it, the first of them a "when" or a "with" as often as the main one.
  // The words of the deadline itself ("by the close of trading") do not put the verb further.
  const deadlineWords = (DEADLINE_OF.exec(lead)?.[0].length ?? 0) * (bestBefore ? 1 : 0);
  const looksBack =
    best === 'past' &&
    (bestDistance - deadlineWords < 30 || (fronted === true && bestNear)) &&
    !ATTRIBUTION.test(bestWord) &&
    (BY_BEFORE.test(lead) ||
      (UNTIL_BEFORE.test(lead) && !PLANNED.test(bestWord) && !DEFERRED.test(bestWord)));
  if (deadline && !looksBack) return { tense: 'future', firm: false };
  // "The vote is Tuesday", "Game 1 is Thursday night": an event given its day by "is" is
  // scheduled, still ahead (or today).
  if (
    best === 'present' &&
    SCHEDULED_DAY_LEAD.test(lead) &&
    WEEKDAY_START.test(sentence.slice(offsetInSentence, offsetInSentence + lengthOf))
  )
    return { tense: 'future', firm: false };
  // "Election Day is Nov. 3", "The primary is on March 10": a day of the calendar given to an
  // event by "is" is still to come however far ahead, or it would be told with "was".
  if (
    best === 'present' &&
    SCHEDULED_DAY_LEAD.test(lead) &&
    SCHEDULED_MONTH_DAY.test(sentence.slice(offsetInSentence, offsetInSentence + lengthOf))
  )
    return { tense: 'future', firm: true };
  // "is now down from 5.2 percent in March", "still below its level in May": a figure compared
  // with an earlier one is of a date gone, whatever the present tense of the comparison.
  if (best === 'present' && PAST_COMPARISON_LEAD.test(lead)) return { tense: 'past', firm: true };
  if (
    best === 'past' &&
    bestBefore &&
    DIRECTIVE.test(bestWord) &&
    WEEKDAY_START.test(sentence.slice(offsetInSentence, offsetInSentence + lengthOf)) &&
    !ATTRIBUTIVE_LEAD.test(lead) &&
    !/\bhad\s+(?:\w+\s+)?$/i.test(
      sentence.slice(Math.max(0, bestEnd - bestWord.length - 12), bestEnd - bestWord.length),
    ) &&
    pointsAhead(sentence.slice(bestEnd, offsetInSentence), lead, bestWord)
  )
    return { tense: 'future', firm: false };
  // No tense word at all ("The budget year begins Oct. 1."): the nearest occurrence. Nor has a
  // clause whose only one is the attribution after it ("The Celtics play Chicago Sunday, Jones
  // said"): the saying is past, what was said keeps its own time. A phrase that opens the sentence
  // ("On Sunday, police said ...", "Friday on CNN, the senator said") is no clause: the saying
  // is its verb.
  if (
    bestDistance === Number.POSITIVE_INFINITY ||
    (bestBefore && bestDistance >= 1000) ||
    (!bestBefore &&
      bestDistance >= 1000 &&
      REPORTING.has(bestWord) &&
      !OPENING_PHRASE.test(sentence.slice(0, offsetInSentence)))
  )
    return { tense: 'present', firm: false };
  // Only a "will" shortly before the date ("will be held on May 24") is its verb. A date that
  // qualifies a noun ("since their March 4 forum", "the June housing report", "Roe's
  // Nov. 14 speech") is the time of that noun, not of the verb's future.
  const attributive = ATTRIBUTIVE_LEAD.test(lead);
  const firm =
    !attributive &&
    ((bestBefore &&
      ((best === 'future' &&
        (bestDistance < 24 ||
          // "will not necessarily yield him an edge in November": a "will" further back is
          // still the verb of the date's own clause when no clause opens between them.
          (bestDistance < 72 &&
            FIRM_FUTURE.test(bestWord) &&
            !CLAUSE_BREAK.test(sentence.slice(bestEnd, offsetInSentence)))) &&
        (FIRM_FUTURE.test(bestWord) ||
          (TIMETABLE.test(bestWord) && bestDistance < 24) ||
          (PRESENT_PLAN.test(bestWord) && bestDistance < 48) ||
          // "The court should rule on May 3": a modal of what may yet happen, as for a weekday.
          (bestDistance < 24 &&
            aheadOfWeekday(bestWord, sentence.slice(bestEnd, offsetInSentence))) ||
          (SCHEDULE.test(bestWord) &&
            /\b(?:is|are|'s|now)\s+$/i.test(
              sentence.slice(Math.max(0, bestEnd - bestWord.length - 8), bestEnd - bestWord.length),
            )))) ||
        (best === 'past' &&
          (!PLANNED.test(bestWord) ||
            movedAway(
              bestWord,
              sentence.slice(bestEnd, offsetInSentence),
              sentence.slice(
                Math.max(0, bestEnd - bestWord.length - 48),
                bestEnd - bestWord.length,
              ),
            )) &&
          firmPastGap(sentence.slice(bestEnd, offsetInSentence), bestWord)))) ||
      firmFronted(best, bestWord, bestDistance, fronted === true) ||
      firmSubjectPast(
        sentence,
        offsetInSentence,
        best,
        bestWord,
        bestBefore,
        bestEnd,
        bestDistance,
      ));
  return { tense: best, firm };
}

/** The subject of a sentence up to a date that qualifies it: "The storm in ", "Sales on ". */
const SUBJECT_UP_TO_DATE =
  /^[\s"“'‘`(]*(?:(?:the|a|an|its|his|her|their|our)\s+)?(?:[\w'’-]+\s+){1,3}(?:in|on|during)\s+$/i;
/** What after "was" or "were" makes it carry a plan: "was scheduled", "were to", "was due". */
const PLAN_AFTER_BE =
  /^\s+(?:(?:still|originally|initially|once|also)\s+)?(?:to|going|scheduled|planned|set|slated|expected|due|supposed|likely|meant|postponed|delayed|moved|pushed|rescheduled|put off|called off|canceled|cancelled|sold out|booked|already)\b/i;

/**
 * Whether a date that qualifies the subject of a past verb is gone: "The storm in September
 * caused $2 billion in damage", "The vote in August was close". The verb follows the date at
 * once; what was scheduled or put off ("The trip in September was planned in May") may lie ahead.
 */
function firmSubjectPast(
  sentence: string,
  offsetInSentence: number,
  best: Tense,
  bestWord: string,
  bestBefore: boolean,
  bestEnd: number,
  bestDistance: number,
): boolean {
  return (
    best === 'past' &&
    !bestBefore &&
    bestDistance <= 4 &&
    !PLANNED.test(bestWord) &&
    !REPORTING.has(bestWord) &&
    SUBJECT_UP_TO_DATE.test(sentence.slice(0, offsetInSentence)) &&
    !(/^(?:was|were)$/.test(bestWord) && PLAN_AFTER_BE.test(sentence.slice(bestEnd)))
  );
}

/**
 * Whether a date that opens its sentence is held in the past by its clause's verb: "On Jan. 8
 * the strike started", "In January, sales fell" and "In May, the board postponed the vote" tell
 * of dates gone: the verb after a fronted date is what happened on it. A bare "was" or "had" may
 * carry a plan ("was set to reopen"), and a verb of saying may be an aside ("In August, he said,
 * the plant will close").
 */
function firmFronted(
  best: Tense,
  bestWord: string,
  bestDistance: number,
  fronted: boolean,
): boolean {
  return (
    fronted &&
    best === 'past' &&
    bestDistance < 1000 &&
    !REPORTING.has(bestWord) &&
    !/^(?:was|were|had|did|wasn't|weren't|hadn't|didn't)$/.test(bestWord)
  );
}

// What may open a clause before "since", and the words that can only be a finite verb after the
// subject a date heads.
const CLAUSE_OPENING = /(?:^|[,;:(.!?]|\b(?:and|but|yet|so)\b)[\s"“'‘`]*since\s+(the\s+)?$/i;
const FINITE_VERB =
  /^(?:is|are|was|were|will|won['’]t|would|has|have|had|does|did|can|could|may|might|must|should|shall|isn['’]t|aren['’]t|wasn['’]t|weren['’]t|hasn['’]t|haven['’]t|hadn['’]t|doesn['’]t|didn['’]t)$/;
const NOT_A_NOUN =
  /^(?:the|a|an|his|her|its|their|our|my|your|this|that|these|those|he|she|it|they|we|i|you|there|and|or|but|to|in|on|at|by|for|with|from|as|when|after|before)$/;

/**
 * A "since" that heads a clause whose subject the date qualifies ("Since Tuesday's vote was
 * cancelled, ...", "Since the March summit will set the budget, ..."): a cause, or the start of
 * an event that clause tells, so the clause's own tense places the date, not the "since" of a
 * period gone on from it. Only a possessive or an article marks the date as a noun's; without
 * them ("Since March prices have risen") the date is the period's start.
 */
export function causalSince(sentence: string, offsetInSentence: number, lengthOf: number): boolean {
  const opening = CLAUSE_OPENING.exec(sentence.slice(0, offsetInSentence));
  if (!opening) return false;
  const rest = sentence.slice(offsetInSentence + lengthOf).split(/[,;]/, 1)[0] ?? '';
  const possessive = /^['’]s\s/.test(rest);
  if (!possessive && !opening[1]) return false;
  const words = rest
    .replace(/^['’]s/, '')
    .trim()
    .split(/\s+/);
  // The subject's head noun, perhaps with a word or two more ("round of talks"), then its verb.
  for (let i = 1; i <= 3 && i < words.length; i++) {
    const word = words[i] ?? '';
    const before = words.slice(0, i);
    if (before.some((w) => !/^[a-z][a-z-]*$/.test(w) || NOT_A_NOUN.test(w) || FINITE_VERB.test(w)))
      return false;
    if (FINITE_VERB.test(word.toLowerCase())) return true;
    if (PAST_WORD.test(word) && !/ed$/.test(word)) return true;
    if (/^[a-z]{2,}ed$/.test(word) && !NOT_VERBS.has(word) && !FUTURE_PARTICIPLES.has(word))
      return true;
  }
  return false;
}

/**
 * Words that open on a past-tense verb telling what was done, not what was said: "passed 52-48",
 * "was held there", "took place", "was a success". "Was expected" or "was due" tells a plan.
 */
export function toldAsDone(words: string): boolean {
  const m = /^(?:(was|were)\b\s*)?([A-Za-z]+)?/.exec(words.trimStart());
  const verb = m?.[2] ?? '';
  if (m?.[1]) return !/^(?:to|due|set|about|going)$/i.test(verb) && !FUTURE_PARTICIPLES.has(verb);
  if (!PAST_WORD.test(verb) || /^(?:[Hh]ad|[Dd]id|ago|earlier|last|yesterday)$/.test(verb))
    return false;
  if (REPORTING.has(verb) || FUTURE_PARTICIPLES.has(verb) || NOT_VERBS.has(verb)) return false;
  return true;
}

/**
 * A present tense word that a condition or a modal before it governs: "if the senator is", or a
 * "have" of possession after a modal ("may have a say"), unlike the perfect "may have won".
 */
function conditioned(sentence: string, at: number, word: string, end: number): boolean {
  const lead = sentence.slice(Math.max(0, at - 40), at);
  if (/\bif\s+(?:[^\s,;]+\s+){0,4}$/i.test(lead)) return true;
  return (
    word === 'have' &&
    /\b(?:can|could|may|might|must|should)\s+$/i.test(lead) &&
    !/^\s+(?:not\s+)?(?:been|[a-z]+(?:ed|en|wn)|won|lost|had|made|said|told|met|left|got|seen|done|gone)\b/i.test(
      sentence.slice(end, end + 24),
    )
  );
}

const ATTRIBUTION = /^(?:said|told|says|announced|reported)$/;
// Verbs that report a clause ("said", "warned", "has shown" that ...): the reported clause's own
// tense word, nearer the date, tells its tense.
const REPORTING = new Set(
  'said told says announced reported argued added noted warned wrote claimed insisted explained stressed acknowledged conceded cautioned suggested predicted believed thought felt knew found showed shown indicated estimated agreed admitted complained contended declared emphasized asserted maintained signaled testified confirmed revealed'.split(
    ' ',
  ),
);

/** A verb that reports a clause ("said", "told", "warned"). */
export function reportsSpeech(word: string): boolean {
  return REPORTING.has(word.toLowerCase());
}

// Words in -ly that are nouns, not adverbs: after an article they are a subject, and the word in
// -ed after them its verb ("the assembly voted", "an ally warned", "the elderly voted").
const LY_NOUNS = new Set(
  'family ally rally assembly supply anomaly monopoly oligopoly italy july bully belly jelly lily fly butterfly holly folly homily tally reply gully elderly'.split(
    ' ',
  ),
);

// Participles that announce the future rather than report the past.
const FUTURE_PARTICIPLES = new Set(['scheduled', 'expected', 'planned', 'proposed', 'slated']);
// Words in -ed that are no past-tense verbs.
const NOT_VERBS = new Set([
  'hundred',
  'indeed',
  'need',
  'speed',
  'feed',
  'seed',
  'proceed',
  'succeed',
  'exceed',
  'shed',
  'sacred',
  'kindred',
  'naked',
  'wicked',
  'bed',
  'red',
  'breed',
  'greed',
  'weed',
  'deed',
]);

/**
 * Days from the publication date to the weekday meant by the sentence's tense. Without a tense
 * ("He and the envoy meet Monday") it is the nearest one, as a story without a verb of its own
 * names the days around its publication; a tie goes to the past.
 */
export function weekdayOffset(anchor: Day, weekday: number, tense: Tense): number {
  const diff = weekday - isoWeekday(anchor);
  if (diff === 0) return 0;
  if (tense === 'future') return diff > 0 ? diff : diff + 7;
  const back = diff < 0 ? diff : diff - 7;
  if (tense === 'present' && back + 7 < -back) return back + 7;
  return back;
}

export function resolveWeekday(anchor: Day, weekday: number, tense: Tense): Day {
  return addDays(anchor, weekdayOffset(anchor, weekday, tense));
}

/**
 * Picks among last year, this year and next year (or the `years` given: a holiday held every
 * fourth year) the occurrence nearest to the publication date, with the other side of the anchor
 * counted `penalty` times farther: news dates without a year sit within months of publication,
 * and the tense only breaks near ties ("in September", written in August, is usually the coming
 * one even in a past-tense sentence).
 */
export function nearestYear(
  anchor: Day,
  distance: (year: number) => number,
  tense: Tense,
  penalty: number,
  firm = false,
  years = [anchor.year - 1, anchor.year, anchor.year + 1],
): number {
  let best = years[1] ?? anchor.year;
  let bestScore = Number.POSITIVE_INFINITY;
  for (const year of years) {
    const d = distance(year);
    // "will be held on April 24", written in July, is next April: a plain future never looks back,
    // nor does a firm past ("since Aug. 2") look ahead.
    if (firm && tense === 'future' && d < 0) continue;
    if (firm && tense === 'past' && d > 0) continue;
    let score = Math.abs(d);
    if (tense === 'past' && d > 0) score *= penalty;
    if (tense === 'future' && d < 0) score *= penalty;
    if (score < bestScore) {
      bestScore = score;
      best = year;
    }
  }
  return best;
}

/** The year of a month and day given without one ("June 30"); `firm`: the tense cannot be crossed. */
export function yearForMonthDay(
  anchor: Day,
  month: number,
  day: number,
  tense: Tense,
  firm = false,
): number {
  const here = Date.UTC(anchor.year, anchor.month - 1, anchor.day);
  return nearestYear(
    anchor,
    (year) => (Date.UTC(year, month - 1, day) - here) / 86_400_000,
    tense,
    4,
    firm,
  );
}

/** The year of a month given alone ("In May"); `firm`: the tense cannot be crossed. */
export function yearForMonth(anchor: Day, month: number, tense: Tense, firm = false): number {
  return nearestYear(
    anchor,
    (year) => (year - anchor.year) * 12 + month - anchor.month,
    tense,
    4,
    firm,
  );
}

/**
 * The year of a quarter given alone ("the fourth quarter"): the nearest, tense breaking ties;
 * `firm`: the tense cannot be crossed ("will rebound in the fourth quarter" never looks back).
 */
export function yearForQuarter(anchor: Day, quarter: number, tense: Tense, firm = false): number {
  const current = quarterOf(anchor.month);
  return nearestYear(
    anchor,
    (year) => (year - anchor.year) * 4 + quarter - current,
    tense,
    3,
    firm,
  );
}

/**
 * The year of a month whose figures are still to come ("will release February figures"): the
 * figures follow the month, so it is the latest month gone or under way, or one of the next two
 * ("the May jobs report will come out in June", written in March).
 */
export function yearForReportedMonth(anchor: Day, month: number): number {
  const offset = month - anchor.month;
  if (offset > 2) return anchor.year - 1;
  if (offset < -10) return anchor.year + 1;
  return anchor.year;
}

/**
 * The year of a quarter whose results are still to come ("will report third-quarter earnings"):
 * results follow the quarter's close, so it is the latest such quarter closed or under way, or
 * the next one; "will report fourth-quarter results" written in February is last year's.
 */
export function yearForReportedQuarter(anchor: Day, quarter: number): number {
  const current = quarterOf(anchor.month);
  if (quarter === (current % 4) + 1) return current === 4 ? anchor.year + 1 : anchor.year;
  return quarter <= current ? anchor.year : anchor.year - 1;
}

// The month a season is reckoned from when the nearest one is sought; winter by its December, so
// "the winter" written in November is the one about to begin, named by the year it begins in.
const SEASON_MIDDLE: Record<Season, number> = { WI: 12, SP: 4, SU: 7, FA: 10 };

/** The year of a season: `which` is -1 for "last", 0 for "this", 1 for "next", null by tense. */
export function yearForSeason(
  anchor: Day,
  season: Season,
  which: number | null,
  tense: Tense,
): number {
  // Months counted from year 0, so a season of year y runs from y * 12 + its first month for
  // three months; a winter is named by the year of its December, so January's is last year's.
  const first = SEASON_START[season];
  const at = anchor.year * 12 + anchor.month - first;
  const started = Math.floor(at / 12);
  const current = at - started * 12 <= 2;
  // The one just over, or the one about to begin.
  const last = Math.floor((at - 3) / 12);
  const next = started + 1;
  if (which === 0) {
    if (current) return started;
    // "this summer" looked forward to once this year's is over is next year's.
    if (season !== 'WI')
      return tense !== 'past' && anchor.month > first ? anchor.year + 1 : anchor.year;
    // "this winter" in spring is the one just over, in the autumn the one ahead.
    return anchor.month <= 5 ? anchor.year - 1 : anchor.year;
  }
  if (which === -1) return last;
  if (which === 1) return next;
  // Without a tense, the nearest one: the season under way, or the one nearer its middle month.
  if (tense === 'present') {
    if (current) return started;
    const middle = SEASON_MIDDLE[season];
    return nearestYear(anchor, (y) => (y - anchor.year) * 12 + middle - anchor.month, tense, 1);
  }
  // Told in the past: the latest one begun. A season looked forward to while it is still young
  // ("will open in the summer" written in June) is the one under way, not next year's.
  if (tense !== 'future') return started;
  if (current && (anchor.month === 12 || anchor.month <= SEASON_MIDDLE[season])) return started;
  return next;
}

/** The quarter a financial story means by "the quarter": the last one that ended. */
export function previousQuarter(anchor: Day): Point {
  const q = quarterOf(anchor.month);
  return q === 1
    ? { grain: 'quarter', year: anchor.year - 1, quarter: 4 }
    : { grain: 'quarter', year: anchor.year, quarter: q - 1 };
}
