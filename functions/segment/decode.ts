/**
 * Bytes to text for an uploaded article. A byte-order mark decides (UTF-8, UTF-16 LE/BE);
 * otherwise strict UTF-8, and when that fails either Windows-1252 (older wire copy, whose
 * bytes hold no valid multi-byte UTF-8 sequence at all) or UTF-8 with the bad bytes replaced
 * and reported. Binary content (NUL bytes, known file signatures, control characters) and
 * empty objects are rejected, never decoded into garbage.
 */
import { ArticleRejectedError } from '../../shared/errors.ts';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
  /** True when the object began with a byte-order mark (it is not part of `text`). */
  bom: boolean;
  warnings: string[];
}

/** File signatures of formats that are not text but may slip past the NUL-byte check. */
const SIGNATURES: [string, number[]][] = [
  ['PDF', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['PNG', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG', [0xff, 0xd8, 0xff]],
  ['GIF', [0x47, 0x49, 0x46, 0x38]],
  ['ZIP', [0x50, 0x4b, 0x03, 0x04]],
  ['gzip', [0x1f, 0x8b]],
];

/** Decoders hold no state between whole-buffer calls, so one of each serves every article. */
const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function findSignature(bytes: Uint8Array): [string, number[]] | undefined {
  for (const signature of SIGNATURES) {
    const magic = signature[1];
    let k = 0;
    while (k < magic.length && bytes[k] === magic[k]) k++;
    if (k === magic.length) return signature;
  }
  return undefined;
}

export function decodeArticleBytes(bytes: Uint8Array): DecodedText {
  if (bytes.length === 0) throw new ArticleRejectedError('empty', 'The object is empty (0 bytes).');
  const signature = findSignature(bytes);
  if (signature) {
    throw new ArticleRejectedError('binary', `The object is a ${signature[0]} file, not text.`);
  }
  const b0 = bytes[0];
  const b1 = bytes[1];
  const b2 = bytes[2];
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return decodeAs('utf-8', bytes.subarray(3), true);
  if (b0 === 0xff && b1 === 0xfe) return decodeAs('utf-16le', bytes.subarray(2), true);
  if (b0 === 0xfe && b1 === 0xff) return decodeAs('utf-16be', bytes.subarray(2), true);

  // indexOf runs natively; the byte-by-byte count is only needed once a NUL turns up.
  if (bytes.indexOf(0) >= 0) {
    const nulEven = countNul(bytes, 0);
    const nulOdd = countNul(bytes, 1);
    // UTF-16 without a byte-order mark: every other byte of ASCII text is zero.
    const half = bytes.length / 2;
    if (bytes.length % 2 === 0 && nulOdd > half * 0.4 && nulEven === 0) {
      return withWarning(
        decodeAs('utf-16le', bytes, false),
        'No byte-order mark: read as UTF-16LE.',
      );
    }
    if (bytes.length % 2 === 0 && nulEven > half * 0.4 && nulOdd === 0) {
      return withWarning(
        decodeAs('utf-16be', bytes, false),
        'No byte-order mark: read as UTF-16BE.',
      );
    }
    throw new ArticleRejectedError(
      'binary',
      `The object holds ${nulEven + nulOdd} NUL bytes: binary content, not text.`,
    );
  }
  try {
    const text = STRICT_UTF8.decode(bytes);
    return checked({ text, encoding: 'utf-8', bom: false, warnings: [] });
  } catch {
    if (!hasUtf8MultiByte(bytes)) {
      const text = new TextDecoder('windows-1252').decode(bytes);
      return checked({ text, encoding: 'windows-1252', bom: false, warnings: [] });
    }
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    const replaced = countChar(text, '\ufffd');
    return checked({
      text,
      encoding: 'utf-8',
      bom: false,
      warnings: [`${replaced} invalid UTF-8 byte sequence(s) replaced with U+FFFD.`],
    });
  }
}

function decodeAs(encoding: TextEncoding, bytes: Uint8Array, bom: boolean): DecodedText {
  try {
    const text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
    return checked({ text, encoding, bom, warnings: [] });
  } catch {
    const text = new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
    const replaced = countChar(text, '\ufffd');
    return checked({
      text,
      encoding,
      bom,
      warnings: [`${replaced} invalid ${encoding.toUpperCase()} sequence(s) replaced with U+FFFD.`],
    });
  }
}

function withWarning(decoded: DecodedText, warning: string): DecodedText {
  return { ...decoded, warnings: [warning, ...decoded.warnings] };
}

/** Characters `checked` has to count: controls (NUL included) and the C1 range. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it looks for.
const SUSPECT = /[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]/;
/** A character that shows: not whitespace, not a control, not a byte-order mark. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it skips.
const VISIBLE = /[^\x00-\x20\x7f-\xa0\ufeff]/;

/** Rejects text that is mostly control characters, and text with nothing but whitespace. */
function checked(decoded: DecodedText): DecodedText {
  const { text } = decoded;
  // The compiled pattern scans several times faster than a loop in JavaScript; nearly every
  // article has no character to count, and then one test is all the check costs.
  if (!SUSPECT.test(text)) {
    if (!VISIBLE.test(text)) {
      throw new ArticleRejectedError('empty', 'The object holds only whitespace.');
    }
    return decoded;
  }
  let controls = 0;
  let visible = false;
  let undefinedBytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) throw new ArticleRejectedError('binary', 'The text holds NUL characters.');
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0x7f) {
      controls++;
    } else if (c >= 0x80 && c <= 0x9f) {
      // Windows-1252 leaves five bytes undefined; the decoder maps them to C1 controls.
      undefinedBytes++;
    } else if (c > 0x20 && c !== 0xa0 && c !== 0xfeff) {
      visible = true;
    }
  }
  if (!visible) throw new ArticleRejectedError('empty', 'The object holds only whitespace.');
  if (controls > 8 && controls > text.length * 0.01) {
    throw new ArticleRejectedError(
      'binary',
      `The object holds ${controls} control characters: binary content, not text.`,
    );
  }
  let result = decoded;
  if (undefinedBytes > 0) {
    result = withWarning(
      result,
      `${undefinedBytes} byte(s) with no character in ${decoded.encoding}.`,
    );
  }
  if (controls > 0) result = withWarning(result, `${controls} control character(s) in the text.`);
  return result;
}

function countNul(bytes: Uint8Array, parity: number): number {
  let n = 0;
  for (let i = parity; i < bytes.length; i += 2) if (bytes[i] === 0) n++;
  return n;
}

function countChar(text: string, char: string): number {
  let n = 0;
  for (let at = text.indexOf(char); at >= 0; at = text.indexOf(char, at + 1)) n++;
  return n;
}

/** Whether the bytes hold at least one well-formed multi-byte UTF-8 sequence. */
function hasUtf8MultiByte(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] ?? 0;
    if (b < 0xc2 || b > 0xf4) continue;
    const length = b < 0xe0 ? 2 : b < 0xf0 ? 3 : 4;
    let ok = i + length <= bytes.length;
    for (let k = 1; ok && k < length; k++) ok = ((bytes[i + k] ?? 0) & 0xc0) === 0x80;
    if (ok) return true;
  }
  return false;
}
