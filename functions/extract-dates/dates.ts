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
import { type Tense, tenseAt } from './anchor.ts';
import { type Day, type Point, parseAnchor } from './calendar.ts';
import { numericDateCandidates } from './chrono-window.ts';
import { type Candidate, scanWindow } from './rules.ts';
import { triggerWindows } from './triggers.ts';

/** Keeps the longest candidates; between equal lengths, the rule with the lower priority. */
function selectCandidates(candidates: Candidate[]): Candidate[] {
  const ordered = [...candidates].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || a.priority - b.priority || a.start - b.start,
  );
  const kept: Candidate[] = [];
  for (const c of ordered) {
    if (kept.some((k) => c.start < k.end && k.start < c.end)) continue;
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** The sentence holding `offset`, by binary search; a punctuation-bounded stretch if none. */
function sentenceAt(text: string, sentences: Span[], offset: number): Span {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid];
    if (!s) break;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return s;
  }
  let start = offset;
  while (start > 0 && offset - start < 300 && !/[.!?\n]/.test(text[start - 1] ?? '.')) start -= 1;
  let end = offset;
  while (end < text.length && end - offset < 300 && !/[.!?\n]/.test(text[end] ?? '.')) end += 1;
  return { start, end };
}

export function extractDates(article: ArticleForExtraction): TemporalExpression[] {
  const { text } = article;
  const anchor = parseAnchor(article.publishedAt);
  const candidates: Candidate[] = numericDateCandidates(text);
  for (const w of triggerWindows(text)) {
    scanWindow(text.slice(w.start, w.end), w.start, w.triggers, (start, end, priority, resolve) => {
      candidates.push({ start, end, priority, resolve });
    });
  }
  const out: TemporalExpression[] = [];
  let lastRef: Point | null = null;
  let lastQuarter: Point | null = null;
  // The last calendar day named (weekdays and "yesterday" included) and where it ended.
  let lastDay: { day: Day; end: number } | null = null;
  for (const c of selectCandidates(candidates)) {
    // Most expressions ("1998", "now", "three years") never ask for the tense: read it lazily.
    let tense: Tense | null = null;
    const ctx = {
      anchor,
      lastRef,
      lastQuarter,
      recentDay: lastDay && c.start - lastDay.end < 250 ? lastDay.day : null,
      get tense(): Tense {
        if (tense === null) {
          const found = sentenceAt(text, article.sentences, c.start);
          // The verbs that tell the tense stand near the expression; long sentences are cut.
          const sentence = {
            start: Math.max(found.start, c.start - 200),
            end: Math.min(found.end, c.end + 200),
          };
          tense = tenseAt(
            text.slice(sentence.start, sentence.end),
            c.start - sentence.start,
            c.end - c.start,
          );
        }
        return tense;
      },
    };
    const resolved = c.resolve(ctx);
    if (!resolved) continue;
    if (resolved.ref) lastRef = resolved.ref;
    if (resolved.ref?.grain === 'quarter') lastQuarter = resolved.ref;
    const named = /^(\d{4})-(\d\d)-(\d\d)/.exec(resolved.value);
    if (named && resolved.type === 'DATE') {
      lastDay = {
        day: { year: +(named[1] ?? 0), month: +(named[2] ?? 0), day: +(named[3] ?? 0) },
        end: c.end,
      };
    }
    const expression: TemporalExpression = {
      start: c.start,
      end: c.end,
      text: text.slice(c.start, c.end),
      type: resolved.type,
      value: resolved.value,
    };
    if (resolved.mod) expression.mod = resolved.mod;
    out.push(expression);
  }
  return out;
}
