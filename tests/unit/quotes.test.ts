import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../functions/extract-quotes/quotes.ts';
import type { ArticleForExtraction, Span } from '../../shared/article.ts';

/** An article whose paragraphs are the text's non-blank lines and whose sentences are unknown. */
function articleOf(text: string): ArticleForExtraction {
  const paragraphs: Span[] = [];
  for (const m of text.matchAll(/[^\n]+/g)) {
    if (m[0].trim()) paragraphs.push({ start: m.index, end: m.index + m[0].length });
  }
  return { text, title: null, paragraphs, sentences: [], publishedAt: null };
}

describe('extractQuotes', () => {
  it('returns no quotes for an empty article or one without quotation marks', () => {
    const empty = articleOf('');
    const plain = articleOf('The council met on Tuesday.\n\nIt adjourned before noon.');

    const fromEmpty = extractQuotes(empty);
    const fromPlain = extractQuotes(plain);

    expect(fromEmpty).toEqual([]);
    expect(fromPlain).toEqual([]);
  });

  it('gives the words inside the marks as the quote span', () => {
    const text = '“The pool reopens in June,” said Parks Director Mia Chen.';

    const [quote] = extractQuotes(articleOf(text));

    expect(quote?.text).toBe('The pool reopens in June,');
    expect(text.slice(quote?.start ?? 0, quote?.end ?? 0)).toBe(quote?.text);
  });

  it('reads curly, straight and doubled-backtick quotation marks alike', () => {
    const words = 'We will repave Elm Street first,';
    const curly = `“${words}” the engineer said.`;
    const straight = `"${words}" the engineer said.`;
    const latex = `\`\`${words}'' the engineer said.`;

    const found = [curly, straight, latex].map((t) => extractQuotes(articleOf(t))[0]?.text);

    expect(found).toEqual([words, words, words]);
  });

  it('reads a no-break space as a space, keeping the quote as written', () => {
    const text =
      'State Sen. Jane Doe (D-Ore.)\u00a0on Friday faulted the deal, saying it goes “nowhere\u00a0near far enough.”';

    const [quote] = extractQuotes(articleOf(text));

    expect(quote?.text).toBe('nowhere\u00a0near far enough.');
    expect(quote?.speaker?.name).toBe('Jane Doe');
  });

  it('keeps apostrophes and single quotes inside a quote', () => {
    const text = '“I didn’t say ‘never,’ I said ‘not this year,’” the treasurer said.';

    const quotes = extractQuotes(articleOf(text));

    expect(quotes).toHaveLength(1);
    expect(quotes[0]?.text).toBe('I didn’t say ‘never,’ I said ‘not this year,’');
  });

  it('folds a quote nested in double marks into the outer quote', () => {
    const text = '“She looked at me and said “absolutely not” twice,” the coach recalled.';

    const quotes = extractQuotes(articleOf(text));

    expect(quotes).toHaveLength(1);
    expect(quotes[0]?.text).toBe('She looked at me and said “absolutely not” twice,');
  });

  it('returns one record for a quote whose paragraphs reopen the mark', () => {
    const text =
      'The principal said, “We added two buses this fall.\n\n' +
      '“Next year we will add a third route and hire more drivers.”\n\nThe board agreed.';

    const quotes = extractQuotes(articleOf(text));

    expect(quotes).toHaveLength(1);
    expect(quotes[0]?.text).toBe(
      'We added two buses this fall.\n\n“Next year we will add a third route and hire more drivers.',
    );
    expect(quotes[0]?.speaker?.text).toBe('The principal');
  });

  it('does not let an unclosed mark swallow the rest of the article', () => {
    const text =
      'Residents called the plan “a good start and nothing more.\n\n' +
      'The mayor spoke next.\n\n“We listened,” the mayor said.';

    const quotes = extractQuotes(articleOf(text));

    expect(quotes.map((q) => q.text)).toEqual(['We listened,']);
  });

  it('survives thousands of marks, balanced or not, in linear time', () => {
    const text = `${'"a" b “c '.repeat(3000)}\n\n${'” d " '.repeat(3000)}`;

    const started = performance.now();
    const quotes = extractQuotes(articleOf(text));
    const elapsed = performance.now() - started;

    expect(Array.isArray(quotes)).toBe(true);
    expect(elapsed).toBeLessThan(2000);
    for (const q of quotes) expect(q.end).toBeGreaterThan(q.start);
  });

  it('ignores paragraph and sentence spans that point outside the text', () => {
    const text = '“Fares stay the same,” the agency said.';
    const article = {
      ...articleOf(text),
      paragraphs: [{ start: 0, end: 9999 }],
      sentences: [{ start: -4, end: 3 }],
    };

    const quotes = extractQuotes(article);

    expect(quotes.map((q) => q.text)).toEqual(['Fares stay the same,']);
  });

  it('does not take scare quotes around a term for speech', () => {
    const text = 'The county drained its so-called “rainy day fund” last year.';

    const quotes = extractQuotes(articleOf(text));

    expect(quotes).toEqual([]);
  });

  it('does not take a quoted term in an aside for speech', () => {
    const text =
      'The state questioned the budget claims of two towns — both “growth districts” — and asked for records.';

    const quotes = extractQuotes(articleOf(text));

    expect(quotes).toEqual([]);
  });

  it('does not take the title of a show or a nickname for speech', () => {
    const text = 'Senator Ruth “Rusty” Alvarez appeared on Channel 4’s “Morning Table” on Sunday.';

    const quotes = extractQuotes(articleOf(text));

    expect(quotes).toEqual([]);
  });

  it('takes a short quoted phrase for speech when its sentence reports words', () => {
    const text = 'Governor Lee Brandt called the proposal “a reckless gamble” on Friday.';

    const quotes = extractQuotes(articleOf(text));

    expect(quotes.map((q) => [q.text, q.speaker?.text])).toEqual([
      ['a reckless gamble', 'Governor Lee Brandt'],
    ]);
  });

  it('takes a short phrase after "had" in a reported sentence for speech', () => {
    const text = 'Senator Cole said he has had "real doubts about the timing" from the start.';

    const quotes = extractQuotes(articleOf(text));

    expect(quotes.map((q) => q.text)).toEqual(['real doubts about the timing']);
  });

  it('takes a quoted modifier for speech when its clause reports words', () => {
    const text = 'The governor said the bill was a “reckless” attempt to cut school funds.';

    const quotes = extractQuotes(articleOf(text));

    expect(quotes.map((q) => q.text)).toEqual(['reckless']);
    expect(quotes[0]?.speaker?.text).toBe('The governor');
  });

  it('takes a lowercase phrase after a media noun in a reported sentence for speech', () => {
    const text =
      'The city attorney said in a letter that the video “plainly and falsely” implies an endorsement.';

    const quotes = extractQuotes(articleOf(text));

    expect(quotes.map((q) => q.text)).toEqual(['plainly and falsely']);
  });

  it('reads the inflected forms of reporting verbs as cues', () => {
    const text = 'The senator is predicting that the bill “has no chance” in the House.';

    const [quote] = extractQuotes(articleOf(text));

    expect(quote?.text).toBe('has no chance');
    expect(quote?.cue).toBe('predicting');
  });

  it('treats quoted phrases listed together alike', () => {
    const text = 'The senator dismissed the report as “sloppy” and “partisan.”';

    const quotes = extractQuotes(articleOf(text));

    expect(quotes.map((q) => q.text)).toEqual(['sloppy', 'partisan.']);
  });

  it('reports the cue that ties a speaker to a quote, beyond "said"', () => {
    const cues = ['told reporters', 'added', 'wrote', 'insisted', 'argued'];
    const texts = cues.map((cue) => `“The levy will pass,” Mayor Ines Duarte ${cue}.`);

    const found = texts.map((t) => extractQuotes(articleOf(t))[0]?.cue);

    expect(found).toEqual(cues);
  });

  it('takes "according to" as a cue whose speaker follows it', () => {
    const text = 'The shelter is full, “and has been since March,” according to director Sam Wu.';

    const [quote] = extractQuotes(articleOf(text));

    expect(quote?.cue).toBe('according to');
    expect(quote?.speaker?.name).toBe('Sam Wu');
  });
  it('takes a one-word answer followed by its attribution for speech', () => {
    const text = 'Asked whether the plant would close, the owner paused. “Never,” he said.';

    const quotes = extractQuotes(articleOf(text));

    expect(quotes.map((q) => [q.text, q.speaker?.text])).toEqual([['Never,', 'he']]);
  });

  it('judges a quote opening a new paragraph on its own, not with the term before it', () => {
    const text =
      'She argued for what she called “fiscal patience.”\n\n“People make promises they cannot keep,” the senator said.';

    const quotes = extractQuotes(articleOf(text));

    expect(quotes.map((q) => q.text)).toEqual([
      'fiscal patience.',
      'People make promises they cannot keep,',
    ]);
  });
});

describe('extractQuotes telling short quotes from terms', () => {
  const texts = (text: string) => extractQuotes(articleOf(text)).map((q) => q.text);

  it('joins quoted phrases listed across a no-break space', () => {
    const text =
      'Mayor Dana Holt has gone after the budget as “a blank check for the contractors”\u00a0and a “sham.”';

    expect(texts(text)).toEqual(['a blank check for the contractors', 'sham.']);
  });

  it('reads a cue across a parenthesis closed before the quote', () => {
    const text =
      "The adviser suggested paying the (usually modest) fee as a kind of ''toll'' for peace of mind.";

    expect(texts(text)).toEqual(['toll']);
  });

  it('does not take a capitalized speech noun inside a name for a report', () => {
    const text =
      'Former Secretary of State Ada Moss and Gov. Luis Pena ended in a “dead heat” in the county.';

    expect(texts(text)).toEqual([]);
  });

  it('does not take a speech noun far after a quoted term for a report', () => {
    const after =
      'The only "health records" the clinic released came with a short letter from staff.';
    const nextSentence = 'The merger was, by any measure, an “error.” Her statement came later.';

    expect(texts(after)).toEqual([]);
    expect(texts(nextSentence)).toEqual([]);
  });

  it('does not take a cue word after a preposition far after a quoted term for a report', () => {
    const text =
      'By 2012, Green Party "super lists" backed by wealthy donors had won seats with attacks on the incumbents.';

    expect(texts(text)).toEqual([]);
  });

  it('takes a quoted modifier of a remark for speech', () => {
    const text = 'Senator Wu’s “free lunch” remark drew boos in the chamber.';

    expect(texts(text)).toEqual(['free lunch']);
  });

  it('takes what a crowd chanted for speech, whatever its shape', () => {
    const text = 'The candidate was met with chants of "Hector!" at a union hall in Dayton.';

    expect(texts(text)).toEqual(['Hector!']);
  });

  it('takes a name someone called a person for speech, not the name of a thing', () => {
    const calledPerson =
      'Critics noted that the mayor called her rival “Lady Gridlock” and “Queen Pothole” at a rally.';
    const passive = 'The governor has been called the "Napoleon of the Plains" for his style.';
    const namedThing =
      'The song is a cover of a tune by a band called "Night Owls," formed in 1990.';

    expect(texts(calledPerson)).toEqual(['Lady Gridlock', 'Queen Pothole']);
    expect(texts(passive)).toEqual(['Napoleon of the Plains']);
    expect(texts(namedThing)).toEqual([]);
  });

  it('takes a capitalized complement or a short answer of a report for speech', () => {
    const complement = 'The fact-checkers concluded that her claim was “Half Right.”';
    const answer = 'Asked whether they would leave, the crowd replied at once, in unison: "Never!"';

    expect(texts(complement)).toEqual(['Half Right.']);
    expect(texts(answer)).toEqual(['Never!']);
  });

  it('does not take the show someone spoke to for speech', () => {
    const text =
      '"The port deal is dead," Alvarez told "Morning Desk," before heading to the airport.';

    expect(texts(text)).toEqual(['The port deal is dead,']);
  });

  it('does not take the title of a piece or a headline before its byline for speech', () => {
    const apposition = 'Lena Ortiz’s column, "Fix the buses before the bridges," is worth a read.';
    const byline =
      'CITY DESK: —"Zoo welcomes twin otters to its river exhibit," by the Ledger’s Ana Ruiz.';

    expect(texts(apposition)).toEqual([]);
    expect(texts(byline)).toEqual([]);
  });

  it('ignores the quotation marks of markup left in the text, even across a paragraph break', () => {
    const text =
      'A post followed. <tweet tweet-author="@cityhall" tweet-date="May 9\n">Crowds at the pier, the mayor said.<tweet/>';

    expect(texts(text)).toEqual([]);
  });

  it('reads more forms of reporting verbs as cues', () => {
    const text =
      'Holt, while admitting that she worried about “developers trying to cash in” and general “permit delays” that might follow, backed the plan.';

    expect(texts(text)).toEqual(['developers trying to cash in', 'permit delays']);
  });
});

describe('extractQuotes on the seed article', () => {
  const seedDir = join(process.cwd(), '..', 'shared', 'seed');
  const textFile = join(seedDir, 'sanctuary-cities-2017-07-06.txt');
  const expectedFile = join(seedDir, 'expected.json');
  const present = existsSync(textFile) && existsSync(expectedFile);

  it.skipIf(!present)(
    'finds exactly its five quotes with their speakers and no scare quote',
    () => {
      const text = readFileSync(textFile, 'utf8');
      const expected = JSON.parse(readFileSync(expectedFile, 'utf8')) as {
        quotes: { start: number; end: number; speaker: unknown; cue: string | null }[];
        not_quotes: { start: number; end: number }[];
      };

      const quotes = extractQuotes(articleOf(text));

      expect(
        quotes.map((q) => ({ start: q.start, end: q.end, speaker: q.speaker, cue: q.cue })),
      ).toEqual(
        expected.quotes.map((q) => ({
          start: q.start,
          end: q.end,
          speaker: q.speaker,
          cue: q.cue,
        })),
      );
      for (const scare of expected.not_quotes) {
        expect(quotes.some((q) => q.start < scare.end && scare.start < q.end)).toBe(false);
      }
    },
  );
});
