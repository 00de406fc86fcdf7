/**
 * Publication dates: normalizes what a source supplies (ISO strings, epoch numbers, HTTP
 * dates, "July 6, 2017 3:30 PM EDT") to ISO 8601, and picks the date by precedence:
 * the caller's flag, S3 metadata, the document's own metadata, a date line in the text, the
 * upload time. A date is kept in the timezone the source wrote it in, so
 * "2017-07-06T23:30:00-05:00" stays on July 6. Free-form dates go through chrono-node.
 */
import * as chrono from 'chrono-node';
import type { PublishedSource } from '../../shared/article.ts';

const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?\s*(Z|z|[+-]\d{2}(?::?\d{2})?)?)?$/;
const LABEL = /^(?:published|posted|updated|date|dated|first published|last updated)\s*:?\s*/i;

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function validDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= days && year >= 1800 && year <= 2200;
}

function formatOffset(minutes: number): string {
  if (minutes === 0) return 'Z';
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** ISO 8601 for a supplied publication date, or null when it cannot be read as one. */
export function normalizeDate(value: unknown): string | null {
  if (typeof value === 'number') return fromEpoch(value);
  if (typeof value !== 'string') return null;
  const trimmed = value.trim().replace(LABEL, '');
  if (!trimmed) return null;
  if (/^\d{10}(?:\d{3})?$/.test(trimmed)) return fromEpoch(Number(trimmed));
  const iso = ISO.exec(trimmed);
  if (iso) return fromIso(iso);
  return fromProse(trimmed);
}

function fromEpoch(n: number): string | null {
  if (!Number.isFinite(n) || n <= 0) return null;
  const ms = n < 1e11 ? n * 1000 : n;
  const date = new Date(ms);
  if (Number.isNaN(date.getTime())) return null;
  return date.toISOString().replace('.000Z', 'Z');
}

function fromIso(m: RegExpExecArray): string | null {
  const [, y, mo, d, h, mi, s, frac, zone] = m;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  if (!validDate(year, month, day)) return null;
  const date = `${y}-${mo}-${d}`;
  if (h === undefined || mi === undefined) return date;
  if (Number(h) > 23 || Number(mi) > 59 || Number(s ?? 0) > 60) return null;
  const fraction = frac && /[1-9]/.test(frac) ? frac : '';
  let offset = '';
  if (zone === 'Z' || zone === 'z') offset = 'Z';
  else if (zone) {
    const digits = zone.replace(':', '');
    offset = `${digits.slice(0, 3)}:${digits.slice(3, 5) || '00'}`;
    if (offset === '+00:00') offset = 'Z';
  }
  return `${date}T${h}:${mi}:${s ?? '00'}${fraction}${offset}`;
}

function fromProse(value: string): string | null {
  const result = chrono.strict.parse(value)[0];
  if (!result) return null;
  // The date must be most of the value, not a date mentioned inside a longer text.
  if (result.text.length < value.replace(/[\s.,]+$/, '').length * 0.6) return null;
  const c = result.start;
  if (!c.isCertain('year') || !c.isCertain('month') || !c.isCertain('day')) return null;
  const year = c.get('year') ?? 0;
  const month = c.get('month') ?? 0;
  const day = c.get('day') ?? 0;
  if (!validDate(year, month, day)) return null;
  const date = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
  if (!c.isCertain('hour')) return date;
  const time = `${pad(c.get('hour') ?? 0)}:${pad(c.get('minute') ?? 0)}:${pad(c.get('second') ?? 0)}`;
  const offset = c.isCertain('timezoneOffset') ? formatOffset(c.get('timezoneOffset') ?? 0) : '';
  return `${date}T${time}${offset}`;
}

export interface PublishedCandidate {
  source: PublishedSource;
  value: unknown;
  /** Where the value came from, for the warning when it cannot be read. */
  label: string;
}

export interface Published {
  publishedAt: string | null;
  publishedSource: PublishedSource | null;
}

/** The first candidate that normalizes, in the order given; the others add warnings. */
export function choosePublished(candidates: PublishedCandidate[], warnings: string[]): Published {
  for (const { source, value, label } of candidates) {
    if (value === undefined || value === null || value === '') continue;
    const normalized = normalizeDate(value);
    if (normalized) return { publishedAt: normalized, publishedSource: source };
    warnings.push(`Unreadable publication date in ${label}: ${JSON.stringify(value)}; ignored.`);
  }
  return { publishedAt: null, publishedSource: null };
}
