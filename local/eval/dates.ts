/**
 * `npm run eval -- dates DIR [--verbose] [--json]`: scores the temporal-expression extractor on
 * a folder of TimeML documents with the TempEval-3 measures (strict and relaxed extent match,
 * type and value accuracy), running the real pipeline: segmentation, then extractDates.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { extractDates } from '../../functions/extract-dates/dates.ts';
import { segmentArticle } from '../../functions/segment/segment.ts';
import type { TemporalExpression } from '../../shared/article.ts';
import { type GoldTimex, parseTimeml } from './timeml.ts';

interface Counts {
  gold: number;
  predicted: number;
  strictMatches: number;
  relaxedGold: number;
  relaxedPredicted: number;
  typeCorrect: number;
  valueCorrect: number;
}

interface Finding {
  doc: string;
  kind: 'miss' | 'false-positive' | 'wrong-value' | 'wrong-type' | 'wrong-extent';
  cls: string;
  text: string;
  context: string;
  gold?: string;
  predicted?: string;
}

const WEEKDAY = /\b(mon|tues|wednes|thurs|fri|satur|sun)day/i;
const MONTH =
  /\b(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sept?(ember)?|oct(ober)?|nov(ember)?|dec(ember)?)\b/i;

/** A coarse class for a temporal expression, so failures can be read by kind, not one by one. */
export function timexClass(text: string, type: string, value: string): string {
  if (type === 'SET') return 'set';
  if (/_REF$/.test(value)) return 'ref';
  if (type === 'DURATION') return 'duration';
  if (/\b(ago|earlier|later|before|after|since)\b/i.test(text)) return 'relative';
  if (type === 'TIME') return 'time';
  if (
    /-(Q\d|H\d|SU|WI|FA|SP)\b/.test(value) ||
    /quarter|half|summer|winter|spring|fall|autumn/i.test(text)
  )
    return 'quarter/season';
  if (/-W\d\d$/.test(value) || /\bweek/i.test(text)) return 'week';
  if (WEEKDAY.test(text)) return 'weekday';
  if (MONTH.test(text)) return 'month';
  if (/\b(today|yesterday|tomorrow|tonight)\b/i.test(text)) return 'day-word';
  if (/^\d{3}X?$|^\d{4}$/.test(value) || /\b\d{4}s?\b/.test(text)) return 'year';
  return 'other';
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

function contextOf(text: string, start: number, end: number): string {
  const from = Math.max(0, start - 40);
  const to = Math.min(text.length, end + 40);
  return `${text.slice(from, start)}[${text.slice(start, end)}]${text.slice(end, to)}`.replace(
    /\s+/g,
    ' ',
  );
}

function scoreDocument(
  doc: string,
  text: string,
  gold: GoldTimex[],
  predicted: TemporalExpression[],
  counts: Counts,
  findings: Finding[],
): void {
  counts.gold += gold.length;
  counts.predicted += predicted.length;
  const used = new Set<number>();
  for (const g of gold) {
    // Prefer an exact extent, then the first overlapping prediction not yet paired.
    let index = predicted.findIndex(
      (p, i) => !used.has(i) && p.start === g.start && p.end === g.end,
    );
    if (index < 0) index = predicted.findIndex((p, i) => !used.has(i) && overlaps(p, g));
    const p = predicted[index];
    const cls = timexClass(g.text, g.type, g.value);
    if (!p) {
      findings.push({
        doc,
        kind: 'miss',
        cls,
        text: g.text,
        context: contextOf(text, g.start, g.end),
        gold: `${g.type} ${g.value}${g.mod ? ` ${g.mod}` : ''}`,
      });
      continue;
    }
    used.add(index);
    counts.relaxedGold += 1;
    counts.relaxedPredicted += 1;
    if (p.start === g.start && p.end === g.end) counts.strictMatches += 1;
    else
      findings.push({
        doc,
        kind: 'wrong-extent',
        cls,
        text: g.text,
        context: contextOf(text, g.start, g.end),
        gold: g.text,
        predicted: p.text,
      });
    if (p.type === g.type) counts.typeCorrect += 1;
    else
      findings.push({
        doc,
        kind: 'wrong-type',
        cls,
        text: g.text,
        context: contextOf(text, g.start, g.end),
        gold: g.type,
        predicted: `${p.type} (${p.text})`,
      });
    if (p.value === g.value) counts.valueCorrect += 1;
    else
      findings.push({
        doc,
        kind: 'wrong-value',
        cls,
        text: g.text,
        context: contextOf(text, g.start, g.end),
        gold: `${g.type} ${g.value}`,
        predicted: `${p.type} ${p.value} (${p.text})`,
      });
  }
  predicted.forEach((p, i) => {
    if (used.has(i)) return;
    findings.push({
      doc,
      kind: 'false-positive',
      cls: timexClass(p.text, p.type, p.value),
      text: p.text,
      context: contextOf(text, p.start, p.end),
      predicted: `${p.type} ${p.value}`,
    });
  });
}

function ratio(a: number, b: number): number {
  return b === 0 ? 0 : a / b;
}

function f1(p: number, r: number): number {
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

export interface DateScores {
  docs: number;
  gold: number;
  predicted: number;
  strict: { p: number; r: number; f1: number };
  relaxed: { p: number; r: number; f1: number };
  typeAccuracy: number;
  typeF1: number;
  valueAccuracy: number;
  valueF1: number;
}

function scores(counts: Counts, docs: number): DateScores {
  const sp = ratio(counts.strictMatches, counts.predicted);
  const sr = ratio(counts.strictMatches, counts.gold);
  const rp = ratio(counts.relaxedPredicted, counts.predicted);
  const rr = ratio(counts.relaxedGold, counts.gold);
  const relaxedF1 = f1(rp, rr);
  const typeAccuracy = ratio(counts.typeCorrect, counts.relaxedGold);
  const valueAccuracy = ratio(counts.valueCorrect, counts.relaxedGold);
  return {
    docs,
    gold: counts.gold,
    predicted: counts.predicted,
    strict: { p: sp, r: sr, f1: f1(sp, sr) },
    relaxed: { p: rp, r: rr, f1: relaxedF1 },
    typeAccuracy,
    typeF1: relaxedF1 * typeAccuracy,
    valueAccuracy,
    valueF1: relaxedF1 * valueAccuracy,
  };
}

const fmt = (n: number): string => n.toFixed(3);

function printFindings(findings: Finding[], verbose: boolean): void {
  const kinds: Finding['kind'][] = [
    'miss',
    'false-positive',
    'wrong-value',
    'wrong-type',
    'wrong-extent',
  ];
  for (const kind of kinds) {
    const ofKind = findings.filter((f) => f.kind === kind);
    if (ofKind.length === 0) continue;
    console.log(`\n== ${kind} (${ofKind.length})`);
    const byClass = new Map<string, Finding[]>();
    for (const f of ofKind) byClass.set(f.cls, [...(byClass.get(f.cls) ?? []), f]);
    const ordered = [...byClass.entries()].sort((a, b) => b[1].length - a[1].length);
    for (const [cls, list] of ordered) {
      console.log(`  ${cls}: ${list.length}`);
      for (const f of verbose ? list : list.slice(0, 4)) {
        const detail =
          kind === 'miss'
            ? `gold ${f.gold}`
            : kind === 'false-positive'
              ? `got ${f.predicted}`
              : `gold ${f.gold} got ${f.predicted}`;
        console.log(`    "${f.text}" ${detail} | ${verbose ? `${f.doc}: ` : ''}${f.context}`);
      }
    }
  }
}

export async function runDateEval(dir: string, args: string[]): Promise<number> {
  const known = new Set(['--verbose', '--json']);
  const unknown = args.filter((a) => !known.has(a));
  if (unknown.length > 0) {
    console.error(`unknown option(s): ${unknown.join(' ')}`);
    console.error('usage: npm run eval -- dates DIR [--verbose] [--json]');
    return 2;
  }
  const verbose = args.includes('--verbose');
  const json = args.includes('--json');
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => n.endsWith('.tml')).sort();
  } catch {
    console.error(`cannot read directory ${dir}`);
    return 2;
  }
  if (names.length === 0) {
    console.error(`no .tml files in ${dir}`);
    return 2;
  }
  const counts: Counts = {
    gold: 0,
    predicted: 0,
    strictMatches: 0,
    relaxedGold: 0,
    relaxedPredicted: 0,
    typeCorrect: 0,
    valueCorrect: 0,
  };
  const findings: Finding[] = [];
  for (const name of names) {
    const doc = parseTimeml(await readFile(join(dir, name), 'utf8'));
    const segmented = segmentArticle(
      {
        bytes: new TextEncoder().encode(doc.text),
        source: 'doc.txt',
        ...(doc.dct ? { published: doc.dct } : {}),
      },
      { maxBytes: 50_000_000 },
    );
    // Gold offsets point into the decoded TimeML text; the segmenter must hand it back as is.
    if (segmented.text !== doc.text) {
      console.error(`${name}: the segmenter changed the text; sentences are ignored for it`);
    }
    const same = segmented.text === doc.text;
    const predicted = extractDates({
      text: doc.text,
      title: same ? segmented.title : null,
      paragraphs: same ? segmented.paragraphs : [],
      sentences: same ? segmented.sentences : [],
      publishedAt: doc.dct,
    });
    scoreDocument(name, doc.text, doc.timexes, predicted, counts, findings);
  }
  const s = scores(counts, names.length);
  if (json) {
    console.log(
      JSON.stringify({ scores: s, counts, findings: verbose ? findings : undefined }, null, 2),
    );
  } else {
    console.log(`gold ${s.gold}, predicted ${s.predicted}`);
    console.log(`strict   P=${fmt(s.strict.p)} R=${fmt(s.strict.r)} F1=${fmt(s.strict.f1)}`);
    console.log(`relaxed  P=${fmt(s.relaxed.p)} R=${fmt(s.relaxed.r)} F1=${fmt(s.relaxed.f1)}`);
    console.log(`type     accuracy=${fmt(s.typeAccuracy)} F1=${fmt(s.typeF1)}`);
    console.log(`value    accuracy=${fmt(s.valueAccuracy)} F1=${fmt(s.valueF1)}`);
    // The counts behind the ratios, so a margin reads as expressions, not as a third decimal.
    console.log(
      `counts   strict matches ${counts.strictMatches}, relaxed matches ${counts.relaxedGold}, ` +
        `right types ${counts.typeCorrect}, right values ${counts.valueCorrect}`,
    );
    printFindings(findings, verbose);
  }
  // With --json, stdout holds the JSON document alone; the summary line goes to stderr.
  (json ? console.error : console.log)(
    `dates: strict P=${fmt(s.strict.p)} R=${fmt(s.strict.r)} F1=${fmt(s.strict.f1)} ` +
      `relaxed P=${fmt(s.relaxed.p)} R=${fmt(s.relaxed.r)} F1=${fmt(s.relaxed.f1)} ` +
      `type-F1=${fmt(s.typeF1)} value-acc=${fmt(s.valueAccuracy)} value-F1=${fmt(s.valueF1)} ` +
      `(${s.docs} docs)`,
  );
  return 0;
}
