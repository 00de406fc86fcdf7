/**
 * The 48 English "Golden Rules" of sentence boundary detection (the public test cases of the
 * pragmatic segmenter and pySBD), one test each.
 */
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../functions/segment/sentences.ts';

function sentencesOf(text: string): string[] {
  return splitSentences(text, { start: 0, end: text.length }).map((s) =>
    text.slice(s.start, s.end),
  );
}

const GOLDEN_RULES: [string, string, string[]][] = [
  [
    'simple period to end sentence',
    'Hello World. My name is Jonas.',
    ['Hello World.', 'My name is Jonas.'],
  ],
  [
    'question mark to end sentence',
    'What is your name? My name is Jonas.',
    ['What is your name?', 'My name is Jonas.'],
  ],
  [
    'exclamation point to end sentence',
    'There it is! I found it.',
    ['There it is!', 'I found it.'],
  ],
  [
    'one letter upper case abbreviations',
    'My name is Jonas E. Smith.',
    ['My name is Jonas E. Smith.'],
  ],
  ['one letter lower case abbreviations', 'Please turn to p. 55.', ['Please turn to p. 55.']],
  [
    'two letter lower case abbreviations in the middle of a sentence',
    'Were Jane and co. at the party?',
    ['Were Jane and co. at the party?'],
  ],
  [
    'two letter upper case abbreviations in the middle of a sentence',
    'They closed the deal with Pitt, Briggs & Co. at noon.',
    ['They closed the deal with Pitt, Briggs & Co. at noon.'],
  ],
  [
    'two letter lower case abbreviations at the end of a sentence',
    "Let's ask Jane and co. They should know.",
    ["Let's ask Jane and co.", 'They should know.'],
  ],
  [
    'two letter upper case abbreviations at the end of a sentence',
    'They closed the deal with Pitt, Briggs & Co. It closed yesterday.',
    ['They closed the deal with Pitt, Briggs & Co.', 'It closed yesterday.'],
  ],
  [
    'two letter (prepositive) abbreviations in a sentence',
    'I can see Mt. Fuji from here.',
    ['I can see Mt. Fuji from here.'],
  ],
  [
    'two letter (prepositive and postpositive) abbreviations in a sentence',
    "St. Michael's Church is on 5th st. near the light.",
    ["St. Michael's Church is on 5th st. near the light."],
  ],
  [
    'possessive two letter abbreviations in a sentence',
    "That is JFK Jr.'s book.",
    ["That is JFK Jr.'s book."],
  ],
  [
    'multi-period abbreviations in the middle of a sentence',
    'I visited the U.S.A. last year.',
    ['I visited the U.S.A. last year.'],
  ],
  [
    'multi-period abbreviations at the end of a sentence',
    'I live in the E.U. How about you?',
    ['I live in the E.U.', 'How about you?'],
  ],
  [
    'U.S. as sentence boundary',
    'I live in the U.S. How about you?',
    ['I live in the U.S.', 'How about you?'],
  ],
  [
    'U.S. as non sentence boundary with next word capitalized',
    'I work for the U.S. Government in Virginia.',
    ['I work for the U.S. Government in Virginia.'],
  ],
  [
    'U.S. as non sentence boundary',
    'I have lived in the U.S. for 20 years.',
    ['I have lived in the U.S. for 20 years.'],
  ],
  [
    'A.M. / P.M. as non sentence boundary and sentence boundary',
    'At 5 a.m. Mr. Smith went to the bank. He left the bank at 6 P.M. Mr. Smith then went to the store.',
    [
      'At 5 a.m. Mr. Smith went to the bank.',
      'He left the bank at 6 P.M.',
      'Mr. Smith then went to the store.',
    ],
  ],
  [
    'number as non sentence boundary',
    'She has $100.00 in her bag.',
    ['She has $100.00 in her bag.'],
  ],
  [
    'number as sentence boundary',
    'She has $100.00. It is in her bag.',
    ['She has $100.00.', 'It is in her bag.'],
  ],
  [
    'parenthetical inside sentence',
    'He teaches science (He previously worked for 5 years as an engineer.) at the local University.',
    [
      'He teaches science (He previously worked for 5 years as an engineer.) at the local University.',
    ],
  ],
  [
    'email addresses',
    'Her email is Jane.Doe@example.com. I sent her an email.',
    ['Her email is Jane.Doe@example.com.', 'I sent her an email.'],
  ],
  [
    'web addresses',
    'The site is: https://www.example.50.com/new-site/awesome_content.html. Please check it out.',
    [
      'The site is: https://www.example.50.com/new-site/awesome_content.html.',
      'Please check it out.',
    ],
  ],
  [
    'single quotations inside sentence',
    "She turned to him, 'This is great.' she said.",
    ["She turned to him, 'This is great.' she said."],
  ],
  [
    'double quotations inside sentence',
    'She turned to him, "This is great." she said.',
    ['She turned to him, "This is great." she said.'],
  ],
  [
    'double quotations at the end of a sentence',
    'She turned to him, "This is great." She held the book out to show him.',
    ['She turned to him, "This is great."', 'She held the book out to show him.'],
  ],
  [
    'double punctuation (exclamation point)',
    'Hello!! Long time no see.',
    ['Hello!!', 'Long time no see.'],
  ],
  ['double punctuation (question mark)', 'Hello?? Who is there?', ['Hello??', 'Who is there?']],
  [
    'double punctuation (exclamation point / question mark)',
    'Hello!? Is that you?',
    ['Hello!?', 'Is that you?'],
  ],
  [
    'double punctuation (question mark / exclamation point)',
    'Hello?! Is that you?',
    ['Hello?!', 'Is that you?'],
  ],
  [
    'list (period followed by parens and no period to end item)',
    '1.) The first item 2.) The second item',
    ['1.) The first item', '2.) The second item'],
  ],
  [
    'list (period followed by parens and period to end item)',
    '1.) The first item. 2.) The second item.',
    ['1.) The first item.', '2.) The second item.'],
  ],
  [
    'list (parens and no period to end item)',
    '1) The first item 2) The second item',
    ['1) The first item', '2) The second item'],
  ],
  [
    'list (parens and period to end item)',
    '1) The first item. 2) The second item.',
    ['1) The first item.', '2) The second item.'],
  ],
  [
    'list (period to mark list and no period to end item)',
    '1. The first item 2. The second item',
    ['1. The first item', '2. The second item'],
  ],
  [
    'list (period to mark list and period to end item)',
    '1. The first item. 2. The second item.',
    ['1. The first item.', '2. The second item.'],
  ],
  [
    'list with bullet',
    '• 9. The first item • 10. The second item',
    ['• 9. The first item', '• 10. The second item'],
  ],
  [
    'list with hyphen',
    '⁃9. The first item ⁃10. The second item',
    ['⁃9. The first item', '⁃10. The second item'],
  ],
  [
    'alphabetical list',
    'a. The first item b. The second item c. The third list item',
    ['a. The first item', 'b. The second item', 'c. The third list item'],
  ],
  [
    'geo coordinates',
    'You can find it at N°. 1026.253.553. That is where the treasure is.',
    ['You can find it at N°. 1026.253.553.', 'That is where the treasure is.'],
  ],
  [
    'named entities with an exclamation point',
    'She works at Yahoo! in the accounting department.',
    ['She works at Yahoo! in the accounting department.'],
  ],
  [
    'I as a sentence boundary and I as an abbreviation',
    'We make a good team, you and I. Did you see Albert I. Jones yesterday?',
    ['We make a good team, you and I.', 'Did you see Albert I. Jones yesterday?'],
  ],
  [
    'ellipsis at end of quotation',
    'Thoreau argues that by simplifying one’s life, “the laws of the universe will appear less complex. . . .”',
    [
      'Thoreau argues that by simplifying one’s life, “the laws of the universe will appear less complex. . . .”',
    ],
  ],
  [
    'ellipsis with square brackets',
    '"Bohr [...] used the analogy of parallel stairways [...]" (Smith 55).',
    ['"Bohr [...] used the analogy of parallel stairways [...]" (Smith 55).'],
  ],
  [
    'ellipsis as sentence boundary (standard ellipsis rules)',
    'If words are left off at the end of a sentence, and that is all that is omitted, indicate the omission with ellipsis marks (preceded and followed by a space) and then indicate the end of the sentence with a period . . . . Next sentence.',
    [
      'If words are left off at the end of a sentence, and that is all that is omitted, indicate the omission with ellipsis marks (preceded and followed by a space) and then indicate the end of the sentence with a period . . . .',
      'Next sentence.',
    ],
  ],
  [
    'ellipsis as sentence boundary (non-standard ellipsis rules)',
    'I never meant that.... She left the store.',
    ['I never meant that....', 'She left the store.'],
  ],
  [
    'ellipsis as non sentence boundary',
    "I wasn’t really ... well, what I mean...see . . . what I'm saying, the thing is . . . I didn’t mean it.",
    [
      "I wasn’t really ... well, what I mean...see . . . what I'm saying, the thing is . . . I didn’t mean it.",
    ],
  ],
  [
    '4-dot ellipsis',
    'One further habit which was somewhat weakened . . . was that of combining words into self-contained units. . . .',
    [
      'One further habit which was somewhat weakened . . . was that of combining words into self-contained units. . . .',
    ],
  ],
];

describe('splitSentences on the English Golden Rules', () => {
  it('has all 48 rules', () => {
    expect(GOLDEN_RULES).toHaveLength(48);
  });
  it.each(GOLDEN_RULES)('%s', (_rule, text, expected) => {
    const sentences = sentencesOf(text);
    expect(sentences).toEqual(expected);
  });
});
