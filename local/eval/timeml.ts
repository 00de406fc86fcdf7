/**
 * Reads a TimeML (.tml) document as TempEval-3 distributes it: the document creation time, the
 * plain text of `<TEXT>` with every tag stripped, and the gold TIMEX3 temporal expressions as
 * offsets into that decoded text.
 */

import { NAMED_ENTITIES } from '../../functions/segment/formats/blocks.ts';
import type { TimexType } from '../../shared/article.ts';

export interface GoldTimex {
  start: number;
  end: number;
  text: string;
  type: TimexType;
  value: string;
  mod?: string;
}

export interface TimemlDocument {
  /** The DCT's value (`1998-01-08`), or null when the document has none. */
  dct: string | null;
  text: string;
  timexes: GoldTimex[];
}

/** Decodes one XML entity body (`amp`, `#38`, `#x26`); unknown ones stay as written. */
function decodeEntity(body: string): string | null {
  if (body.startsWith('#x') || body.startsWith('#X')) {
    const code = Number.parseInt(body.slice(2), 16);
    return Number.isFinite(code) ? String.fromCodePoint(code) : null;
  }
  if (body.startsWith('#')) {
    const code = Number.parseInt(body.slice(1), 10);
    return Number.isFinite(code) ? String.fromCodePoint(code) : null;
  }
  return NAMED_ENTITIES[body] ?? null;
}

export function decodeXmlText(raw: string): string {
  return raw.replace(/&(#x?[0-9a-fA-F]+|[a-zA-Z]+);/g, (whole, body: string) => {
    return decodeEntity(body) ?? whole;
  });
}

function attributes(tag: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const m of tag.matchAll(/([A-Za-z_:][\w:.-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    const name = m[1];
    if (name) attrs[name] = decodeXmlText(m[2] ?? m[3] ?? '');
  }
  return attrs;
}

const TIMEX_TYPES = new Set<string>(['DATE', 'TIME', 'DURATION', 'SET']);

/**
 * Walks the `<TEXT>` element tag by tag, decoding text between tags, so each gold offset is
 * counted in decoded characters (an `&amp;` before a TIMEX3 moves it by one, not five).
 */
export function parseTimeml(xml: string): TimemlDocument {
  const dctMatch = /<DCT>\s*<TIMEX3\b([^>]*)>/i.exec(xml);
  const dct = dctMatch ? (attributes(dctMatch[1] ?? '').value ?? null) : null;
  const open = /<TEXT\b[^>]*>/i.exec(xml);
  const close = xml.lastIndexOf('</TEXT>');
  const body = open && close > open.index ? xml.slice(open.index + open[0].length, close) : '';
  let text = '';
  const timexes: GoldTimex[] = [];
  const openTimexes: { start: number; attrs: Record<string, string> }[] = [];
  let cursor = 0;
  for (const m of body.matchAll(/<(\/?)([A-Za-z][\w:-]*)\b([^>]*)>|<!--[\s\S]*?-->/g)) {
    text += decodeXmlText(body.slice(cursor, m.index));
    cursor = m.index + m[0].length;
    const [, slash, name, rest] = m;
    if (name?.toUpperCase() !== 'TIMEX3') continue;
    if (!slash) {
      if (rest?.trimEnd().endsWith('/')) continue; // empty TIMEX3: no extent in the text
      openTimexes.push({ start: text.length, attrs: attributes(rest ?? '') });
      continue;
    }
    const opened = openTimexes.pop();
    if (!opened) continue;
    const type = opened.attrs.type ?? '';
    if (!TIMEX_TYPES.has(type)) continue;
    const timex: GoldTimex = {
      start: opened.start,
      end: text.length,
      text: text.slice(opened.start),
      type: type as TimexType,
      value: opened.attrs.value ?? '',
    };
    if (opened.attrs.mod) timex.mod = opened.attrs.mod;
    timexes.push(timex);
  }
  text += decodeXmlText(body.slice(cursor));
  timexes.sort((a, b) => a.start - b.start);
  return { dct, text, timexes };
}
