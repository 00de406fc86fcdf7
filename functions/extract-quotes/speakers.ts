/**
 * Attributes each quote of an article to its speaker's mention. In order of trust:
 * 1. a transcript line or headline naming the speaker before a colon ("VOSS: ...");
 * 2. the attribution right after the quote (“...,” Ortiz said / said Ortiz / he added);
 * 3. the attribution before it in its sentence (Voss said, “...” / Ortiz said: “...” /
 *    Clinton called them “...” / her remark that “...”);
 * 4. another quote of the same paragraph (split quotes, several quotes of one speaker), one of
 *    the quote's own sentence first;
 * 5. a cue with a subject elsewhere in the paragraph (named in the previous or next sentence);
 * 6. for a paragraph that opens with a quote, the speaker of the previous paragraph's quotes
 *    (a further quote from the same person), or a colon introduction ending that paragraph.
 */
import type { Span } from '../../shared/article.ts';
import { partitionPoint } from '../../shared/spans.ts';
import { charClass, endsWithStop, lastIndexWithin, spaceAt } from './chars.ts';
import { type Cue, findCues } from './cues.ts';
import type { QuoteMarks } from './marks.ts';
import {
  isPronoun,
  isRelative,
  knownSpeakerHead,
  speakerLike,
  subjectAfter,
  subjectBefore,
  tokenize,
} from './mentions.ts';
import { mentionGender, pronounGender } from './names.ts';

export type AttributionKind =
  | 'transcript'
  | 'after'
  | 'before'
  | 'subject'
  | 'nearby'
  | 'sibling'
  | 'paragraph'
  | 'previous';

export interface Attribution {
  mention: Span;
  cue: string | null;
  kind: AttributionKind;
  /** Whether the cue stands in the quote's own sentence (what tells a partial quote from a term). */
  sameSentence: boolean;
}

const ABBREVIATION =
  /(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|Sen|Sens|Rep|Reps|Del|Gov|Gen|Lt|Col|Sgt|Capt|Cmdr|Adm|Maj|Prof|Atty|Supt|Rev|St|Jr|Sr|Inc|Corp|Co|Ltd|No|vs|Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec|U\.S|U\.N|D\.C|[A-Z])\.$/;

const MAX_SENTENCE = 1500;

const SENTENCE_OPENERS = /^\s*(?:He|She|They|It|We|I|But|The|This|That|These|Those|There)\b/;

/** The marks that may close a sentence after its full stop: `" ” ’ ' ) ]`. */
const AFTER_FULL_STOP = new Set([34, 0x201d, 0x2019, 39, 41, 93]);

function isSentenceEnd(text: string, i: number): boolean {
  // Read as a code unit: most characters are no `.`, `!` or `?`, and no string is made for them.
  const code = text.charCodeAt(i);
  if (code !== 46 && code !== 33 && code !== 63) return false;
  let j = i + 1;
  while (AFTER_FULL_STOP.has(text.charCodeAt(j))) j++;
  if (j < text.length && !spaceAt(text, j)) return false;
  if (code === 46 && ABBREVIATION.test(text.slice(Math.max(0, i - 6), i + 1))) {
    // "... plants in the U.S. She says": a pronoun or an article after an abbreviation opens
    // the next sentence.
    return SENTENCE_OPENERS.test(text.slice(j, j + 8));
  }
  // "Sen. Jane Roe (D-Ore.) said": a full stop closing a parenthesis before a lowercase word
  // ends an abbreviation, not the sentence.
  if (text[i + 1] === ')') {
    let k = j;
    while (k < text.length && (text[k] === ' ' || text[k] === ',')) k++;
    if (/\p{Ll}/u.test(text[k] ?? '')) return false;
  }
  return true;
}

/** Start of the sentence holding `pos`, not before `floor`. */
export function sentenceStart(text: string, pos: number, floor: number): number {
  // Sentences longer than this are run-ons or lists: a bound keeps every scan short.
  floor = Math.max(floor, pos - MAX_SENTENCE);
  for (let i = pos - 1; i >= floor; i--) {
    if (isSentenceEnd(text, i)) {
      let j = i + 1;
      while (j < pos && (AFTER_FULL_STOP.has(text.charCodeAt(j)) || spaceAt(text, j))) j++;
      return j;
    }
  }
  return floor;
}

/** End (just past the punctuation) of the sentence holding `pos`, not after `ceil`. */
export function sentenceEnd(text: string, pos: number, ceil: number): number {
  const bound = Math.min(ceil, pos + MAX_SENTENCE);
  for (let i = pos; i < bound; i++) if (isSentenceEnd(text, i)) return i + 1;
  return bound;
}

function onlyPunctuation(text: string, from: number, to: number): boolean {
  return /^[\s,;:—–-]*$/.test(text.slice(from, to));
}

interface Context {
  text: string;
  quotes: QuoteMarks[];
  paragraphs: Span[];
}

/** Cues whose object is a person or a thing named after them: never "…,” called Smith". */
const NO_INVERSION = new Set(
  (
    'thanked thanks called calls praised blasted accused criticized slammed attacked labeled ' +
    'described dubbed branded urged told tells mocked ridiculed hailed welcomed applauded ' +
    'questioned denounced condemned'
  ).split(' '),
);

const CONJUNCTION_AFTER =
  /^[\s,]*(?:but|and|while|whereas|although|though|because|which|when|if)\s/;

const AND_BEFORE = /(?:^|[^\p{L}])and\s+(?:(?:then|also|later|\p{Ll}+ly)\s+)?$/u;

/** "a share of Republican claims": a word that may be a noun is one after a preposition. */
function afterPreposition(text: string, at: number): boolean {
  return /(?:^|\s)(?:of|about|to|with|for|from|by|on|in|among|than)\s+$/.test(
    text.slice(Math.max(0, at - 8), at),
  );
}

/** A form of "be" before a participle, maybe with an adverb between: the cue is a passive. */
const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);

const IRREGULAR_PARTICIPLES = new Set(['told', 'said', 'written']);

/** An ASCII letter or an apostrophe: the characters of "was", "isn't", "they’re". */
function isWordLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 39 || c === 0x2019;
}

/** The word ending right before `at` across spaces ("was" in "was asked"), and where it starts. */
function wordBefore(text: string, at: number, floor: number): { word: string; start: number } {
  let end = at;
  while (end > floor && text[end - 1] === ' ') end--;
  let start = end;
  while (start > floor && isWordLetter(text.charCodeAt(start - 1))) start--;
  return { word: text.slice(start, end), start };
}

/** Whether a form of "be" stands before `at`, maybe with an adverb between ("was later asked"). */
function beBefore(text: string, at: number, floor: number): boolean {
  let { word, start } = wordBefore(text, at, floor);
  if (word.endsWith('ly') || word === 'not' || word === 'never' || word === 'also') {
    ({ word } = wordBefore(text, start, floor));
  }
  // "Roe's said" is "Roe has said": a contracted "'s" is left out.
  return BE_FORMS.has(word.toLowerCase());
}

/** "the rule called “setback”": a naming participle right before a quote names a thing. */
const NAMING_PARTICIPLE = new Set(
  'called labeled labelled dubbed deemed termed branded named'.split(' '),
);

/** A mention ending in a common noun, not after a relative word: "the loophole", "messages". */
function namedThing(text: string, mention: Span): boolean {
  const phrase = text.slice(mention.start, mention.end);
  if (isPronoun(phrase) || isRelative(phrase) || !/(?:^|\s)\p{Ll}[\p{L}-]*$/u.test(phrase))
    return false;
  return !/(?:^|[^\p{L}])(?:what|which|that|whom|who)\s+$/u.test(
    text.slice(Math.max(0, mention.start - 8), mention.start),
  );
}

/** A share of those asked: "31% of voters", "Six in 10 Republicans", "a majority of them". */
const RESPONDENT_SHARE =
  /\d\s*%|\d\s+percent\b|\b(?:\d+|one|two|three|four|five|six|seven|eight|nine)\s+in\s+(?:\d+|ten|five|four|three)\b|\b(?:majority|plurality|half|third|quarter)\s+of\b/i;

/**
 * "In a Gazette survey published Tuesday, 44% of renters said ...": the share of respondents answers
 * through the poll, which news gives as the source; the poll is named earlier in the sentence.
 */
function pollOf(text: string, from: number, mention: Span): Span | null {
  const start = Math.max(from, mention.start - 24);
  // Most subjects hold no digit and no "of": the pattern is only tried on the others.
  let digit = false;
  for (let i = start; i < mention.end && !digit; i++) {
    const c = text.charCodeAt(i);
    digit = c >= 48 && c <= 57;
  }
  const of = lastIndexWithin(text, ' of', mention.end, start);
  if (!digit && of < 0) return null;
  const lead = text.slice(start, mention.end);
  if (!RESPONDENT_SHARE.test(lead)) return null;
  const before = text.slice(from, mention.start);
  const poll = /\b(?:poll|survey)\b(?![\s\S]*\b(?:poll|survey)\b)/i.exec(before);
  if (!poll) return null;
  return subjectBefore(text, from, from + poll.index + poll[0].length);
}

/** A subordinate clause opening the sentence, not yet closed by a comma before the cue. */
const OPENING_SUBORDINATOR =
  /^(?:When|Whenever|As|After|Before|While|If|Once|Since|Because|Although|Though|Until)\s+(?=[^,;:—–]*$)/;

/** A subordinator opening a clause after a comma: ", when", ", such as when", ", as". */
const CLAUSE_SUBORDINATOR =
  /^(?:such as\s+)?(?:when|whenever|as|after|before|while|because|since|if|once|although|though|until|where)\s+/;

/** "an actor who promises", "a memo which claims": after these a word that may be a noun is a verb. */
const VERB_AFTER_RELATIVE = new Set(['who', 'which']);

const SAID_BEFORE_PARTICIPLE = /,\s+[^,;:“”"]{1,60}?\s(said|says|told\s+[^,;:“”"]{1,30})\s*,\s*$/;

function subjectOf(ctx: Context, cue: Cue, from: number, to: number): Span | null {
  if (cue.sourceAfter) return subjectAfter(ctx.text, cue.end, to);
  // "Roe was asked by the host, “...”": a passive's subject is the one spoken to or about; the
  // speaker is its agent after "by", if named.
  const past = cue.text.endsWith('ed') || IRREGULAR_PARTICIPLES.has(cue.text);
  const by = past && ctx.text.startsWith(' by ', cue.end);
  if (past && beBefore(ctx.text, cue.start, Math.max(from, cue.start - 30))) {
    return by ? subjectAfter(ctx.text, cue.end + 4, to) : null;
  }
  // "“sweetener” clauses added by Liberals": a participle with an agent is a passive too.
  if (by) {
    const agent = subjectAfter(ctx.text, cue.end + 4, to);
    if (agent && speakerLike(ctx.text, agent)) return agent;
  }
  // "a zoning rule called a “setback”": a common noun right before a naming participle
  // and its quote is the thing named, not the speaker ("what Roe called “...”" is active).
  if (
    NAMING_PARTICIPLE.has(cue.text) &&
    /^\s+(?:(?:a|an|the)\s+)?[“"'`]/.test(ctx.text.slice(cue.end, cue.end + 8))
  ) {
    const named = subjectBefore(ctx.text, from, cue.start);
    if (named && namedThing(ctx.text, named)) return null;
  }
  // "Trump lashed out in a series of tweets saying ...": a participle's speaker is the subject
  // of the clause it hangs from, not the noun right before it.
  if (cue.text.endsWith('ing')) {
    // "..., with Sen. Jane Roe calling it “...”": after "with", the participle has its own
    // subject right before it.
    const lead = ctx.text.slice(Math.max(from, cue.start - 80), cue.start);
    const withAt = lead.search(/\bwith\s+[^,;:“”"]+$/);
    if (withAt >= 0) {
      const start = cue.start - lead.length + withAt + 4;
      const own = subjectBefore(ctx.text, start, cue.start);
      if (own && own.start >= start && speakerLike(ctx.text, own)) return own;
    }
    // "The two will meet soon, Roe said, adding, “...”": a participle after an attribution set
    // off by commas continues that attribution's speaker, not the sentence's subject.
    const said = SAID_BEFORE_PARTICIPLE.exec(lead);
    if (said?.[1]) {
      const saidAt = cue.start - lead.length + said.index + said[0].indexOf(said[1]);
      const own = subjectBefore(ctx.text, cue.start - lead.length + said.index + 1, saidAt);
      if (own && speakerLike(ctx.text, own)) return own;
    }
    const lineStart = ctx.text.lastIndexOf('\n', cue.start) + 1;
    let start = sentenceStart(ctx.text, cue.start, Math.min(from, Math.max(lineStart, from - 600)));
    // “...,” Sanders said, suggesting ...: the clause starts after the quote's closing mark, not
    // at a sentence inside the quote.
    // Only a mark inside the clause matters: the searches stop at its start.
    const doubled = lastIndexWithin(ctx.text, "''", cue.start, start - 1);
    const closing = Math.max(
      lastIndexWithin(ctx.text, '”', cue.start, start),
      lastIndexWithin(ctx.text, '"', cue.start, start),
      doubled >= 0 ? doubled + 1 : -1,
    );
    if (closing >= start) {
      start = closing + 1;
      const lead = /^[\s,;:—–-]+/.exec(ctx.text.slice(start, cue.start));
      if (lead) start += lead[0].length;
    }
    const subject = sentenceSubject(ctx.text, start, cue.start);
    if (subject) return subject;
    // "When Roe closed the hearing by calling it “...”, ...": a participle inside an opening
    // subordinate clause, before the comma that ends it, hangs from that clause's subject.
    const opener = OPENING_SUBORDINATOR.exec(ctx.text.slice(start, cue.start));
    if (opener) {
      const own = subjectAfter(ctx.text, start + opener[0].length, cue.start);
      if (own && speakerLike(ctx.text, own)) return own;
    }
  }
  const before = subjectBefore(ctx.text, from, cue.start);
  if (
    before &&
    (!cue.nounLike ||
      (speakerLike(ctx.text, before) && !afterPreposition(ctx.text, before.start)) ||
      VERB_AFTER_RELATIVE.has(ctx.text.slice(before.start, before.end)))
  )
    return before;
  // "The actor held an audition and asked them to act “whiter”": a verb joined by "and" shares
  // the subject of the sentence's first verb.
  if (!before && AND_BEFORE.test(ctx.text.slice(Math.max(from, cue.start - 24), cue.start))) {
    let start = sentenceStart(ctx.text, cue.start, from);
    const lead = /^[\s,;:—–-]+/.exec(ctx.text.slice(start, cue.start));
    if (lead) start += lead[0].length;
    // "..., I laughed and said": the subject of the clause after the last comma comes first.
    // "greeted 2,000 supporters and told them": a comma inside a number opens no clause.
    let comma = ctx.text.lastIndexOf(',', cue.start);
    while (
      comma > 0 &&
      /\d/.test(ctx.text[comma - 1] ?? '') &&
      /\d/.test(ctx.text[comma + 1] ?? '')
    )
      comma = ctx.text.lastIndexOf(',', comma - 1);
    if (comma > start) {
      let clauseStart = comma + 1 + (ctx.text[comma + 1] === ' ' ? 1 : 0);
      // "..., such as when Roe knocked the plan and called it": the subordinator opens the
      // clause; its subject comes after it.
      const opener = CLAUSE_SUBORDINATOR.exec(ctx.text.slice(clauseStart, cue.start));
      if (opener) clauseStart += opener[0].length;
      const clause = subjectAfter(ctx.text, clauseStart, cue.start);
      // "visited Laredo, Texas and explained": the clause's subject has a verb of its own
      // before "and"; a name right before it ends a place, not a clause.
      const ownVerb =
        clause && /\p{L}/u.test(ctx.text.slice(clause.end, cue.start).replace(AND_BEFORE, ''));
      if (clause && ownVerb && speakerLike(ctx.text, clause)) return clause;
    }
    const subject = sentenceSubject(ctx.text, start, cue.start);
    if (subject) return subject;
  }
  // "Said Ortiz:" or ", said the official": nothing but punctuation before the cue.
  // A participle ("…,” telling reporters) never has its speaker after it.
  if (cue.text.endsWith('ing')) return null;
  // "“Scandal,” thanked Obama for ...": a verb whose object is a person does not invert.
  if (NO_INVERSION.has(cue.text)) return null;
  if (onlyPunctuation(ctx.text, from, cue.start)) return subjectAfter(ctx.text, cue.end, to);
  // "In other words, explained the moderator Jane Roe: “...”": an inverted cue after a comma
  // whose subject ends at the colon introducing the quote.
  if (!/,\s*$/.test(ctx.text.slice(Math.max(from, cue.start - 3), cue.start))) return null;
  const inverted = subjectAfter(ctx.text, cue.end, to);
  return inverted && /^\s*:\s*$/.test(ctx.text.slice(inverted.end, to)) ? inverted : null;
}

function transcriptSpeaker(ctx: Context, q: QuoteMarks): Attribution | null {
  // Most quotes open on no capital letter at all: the pattern is tried on the others.
  const first = ctx.text.charCodeAt(q.start);
  if (first < 65 || first > 90) return null;
  const m = /^([A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}):\s/.exec(
    ctx.text.slice(q.start, q.start + 60),
  );
  if (!m?.[1]) return null;
  return {
    mention: { start: q.start, end: q.start + m[1].length },
    cue: null,
    kind: 'transcript',
    sameSentence: true,
  };
}

/** The dashes a signature after a quote opens with: ―, —, – and -. */
const DASHES = new Set([0x2015, 0x2014, 0x2013, 45]);

/** “...” ― Jane Doe: a dash and a name after the quote, as letters and pull quotes sign off. */
function dashSignature(ctx: Context, q: QuoteMarks): Attribution | null {
  const { text } = ctx;
  // Most quotes are followed by no dash: the pattern is tried only after one.
  const stop = Math.min(text.length, q.outerEnd + 80);
  let k = q.outerEnd;
  while (k < stop && charClass(text.charCodeAt(k)) === 2) k++;
  if (k >= stop || !DASHES.has(text.charCodeAt(k))) return null;
  const m = /^\s*[―—–-]{1,2}\s*((?:\p{Lu}[\p{L}.'’-]*\s*){1,5})(?=[,\n]|$)/u.exec(
    text.slice(q.outerEnd, q.outerEnd + 80),
  );
  if (!m?.[1]) return null;
  const name = m[1].trimEnd();
  const start = q.outerEnd + m[0].indexOf(name);
  return {
    mention: { start, end: start + name.length },
    cue: null,
    kind: 'after',
    sameSentence: true,
  };
}

/** Capitalized words that may stand between a quote and a cue without naming anyone. */
const NOT_A_NAME = new Set(
  'The A An It He She They We I You This That These Those And But So Then Also Here There Who Which'.split(
    ' ',
  ),
);

function afterQuote(ctx: Context, q: QuoteMarks, limit: number): Attribution | null {
  const { text } = ctx;
  const end = sentenceEnd(text, q.outerEnd, limit);
  const cues = findCues(text, q.outerEnd, end);
  const cue = cues[0];
  if (!cue || cue.start - q.outerEnd > 120) return null;
  let mention = subjectOf(ctx, cue, q.outerEnd, end);
  // “...,” From said: a lone capitalized word between the quote and its cue is a name, even
  // one that is also a function word ("From", "Will", "Read").
  const lone = mention
    ? null
    : /^[\s,]*(\p{Lu}\p{Ll}+)\s+$/u.exec(text.slice(q.outerEnd, cue.start));
  if (lone?.[1] && !NOT_A_NAME.has(lone[1])) {
    const start = cue.start - lone[0].length + lone[0].indexOf(lone[1]);
    mention = { start, end: start + lone[1].length };
  }
  // "“...” about the ruling, said Rosa Diaz" / "“...,” since ..., said Rosa Diaz": a cue
  // after a comma inverts over a phrase that ends the quote's clause.
  const inverted =
    onlyPunctuation(text, q.outerEnd, cue.start) ||
    /,\s*$/.test(text.slice(cue.start - 3, cue.start));
  if (
    !mention &&
    !cue.sourceAfter &&
    !cue.text.endsWith('ing') &&
    !NO_INVERSION.has(cue.text) &&
    inverted
  ) {
    mention = subjectAfter(text, cue.end, end);
    if (mention && !onlyPunctuation(text, q.outerEnd, cue.start) && !speakerLike(text, mention)) {
      mention = null;
    }
  }
  if (!mention) return null;
  return { mention, cue: cue.text, kind: 'after', sameSentence: true };
}

/**
 * “…,” beamed Jane Roe / “…!” Jane Roe shouted: a verb the lexicon lacks still ties a name
 * right after an open-ended quote to it, when the verb is a past tense next to the name.
 */
function uncuedAfter(ctx: Context, q: QuoteMarks, limit: number): Attribution | null {
  const { text } = ctx;
  const tail = text.slice(q.outerEnd, Math.min(limit, q.outerEnd + 120));
  const verbFirst = /^[\s,]*(\p{Ll}{3,}ed)\s+(?=\p{Lu})/u.exec(tail);
  if (verbFirst?.[1]) {
    const at = q.outerEnd + verbFirst[0].length;
    const mention = subjectAfter(text, at, sentenceEnd(text, at, limit));
    if (mention && /^\p{Lu}/u.test(text.slice(mention.start, mention.end))) {
      return { mention, cue: verbFirst[1], kind: 'after', sameSentence: true };
    }
  }
  const nameFirst =
    /^[\s,]*((?:\p{Lu}[\p{L}.'’-]*\s+){1,4})(?:\([^)]{1,20}\)\s+)?(\p{Ll}{3,}ed)\b/u.exec(tail);
  if (nameFirst?.[1] && nameFirst[2]) {
    const start = q.outerEnd + nameFirst[0].indexOf(nameFirst[1]);
    const verbAt = q.outerEnd + nameFirst[0].length - nameFirst[2].length;
    const mention = subjectBefore(text, start, verbAt);
    if (mention) return { mention, cue: nameFirst[2], kind: 'after', sameSentence: true };
  }
  // “People are afraid,” he surmised: a pronoun and a past tense right after a quoted sentence
  // (a quoted phrase before them ends a clause: "said “a better world,” he targeted").
  const pronounFirst = /^[\s,]*(he|she|they|I|we)\s+(\p{Ll}{3,}ed)\b/u.exec(tail);
  if (pronounFirst?.[1] && pronounFirst[2] && /^\p{Lu}/u.test(text.slice(q.start, q.start + 1))) {
    const start = q.outerEnd + pronounFirst[0].indexOf(pronounFirst[1]);
    return {
      mention: { start, end: start + pronounFirst[1].length },
      cue: pronounFirst[2],
      kind: 'after',
      sameSentence: true,
    };
  }
  // “...,” the party's nominee riffed: a person's noun phrase before the past tense.
  const nounFirst = /^[\s,]*((?:the|a|an)\s+(?:[\p{L}'’-]+\s+){1,4}?)(\p{Ll}{3,}ed)\b/u.exec(tail);
  if (nounFirst?.[1] && nounFirst[2]) {
    const start = q.outerEnd + nounFirst[0].indexOf(nounFirst[1]);
    const verbAt = q.outerEnd + nounFirst[0].length - nounFirst[2].length;
    const mention = subjectBefore(text, start, verbAt);
    if (mention && knownSpeakerHead(text, mention))
      return { mention, cue: nounFirst[2], kind: 'after', sameSentence: true };
  }
  return readAfter(text, q, tail);
}

/**
 * “...,” the statement read / read the letter / it read / the memo states: "read" and "state"
 * are left out of the lexicon (a present tense of reading, a noun), but between a quote and a
 * document they give its text.
 */
function readAfter(text: string, q: QuoteMarks, tail: string): Attribution | null {
  const verbFirst = /^[\s,]*(reads?|states)\s+(?=(?:the|a|an|its|his|her|their)\s)/u.exec(tail);
  if (verbFirst?.[1]) {
    const at = q.outerEnd + verbFirst[0].length;
    const mention = subjectAfter(text, at, at + 80);
    if (mention && knownSpeakerHead(text, mention))
      return { mention, cue: verbFirst[1], kind: 'after', sameSentence: true };
  }
  const nounFirst =
    /^[\s,]*((?:the|a|an|its|his|her|their)\s+(?:[\p{L}'’-]+\s+){1,3}?|it\s+)(reads?|states?)\b/u.exec(
      tail,
    );
  if (nounFirst?.[1] && nounFirst[2]) {
    const start = q.outerEnd + nounFirst[0].indexOf(nounFirst[1]);
    const verbAt = q.outerEnd + nounFirst[0].length - nounFirst[2].length;
    const mention = subjectBefore(text, start, verbAt);
    if (mention && (isPronoun(spanText(text, mention)) || knownSpeakerHead(text, mention)))
      return { mention, cue: nounFirst[2], kind: 'after', sameSentence: true };
  }
  return null;
}

/** A subordinate clause set off by commas between a report's cue and the pronoun of its content. */
const INSERTED_CLAUSE =
  /^\s*(?:that\s+)?,?\s*(?:if|when|while|because|as|since|although|though|after|before|unless|once|until)\s[^;—–“”"]{1,160},\s*$/;

const REPORTING = new Set([
  'said',
  'says',
  'added',
  'noted',
  'argued',
  'claimed',
  'insisted',
  'told',
  'tells',
  'wrote',
  'writes',
  'recalled',
  'acknowledged',
  'explained',
  'warned',
  'predicted',
  'suggested',
  'believes',
  'thinks',
  'thought',
  'believed',
]);

function spanText(text: string, span: Span): string {
  return text.slice(span.start, span.end);
}

/** A relative word right before a cue's pronoun: "what he called", "whom she described as". */
const RELATIVE_BEFORE = /(?:^|[^\p{L}])(?:what|whom|in which)\s+$/u;

/**
 * "Ortiz has fumed about what she calls “...”": a pronoun in a relative clause stands for the
 * subject of the sentence, who is the source to give (a name, or the same pronoun opening it).
 */
function relativeClauseHead(text: string, mention: Span): Span | null {
  if (!RELATIVE_BEFORE.test(text.slice(Math.max(0, mention.start - 12), mention.start))) {
    return null;
  }
  // The sentence may hold quotes before this one ("called it “X” and railed against what ...").
  const from = sentenceStart(text, mention.start, text.lastIndexOf('\n', mention.start) + 1);
  const said = text.slice(mention.start, mention.end).toLowerCase();
  const main = sentenceSubject(text, from, mention.start);
  if (!main || main.end >= mention.start - 8) return null;
  // "Ryan was blunt about the rift — what he called “...”": an aside has its own source.
  if (/[—–;:(]| - /.test(text.slice(main.end, mention.start))) return null;
  const head = text.slice(main.start, main.end);
  const headPronoun = isPronoun(head) ? head.toLowerCase().replace(/['’]\p{L}+$/u, '') : null;
  if (headPronoun === said) return main;
  // "it" and "they" may stand for a body or a document named in the clause: only "he" and
  // "she" are sure to mean the person the sentence is about.
  const gender = pronounGender(said);
  // A name ends in a capitalized word: "The ad includes" is a subject read too far.
  // "the posts in which she called ...": a clause on a noun tells of that thing, and its own
  // pronoun is the source; a free relative ("railed against what she calls") is the
  // sentence's report.
  if (!/what\s+$/.test(text.slice(mention.start - 6, mention.start))) return null;
  if (!gender || headPronoun !== null || !/(?:^|\s)\p{Lu}[\p{L}.'’-]*$/u.test(head)) return null;
  const headGender = mentionGender(head);
  return headGender && headGender !== gender ? null : main;
}

/**
 * "her remark that “...”", "over Trump's claim that “...”": a noun of speech after a possessive,
 * with the quote in its "that" clause, gives the quote to the possessor. A "was" or "is" in the
 * clause may be the main verb ("Roe's claim that ... was “false”"): the quote is then the
 * sentence's, not the claim's.
 */
const POSSESSED_REPORT =
  /(?:^|[\s(])(his|her|their|(?:\p{Lu}[\p{L}.-]*\s+){0,2}\p{Lu}[\p{L}.-]*['’]s?)\s+(?:[\p{Ll}-]+\s+)?(?:claims?|remarks?|comments?|assertions?|warnings?|statements?|words|accusations?|promises?|pledges?|vows?|insistence|suggestion|contention|allegations?|argument)(?:\s[^,;:“”"]{0,40}?)?$/u;

const SPEECH_NOUN =
  /claim|remark|comment|assertion|warning|statement|words|accusation|promise|pledge|vow|insistence|suggestion|contention|allegation|argument/;

const MAIN_VERB = /\b(?:is|was|are|were)\b|[“”"]/;

function ownedReport(text: string, from: number, to: number): Attribution | null {
  // Most quotes have no "that" right before them: that word is looked for first.
  const near = Math.max(from, to - 86);
  const found = text.slice(near, to).lastIndexOf(' that ');
  if (found < 0) return null;
  const that = near + found;
  const start = Math.max(from, that - 100);
  const lead = text.slice(start, that);
  // A plain search for the nouns rules out most leads before the full pattern is tried.
  if (!SPEECH_NOUN.test(lead) || MAIN_VERB.test(text.slice(that + 6, to))) return null;
  const m = POSSESSED_REPORT.exec(lead);
  if (!m?.[1]) return null;
  const at = start + m.index + m[0].indexOf(m[1]);
  const owner = m[1].replace(/['’]s?$/, '');
  return {
    mention: { start: at, end: at + owner.length },
    cue: null,
    kind: 'before',
    sameSentence: true,
  };
}

function beforeQuote(ctx: Context, q: QuoteMarks, floor: number): Attribution | null {
  const { text } = ctx;
  const from = sentenceStart(text, q.outerStart, floor);
  const named = colonIntroduction(text, from, q.outerStart);
  // "Pollsters agree — Jane Roe: “...”": a name after a dash, right before the quote, is its
  // source, whatever cue came earlier in the sentence.
  if (named && /[—–-]/.test(text.slice(from, named.mention.start))) return named;
  const cues = findCues(text, from, q.outerStart);
  const owned = ownedReport(text, Math.max(from, cues[cues.length - 1]?.end ?? from), q.outerStart);
  if (owned) return owned;
  for (let i = cues.length - 1; i >= 0; i--) {
    const cue = cues[i] as Cue;
    const subject = subjectOf(ctx, cue, from, q.outerStart);
    const mention = subject ? (pollOf(text, from, subject) ?? subject) : null;
    if (!mention) continue;
    if (isPronoun(text.slice(mention.start, mention.end))) {
      const head = relativeClauseHead(text, mention);
      if (head) return { mention: head, cue: cue.text, kind: 'before', sameSentence: true };
    }
    // "Okafor said she remembered thinking, “...”": a pronoun reporting inside another report
    // stands for the named speaker of the outer one, who is the source to give.
    if (isPronoun(text.slice(mention.start, mention.end))) {
      for (let j = i - 1; j >= 0; j--) {
        const outer = cues[j] as Cue;
        // "When Sanders objected, she said": a clause closed by a comma is not the report the
        // pronoun's cue sits in.
        // "She said, once sworn in, she would ...": a clause in commas inside the report is not.
        const between = text.slice(outer.end, mention.start);
        if (/[,;—–]/.test(between) && !INSERTED_CLAUSE.test(between)) break;
        const named = subjectOf(ctx, outer, from, outer.start);
        if (!named) continue;
        const outerText = text.slice(named.start, named.end);
        // "She said she remembers ...": the outer report's own pronoun is the source too.
        const samePronoun =
          outerText.toLowerCase() === text.slice(mention.start, mention.end).toLowerCase();
        if (!isPronoun(outerText) || samePronoun) {
          return { mention: named, cue: outer.text, kind: 'before', sameSentence: true };
        }
      }
    }
    // "Ortiz said Voss had called the plan “a gimmick”": the report inside another report is
    // the outer speaker's account; the outer speaker is the source given.
    if (!isPronoun(spanText(text, mention)) && !isRelative(spanText(text, mention))) {
      const outer = cues[i - 1];
      if (outer && REPORTING.has(outer.text)) {
        const between = text.slice(outer.end, mention.start);
        if (
          /^\s+(?:(?:\p{L}+\s+){1,3}that\s+|that\s+|(?:during|at|in|on)\s[^,;:—–“”"]{0,60}?\sthat\s+)?$/u.test(
            between,
          )
        ) {
          const named = subjectOf(ctx, outer, from, outer.start);
          if (named) return { mention: named, cue: outer.text, kind: 'before', sameSentence: true };
        }
      }
    }
    // "Ortiz told a voter who complained that “...”" / "saying anyone who complains “...”":
    // a restrictive relative clause inside another report is its listener or its content; the
    // quote belongs to the outer report's speaker.
    const said = text.slice(mention.start, mention.end);
    if (isRelative(said) && !/,\s*$/.test(text.slice(mention.start - 3, mention.start))) {
      for (let j = i - 1; j >= 0; j--) {
        const outer = cues[j] as Cue;
        if (/[;—–]/.test(text.slice(outer.end, mention.start))) break;
        if (/,/.test(text.slice(outer.end, mention.start))) continue;
        const named = subjectOf(ctx, outer, from, outer.start);
        if (named && !isRelative(text.slice(named.start, named.end))) {
          return { mention: named, cue: outer.text, kind: 'before', sameSentence: true };
        }
      }
    }
    return { mention, cue: cue.text, kind: 'before', sameSentence: true };
  }
  // "Ortiz:" or "VOSS:" introducing the quote without a verb (transcripts, headlines).
  return named;
}

/** "Ortiz: “...”" or "... in the polls — Jane Roe: “...”": a name and a colon before the quote. */
function colonIntroduction(text: string, from: number, to: number): Attribution | null {
  // Most quotes follow no colon: a look at the last mark before the quote spares the pattern.
  let last = to - 1;
  while (last >= from && charClass(text.charCodeAt(last)) === 2) last--;
  if (last < from || text.charCodeAt(last) !== 58) return null;
  const lead = text.slice(from, to);
  const colon =
    /(?:^\s*|\s[—–-]\s+)((?:\p{Lu}[\p{L}.'’-]*\s+(?:and\s+)?){0,3}\p{Lu}[\p{L}.'’-]*(?:\s*\([^()]{1,20}\))?)\s*:\s*$/u.exec(
      lead,
    );
  if (!colon?.[1]) return null;
  const start = from + colon.index + colon[0].indexOf(colon[1]);
  return {
    mention: { start, end: start + colon[1].length },
    cue: null,
    kind: 'before',
    sameSentence: true,
  };
}

const US_STATE = new RegExp(
  `^(?:${
    'Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|' +
    'Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|' +
    'Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|' +
    'New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|' +
    'Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|' +
    'West Virginia|Wisconsin|Wyoming|Ala\\.|Ariz\\.|Ark\\.|Calif\\.|Colo\\.|Conn\\.|Del\\.|Fla\\.|' +
    'Ga\\.|Ill\\.|Ind\\.|Kan\\.|Ky\\.|La\\.|Md\\.|Mass\\.|Mich\\.|Minn\\.|Miss\\.|Mo\\.|Mont\\.|' +
    'Neb\\.|Nev\\.|N\\.H\\.|N\\.J\\.|N\\.M\\.|N\\.Y\\.|N\\.C\\.|N\\.D\\.|Okla\\.|Ore\\.|Pa\\.|R\\.I\\.|' +
    'S\\.C\\.|S\\.D\\.|Tenn\\.|Va\\.|Vt\\.|Wash\\.|Wis\\.|W\\.Va\\.|Wyo\\.'
  }),\\s*`,
);

const EMPTY_IT = /^\s+(?:is|was|has|had|seems|seemed)\s[^,.;:“”"]{0,50}?\bthat\s+/;

const OBJECT_START = /^\s+(?:a|an|the|his|her|their|its|our|my|this|that|these|those)\s/;

const DATELINE = /^\p{Lu}{2,}(?![\p{Ll}])[^—–\n]{0,40}?\s[—–]\s*/u;

/** Sentence adverbs before the subject: "Perhaps the mayor" is no speaker named Perhaps. */
const INTRODUCERS =
  /^(?:but|and|so|yet|still|maybe|perhaps|however|meanwhile|now|instead|then|also|indeed|moreover|conversely|separately|additionally|similarly|likewise|nevertheless|nonetheless|furthermore|finally|ultimately|initially|originally|previously|recently|subsequently|consequently|specifically|notably|ironically|besides|otherwise|thus|hence|therefore)\b[,]?\s*/i;

/**
 * "The company sent a letter": a lowercase word right before an object's determiner is the
 * verb (an irregular past reads like a noun), not the end of the subject; so is one after a
 * name that names no speaker ("Mayor Ana Pereira met riders", but "the Clinton aides").
 */
function withoutVerb(text: string, mention: Span): Span {
  const phrase = text.slice(mention.start, mention.end);
  const verb = /\s(\p{Ll}+)$/u.exec(phrase);
  if (!verb?.[1]) return mention;
  const afterName =
    NAME_THEN_WORD.test(phrase) &&
    !speakerLike(text, { start: mention.end - verb[1].length, end: mention.end });
  if (!afterName && !OBJECT_START.test(text.slice(mention.end, mention.end + 8))) return mention;
  const cut = mention.end - verb[0].length;
  return /[\p{L}.]$/u.test(text.slice(mention.start, cut))
    ? { start: mention.start, end: cut }
    : mention;
}

const NAME_THEN_WORD =
  /(?:^|\s)(?!(?:The|A|An|This|That|These|Those|His|Her|Their|Its|Our|My)\s)\p{Lu}[\p{L}.'’-]*\s+\p{Ll}+$/u;

/** Just past an opening adverbial clause at `from` and a state or year after it, or `from`. */
function openingClause(text: string, from: number, limit: number): number {
  // "On “Meet the Press,” Senator Voss said": a quoted title may end the opening clause.
  const clause =
    /^(?:[^,“"]|“[^”,]{0,60}”|"[^",]{0,60}"){0,150}?(?:,|“[^”,]{0,60},”|"[^",]{0,60},")\s*/.exec(
      text.slice(from, limit),
    );
  if (!clause || !OPENERS.test(clause[0])) return from;
  let at = from + clause[0].length;
  // "In Salem, New Hampshire, the governor said": a state after a place is part of the clause.
  const state = US_STATE.exec(text.slice(at, limit));
  if (state) at += state[0].length;
  // "On May 3, 2019, Ortiz said": the year after a date is part of the clause.
  const year = /^\d{4},\s*/.exec(text.slice(at, limit));
  if (year) at += year[0].length;
  return at;
}

const OPENERS =
  /^(?:in|on|at|after|before|during|since|when|whenever|while|as|with|without|for|from|by|despite|although|though|if|once|until|because|ever|even|amid|under|unlike|like|following|outside|inside|alongside|across|around|throughout|beyond|within|among|near|here|there|\p{L}+ly\s+(?:\p{L}+ing|after|before|following|upon|during|since|when|as)|asked|speaking|responding|writing|last|this|earlier|later|late|early|back|shortly|soon|hours|days|weeks|months|years|moments|minutes|(?:a|an|one)\s+(?:day|week|month|year|decade|moment|minute|hour|few|couple)|\p{L}+ed|\p{L}+ing)\b/iu;

/**
 * The subject opening a sentence ("Trump urged supporters to “...”"): the speaker of a quoted
 * phrase when no cue ties one to it. An opening adverbial up to a comma is skipped.
 */
function sentenceSubject(text: string, start: number, limit: number): Span | null {
  let from = start;
  // "HALSTEAD, Ore. (AP) — The mayor said": a dateline in capitals opens the first sentence.
  const dateline = DATELINE.exec(text.slice(from, Math.min(limit, from + 60)));
  if (dateline) from += dateline[0].length;
  // "Ore. — In reply, ...": a state's abbreviation may end the dateline as if a sentence.
  const dash = /^[\s—–]+/.exec(text.slice(from, limit));
  if (dash) from += dash[0].length;
  // "And then Trump said", "But still, the mayor said": introducers may follow each other.
  for (let k = 0; k < 2; k++) {
    const lead = INTRODUCERS.exec(text.slice(from, limit));
    if (!lead) break;
    from += lead[0].length;
  }
  // "In Bend, Oregon, on Friday, the governor said": opening clauses may follow each other.
  for (let k = 0; k < 3; k++) {
    const skipped = openingClause(text, from, limit);
    if (skipped === from) break;
    from = skipped;
  }
  let mention = subjectAfter(text, from, limit);
  // "It is strange that Roe would call it “...”": an empty "it" puts the subject after "that".
  const empty =
    mention && /^It$/.test(text.slice(mention.start, mention.end))
      ? EMPTY_IT.exec(text.slice(mention.end, limit))
      : null;
  if (mention && empty) mention = subjectAfter(text, mention.end + empty[0].length, limit);
  if (mention) mention = withoutVerb(text, mention);
  if (!mention || !speakerLike(text, mention)) return null;
  // The phrase must be followed by a verb-like lowercase word, not end the sentence.
  const next = /^\s*(?:\([^)]*\)\s*)?(?:,[^,]{1,80},\s*)?(\p{Ll}+)/u.exec(
    text.slice(mention.end, limit),
  );
  return next ? mention : null;
}

/** Every cue with a subject in the paragraph outside its quotes, in text order. */
function paragraphCues(
  ctx: Context,
  para: Span,
  inside: QuoteMarks[],
): { at: number; mention: Span }[] {
  const gaps: Span[] = [];
  let from = para.start;
  for (const q of inside) {
    if (q.outerStart > from) gaps.push({ start: from, end: q.outerStart });
    from = Math.max(from, q.outerEnd);
  }
  if (para.end > from) gaps.push({ start: from, end: para.end });
  const found: { at: number; mention: Span }[] = [];
  for (const gap of gaps) {
    for (const cue of findCues(ctx.text, gap.start, gap.end)) {
      const floor = sentenceStart(ctx.text, cue.start, gap.start);
      const mention = subjectOf(ctx, cue, floor, sentenceEnd(ctx.text, cue.end, gap.end));
      if (mention) found.push({ at: cue.start, mention });
    }
  }
  return found;
}

/**
 * The attributed quote of the paragraph whose speaker an unattributed one takes: the nearest,
 * but "said Roe was “a bore” and “a liar.” He ...": a quote in the same sentence wins over a
 * nearer one in the next.
 */
function siblingFor(
  text: string,
  para: Span,
  members: number[],
  attributed: { at: number; found: Attribution | null }[],
  k: number,
  quotes: QuoteMarks[],
): { at: number; found: Attribution | null } | null {
  const hit = nearest(attributed, k);
  if (!hit || hit.at < k) return hit;
  const q = quotes[members[k] as number] as QuoteMarks;
  const after = quotes[members[hit.at] as number] as QuoteMarks;
  if (sentenceStart(text, after.outerStart, para.start) <= q.outerStart) return hit;
  let before: { at: number; found: Attribution | null } | null = null;
  for (const a of attributed) if (a.at < k) before = a;
  if (!before) return hit;
  const prior = quotes[members[before.at] as number] as QuoteMarks;
  return sentenceStart(text, q.outerStart, para.start) <= prior.outerStart ? before : hit;
}

/** The candidate nearest to `at` (candidates in text order), by binary search. */
function nearest<T extends { at: number }>(candidates: T[], at: number): T | null {
  const lo = partitionPoint(candidates.length, (i) => (candidates[i] as T).at < at);
  const after = candidates[lo];
  const before = candidates[lo - 1];
  if (!before) return after ?? null;
  if (!after) return before;
  return at - before.at <= after.at - at ? before : after;
}

function midSentenceSubject(
  ctx: Context,
  q: QuoteMarks,
  floor: number,
  para: Span,
): Attribution | null {
  const start = sentenceStart(ctx.text, q.outerStart, floor);
  if (start >= q.outerStart - 1) return null;
  // A quote earlier in the sentence has the attribution: leave it to the sibling rule.
  if (start === floor && sentenceStart(ctx.text, q.outerStart, para.start) < floor) return null;
  // "Turnout was “flat” as donors waited, he said.": an attribution closing the sentence
  // reports all of it, the quoted words too; the sentence's subject is what it is about.
  const closing = trailingAttribution(ctx, q, para);
  if (closing) return closing;
  const mention = sentenceSubject(ctx.text, start, q.outerStart);
  return mention ? { mention, cue: null, kind: 'subject', sameSentence: false } : null;
}

/**
 * The speaker of ", he said.", ", Ortiz, a lawyer, argued." or ", said Ortiz." ending the
 * quote's sentence: its last cue, after a comma and past the sentence's last quoted words.
 */
function trailingAttribution(ctx: Context, q: QuoteMarks, para: Span): Attribution | null {
  const { text } = ctx;
  // “... riders.” Trump said: a quote closing its sentence leaves the next one's cue alone.
  const inner = text.slice(q.start, q.end).replace(/["”’']+$/, '');
  if (endsWithStop(inner)) return null;
  // The closing attribution stands within a few clauses of the quote: a short scan suffices.
  const end = sentenceEnd(text, q.outerEnd, Math.min(para.end, q.outerEnd + 400));
  const cues = findCues(text, q.outerEnd, end);
  const cue = cues[cues.length - 1];
  if (!cue || end - cue.end > 60 || /[“”"]/.test(text.slice(cue.end, end))) return null;
  // A participle or a word that is as often a noun closes no sentence as its attribution.
  if (cue.text.endsWith('ing') || cue.nounLike) return null;
  // The attribution's clause opens at the last comma after the last quoted words.
  // A mark before the quote's own closing one counts for nothing: the searches stop there.
  const lastMark = Math.max(
    lastIndexWithin(text, '”', cue.start, q.outerEnd - 1),
    lastIndexWithin(text, '"', cue.start, q.outerEnd - 1),
  );
  const lead = text.slice(Math.max(q.outerEnd, lastMark + 1), cue.start);
  // “...,” he remarked: the comma may stand inside the closing mark.
  const markComma = lastMark >= q.outerEnd - 1 && text[lastMark - 1] === ',';
  const comma = markComma ? -1 : lead.search(/,[^,]*(?:,[^,]*,)?[^,]*$/);
  if (comma < 0 && !markComma) return null;
  const from = markComma ? lastMark + 1 : cue.start - lead.length + comma + 1;
  const mention = onlyPunctuation(text, from, cue.start)
    ? subjectAfter(text, cue.end, end)
    : cue.sourceAfter
      ? null
      : subjectBefore(text, from, cue.start);
  if (!mention || mention.start < from || !speakerLike(text, mention)) return null;
  // The subject opens the attribution's clause: ", Ortiz said", not ", compared to X claims".
  if (mention.start < cue.start && !/^\s*$/.test(text.slice(from, mention.start))) return null;
  return { mention, cue: cue.text, kind: 'after', sameSentence: false };
}

/** Whether the paragraph's last character other than whitespace is a colon. */
function endsWithColon(text: string, para: Span): boolean {
  let i = para.end - 1;
  while (i > para.start && spaceAt(text, i)) i--;
  return text[i] === ':';
}

function isNickname(text: string, q: QuoteMarks): boolean {
  return (
    /^\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*)?$/u.test(text.slice(q.start, q.end)) &&
    /\p{Lu}[\p{L}.]*\s$/u.test(text.slice(Math.max(0, q.outerStart - 20), q.outerStart)) &&
    /^\s\p{Lu}/u.test(text.slice(q.outerEnd, q.outerEnd + 2))
  );
}

function opensParagraph(text: string, para: Span, q: QuoteMarks): boolean {
  return onlyPunctuation(text, para.start, q.outerStart);
}

const SUBORDINATOR =
  /^\s*(?:When|Whenever|Although|Though|While|Where|As|After|Before|Because|Since|If|Once|Even as|Even though)\s[^,;:—–]*,?\s*$/;

/** The marks a quote left open for its attribution ends in: `, ? ! — – -`. */
const OPEN_ENDING = new Set([44, 63, 33, 0x2014, 0x2013, 45]);

/** Whether the attribution found after a quote is inverted after a comma (", said Roe"). */
function invertedCue(text: string, q: QuoteMarks, found: Attribution): boolean {
  const cueAt = found.cue ? text.indexOf(found.cue, q.outerEnd) : -1;
  return cueAt >= 0 && cueAt < found.mention.start && /,\s*$/.test(text.slice(cueAt - 3, cueAt));
}

/** Whether words other than punctuation stand between a quote and the speaker found after it. */
function detachedAfter(text: string, q: QuoteMarks, after: Attribution): boolean {
  const cueAt = after.cue ? text.indexOf(after.cue, q.outerEnd) : -1;
  const end = cueAt >= 0 ? Math.min(cueAt, after.mention.start) : after.mention.start;
  return /\p{L}/u.test(text.slice(q.outerEnd, end));
}

/** One attribution (or null) per quote, in the order of `quotes`. */
export function attributeQuotes(
  text: string,
  paragraphs: Span[],
  quotes: QuoteMarks[],
): (Attribution | null)[] {
  const ctx: Context = { text, quotes, paragraphs };
  const result: (Attribution | null)[] = quotes.map(() => null);
  // Group the quotes by the paragraph they open in.
  const byParagraph = new Map<number, number[]>();
  quotes.forEach((q, i) => {
    const list = byParagraph.get(q.firstParagraph) ?? [];
    list.push(i);
    byParagraph.set(q.firstParagraph, list);
  });

  for (const [p, all] of byParagraph) {
    const para = paragraphs[p] as Span;
    // Marcia “Cia” Price: a nickname inside a name is no quote and must not cut the windows
    // of the quotes around it; it takes the speaker of its neighbours like any sibling.
    const members = all.filter((qi) => !isNickname(text, quotes[qi] as QuoteMarks));
    if (members.length === 0) continue;
    members.forEach((qi, k) => {
      const q = quotes[qi] as QuoteMarks;
      const prev = k > 0 ? quotes[members[k - 1] as number] : undefined;
      const next = k + 1 < members.length ? quotes[members[k + 1] as number] : undefined;
      const lastPara = paragraphs[q.lastParagraph] as Span;
      const limit = next ? next.outerStart : lastPara.end;
      const floor = prev ? prev.outerEnd : para.start;
      const inner = text.slice(Math.max(q.start, q.end - 2), q.end);
      // “...,” but he also warned: a clause opened by a conjunction reports something else.
      const joinedClause = CONJUNCTION_AFTER.test(text.slice(q.outerEnd, q.outerEnd + 20));
      const openEnded =
        !joinedClause &&
        (OPEN_ENDING.has(inner.charCodeAt(inner.length - 1)) ||
          /^\s*[,—–]/.test(text.slice(q.outerEnd, q.outerEnd + 3)));
      // '“...” if she lost, said Roe': an inverted cue closing the conjunction's clause is
      // still the quote's attribution.
      const found = afterQuote(ctx, q, limit);
      const after = joinedClause && !(found && invertedCue(text, q, found)) ? null : found;
      // Up to three rules below ask for the attribution before the quote: read it once.
      let before: Attribution | null | undefined;
      const attributionBefore = (): Attribution | null => {
        if (before === undefined) before = beforeQuote(ctx, q, floor);
        return before;
      };
      // “... soft.” He says ...: after a quote that ends its sentence, a cue opens another
      // sentence about something else; the quote's speaker is found before it or nearby.
      const closesSentence =
        endsWithStop(inner) && /^\s+\p{Lu}/u.test(text.slice(q.outerEnd, q.outerEnd + 4));
      // "what Ortiz called “the old model,” the port, a busy hub, charged ...": a cue right
      // before the opening mark names the quote's source better than a cue far after it.
      const adjacent =
        openEnded && after?.cue && text.indexOf(after.cue, q.outerEnd) - q.outerEnd > 60
          ? attributionBefore()
          : null;
      const adjacentCue =
        adjacent?.cue &&
        new RegExp(
          `(?:^|[^\\p{L}])${adjacent.cue.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:\\s+(?:it|them|him|her|this|that))?(?:\\s+as)?[\\s,:]*$`,
          'u',
        ).test(text.slice(Math.max(floor, q.outerStart - 60), q.outerStart));
      // "... because “...,” including provisions he said ..." / "“...,” as Roe put it": words
      // between the quote and the speaker after it make that a report of its own; a cue in the
      // quote's sentence before it names the quote's speaker.
      // "When Roe shouted, “...,” Voss joked": a quote closing a subordinate clause belongs to
      // that clause's speaker, not the main clause's after it.
      const subordinate =
        after !== null &&
        SUBORDINATOR.test(text.slice(sentenceStart(text, q.outerStart, para.start), q.outerStart));
      const detached = after !== null && (subordinate || detachedAfter(text, q, after));
      const own = detached ? attributionBefore() : null;
      result[qi] =
        transcriptSpeaker(ctx, q) ??
        dashSignature(ctx, q) ??
        (adjacentCue ? adjacent : null) ??
        (own?.cue ? own : null) ??
        (openEnded ? (after ?? uncuedAfter(ctx, q, limit)) : null) ??
        attributionBefore() ??
        (joinedClause ? trailingAttribution(ctx, q, para) : null) ??
        (after && !closesSentence ? { ...after, sameSentence: false } : null) ??
        midSentenceSubject(ctx, q, floor, para);
    });
    // Quotes of one paragraph without their own attribution share their nearest neighbour's
    // speaker (the one before on a tie); two passes keep it linear.
    const own = members.map((qi, k) => ({ at: k, found: result[qi] ?? null }));
    const attributed = own.filter((o) => o.found !== null);
    for (const [k, qi] of members.entries()) {
      if (result[qi]) continue;
      const other = siblingFor(text, para, members, attributed, k, quotes)?.found;
      if (other) {
        result[qi] = { mention: other.mention, cue: null, kind: 'sibling', sameSentence: false };
      }
    }
    if (members.some((qi) => !result[qi])) {
      const inside = members.map((m) => quotes[m] as QuoteMarks);
      const cues = paragraphCues(ctx, para, inside);
      for (const qi of members) {
        if (result[qi]) continue;
        const q = quotes[qi] as QuoteMarks;
        const hit = nearest(cues, q.outerStart);
        if (hit)
          result[qi] = { mention: hit.mention, cue: null, kind: 'paragraph', sameSentence: false };
      }
    }
  }

  // A paragraph opening with an unattributed quote continues the previous speaker, unless the
  // previous paragraph ends by introducing it with a colon ("She went on to say:").
  quotes.forEach((q, qi) => {
    if (result[qi]) return;
    const para = paragraphs[q.firstParagraph] as Span;
    if (!opensParagraph(text, para, q) || q.firstParagraph === 0) return;
    const prevIndex = q.firstParagraph - 1;
    const prevPara = paragraphs[prevIndex] as Span;
    if (endsWithColon(text, prevPara)) {
      const from = sentenceStart(text, prevPara.end - 1, prevPara.start);
      const cues = findCues(text, from, prevPara.end);
      const cue = cues[cues.length - 1];
      const mention = cue ? subjectOf(ctx, cue, from, prevPara.end) : null;
      if (mention && cue) {
        result[qi] = { mention, cue: cue.text, kind: 'previous', sameSentence: false };
        return;
      }
      // "Roe made the following point:" introduces the quote without a cue: its subject speaks.
      const subject = cue ? null : sentenceSubject(text, from, prevPara.end);
      if (subject) {
        result[qi] = { mention: subject, cue: null, kind: 'previous', sameSentence: false };
        return;
      }
    }
    for (let j = qi - 1; j >= 0 && j >= qi - 50; j--) {
      const other = quotes[j] as QuoteMarks;
      if (other.lastParagraph < prevIndex) break;
      const found = result[j];
      if (found) {
        result[qi] = { mention: found.mention, cue: null, kind: 'previous', sameSentence: false };
        return;
      }
    }
  });
  // Last resort: the nearest speaker before the quote, else the subject of the sentence before
  // it. A guess beats no speaker: a quote reported without any source is rare in news.
  let lastFound: Attribution | null = null;
  quotes.forEach((q, qi) => {
    const found = result[qi];
    if (found) {
      lastFound = found;
      return;
    }
    const para = paragraphs[q.firstParagraph] as Span;
    const prevPara = q.firstParagraph > 0 ? (paragraphs[q.firstParagraph - 1] as Span) : null;
    // The sentence before the quote's own: in its paragraph, else the previous paragraph's last.
    const own = sentenceStart(text, q.outerStart, para.start);
    let window: Span | null = null;
    if (own > para.start) window = { start: sentenceStart(text, own - 2, para.start), end: own };
    else if (prevPara)
      window = { start: sentenceStart(text, prevPara.end - 1, prevPara.start), end: prevPara.end };
    const mention =
      window && window.end > window.start ? sentenceSubject(text, window.start, window.end) : null;
    const last = lastFound as Attribution | null;
    // A speaker quoted in this or the previous paragraph most likely goes on speaking.
    // ... unless the sentence before the quote, in its own paragraph, names someone else.
    const recent =
      last !== null &&
      (last.mention.start >= (prevPara ?? para).start || own < q.outerStart - 1) &&
      !(mention && own > para.start && last.mention.start < para.start);
    if (recent && last) result[qi] = { ...last, cue: null, kind: 'nearby', sameSentence: false };
    else if (mention) result[qi] = { mention, cue: null, kind: 'nearby', sameSentence: false };
    else if (last) result[qi] = { ...last, cue: null, kind: 'nearby', sameSentence: false };
  });
  return result;
}

export { tokenize };
