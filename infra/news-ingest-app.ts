/**
 * Builds the CDK app: the news-ingest stack checked by cdk-nag's AWS Solutions rules. The CLI
 * entry (`infra/app.ts`) and the infra tests both build it here, with the feature flags pinned in
 * cdk.json, so that a test synthesizes what `cdk deploy` deploys.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { App, Validations } from 'aws-cdk-lib';
import { BUNDLING_STACKS } from 'aws-cdk-lib/cx-api';
import { AwsSolutionsChecks } from 'cdk-nag';
import { NewsIngestStack } from './news-ingest-stack.ts';

export const PROJECT_ROOT = path.resolve(import.meta.dirname, '..');
export const STACK_ID = 'NewsIngest';

export interface BuildAppOptions {
  /** Bundle the functions with esbuild (default); tests that only read the template skip it. */
  bundling?: boolean;
  /** Where to write the cloud assembly; by default the CLI's directory or a temporary one. */
  outdir?: string;
  /**
   * Run cdk-nag's AWS Solutions checks at synthesis (default). Tests of the template's content
   * turn them off so that a nag finding fails the nag test alone, not every test that synthesizes.
   */
  nagChecks?: boolean;
}

export function buildApp(options: BuildAppOptions = {}): { app: App; stack: NewsIngestStack } {
  const app = new App({
    outdir: options.outdir,
    context: {
      ...cdkJsonContext(),
      // An empty list of stacks to bundle makes NodejsFunction skip esbuild entirely.
      ...(options.bundling === false ? { [BUNDLING_STACKS]: [] } : {}),
    },
  });
  if (options.nagChecks !== false) {
    Validations.of(app).addPlugins(
      new AwsSolutionsChecks(app, { verbose: true, writeSuppressionsToCloudFormation: true }),
    );
  }
  // Environment-agnostic: nothing is looked up at synthesis, so the template is the same on
  // every machine and deploys to whichever account and region the CLI's credentials name.
  const stack = new NewsIngestStack(app, STACK_ID, {
    projectRoot: PROJECT_ROOT,
    description: 'news-ingest: articles in S3 segmented, their quotes and dates extracted',
  });
  return { app, stack };
}

function cdkJsonContext(): Record<string, unknown> {
  const cdkJson: unknown = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'cdk.json'), 'utf8'));
  if (typeof cdkJson === 'object' && cdkJson !== null && 'context' in cdkJson) {
    const { context } = cdkJson;
    if (typeof context === 'object' && context !== null) return { ...context };
  }
  return {};
}
