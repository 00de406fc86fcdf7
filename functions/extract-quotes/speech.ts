/**
 * Tells speech from the other things news puts in double quotation marks: titles of works and
 * shows (“Fox News Sunday”), nicknames (Robert “Bobby” Scott) and terms or scare quotes
 * (“sanctuary cities”). A quote of a sentence or more is speech on its face; a short phrase is
 * speech only when its own sentence reports someone's words (a speech cue, "as" after a verb of
 * describing: "dismissed the plan as “a gimmick”", a name or a term someone gave, a belief
 * someone holds: "believes the city is on the “wrong track”").
 */
import type { Span } from '../../shared/article.ts';
import { charClass, endsWithStop, spaceAt } from './chars.ts';
import { findCues, POSSESSIVE_DETERMINERS, reportsSpeech } from './cues.ts';
import type { QuoteMarks } from './marks.ts';
import { type Attribution, sentenceEnd, sentenceStart } from './speakers.ts';

/** Words that, right before a quoted phrase, say it is a name or a term rather than speech. */
const TERM_INTRODUCER_WORDS = (
  'so-called|known as|such as|dubbed|nicknamed|nickname|titled|entitled|headlined|named|term|' +
  'phrase|word|label|slogan|hashtag|motto|show|program|programme|series|book|film|movie|' +
  'documentary|song|anthem|album|episode|column|op-ed|essay|article|commentary|ad|' +
  'advertisement|spot|video|play|musical|novel|memoir|podcast|segment|magazine|newsletter|' +
  'website|operation'
).split('|');
const TERM_INTRODUCERS = new RegExp(
  `\\b(?:${TERM_INTRODUCER_WORDS.join('|')})(?:\\s+(?:a|an|the))?[,:]?\\s*$`,
  'i',
);
/**
 * The last words a lead-in that TERM_INTRODUCERS matches can end in, as `lastWord` reads them
 * ("called" of "so-called", "as" of "known as", or an article after the word): a lead-in ending
 * in any other word is not tried against the pattern.
 */
const TERM_INTRODUCER_ENDS = new Set([
  ...TERM_INTRODUCER_WORDS.map((w) => w.split(/[^a-z]/).pop() ?? w),
  'a',
  'an',
  'the',
]);

/** A noun naming a work, then a comma (and maybe a date): a title in apposition follows. */
const WORK_APPOSITION =
  /\b(?:column|op-ed|essay|article|commentary|editorial|book|memoir|novel|film|movie|documentary|song|album|podcast|musical|series|poem|headline|letter to the editor)\b[^.!?“”"]{0,25},\s*$/i;

/**
 * ", a memoir published …", ", the station's new drama.": a noun naming the work the title
 * names, closing its phrase ("“Never,” the comedy club's owner said" is an answer).
 */
const WORK_AFTER =
  /^\s*(?:a|an|the|his|her|their|its)\s+(?:[\p{L}\p{N}'’-]+\s+){0,3}?(?:book|biography|memoir|novel|film|movie|documentary|song|album|show|series|drama|comedy|sitcom|play|musical|podcast|column|essay|editorial|collection|thriller|poem)(?:s)?(?=\s*[,.;:—]|\s+(?:by|written|published|released|directed|produced|about|from|in|on|of|that|which|starring|due)\b)/iu;

/** "by the Ledger's Ana Ruiz", "by Tom Hale": a byline. */
const BYLINE = /^\s*by\s+(?:the\s+)?\p{Lu}/u;

const NAMING_WORDS =
  /\b(?:so-called|known as|such as|dubbed|nicknamed|nickname|titled|entitled|headlined|named|term|phrase|word|label|slogan|hashtag|motto)(?:\s+(?:a|an|the))?[,:]?\s*$/i;

/** Words that may follow a quoted phrase that is speech (“a disaster” and, “unfit” to, ...). */
const FOLLOWERS = new Set([
  'and',
  'or',
  'but',
  'to',
  'that',
  'in',
  'on',
  'for',
  'of',
  'with',
  'from',
  'as',
  'by',
  'at',
  'is',
  'was',
  'are',
  'were',
  'he',
  'she',
  'they',
  'it',
  'we',
  'i',
  'you',
  'said',
  'says',
  'than',
  'if',
  'when',
  'while',
  'because',
  'about',
  'after',
  'before',
  'during',
  'over',
  'who',
  'which',
  'where',
  'since',
  'until',
  'into',
  'against',
  'among',
  'not',
  'so',
  'then',
  'a',
  'an',
  'the',
  'his',
  'her',
  'their',
  'its',
  'this',
  'these',
  'those',
  'would',
  'will',
]);

/** Nouns naming one utterance: a quoted modifier of one quotes it (her “tax and spend” remark). */
const UTTERANCE_NOUNS = new Set(
  'remark remarks comment comments response statement quip retort answer reply claim line'.split(
    ' ',
  ),
);

/**
 * A determiner or a possessive opening the noun phrase the quote modifies, maybe with a word or
 * two between ("a regional “megaplex” jail", "this city's “smart” meters"); a preposition or a
 * verb between ("the plan to “fix the roads”") opens a phrase of its own.
 */
const DETERMINER_BEFORE =
  /(?:\b(?:the|a|an|its|his|her|their|our|this|that|these|those)|['’]s)\s+(?:(?!(?:to|of|for|in|on|at|by|with|from|as|is|was|are|were|be|and|or)\s)[\p{L}\p{N}-]+\s+){0,2}$|['’]s\s*$/iu;

/** What stands right before a quoted title: a possessive ("CNN's"), "on", "of", "the". */
const TITLE_CONTEXT = /(?:['’]s|\bon|\bof|\bthe|\bin|\bhis|\bher|\btheir|\bits|\ba)\s*$/i;

const SMALL_WORDS = new Set([
  'of',
  'the',
  'and',
  'a',
  'an',
  'in',
  'on',
  'for',
  'to',
  'with',
  'at',
  'by',
  'or',
  'from',
  'is',
  'vs',
  'vs.',
  '&',
  'de',
  'la',
]);

/** The words in `s`, counted up to `most`: the rules below tell short quotes from long ones. */
function wordCount(s: string, most: number): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < s.length && count < most; i++) {
    const c = s.charCodeAt(i);
    const space = c === 32 || c === 10 || c === 9 || c === 13 || c === 0xa0;
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}

/** `, . ! ? : ;`: marks that end a word as white space does. */
const WORD_END = new Set([44, 46, 33, 63, 58, 59]);

/** Every word capitalized but the small ones: the shape of a title or a name. */
function titleShaped(s: string): boolean {
  // Most speech has a lowercase word that is no small word early on: find it without splitting.
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 97 || c > 122 || (i > 0 && charClass(s.charCodeAt(i - 1)) !== 2)) continue;
    let j = i + 1;
    while (j < s.length && !WORD_END.has(s.charCodeAt(j)) && charClass(s.charCodeAt(j)) !== 2) j++;
    if (i === 0 || !SMALL_WORDS.has(s.slice(i, j))) return false;
    i = j;
  }
  const words = s
    .replace(/[,.!?:;]+$/, '')
    .split(/\s+/)
    .filter(Boolean);
  if (words.length === 0) return false;
  return words.every(
    (w, i) => /^[\p{Lu}\p{N}#@(“"'‘]/u.test(w) || (i > 0 && SMALL_WORDS.has(w.toLowerCase())),
  );
}

/**
 * The clause holding the quote: its sentence cut at dashes, semicolons and an open parenthesis,
 * since an aside (“— both “sanctuary cities” —”) is the writer's voice.
 */
function clauseOf(text: string, quote: QuoteMarks, para: Span): Span {
  let from = sentenceStart(text, quote.outerStart, para.start);
  let to = sentenceEnd(text, quote.outerEnd, para.end);
  const head = text.slice(from, quote.outerStart);
  // A parenthesis closed before the quote is an aside inside the clause, not its edge.
  const paren = head.lastIndexOf('(');
  const cut = Math.max(
    head.lastIndexOf('—'),
    head.lastIndexOf(' – '),
    head.lastIndexOf(';'),
    head.indexOf(')', paren) < 0 ? paren : -1,
  );
  if (cut >= 0) from += cut + 1;
  const tail = /[—;()]| – /.exec(text.slice(quote.outerEnd, to));
  if (tail) to = quote.outerEnd + tail.index;
  // A quote closing on a full stop before a capital ends its sentence (“… an error.” The next).
  const closing = text.slice(quote.start, quote.end).replace(/["”’']+$/, '');
  if (endsWithStop(closing) && /^\s*[\p{Lu}“"‘]/u.test(text.slice(quote.outerEnd, to))) {
    to = quote.outerEnd;
  }
  return { start: from, end: to };
}

/**
 * Where the clause may report the quote at `to`: past the attribution of an earlier quote that
 * opened the sentence ("“…,” said Ruiz, whose book profiles “rebellious” people"), since that
 * cue reports the earlier quote. The sentence may start inside that quote, so the quote's
 * opening mark is looked for in the paragraph.
 */
function afterEarlierAttribution(text: string, para: Span, from: number, to: number): number {
  const head = text.slice(from, to);
  const match = /[,?!](?:[”"]|'')\s*/.exec(head);
  if (!match) return from;
  const start = from + match.index + match[0].length;
  const cue = findCues(text, start, Math.min(to, start + 12))[0];
  if (!cue || cue.start !== start) return from;
  const closeAt = from + match.index + 1;
  const lead = text.slice(para.start, closeAt);
  const open = Math.max(lead.lastIndexOf('“'), lead.lastIndexOf('"'), lead.lastIndexOf("''"));
  if (open < 0 || !/(?:^|[.!?]["”’']?)\s*$/.test(lead.slice(0, open))) return from;
  return cue.end;
}

/**
 * Verbs that report what someone thinks, believes or wants: a phrase quoted inside what they
 * think ("believes the city is on the “wrong track”") is in their words, as after "said".
 */
const THOUGHT =
  /\b(?:believ(?:e|es|ed|ing)|thinks?|thinking|thought|assum(?:e|es|ed|ing)|consider(?:s|ed|ing)?|regard(?:s|ed)?|expect(?:s|ed|ing)?|fear(?:s|ed|ing)?|hop(?:e|es|ed|ing)|want(?:s|ed|ing)?|worr(?:y|ies|ied|ying)|sees|view(?:s|ed|ing)?)\b/g;

/** A noun before the verb's form makes it a noun itself ("his views", "the fears of"). */
const NOUN_BEFORE =
  /(?:\b(?:a|an|the|his|her|their|its|our|my|your|this|that|these|those|of)|['’]s)\s+$/i;

function reportsThought(text: string, from: number, to: number): boolean {
  const stretch = text.slice(from, to);
  THOUGHT.lastIndex = 0;
  for (let m = THOUGHT.exec(stretch); m; m = THOUGHT.exec(stretch)) {
    if (!NOUN_BEFORE.test(stretch.slice(Math.max(0, m.index - 12), m.index))) return true;
  }
  return false;
}

/** Words that open a clause of their own: a relative or a subordinate clause. */
const SUBORDINATE =
  /\b(?:which|who|whom|whose|when|whenever|because|while|although|though|unless|where)\b/;

/** Whether the clause holding the quote reports speech (before the quote only, if asked). */
function cueInSentence(text: string, quote: QuoteMarks, para: Span, beforeOnly = false): boolean {
  const clause = clauseOf(text, quote, para);
  const from = afterEarlierAttribution(text, para, clause.start, quote.outerStart);
  if (reportsSpeech(text, from, quote.outerStart)) return true;
  // A thought is weaker evidence than a cue: it does not turn a quoted modifier ("expect the
  // “smart” meters") into speech, only a phrase standing on its own.
  if (!beforeOnly && reportsThought(text, from, quote.outerStart)) return true;
  if (beforeOnly) return false;
  // After the quote a noun of speech must follow closely (“…” remark, “…” in a statement): one
  // further on ("“…” that the clinic sent with a letter") is about something else. A cue in a
  // clause of its own ("“X” prison, which officials described as") reports that clause's words.
  const rest = text.slice(quote.outerEnd, clause.end);
  const tail = SUBORDINATE.exec(rest);
  if (reportsSpeech(text, quote.outerEnd, tail ? quote.outerEnd + tail.index : clause.end, 20)) {
    return true;
  }
  return tail !== null && closedAfterRelative(text, quote.outerEnd + tail.index, clause.end);
}

/** A closing attribution: a cue among the first words ("said Roe", "Roe said", "Roe, 40, said"). */
const CLOSING_ATTRIBUTION = /^[”"'’\s]*(?:[\p{L}.'’-]+,?\s+){0,3}$/u;

/**
 * "… drivers who want “X,” said Roe": a relative clause ends at its first comma, and a cue that
 * opens what follows closes the sentence's attribution, so it reports the whole sentence.
 */
function closedAfterRelative(text: string, from: number, to: number): boolean {
  const comma = text.indexOf(',', from);
  if (comma < 0 || comma >= to) return false;
  // An attribution is short: a cue opening a longer clause ("…, they argued that …") reports
  // that clause's words.
  if (to - comma > 80 || wordCount(text.slice(comma + 1, to), 10) > 8) return false;
  const cue = findCues(text, comma + 1, to)[0];
  return cue !== undefined && CLOSING_ATTRIBUTION.test(text.slice(comma + 1, cue.start));
}

/**
 * "… even on a “decent” wage, she said.": a short attribution closing the sentence reports all of it,
 * so a quoted word inside is the speaker's.
 */
function reportedAtEnd(text: string, quote: QuoteMarks, para: Span): boolean {
  const end = clauseOf(text, quote, para).end;
  const tail = /,\s*((?:[\p{L}.'’-]+\s+){0,4}[\p{L}.'’-]+)\s*$/u.exec(
    text.slice(quote.outerEnd, end).replace(/[.!?]["”]?\s*$/, ''),
  );
  if (!tail) return false;
  const from = quote.outerEnd + tail.index;
  return findCues(text, from, end).length > 0;
}

/** "chants of “Four more years”", "cries of “Hector!”": the words a crowd called out. */
const CHANTED =
  /\b(?:chants?|cries|cry|shouts?|calls|screams|yells|roars?|choruses|refrains?|boos)\s+of\s+$/i;

/**
 * "the mayor called her rival “Lady Gridlock”", "he has been called the “Napoleon of the Plains”":
 * a name someone gave a person or thing, which reports their words. "called" straight before the
 * quote names a thing instead ("a band called “Night Owls”", "a group called the “X”"), as
 * "called for", "called on" take no name at all.
 */
const CALLED =
  /\b(been\s+)?(?:called|calls|call|calling|labeled|labelled|branded|termed)\s+((?:[\p{L}\p{N}'’.,-]+\s+){0,6}?)(?:(?:a|an|the)\s+)?$/u;
const DETERMINERS_ONLY = /^(?:(?:a|an|the)\s+)*$/i;
const NOT_AN_OBJECT =
  /^(?:for|on|in|to|out|up|off|into|upon|at|about|from|with|by|of|it\s+quits)\b/i;
/** "calls from voters to her “X” hotline": a possessive before the quote opens a noun phrase. */
const POSSESSIVE_LAST = new RegExp(`\\b(?:${POSSESSIVE_DETERMINERS.join('|')})\\s+$`, 'i');

function namedBySpeaker(before: string): boolean {
  const m = CALLED.exec(before);
  if (!m) return false;
  const object = m[2] ?? '';
  if (NOT_AN_OBJECT.test(object) || POSSESSIVE_LAST.test(object)) return false;
  return m[1] !== undefined || !DETERMINERS_ONLY.test(object);
}

/**
 * "who she dubbed “the quiet clerk”", "what one critic has dubbed “the pothole primary”": a name
 * a person gave, which quotes them, as "called" does. Without a subject ("a plan dubbed “X”")
 * the participle names a thing.
 */
const DUBBED_BY_SOMEONE =
  /\b(?:he|she|they|we|I|who|has|have|had)\s+(?:\p{Ll}+ly\s+)?(?:dubbed|nicknamed)\s+(?:[\p{L}'’]+\s+){0,3}?$/iu;

/**
 * "stop using the phrase “X”", "coined a new term, “X”", "the mayor's phrase “X”": the
 * term is someone's words when a verb of saying or using or a possessive puts it in their mouth;
 * "the phrase “X”" alone is the writer's.
 */
const USED_TERM =
  /(?:\b(?:us(?:e|es|ed|ing)|say(?:s|ing)?|said|utter(?:s|ed|ing)?|repeat(?:s|ed|ing)?|coin(?:s|ed|ing)?|prefer(?:s|red|ring)?)\s+(?:(?:the|this|that|a|an|his|her|their|its)\s+)?|['’]s\s+|\b(?:his|her|their)\s+)(?:\p{Ll}+\s+)?(?:term|phrase|words?|expression|slogan)[,:]?\s*$/iu;

/** The lower-cased word that ends `s` (before spaces and a comma or colon), read backwards. */
function lastWord(s: string): string {
  let end = s.length;
  while (end > 0 && spaceAt(s, end - 1)) end--;
  if (end > 0 && (s[end - 1] === ',' || s[end - 1] === ':')) end--;
  let start = end;
  while (start > 0 && end - start < 16) {
    const c = s.charCodeAt(start - 1);
    if ((c | 32) >= 97 && (c | 32) <= 122) start--;
    else break;
  }
  return s.slice(start, end).toLowerCase();
}

/** The last words of a lead-in with "as" before the quote ("as", "as a", "as being"). */
const AS_ENDS = new Set(['as', 'a', 'an', 'the', 'being']);

const TERM_WORDS = new Set(['term', 'phrase', 'word', 'words', 'expression', 'slogan']);
const SLOGAN_WORDS = new Set(
  'slogan slogans motto mottos catchphrase mantra refrain cry chant'.split(' '),
);

/** "ran on the slogan “X”", "the crowd's chant, “X”": the words a campaign or a crowd says. */
const SLOGAN =
  /\b(?:slogans?|mottos?|catchphrase|mantra|refrain|battle cry|rallying cry|chant)[,:]?\s*$/i;

/**
 * "click “Sign up”", "tap “Share”": the label of a control on a screen. "pressed" and "tapped"
 * are left out: news uses them for urging and choosing ("tapped “a steady hand” to lead").
 */
const CLICK_WORDS = new Set(['click', 'clicks', 'clicked', 'clicking', 'tap']);
const SCREEN_LABEL = /\b(?:click|clicks|clicked|clicking|tap)\s+(?:on\s+)?(?:the\s+|a\s+)?$/i;

/** "according to" and at most two words (a determiner, a possessive) right before the quote. */
const SOURCE_OF_REPORT = /\b[Aa]ccording\s+to\s+(?:[\p{L}'’-]+\s+){0,2}$/u;

/**
 * What stands before a title-shaped quote naming a show, an outlet or a thing: "told “Morning
 * Desk”", "in an interview with “Face the Week”", "a newsletter called “The Ledger”".
 */
const NAMED_THING = /(?:\btold|\bwith|\b(?<!been\s)(?:called|named))\s+(?:the\s+)?$/i;

/** "ruled that her claim was “Half Right.”": a complement after a verb of being. */
const AFTER_COPULA =
  /\b(?:is|was|were|are|be|been|being|remains?|remained|seems?|seemed|sounds?|sounded)\s+(?:(?:not|so|too|very|just|simply|really|truly|now|still|also|a|an)\s+)*$/i;

/** A quote closed on a comma, a question or exclamation mark, then a short attribution. */
const CLOSED_BY_ATTRIBUTION = /[,?!](?:[”"]|'')\s+(?:[\p{L}.'’-]+\s+){0,6}[\p{L}.'’-]+\.\s*$/u;

/**
 * “…,” Ruiz told the crowd. “Lena Cho.”: a quote that is a whole sentence of its own, right
 * after a sentence closing on an attribution, goes on with that speaker's words (a title
 * does not stand alone as a sentence after someone speaks).
 */
function continuesSpeech(text: string, quote: QuoteMarks, para: Span, inner: string): boolean {
  if (!endsWithStop(inner.replace(/["”’']+$/, ''))) return false;
  const start = sentenceStart(text, quote.outerStart, para.start);
  if (start < quote.outerStart - 1) return false;
  const attribution = CLOSED_BY_ATTRIBUTION.exec(text.slice(para.start, start));
  return attribution !== null && findCues(text, para.start + attribution.index, start).length > 0;
}

export function isSpeech(
  text: string,
  quote: QuoteMarks,
  para: Span,
  attribution: Attribution | null,
): boolean {
  const inner = text.slice(quote.start, quote.end);
  // No rule tells apart quotes longer than twelve words.
  const words = wordCount(inner, 13);
  const before = text.slice(Math.max(para.start, quote.outerStart - 40), quote.outerStart);
  const after = text.slice(quote.outerEnd, quote.outerEnd + 30);
  // Robert “Bobby” Scott: a nickname between a first and a last name. A nickname is a name, so
  // it opens with a capital: "calling Lee “an orange buffoon,” Ruiz said" quotes a description.
  if (
    words <= 3 &&
    /^\p{Lu}/u.test(inner) &&
    /\p{Lu}[\p{L}]*\.?\s+$/u.test(before) &&
    /^\s*\p{Lu}/u.test(after) &&
    !/[.!?]\s*$/.test(inner)
  ) {
    if (!/[.!?:;,]\s*$/.test(before)) return false;
  }
  // The patterns below end at the quote; a cheap look at the last word or a substring first
  // keeps them from being tried at every position of every quote's lead-in.
  const last = lastWord(before);
  // "As the “X” movement grows" opens a sentence with a clause, not a description.
  const asDescribed =
    AS_ENDS.has(last) &&
    /\bas\s+(?:(?:a|an|the|being|being\s+in\s+the)\s+)?$/i.test(before) &&
    !/(?:^|[.!?]["”’']?\s+)As\s+(?:(?:a|an|the)\s+)?$/.test(before) &&
    !/\b(?:known|such)\s+as\s+(?:(?:a|an|the)\s+)?$/i.test(before);
  const titled = titleShaped(inner) && words <= 12;
  // A name someone gave, a term someone used, a slogan: someone's words before the naming words
  // below can take them for a term or a title.
  if (
    (TERM_WORDS.has(last) && USED_TERM.test(before)) ||
    (SLOGAN_WORDS.has(last) && SLOGAN.test(before)) ||
    ((before.includes('dubbed') || before.includes('nicknamed')) && DUBBED_BY_SOMEONE.test(before))
  ) {
    return true;
  }
  // "click “Sign up”", "tap the “Share” button": the label of a control on a screen.
  const screen =
    CLICK_WORDS.has(last) ||
    ((last === 'the' || last === 'a' || last === 'on') &&
      (before.includes('lick') || before.includes('tap')));
  if (screen && SCREEN_LABEL.test(before)) return false;
  // "according to her “rainy day” plan", "according to “The Long Road,” by ...": a quote that
  // names the source of a report, not its words.
  if (before.includes('ccording') && SOURCE_OF_REPORT.test(before)) return false;
  // "the so-called “X”" names a term whatever its shape; "the ad “X”" names a work only when X
  // is title-shaped ("the advertisement “wrongly” suggests" quotes a letter's words).
  if (
    TERM_INTRODUCER_ENDS.has(last) &&
    TERM_INTRODUCERS.test(before) &&
    (titled || (words < 5 && NAMING_WORDS.test(before)))
  )
    return false;
  // A work's title set off by commas ("Lena Ortiz's column, “Fix the buses first,” argues") or
  // before its byline ("“Zoo welcomes twin otters,” by the Ledger's Ana Ruiz").
  if (
    inner.endsWith(',') &&
    (WORK_APPOSITION.test(before) ||
      (BYLINE.test(after) && !cueInSentence(text, quote, para, true)))
  ) {
    return false;
  }
  if (titled && attribution?.kind !== 'transcript') {
    if (asDescribed || CHANTED.test(before) || namedBySpeaker(before)) return true;
    if (TITLE_CONTEXT.test(before) || /\d\s*$/.test(before) || NAMED_THING.test(before)) {
      return false;
    }
    // The complement of a report ("concluded her claim was “Half Right.”") or a short answer
    // introduced by a colon ("the crowd replied: “Never!”") is someone's words.
    const complement =
      /\p{L}/u.test(inner) &&
      (AFTER_COPULA.test(before) || (/:\s*$/.test(before) && endsWithStop(inner)));
    if (complement && cueInSentence(text, quote, para, true)) return true;
    const lead = findCues(text, Math.max(para.start, quote.outerStart - 25), quote.outerStart);
    if (lead.length > 0) return true;
    // “Harbor Nights,” a memoir by …: a title followed by the work it names.
    if (inner.endsWith(',') && WORK_AFTER.test(after)) return false;
    // “Absolutely,” he said: a capitalized word or two before an attribution is an answer.
    if (attribution?.kind === 'after' && attribution.sameSentence && /[,?!]$/.test(inner)) {
      return true;
    }
    // “Choke!”, “Mr. Mayor?”: an exclamation or a question is said, titles rarely end so.
    if (/[?!]$/.test(inner.replace(/["”’']+$/, ''))) return true;
    if (continuesSpeech(text, quote, para, inner)) return true;
    if (words < 5) return false;
    // “Orange Is the New Blue” star, a “Keep Elm Street Green” hat: a title naming a thing.
    const noun = /^\s*(\p{Ll}+)\b/u.exec(after);
    if (
      noun?.[1] &&
      !/[,.;:!?]$/.test(inner) &&
      !FOLLOWERS.has(noun[1]) &&
      !UTTERANCE_NOUNS.has(noun[1]) &&
      !reportsSpeech(text, quote.outerEnd, quote.outerEnd + noun[0].length)
    ) {
      return false;
    }
  }
  if (words >= 5) return true;
  const ended = endsWithStop(inner.replace(/["”’']+$/, ''));
  const opensSentence = sentenceStart(text, quote.outerStart, para.start) >= quote.outerStart - 1;
  if (ended && (words >= 3 || opensSentence)) return true;
  // “quack” medical cures: a quoted modifier inside a noun phrase is a term, not speech, unless
  // its clause reported someone's words before it ("she said it was a “reckless” plan").
  const follower = /^\s*(\p{Ll}+)/u.exec(after)?.[1];
  if (
    words <= 3 &&
    follower &&
    !/[,.;:!?]$/.test(inner) &&
    !FOLLOWERS.has(follower) &&
    !UTTERANCE_NOUNS.has(follower) &&
    DETERMINER_BEFORE.test(before) &&
    !(attribution?.sameSentence && attribution.cue) &&
    !cueInSentence(text, quote, para, true) &&
    !reportedAtEnd(text, quote, para) &&
    // "cast himself as a “back to basics” candidate": "as" after a verb's object describes
    // someone in words; "…, as the “autopsy” recommended" opens a clause instead.
    !(asDescribed && /\p{L}\s+as\s+(?:(?:a|an|the|being)\s+)?$/u.test(before))
  ) {
    return false;
  }
  if (asDescribed) return true;
  // A speaker attached to the phrase (“unfit,” she said; Varga: “Safe”) makes it speech; any other
  // cue must stand in the phrase's own clause, not across a dash or a semicolon.
  const attached =
    attribution?.kind === 'after' ||
    attribution?.kind === 'transcript' ||
    (attribution?.kind === 'before' && attribution.cue === null);
  if (attribution?.sameSentence && attached) {
    return true;
  }
  return cueInSentence(text, quote, para);
}
