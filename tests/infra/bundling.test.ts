/**
 * The stages bundled for real, as `cdk deploy` would upload them: the local esbuild builds each
 * entry into one ES module, and each module loads with nothing but Node beside it, which proves
 * the AWS SDK and every CommonJS dependency made it into the bundle.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CfnElement } from 'aws-cdk-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../infra/news-ingest-app.ts';
import type { NewsIngestStack } from '../../infra/news-ingest-stack.ts';
import { stageNames } from '../../infra/wiring.ts';
import type { StageName } from '../../shared/table.ts';
import { assemblyDir } from './assembly-dir.ts';

// Outside the project, so that a module the bundle left out cannot be found in node_modules.
const outdir = assemblyDir('news-ingest-bundles-');
let stack: NewsIngestStack;
let template: { Resources: Record<string, { Properties: { Code: { S3Key: string } } }> };

beforeAll(() => {
  const built = buildApp({ bundling: true, outdir, nagChecks: false });
  stack = built.stack;
  const assembly = built.app.synth();
  template = JSON.parse(readFileSync(path.join(assembly.directory, stack.templateFile), 'utf8'));
}, 240_000);

function ancestors(dir: string): string[] {
  const parent = path.dirname(dir);
  return parent === dir ? [dir] : [dir, ...ancestors(parent)];
}

function bundleDirectory(stage: StageName): string {
  const resource = stack.stages.get(stage)?.function.node.defaultChild;
  if (!CfnElement.isCfnElement(resource)) throw new Error(`no function for the ${stage} stage`);
  const key = template.Resources[stack.getLogicalId(resource)]?.Properties.Code.S3Key;
  if (!key) throw new Error(`the ${stage} function has no code asset`);
  return path.join(outdir, `asset.${key.replace(/\.zip$/, '')}`);
}

describe('news-ingest stage bundles', () => {
  it('are built outside any node_modules tree', () => {
    const withModules = ancestors(outdir).filter((dir) =>
      existsSync(path.join(dir, 'node_modules')),
    );

    expect(withModules).toEqual([]);
  });

  it.each(stageNames)('bundles %s into an ES module with a source map', (stage) => {
    const directory = bundleDirectory(stage);

    const bundle = readFileSync(path.join(directory, 'index.mjs'), 'utf8');

    expect(bundle.startsWith("import { createRequire } from 'node:module';")).toBe(true);
    expect(bundle).toMatch(/\/\/# sourceMappingURL=index\.mjs\.map\s*$/);
    expect(existsSync(path.join(directory, 'index.mjs.map'))).toBe(true);
  });

  it.each(stageNames)('loads the %s bundle in plain Node and finds its handler', (stage) => {
    const bundle = pathToFileURL(path.join(bundleDirectory(stage), 'index.mjs')).href;
    const probe = `const m = await import(${JSON.stringify(bundle)}); console.log(typeof m.handler);`;

    // A fresh process, as in Lambda: the bundle's cold start reads its configuration.
    const printed = execFileSync(process.execPath, ['--input-type=module', '-e', probe], {
      cwd: outdir,
      env: {
        PATH: process.env.PATH,
        TABLE_NAME: 'articles',
        BUCKET_NAME: 'articles-bucket',
        AWS_REGION: 'eu-west-1',
      },
      encoding: 'utf8',
    });

    expect(printed.trim()).toBe('function');
  });
});
