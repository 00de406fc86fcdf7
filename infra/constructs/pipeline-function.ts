/**
 * A pipeline stage's Lambda function with the defaults every stage shares: Node 24 on ARM64, an
 * ESM bundle built by the local esbuild with the AWS SDK inside it, source maps, its own log
 * group with a retention, and its own role. Binding the article table or bucket to a stage is
 * one call that grants the narrowest access the stage needs and sets the variable it reads.
 */
import * as path from 'node:path';
import { Duration, Stack, Validations } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import type { StageName } from '../../shared/table.ts';
import { environmentNames, INCOMING_PREFIX, type StageWiring } from '../wiring.ts';
import type { ArticleTable } from './article-table.ts';

export const SERVICE_NAME = 'news-ingest';
export const METRICS_NAMESPACE = 'NewsIngest';
export const LOG_RETENTION = logs.RetentionDays.ONE_MONTH;

/**
 * What the store does with the table: single-item reads and writes, queries, batch writes when an
 * article is replaced or deleted, and condition checks inside its transactions (a transaction
 * needs the permission of each item action it contains). No Scan: no access pattern needs one.
 */
const TABLE_DATA_ACTIONS = [
  'dynamodb:GetItem',
  'dynamodb:BatchGetItem',
  'dynamodb:Query',
  'dynamodb:PutItem',
  'dynamodb:UpdateItem',
  'dynamodb:DeleteItem',
  'dynamodb:BatchWriteItem',
  'dynamodb:ConditionCheckItem',
];

/** Reading an article by the version named in its notification needs GetObjectVersion too. */
const ARTICLE_READ_ACTIONS = ['s3:GetObject', 's3:GetObjectVersion'];

export interface PipelineFunctionProps {
  stage: StageName;
  wiring: StageWiring;
  /** The directory holding package.json; the stage's entry is relative to it. */
  projectRoot: string;
}

export class PipelineFunction extends Construct {
  readonly function: NodejsFunction;
  readonly role: iam.Role;
  readonly logGroup: logs.LogGroup;

  constructor(scope: Construct, id: string, props: PipelineFunctionProps) {
    super(scope, id);
    const { stage, wiring, projectRoot } = props;

    this.logGroup = new logs.LogGroup(this, 'LogGroup', { retention: LOG_RETENTION });

    // An own role instead of the default one, which would attach the AWS managed
    // AWSLambdaBasicExecutionRole policy (logs on every log group of the account).
    this.role = new iam.Role(this, 'ExecutionRole', {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      description: `Execution role of the news-ingest ${stage} stage`,
    });
    // The log group exists before the function, so writing to it is all the function needs.
    this.logGroup.grantWrite(this.role);

    this.function = new NodejsFunction(this, 'Handler', {
      description: `news-ingest pipeline stage: ${stage}`,
      entry: path.join(projectRoot, wiring.entry),
      handler: 'handler',
      projectRoot,
      depsLockFilePath: path.join(projectRoot, 'package-lock.json'),
      runtime: lambda.Runtime.NODEJS_24_X,
      architecture: lambda.Architecture.ARM_64,
      memorySize: wiring.memoryMb,
      timeout: Duration.seconds(wiring.timeoutSeconds),
      role: this.role,
      logGroup: this.logGroup,
      environment: {
        POWERTOOLS_SERVICE_NAME: SERVICE_NAME,
        POWERTOOLS_METRICS_NAMESPACE: METRICS_NAMESPACE,
        NODE_OPTIONS: '--enable-source-maps',
      },
      bundling: {
        format: OutputFormat.ESM,
        // Some dependencies are CommonJS and call require(); an ES module has none of its own.
        banner:
          "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
        mainFields: ['module', 'main'],
        // The bundled SDK is the version the tests ran against, not whatever the runtime ships.
        bundleAwsSDK: true,
        minify: true,
        sourceMap: true,
        forceDockerBundling: false,
      },
    });
  }

  /** The stage reads and writes article records, and queries the table's indexes. */
  bindTable(table: ArticleTable): void {
    this.role.addToPrincipalPolicy(
      new iam.PolicyStatement({
        actions: TABLE_DATA_ACTIONS,
        resources: [table.table.tableArn],
      }),
    );
    this.role.addToPrincipalPolicy(
      new iam.PolicyStatement({
        actions: ['dynamodb:Query'],
        resources: table.indexArns,
      }),
    );
    this.function.addEnvironment(environmentNames.tableName, table.table.tableName);
  }

  /** The stage reads the articles dropped under the incoming prefix, nothing else in the bucket. */
  bindIncomingArticles(bucket: s3.IBucket): void {
    const incomingObjects = bucket.arnForObjects(`${INCOMING_PREFIX}*`);
    this.role.addToPrincipalPolicy(
      new iam.PolicyStatement({ actions: ARTICLE_READ_ACTIONS, resources: [incomingObjects] }),
    );
    // Without list permission S3 answers 403 instead of 404 for a key or version that is gone,
    // and the stage could not tell a deleted article (permanent) from a denied read (transient).
    this.role.addToPrincipalPolicy(
      new iam.PolicyStatement({
        actions: ['s3:ListBucket'],
        resources: [bucket.bucketArn],
        conditions: { StringLike: { 's3:prefix': [`${INCOMING_PREFIX}*`] } },
      }),
    );
    this.function.addEnvironment(environmentNames.bucketName, bucket.bucketName);
    const bucketResource = bucket.node.defaultChild;
    if (bucketResource instanceof s3.CfnBucket) {
      const bucketId = Stack.of(this).getLogicalId(bucketResource);
      this.acknowledgePolicyFinding(
        `AwsSolutions-IAM5[Resource::<${bucketId}.Arn>/${INCOMING_PREFIX}*]`,
        'Article keys are not known in advance; the wildcard covers only the objects under the ' +
          `${INCOMING_PREFIX} prefix of this one bucket, and only to read them.`,
      );
    }
  }

  /** Records on the role's policy why a cdk-nag finding about it is accepted. */
  acknowledgePolicyFinding(id: string, reason: string): void {
    const policy = this.role.node.tryFindChild('DefaultPolicy') ?? this.role;
    Validations.of(policy).acknowledge({ id, reason });
  }
}
