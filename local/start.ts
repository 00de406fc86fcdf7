/**
 * `npm start` and `npm run dev`: the whole pipeline on one machine. Starts the emulators,
 * uploads the sample articles (or the given files) to `incoming/`, lets the deployed event
 * flow run, and prints each article's quotes and dates. `--stay` (npm run dev) keeps it up for
 * files dropped in with any S3 client.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { INCOMING_PREFIX } from '../infra/wiring.ts';
import { articleIdOf, parseS3Message } from '../shared/s3-events.ts';
import type { ArticleRecords } from '../shared/store.ts';
import { type LocalPipeline, startLocalPipeline } from './pipeline.ts';
import { SAMPLES_DIR, samplePublicationDates } from './samples.ts';

const PROJECT_ROOT = resolve(import.meta.dirname, '..');
const DATA_DIR = join(PROJECT_ROOT, '.local-data');
const ARTICLE_EXTENSIONS = new Set(['.txt', '.text', '.html', '.htm', '.md', '.markdown', '.json']);
const CONTENT_TYPES: Record<string, string> = {
  '.txt': 'text/plain',
  '.text': 'text/plain',
  '.html': 'text/html',
  '.htm': 'text/html',
  '.md': 'text/markdown',
  '.markdown': 'text/markdown',
  '.json': 'application/json',
};

interface Upload {
  path: string;
  key: string;
  metadata: Record<string, string>;
}

export async function runLocal(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      stay: { type: 'boolean', default: false },
      published: { type: 'string' },
      verbose: { type: 'boolean', default: false },
      'in-memory': { type: 'boolean', default: false },
    },
  });
  if (values.published !== undefined && Number.isNaN(Date.parse(values.published))) {
    console.error(`--published "${values.published}" is not a date (use YYYY-MM-DD)`);
    return 2;
  }
  const uploads = await plannedUploads(positionals, values.published);
  if (uploads.length === 0 && !values.stay) {
    console.error(`no article files found in ${positionals.join(', ')}`);
    return 2;
  }

  console.log('starting DynamoDB Local and the local S3 ...');
  const pipeline = await startLocalPipeline({
    dataDir: values['in-memory'] ? null : DATA_DIR,
    logLevel: values.verbose ? 'INFO' : 'WARN',
  });
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await pipeline.stop();
  };
  process.once('SIGINT', () => void stop().then(() => process.exit(130)));
  process.once('SIGTERM', () => void stop().then(() => process.exit(143)));

  try {
    for (const upload of uploads) {
      const body = await readFile(upload.path);
      const contentType = CONTENT_TYPES[extname(upload.path).toLowerCase()];
      await pipeline.upload(upload.key, body, {
        metadata: upload.metadata,
        ...(contentType ? { contentType } : {}),
      });
      console.log(
        `uploaded ${relative(process.cwd(), upload.path) || upload.path} → s3://${pipeline.bucket}/${upload.key}`,
      );
    }
    await pipeline.settle(120_000);
    for (const upload of uploads) await printArticle(pipeline, upload.key);
    reportFailures(pipeline);
    if (values.stay) {
      await stayUp(pipeline);
      return 0;
    }
    return pipeline.deadLetters.length + pipeline.streamFailures.length > 0 ? 1 : 0;
  } finally {
    if (!values.stay) await stop();
  }
}

async function plannedUploads(paths: string[], published: string | undefined): Promise<Upload[]> {
  const sampleDates = paths.length === 0 ? await samplePublicationDates() : {};
  const roots = paths.length === 0 ? [SAMPLES_DIR] : paths.map((p) => resolve(p));
  const uploads: Upload[] = [];
  for (const root of roots) {
    const info = await stat(root).catch(() => null);
    if (!info) throw new Error(`${root} does not exist`);
    const files = info.isDirectory() ? await articleFiles(root) : [root];
    for (const path of files) {
      const name = info.isDirectory() ? relative(root, path) : basename(path);
      const date = published ?? sampleDates[name];
      uploads.push({
        path,
        key: `${INCOMING_PREFIX}${name}`,
        metadata: date ? { published: date } : {},
      });
    }
  }
  return uploads;
}

async function articleFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && ARTICLE_EXTENSIONS.has(extname(e.name).toLowerCase()))
    .filter((e) => !/^(readme|manifest)\b/i.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

async function printArticle(pipeline: LocalPipeline, key: string): Promise<void> {
  const articleId = articleIdOf(key);
  const records = articleId ? await pipeline.store.getArticle(articleId) : null;
  console.log('');
  if (!records) {
    console.log(`${key}: no record (was the event lost? see .local-data/failures.jsonl)`);
    return;
  }
  console.log(describe(key, records));
}

export function describe(key: string, records: ArticleRecords): string {
  const { meta } = records;
  if (meta.state === 'rejected') return `${key}: REJECTED (${meta.reason}): ${meta.message}`;
  if (meta.state === 'deleted') return `${key}: deleted`;
  if (meta.state !== 'segmented') return `${key}: ${meta.state}`;
  const lines = [
    `${key}: ${meta.title ? `"${meta.title}"` : '(no title)'}, published ${meta.publishedAt ?? 'unknown'} (${meta.publishedSource ?? 'no source'}), ${meta.paragraphCount} paragraphs, ${meta.sentenceCount} sentences`,
    `  quotes (${records.quotes.length}):`,
    ...records.quotes.map((q) => {
      const who = q.speaker
        ? `${q.speaker.name}${q.speaker.text !== q.speaker.name ? ` [${q.speaker.text}]` : ''}`
        : '(no speaker)';
      return `    ${who}${q.cue ? ` (${q.cue})` : ''}: “${abbreviate(q.text, 110)}”`;
    }),
    `  dates (${records.dates.length}):`,
    ...records.dates.map(
      (d) => `    ${d.text} → ${d.value} (${d.type}${d.mod ? `, ${d.mod}` : ''})`,
    ),
  ];
  return lines.join('\n');
}

function abbreviate(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}

/** Prints the dead letters and stream failures that `reported` has not counted yet. */
function reportFailures(pipeline: LocalPipeline, reported = { letters: 0, failures: 0 }): void {
  for (const letter of pipeline.deadLetters.slice(reported.letters)) {
    console.log(`\ndead letter: ${letter.lastError}\n  ${letter.body}`);
  }
  for (const failure of pipeline.streamFailures.slice(reported.failures)) {
    console.log(
      `\n${failure.stage} failed for ${failure.records.length} records: ${failure.lastError}`,
    );
  }
  reported.letters = pipeline.deadLetters.length;
  reported.failures = pipeline.streamFailures.length;
}

async function stayUp(pipeline: LocalPipeline): Promise<never> {
  console.log(`
The local pipeline is up. Drop articles into the bucket with any S3 client:
  S3 endpoint:   ${pipeline.s3Endpoint}
  bucket:        ${pipeline.bucket}   (articles go under ${INCOMING_PREFIX})
  credentials:   AWS_ACCESS_KEY_ID=S3RVER AWS_SECRET_ACCESS_KEY=S3RVER AWS_REGION=us-east-1
  DynamoDB:      ${pipeline.dynamoEndpoint}  table ${pipeline.tableName}
  e.g.  AWS_ACCESS_KEY_ID=S3RVER AWS_SECRET_ACCESS_KEY=S3RVER AWS_REQUEST_CHECKSUM_CALCULATION=when_required \\
          aws --endpoint-url ${pipeline.s3Endpoint} s3 cp article.txt s3://${pipeline.bucket}/${INCOMING_PREFIX}
Press Ctrl-C to stop.`);
  let seen = pipeline.notifications.length;
  const reported = {
    letters: pipeline.deadLetters.length,
    failures: pipeline.streamFailures.length,
  };
  for (;;) {
    await new Promise((r) => setTimeout(r, 1000));
    if (pipeline.notifications.length === seen) continue;
    const fresh = pipeline.notifications.slice(seen);
    seen = pipeline.notifications.length;
    await pipeline.settle(120_000).catch((error: Error) => console.error(error.message));
    const keys = new Set(fresh.flatMap((body) => parseS3Message(body).map((event) => event.key)));
    for (const key of keys) await printArticle(pipeline, key);
    reportFailures(pipeline, reported);
  }
}

if (import.meta.main) process.exitCode = await runLocal(process.argv.slice(2));
