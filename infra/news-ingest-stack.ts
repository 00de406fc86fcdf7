/**
 * The news-ingest stack: the article bucket notifies the ingest queue, the segment stage drains
 * it into the article table, and the table's stream triggers the extractors. Every stage, its
 * trigger and its settings come from `wiring`, so this file says how a kind of trigger is built,
 * never what one stage needs.
 */
import { CfnOutput, Duration, Stack, type StackProps, Validations } from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { DynamoEventSource, SqsDlq, SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as s3n from 'aws-cdk-lib/aws-s3-notifications';
import type { Construct } from 'constructs';
import type { StageName } from '../shared/table.ts';
import { ArticleBucket } from './constructs/article-bucket.ts';
import { ArticleTable } from './constructs/article-table.ts';
import { PipelineFunction } from './constructs/pipeline-function.ts';
import { IngestQueue, StageFailureQueue } from './constructs/queues.ts';
import {
  DEFAULT_MAX_ARTICLE_BYTES,
  environmentNames,
  type QueueSource,
  type StageWiring,
  stageNames,
  type TableStreamSource,
  wiring,
} from './wiring.ts';

export interface NewsIngestStackProps extends StackProps {
  /** The directory holding package.json; stage entries in the wiring are relative to it. */
  projectRoot: string;
}

export class NewsIngestStack extends Stack {
  readonly articles: ArticleBucket;
  readonly table: ArticleTable;
  readonly ingestQueue: IngestQueue;
  readonly stages = new Map<StageName, PipelineFunction>();
  readonly failureQueues = new Map<StageName, StageFailureQueue>();

  constructor(scope: Construct, id: string, props: NewsIngestStackProps) {
    super(scope, id, props);

    this.articles = new ArticleBucket(this, 'Articles');
    this.table = new ArticleTable(this, 'ArticleTable');
    this.ingestQueue = new IngestQueue(this, 'Ingest', {
      visibilityTimeout: Duration.seconds(ingestVisibilityTimeoutSeconds()),
      maxReceiveCount: wiring.ingestQueue.maxReceiveCount,
      retention: Duration.days(wiring.ingestQueue.retentionDays),
    });
    this.notifyIngestQueue();

    for (const stage of stageNames) {
      const stageWiring: StageWiring = wiring.stages[stage];
      const pipelineFunction = new PipelineFunction(this, `${pascalCase(stage)}Stage`, {
        stage,
        wiring: stageWiring,
        projectRoot: props.projectRoot,
      });
      pipelineFunction.bindTable(this.table);
      const source = stageWiring.source;
      if (source.kind === 'ingest-queue') this.triggerFromIngestQueue(pipelineFunction, source);
      else this.triggerFromTableStream(stage, pipelineFunction, source);
      this.stages.set(stage, pipelineFunction);
    }

    this.addOutputs();
  }

  private notifyIngestQueue(): void {
    const { prefix, events } = wiring.bucketNotifications;
    const destination = new s3n.SqsDestination(this.ingestQueue.queue);
    for (const event of events) {
      this.articles.bucket.addEventNotification(s3EventType(event), destination, { prefix });
    }
    this.acknowledgeNotificationsHandler();
  }

  private triggerFromIngestQueue(pipelineFunction: PipelineFunction, source: QueueSource): void {
    pipelineFunction.bindIncomingArticles(this.articles.bucket);
    pipelineFunction.function.addEnvironment(
      environmentNames.maxArticleBytes,
      String(DEFAULT_MAX_ARTICLE_BYTES),
    );
    pipelineFunction.function.addEventSource(
      new SqsEventSource(this.ingestQueue.queue, {
        batchSize: source.batchSize,
        maxBatchingWindow: Duration.seconds(source.maxBatchingWindowSeconds),
        reportBatchItemFailures: true,
      }),
    );
  }

  private triggerFromTableStream(
    stage: StageName,
    pipelineFunction: PipelineFunction,
    source: TableStreamSource,
  ): void {
    const failureQueue = new StageFailureQueue(this, `${pascalCase(stage)}Failures`, { stage });
    this.failureQueues.set(stage, failureQueue);
    pipelineFunction.function.addEventSource(
      new DynamoEventSource(this.table.table, {
        // LATEST: a replaced mapping must not replay the last 24 hours of the stream, which would
        // extract every recent article again and spill the records older than maxRecordAge into
        // the failure queue as if they had failed. Nothing is written to the table before the
        // mappings exist, since the segment stage is deployed with them.
        startingPosition: lambda.StartingPosition.LATEST,
        batchSize: source.batchSize,
        bisectBatchOnError: source.bisectBatchOnError,
        retryAttempts: source.retryAttempts,
        maxRecordAge: Duration.seconds(source.maxRecordAgeSeconds),
        reportBatchItemFailures: true,
        onFailure: new SqsDlq(failureQueue.queue),
        filters: source.filters.map((pattern) => lambda.FilterCriteria.filter(pattern)),
      }),
    );
    pipelineFunction.acknowledgePolicyFinding(
      'AwsSolutions-IAM5[Resource::*]',
      'dynamodb:ListStreams, which the stream event source mapping needs, supports no ' +
        'resource-level permission; every other stream action is granted on the stream ARN only.',
    );
  }

  /**
   * The bucket notification is configured by a CDK-provided custom resource (CloudFormation has
   * no way to add it to a bucket whose queue policy names the bucket without a cycle); its
   * function and role are CDK's, not the pipeline's. Its policy is scoped to the bucket.
   */
  private acknowledgeNotificationsHandler(): void {
    const handler = this.node.children.find((child) =>
      child.node.id.startsWith('BucketNotificationsHandler'),
    );
    if (!handler) return;
    Validations.of(handler.node.tryFindChild('Role') ?? handler).acknowledge({
      id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
      reason:
        "CDK's bucket-notifications custom resource brings its own role with the basic execution " +
        'policy (logs only); it runs during deployments alone and offers no option to replace it.',
    });
  }

  private addOutputs(): void {
    const output = (id: string, value: string, description: string) =>
      new CfnOutput(this, id, { value, description });
    output('BucketName', this.articles.bucket.bucketName, 'Drop articles under incoming/ here');
    output('TableName', this.table.table.tableName, 'The article table');
    output('IngestQueueUrl', this.ingestQueue.queue.queueUrl, 'Bucket notifications to segment');
    output(
      'IngestDeadLetterQueueUrl',
      this.ingestQueue.deadLetterQueue.queueUrl,
      'Notifications the segment stage failed on after every retry',
    );
    for (const [stage, pipelineFunction] of this.stages) {
      output(
        `${pascalCase(stage)}FunctionName`,
        pipelineFunction.function.functionName,
        `The ${stage} stage's function`,
      );
    }
    for (const [stage, failureQueue] of this.failureQueues) {
      output(
        `${pascalCase(stage)}FailureQueueUrl`,
        failureQueue.queue.queueUrl,
        `Stream batches the ${stage} stage gave up on`,
      );
    }
  }
}

/**
 * How long a received notification stays hidden: a multiple of its slowest consumer's timeout,
 * plus that consumer's batching window, during which Lambda already holds the message (the
 * AWS guidance for SQS event sources), so a message is never redelivered while still in work.
 */
function ingestVisibilityTimeoutSeconds(): number {
  const consumers = Object.values<StageWiring>(wiring.stages).flatMap((stage) =>
    stage.source.kind === 'ingest-queue'
      ? [
          wiring.ingestQueue.visibilityTimeoutFactor * stage.timeoutSeconds +
            stage.source.maxBatchingWindowSeconds,
        ]
      : [],
  );
  if (consumers.length === 0) throw new Error('wiring: no stage consumes the ingest queue');
  return Math.max(...consumers);
}

function s3EventType(event: string): s3.EventType {
  const eventType = Object.values(s3.EventType).find((type) => type === event);
  if (!eventType) throw new Error(`wiring: ${event} is not an S3 event type`);
  return eventType;
}

function pascalCase(name: string): string {
  return name
    .split('-')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('');
}
