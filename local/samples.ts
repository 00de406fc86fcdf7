/**
 * The project's sample articles (`events/articles/`) and the publication dates its manifest
 * gives the plain-text ones, which carry none of their own; uploads set them as S3 metadata.
 */
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';

export const SAMPLES_DIR = join(resolve(import.meta.dirname, '..'), 'events', 'articles');

/** Sample file name → publication date, from `manifest.json` (empty when there is none). */
export async function samplePublicationDates(): Promise<Record<string, string>> {
  let manifest: Record<string, { published?: string }>;
  try {
    manifest = JSON.parse(await readFile(join(SAMPLES_DIR, 'manifest.json'), 'utf8'));
  } catch {
    return {};
  }
  return Object.fromEntries(
    Object.entries(manifest).flatMap(([name, entry]) =>
      entry.published ? [[name, entry.published]] : [],
    ),
  );
}
