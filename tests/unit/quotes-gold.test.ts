import { describe, expect, it } from 'vitest';
import { parseBrat } from '../../local/eval/brat.ts';
import { goldMarkPairs, goldQuotes } from '../../local/eval/quotes-gold.ts';

const inner = (text: string) => goldMarkPairs(text).map((p) => text.slice(p.start, p.end));

describe('parseBrat', () => {
  it('keeps every span of a numbered role, not only the last', () => {
    const ann =
      'T1\tContent 0 5\tabcde\nT2\tContent 9 12\txyz\nE1\tAttribution:T3 Content:T1 Content2:T2';

    const [event] = parseBrat(ann).events;

    expect(event?.args.get('Content')).toEqual(['T1', 'T2']);
  });
});

describe('goldQuotes', () => {
  it('counts a quote covered by the second piece of a split Content', () => {
    const text = '“The dam holds,” Ortiz said. “The river will not,” she added.';
    const second = text.indexOf('“The river');
    const ann = [
      `T1\tContent 0 16\t“The dam holds,”`,
      `T2\tContent ${second} ${second + 21}\t“The river will not,”`,
      'T3\tSource 17 22\tOrtiz',
      'E1\tAttribution:T4 Content:T1 Source:T3 Content2:T2',
    ].join('\n');

    const quotes = goldQuotes(text, ann);

    expect(quotes.map((q) => q.text)).toEqual(['The dam holds,', 'The river will not,']);
  });
});

describe('goldMarkPairs', () => {
  it('takes a quote holding another quote in one paragraph as one pair', () => {
    const curly = '“I would sooner camp in what she calls “the swamp” than leave,” he wrote.';
    const mixed =
      'He read it out: "The ballot asks: “Do you approve?” Most said no." Then he left.';

    expect(inner(curly)).toEqual(['I would sooner camp in what she calls “the swamp” than leave,']);
    expect(inner(mixed)).toEqual(['The ballot asks: “Do you approve?” Most said no.']);
  });

  it('still finds the inner pair when the outer mark never closes', () => {
    const text = 'The sign said “Welcome and then “Keep out” in red.';

    expect(inner(text)).toEqual(['Keep out']);
  });

  it('reads a closing mark typed after a space before a word as an opening one', () => {
    const text = 'She listed “taxes,” and ”the roads, the schools and the parks” as her issues.';

    expect(inner(text)).toEqual(['taxes,', 'the roads, the schools and the parks']);
  });
});
