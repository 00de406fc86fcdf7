/**
 * The cheap first pass: one regular expression finds the words every temporal expression
 * contains (a month, a weekday, a digit, "year", "now"...), and only the text around them is
 * handed to the grammar and to chrono-node. Most of an article is never parsed.
 */
import type { Span } from '../../shared/article.ts';

const TRIGGER =
  /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|tod|yesterd|tomor|tonig|now|curren|recent|late|past|futur|soon|week|month|year|quarter|half|day|decade|centur|hour|minute|second|morn|afterno|even|night|overnight|noon|midnight|midday|spring|summer|fall|autumn|winter|daily|annual|hourly|nightly|present|earlier|ago|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|forty|fifty)/gi;

/** How far around a trigger a temporal expression may reach ("more than two and a half years"). */
const MARGIN = 64;

/** Windows of the text, in order and disjoint, that may hold a temporal expression. */
export function triggerWindows(text: string): Span[] {
  const windows: Span[] = [];
  TRIGGER.lastIndex = 0;
  for (let m = TRIGGER.exec(text); m; m = TRIGGER.exec(text)) {
    let start = Math.max(0, m.index - MARGIN);
    let end = Math.min(text.length, m.index + m[0].length + MARGIN);
    // Start and end on whitespace so no rule sees half a word.
    while (start > 0 && !/\s/.test(text[start - 1] ?? ' ')) start -= 1;
    while (end < text.length && !/\s/.test(text[end] ?? ' ')) end += 1;
    const last = windows[windows.length - 1];
    if (last && start <= last.end) last.end = Math.max(last.end, end);
    else windows.push({ start, end });
    // Skip ahead: everything up to the window's end is already covered.
    if (TRIGGER.lastIndex < end - MARGIN) TRIGGER.lastIndex = Math.max(TRIGGER.lastIndex, end - MARGIN);
  }
  return windows;
}
