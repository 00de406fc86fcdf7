/**
 * `npm run invoke -- FUNCTION EVENT.json [--aws]`: runs one stage's handler with one event.
 * Locally it uses the emulators of a running `npm run dev`, or starts its own in memory and
 * puts in place what the event refers to (the sample article it names, the segmented version
 * an extractor's event names). With `--aws` it invokes the deployed function instead.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { HeadObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import type { DynamoDBStreamEvent, SQSEvent } from 'aws-lambda';
import { ingestObjectEvent } from '../functions/segment/ingest-object.ts';
import { DEFAULT_MAX_ARTICLE_BYTES, INCOMING_PREFIX, stageNames, wiring } from '../infra/wiring.ts';
import { createDynamoClient, createS3Client } from '../shared/aws-clients.ts';
import { parseSegmentedRecord } from '../shared/extraction-stage.ts';
import { S3ObjectReader } from '../shared/object-reader.ts';
import { articleIdOf, normalizeSequencer, parseS3Message } from '../shared/s3-events.ts';
import { DynamoArticleStore } from '../shared/store.ts';
import type { StageName } from '../shared/table.ts';
import { startEmulators } from './emulators.ts';
import { lambdaContext } from './lambda-context.ts';
import { LOCAL_BUCKET, LOCAL_TABLE, localEnvironment } from './pipeline.ts';
import { ensureBucket, ensureTable } from './provision.ts';
import { SAMPLES_DIR, samplePublicationDates } from './samples.ts';
import { describe } from './start.ts';

const USAGE = `usage: npm run invoke -- ${stageNames.join('|')} EVENT.json [--aws [--stack NAME]]`;

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      aws: { type: 'boolean', default: false },
      stack: { type: 'string', default: 'NewsIngest' },
    },
  });
  const [stage, eventPath] = positionals;
  if (!stage || !eventPath || !stageNames.includes(stage as StageName)) {
    console.error(USAGE);
    return 2;
  }
  let event: unknown;
  try {
    event = JSON.parse(await readFile(eventPath, 'utf8'));
  } catch (error) {
    console.error(
      `cannot read the event ${eventPath}: ${error instanceof Error ? error.message : error}`,
    );
    return 2;
  }
  if (values.aws) {
    const { invokeDeployed } = await import('./invoke-aws.ts');
    return invokeDeployed(stage as StageName, event, values.stack);
  }
  return invokeLocally(stage as StageName, event);
}

async function invokeLocally(stage: StageName, event: unknown): Promise<number> {
  const emulators = await startEmulators({ dataDir: null });
  try {
    Object.assign(process.env, localEnvironment(emulators, { dataDir: null, logLevel: 'INFO' }));
    const dynamo = createDynamoClient();
    const s3 = createS3Client();
    await ensureTable(dynamo, LOCAL_TABLE);
    await ensureBucket(s3, LOCAL_BUCKET);
    const store = new DynamoArticleStore(dynamo, LOCAL_TABLE);
    const articleIds = await prepare(stage, event, store);

    const module = (await import(
      new URL(`../${wiring.stages[stage].entry}`, import.meta.url).href
    )) as {
      handler: (event: unknown, context: ReturnType<typeof lambdaContext>) => Promise<unknown>;
    };
    const response = await module.handler(
      event,
      lambdaContext(stage, wiring.stages[stage].timeoutSeconds),
    );
    console.log(`\n${stage} returned: ${JSON.stringify(response)}`);
    for (const id of articleIds) {
      const records = await store.getArticle(id);
      console.log(records ? describe(`${INCOMING_PREFIX}${id}`, records) : `${id}: no records`);
    }
    return 0;
  } finally {
    await emulators.stop();
  }
}

/**
 * Puts in place what the event refers to on the fresh emulators: the sample article each S3
 * record names, and for an extractor the segmented version its stream record names.
 */
async function prepare(
  stage: StageName,
  event: unknown,
  store: DynamoArticleStore,
): Promise<string[]> {
  if (stage === 'segment') {
    const records = (event as SQSEvent).Records ?? [];
    const objectEvents = records.flatMap((record) => parseS3Message(record.body));
    for (const objectEvent of objectEvents) {
      if (objectEvent.kind === 'created') await putSample(objectEvent.bucket, objectEvent.key);
    }
    return [...new Set(objectEvents.flatMap((e) => articleIdOf(e.key) ?? []))];
  }
  const segmented = ((event as DynamoDBStreamEvent).Records ?? []).map(parseSegmentedRecord);
  for (const { articleId, sequencer } of segmented) {
    const key = `${INCOMING_PREFIX}${articleId}`;
    await putSample(LOCAL_BUCKET, key);
    const outcome = await ingestObjectEvent(
      {
        kind: 'created',
        bucket: LOCAL_BUCKET,
        key,
        versionId: null,
        sequencer: normalizeSequencer(sequencer),
        eventTime: new Date().toISOString(),
        size: null,
      },
      {
        store,
        objects: new S3ObjectReader(createS3Client()),
        maxBytes: DEFAULT_MAX_ARTICLE_BYTES,
        now: () => new Date().toISOString(),
      },
    );
    console.log(`prepared: ${key} segmented first (${outcome}), as the segment stage would have`);
  }
  return [...new Set(segmented.map((s) => s.articleId))];
}

/**
 * Uploads the sample article of the same name to the bucket the event names (created on the
 * emulator if need be), unless it already has the key.
 */
async function putSample(bucket: string, key: string): Promise<void> {
  const s3 = createS3Client();
  await ensureBucket(s3, bucket);
  const exists = await s3
    .send(new HeadObjectCommand({ Bucket: bucket, Key: key }))
    .then(() => true)
    .catch(() => false);
  if (exists) return;
  const name = key.slice(INCOMING_PREFIX.length);
  const sample = join(SAMPLES_DIR, name);
  if (!existsSync(sample)) {
    console.warn(`the event names ${key}, and there is no sample article ${sample} to put there`);
    return;
  }
  const published = (await samplePublicationDates())[name];
  await s3.send(
    new PutObjectCommand({
      Bucket: bucket,
      Key: key,
      Body: await readFile(sample),
      ...(published ? { Metadata: { published } } : {}),
    }),
  );
  console.log(`prepared: put ${sample} at s3://${bucket}/${key}`);
}

process.exitCode = await main(process.argv.slice(2));
