/**
 * Resolves a speaker's mention to a name: the person name inside the mention without title or
 * role ("Director of the Port Authority Lena Voss" → "Lena Voss"), widened to
 * the fullest form the article uses ("Ortiz" → "Maria Ortiz") so one person's quotes group
 * together, and pronouns ("he", "she") resolved to the most recent compatible person.
 * First names and their gender come from compromise's lexicon, looked up word by word (running
 * its tagger over the article would break the extractor's speed floor).
 */
import nlp from 'compromise';
import type { Span } from '../../shared/article.ts';
import { partitionPoint } from '../../shared/spans.ts';
import { charClass } from './chars.ts';

type Gender = 'male' | 'female' | 'unknown';

const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one
  .lexicon;

const genders = new Map<string, Gender | null>();

function firstNameGender(word: string): Gender | null {
  const known = genders.get(word);
  if (known !== undefined) return known;
  const gender = lookUpGender(word);
  // The lexicon is fixed: remember answers, but do not let odd input grow the cache forever.
  if (genders.size < 50_000) genders.set(word, gender);
  return gender;
}

function lookUpGender(word: string): Gender | null {
  const tag = lexicon[word.toLowerCase()];
  const tags = Array.isArray(tag) ? tag : tag ? [tag] : [];
  if (tags.includes('MaleName')) return 'male';
  if (tags.includes('FemaleName')) return 'female';
  if (tags.includes('FirstName')) return 'unknown';
  return null;
}

/** Titles and roles that precede a name but are not part of it. */
const TITLES = new Set(
  (
    'president vice attorney general director secretary sen senator rep representative gov ' +
    'governor mayor mr mrs ms miss dr speaker chairman chairwoman chair judge justice chief ' +
    'former lt col gen adm sgt pastor rev rabbi father prime minister ambassador commissioner ' +
    'sheriff officer detective lieutenant captain professor prof nominee candidate leader ' +
    'majority minority house senate white press deputy assistant acting executive campaign ' +
    'manager spokesman spokeswoman spokesperson founder ceo u.s. us republican democratic ' +
    'democrat gop presidential the a an sir lady lord queen king prince first state national ' +
    'counsel adviser advisor aide strategist analyst pollster host anchor correspondent ' +
    'editor reporter columnist chairperson commander coach council councilman councilwoman ' +
    'congressman congresswoman delegate superintendent treasurer comptroller auditor ' +
    'vice-president president-elect nominee-elect candidate-elect running mate'
  ).split(' '),
);

const LINK_WORDS = new Set(['of', 'for', 'and', 'to', 'at', 'on']);

const INITIALS = /^(?:\p{Lu}\.)+$/u;

/** Words a headline leaves in lowercase. */
const HEADLINE_SMALL_WORDS = new Set(
  'a an the and or but nor of in on at to for by with from as vs via per s t'.split(' '),
);

function bare(word: string): string {
  // Most words end in none of these: skip the replacements for them (names are looked up often).
  const last = word.charCodeAt(word.length - 1);
  if (last !== 46 && last !== 115 && last !== 39 && last !== 0x2019) return word;
  // An initial keeps its full stop ("J.", "H.W."): only a sentence's is dropped.
  if (last === 46 && INITIALS.test(word)) return word;
  return word.replace(/['’]s?$/, '').replace(/\.$/, '');
}

function isTitle(word: string): boolean {
  return TITLES.has(bare(word).toLowerCase());
}

const CAPITAL_FIRST = /^\p{Lu}/u;

function capitalized(word: string): boolean {
  const c = word.charCodeAt(0);
  // A letter past the first 65,536 code points comes as a surrogate pair: the pattern reads it.
  if (c >= 0xd800 && c <= 0xdfff) return CAPITAL_FIRST.test(word);
  return letterClass(c) === 1;
}

/** Lowercase particles inside personal names ("Bill de Blasio", "Ludwig van Beethoven"). */
const PARTICLES = new Set([
  'de',
  'da',
  'di',
  'del',
  'della',
  'van',
  'von',
  'der',
  'den',
  'la',
  'le',
  'bin',
  'al',
  'ibn',
  'dos',
  'du',
]);

/** Lowercase words that join the parts of an organization's name. */
const ORG_LINKS = new Set(['of', 'for', 'and', 'on', 'the', '&']);

/**
 * `read` with its answers kept: an article names its speakers and people many times over. The
 * keys are short, and the cache starts afresh past 10,000 of them, so it never grows unbounded.
 */
function remembered<A, V>(keyOf: (arg: A) => string, read: (arg: A) => V): (arg: A) => V {
  const known = new Map<string, V>();
  return (arg) => {
    const key = keyOf(arg);
    const hit = known.get(key);
    if (hit !== undefined) return hit;
    const value = read(arg);
    if (known.size >= 10_000) known.clear();
    known.set(key, value);
    return value;
  };
}

/** The person (or organization) name inside a speaker mention, or the mention itself. */
export const nameInMention: (mention: string) => string = remembered(
  (mention: string) => mention,
  readNameInMention,
);

function readNameInMention(mention: string): string {
  // A party and state in parentheses ("(R-Utah)") or after a comma (", D-Ore.,"), or an age
  // (", 52,"), is not part of the name.
  let words = mention
    .replace(/\([^)]*\)?/g, ' ')
    .replace(/,\s*(?:\d{1,3}|[RDI]-\p{Lu}[\p{L}.]*)\s*,?\s*$/u, ' ')
    .split(/\s+/)
    .filter(Boolean);
  // "one Democratic source", "the New York businessman": a role, not a name.
  if (!capitalized(words[words.length - 1] ?? '')) return mention.trim();
  // "Mayor Ana Pereira’s spokesman Tim Hale": the speaker is who follows the possessive.
  const lastPossessive = words.findLastIndex((w, i) => /['’]s$/.test(w) && i < words.length - 1);
  if (lastPossessive >= 0) words = words.slice(lastPossessive + 1);
  words = words.map((w) => w.replace(/^[(]|[),]$/g, '')).filter(Boolean);
  if (!words.some(capitalized)) return mention.trim();
  // "spokesman for Mayor Ana Pereira": the speaker is the role, not the person after "for".
  let tail = words.length;
  while (tail > 0 && (capitalized(words[tail - 1] ?? '') || PARTICLES.has(words[tail - 1] ?? '')))
    tail--;
  const link = words[tail - 1];
  if (
    tail >= 2 &&
    link &&
    LINK_WORDS.has(link.toLowerCase()) &&
    !capitalized(words[tail - 2] ?? '')
  ) {
    if (firstNameGender(bare(words[tail] ?? '')) === null || !isTitle(words[tail - 2] ?? '')) {
      return mention.trim();
    }
  }
  // Capitalized runs (particles kept inside); the person is the last run with a first name
  // ("Rep. Linda Moss of Ohio" → "Linda Moss").
  const runs: string[][] = [];
  let current: string[] = [];
  for (const w of words) {
    if (capitalized(w) || (current.length > 0 && PARTICLES.has(w))) current.push(w);
    else {
      if (current.length > 0) runs.push(current);
      current = [];
    }
  }
  if (current.length > 0) runs.push(current);
  const trimTitles = (run: string[]): string[] => {
    let r = afterLastOffice(run);
    while (r.length > 1 && isTitle(r[0] ?? '')) r = r.slice(1);
    return r;
  };
  for (let k = runs.length - 1; k >= 0; k--) {
    const run = trimTitles(runs[k] as string[]);
    const first = run.findIndex((w) => firstNameGender(bare(w)) !== null);
    if (first >= 0 && first < run.length - 1) {
      const person = run.slice(first);
      return person.map((w, i) => (i === person.length - 1 ? bare(w) : w)).join(' ');
    }
  }
  // No first name: a surname after a title ("Attorney General Ortiz"), or an organization
  // whose name is joined by "of" or "and" ("the Association of School Nurses").
  const lastRun = trimTitles(runs[runs.length - 1] ?? []);
  const endIndex = words.lastIndexOf(runs[runs.length - 1]?.at(-1) ?? '');
  let startIndex = endIndex;
  while (startIndex > 0) {
    const prev = words[startIndex - 1] ?? '';
    if (capitalized(prev) || PARTICLES.has(prev)) startIndex--;
    else if (
      ORG_LINKS.has(prev.toLowerCase()) &&
      startIndex >= 2 &&
      capitalized(words[startIndex - 2] ?? '')
    ) {
      startIndex -= 2;
    } else break;
  }
  const span = trimTitles(words.slice(startIndex, endIndex + 1));
  const chosen =
    span.length > lastRun.length && span.some((w) => ORG_LINKS.has(w.toLowerCase()))
      ? span
      : lastRun;
  return chosen.map((w, i) => (i === chosen.length - 1 ? bare(w) : w)).join(' ');
}

/**
 * Offices that stand right before a holder's name, so that whatever comes before them qualifies
 * the office ("Charlotte Mayor", "Committee Chairman", "Education Secretary"), not the person.
 * Words that are also surnames ("Judge", "Justice", "King") are left out.
 */
const OFFICES = new Set(
  (
    'president vice-president president-elect premier chancellor secretary chairman chairwoman ' +
    'chairperson mayor governor gov senator sen representative rep congressman congresswoman ' +
    'councilman councilwoman director minister ambassador commissioner sheriff superintendent ' +
    'treasurer spokesman spokeswoman spokesperson admiral adm'
  ).split(' '),
);

/** The words after the last office in a run ("Savannah Mayor Grace Whitley" → "Grace Whitley"). */
function afterLastOffice(run: string[]): string[] {
  for (let i = run.length - 2; i >= 0; i--) {
    if (OFFICES.has(bare(run[i] ?? '').toLowerCase())) return run.slice(i + 1);
  }
  return run;
}

/** A run of capitalized words cut to the person's name: no titles, from the first name on. */
const personRun: (words: string[]) => readonly string[] = remembered(
  (words: string[]) => words.join(' '),
  cutPersonRun,
);

function cutPersonRun(words: string[]): string[] {
  let run = afterLastOffice(words.map(bare));
  while (run.length > 0 && isTitle(run[0] ?? '')) run = run.slice(1);
  const first = run.findIndex((w) => firstNameGender(w) !== null);
  if (first >= 0 && first < run.length - 1) run = run.slice(first);
  return run;
}

export interface PersonMention extends Span {
  name: string;
  gender: Gender;
}

/** Character classes, looked up once per code unit: 1 capital letter, 2 other letter, 3 not. */
const LETTER_CLASS = new Uint8Array(65536);
const CAPITAL = /\p{Lu}/u;
const LETTER = /\p{L}/u;

function letterClass(c: number): number {
  let k = LETTER_CLASS[c] ?? 3;
  if (k === 0) {
    const ch = String.fromCharCode(c);
    k = CAPITAL.test(ch) ? 1 : LETTER.test(ch) ? 2 : 3;
    LETTER_CLASS[c] = k;
  }
  return k;
}

const LETTER_OR_DIGIT_LAST = /[\p{L}\p{N}]$/u;

/** Whether a word ends in a letter or a digit (a surrogate pair is left to the pattern). */
function endsInLetterOrDigit(w: string): boolean {
  const c = w.charCodeAt(w.length - 1);
  if (c >= 0xdc00 && c <= 0xdfff) return LETTER_OR_DIGIT_LAST.test(w);
  return wordCode(c);
}

/** Whether a code unit is a letter or a digit; false past either end of the text (NaN). */
function wordCode(c: number): boolean {
  return !Number.isNaN(c) && charClass(c) === 1;
}

function spaceCode(c: number): boolean {
  return !Number.isNaN(c) && charClass(c) === 2;
}

/** Just past a capitalized word's letters, apostrophes and hyphens from `i`. */
function wordTail(text: string, i: number): number {
  let j = i;
  while (j < text.length) {
    const c = text.charCodeAt(j);
    if (c === 39 || c === 0x2019 || c === 45 || letterClass(c) !== 3) j++;
    else break;
  }
  return j;
}

const HONORIFICS = new Set(
  'Mr Mrs Ms Dr Sen Sens Rep Reps Gov Gen Lt Col Sgt Capt Adm Maj Cmdr Rev Prof Pres Atty Supt Del St'.split(
    ' ',
  ),
);

/**
 * The run of capitalized words on one line starting at `at` ("Sen. Jane Q. Roe"), or null when
 * no capital starts there. Hand-written in place of a Unicode pattern run over the whole
 * article: it reads each character once and cuts no string for the many one-word runs.
 */
function capitalizedRun(
  text: string,
  at: number,
): { start: number; end: number; several: boolean } | null {
  if (letterClass(text.charCodeAt(at)) !== 1) return null;
  let end = wordTail(text, at + 1);
  let several = false;
  // "Mr. Smith": an honorific's full stop stays inside the run when a name follows.
  if (text.charCodeAt(end) === 46 && HONORIFICS.has(text.slice(at, end))) {
    let k = end + 1;
    while (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9) k++;
    if (k > end + 1 && letterClass(text.charCodeAt(k)) === 1) {
      end = wordTail(text, k + 1);
      several = true;
    }
  }
  for (;;) {
    let k = end;
    while (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9) k++;
    if (k === end || letterClass(text.charCodeAt(k)) !== 1) return { start: at, end, several };
    // An initial ("Q.") or a whole word.
    end = text.charCodeAt(k + 1) === 46 ? k + 2 : wordTail(text, k + 1);
    several = true;
  }
}

/**
 * Name forms the article uses, for widening a short name to its fullest form, and the persons
 * it names, for resolving pronouns. Both are computed on demand: forms by looking up each
 * surname asked for, persons by reading back from a pronoun to the nearest fitting name.
 */
export class NameIndex {
  private readonly text: string;
  private readonly forms = new Map<string, Map<string, number>>();
  private readonly fullestForms = new Map<string, string>();
  /** Whether each line read so far is a headline, by the line's start. */
  private readonly headlines = new Map<number, boolean>();
  /** The persons of each line read so far, by the line's start, and how far it was read. */
  private readonly lines = new Map<number, { persons: PersonMention[]; upTo: number }>();
  /** Where the article's line breaks stand, once a pronoun asks. */
  private breaks: number[] | null = null;

  constructor(text: string) {
    this.text = text;
  }

  /**
   * The person named last before `pos` (not before `floor`) whose gender does not clash with
   * `gender`, or null. The article is read backwards line by line from `pos`, and no further
   * than a few thousand characters: a pronoun's antecedent is near. A run of names never
   * crosses a line, so each line's persons are found once, as far as asked, and kept for the
   * next pronoun; a search in a long line costs a binary search, not a pass over its persons.
   */
  lastPersonBefore(pos: number, floor: number, gender: Gender | null): PersonMention | null {
    const limit = Math.max(floor, pos - 12_000);
    for (let end = pos; end > limit; ) {
      const line = this.lineAt(end - 1);
      const found = this.personsBefore(line, end);
      // From the last person starting before `end`, backwards.
      const lo = partitionPoint(found.length, (i) => (found[i] as PersonMention).start < end);
      for (let k = lo - 1; k >= 0; k--) {
        const person = found[k] as PersonMention;
        if (person.start < limit) return null;
        if (!gender || person.gender === 'unknown' || person.gender === gender) return person;
      }
      end = line.start - 1;
    }
    return null;
  }

  /** The line holding `pos`, found by a binary search over the article's line breaks. */
  private lineAt(pos: number): Span {
    if (!this.breaks) {
      this.breaks = [];
      for (let i = this.text.indexOf('\n'); i >= 0; i = this.text.indexOf('\n', i + 1)) {
        this.breaks.push(i);
      }
    }
    const breaks = this.breaks;
    const lo = partitionPoint(breaks.length, (i) => (breaks[i] as number) < pos);
    const start = lo > 0 ? (breaks[lo - 1] as number) + 1 : 0;
    return { start, end: breaks[lo] ?? this.text.length };
  }

  /** The persons of a line whose runs start before `end` (and maybe some after), in order. */
  private personsBefore(line: Span, end: number): PersonMention[] {
    let read = this.lines.get(line.start);
    if (!read) {
      read = { persons: [], upTo: line.start };
      this.lines.set(line.start, read);
    }
    // A line is read only as far as the pronouns ask: its persons after the last one are never needed.
    if (read.upTo < end)
      read.upTo = this.personsIn(read.upTo, Math.min(line.end, end), read.persons);
    return read.persons;
  }

  /**
   * Adds to `persons` the persons whose run of capitalized words starts in `[from, to)`, in
   * text order; returns where the reading stopped (past the last run, which may end after `to`).
   */
  private personsIn(from: number, to: number, persons: PersonMention[]): number {
    const { text } = this;
    let at = from;
    while (at < to) {
      // Most characters are no capital: skip them without a call.
      const c = text.charCodeAt(at);
      if (c >= 97 && c <= 122) {
        // A lowercase word holds no run worth a name ("iPhone" is no person): skip it whole.
        at++;
        for (let d = text.charCodeAt(at); (d >= 97 && d <= 122) || (d >= 65 && d <= 90); ) {
          d = text.charCodeAt(++at);
        }
        continue;
      }
      if (c < 65 || (c > 90 && c < 128)) {
        at++;
        continue;
      }
      const run = capitalizedRun(text, at);
      if (!run) {
        at++;
        continue;
      }
      at = run.end;
      // A lone capitalized word (most are sentence openings) names no one with a first name.
      if (!run.several) continue;
      const found = text.slice(run.start, run.end);
      // Words are most often one space apart: a plain split spares a pattern per run.
      const words =
        found.includes('\t') || found.includes('  ') ? found.split(/\s+/) : found.split(' ');
      const honorific = /^(Mr|Mrs|Ms|Miss)\.?$/.test(words[0] ?? '') ? words[0] : null;
      const person = personRun(words);
      if (person.length === 0) continue;
      const gender: Gender | null = honorific
        ? honorific === 'Mr.' || honorific === 'Mr'
          ? 'male'
          : 'female'
        : person.length >= 2
          ? firstNameGender(person[0] ?? '')
          : null;
      if (gender) {
        persons.push({ start: run.start, end: run.end, name: person.join(' '), gender });
      }
    }
    return at;
  }

  /** How often each full form ending in `last` occurs ("Maria Ortiz" for "Ortiz"). */
  private formsOf(last: string): Map<string, number> {
    const cached = this.forms.get(last);
    if (cached) return cached;
    const found = new Map<string, number>();
    const { text } = this;
    for (let at = text.indexOf(last); at >= 0; at = text.indexOf(last, at + last.length)) {
      if (wordCode(text.charCodeAt(at - 1)) || wordCode(text.charCodeAt(at + last.length)))
        continue;
      // The capitalized words (and name particles) right before, on the same line, read
      // backwards word by word (no more than 80 characters back).
      const space = text.charCodeAt(at - 1);
      if (space !== 32 && space !== 9) continue;
      let words: string[] = [];
      for (let j = at - 1; words.length < 4; ) {
        while (j >= 0 && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9)) j--;
        const wordEnd = j + 1;
        while (j >= 0 && !spaceCode(text.charCodeAt(j))) j--;
        if (j + 1 >= wordEnd || j + 1 < at - 80) break;
        const w = text.slice(j + 1, wordEnd);
        if (!capitalized(w) && !PARTICLES.has(w)) break;
        // "…,” Cruz", "Ana Ruiz, Cruz": a word closing on punctuation ends another phrase; only an
        // initial's or a title's full stop ("J.", "Sen.") stands inside a name.
        if (!endsInLetterOrDigit(w) && !HONORIFICS.has(w.slice(0, -1)) && !INITIALS.test(w)) break;
        words.unshift(w);
      }
      if (words.length === 0) continue;
      // "Roe Hints Ana Voss Will Run": in a headline every word is capitalized, names or not,
      // so only the word right before can be part of the name.
      if (words.length > 1 && this.inHeadline(at)) words = words.slice(-1);
      const run = personRun([...words, last]);
      if (run.length >= 2 && run.length <= 4 && run[run.length - 1] === last) {
        const form = run.join(' ');
        found.set(form, (found.get(form) ?? 0) + 1);
      }
    }
    this.forms.set(last, found);
    return found;
  }

  /** Whether the line holding `at` is set in headline capitals (most of its words capitalized). */
  private inHeadline(at: number): boolean {
    const { start, end } = this.lineAt(at);
    const known = this.headlines.get(start);
    if (known !== undefined) return known;
    // Read word by word, and stop at the first lowercase word that is no small word: prose
    // shows one within a few words.
    const { text } = this;
    const stop = Math.min(end, start + 200);
    let words = 0;
    let headline = true;
    for (let i = start; i < stop && headline; ) {
      const k = letterClass(text.charCodeAt(i));
      if (k === 3) {
        i++;
        continue;
      }
      let j = i + 1;
      while (j < stop && letterClass(text.charCodeAt(j)) !== 3) j++;
      words++;
      if (k === 2 && !HEADLINE_SMALL_WORDS.has(text.slice(i, j))) headline = false;
      i = j;
    }
    headline = headline && words >= 4;
    this.headlines.set(start, headline);
    return headline;
  }

  /** The fullest form of a name in the article: "Ortiz" → "Maria Ortiz". */
  fullest(name: string): string {
    // One speaker is named many times in an article: answer each name once.
    const known = this.fullestForms.get(name);
    if (known !== undefined) return known;
    const form = this.widen(name);
    this.fullestForms.set(name, form);
    return form;
  }

  private widen(name: string): string {
    const words = name.split(/\s+/);
    const last = words[words.length - 1] ?? '';
    if (!last || words.length > 3 || !capitalized(last)) return name;
    let best = name;
    let bestScore = -1;
    for (const [form, count] of this.formsOf(last)) {
      const formWords = form.split(/\s+/);
      if (formWords.length < words.length) continue;
      if (!words.every((w) => formWords.includes(w))) continue;
      const score = formWords.length * 1000 + count;
      if (score > bestScore && firstNameGender(formWords[0] ?? '') !== null) {
        best = form;
        bestScore = score;
      }
    }
    return best;
  }

  genderOf(name: string): Gender {
    // The first word, cut without splitting the name: pronouns ask for many names' genders.
    let cut = 0;
    while (cut < name.length && !spaceCode(name.charCodeAt(cut))) cut++;
    const first = name.slice(0, cut);
    return firstNameGender(first) ?? 'unknown';
  }
}

/** The gender a speaker mention's honorific or first name gives ("Mrs. Roe", "Sen. Jane Roe"). */
export function mentionGender(mention: string): Gender | null {
  for (const word of mention.split(/\s+/)) {
    const w = bare(word);
    if (w === 'Mr') return 'male';
    if (w === 'Mrs' || w === 'Ms' || w === 'Miss') return 'female';
    if (!capitalized(w) || isTitle(w)) continue;
    const gender = firstNameGender(w);
    if (gender && gender !== 'unknown') return gender;
  }
  return null;
}

export function pronounGender(pronoun: string): Gender | null {
  const p = pronoun.toLowerCase();
  if (p === 'he') return 'male';
  if (p === 'she') return 'female';
  return null;
}
