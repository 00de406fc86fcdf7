/**
 * `npm run bench -- DIR [--rounds N] [--warmup N]`: measures, in one run, the throughput of the whole
 * extraction (segmentation + quotes + temporal expressions) and of chrono-node alone parsing the
 * same texts, the floor the extraction must not fall below.
 */
import { readdir, readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import * as chrono from 'chrono-node';
import { extractDates } from '../functions/extract-dates/dates.ts';
import { extractQuotes } from '../functions/extract-quotes/quotes.ts';
import { segmentArticle } from '../functions/segment/segment.ts';
import { parseTimeml } from './eval/timeml.ts';

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

function runExtraction(files: BenchFile[]): number {
  let found = 0;
  for (const f of files) {
    const article = segmentArticle(
      { bytes: f.bytes, source: f.name, ...(f.published ? { published: f.published } : {}) },
      { maxBytes: 50_000_000 },
    );
    found += extractQuotes(article).length + extractDates(article).length;
  }
  return found;
}

/** Each stage alone, on articles segmented beforehand, to show where the time goes. */
function stageSeconds(files: BenchFile[]): { segment: number; quotes: number; dates: number } {
  const articles = files.map((f) =>
    segmentArticle(
      { bytes: f.bytes, source: f.name, ...(f.published ? { published: f.published } : {}) },
      { maxBytes: 50_000_000 },
    ),
  );
  const segment = seconds(() => {
    for (const f of files)
      segmentArticle(
        { bytes: f.bytes, source: f.name, ...(f.published ? { published: f.published } : {}) },
        { maxBytes: 50_000_000 },
      );
    return 0;
  });
  // Each stage reads fresh copies of the texts, as in the pipeline: V8 caches some regular-
  // expression results per string, which would flatter a stage that reads the same strings twice.
  const fresh = (): typeof articles =>
    articles.map((a) => ({ ...a, text: Buffer.from(a.text, 'utf8').toString('utf8') }));
  const forQuotes = fresh();
  const quotes = seconds(() => forQuotes.reduce((n, a) => n + extractQuotes(a).length, 0));
  const forDates = fresh();
  const dates = seconds(() => forDates.reduce((n, a) => n + extractDates(a).length, 0));
  return { segment, quotes, dates };
}

function runChrono(texts: string[], refDate: Date): number {
  let found = 0;
  for (const text of texts) found += chrono.parse(text, refDate).length;
  return found;
}

/**
 * New string objects with the same text: the extraction decodes each article afresh, so
 * chrono-node gets fresh strings too rather than ones V8 has already flattened and cached
 * regular-expression results for.
 */
function freshTexts(files: BenchFile[]): string[] {
  return files.map((f) => Buffer.from(f.text, 'utf8').toString('utf8'));
}

/**
 * CPU seconds (user + system) of one run: on a machine shared with other jobs, wall-clock time
 * mostly measures the neighbours; both sides are measured the same way.
 */
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
  const rounds = roundsAt >= 0 ? Number(argv[roundsAt + 1]) : 5;
  const warmupAt = argv.indexOf('--warmup');
  const warmup = warmupAt >= 0 ? Number(argv[warmupAt + 1]) : 3;
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
      segmentArticle(
        { bytes: f.bytes, source: f.name, ...(f.published ? { published: f.published } : {}) },
        { maxBytes: 50_000_000 },
      );
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
  // Warm up both paths until the JIT has settled (a single pass still leaves both sides at
  // half their steady speed).
  for (let i = 0; i < warmup; i++) {
    runExtraction(files);
    runChrono(freshTexts(files), refDate);
  }
  const extraction: number[] = [];
  const baseline: number[] = [];
  for (let round = 0; round < rounds; round++) {
    // Alternate the order so neither side always runs on a warmer or cooler machine.
    if (round % 2 === 0) {
      extraction.push(megabytes / seconds(() => runExtraction(files)));
      const texts = freshTexts(files);
      baseline.push(megabytes / seconds(() => runChrono(texts, refDate)));
    } else {
      const texts = freshTexts(files);
      baseline.push(megabytes / seconds(() => runChrono(texts, refDate)));
      extraction.push(megabytes / seconds(() => runExtraction(files)));
    }
  }
  const stages = { segment: [] as number[], quotes: [] as number[], dates: [] as number[] };
  for (let round = 0; round < rounds; round++) {
    const t = stageSeconds(files);
    stages.segment.push(megabytes / t.segment);
    stages.quotes.push(megabytes / t.quotes);
    stages.dates.push(megabytes / t.dates);
  }
  const x = median(extraction);
  const y = median(baseline);
  console.log(
    `bench: extraction ${x.toFixed(2)} MB/s, chrono-node ${y.toFixed(2)} MB/s, ratio ${(x / y).toFixed(2)} ` +
      `(${files.length} files, ${megabytes.toFixed(2)} MB, ${rounds} rounds, median of CPU time)`,
  );
  console.log(
    `bench stages: segment ${median(stages.segment).toFixed(2)} MB/s, quotes ${median(stages.quotes).toFixed(2)} MB/s, ` +
      `dates ${median(stages.dates).toFixed(2)} MB/s (each alone)`,
  );
  return 0;
}

process.exitCode = await runBench(process.argv.slice(2));
