/**
 * Finds the noun phrase that names a speaker next to a speech cue: the subject before it
 * ("Attorney General Ortiz said", "Tim Hale, a spokesman for the ferry line, said", "he
 * said") or after it ("said Ortiz", "according to a senior official"). Hand-written over a
 * small window of words because a tagger per quote would break the extractor's speed floor
 * (compromise takes longer on one window than chrono-node on a whole article); capitalization,
 * pronouns and a few closed word classes are enough to bound a news speaker's mention.
 */
import type { Span } from '../../shared/article.ts';
import { charClass } from './chars.ts';
import { POSSESSIVE_DETERMINERS } from './cues.ts';

export interface Token extends Span {
  text: string;
}

const ABBREVIATED =
  /^(?:\p{Lu}|\p{Lu}\.\p{Lu}.*|Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Rev|St|Jr|Sr|Inc|Corp|Co|Ltd|Prof|Adm|Capt|Maj|Cmdr|Del|Atty|Supt|Pres|U\.S|D\.C)\.$/u;

/** Code units of `&`, `.`, `'`, `’` and `-`: they may stand inside a word ("AT&T", "U.S.", "O'Neil"). */
function insideWord(code: number): boolean {
  return code === 38 || code === 46 || code === 39 || code === 0x2019 || code === 45;
}

/**
 * The words and punctuation marks of `[from, to)`. A word starts with a letter or digit, runs
 * on through letters, digits and `& . ' ’ -` while it ends in a letter, digit or full stop, and
 * keeps a possessive's apostrophe ("voters’"); any other mark that is no space is a token of its
 * own. Hand-written in place of a Unicode pattern: windows are tokenized for every quote.
 */
export function tokenize(text: string, from: number, to: number): Token[] {
  const tokens: Token[] = [];
  let i = from;
  while (i < to) {
    let code = text.codePointAt(i) ?? 0;
    // A pair of surrogates cut by the window's end is read as the lone half inside it.
    if (code > 0xffff && i + 2 > to) code = text.charCodeAt(i);
    const width = code > 0xffff ? 2 : 1;
    const k = charClass(code);
    if (k === 2) {
      i += width;
      continue;
    }
    if (k === 3) {
      tokens.push({ start: i, end: i + width, text: text.slice(i, i + width) });
      i += width;
      continue;
    }
    // The longest run of word characters that ends in a letter, a digit or a full stop.
    let end = i + width;
    for (let j = end; j < to; ) {
      const c = text.codePointAt(j) ?? 0;
      const w = c > 0xffff ? 2 : 1;
      if (j + w > to) break;
      const letter = charClass(c) === 1;
      if (!letter && !insideWord(c)) break;
      j += w;
      if (letter || c === 46) end = j;
    }
    const mark = text.charCodeAt(end);
    if (end < to && (mark === 39 || mark === 0x2019)) {
      end++;
      if (end < to && text.charCodeAt(end) === 115) end++;
    }
    let word = text.slice(i, end);
    // A sentence's full stop is not part of its last word; an initial's or a title's is.
    if (word.length > 1 && word.endsWith('.') && !ABBREVIATED.test(word)) word = word.slice(0, -1);
    tokens.push({ start: i, end: i + word.length, text: word });
    i = end;
  }
  return tokens;
}

export const PRONOUNS = new Set(['he', 'she', 'they', 'i', 'we', 'it', 'you']);

/** Auxiliary and modal verbs: they may stand between a subject and its cue, and end a name. */
const AUXILIARIES = [
  'has',
  'have',
  'had',
  'was',
  'were',
  'is',
  'are',
  'be',
  'been',
  'would',
  'will',
  'could',
  'should',
  'might',
  'may',
  'can',
  'did',
  'does',
  'do',
  'must',
];

const WEEKDAYS = 'monday tuesday wednesday thursday friday saturday sunday'.split(' ');

/** Weekday and month names, lowercased; "May" is left out, being a verb as often as a month. */
const DATE_WORDS = new Set([
  ...WEEKDAYS,
  ...'january february march april june july august september october november december'.split(' '),
]);

/** Words a cue's subject may be separated from it by: auxiliaries, adverbs, time words. */
const SKIPPABLE = new Set([
  ...AUXILIARIES,
  'also',
  'then',
  'later',
  'once',
  'again',
  'previously',
  'recently',
  'repeatedly',
  'reportedly',
  'often',
  'never',
  'just',
  'already',
  'still',
  'even',
  'publicly',
  'privately',
  'simply',
  'himself',
  'herself',
  'themselves',
  'not',
  'famously',
  'first',
  'initially',
  'subsequently',
  'immediately',
  'quickly',
  'last',
  'yesterday',
  'today',
  'tonight',
  'on',
  ...WEEKDAYS,
  'week',
  'month',
  'year',
  'night',
  'morning',
  'afternoon',
  'evening',
  'earlier',
  'this',
  'further',
  'flatly',
  'bluntly',
  'angrily',
  'proudly',
  'told',
  'says',
  'each',
  'both',
  'all',
  'kept',
  'keeps',
  'began',
  'begins',
  'started',
  'starts',
]);

const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'another',
  'one',
  'two',
  'three',
  'four',
  'five',
  'some',
  'many',
  'several',
  ...POSSESSIVE_DETERMINERS,
  'these',
  'those',
  'other',
  'both',
  'most',
  'few',
  'each',
  'every',
  'any',
  'no',
  'all',
  'more',
]);

/** Lowercase words that may sit inside a mention between capitalized or role words. */
const LINKS = new Set([
  'of',
  'for',
  'and',
  'at',
  'de',
  'van',
  'von',
  'la',
  'le',
  'del',
  'da',
  'on',
]);

/** Lowercase words that end a mention when met walking away from the cue. */
const STOPS = new Set([
  ...AUXILIARIES,
  'shall',
  'ought',
  'despite',
  'further',
  'meanwhile',
  'for',
  'of',
  'on',
  'in',
  'at',
  'by',
  'with',
  'from',
  'after',
  'before',
  'during',
  'about',
  'into',
  'over',
  'under',
  'than',
  'since',
  'as',
  'like',
  'through',
  'to',
  'that',
  'which',
  'who',
  'whom',
  'when',
  'while',
  'but',
  'or',
  'so',
  'because',
  'if',
  'where',
  'what',
  'why',
  'how',
  'and',
  'there',
  'here',
  'not',
  'also',
  'said',
  'says',
  'say',
  'told',
  'tells',
  'then',
  'now',
  'however',
  'though',
  'although',
  'yet',
  'just',
  'it',
  'this',
  'him',
  'them',
  'me',
  'us',
  'against',
  'up',
  'out',
  'off',
  'until',
  'upon',
  'via',
  'per',
  'whether',
  'even',
  'only',
  'very',
  'too',
  'all',
  'once',
  'later',
  'instead',
  'ago',
  'again',
  'already',
  'still',
  'ever',
  'never',
  'both',
  'either',
  'neither',
  'such',
  'each',
  'same',
  'well',
  'back',
  'being',
  'having',
  'got',
  'get',
  'gets',
  'made',
  'make',
  'makes',
  'went',
  'go',
  'goes',
  'came',
  'come',
  'comes',
  'took',
  'take',
  'takes',
  'gave',
  'give',
  'gives',
  'put',
  'puts',
  'let',
  'lets',
  'think',
  'thinks',
  'thought',
  'know',
  'knows',
  'knew',
  'want',
  'wants',
  'wanted',
  'need',
  'needs',
  'seemed',
  'seems',
]);

const CAPITALIZED = /^[\p{Lu}\p{N}]/u;

/** Words that label a caption or a link ("Watch:", "Read more"), yet may end a body's name. */
const CAPTION_WORDS = new Set(['Watch', 'Video', 'Update', 'Note', 'Related']);

/** Capitalized words that open a sentence or clause but never a speaker's name. */
const FUNCTION_WORDS = new Set([
  ...STOPS,
  'meanwhile',
  'despite',
  'further',
  'furthermore',
  'moreover',
  'still',
  'yet',
  'instead',
  'asked',
  'speaking',
  'later',
  'earlier',
  'finally',
  'first',
  'second',
  'third',
  'last',
  ...DATE_WORDS,
  'indeed',
  'given',
  'unless',
  'whatever',
  'whenever',
  'contrary',
  'in',
  'on',
  'at',
  'for',
  'of',
  'then',
  'also',
  'must',
  'should',
  'shall',
  'editor',
  'update',
  'correction',
  'photo',
  'video',
  'related',
  'read',
  'watch',
]);

function isCapitalized(t: Token): boolean {
  // Most tokens open on an ASCII character: its code tells a capital or a digit.
  const c = t.text.charCodeAt(0);
  const opens = c < 128 ? (c >= 65 && c <= 90) || (c >= 48 && c <= 57) : CAPITALIZED.test(t.text);
  return opens && !FUNCTION_WORDS.has(lower(t));
}

/** Whether the token opens on a letter or a digit (a word, not a mark). */
function isWord(t: Token): boolean {
  return charClass(t.text.codePointAt(0) ?? 0) === 1;
}

/** The token lowercased without a possessive's apostrophe ("voters’", "Roe's"). */
function lower(t: Token): string {
  const w = t.text.toLowerCase();
  const last = w.charCodeAt(w.length - 1);
  if (last === 39 || last === 0x2019) return w.slice(0, -1);
  const mark = w.charCodeAt(w.length - 2);
  if (last === 115 && (mark === 39 || mark === 0x2019)) return w.slice(0, -2);
  return w;
}

/** A lowercase word that can head or sit in a speaker's noun phrase ("spokesman", "official"). */
function nounish(t: Token): boolean {
  const w = t.text.toLowerCase();
  if (!/^\p{Ll}/u.test(t.text)) return false;
  if (STOPS.has(w) || SKIPPABLE.has(w)) return false;
  // Past tenses, participles and adverbs end a noun phrase; short words ("red", "king") do not.
  return w.length <= 4 || !/(?:ed|ing|ly)$/.test(w);
}

/**
 * Walks left from token `end` (inclusive) over a noun phrase and returns its span, or null when
 * the token there cannot end a speaker's mention.
 */
function phraseEndingAt(tokens: Token[], end: number): Span | null {
  // "Rep. Jane Roe (R-Ohio), a member of the panel, said": a party and state in parentheses
  // closes the mention; the name before it is the head.
  if (tokens[end]?.text === ')') {
    let open = end - 1;
    while (open >= 0 && end - open <= 6 && (tokens[open] as Token).text !== '(') open--;
    if (open >= 1 && (tokens[open] as Token).text === '(') {
      const inner = phraseEndingAt(tokens, open - 1);
      const close = tokens[end] as Token;
      return inner ? { start: inner.start, end: close.end } : null;
    }
  }
  const head = tokens[end];
  if (!head || !isWord(head)) return null;
  if (isPronoun(head.text)) {
    return { start: head.start, end: head.end };
  }
  // "Harbor Watch", "Tenant Rights Watch": a caption word after a capitalized word ends a name.
  const captionInName =
    CAPTION_WORDS.has(head.text) && end > 0 && isCapitalized(tokens[end - 1] as Token);
  if (!isCapitalized(head) && !nounish(head) && !NAME_AUXILIARIES.has(head.text) && !captionInName)
    return null;
  // A year or a count is no speaker ("in 1999 said" is a date before a cue), but an age is
  // ("the 43-year-old said").
  if (/^\p{N}/u.test(head.text) && !/^\d+-year-old$/.test(head.text)) return null;
  let first = end;
  for (let i = end - 1; i >= 0 && end - i < 14; i--) {
    const t = tokens[i] as Token;
    const w = t.text.toLowerCase();
    if (!isWord(t)) {
      // Hyphenated parts and a possessive's apostrophe are inside the phrase; other
      // punctuation ends it, except a parenthesis holding a party and state ("(R-Ind.)").
      if (t.text === ')' || t.text === '(') break;
      break;
    }
    if (DETERMINERS.has(w)) {
      first = i;
      break;
    }
    if (isCapitalized(t)) {
      first = i;
      continue;
    }
    if (LINKS.has(w)) {
      const prev = tokens[i - 1];
      if (prev && isWord(prev) && (isCapitalized(prev) || nounish(prev)) && w !== 'and') continue;
      if (w === 'and' && prev && isCapitalized(prev) && isCapitalized(tokens[i + 1] as Token))
        continue;
      break;
    }
    if (nounish(t) && !PRONOUNS.has(w)) {
      first = i;
      continue;
    }
    break;
  }
  const start = tokens[first] as Token;
  return { start: start.start, end: head.end };
}

const RELATIVES = new Set(['who', 'which', 'that']);

export function isRelative(mention: string): boolean {
  return RELATIVES.has(mention);
}

/** The noun phrase a relative pronoun at `at` refers to ("Jane Roe, who ..."), on its line. */
export function antecedentOf(text: string, at: number): Span | null {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const tokens = tokenize(text, Math.max(lineStart, at - 200), at);
  let e = tokens.length - 1;
  if (tokens[e]?.text === ',') e--;
  return phraseEndingAt(tokens, e);
}

const ADVERBIAL_PREPOSITIONS = new Set(['in', 'at', 'on', 'during', 'over', 'since', 'until']);

const CONJUNCTIONS = new Set(['and', 'or', 'but']);

/** Prepositions before a hometown or a seat in an appositive ("a nurse from Ames, Iowa,"). */
const PLACE_OF = new Set(['from', 'of', 'in']);

/** Whether the comma at `k` separates the thousands of a number ("2,000"). */
function inNumber(tokens: Token[], k: number): boolean {
  const before = tokens[k - 1];
  const after = tokens[k + 1];
  const comma = tokens[k] as Token;
  return (
    before !== undefined &&
    after !== undefined &&
    before.end === comma.start &&
    after.start === comma.end &&
    /\d$/.test(before.text) &&
    /^\d/.test(after.text)
  );
}

/** The index of the token starting at `start` (tokens in text order), or -1. */
function tokenIndexAt(tokens: Token[], start: number): number {
  for (let k = tokens.length - 1; k >= 0; k--) if ((tokens[k] as Token).start === start) return k;
  return -1;
}

/** The index of the last token at or before `e` that is no auxiliary, adverb or time word. */
function skipBack(tokens: Token[], e: number): number {
  let k = e;
  while (k >= 0) {
    const t = tokens[k] as Token;
    // "Will wrote", "May said": a modal never stands right before a cue's past tense, so a
    // capitalized one there is a name.
    if (k === e && NAME_AUXILIARIES.has(t.text)) break;
    if (SKIPPABLE.has(t.text.toLowerCase()) || /^\p{Ll}+ly$/u.test(t.text)) k--;
    else break;
  }
  return k;
}

/** The subject of a cue that stands before it in `[from, cueStart)`. */
export function subjectBefore(text: string, from: number, cueStart: number): Span | null {
  // A mention with its appositive spans a few dozen words at most: a long sentence's head is
  // not read (a window starting mid-word only cuts a word far from the cue).
  const tokens = tokenize(text, Math.max(from, cueStart - 300), cueStart);
  let e = skipBack(tokens, tokens.length - 1);
  // "Ruiz at the time said", "who has at times described": a short lowercase phrase after
  // a preposition stands between the subject and its cue.
  for (let k = e, steps = 0; k >= 1 && steps < 4; k--, steps++) {
    const t = tokens[k] as Token;
    // "who in 2010 said", "Ortiz in March said": a year or a month belongs to the phrase.
    if (
      !/^(?:\p{Ll}|\d{1,4}$|(?:January|February|March|April|May|June|July|August|September|October|November|December)$)/u.test(
        t.text,
      )
    )
      break;
    // "letters in which she called": a pronoun before the cue is its subject, not a time phrase.
    if (PRONOUNS.has(t.text) || RELATIVES.has(t.text)) break;
    // "praised her stance on trade and said": a conjunction closes another verb's phrase, whose
    // object is no subject of the cue.
    if (CONJUNCTIONS.has(t.text)) break;
    if (ADVERBIAL_PREPOSITIONS.has(t.text) && k < e) {
      e = skipBack(tokens, k - 1);
      break;
    }
  }
  const last = tokens[e];
  if (!last) return null;
  // "the senator, who called the plan “a gimmick”": the relative pronoun is the mention; its
  // antecedent gives the name.
  if (RELATIVES.has(last.text)) return { start: last.start, end: last.end };
  // "Gov. Jane Roe (R-Ohio), said": a stray comma after the party and state.
  if (last.text === ',' && tokens[e - 1]?.text === ')') {
    const named = phraseEndingAt(tokens, e - 1);
    if (named) return named;
  }
  if (last.text === ',' || last.text === '—' || last.text === ')') {
    // An appositive between the subject and its cue: "Hale, a spokesman for the ferry line, said".
    const close = last.text === ')' ? '(' : last.text;
    let open = e - 1;
    while (open >= 0 && ((tokens[open] as Token).text !== close || inNumber(tokens, open))) open--;
    if (open < 0 || e - open > 25) return null;
    // "Ruiz, whose hometown, Dayton, is flooding, said": a "who" or "whose" clause with commas
    // of its own opens the appositive at its comma, after the name.
    if (last.text === ',') {
      for (let w = open - 1; w >= 1 && e - w <= 40; w--) {
        const t = tokens[w] as Token;
        if (t.text === ';' || t.text === '—') break;
        if ((t.text === 'who' || t.text === 'whose') && tokens[w - 1]?.text === ',') {
          const person = phraseEndingAt(tokens, w - 2);
          if (!person || !isCapitalized(tokens[w - 2] as Token)) break;
          // "Roe, who, after the vote, said": as in "Roe, who said", the relative pronoun is
          // the subject's mention (its antecedent gives the name); "whose" is no subject.
          return t.text === 'who' ? { start: t.start, end: t.end } : person;
        }
      }
    }
    const inner = tokens.slice(open + 1, e);
    if (inner.length === 0) return null;
    const role = phraseEndingAt(tokens, open - 1);
    // "Jo Hale, a baker from Ogden, Utah, said": a place after a preposition and
    // the state after its comma end an appositive that opened at an earlier comma.
    const placeBefore = role ? tokens[tokenIndexAt(tokens, role.start) - 1] : undefined;
    if (last.text === ',' && placeBefore && PLACE_OF.has(placeBefore.text)) {
      let outer = open - 1;
      while (outer >= 0 && (tokens[outer] as Token).text !== ',') outer--;
      // "Nina Park, 31, of Salem, Ore., said": an age in commas stands before the place.
      if (outer > 1 && /^\d{1,3}$/.test((tokens[outer - 1] as Token).text)) {
        outer -= 2;
        while (outer >= 0 && (tokens[outer] as Token).text !== ',') outer--;
      }
      const person = outer > 0 && e - outer <= 25 ? phraseEndingAt(tokens, outer - 1) : null;
      if (person) return person;
    }
    // "the company's president, Lars Nyman, said": the name in commas completes the mention.
    if (inner.length <= 4 && inner.every((t) => isCapitalized(t) && isWord(t))) {
      const name = last.text === ')' ? last : (inner[inner.length - 1] as Token);
      return { start: role ? role.start : (inner[0] as Token).start, end: name.end };
    }
    return role;
  }
  const phrase = phraseEndingAt(tokens, e);
  // "a staffer who was not authorized to describe negotiations said": a phrase after "to" is the
  // infinitive's object; the subject is the noun the relative clause hangs from.
  if (phrase) {
    const at = tokenIndexAt(tokens, phrase.start);
    if (tokens[at - 1]?.text === 'to') {
      for (let w = at - 2; w >= 1 && at - w <= 12; w--) {
        const t = tokens[w] as Token;
        if (!isWord(t)) break;
        if (t.text === 'who') {
          const head = phraseEndingAt(tokens, w - 1);
          if (head) return head;
          break;
        }
      }
    }
  }
  // "Fans marching through the square chanted": the noun after a participle's preposition is
  // a place; the subject is the noun phrase the participle modifies.
  if (phrase) {
    let k = e;
    while (k >= 0 && (tokens[k] as Token).start > phrase.start) k--;
    const prep = tokens[k - 1];
    const verb = tokens[k - 2];
    if (
      prep &&
      verb &&
      PLACE_PREPOSITIONS.has(prep.text) &&
      /^\p{Ll}{3,}ing$/u.test(verb.text) &&
      !CUE_PARTICIPLES.test(verb.text)
    ) {
      const head = phraseEndingAt(tokens, k - 3);
      if (head) return head;
    }
  }
  return phrase;
}

const PLACE_PREPOSITIONS = new Set(
  'through in at on outside near across along around into from toward towards past behind inside'.split(
    ' ',
  ),
);

/** Participles that report speech themselves ("speaking at the rally"): their noun is no place. */
const CUE_PARTICIPLES = /^(?:speaking|talking|writing|testifying|commenting|posting|tweeting)$/;

/** Capitalized words read as function words that are first names before a surname. */
const NAME_AUXILIARIES = new Set(['Will', 'May', 'June', 'April', 'August']);

/** The subject of a cue that stands after it in `[cueEnd, to)`: "said Ortiz", "according to X". */
export function subjectAfter(text: string, cueEnd: number, to: number): Span | null {
  const tokens = tokenize(text, cueEnd, Math.min(to, cueEnd + 150));
  let i = 0;
  const first = tokens[0];
  if (!first || !isWord(first)) return null;
  if (PRONOUNS.has(first.text.toLowerCase())) return { start: first.start, end: first.end };
  let last = -1;
  for (; i < tokens.length && i < 14; i++) {
    const t = tokens[i] as Token;
    const w = t.text.toLowerCase();
    if (!isWord(t)) break;
    if (i === 0 && DETERMINERS.has(w)) continue;
    // "said retired Gen. Jane Roe", "said the printed Cruz card", "said retired surgeon Jo
    // Hale": a participle before a name, or before the role noun of a name, modifies it.
    const following = tokens[i + 1];
    const opening =
      i === 0 || (i === 1 && DETERMINERS.has((tokens[0] as Token).text.toLowerCase()));
    if (
      opening &&
      /^\p{Ll}{3,}ed$/u.test(t.text) &&
      following &&
      (isCapitalized(following) || (nounish(following) && isCapitalized(tokens[i + 2] ?? t)))
    )
      continue;
    // "said Will Doyle": an auxiliary that is also a first name, before a capitalized word.
    if (NAME_AUXILIARIES.has(t.text) && following && isCapitalized(following)) {
      last = i;
      continue;
    }
    // "a Wednesday editorial", "the June report": a day or a month modifies the noun after it.
    if (i > 0 && DATE_WORDS.has(w) && isWord(tokens[i + 1] ?? t) && i + 1 < tokens.length) continue;
    if (isCapitalized(t)) {
      last = i;
      continue;
    }
    // After a name, a lowercase word in -s is its verb ("Blige sings"), not part of it,
    // unless it is a speaker's head ("the Clinton officials").
    const prev = tokens[i - 1];
    const afterName = prev !== undefined && isCapitalized(prev);
    const verbLike = afterName && /[^s]s$/.test(w) && !SPEAKER_HEADS.has(w.replace(/s$/, ''));
    if (nounish(t) && !DETERMINERS.has(w) && !verbLike) {
      last = i;
      continue;
    }
    if (LINKS.has(w) && w !== 'and' && w !== 'on') continue;
    break;
  }
  if (last < 0) return null;
  return { start: first.start, end: (tokens[last] as Token).end };
}

export function isPronoun(mention: string): boolean {
  // The longest pronoun with a contraction ("they’re", "she’ll") has seven characters.
  if (mention.length > 7) return false;
  const lowered = mention.toLowerCase();
  if (PRONOUNS.has(lowered)) return true;
  // "he’d", "she’ll", "they’re": a contracted pronoun is still the pronoun.
  if (!lowered.includes("'") && !lowered.includes('’')) return false;
  return PRONOUNS.has(lowered.replace(/['’](?:d|ll|s|re|ve|m)$/, ''));
}

export { lower };

/** Heads of common-noun mentions that can speak: people, bodies, and documents that "say". */
const SPEAKER_HEADS = new Set([
  'official',
  'source',
  'aide',
  'staff',
  'people',
  'group',
  'campaign',
  'committee',
  'court',
  'report',
  'statement',
  'poll',
  'survey',
  'study',
  'analysis',
  'letter',
  'memo',
  'document',
  'paper',
  'article',
  'editorial',
  'piece',
  'post',
  'tweet',
  'website',
  'site',
  'agency',
  'department',
  'office',
  'administration',
  'government',
  'police',
  'party',
  'board',
  'panel',
  'council',
  'company',
  'firm',
  'organization',
  'union',
  'network',
  'crowd',
  'audience',
  'family',
  'team',
  'staffer',
  'spokesperson',
  'chief',
  'head',
  'friend',
  'wife',
  'husband',
  'son',
  'daughter',
  'mother',
  'father',
  'brother',
  'sister',
  'president',
  'governor',
  'senator',
  'candidate',
  'nominee',
  'judge',
  'justice',
  'doctor',
  'expert',
  'analyst',
  'attorney',
  'lawyer',
  'prosecutor',
  'witness',
  'victim',
  'student',
  'resident',
  'voter',
  'critic',
  'supporter',
  'advocate',
  'lawmaker',
  'democrat',
  'republican',
  'conservative',
  'liberal',
  'activist',
  'host',
  'anchor',
  'reporter',
  'journalist',
  'columnist',
  'editor',
  'author',
  'writer',
  'ad',
  'video',
  'message',
  'email',
  'filing',
  'complaint',
  'lawsuit',
  'ruling',
  'decision',
  'opinion',
  'order',
  'brief',
  'release',
  'announcement',
  'sign',
  'banner',
  'website',
  'blog',
  'book',
  'release',
  'transcript',
  'caller',
  'commenter',
  'user',
  'fan',
  'member',
  'leader',
  'chair',
  'chairman',
  'secretary',
  'director',
  'manager',
  'adviser',
  'advisor',
  'strategist',
  'pollster',
  'consultant',
  'economist',
  'professor',
  'researcher',
  'scientist',
  'officer',
  'sheriff',
  'mayor',
  'minister',
  'ambassador',
  'spokesman',
  'spokeswoman',
  'everyone',
  'someone',
  'nobody',
  'many',
  'some',
  'others',
  'most',
  'both',
  'lady',
  'delegate',
  'rival',
  'hopeful',
  'colleague',
  'pope',
  'bishop',
  'priest',
  'rabbi',
  'cleric',
  'mogul',
  'billionaire',
  'veteran',
  'nurse',
  'spouse',
  'parent',
  'child',
  'children',
  'suit',
  'indictment',
  'resolution',
  'headline',
  'caption',
  'petition',
  'flier',
  'flyer',
  'mailer',
  'platform',
  'manifesto',
  'draft',
  'contract',
  'clause',
  'passage',
  'script',
]);

/**
 * Whether a mention found without a cue looks like someone who can speak: a pronoun, a name, or
 * a noun phrase headed by a person, a body or a document ("the official", "the ruling").
 */
export function speakerLike(text: string, span: Span): boolean {
  const tokens = tokenize(text, span.start, span.end).filter(isWord);
  const head = tokens[tokens.length - 1];
  if (!head) return false;
  const first = tokens[0] as Token;
  // "speaking", "reportedly" alone are no speaker, but "King" or "Manning" is a name.
  if (tokens.length === 1 && !isCapitalized(first) && /(?:ing|ly)$/i.test(first.text)) return false;
  if (PRONOUNS.has(head.text.toLowerCase())) return true;
  if (tokens.some((t) => isCapitalized(t))) return true;
  // "the former chairman of the board": the head is the noun before "of".
  const of = tokens.findIndex((t, i) => i > 0 && (t.text === 'of' || t.text === 'for'));
  const ofHead = of > 0 ? lower(tokens[of - 1] as Token).replace(/s$/, '') : '';
  if (ofHead && SPEAKER_HEADS.has(ofHead)) return true;
  const word = lower(head).replace(/s$/, '');
  return (
    SPEAKER_HEADS.has(word) ||
    SPEAKER_HEADS.has(lower(head)) ||
    /(?:er|or|ist|ian|man|woman|men|women|ant|ent)$/.test(word)
  );
}

/** Whether a common-noun mention's head is a known speaker ("the nominee", "a doctor"). */
export function knownSpeakerHead(text: string, span: Span): boolean {
  const tokens = tokenize(text, span.start, span.end).filter(isWord);
  const head = tokens[tokens.length - 1];
  if (!head) return false;
  const word = lower(head);
  return SPEAKER_HEADS.has(word) || SPEAKER_HEADS.has(word.replace(/s$/, ''));
}
