/**
 * The cheap first pass: one regular expression finds the words every temporal expression
 * contains (a month, a weekday, a year, a unit such as "week", "now"...), and only the text around them is
 * handed to the grammar and to chrono-node. Most of an article is never parsed.
 */
import type { Span } from '../../shared/article.ts';

/** A stretch of text to parse, with the trigger words found in it (lower case). */
export interface TriggerWindow extends Span {
  triggers: string;
}

const TRIGGER =
  /'\d0s|\b[QH][1-4]\b|\b(?:(?:1[6-9]|20)\d\ds?|\d{1,2}[:/]\d+|\d{1,2}\s?[ap]\.?m\b|jan(?:uary)?|feb(?:ruary)?|march|mar\.|april|apr|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|(?:mon|tues|wednes|thurs|fri|satur|sun)days?|today|yesterday|tomorrow|tonight|now|current(?:ly)?|recent(?:ly)?|lately|past|future|soon|previously|present|nowadays|centur(?:y|ies)|decades?|years?|quarters?|half|months?|weeks?|weekends?|days?|hours?|minutes?|seconds?|morning|afternoon|evening|night|overnight|noon|midnight|midday|spring|summer|fall|autumn|winter|daily|weekly|biweekly|monthly|annually|yearly|hourly|nightly|semi-?annually|nineteen|two thousand|term|period|christmas|thanksgiving|halloween|easter|ago|earlier|later)\b/gi;

/** How far before and after its trigger a temporal expression may reach ("more than two and a half years"). */
const BEFORE = 36;
const AFTER = 28;

/** Windows of the text, in order and disjoint, that may hold a temporal expression. */
export function triggerWindows(text: string): TriggerWindow[] {
  const windows: TriggerWindow[] = [];
  TRIGGER.lastIndex = 0;
  for (let m = TRIGGER.exec(text); m; m = TRIGGER.exec(text)) {
    let start = Math.max(0, m.index - BEFORE);
    let end = Math.min(text.length, m.index + m[0].length + AFTER);
    // Start and end on whitespace so no rule sees half a word.
    while (start > 0 && !/\s/.test(text[start - 1] ?? ' ')) start -= 1;
    while (end < text.length && !/\s/.test(text[end] ?? ' ')) end += 1;
    const last = windows[windows.length - 1];
    const word = m[0].toLowerCase();
    if (last && start <= last.end) {
      last.end = Math.max(last.end, end);
      last.triggers += ` ${word}`;
    } else windows.push({ start, end, triggers: word });
  }
  return windows;
}
