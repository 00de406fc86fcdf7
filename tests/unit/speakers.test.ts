import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../functions/extract-quotes/quotes.ts';
import type { ArticleForExtraction, Quote, Span } from '../../shared/article.ts';

/** An article whose paragraphs are the text's non-blank lines and whose sentences are unknown. */
function articleOf(text: string): ArticleForExtraction {
  const paragraphs: Span[] = [];
  for (const m of text.matchAll(/[^\n]+/g)) {
    if (m[0].trim()) paragraphs.push({ start: m.index, end: m.index + m[0].length });
  }
  return { text, title: null, paragraphs, sentences: [], publishedAt: null };
}

function speakers(quotes: Quote[]): (string | undefined)[] {
  return quotes.map((q) => q.speaker?.text);
}

describe('extractQuotes attributes speakers', () => {
  it('attributes a quote to the speaker named after it', () => {
    const text = '“The new library opens in May,” Councilwoman Rita Osei said.';

    const [quote] = extractQuotes(articleOf(text));

    expect(quote?.speaker).toEqual({
      name: 'Rita Osei',
      start: text.indexOf('Councilwoman'),
      end: text.indexOf(' said'),
      text: 'Councilwoman Rita Osei',
    });
    expect(quote?.cue).toBe('said');
  });

  it('attributes a quote to the speaker named before it', () => {
    const text = 'At the hearing, Fire Chief Omar Haddad said, “We need two more engines.”';

    const [quote] = extractQuotes(articleOf(text));

    expect(quote?.speaker?.text).toBe('Fire Chief Omar Haddad');
    expect(quote?.speaker?.name).toBe('Omar Haddad');
  });

  it('attributes an inverted attribution ("said Haddad")', () => {
    const text = '“Response times are down,” said Haddad, who has led the department since 2019.';

    const [quote] = extractQuotes(articleOf(text));

    expect(quote?.speaker?.text).toBe('Haddad');
    expect(quote?.cue).toBe('said');
  });

  it('looks past an appositive to the speaker', () => {
    const text =
      'Nora Feld, a spokeswoman for the county clerk, said, “Ballots will be mailed on Monday.”';

    const [quote] = extractQuotes(articleOf(text));

    expect(quote?.speaker?.text).toBe('Nora Feld');
  });

  it('keeps the title and role in the mention and gives the person as the name', () => {
    const text =
      'School Board President Ed Marsh’s deputy Carla Imbert said, “The calendar is final.”';

    const [quote] = extractQuotes(articleOf(text));

    expect(quote?.speaker?.text).toBe('School Board President Ed Marsh’s deputy Carla Imbert');
    expect(quote?.speaker?.name).toBe('Carla Imbert');
  });

  it('attributes a quote introduced by a colon', () => {
    const text =
      'The treasurer, Vic Amato, put it simply:\n\n“We cannot spend money we do not have.”';

    const [quote] = extractQuotes(articleOf(text));

    expect(quote?.speaker?.text).toBe('The treasurer, Vic Amato');
    expect(quote?.speaker?.name).toBe('Vic Amato');
  });

  it('attributes a quote whose speaker is named in the previous sentence', () => {
    const text = 'Coach Dana Pruitt was blunt after the loss. “We did not show up tonight.”';

    const [quote] = extractQuotes(articleOf(text));

    expect(quote?.speaker?.text).toBe('Coach Dana Pruitt');
  });

  it('attributes a quote whose speaker is named in the next sentence', () => {
    const text =
      '“The roof will hold another winter.” Inspector Lou Varga said the beams were sound.';

    const [quote] = extractQuotes(articleOf(text));

    expect(quote?.speaker?.text).toBe('Inspector Lou Varga');
  });

  it('carries the speaker to a further quote opening the next paragraph', () => {
    const text =
      '“Rents have doubled in five years,” tenant organizer Maya Lind said.\n\n' +
      '“Families are leaving the neighborhood, and nobody at city hall is listening.”';

    const quotes = extractQuotes(articleOf(text));

    expect(speakers(quotes)).toEqual(['tenant organizer Maya Lind', 'tenant organizer Maya Lind']);
    expect(quotes[1]?.cue).toBeNull();
  });

  it('gives several quotes of one paragraph to their one speaker', () => {
    const text =
      '“The plant will hire 200 workers,” the company’s president, Lars Nyman, said. ' +
      '“Most of them will come from this county.”';

    const quotes = extractQuotes(articleOf(text));

    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Lars Nyman', 'Lars Nyman']);
    expect(quotes.map((q) => q.cue)).toEqual(['said', null]);
  });

  it('gives both halves of a split quote to the speaker between them', () => {
    const text =
      'Ada Brook ran the drive. “We collected 3,000 coats,” she said, “and we need more.”';

    const quotes = extractQuotes(articleOf(text));

    expect(quotes.map((q) => q.text)).toEqual(['We collected 3,000 coats,', 'and we need more.']);
    expect(speakers(quotes)).toEqual(['she', 'she']);
  });

  it('keeps a pronoun mention and resolves its name to the last compatible person', () => {
    const text =
      'Mayor Tom Reyes and Judge Alice Ward spoke at the ceremony.\n\n' +
      '“Justice has to be quick to be fair,” she said.\n\n' +
      '“This courthouse took ten years to build,” he added.';

    const quotes = extractQuotes(articleOf(text));

    expect(quotes.map((q) => [q.speaker?.text, q.speaker?.name])).toEqual([
      ['she', 'Alice Ward'],
      ['he', 'Tom Reyes'],
    ]);
    expect(quotes[0]?.speaker?.start).toBe(text.indexOf('she said'));
  });

  it('widens a surname to the fullest form of the name in the article', () => {
    const text =
      'State Senator Irene Vasquez filed the bill in March.\n\n' +
      '“It closes a loophole that costs us millions,” Vasquez said.';

    const [quote] = extractQuotes(articleOf(text));

    expect(quote?.speaker?.text).toBe('Vasquez');
    expect(quote?.speaker?.name).toBe('Irene Vasquez');
  });

  it('widens a surname only across a name, never across a quote or a list before it', () => {
    const text =
      'Both leaned on Governor Dana Whitfield, Okafor said.\n\n' +
      '“We need Ruth Brandt,” Okafor said of the race, which Grace Okafor entered late.\n\n' +
      '“Turnout decides it,” Okafor added.';

    const quotes = extractQuotes(articleOf(text));

    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Grace Okafor', 'Grace Okafor']);
  });

  it('widens a surname whose first name is given with initials', () => {
    const text =
      'The fund was started by Harold J.R. Pemberton in 1990.\n\n' +
      '“We never sold a share,” Pemberton said.';

    const [quote] = extractQuotes(articleOf(text));

    expect(quote?.speaker?.name).toBe('Harold J.R. Pemberton');
  });

  it('does not widen a name across the capitalized words of a headline', () => {
    const text = 'Grace Okafor Backs Voss In Runoff\n\n“We will win this,” Voss said at a rally.';

    const [quote] = extractQuotes(articleOf(text));

    expect(quote?.speaker?.name).toBe('Voss');
  });

  it('leaves the words qualifying an office before a name out of the name', () => {
    const text =
      '“We will rebuild the pier,” said Savannah Mayor Grace Whitley.\n\n' +
      '“The budget is tight,” Transport Committee Chairman Tomas Brandt said.';

    const quotes = extractQuotes(articleOf(text));

    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Grace Whitley', 'Tomas Brandt']);
  });

  it('leaves a party and state or an age after a comma out of the name', () => {
    const text =
      '“The vote is close,” said Senator Alma Reyes, D-Nev., on Tuesday.\n\n' +
      '“I drove all night,” said Tomas Brandt, 64, a farmer.';

    const quotes = extractQuotes(articleOf(text));

    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Alma Reyes', 'Tomas Brandt']);
  });

  it('keeps a role as the name when the speaker is a role, not a person', () => {
    const text = '“The mayor has no comment,” said a spokesman for Mayor Tom Reyes.';

    const [quote] = extractQuotes(articleOf(text));

    expect(quote?.speaker?.text).toBe('a spokesman for Mayor Tom Reyes');
    expect(quote?.speaker?.name).toBe('a spokesman for Mayor Tom Reyes');
  });

  it('attributes a transcript line to the speaker named in capitals', () => {
    const text =
      'A partial transcript follows:\n\n"HOST: Will the bridge open on time?"\n\n"VARGA: It will."';

    const quotes = extractQuotes(articleOf(text));

    expect(speakers(quotes)).toEqual(['HOST', 'VARGA']);
  });

  it('attributes a headline quote to the name before the colon', () => {
    const text = 'Varga: “The bridge is safe”\n\nThe inspector signed off on Friday.';

    const [quote] = extractQuotes(articleOf(text));

    expect(quote?.text).toBe('The bridge is safe');
    expect(quote?.speaker?.text).toBe('Varga');
  });

  it('attributes a quote signed with a dash', () => {
    const text = 'Readers wrote in.\n\n“The new bus schedule works for me.” ― Hal Dorsey, Elm Park';

    const [quote] = extractQuotes(articleOf(text));

    expect(quote?.speaker?.text).toBe('Hal Dorsey');
  });

  it('does not mistake a noun for a cue', () => {
    const text =
      'The district questioned the funding claims of two schools, calling them “wildly inflated.”';

    const [quote] = extractQuotes(articleOf(text));

    expect(quote?.speaker?.text).toBe('The district');
  });

  it('takes a surname ending in s for a speaker', () => {
    const text =
      'Amos Burns runs the food bank.\n\nBurns says the shelves are “emptier than ever this winter.”';

    const [quote] = extractQuotes(articleOf(text));

    expect(quote?.speaker?.text).toBe('Burns');
    expect(quote?.speaker?.name).toBe('Amos Burns');
  });

  it('does not take a present-tense cue after a determiner for a verb', () => {
    const text =
      'Council member Jo Ring answered with a retort: “Read the budget before you vote on it.”';

    const [quote] = extractQuotes(articleOf(text));

    expect(quote?.speaker?.text).toBe('Council member Jo Ring');
  });

  it('gives a report made through a pronoun to the named reporter around it', () => {
    const text = 'Mayor Tom Reyes said he’d asked the state for “a fair share of the road money.”';

    const [quote] = extractQuotes(articleOf(text));

    expect(quote?.speaker?.text).toBe('Mayor Tom Reyes');
  });

  it('does not take the listener of a participle for the speaker', () => {
    const text =
      'Governor Lee Brandt called the ruling “a win for taxpayers,” telling reporters it was “long overdue.”';

    const quotes = extractQuotes(articleOf(text));

    expect(speakers(quotes)).toEqual(['Governor Lee Brandt', 'Governor Lee Brandt']);
  });

  it('names the person in a mention with a particle, a home state or a party in parentheses', () => {
    const text =
      '“We will fix the levee,” said Mayor Maria de Souza.\n\n' +
      '“Not this year,” Rep. Linda Moss of Ohio said.\n\n' +
      '“Nor the next,” Sen. Paul Greer (R-Iowa) added.';

    const quotes = extractQuotes(articleOf(text));

    expect(quotes.map((q) => q.speaker?.name)).toEqual([
      'Maria de Souza',
      'Linda Moss',
      'Paul Greer',
    ]);
  });

  it('names an organization by its whole name', () => {
    const text = '“Staffing is at a breaking point,” the Association of School Nurses said.';

    const [quote] = extractQuotes(articleOf(text));

    expect(quote?.speaker?.name).toBe('Association of School Nurses');
  });

  it('does not resolve "she" to a role named earlier', () => {
    const text =
      '“Turnout will be high,” the county clerk said.\n\n' +
      'Maria Lopez, a poll worker, disagreed. “People are tired,” she said.';

    const quotes = extractQuotes(articleOf(text));

    expect(quotes[1]?.speaker?.name).toBe('Maria Lopez');
  });

  it('keeps a party and state in parentheses inside the speaker named after the quote', () => {
    const text =
      'The vote was close.\n\n“We will bring it back next session,” Rep. Nora Vance (D-Ore.) said.';

    const [quote] = extractQuotes(articleOf(text));

    expect(quote?.speaker?.text).toBe('Rep. Nora Vance (D-Ore.)');
    expect(quote?.speaker?.name).toBe('Nora Vance');
    expect(quote?.cue).toBe('said');
  });

  it('finds the speaker before a parenthesis and an appositive', () => {
    const text =
      '“The numbers do not add up,” Sen. Omar Reyes (R-Utah), a member of the budget panel, ' +
      'said in an interview.';

    const [quote] = extractQuotes(articleOf(text));

    expect(quote?.speaker?.name).toBe('Omar Reyes');
    expect(quote?.speaker?.text).toBe('Sen. Omar Reyes (R-Utah)');
  });

  it('takes a relative pronoun before the cue as the mention and names its antecedent', () => {
    const text = 'The budget drew fire from Sen. Ann Kroll, who called it “a gimmick” on Monday.';

    const [quote] = extractQuotes(articleOf(text));

    expect(quote?.speaker?.text).toBe('who');
    expect(quote?.speaker?.name).toBe('Ann Kroll');
    expect(quote?.cue).toBe('called');
  });

  it('takes a name ending in -ing as the subject of a cue', () => {
    const text =
      'The coach spoke first. Manning says the team “never stopped believing in the plan.”';

    const [quote] = extractQuotes(articleOf(text));

    expect(quote?.speaker?.text).toBe('Manning');
    expect(quote?.cue).toBe('says');
  });

  it('ties a name to an open-ended quote through a verb the cue lexicon lacks', () => {
    const text =
      'The rally ran late.\n\n“This is fantastic!” beamed Dan Hart, who came early.\n\n' +
      '“We will win!” Mary Cole hollered from the floor.';

    const quotes = extractQuotes(articleOf(text));

    expect(speakers(quotes)).toEqual(['Dan Hart', 'Mary Cole']);
  });

  it('gives a cue joined by "and" the subject of the sentence', () => {
    const text =
      'The rally ran late.\n\n' +
      'With help from a friend, the actor staged a mock audition and asked the crowd to act “calmer.”';

    const [quote] = extractQuotes(articleOf(text));

    expect(quote?.speaker?.text).toBe('the actor');
    expect(quote?.cue).toBe('asked');
  });

  it('keeps the pronoun of a main clause after a subordinate clause with its own cue', () => {
    const text =
      'Maria Ortiz chaired the hearing.\n\n' +
      'When Victor Hale accused the board of delays, she said “the schedule was set by law.”';

    const [quote] = extractQuotes(articleOf(text));

    expect(quote?.speaker?.text).toBe('she');
    expect(quote?.speaker?.name).toBe('Maria Ortiz');
  });

  it('does not take the speaker of a clause joined after the quote by a conjunction', () => {
    const text =
      'Mayor Tom Reed called the flood “a test of our resolve,” but he also warned residents ' +
      'that the repairs would take months.';

    const [quote] = extractQuotes(articleOf(text));

    expect(quote?.speaker?.text).toBe('Mayor Tom Reed');
    expect(quote?.cue).toBe('called');
  });

  it('gives a participle after "with" the noun phrase right before it', () => {
    const text =
      'Council members balked at the proposal, with Sen. Jane Roe calling it a “wish list.”';

    const [quote] = extractQuotes(articleOf(text));

    expect(quote?.speaker?.text).toBe('Sen. Jane Roe');
    expect(quote?.cue).toBe('calling');
  });

  it('skips a long opening clause to find the subject of a participle cue', () => {
    const text =
      'Ever since her narrow win in the spring primary against two better-funded rivals, ' +
      'Gov. Lena Park has rallied crowds by warning that “the budget is a moral document.”';

    const [quote] = extractQuotes(articleOf(text));

    expect(quote?.speaker?.text).toBe('Gov. Lena Park');
  });

  it('finds the subject of a participle after a quote, not inside it', () => {
    const text =
      '“Focus on the hard questions. The voters want answers,” Ray Dunn said, suggesting a question: ' +
      '“Who pays for the bridge?”';

    const quotes = extractQuotes(articleOf(text));

    expect(speakers(quotes)).toEqual(['Ray Dunn', 'Ray Dunn']);
  });

  it('does not take the speaker of the next sentence for a quote that ends its sentence', () => {
    const text =
      'Coach Amy Frey says “practice has gotten too easy” because “the league has gone soft.” ' +
      'The referees, she says, now stop play far too often.';

    const quotes = extractQuotes(articleOf(text));

    expect(speakers(quotes)).toEqual(['Coach Amy Frey', 'Coach Amy Frey']);
  });

  it('skips a time phrase between the subject and its cue', () => {
    const text = 'Mayor Ann Lutz at the time said the city would “look into” the fees.';

    const [quote] = extractQuotes(articleOf(text));

    expect(quote?.speaker?.text).toBe('Mayor Ann Lutz');
  });

  it('gives the outer report of the same pronoun as the source of a nested report', () => {
    const text =
      'Judge Mara Lind spoke about her first case.\n\n' +
      'She said she recalls the client being “confused” by the ruling.';

    const [quote] = extractQuotes(articleOf(text));

    expect(quote?.speaker?.start).toBe(text.indexOf('She said'));
    expect(quote?.speaker?.name).toBe('Mara Lind');
  });

  it('skips an adverb like "further" between the speaker and the cue', () => {
    const text =
      '“Costs rose sharply,” the county report said. “Revenue did not keep pace,” it further said.';

    const quotes = extractQuotes(articleOf(text));

    expect(speakers(quotes)).toEqual(['the county report', 'it']);
  });

  it('gives a cue joined by "and" the subject of its own clause after a comma', () => {
    const text =
      'When the clerk read the totals aloud, the challenger smiled and said, “We will ask for a recount.”';

    const [quote] = extractQuotes(articleOf(text));

    expect(quote?.speaker?.text).toBe('the challenger');
  });

  it('takes a name before a colon after a dash as the source of the quote', () => {
    const text =
      'Turnout shifted in the suburbs - Ann Bell: “Two weeks ago, the South was his strongest ground.”';

    const [quote] = extractQuotes(articleOf(text));

    expect(quote?.speaker?.text).toBe('Ann Bell');
  });

  it('gives a quote after a relative clause inside a report to the outer speaker', () => {
    const text =
      'Governor Lena Voss brushed off the protest, saying anyone who complains about the toll ' +
      '“has not driven the old road in winter.”';

    const [quote] = extractQuotes(articleOf(text));

    expect(quote?.speaker?.text).toBe('Governor Lena Voss');
  });

  it('gives a quote told to a listener in a relative clause to the teller', () => {
    const text =
      'At the forum, Mayor Ana Pereira told a student who argued that rents were too high that ' +
      '“the city is building as fast as it can.”';

    const [quote] = extractQuotes(articleOf(text));

    expect(quote?.speaker?.text).toBe('Mayor Ana Pereira');
  });

  it('skips a place and its state before the subject of a participle cue', () => {
    const text =
      'Campaigning at a diner in Dover, Delaware, Senator Ruth Kagame went after her rival, ' +
      'calling him “a man of no fixed views.”';

    const [quote] = extractQuotes(articleOf(text));

    expect(quote?.speaker?.text).toBe('Senator Ruth Kagame');
  });

  it('prefers a cue right before the quote to one far after it', () => {
    const text =
      'Back then, under what Ms. Ines Duarte called “the old way of doing business,” the harbor ' +
      'authority, a public agency with a board of nine members, charged every ship a fee.';

    const [quote] = extractQuotes(articleOf(text));

    expect(quote?.speaker?.text).toBe('Ms. Ines Duarte');
  });

  it('gives a cue the noun a participle phrase modifies, not the place inside it', () => {
    const text = 'Fans marching through the square chanted “One more year!” until midnight.';

    const [quote] = extractQuotes(articleOf(text));

    expect(quote?.speaker?.text).toBe('Fans');
  });

  it('does not take a word that may be a cue for one after a preposition', () => {
    const text = 'VoteWatch rated 40% of Liberal claims as “mostly accurate” last year.';

    const [quote] = extractQuotes(articleOf(text));

    expect(quote?.speaker?.text).toBe('VoteWatch');
  });

  it('takes the pronoun of a relative clause after a preposition as the subject', () => {
    const text =
      'Senator Ines Duarte did not mention the posts in which she called the plan “a disgrace.”';

    const [quote] = extractQuotes(articleOf(text));

    expect(quote?.speaker?.text).toBe('she');
    expect(quote?.speaker?.name).toBe('Ines Duarte');
  });

  it('reads past a nickname in quotation marks and a title abbreviation to the speaker', () => {
    const text =
      '“What a season for our harbor!” her cousin, state Del. Rosa “Ro” Lindqvist, ' +
      'shouted to the crowd.';

    const [quote, ...rest] = extractQuotes(articleOf(text));

    expect(rest).toEqual([]);
    expect(quote?.speaker?.text).toBe('her cousin');
    expect(quote?.cue).toBe('shouted');
  });

  it('skips an opening adverb like "Conversely" to the subject of the sentence', () => {
    const text =
      'The panel scored most of the council’s bills as sound. Conversely, FactDesk rated ' +
      'half of the mayor’s statements “largely misleading” this spring.';

    const [quote] = extractQuotes(articleOf(text));

    expect(quote?.speaker?.text).toBe('FactDesk');
  });

  it('looks past a year between a relative pronoun and its cue', () => {
    const text =
      'The mayor has a frosty bond with Ortiz, now the council leader, who in 2019 said the ' +
      'goal was to make her a “one-term mayor.”';

    const [quote] = extractQuotes(articleOf(text));

    expect(quote?.speaker?.text).toBe('who');
    expect(quote?.cue).toBe('said');
  });

  it('gives an uncued quote to the subject of the sentence before it in its paragraph', () => {
    const text =
      '“We will fix the bridge,” Mayor Ana Pereira said.\n\n' +
      'Councilwoman Lena Voss disagreed with the plan at the meeting. “The money is not there.”';

    const quotes = extractQuotes(articleOf(text));

    expect(speakers(quotes)).toEqual(['Mayor Ana Pereira', 'Councilwoman Lena Voss']);
  });

  it('skips an opening clause that ends in a quoted show title', () => {
    const text =
      '“We will fix the bridge,” Mayor Ana Pereira said.\n\n' +
      'On “Morning Desk,” Senator Lena Voss (Ore.), who chairs the roads panel, opposed the plan ' +
      'again. “The money is not there.”';

    const quotes = extractQuotes(articleOf(text));

    expect(speakers(quotes)).toEqual(['Mayor Ana Pereira', 'Senator Lena Voss']);
  });

  it('gives a pronoun in a relative clause ("what she called") the subject of the sentence', () => {
    const text =
      'Maria Ortiz said the budget was “a mess” and took aim at what she called “a shell game ' +
      'for donors.”\n\n' +
      'He skipped the speech in which he called the harbor plan “a bad joke.”';

    const quotes = extractQuotes(articleOf(text));

    expect(speakers(quotes)).toEqual(['Maria Ortiz', 'Maria Ortiz', 'He']);
    expect(quotes[2]?.speaker?.start).toBe(text.indexOf('He skipped'));
  });

  it('keeps the pronoun of a relative clause when the sentence opens with something else', () => {
    const text =
      'The group, led by Dana Holt, seeks a ban through what it calls “a sensible safety law.”';

    const [quote] = extractQuotes(articleOf(text));

    expect(quote?.speaker?.text).toBe('it');
  });

  it('attributes a quote in "what she said" to the pronoun when "Perhaps" opens the sentence', () => {
    const text =
      'Perhaps the clearest sign is what she said last spring about “a fair deal for tenants.”\n\n' +
      'Maybe the answer lies in what he told reporters about “a leaner budget.”';

    const quotes = extractQuotes(articleOf(text));

    expect(speakers(quotes)).toEqual(['she', 'he']);
  });

  it('attributes a participle inside an opening "When" clause to that clause’s subject', () => {
    const text =
      'When Dana Voss answered a question on housing by asserting that rents were “far too ' +
      'high,” nobody objected.\n\n' +
      'As the mayor closed the hearing by calling the plan “a good start,” residents left.';

    const quotes = extractQuotes(articleOf(text));

    expect(speakers(quotes)).toEqual(['Dana Voss', 'the mayor']);
  });

  it('attributes a quote past a cue word used as a noun ("a snappy retort", "the proposed")', () => {
    const text =
      'Ana Voss delivered a snappy retort: “Not on my watch.”\n\n' +
      'He then spoke of the proposed bridge, saying it would stay open “as long as the money ' +
      'lasts.”\n\n' +
      'The mayor also spoke about her alleged “secret deal” with the union.\n\n' +
      'The officials say the plan is “dead on arrival.”';

    const quotes = extractQuotes(articleOf(text));

    expect(speakers(quotes)).toEqual(['Ana Voss', 'He', 'The mayor', 'The officials']);
  });

  it('attributes a verb joined by "and" in a "such as when" clause to that clause’s subject', () => {
    const text =
      'There have been sharper jabs, such as when Dana Voss knocked Roe on taxes and called ' +
      'him a “tourist,” a dig at his travel.';

    const [quote] = extractQuotes(articleOf(text));

    expect(quote?.speaker?.text).toBe('Dana Voss');
  });

  it('attributes a quote to "who" when a clause in commas parts it from its cue', () => {
    const text =
      'The columnist Dana Roe, who, after a long feud with the host, said that the party had ' +
      'become “an echo chamber.”';

    const [quote] = extractQuotes(articleOf(text));

    expect(quote?.speaker?.text).toBe('who');
    expect(quote?.speaker?.name).toBe('Dana Roe');
  });

  it('attributes a quote to "who" before a cue that may be a noun ("who promises")', () => {
    const text =
      'One ad stars a young actor who promises that Voss won’t “raise your rent” again.\n\n' +
      'Voss contrasted that with Mayor Lena Roe, who claims to be “the voice of the harbor.”';

    const quotes = extractQuotes(articleOf(text));

    expect(speakers(quotes)).toEqual(['who', 'who']);
    expect(quotes[1]?.speaker?.name).toBe('Lena Roe');
  });

  it('attributes a quote in the "that" clause of "her remark" to the possessor', () => {
    const text =
      'Senator Ana Voss spoke in Salem. She stirred a row in May over her remark that “no ' +
      'town is an island.”\n\n' +
      'The group pounced on Mayor Ruiz’s claim that the city has had “hundreds of leaks.”\n\n' +
      'Dana Roe said Ruiz’s claim that the port is closing is “simply not true.”';

    const quotes = extractQuotes(articleOf(text));

    expect(speakers(quotes)).toEqual(['her', 'Mayor Ruiz', 'Dana Roe']);
    expect(quotes[0]?.speaker?.name).toBe('Ana Voss');
  });

  it('attributes a quote without a cue to a sibling in its own sentence over the next one', () => {
    const text =
      'Voss, in Salem, said Tuesday that Roe was “a weak manager” while Ruiz is “a reckless ' +
      'spender” and “a bully.” However, he went easy on Dana Lee, calling her a “decent sort.”';

    const quotes = extractQuotes(articleOf(text));

    expect(speakers(quotes)).toEqual(['Voss', 'Voss', 'Voss', 'he']);
  });

  it('skips an opening time phrase to the subject of a participle cue', () => {
    const text =
      'Early this spring, the bakery company mailed a note to every customer, calling the price ' +
      'rise “painful, but needed to keep the ovens running.”\n\n' +
      'Hours after the vote, Ortiz thanked the council, telling the crowd, “Tonight the harbor ' +
      'wins.”';

    const quotes = extractQuotes(articleOf(text));

    expect(speakers(quotes)).toEqual(['the bakery company', 'Ortiz']);
  });

  it('skips a dateline to the subject of a participle cue', () => {
    const text =
      'HALSTEAD, Ore. — After the ferry broke down, Mayor Ana Pereira met stranded riders, ' +
      'saying: “Nobody sleeps on this dock tonight.”';

    const [quote] = extractQuotes(articleOf(text));

    expect(quote?.speaker?.text).toBe('Mayor Ana Pereira');
  });

  it('inverts a cue after a comma over a phrase that follows the quote', () => {
    const text =
      'The union voted on Monday.\n\n' +
      '“A fair result” for the night shift, said Rosa Diaz, who chairs the local.\n\n' +
      '“The vote was never in doubt,” since most members backed the deal, said Omar Haddad.';

    const quotes = extractQuotes(articleOf(text));

    expect(speakers(quotes)).toEqual(['Rosa Diaz', 'Omar Haddad']);
  });

  it('reads a day before the noun of a speaker named after the cue', () => {
    const text = '“The budget is a fantasy,” reads a Sunday editorial in The Harbor Gazette.';

    const [quote] = extractQuotes(articleOf(text));

    expect(quote?.speaker?.text).toBe('a Sunday editorial');
  });

  it('takes an age like "the 52-year-old" as a speaker', () => {
    const text =
      'The clip spread fast.\n\n“Can anyone fix this?” the 52-year-old asked on her blog.';

    const quotes = extractQuotes(articleOf(text));

    expect(quotes[0]?.speaker?.text).toBe('the 52-year-old');
  });

  it('gives a quote after a paragraph ending in a colon without a cue to that sentence subject', () => {
    const text =
      '“We will fix the bridge,” Mayor Ana Pereira said.\n\n' +
      'On May 3, 2019, Councilman Teo Brandt made the following point:\n\n' +
      '“The cranes are older than the crews who run them, and nobody has a plan to replace them.”';

    const quotes = extractQuotes(articleOf(text));

    expect(speakers(quotes)).toEqual(['Mayor Ana Pereira', 'Councilman Teo Brandt']);
  });

  it('gives a pronoun after a clause in commas inside a report the report’s own pronoun', () => {
    const text =
      'Maria Ortiz thanked the crowd. She said, once sworn in, she would urge the board to back a ' +
      '“harbor renewal” push.\n\n' +
      'Omar Haddad spoke next. He added that if the old ferry, which sank in 2009, were still ' +
      'running, he would call the crossing “a small miracle.”';

    const quotes = extractQuotes(articleOf(text));

    expect(quotes[0]?.speaker?.start).toBe(text.indexOf('She said'));
    expect(quotes[1]?.speaker?.start).toBe(text.indexOf('He added'));
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Maria Ortiz', 'Omar Haddad']);
  });

  it('skips opening clauses that follow each other to the subject of a participle cue', () => {
    const text =
      'At a diner in Bend, Oregon, on Friday, Maria Ortiz sought to defend her plan, saying ' +
      'the city should “build first and argue later.”';

    const [quote] = extractQuotes(articleOf(text));

    expect(quote?.speaker?.text).toBe('Maria Ortiz');
  });

  it('gives a quote in a report inside another report to the outer speaker', () => {
    const text =
      'Councilman Teo Brandt said Mayor Ana Pereira had promised the dockworkers “a fair deal.”\n\n' +
      'Rita Cole told reporters that the board would keep the ferry “running all winter.”';

    const quotes = extractQuotes(articleOf(text));

    expect(speakers(quotes)).toEqual(['Councilman Teo Brandt', 'Rita Cole']);
  });

  it('prefers a cue before the quote to a speaker after it past other words', () => {
    const text =
      'Rita Cole said she opposed the levy because “it taxes the people who can least pay,” ' +
      'including rules that Omar Haddad said would hit renters.\n\n' +
      'Teo Brandt vowed to “keep every branch open,” as Ana Pereira put it last spring.';

    const quotes = extractQuotes(articleOf(text));

    expect(speakers(quotes)).toEqual(['Rita Cole', 'Teo Brandt']);
  });

  it('gives a quote closing a subordinate clause to that clause’s speaker', () => {
    const text =
      'When a fan in the back row yelled, “Play the old songs,” the singer Lena Voss laughed and ' +
      'tuned her guitar.\n\n' +
      'Although Omar Haddad conceded that the plan was “far from perfect,” he said it would pass.';

    const quotes = extractQuotes(articleOf(text));

    expect(speakers(quotes)).toEqual(['a fan', 'Omar Haddad']);
  });

  it('takes a name after a dash and before a colon over an earlier cue in the sentence', () => {
    const text =
      'Forecasters agree - Lena Voss: “The storm will turn north before it reaches the coast.”';

    const [quote] = extractQuotes(articleOf(text));

    expect(quote?.speaker?.text).toBe('Lena Voss');
  });

  it('reads a participle or a name like "Will" at the start of a speaker after the cue', () => {
    const text =
      'The levee held.\n\n' +
      '“The water never reached the second ring,” said retired Col. Jane Roe, who ran the ' +
      'pumps.\n\n' +
      '“It is a costly model,” said Will Dorsey, a professor of civil engineering.';

    const quotes = extractQuotes(articleOf(text));

    expect(speakers(quotes)).toEqual(['retired Col. Jane Roe', 'Will Dorsey']);
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Jane Roe', 'Will Dorsey']);
  });

  it('takes a colon introduction with a party and state, or after an inverted cue', () => {
    const text =
      'The hearing was tense.\n\n' +
      'Rep. Jane Roe (R-Ore.):“Where did that number come from? Who gave it to you?”\n\n' +
      'In other words, asked the moderator Lena Voss: “How does any of that bear on the tax?”';

    const quotes = extractQuotes(articleOf(text));

    expect(speakers(quotes)).toEqual(['Rep. Jane Roe (R-Ore.)', 'the moderator Lena Voss']);
  });

  it('ties a person noun phrase to a quote through a verb the cue lexicon lacks', () => {
    const text =
      'The rally ran late.\n\n' +
      '“Let me spare you the suspense, it is a no,” the party’s nominee riffed, drawing laughs.\n\n' +
      '“Two more weeks of this,” the number crunched by the staff showed.';

    const quotes = extractQuotes(articleOf(text));

    expect(quotes[0]?.speaker?.text).toBe('the party’s nominee');
    expect(quotes[1]?.speaker?.text).not.toBe('the number');
  });

  it('reads past an empty "it" to the subject after "that"', () => {
    const text =
      'The port reopened.\n\nIt is odd that Maria Ortiz would now reject “a deal she wrote herself.”';

    const quotes = extractQuotes(articleOf(text));

    expect(quotes[0]?.speaker?.text).toBe('Maria Ortiz');
  });

  it('takes no speaker from an opening word like "Unless" or "Given"', () => {
    const text =
      '“It is a big night,” said Rita Cole, a strategist. Unless the rivals quit soon, “it is ' +
      'hard to see how anyone stops her.”';

    const quotes = extractQuotes(articleOf(text));

    expect(speakers(quotes)).toEqual(['Rita Cole', 'Rita Cole']);
  });

  it('attributes a quote to the subject when "and said" follows another verb’s object', () => {
    const text =
      'Mayor Lena Holt praised the council’s work on transit and said the city can “move faster now.”';

    const [quote] = extractQuotes(articleOf(text));

    expect(quote?.speaker?.text).toBe('Mayor Lena Holt');
  });

  it('takes no speaker from a state ending a place before "and explained"', () => {
    const text =
      'A week later, she toured a plant in Dayton, Ohio and explained why “the small shops” matter.';

    const [quote] = extractQuotes(articleOf(text));

    expect(quote?.speaker?.text).toBe('she');
  });

  it('attributes a quote to the person before an appositive that ends in a city and state', () => {
    const text =
      'Carl Voss, a 61-year-old welder from Ogden, Utah, says the senator will “win the county easily.”';

    const [quote] = extractQuotes(articleOf(text));

    expect(quote?.speaker?.text).toBe('Carl Voss');
  });

  it('attributes a quote to a noun like "pope" or "delegate" before a cue that may be a noun', () => {
    const text =
      'In Rome on Sunday, the pope calls the wall “a sign of fear.” In the hall, a delegate calls it “a relief.”';

    const quotes = extractQuotes(articleOf(text));

    expect(speakers(quotes)).toEqual(['the pope', 'a delegate']);
  });

  it('attributes a passive "was asked by" quote to the agent, not the one asked', () => {
    const text = 'Governor Ada Pike was asked by the moderator, “Will you sign the bill?”';

    const [quote] = extractQuotes(articleOf(text));

    expect(quote?.speaker?.text).toBe('the moderator');
  });

  it('takes no speaker from the subject of a passive cue without an agent', () => {
    const text = 'Ortiz complained that the plan was described as “a lifeline for the town.”';

    const [quote] = extractQuotes(articleOf(text));

    expect(quote?.speaker?.text).toBe('Ortiz');
  });

  it('takes no speaker from the thing a naming participle names ("a tax called “X”")', () => {
    const text =
      'Ms. Pike spoke on Monday. She opposes a school tax called the “penny levy” that the board wants.';

    const [quote] = extractQuotes(articleOf(text));

    expect(quote?.speaker?.text).toBe('She');
  });

  it('keeps the speaker of "what Roe called “X”" before a naming participle', () => {
    const text = 'The board met on what Ms. Pike called “a dark day for the town.”';

    const [quote] = extractQuotes(articleOf(text));

    expect(quote?.speaker?.text).toBe('Ms. Pike');
  });

  it('reads past an opening "Here in <place>," to the subject of a participle cue', () => {
    const text =
      'Here in Dayton, Mayor Lena Holt pressed her case, saying “the river is our future.”';

    const [quote] = extractQuotes(articleOf(text));

    expect(quote?.speaker?.text).toBe('Mayor Lena Holt');
  });

  it('attributes the answer of a share of respondents to the poll named before it', () => {
    const text =
      'In a county survey released Friday, 62% of parents said the schools were “headed the wrong way.”';

    const [quote] = extractQuotes(articleOf(text));

    expect(quote?.speaker?.text).toBe('a county survey');
  });

  it('attributes a quote to the document that "read" it', () => {
    const text =
      'The campaign sent a letter to donors.\n\n“We are proud of every volunteer,” the letter read.\n\n' +
      '“Turnout will decide it,” read the statement from the party.';

    const quotes = extractQuotes(articleOf(text));

    expect(speakers(quotes)).toEqual(['the letter', 'the statement']);
  });

  it('attributes a quote to a lawsuit that "says" it', () => {
    const text = '“The plaintiff was reprimanded alone,” the suit says.';

    const [quote] = extractQuotes(articleOf(text));

    expect(quote?.speaker?.text).toBe('the suit');
  });

  it('reads a capitalized "Will" or "May" right before a cue as a name', () => {
    const text =
      'Ms. Ruiz spoke first. “The budget is a mess,” Will wrote in his column. Prime Minister ' +
      'Anna May said it was “a good day for the harbor.”';

    const quotes = extractQuotes(articleOf(text));

    expect(speakers(quotes)).toEqual(['Will', 'Prime Minister Anna May']);
  });

  it('reads past "each" or "both" between a subject and its cue', () => {
    const text =
      'After what the Ledger and the Courier each called a “bruising month” for the mayor, his staff regrouped.';

    const [quote] = extractQuotes(articleOf(text));

    expect(quote?.speaker?.text).toBe('the Courier');
  });

  it('attributes a quote to a group whose name ends in "Watch"', () => {
    const text = 'The group sued in May.\n\n“The records were never released,” Harbor Watch added.';

    const [quote] = extractQuotes(articleOf(text));

    expect(quote?.speaker?.text).toBe('Harbor Watch');
  });

  it('reads past an opening "Immediately after ...," to the subject', () => {
    const text =
      'Immediately after the vote, Mayor Ana Ruiz issued a statement, “We will appeal this ruling at once.”';

    const [quote] = extractQuotes(articleOf(text));

    expect(quote?.speaker?.text).toBe('Mayor Ana Ruiz');
  });

  it('gives the outer speaker when a time or place phrase comes before "that" in a report', () => {
    const text =
      'Mayor Ana Ruiz said during a Friday rally in Dayton that her rival once described the plan as “the model” for the region.';

    const [quote] = extractQuotes(articleOf(text));

    expect(quote?.speaker?.text).toBe('Mayor Ana Ruiz');
  });

  it('attributes a quote inside a sentence to the attribution that closes the sentence', () => {
    const text =
      'Mayor Ana Ruiz spoke first. Ticket sales were “flat for about a month” as fans waited for ' +
      'the “new schedule” to come out, Coach Dan Pruitt said.';

    const quotes = extractQuotes(articleOf(text));

    expect(speakers(quotes)).toEqual(['Coach Dan Pruitt', 'Coach Dan Pruitt']);
  });

  it('attributes a quote to "said retired surgeon Jo Hale" with the participle in the mention', () => {
    const text = 'The clinic closed.\n\n“It is a loss for the town,” said retired surgeon Jo Hale.';

    const [quote] = extractQuotes(articleOf(text));

    expect(quote?.speaker?.text).toBe('retired surgeon Jo Hale');
  });

  it('attributes a quote followed by a conjunction clause to the inverted cue after it', () => {
    const text =
      'The vote was close.\n\n“Many would call that a defeat” if she lost the county, said Dan Pruitt, ' +
      'a pollster. “It would still be a win” because turnout rose, he said.';

    const quotes = extractQuotes(articleOf(text));

    expect(speakers(quotes)).toEqual(['Dan Pruitt', 'he']);
  });

  it('attributes a quote to the document that "states" it', () => {
    const text =
      'The county sent a memo.\n\n“Leave starts after one year of work,” the memo states.';

    const [quote] = extractQuotes(articleOf(text));

    expect(quote?.speaker?.text).toBe('the memo');
  });

  it('gives a participle after ", Roe said," the speaker of that attribution', () => {
    const text =
      'The mayor and the governor will meet next week, Dan Pruitt said, adding, “They have a lot to settle.”';

    const [quote] = extractQuotes(articleOf(text));

    expect(quote?.speaker?.text).toBe('Dan Pruitt');
  });

  it('attributes a quote to "he" before a past tense the lexicon lacks', () => {
    const text = 'Ms. Ruiz spoke first.\n\n“Voters are tired of waiting,” he surmised.';

    const [quote] = extractQuotes(articleOf(text));

    expect(quote?.speaker?.text).toBe('he');
  });

  it('gives a paragraph-opening quote the speaker of a colon introduction before it', () => {
    const text =
      'Ms. Ruiz took questions. “Not today,” Dan Pruitt said. She went on to say:\n\n' +
      '“We will not raise the levy this year.”';

    const quotes = extractQuotes(articleOf(text));

    expect(speakers(quotes)).toEqual(['Dan Pruitt', 'She']);
  });

  it('reads past a stray comma after a party and state ("Rep. Roe (D-Ohio), said")', () => {
    const text =
      'After the vote in Dayton, Ohio, Rep. Ana Ruiz (D-Ohio), said, “We won this one together.”';

    const [quote] = extractQuotes(articleOf(text));

    expect(quote?.speaker?.text).toBe('Rep. Ana Ruiz (D-Ohio)');
  });

  it('reads past an age and a hometown in commas to the person', () => {
    const text = 'Nina Park, 31, of Salem, Ore., said she would stay for the “long haul.”';

    const [quote] = extractQuotes(articleOf(text));

    expect(quote?.speaker?.text).toBe('Nina Park');
  });

  it('takes no clause edge from the comma inside a number', () => {
    const text =
      'Ms. Ruiz, later claiming that the city lost 250,000 residents, said the plan was “dead on arrival.” ' +
      'She thanked 3,000 volunteers at a picnic and told them they would “build a better town.”';

    const quotes = extractQuotes(articleOf(text));

    expect(speakers(quotes)).toEqual(['Ms. Ruiz', 'She']);
  });

  it('attributes a quote to the noun a "who" clause hangs from, not an infinitive’s object', () => {
    const text =
      'A staffer who was not authorized to describe negotiations said, “We are not worried about the polls.”';

    const [quote] = extractQuotes(articleOf(text));

    expect(quote?.speaker?.text).toBe('A staffer');
  });

  it('reads past a "whose" clause with commas of its own to the person', () => {
    const text =
      'Lena Ruiz, whose hometown, Dayton, is flooding, argues that the cuts will “drown the valley.”';

    const [quote] = extractQuotes(articleOf(text));

    expect(quote?.speaker?.text).toBe('Lena Ruiz');
  });

  it('attributes a mid-sentence quote to a closing ", said Roe" or ", Roe, a role, argued."', () => {
    const text =
      'Turnout was “flat for a month” as fans waited for the “new schedule,” Coach Dan Pruitt, a former player, argued. ' +
      'The plan to “fix the roads” appeals to drivers seeking “a smooth ride,” said Lena Ruiz, a planner.';

    const quotes = extractQuotes(articleOf(text));

    expect(speakers(quotes)).toEqual([
      'Coach Dan Pruitt',
      'Coach Dan Pruitt',
      'Lena Ruiz',
      'Lena Ruiz',
    ]);
  });

  it('reads a lone capitalized word between a quote and its cue as a name, even "From"', () => {
    const text = 'The group met in 1992.\n\n“We had to change the party,” From said.';

    const [quote] = extractQuotes(articleOf(text));

    expect(quote?.speaker?.text).toBe('From');
  });

  it('reads past "And then" to the subject of a participle cue', () => {
    const text =
      'Mayor Ana Ruiz took the stage first. And then Pruitt turned sharply on his rival, saying, ' +
      '“Is the mayor going to resign? She should!”';

    const [quote] = extractQuotes(articleOf(text));

    expect(quote?.speaker?.text).toBe('Pruitt');
  });

  it('attributes a quote to the agent of a participle with "by" ("measures added by X")', () => {
    const text = 'The bill stalled over “sweetener” clauses added by Liberals on other topics.';

    const [quote] = extractQuotes(articleOf(text));

    expect(quote?.speaker?.text).toBe('Liberals');
  });

  it('keeps "kept" out of the mention in "Roe kept asking"', () => {
    const text =
      'The panel met for hours, and Sen. Lena Ruiz kept asking the chief about the “routine” delays.';

    const [quote] = extractQuotes(articleOf(text));

    expect(quote?.speaker?.text).toBe('Sen. Lena Ruiz');
  });
});
