/**
 * The synthesized news-ingest template: the resources the pipeline relies on, and the wiring
 * between them, read back from the template that CloudFormation would deploy.
 */
import { CfnElement } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import type { IConstruct } from 'constructs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../infra/news-ingest-app.ts';
import type { NewsIngestStack } from '../../infra/news-ingest-stack.ts';
import { type StageWiring, stageNames, wiring } from '../../infra/wiring.ts';
import type { StageName } from '../../shared/table.ts';
import { assemblyDir } from './assembly-dir.ts';

const outdir = assemblyDir();
let stack: NewsIngestStack;
let template: Template;

beforeAll(() => {
  stack = buildApp({ bundling: false, nagChecks: false, outdir }).stack;
  template = Template.fromStack(stack);
});

function logicalId(construct: IConstruct): string {
  const resource = construct.node.defaultChild ?? construct;
  if (!CfnElement.isCfnElement(resource)) throw new Error(`${construct.node.path} is no resource`);
  return stack.getLogicalId(resource);
}

function stageFunctionId(stage: StageName): string {
  const pipelineFunction = stack.stages.get(stage);
  if (!pipelineFunction) throw new Error(`no function for the ${stage} stage`);
  return logicalId(pipelineFunction.function);
}

function stageWiring(stage: StageName): StageWiring {
  return wiring.stages[stage];
}

const streamStages = stageNames.filter(
  (stage) => stageWiring(stage).source.kind === 'table-stream',
);

describe('NewsIngestStack article bucket', () => {
  it('is versioned, encrypted, private, TLS-only and logs its accesses', () => {
    const bucketId = logicalId(stack.articles.bucket);
    const logBucketId = logicalId(stack.articles.accessLogsBucket);

    const bucket = template.toJSON().Resources[bucketId];

    expect(bucket.Properties).toMatchObject({
      VersioningConfiguration: { Status: 'Enabled' },
      BucketEncryption: {
        ServerSideEncryptionConfiguration: [
          { ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } },
        ],
      },
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      },
      LoggingConfiguration: { DestinationBucketName: { Ref: logBucketId } },
    });
    template.hasResourceProperties('AWS::S3::BucketPolicy', {
      Bucket: { Ref: bucketId },
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Effect: 'Deny',
            Condition: { Bool: { 'aws:SecureTransport': 'false' } },
          }),
        ]),
      },
    });
  });

  it('sends object-created and object-removed notifications under incoming/ to the ingest queue', () => {
    const queueArn = { 'Fn::GetAtt': [logicalId(stack.ingestQueue.queue), 'Arn'] };
    const prefixFilter = { Key: { FilterRules: [{ Name: 'prefix', Value: 'incoming/' }] } };

    const notifications = Object.values(template.findResources('Custom::S3BucketNotifications'));

    expect(notifications).toHaveLength(1);
    expect(notifications[0]?.Properties).toMatchObject({
      BucketName: { Ref: logicalId(stack.articles.bucket) },
      NotificationConfiguration: {
        QueueConfigurations: [
          { Events: ['s3:ObjectCreated:*'], Filter: prefixFilter, QueueArn: queueArn },
          { Events: ['s3:ObjectRemoved:*'], Filter: prefixFilter, QueueArn: queueArn },
        ],
      },
    });
  });
});

describe('NewsIngestStack ingest queue', () => {
  it('moves a notification to the dead-letter queue after three receives', () => {
    const queue = template.toJSON().Resources[logicalId(stack.ingestQueue.queue)];

    expect(queue.Properties.RedrivePolicy).toEqual({
      deadLetterTargetArn: {
        'Fn::GetAtt': [logicalId(stack.ingestQueue.deadLetterQueue), 'Arn'],
      },
      maxReceiveCount: 3,
    });
  });

  it('hides a message for six segment timeouts plus the batching window', () => {
    const queue = template.toJSON().Resources[logicalId(stack.ingestQueue.queue)];
    const segment = template.toJSON().Resources[stageFunctionId('segment')];
    const mapping = Object.values(template.findResources('AWS::Lambda::EventSourceMapping')).find(
      (candidate) => candidate.Properties.FunctionName.Ref === stageFunctionId('segment'),
    );

    expect(queue.Properties.VisibilityTimeout).toBe(
      6 * segment.Properties.Timeout + mapping?.Properties.MaximumBatchingWindowInSeconds,
    );
  });

  it('triggers the segment stage with the wiring batch and partial batch responses', () => {
    const source = wiring.stages.segment.source;

    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      EventSourceArn: { 'Fn::GetAtt': [logicalId(stack.ingestQueue.queue), 'Arn'] },
      FunctionName: { Ref: stageFunctionId('segment') },
      BatchSize: source.batchSize,
      MaximumBatchingWindowInSeconds: source.maxBatchingWindowSeconds,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
    });
  });
});

describe('NewsIngestStack article table', () => {
  it('has the single-table keys, both indexes with every attribute, and a TTL', () => {
    const table = template.toJSON().Resources[logicalId(stack.table.table)];
    const index = (name: string, pk: string, sk: string) => ({
      IndexName: name,
      KeySchema: [
        { AttributeName: pk, KeyType: 'HASH' },
        { AttributeName: sk, KeyType: 'RANGE' },
      ],
      Projection: { ProjectionType: 'ALL' },
    });

    expect(table.Properties.KeySchema).toEqual([
      { AttributeName: 'pk', KeyType: 'HASH' },
      { AttributeName: 'sk', KeyType: 'RANGE' },
    ]);
    expect(table.Properties.AttributeDefinitions).toEqual(
      ['pk', 'sk', 'gsi1pk', 'gsi1sk', 'gsi2pk', 'gsi2sk'].map((name) => ({
        AttributeName: name,
        AttributeType: 'S',
      })),
    );
    expect(table.Properties.GlobalSecondaryIndexes).toEqual([
      index('gsi1', 'gsi1pk', 'gsi1sk'),
      index('gsi2', 'gsi2pk', 'gsi2sk'),
    ]);
    expect(table.Properties.TimeToLiveSpecification).toEqual({
      AttributeName: 'expiresAt',
      Enabled: true,
    });
  });

  it('is on-demand, encrypted, recoverable to a point in time and streams new images', () => {
    const table = template.toJSON().Resources[logicalId(stack.table.table)];

    expect(table.Properties).toMatchObject({
      BillingMode: 'PAY_PER_REQUEST',
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
      SSESpecification: { SSEEnabled: true },
      StreamSpecification: { StreamViewType: 'NEW_IMAGE' },
    });
    expect(table.DeletionPolicy).toBe('Retain');
  });
});

describe('NewsIngestStack extractor triggers', () => {
  it.each(streamStages)('triggers %s only on an article turning segmented', (stage) => {
    const mappings = Object.values(template.findResources('AWS::Lambda::EventSourceMapping'));

    const mapping = mappings.find(
      (candidate) => candidate.Properties.FunctionName.Ref === stageFunctionId(stage),
    );

    expect(mapping?.Properties.EventSourceArn).toEqual({
      'Fn::GetAtt': [logicalId(stack.table.table), 'StreamArn'],
    });
    const patterns = mapping?.Properties.FilterCriteria.Filters.map((filter: { Pattern: string }) =>
      JSON.parse(filter.Pattern),
    );
    expect(patterns).toEqual([
      {
        eventName: ['INSERT', 'MODIFY'],
        dynamodb: {
          NewImage: { sk: { S: ['STATUS#segment'] }, state: { S: ['segmented'] } },
        },
      },
    ]);
  });

  it.each(streamStages)(
    'retries %s by halves and then parks the batch in its failure queue',
    (stage) => {
      const source = stageWiring(stage).source;
      if (source.kind !== 'table-stream') throw new Error(`${stage} is not stream-triggered`);
      const failureQueue = stack.failureQueues.get(stage);
      if (!failureQueue) throw new Error(`no failure queue for ${stage}`);

      template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
        FunctionName: { Ref: stageFunctionId(stage) },
        StartingPosition: 'LATEST',
        BatchSize: source.batchSize,
        BisectBatchOnFunctionError: true,
        MaximumRetryAttempts: source.retryAttempts,
        MaximumRecordAgeInSeconds: source.maxRecordAgeSeconds,
        FunctionResponseTypes: ['ReportBatchItemFailures'],
        DestinationConfig: {
          OnFailure: { Destination: { 'Fn::GetAtt': [logicalId(failureQueue.queue), 'Arn'] } },
        },
      });
    },
  );
});

describe('NewsIngestStack queues', () => {
  it('encrypts every queue and refuses requests without TLS', () => {
    const queues = template.findResources('AWS::SQS::Queue');
    const policies = Object.values(template.findResources('AWS::SQS::QueuePolicy'));

    expect(Object.keys(queues)).toHaveLength(4);
    for (const [id, queue] of Object.entries(queues)) {
      expect(queue.Properties.SqsManagedSseEnabled, id).toBe(true);
      const denial = policies.find(
        (policy) =>
          JSON.stringify(policy.Properties.Queues) === JSON.stringify([{ Ref: id }]) &&
          policy.Properties.PolicyDocument.Statement.some(
            (statement: { Effect: string; Condition?: unknown }) =>
              statement.Effect === 'Deny' &&
              JSON.stringify(statement.Condition) ===
                JSON.stringify({ Bool: { 'aws:SecureTransport': 'false' } }),
          ),
      );
      expect(denial, `${id} has no TLS-only policy`).toBeDefined();
    }
  });

  it('alarms as soon as a failure is parked in a dead-letter or failure queue', () => {
    const parked = [
      stack.ingestQueue.deadLetterQueue,
      ...[...stack.failureQueues.values()].map((failureQueue) => failureQueue.queue),
    ];

    for (const queue of parked) {
      template.hasResourceProperties('AWS::CloudWatch::Alarm', {
        MetricName: 'ApproximateNumberOfMessagesVisible',
        Dimensions: [
          { Name: 'QueueName', Value: { 'Fn::GetAtt': [logicalId(queue), 'QueueName'] } },
        ],
        Threshold: 1,
        ComparisonOperator: 'GreaterThanOrEqualToThreshold',
      });
    }
  });
});

describe('NewsIngestStack functions', () => {
  it('runs every pipeline stage on Node 24 and ARM64 with its wiring memory and timeout', () => {
    const functions = template.toJSON().Resources;

    for (const stage of stageNames) {
      const props = functions[stageFunctionId(stage)].Properties;
      expect(props.Runtime, stage).toBe('nodejs24.x');
      expect(props.Architectures, stage).toEqual(['arm64']);
      expect(props.Handler, stage).toBe('index.handler');
      expect(props.MemorySize, stage).toBe(stageWiring(stage).memoryMb);
      expect(props.Timeout, stage).toBe(stageWiring(stage).timeoutSeconds);
    }
  });

  it('has no function besides the stages and the CDK bucket-notifications handler', () => {
    const functionIds = Object.keys(template.findResources('AWS::Lambda::Function'));

    const others = functionIds.filter((id) => !stageNames.map(stageFunctionId).includes(id));

    expect(others).toHaveLength(1);
    expect(others[0]).toMatch(/^BucketNotificationsHandler/);
  });

  it('logs every stage to its own log group kept for a month', () => {
    const functions = template.toJSON().Resources;

    for (const stage of stageNames) {
      const logGroupRef = functions[stageFunctionId(stage)].Properties.LoggingConfig.LogGroup.Ref;
      expect(functions[logGroupRef].Type, stage).toBe('AWS::Logs::LogGroup');
      expect(functions[logGroupRef].Properties.RetentionInDays, stage).toBe(30);
    }
  });

  it('gives every stage the table, the Powertools settings and source maps', () => {
    const functions = template.toJSON().Resources;

    for (const stage of stageNames) {
      expect(functions[stageFunctionId(stage)].Properties.Environment.Variables, stage).toEqual(
        expect.objectContaining({
          TABLE_NAME: { Ref: logicalId(stack.table.table) },
          POWERTOOLS_SERVICE_NAME: 'news-ingest',
          POWERTOOLS_METRICS_NAMESPACE: 'NewsIngest',
          NODE_OPTIONS: '--enable-source-maps',
        }),
      );
    }
  });

  it('tells only the segment stage where articles are and how large they may be', () => {
    const functions = template.toJSON().Resources;

    const segmentVariables = functions[stageFunctionId('segment')].Properties.Environment.Variables;

    expect(segmentVariables.BUCKET_NAME).toEqual({ Ref: logicalId(stack.articles.bucket) });
    expect(Number(segmentVariables.MAX_ARTICLE_BYTES)).toBeGreaterThan(0);
    for (const stage of streamStages) {
      expect(functions[stageFunctionId(stage)].Properties.Environment.Variables.BUCKET_NAME).toBe(
        undefined,
      );
    }
  });
});

describe('NewsIngestStack outputs', () => {
  it('names the bucket, the table, every queue URL and every function', () => {
    const outputs = Object.keys(template.findOutputs('*')).sort();

    expect(outputs).toEqual(
      [
        'BucketName',
        'TableName',
        'IngestQueueUrl',
        'IngestDeadLetterQueueUrl',
        'SegmentFunctionName',
        'ExtractQuotesFunctionName',
        'ExtractDatesFunctionName',
        'ExtractQuotesFailureQueueUrl',
        'ExtractDatesFailureQueueUrl',
      ].sort(),
    );
  });
});
