/**
 * The CDK app's entry (`"app": "node infra/app.ts"` in cdk.json): builds the news-ingest stack
 * and writes the cloud assembly the CLI deploys.
 */
import { buildApp } from './news-ingest-app.ts';

buildApp().app.synth();
