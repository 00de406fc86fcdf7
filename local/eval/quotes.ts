/**
 * `npm run eval -- quotes DIR`: scores the quote and speaker extractor on a PolNeAR-style corpus
 * directory (`DIR/text/NAME.txt`, `DIR/attributions/NAME_*.ann`, `DIR/../metadata.tsv`).
 *
 * Each article goes through the real pipeline code (segmentArticle, then extractQuotes). Gold
 * quotes come from `quotes-gold.ts` (its header says how quotes are derived from attributions).
 * Metrics:
 * - quote P/R/F1: a predicted quote matches a gold quote when their spans overlap by at least
 *   half of each one's length; matching is one-to-one, largest overlap first;
 * - speaker accuracy: among matched quotes, the share whose predicted speaker mention overlaps
 *   the gold Source (a gold quote without Source wants a null speaker);
 * - attribution F1: P/R/F1 counting a quote only when matched and its speaker is right.
 * Misses, false quotes and wrong speakers are then grouped by class with a few examples.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { extractQuotes } from '../../functions/extract-quotes/quotes.ts';
import { segmentArticle } from '../../functions/segment/segment.ts';
import type { Quote, Span } from '../../shared/article.ts';
import { type GoldQuote, goldQuotes } from './quotes-gold.ts';

interface Counts {
  docs: number;
  gold: number;
  predicted: number;
  matched: number;
  speakerRight: number;
}

interface Example {
  doc: string;
  line: string;
}

const PRONOUN = /^(he|she|they|it|we|i|you|his|her|their)$/i;

function overlap(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

function spansMatch(a: Span, b: Span): boolean {
  const o = overlap(a, b);
  return o * 2 >= a.end - a.start && o * 2 >= b.end - b.start && o > 0;
}

const STRAY_IN_NAME = /[“”"‘,!?:;]|['’](?![\p{L}])|\b[RDI]-\p{Lu}/u;

function speakerRight(pred: Quote, gold: GoldQuote): boolean {
  if (gold.source.length === 0) return pred.speaker === null;
  const speaker = pred.speaker;
  if (!speaker) return false;
  return gold.source.some((s) => overlap(s, speaker) > 0);
}

function readMetadata(dir: string): Map<string, string> {
  const dates = new Map<string, string>();
  const file = join(dirname(dir.replace(/\/+$/, '')), 'metadata.tsv');
  if (!existsSync(file)) return dates;
  const [header, ...rows] = readFileSync(file, 'utf8').split('\n');
  const cols = (header ?? '').split('\t');
  const nameCol = cols.indexOf('filename');
  const dateCol = cols.indexOf('publication_date');
  if (nameCol < 0 || dateCol < 0) return dates;
  for (const row of rows) {
    const cells = row.split('\t');
    const name = cells[nameCol];
    const date = cells[dateCol];
    if (name && date) dates.set(name, date);
  }
  return dates;
}

function paragraphOf(text: string, at: number): Span {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const nl = text.indexOf('\n', at);
  return { start, end: nl < 0 ? text.length : nl };
}

function clip(s: string, n = 110): string {
  const flat = s.replace(/\s+/g, ' ');
  return flat.length > n ? `${flat.slice(0, n - 1)}…` : flat;
}

function missClass(text: string, g: GoldQuote): string {
  const para = paragraphOf(text, g.start);
  const words = g.text.split(/\s+/).length;
  if (para.start === 0) return 'headline';
  if (g.text.includes('\n')) return 'multi-paragraph';
  if (/^[A-Z][A-Z .'-]+:/.test(text.slice(para.start, para.end).replace(/^["“]/, ''))) {
    return 'transcript';
  }
  if (words <= 4) return 'short-partial';
  if (g.source.length === 0) return 'no-source';
  return 'other';
}

function falseClass(text: string, q: Quote): string {
  const words = q.text.split(/\s+/).length;
  if (paragraphOf(text, q.start).start === 0) return 'headline';
  if (
    words <= 5 &&
    /^[A-Z0-9]/.test(q.text) &&
    q.text
      .split(/\s+/)
      .every((w) => /^[A-Z0-9"“(]|^(of|the|and|a|an|in|on|for|to|with|at|is|&)$/.test(w))
  ) {
    return 'title-like';
  }
  if (words <= 4) return 'scare-quote';
  return 'unannotated-speech';
}

function speakerClass(pred: Quote, gold: GoldQuote): string {
  if (!pred.speaker) return gold.source.length ? 'no-speaker-predicted' : 'other';
  if (gold.source.length === 0) return 'gold-has-no-source';
  if (PRONOUN.test(gold.sourceText.trim())) return 'gold-pronoun';
  if (PRONOUN.test(pred.speaker.text)) return 'predicted-pronoun';
  if (!pred.cue) return 'no-cue';
  if (gold.text.split(/\s+/).length <= 4) return 'short-partial';
  return 'wrong-mention';
}

function addExample(groups: Map<string, Example[]>, cls: string, ex: Example): void {
  const list = groups.get(cls) ?? [];
  list.push(ex);
  groups.set(cls, list);
}

function printGroups(title: string, groups: Map<string, Example[]>, verbose: boolean): void {
  const total = [...groups.values()].reduce((n, l) => n + l.length, 0);
  console.log(`\n== ${title}: ${total}`);
  for (const [cls, list] of [...groups.entries()].sort((a, b) => b[1].length - a[1].length)) {
    console.log(`-- ${cls}: ${list.length}`);
    for (const ex of verbose ? list : list.slice(0, 4)) console.log(`   [${ex.doc}] ${ex.line}`);
  }
}

function ratio(a: number, b: number): number {
  return b === 0 ? 0 : a / b;
}

function f1(p: number, r: number): number {
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

export async function runQuoteEval(dir: string, args: string[]): Promise<number> {
  const known = new Set(['--verbose', '--json']);
  const bad = args.filter((a) => !known.has(a));
  if (bad.length > 0) {
    console.error(`unknown option(s): ${bad.join(' ')} (known: --verbose, --json)`);
    return 2;
  }
  const verbose = args.includes('--verbose');
  const json = args.includes('--json');
  const textDir = join(dir, 'text');
  const annDir = join(dir, 'attributions');
  if (!existsSync(textDir) || !statSync(textDir).isDirectory() || !existsSync(annDir)) {
    console.error(`not a corpus directory (needs text/ and attributions/): ${dir}`);
    return 2;
  }
  const dates = readMetadata(dir);
  const annFiles = readdirSync(annDir).sort();
  const counts: Counts = { docs: 0, gold: 0, predicted: 0, matched: 0, speakerRight: 0 };
  const misses = new Map<string, Example[]>();
  const falses = new Map<string, Example[]>();
  const wrongSpeakers = new Map<string, Example[]>();
  let elapsed = 0;
  // Speaker names that cannot group one person's quotes: a quote mark, a list, a party-state or
  // an age swept into the name ("Ana Ruiz,” Voss", "Ana Ruiz, Voss", "Voss R-Ohio", "Voss, 52").
  let named = 0;
  const strayNames: Example[] = [];

  for (const file of readdirSync(textDir).sort()) {
    if (!file.endsWith('.txt')) continue;
    const name = basename(file, '.txt');
    const annFile = annFiles.find((a) => a.startsWith(`${name}_`) && a.endsWith('.ann'));
    if (!annFile) continue;
    const bytes = readFileSync(join(textDir, file));
    const published = dates.get(name);
    const article = segmentArticle(
      { bytes: new Uint8Array(bytes), source: `${name}.txt`, ...(published ? { published } : {}) },
      { maxBytes: 50_000_000 },
    );
    const t0 = performance.now();
    const predicted = extractQuotes(article);
    elapsed += performance.now() - t0;
    const text = article.text;
    const gold = goldQuotes(text, readFileSync(join(annDir, annFile), 'utf8'));
    counts.docs++;
    counts.gold += gold.length;
    counts.predicted += predicted.length;

    const candidates: { p: number; g: number; o: number }[] = [];
    predicted.forEach((p, pi) => {
      gold.forEach((g, gi) => {
        if (spansMatch(p, g)) candidates.push({ p: pi, g: gi, o: overlap(p, g) });
      });
    });
    candidates.sort((a, b) => b.o - a.o);
    const usedP = new Set<number>();
    const usedG = new Set<number>();
    for (const c of candidates) {
      if (usedP.has(c.p) || usedG.has(c.g)) continue;
      usedP.add(c.p);
      usedG.add(c.g);
      counts.matched++;
      const p = predicted[c.p] as Quote;
      const g = gold[c.g] as GoldQuote;
      if (speakerRight(p, g)) counts.speakerRight++;
      else {
        addExample(wrongSpeakers, speakerClass(p, g), {
          doc: name,
          line: `"${clip(g.text, 60)}" gold=${clip(g.sourceText, 40) || '∅'} predicted=${p.speaker ? `${p.speaker.text} (${p.speaker.name})` : '∅'} cue=${p.cue ?? '∅'}`,
        });
      }
    }
    gold.forEach((g, gi) => {
      if (usedG.has(gi)) return;
      addExample(misses, missClass(text, g), {
        doc: name,
        line: `"${clip(g.text)}" (source: ${clip(g.sourceText, 40) || '∅'})`,
      });
    });
    for (const q of predicted) {
      if (!q.speaker) continue;
      named++;
      if (STRAY_IN_NAME.test(q.speaker.name)) strayNames.push({ doc: name, line: q.speaker.name });
    }
    predicted.forEach((p, pi) => {
      if (usedP.has(pi)) return;
      const around = text.slice(Math.max(0, p.start - 40), Math.min(text.length, p.end + 30));
      addExample(falses, falseClass(text, p), { doc: name, line: clip(around, 140) });
    });
  }

  const p = ratio(counts.matched, counts.predicted);
  const r = ratio(counts.matched, counts.gold);
  const ap = ratio(counts.speakerRight, counts.predicted);
  const ar = ratio(counts.speakerRight, counts.gold);
  const metrics = {
    docs: counts.docs,
    gold: counts.gold,
    predicted: counts.predicted,
    matched: counts.matched,
    precision: p,
    recall: r,
    f1: f1(p, r),
    speakerAccuracy: ratio(counts.speakerRight, counts.matched),
    attributionPrecision: ap,
    attributionRecall: ar,
    attributionF1: f1(ap, ar),
    extractMs: Math.round(elapsed),
    speakerNames: named,
    strayNames: strayNames.length,
  };
  if (json) {
    console.log(JSON.stringify(metrics));
  } else {
    console.log(
      `corpus ${dir}: ${counts.docs} docs, ${counts.gold} gold quotes, ${counts.predicted} predicted, ${counts.matched} matched, ${counts.speakerRight} with the right speaker (extraction ${metrics.extractMs} ms)`,
    );
    console.log(
      `attribution P=${ap.toFixed(3)} R=${ar.toFixed(3)} F1=${metrics.attributionF1.toFixed(3)}`,
    );
    printGroups('missed quotes', misses, verbose);
    printGroups('false quotes', falses, verbose);
    printGroups('wrong speakers', wrongSpeakers, verbose);
    console.log(
      `== speaker names with a quote mark, a list, a party-state or an age in them: ${strayNames.length} of ${named}`,
    );
    for (const e of strayNames.slice(0, verbose ? strayNames.length : 3)) {
      console.log(`   [${e.doc}] ${e.line}`);
    }
  }
  console.log(
    `quotes: P=${p.toFixed(3)} R=${r.toFixed(3)} F1=${metrics.f1.toFixed(3)} speaker-acc=${metrics.speakerAccuracy.toFixed(3)} attribution-F1=${metrics.attributionF1.toFixed(3)} (${counts.docs} docs)`,
  );
  return 0;
}
