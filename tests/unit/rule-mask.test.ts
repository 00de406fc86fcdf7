import { describe, expect, it } from 'vitest';
import { RULES, scanWindow } from '../../functions/extract-dates/rules.ts';

// Changes the shared grammar, so it lives in a file of its own (vitest isolates test files).
describe('scanWindow', () => {
  it('runs a rule placed after the sixty-fourth, and only the rules its trigger calls for', () => {
    const found: string[] = [];
    const rule = (re: RegExp, need: RegExp, value: string) => ({
      re,
      need,
      priority: 9,
      build: () => ({ resolve: () => ({ type: 'DURATION' as const, value }) }),
    });
    // Rule 38 shares its bit with rule 70 in a mask of two 32-bit halves.
    RULES[38] = rule(/\bonce\b/g, /(?!)/, 'P1D');
    while (RULES.length < 70) RULES.push(rule(/(?!)/g, /(?!)/, 'P1D'));
    RULES.push(rule(/\bblue moon\b/g, /^fortnight$/, 'P2W'));

    scanWindow('once in a blue moon', 100, ['fortnight'], (start, end) => {
      found.push(`${start}-${end}`);
    });

    expect(found).toEqual(['110-119']);
  });

  it('runs a rule added after the first scan', () => {
    const found: string[] = [];
    scanWindow('in a jiffy', 0, ['jiffy'], () => {});
    RULES.push({
      re: /\bjiffy\b/g,
      need: /^jiffy$/,
      priority: 9,
      build: () => ({ resolve: () => ({ type: 'DURATION' as const, value: 'P2W' }) }),
    });

    scanWindow('in a jiffy', 0, ['jiffy'], (start, end) => {
      found.push(`${start}-${end}`);
    });

    expect(found).toEqual(['5-10']);
  });
});
