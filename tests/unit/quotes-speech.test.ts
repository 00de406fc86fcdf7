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

function quotedTexts(text: string): string[] {
  return extractQuotes(articleOf(text)).map((q) => q.text);
}

describe('extractQuotes telling short partial quotes from terms', () => {
  it('treats a lowercase description between two names as a quote, not a nickname', () => {
    const description =
      'Her neighbors have teased the plan, calling Ortiz “a tireless meddler,” Lena Cho said at the fair.';
    const nickname = 'The bill was written by Robert “Bobby” Vance of the finance committee.';

    const fromDescription = quotedTexts(description);
    const fromNickname = quotedTexts(nickname);

    expect(fromDescription).toEqual(['a tireless meddler,']);
    expect(fromNickname).toEqual([]);
  });

  it('treats a phrase after a verb of speech behind a pronoun’s ’s as a quote', () => {
    const text = 'He’s predicting the county will grow “very, very fast” over the next decade.';

    const quotes = quotedTexts(text);

    expect(quotes).toEqual(['very, very fast']);
  });

  it('treats a name a person dubbed something as a quote, not a name given to a thing', () => {
    const byPerson =
      'She took aim at the treasurer, who she dubbed “the penny pincher.” Then she left.';
    const byAuxiliary = 'It is what one planner has dubbed “the parking war,” and it drags on.';
    const thing = 'The council approved a plan dubbed “the green mile” for the riverfront.';

    const fromPerson = quotedTexts(byPerson);
    const fromAuxiliary = quotedTexts(byAuxiliary);
    const fromThing = quotedTexts(thing);

    expect(fromPerson).toEqual(['the penny pincher.']);
    expect(fromAuxiliary).toEqual(['the parking war,']);
    expect(fromThing).toEqual([]);
  });

  it('treats a term someone used, coined or owns as a quote, not the writer’s term', () => {
    const used = 'The mayor promised to stop using the phrase “toll road” in her speeches.';
    const coined = 'He has coined a new term, “bike-washing,” to describe the ads.';
    const possessed = 'Voters never warmed to the governor’s phrase “fiscal patience.”';
    const writers = 'The phrase “toll road” appears on the ballot in small print.';

    const fromUsed = quotedTexts(used);
    const fromCoined = quotedTexts(coined);
    const fromPossessed = quotedTexts(possessed);
    const fromWriters = quotedTexts(writers);

    expect(fromUsed).toEqual(['toll road']);
    expect(fromCoined).toEqual(['bike-washing,']);
    expect(fromPossessed).toEqual(['fiscal patience.']);
    expect(fromWriters).toEqual([]);
  });

  it('treats what someone talks about in quoted words as a quote', () => {
    const text =
      'At every stop the candidate talks about “fixing the roads first,” and the crowd cheers.';

    const quotes = quotedTexts(text);

    expect(quotes).toEqual(['fixing the roads first,']);
  });

  it('treats words someone echoed, mouthed or interjected as a quote', () => {
    const echoed = 'The choir answered her by quietly echoing “not again.”';
    const mouthed = 'He raised the trophy high, mouthing “well done” at the bench.';
    const interjected =
      'She tried to brush the jab aside by interjecting, “Only on weekends.” The host went on.';

    const fromEchoed = quotedTexts(echoed);
    const fromMouthed = quotedTexts(mouthed);
    const fromInterjected = quotedTexts(interjected);

    expect(fromEchoed).toEqual(['not again.']);
    expect(fromMouthed).toEqual(['well done']);
    expect(fromInterjected).toEqual(['Only on weekends.']);
  });

  it('does not let the cue of a quote that opened the sentence report a term after it', () => {
    const term =
      '“We ask hard questions of people in power,” said Ruiz, whose new book profiles senators and “rebellious” artists.';
    const ownCue =
      '“It was a long night. We ask hard questions,” said Ruiz, who called the plan “a rebellious” one.';

    const fromTerm = quotedTexts(term);
    const fromOwnCue = quotedTexts(ownCue);

    expect(fromTerm).toEqual(['We ask hard questions of people in power,']);
    expect(fromOwnCue).toEqual(['It was a long night. We ask hard questions,', 'a rebellious']);
  });

  it('does not let a cue in a relative clause after a term report the term', () => {
    const relative =
      'The county will build a new “supermax” jail, which officials described as secure.';
    const attributed = 'The county will build a new “supermax” jail, officials said.';

    const fromRelative = quotedTexts(relative);
    const fromAttributed = quotedTexts(attributed);

    expect(fromRelative).toEqual([]);
    expect(fromAttributed).toEqual(['supermax']);
  });

  it('treats the -ing and present forms of reporting verbs as cues', () => {
    const slamming = 'The senator spent the morning slamming the board for its “reckless” vote.';
    const interrupting = 'She was interrupting him with her signature “no, no, no” at every turn.';

    const fromSlamming = quotedTexts(slamming);
    const fromInterrupting = quotedTexts(interrupting);

    expect(fromSlamming).toEqual(['reckless']);
    expect(fromInterrupting).toEqual(['no, no, no']);
  });

  it('does not take "state" for a noun of speech', () => {
    const text =
      'Aid varies from state to state, depending on whether a county is “rural” or “urban” in the census.';

    const quotes = quotedTexts(text);

    expect(quotes).toEqual([]);
  });

  it('treats a short capitalized question or exclamation as a quote, not a title', () => {
    const question = 'The judge then turned to the clerk. “Mr. Vance?” The room went quiet.';
    const exclamation = 'The paper ran one word on its front page. “Choke!” was all it took.';
    const title = 'Fans waved flags and cheered at the end of “Hail, Kansas!” on Friday.';

    const fromQuestion = quotedTexts(question);
    const fromExclamation = quotedTexts(exclamation);
    const fromTitle = quotedTexts(title);

    expect(fromQuestion).toEqual(['Mr. Vance?']);
    expect(fromExclamation).toEqual(['Choke!']);
    expect(fromTitle).toEqual([]);
  });

  it('treats a quoted modifier in a sentence closed by its attribution as a quote', () => {
    const attributed = 'Families struggle, even with a “decent” wage, she said.';
    const unattributed = 'Families struggle, even with a “decent” wage in the county.';

    const fromAttributed = quotedTexts(attributed);
    const fromUnattributed = quotedTexts(unattributed);

    expect(fromAttributed).toEqual(['decent']);
    expect(fromUnattributed).toEqual([]);
  });

  it('does not treat a long title before the noun it names as a quote', () => {
    const show = '“Life on the Lower East Side” star Mara Quinn opened up about her childhood.';
    const hats = 'Two aldermen wore “Keep Elm Street Green and Quiet” hats to the meeting.';
    const chant = 'Protesters chanted “We Will Not Back Down From This Fight” outside city hall.';

    const fromShow = quotedTexts(show);
    const fromHats = quotedTexts(hats);
    const fromChant = quotedTexts(chant);

    expect(fromShow).toEqual([]);
    expect(fromHats).toEqual([]);
    expect(fromChant).toEqual(['We Will Not Back Down From This Fight']);
  });

  it('treats a phrase quoted inside what someone believes or wants as a quote, not a modifier', () => {
    const belief = 'Most residents believe the county is on the “wrong track” this year.';
    const noThinker = 'The county is on the “wrong track” this year.';
    const noun = 'His views on the “wrong track” of the county are well known.';
    const modifier = 'Officials expect the “smart” meters to arrive in May.';

    const fromBelief = quotedTexts(belief);
    const fromNoThinker = quotedTexts(noThinker);
    const fromNoun = quotedTexts(noun);
    const fromModifier = quotedTexts(modifier);

    expect(fromBelief).toEqual(['wrong track']);
    expect(fromNoThinker).toEqual([]);
    expect(fromNoun).toEqual([]);
    expect(fromModifier).toEqual([]);
  });

  it('treats a quoted modifier after "as" that describes someone as a quote', () => {
    const described = 'The mayor cast himself as a “back to basics” candidate at the rally.';
    const clause = 'The council backed the plan, as the “audit” recommended.';

    const fromDescribed = quotedTexts(described);
    const fromClause = quotedTexts(clause);

    expect(fromDescribed).toEqual(['back to basics']);
    expect(fromClause).toEqual([]);
  });

  it('does not treat a quote naming the source after "according to" as a quote', () => {
    const source = 'According to her “pay as you go” plan, the county must balance its books.';
    const words = 'According to the mayor, “the fee would rise by half this year.”';

    const fromSource = quotedTexts(source);
    const fromWords = quotedTexts(words);

    expect(fromSource).toEqual([]);
    expect(fromWords).toEqual(['the fee would rise by half this year.']);
  });

  it('treats a slogan or a chant as a quote', () => {
    const slogan = 'The mayor ran on the slogan “Fix It First” in 2010.';
    const title = 'The mayor ran in 2010 with “Fix It First” on every bus.';

    const fromSlogan = quotedTexts(slogan);
    const fromTitle = quotedTexts(title);

    expect(fromSlogan).toEqual(['Fix It First']);
    expect(fromTitle).toEqual([]);
  });

  it('reads "made it clear", "spoke out" and nouns such as "accusations" as reports of words', () => {
    const madeClear = 'He made it clear that he has “grave concerns” about the levy.';
    const spokeOut = 'In 2009 he spoke out for “quieter nights” in every ward.';
    const accusations = 'The false accusations that the mayor was a “crook” spread quickly.';

    const fromMadeClear = quotedTexts(madeClear);
    const fromSpokeOut = quotedTexts(spokeOut);
    const fromAccusations = quotedTexts(accusations);

    expect(fromMadeClear).toEqual(['grave concerns']);
    expect(fromSpokeOut).toEqual(['quieter nights']);
    expect(fromAccusations).toEqual(['crook']);
  });

  it('reads "intimated" and "sounded off" as reports of words', () => {
    const intimated =
      'The treasurer has intimated that the board’s “forecasts” of growth are too rosy.';
    const soundedOff = 'The coach has sounded off against claims that the team is “too soft.”';

    const fromIntimated = quotedTexts(intimated);
    const fromSoundedOff = quotedTexts(soundedOff);

    expect(fromIntimated).toEqual(['forecasts']);
    expect(fromSoundedOff).toEqual(['too soft.']);
  });

  it('does not read "As" opening a sentence as a description', () => {
    const clause = 'As the “Keep It Local” campaign grows, the council is split.';
    const description = 'The mayor refers to her rival as “Mr. Gridlock” at every stop.';

    const fromClause = quotedTexts(clause);
    const fromDescription = quotedTexts(description);

    expect(fromClause).toEqual([]);
    expect(fromDescription).toEqual(['Mr. Gridlock']);
  });

  it('opens a quote at a straight mark glued to the word before it when no quote is open', () => {
    const afterStop =
      'The owner said she felt misled by the agency."We were deceived into coming here," she said.';
    const afterWord =
      'The mayor waxed poetic about"shared roads for all of our neighbors." Then she left.';

    const fromAfterStop = quotedTexts(afterStop);
    const fromAfterWord = quotedTexts(afterWord);

    expect(fromAfterStop).toEqual(['We were deceived into coming here,']);
    expect(fromAfterWord).toEqual(['shared roads for all of our neighbors.']);
  });

  it('reads a closing attribution past a relative clause as reporting the whole sentence', () => {
    const closed =
      'The plan to “fix the roads” appeals to drivers who want “a smooth ride,” said Lena Ruiz, a planner.';
    const inClause =
      'The “green lanes” plan, which officials described as costly, was dropped in March.';

    const fromClosed = quotedTexts(closed);
    const fromClause = quotedTexts(inClause);

    expect(fromClosed).toEqual(['fix the roads', 'a smooth ride,']);
    expect(fromClause).toEqual([]);
  });

  it('does not read a cue opening a long clause after a relative clause as an attribution', () => {
    const text =
      'The mayor offered an “apology” to the drivers who lost their cars in the flood, then told listeners of a morning radio show that the roads would reopen soon.';

    const quotes = quotedTexts(text);

    expect(quotes).toEqual([]);
  });

  it('treats a title-shaped sentence right after an attributed quote as the speaker going on', () => {
    const continued =
      '“There is one person who can fix the harbor,” Ruiz told the dock workers on Sunday. “Lena Cho.”';
    const standalone =
      'The festival opened on Friday. “Harbor Lights.” The band played until dawn.';

    const fromContinued = quotedTexts(continued);
    const fromStandalone = quotedTexts(standalone);

    expect(fromContinued).toEqual(['There is one person who can fix the harbor,', 'Lena Cho.']);
    expect(fromStandalone).toEqual([]);
  });

  it('treats a title followed by the work it names as a title, not an answer', () => {
    const title =
      'Next spring the press will publish “Harbor Nights,” a memoir written by the former mayor.';
    const answer = '“Absolutely,” the comedy club owner said when asked about the new rules.';

    const fromTitle = quotedTexts(title);
    const fromAnswer = quotedTexts(answer);

    expect(fromTitle).toEqual([]);
    expect(fromAnswer).toEqual(['Absolutely,']);
  });

  it('does not read "easier said than done" as a report of words', () => {
    const idiom = 'But “fixing the buses” is easier said than done in the valley.';
    const reported = 'But “fixing the buses” is overdue, the mayor said.';

    const fromIdiom = quotedTexts(idiom);
    const fromReported = quotedTexts(reported);

    expect(fromIdiom).toEqual([]);
    expect(fromReported).toEqual(['fixing the buses']);
  });

  it('treats the label of a button someone clicks as a term, not a quote', () => {
    const label =
      'To join the list, the mayor wrote, type your email and click “sign up.” Then wait.';
    const button = 'The clerk said voters should click “renew” when the form opens.';

    const fromLabel = quotedTexts(label);
    const fromButton = quotedTexts(button);

    expect(fromLabel).toEqual([]);
    expect(fromButton).toEqual([]);
  });

  it('treats a quoted modifier after a determiner and an adjective as a term', () => {
    const term =
      'Inspectors toured a regional “megaplex” jail in the desert, and the warden said it was full.';
    const reported = 'The warden said a regional “megaplex” jail was not needed.';

    const fromTerm = quotedTexts(term);
    const fromReported = quotedTexts(reported);

    expect(fromTerm).toEqual([]);
    expect(fromReported).toEqual(['megaplex']);
  });
});
