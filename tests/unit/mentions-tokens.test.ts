import { describe, expect, it } from 'vitest';
import { tokenize } from '../../functions/extract-quotes/mentions.ts';
import { NameIndex } from '../../functions/extract-quotes/names.ts';

const words = (text: string, from = 0, to = text.length) =>
  tokenize(text, from, to).map((t) => t.text);

describe('tokenize', () => {
  it('keeps abbreviations, initials and inner marks inside a word and drops a full stop', () => {
    const text = 'Mr. J. Roe of AT&T and the U.S. Navy left early.';

    const tokens = words(text);

    expect(tokens).toEqual([
      'Mr.',
      'J.',
      'Roe',
      'of',
      'AT&T',
      'and',
      'the',
      'U.S.',
      'Navy',
      'left',
      'early',
    ]);
  });

  it('keeps a possessive apostrophe and makes other marks tokens of their own', () => {
    const text = 'the voters’ choice, “now” — O’Neil’s call';

    const tokens = words(text);

    expect(tokens).toEqual([
      'the',
      'voters’',
      'choice',
      ',',
      '“',
      'now',
      '”',
      '—',
      'O’Neil’s',
      'call',
    ]);
  });

  it('gives offsets into the whole text and stops at the window', () => {
    const text = 'Ana Ruiz said';

    const tokens = tokenize(text, 4, 10);

    expect(tokens).toEqual([
      { start: 4, end: 8, text: 'Ruiz' },
      { start: 9, end: 10, text: 's' },
    ]);
  });

  it('reads letters outside the basic plane as letters', () => {
    const text = 'el 𝒜rbol 😀 ok';

    const tokens = words(text);

    expect(tokens).toEqual(['el', '𝒜rbol', '😀', 'ok']);
  });
});

describe('NameIndex.lastPersonBefore', () => {
  it('finds the last person of fitting gender, lines back, and not before the floor', () => {
    const text = 'Maria Lopez spoke first.\nLater John Park arrived.\nThen it rained. He left.';
    const index = new NameIndex(text);
    const pronoun = text.indexOf('He left');

    const male = index.lastPersonBefore(pronoun, 0, 'male');
    const female = index.lastPersonBefore(pronoun, 0, 'female');
    const floored = index.lastPersonBefore(pronoun, text.indexOf('Later'), 'female');

    expect(male?.name).toBe('John Park');
    expect(female?.name).toBe('Maria Lopez');
    expect(floored).toBeNull();
  });
});
