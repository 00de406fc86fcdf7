#!/usr/bin/env node
/**
 * `news-ingest`: the command line. `extract` runs the pipeline's core in-process on files and
 * prints one JSON line per file; `start` and `dev` run the whole pipeline on the emulators.
 */
import { parseArgs } from 'node:util';
import { ArticleRejectedError } from '../shared/errors.ts';
import { extractFiles } from './extract-file.ts';

const USAGE = `usage:
  news-ingest extract [--published YYYY-MM-DD] [--max-bytes N] FILE...
      one JSON line per file: source, text, publishedAt, title, paragraphs, sentences,
      quotes (with speakers) and dates (TIMEX3 type and value)
  news-ingest start [--published YYYY-MM-DD] [FILE|DIR...]   the local pipeline (npm start)
  news-ingest dev                                            the local pipeline, kept up (npm run dev)`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === 'extract') return extract(rest);
  if (command === 'start' || command === 'dev') {
    const { runLocal } = await import('./start.ts');
    return runLocal(command === 'dev' ? ['--stay', ...rest] : rest);
  }
  console.error(USAGE);
  return command === undefined || command === '--help' || command === '-h' ? 0 : 2;
}

async function extract(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { published: { type: 'string' }, 'max-bytes': { type: 'string' } },
  });
  if (positionals.length === 0) {
    console.error(USAGE);
    return 2;
  }
  if (values.published !== undefined && Number.isNaN(Date.parse(values.published))) {
    console.error(`--published "${values.published}" is not a date (use YYYY-MM-DD)`);
    return 2;
  }
  const maxBytes = values['max-bytes'] === undefined ? undefined : Number(values['max-bytes']);
  let failures = 0;
  const outcomes = extractFiles(positionals, {
    ...(values.published ? { published: values.published } : {}),
    ...(maxBytes ? { maxBytes } : {}),
  });
  for await (const outcome of outcomes) {
    if ('extraction' in outcome) {
      process.stdout.write(`${JSON.stringify(outcome.extraction)}\n`);
      continue;
    }
    failures += 1;
    // Bad input gets its line too, with the reason, so nothing is silently skipped.
    const { error, path } = outcome;
    const reason = error instanceof ArticleRejectedError ? error.reason : 'unreadable';
    const message = error instanceof Error ? error.message : String(error);
    process.stdout.write(`${JSON.stringify({ source: path, error: { reason, message } })}\n`);
    console.error(`${path}: ${message}`);
  }
  return failures > 0 ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
