import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll } from 'vitest';

/**
 * A fresh directory for a test file's cloud assembly, removed when the file's tests are done.
 * Without one, the CDK App writes each synthesis to a new `cdk.out*` directory of the system's
 * temporary directory and leaves it there. Call it at the top level of the test file.
 */
export function assemblyDir(prefix = 'news-ingest-synth-'): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });
  return dir;
}
