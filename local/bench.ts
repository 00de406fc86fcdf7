/**
 * `npm run bench -- DIR [--rounds N] [--warmup N]`: measures, in one run, the throughput of the whole
 * extraction (segmentation + quotes + temporal expressions, over the files as `news-ingest
 * extract` takes them) and of chrono-node alone parsing the same texts, the floor the extraction
 * must not fall below; then each extraction stage alone, to show where the time goes.
 *
 * Method, the same for every figure:
 * - Same inputs: the files the segmenter accepts; chrono-node reads the text the extraction
 *   stores (for .tml, the document text without its tags).
 * - Fresh strings on both sides: the extraction decodes each file's bytes inside the timed run,
 *   and chrono-node gets new string objects each round, made before its timer starts, so
 *   neither side reads strings V8 has already flattened or cached results for.
 * - Same warm-up: `--warmup` rounds (default 10) of everything that is later measured, with
 *   as many passes of chrono-node as of the extraction's code. The extraction has far more
 *   code for the JIT to settle than chrono-node and takes some ten rounds to reach its steady
 *   speed; figures taken after three rounds, beside stage figures taken later and warmer, made
 *   the whole look about twice as slow as its stages.
 * - Same rounds: each of `--rounds` rounds (default 9) times every measurement once, in an
 *   order that rotates every round, so no side always runs first or right after the other's
 *   garbage.
 * - Same clock: CPU seconds of the process (user + system), because on a machine shared with
 *   other jobs wall time mostly measures the neighbours. GC helper and compiler threads are
 *   included, as they are part of the cost. Each side's loop is timed as a whole, never per
 *   file.
 * - The median of the per-round figures is reported. A ratio is the median of the rounds'
 *   ratios, each of two figures taken in the same round: the machine's speed drifts while the
 *   bench runs (other jobs come and go), and a ratio of two medians would mix rounds taken at
 *   different speeds.
 *
 * The whole extraction is `extractArticles`, the CLI's core: each stage over a batch of files
 * before the next stage, as each deployed function runs its one stage over a batch of events.
 * The same work article by article (all three stages on one file, then the next file) is
 * timed too and printed for comparison: it came out 2-23% slower in the runs that set this
 * up, because each stage then starts with the CPU caches full of the other stages' code and
 * data. The stage-by-stage run times each stage alone over every file.
 */
import { readdir, readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import * as chrono from 'chrono-node';
import { extractDates } from '../functions/extract-dates/dates.ts';
import { extractQuotes } from '../functions/extract-quotes/quotes.ts';
import { type RawArticle, segmentArticle } from '../functions/segment/segment.ts';
import type { SegmentedArticle } from '../shared/article.ts';
import { parseTimeml } from './eval/timeml.ts';
import { extractArticles } from './extract-file.ts';

const EXTENSIONS = new Set(['.txt', '.tml', '.md', '.html', '.json']);

interface BenchFile {
  name: string;
  bytes: Uint8Array;
  /** The plain text chrono-node reads (for .tml, the document text without tags). */
  text: string;
  published: string | undefined;
}

async function collect(dir: string, out: string[]): Promise<void> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) await collect(path, out);
    else if (EXTENSIONS.has(extname(entry.name).toLowerCase())) out.push(path);
  }
}

async function load(path: string): Promise<BenchFile> {
  const raw = await readFile(path, 'utf8');
  if (path.endsWith('.tml')) {
    const doc = parseTimeml(raw);
    const name = path.replace(/\.tml$/, '.txt');
    return {
      name,
      bytes: new TextEncoder().encode(doc.text),
      text: doc.text,
      published: doc.dct ?? undefined,
    };
  }
  return { name: path, bytes: new TextEncoder().encode(raw), text: raw, published: undefined };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

function rawOf(f: BenchFile): RawArticle {
  return { bytes: f.bytes, source: f.name, ...(f.published ? { published: f.published } : {}) };
}

const LIMITS = { maxBytes: 50_000_000 };

/** Exactly what `news-ingest extract` does with a batch of files. */
function runExtraction(files: BenchFile[]): number {
  let found = 0;
  for (const outcome of extractArticles(files.map(rawOf), LIMITS)) {
    if ('extraction' in outcome)
      found += outcome.extraction.quotes.length + outcome.extraction.dates.length;
  }
  return found;
}

/** The same work article by article: all three stages on one file, then the next file. */
function runInterleaved(files: BenchFile[]): number {
  let found = 0;
  for (const f of files) {
    const article = segmentArticle(rawOf(f), LIMITS);
    found += extractQuotes(article).length + extractDates(article).length;
  }
  return found;
}

interface StageSeconds {
  segment: number;
  quotes: number;
  dates: number;
}

/**
 * The same work stage by stage: quotes and temporal expressions read the very articles the
 * timed segmentation produced, as they do in the whole extraction.
 */
function stageSeconds(files: BenchFile[]): StageSeconds {
  let articles: SegmentedArticle[] = [];
  const segment = seconds(() => {
    articles = files.map((f) => segmentArticle(rawOf(f), LIMITS));
    return articles.length;
  });
  const quotes = seconds(() => articles.reduce((n, a) => n + extractQuotes(a).length, 0));
  const dates = seconds(() => articles.reduce((n, a) => n + extractDates(a).length, 0));
  return { segment, quotes, dates };
}

function runChrono(texts: string[], refDate: Date): number {
  let found = 0;
  for (const text of texts) found += chrono.parse(text, refDate).length;
  return found;
}

/** New string objects with the same text, made outside the timed run. */
function freshTexts(files: BenchFile[]): string[] {
  return files.map((f) => Buffer.from(f.text, 'utf8').toString('utf8'));
}

/** CPU seconds (user + system) of the whole process during one run. */
function seconds(run: () => number): number {
  const before = process.cpuUsage();
  run();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1e6;
}

export async function runBench(argv: string[]): Promise<number> {
  const dir = argv.find(
    (a, i) => !a.startsWith('--') && argv[i - 1] !== '--rounds' && argv[i - 1] !== '--warmup',
  );
  const roundsAt = argv.indexOf('--rounds');
  const rounds = roundsAt >= 0 ? Number(argv[roundsAt + 1]) : 9;
  const warmupAt = argv.indexOf('--warmup');
  const warmup = warmupAt >= 0 ? Number(argv[warmupAt + 1]) : 10;
  if (!dir || !Number.isInteger(rounds) || rounds < 1 || !Number.isInteger(warmup) || warmup < 0) {
    console.error('usage: npm run bench -- DIR [--rounds N] [--warmup N]');
    return 2;
  }
  const paths: string[] = [];
  try {
    await collect(dir, paths);
  } catch {
    console.error(`cannot read directory ${dir}`);
    return 2;
  }
  paths.sort();
  // Files the segmenter rejects (a JSON file that is no article) are left out of both sides.
  const files = (await Promise.all(paths.map(load))).filter((f) => {
    try {
      segmentArticle(rawOf(f), LIMITS);
      return true;
    } catch (error) {
      console.error(`skipped ${f.name}: ${error instanceof Error ? error.message : String(error)}`);
      return false;
    }
  });
  if (files.length === 0) {
    console.error(`no article files in ${dir}`);
    return 2;
  }
  const megabytes = files.reduce((sum, f) => sum + f.bytes.length, 0) / 1e6;
  const refDate = new Date(Date.UTC(2017, 6, 6));
  const extraction: number[] = [];
  const interleaved: number[] = [];
  const baseline: number[] = [];
  const stages = { segment: [] as number[], quotes: [] as number[], dates: [] as number[] };
  const measurements: (() => void)[] = [
    () => extraction.push(megabytes / seconds(() => runExtraction(files))),
    () => interleaved.push(megabytes / seconds(() => runInterleaved(files))),
    () => {
      const texts = freshTexts(files);
      baseline.push(megabytes / seconds(() => runChrono(texts, refDate)));
    },
    () => {
      const t = stageSeconds(files);
      stages.segment.push(megabytes / t.segment);
      stages.quotes.push(megabytes / t.quotes);
      stages.dates.push(megabytes / t.dates);
    },
  ];
  for (let round = 0; round < warmup + rounds; round++) {
    // Rotate the order so that no measurement always runs first or after the same neighbour.
    for (let k = 0; k < measurements.length; k++) {
      measurements[(round + k) % measurements.length]?.();
    }
    // The extraction's code runs three times a round (batched, article by article, and stage
    // by stage): while warming up, chrono-node gets two more passes, so both have run as often
    // when timing starts.
    if (round < warmup) for (let k = 0; k < 2; k++) runChrono(freshTexts(files), refDate);
    if (round === warmup - 1) {
      // Warm-up figures are dropped.
      for (const list of [
        extraction,
        interleaved,
        baseline,
        stages.segment,
        stages.quotes,
        stages.dates,
      ]) {
        list.length = 0;
      }
    }
  }
  const x = median(extraction);
  const y = median(baseline);
  const ratio = (side: number[]) => median(side.map((v, i) => v / (baseline[i] as number)));
  console.log(
    `bench: extraction ${x.toFixed(2)} MB/s, chrono-node ${y.toFixed(2)} MB/s, ratio ${ratio(extraction).toFixed(2)} ` +
      `(${files.length} files, ${megabytes.toFixed(2)} MB, ${rounds} rounds, median of CPU time)`,
  );
  console.log(
    `bench article by article: extraction ${median(interleaved).toFixed(2)} MB/s, ratio ${ratio(interleaved).toFixed(2)} ` +
      '(all three stages on one file, then the next file)',
  );
  console.log(
    `bench stages: segment ${median(stages.segment).toFixed(2)} MB/s, quotes ${median(stages.quotes).toFixed(2)} MB/s, ` +
      `dates ${median(stages.dates).toFixed(2)} MB/s (each alone)`,
  );
  return 0;
}

process.exitCode = await runBench(process.argv.slice(2));
