/**
 * decodeArticleBytes: byte-order marks, UTF-16, Windows-1252, invalid bytes reported as
 * warnings, binary and empty objects rejected.
 */
import { describe, expect, it } from 'vitest';
import { decodeArticleBytes } from '../../functions/segment/decode.ts';
import { ArticleRejectedError } from '../../shared/errors.ts';

function utf16(text: string, littleEndian: boolean): Uint8Array {
  const bytes = new Uint8Array(text.length * 2);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < text.length; i++) view.setUint16(i * 2, text.charCodeAt(i), littleEndian);
  return bytes;
}

function concat(...parts: Uint8Array[]): Uint8Array {
  return Uint8Array.from(parts.flatMap((p) => Array.from(p)));
}

function rejection(bytes: Uint8Array): string {
  try {
    decodeArticleBytes(bytes);
  } catch (error) {
    if (error instanceof ArticleRejectedError) return error.reason;
    throw error;
  }
  return 'accepted';
}

describe('decodeArticleBytes', () => {
  it('reads UTF-8 without a byte-order mark', () => {
    const decoded = decodeArticleBytes(new TextEncoder().encode('Café “open”'));
    expect(decoded).toEqual({ text: 'Café “open”', encoding: 'utf-8', bom: false, warnings: [] });
  });

  it('drops a UTF-8 byte-order mark', () => {
    const bytes = concat(Uint8Array.of(0xef, 0xbb, 0xbf), new TextEncoder().encode('Hello.'));
    const decoded = decodeArticleBytes(bytes);
    expect(decoded.text).toBe('Hello.');
    expect(decoded.bom).toBe(true);
  });

  it('reads UTF-16LE with a byte-order mark', () => {
    const bytes = concat(Uint8Array.of(0xff, 0xfe), utf16('Städte — “ja”', true));
    const decoded = decodeArticleBytes(bytes);
    expect(decoded.text).toBe('Städte — “ja”');
    expect(decoded.encoding).toBe('utf-16le');
  });

  it('reads UTF-16BE with a byte-order mark', () => {
    const bytes = concat(Uint8Array.of(0xfe, 0xff), utf16('Night shift.', false));
    const decoded = decodeArticleBytes(bytes);
    expect(decoded.text).toBe('Night shift.');
    expect(decoded.encoding).toBe('utf-16be');
  });

  it('reads UTF-16LE without a byte-order mark and says how it guessed', () => {
    const decoded = decodeArticleBytes(utf16('Plain words only.', true));
    expect(decoded.text).toBe('Plain words only.');
    expect(decoded.warnings).toEqual(['No byte-order mark: read as UTF-16LE.']);
  });

  it('reads Windows-1252 curly quotes, dashes and accents', () => {
    const bytes = Uint8Array.of(0x93, 0x43, 0x61, 0x66, 0xe9, 0x94, 0x20, 0x97, 0x20, 0x6f, 0x6b);
    const decoded = decodeArticleBytes(bytes);
    expect(decoded.text).toBe('“Café” — ok');
    expect(decoded.encoding).toBe('windows-1252');
    expect(decoded.warnings).toEqual([]);
  });

  it('replaces invalid bytes in UTF-8 text and reports them', () => {
    const bytes = concat(
      new TextEncoder().encode('Café '),
      Uint8Array.of(0xff),
      new TextEncoder().encode(' end.'),
    );
    const decoded = decodeArticleBytes(bytes);
    expect(decoded.text).toBe('Café \ufffd end.');
    expect(decoded.warnings).toEqual(['1 invalid UTF-8 byte sequence(s) replaced with U+FFFD.']);
  });

  it('rejects an empty object', () => {
    expect(rejection(new Uint8Array())).toBe('empty');
  });

  it('rejects an object of whitespace only', () => {
    expect(rejection(new TextEncoder().encode(' \n\t\r\n'))).toBe('empty');
  });

  it('rejects bytes with NUL characters as binary', () => {
    expect(rejection(Uint8Array.of(0x01, 0x00, 0x02, 0x03, 0x00, 0x00, 0x9c, 0x41, 0x00))).toBe(
      'binary',
    );
  });

  it('counts stray control characters in otherwise clean text as a warning', () => {
    const bytes = new TextEncoder().encode('The vote\u0007 passed on\u000b Tuesday.');
    const decoded = decodeArticleBytes(bytes);
    expect(decoded.warnings).toEqual(['2 control character(s) in the text.']);
    expect(decoded.text).toBe('The vote\u0007 passed on\u000b Tuesday.');
  });

  it('reports C1 characters, which no Windows-1252 byte should become', () => {
    const decoded = decodeArticleBytes(new TextEncoder().encode('Price\u0081 rose.'));
    expect(decoded.warnings).toEqual(['1 byte(s) with no character in utf-8.']);
  });

  it('rejects text of no-break spaces and a stray byte-order mark only', () => {
    expect(rejection(new TextEncoder().encode('\u00a0 \ufeff\u00a0\n'))).toBe('empty');
  });

  it('rejects a PDF by its signature', () => {
    expect(rejection(new TextEncoder().encode('%PDF-1.7\n1 0 obj'))).toBe('binary');
  });
});
