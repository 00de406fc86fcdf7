/**
 * The pipeline's queues: the ingest queue that buffers the bucket's notifications for the segment
 * stage (with its dead-letter queue), and the failure queues where a stream-triggered stage's
 * batches land once its retries are spent. Every queue that holds failures has an alarm, so a
 * failed article is never dropped silently.
 */
import { Duration, Validations } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';

/** The longest SQS keeps a message; failures are kept as long as possible for inspection. */
const FAILURE_RETENTION = Duration.days(14);

/** SSE-SQS rather than KMS: S3 can deliver notifications to it without a key policy. */
const protectedQueue: sqs.QueueProps = {
  encryption: sqs.QueueEncryption.SQS_MANAGED,
  enforceSSL: true,
};

function alarmWhenNotEmpty(
  scope: Construct,
  id: string,
  queue: sqs.Queue,
  description: string,
): void {
  new cloudwatch.Alarm(scope, id, {
    alarmDescription: description,
    metric: queue.metricApproximateNumberOfMessagesVisible({
      period: Duration.minutes(5),
      statistic: cloudwatch.Stats.MAXIMUM,
    }),
    threshold: 1,
    evaluationPeriods: 1,
    comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
    treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
  });
}

export interface IngestQueueProps {
  visibilityTimeout: Duration;
  maxReceiveCount: number;
  retention: Duration;
}

export class IngestQueue extends Construct {
  readonly queue: sqs.Queue;
  readonly deadLetterQueue: sqs.Queue;

  constructor(scope: Construct, id: string, props: IngestQueueProps) {
    super(scope, id);
    this.deadLetterQueue = new sqs.Queue(this, 'DeadLetterQueue', {
      ...protectedQueue,
      retentionPeriod: FAILURE_RETENTION,
    });
    alarmWhenNotEmpty(
      this,
      'DeadLetterQueueNotEmpty',
      this.deadLetterQueue,
      'Bucket notifications the segment stage failed on after every retry: their articles are ' +
        'not in the table. Inspect, fix, then redrive them to the ingest queue.',
    );
    this.queue = new sqs.Queue(this, 'Queue', {
      ...protectedQueue,
      visibilityTimeout: props.visibilityTimeout,
      retentionPeriod: props.retention,
      deadLetterQueue: { queue: this.deadLetterQueue, maxReceiveCount: props.maxReceiveCount },
    });
  }
}

export class StageFailureQueue extends Construct {
  readonly queue: sqs.Queue;

  constructor(scope: Construct, id: string, props: { stage: string }) {
    super(scope, id);
    this.queue = new sqs.Queue(this, 'Queue', {
      ...protectedQueue,
      retentionPeriod: FAILURE_RETENTION,
    });
    alarmWhenNotEmpty(
      this,
      'NotEmpty',
      this.queue,
      `Table stream batches the ${props.stage} stage gave up on: each message names the shard and ` +
        'sequence numbers of the records whose articles were not extracted.',
    );
    Validations.of(this.queue.node.defaultChild ?? this.queue).acknowledge({
      id: 'AwsSolutions-SQS3',
      reason:
        'This queue is itself a dead-letter destination (the on-failure destination of a stream ' +
        'event source mapping); nothing consumes it automatically, so it needs no DLQ of its own.',
    });
  }
}
