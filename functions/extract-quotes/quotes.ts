/**
 * The extract-quotes stage's core: finds an article's direct quotes (the words inside each pair
 * of double quotation marks that report speech) and attributes each to its speaker's mention,
 * resolved to the fullest form of the speaker's name in the article.
 * It reads only the text and its paragraphs, so imperfect sentence splits cannot hurt it, and it
 * works in linear passes over the text plus small windows around each quote.
 */
import type { ArticleForExtraction, Quote, Span } from '../../shared/article.ts';
import { withPlainSpaces } from '../../shared/text.ts';
import { findQuoteMarks } from './marks.ts';
import { antecedentOf, isPronoun, isRelative } from './mentions.ts';
import { NameIndex, nameInMention, pronounGender } from './names.ts';
import { type Attribution, attributeQuotes } from './speakers.ts';
import { isSpeech } from './speech.ts';

/** The article's paragraphs, clean and in order; blank-line blocks when none are given. */
function paragraphsOf(article: ArticleForExtraction): Span[] {
  const { text } = article;
  const given = (article.paragraphs ?? [])
    .filter(
      (p) =>
        Number.isInteger(p.start) &&
        Number.isInteger(p.end) &&
        p.start >= 0 &&
        p.end <= text.length &&
        p.end > p.start,
    )
    .sort((a, b) => a.start - b.start);
  const clean: Span[] = [];
  for (const p of given) {
    const last = clean[clean.length - 1];
    if (last && p.start < last.end) continue;
    clean.push(p);
  }
  if (clean.length > 0) return clean;
  const spans: Span[] = [];
  for (const m of text.matchAll(/[^\n]+/g)) {
    if (m[0].trim()) spans.push({ start: m.index, end: m.index + m[0].length });
  }
  return spans;
}

const POSSESSIVE_PRONOUNS = new Map([
  ['his', 'he'],
  ['her', 'she'],
  ['their', 'they'],
]);

const PERSON_NAME = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*$/u;

function resolveName(
  text: string,
  index: NameIndex,
  mention: Span,
  earlier: { at: number; name: string }[],
): string {
  const said = text.slice(mention.start, mention.end);
  if (isRelative(said)) {
    const antecedent = antecedentOf(text, mention.start);
    if (!antecedent) return said;
    return resolveName(text, index, antecedent, earlier);
  }
  // "her remark that “...”": a possessive pronoun stands for its person like "she" does.
  const pronoun = (said.length <= 5 && POSSESSIVE_PRONOUNS.get(said.toLowerCase())) || said;
  if (!isPronoun(pronoun)) return index.fullest(nameInMention(said));
  const gender = pronounGender(pronoun);
  // The most recent person before the mention whose gender does not clash with the pronoun.
  // Both lists are in text order, so the search walks back from the mention and stops at the
  // first fit: a pronoun costs a few steps, not a pass over every earlier speaker.
  let best: { at: number; name: string } | null = null;
  for (let k = earlier.length - 1, steps = 0; k >= 0 && steps < 200; k--, steps++) {
    const e = earlier[k] as { at: number; name: string };
    if (e.at >= mention.start || (best && e.at <= best.at)) continue;
    const g = index.genderOf(e.name);
    if (gender && g !== 'unknown' && g !== gender) continue;
    // "he" and "she" stand for a named person, not for a role ("the nominee") or a body.
    if (gender && !PERSON_NAME.test(e.name)) continue;
    best = e;
  }
  if (gender || pronoun.toLowerCase() === 'they') {
    // A person named after the last speaker and before the pronoun is the nearer antecedent.
    const person = index.lastPersonBefore(mention.start, best ? best.at + 1 : 0, gender);
    if (person) best = { at: person.start, name: index.fullest(person.name) };
  }
  return best ? best.name : said;
}

export function extractQuotes(article: ArticleForExtraction): Quote[] {
  // Quotes and mentions are given as written; the rules read the text with plain spaces.
  const written = article.text ?? '';
  const text = withPlainSpaces(written);
  if (!text) return [];
  const paragraphs = paragraphsOf(article);
  const marks = findQuoteMarks(text, paragraphs);
  if (marks.length === 0) return [];
  const attributions = attributeQuotes(text, paragraphs, marks);
  const index = new NameIndex(text);
  const named: { at: number; name: string }[] = [];
  const quotes: Quote[] = [];
  let previous: { start: number; end: number; outerEnd: number; speech: boolean } | null = null;
  marks.forEach((q, i) => {
    const a: Attribution | null = attributions[i] ?? null;
    const para = paragraphs[q.firstParagraph] ?? { start: 0, end: text.length };
    // “a liar” and “a fraud”: quoted phrases joined in a list are all speech or all not.
    const gap = previous ? text.slice(previous.outerEnd, q.outerStart) : '';
    const joined =
      previous !== null &&
      gap.length < 12 &&
      /^[ \t\u00a0]*(?:,|,?[ \t\u00a0]*(?:and|or))?[ \t\u00a0]*(?:(?:a|an|the)[ \t\u00a0]+)?$/.test(
        gap,
      ) &&
      (/[\p{L},]/u.test(gap) || text.slice(previous.start, previous.end).endsWith(','));
    const speech = joined && previous ? previous.speech : isSpeech(text, q, para, a);
    previous = { start: q.start, end: q.end, outerEnd: q.outerEnd, speech };
    if (!speech) return;
    let speaker: Quote['speaker'] = null;
    if (a) {
      const mentionText = text.slice(a.mention.start, a.mention.end);
      const name = resolveName(text, index, a.mention, named);
      const possessive =
        mentionText.length <= 5 && POSSESSIVE_PRONOUNS.has(mentionText.toLowerCase());
      if (!isPronoun(mentionText) && !possessive) named.push({ at: a.mention.start, name });
      speaker = {
        name,
        start: a.mention.start,
        end: a.mention.end,
        text: written.slice(a.mention.start, a.mention.end),
      };
    }
    quotes.push({
      start: q.start,
      end: q.end,
      text: written.slice(q.start, q.end),
      speaker,
      cue: a?.cue ?? null,
    });
  });
  return quotes;
}
