/**
 * Numeric calendar dates ("7/6/2017", "2017-07-06", "06.07.2017"): chrono-node reads them well,
 * so it is called on the few short windows where such a form occurs, and its parsed components
 * become a TimeML value.
 */
import * as chrono from 'chrono-node';
import type { Candidate } from './rules.ts';

const NUMERIC_DATE =
  /(?<![\w/.-])(?:\d{1,2}\/\d{1,2}\/(?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2})(?![\w/-])/g;

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** Candidates for numeric dates in `text`, parsed by chrono-node around each occurrence. */
export function numericDateCandidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  NUMERIC_DATE.lastIndex = 0;
  for (const m of text.matchAll(NUMERIC_DATE)) {
    const from = Math.max(0, m.index - 20);
    const window = text.slice(from, m.index + m[0].length + 20);
    const results = chrono.parse(window, new Date(Date.UTC(2000, 0, 1)));
    for (const r of results) {
      const start = from + r.index;
      const end = start + r.text.length;
      if (end <= m.index || start >= m.index + m[0].length) continue;
      const year = r.start.get('year');
      const month = r.start.get('month');
      const day = r.start.get('day');
      if (!year || !month || !day || !r.start.isCertain('year')) continue;
      out.push({
        start: m.index,
        end: m.index + m[0].length,
        priority: 0,
        resolve: () => ({
          type: 'DATE',
          value: `${pad(year, 4)}-${pad(month)}-${pad(day)}`,
          ref: { grain: 'day', year, month, day },
        }),
      });
    }
  }
  return out;
}
