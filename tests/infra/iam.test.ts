/**
 * Least privilege, checked on every policy statement of the synthesized template: identity
 * policies, trust policies, bucket policies and queue policies alike.
 */
import { CfnElement } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import type { IConstruct } from 'constructs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../infra/news-ingest-app.ts';
import type { NewsIngestStack } from '../../infra/news-ingest-stack.ts';
import { stageNames } from '../../infra/wiring.ts';
import type { StageName } from '../../shared/table.ts';
import { assemblyDir } from './assembly-dir.ts';

interface Statement {
  Effect: 'Allow' | 'Deny';
  Action?: string | string[];
  NotAction?: unknown;
  Resource?: unknown;
  NotResource?: unknown;
  Condition?: Record<string, Record<string, unknown>>;
}

interface FoundStatement {
  /** Logical id of the resource holding the policy. */
  holder: string;
  statement: Statement;
  actions: string[];
  /** Resources rendered as text: `<Id.Attr>` for a GetAtt, `<Id>` for a Ref. */
  resources: string[];
}

const outdir = assemblyDir();
let stack: NewsIngestStack;
let template: Template;
let statements: FoundStatement[];

beforeAll(() => {
  stack = buildApp({ bundling: false, nagChecks: false, outdir }).stack;
  template = Template.fromStack(stack);
  statements = allStatements(template);
});

function logicalId(construct: IConstruct): string {
  const resource = construct.node.defaultChild ?? construct;
  if (!CfnElement.isCfnElement(resource)) throw new Error(`${construct.node.path} is no resource`);
  return stack.getLogicalId(resource);
}

function allStatements(from: Template): FoundStatement[] {
  const found: FoundStatement[] = [];
  for (const [holder, resource] of Object.entries(from.toJSON().Resources)) {
    const { Type: type, Properties: props } = resource as {
      Type: string;
      Properties: Record<string, unknown>;
    };
    const documents: unknown[] = [];
    if (type === 'AWS::IAM::Policy' || type === 'AWS::IAM::ManagedPolicy') {
      documents.push(props.PolicyDocument);
    } else if (type === 'AWS::IAM::Role') {
      documents.push(props.AssumeRolePolicyDocument);
      const inline = (props.Policies ?? []) as { PolicyDocument: unknown }[];
      documents.push(...inline.map((policy) => policy.PolicyDocument));
    } else if (type === 'AWS::S3::BucketPolicy' || type === 'AWS::SQS::QueuePolicy') {
      documents.push(props.PolicyDocument);
    }
    for (const document of documents) {
      for (const statement of (document as { Statement: Statement[] }).Statement) {
        found.push({
          holder,
          statement,
          actions: [statement.Action ?? []].flat(),
          resources: [statement.Resource ?? []].flat().map(render),
        });
      }
    }
  }
  return found;
}

function render(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'object' && value !== null) {
    if ('Ref' in value) return `<${String(value.Ref)}>`;
    if ('Fn::GetAtt' in value && Array.isArray(value['Fn::GetAtt'])) {
      return `<${value['Fn::GetAtt'].join('.')}>`;
    }
    if ('Fn::Join' in value && Array.isArray(value['Fn::Join'])) {
      const [separator, parts] = value['Fn::Join'] as [string, unknown[]];
      return parts.map(render).join(separator);
    }
  }
  throw new Error(`cannot render policy resource ${JSON.stringify(value)}`);
}

function stageStatements(stage: StageName): FoundStatement[] {
  const pipelineFunction = stack.stages.get(stage);
  if (!pipelineFunction) throw new Error(`no function for the ${stage} stage`);
  const roleId = logicalId(pipelineFunction.role);
  const policyIds = Object.entries(template.findResources('AWS::IAM::Policy'))
    .filter(([, policy]) =>
      (policy.Properties.Roles as unknown[]).some(
        (role) => JSON.stringify(role) === JSON.stringify({ Ref: roleId }),
      ),
    )
    .map(([id]) => id);
  return statements.filter((found) => policyIds.includes(found.holder));
}

describe('news-ingest IAM policies', () => {
  it('allow no action with a wildcard', () => {
    const allows = statements.filter((found) => found.statement.Effect === 'Allow');

    const wildcards = allows.filter(
      (found) => found.actions.some((action) => action.includes('*')) || found.statement.NotAction,
    );

    expect(allows.length).toBeGreaterThan(10);
    expect(wildcards).toEqual([]);
  });

  it('use a wildcard action only to deny requests that are not TLS 1.2 or later', () => {
    const wildcardDenials = statements.filter(
      (found) =>
        found.statement.Effect === 'Deny' && found.actions.some((action) => action.includes('*')),
    );

    expect(wildcardDenials.length).toBeGreaterThan(0);
    for (const { holder, statement } of wildcardDenials) {
      const insecure =
        statement.Condition?.Bool?.['aws:SecureTransport'] === 'false' ||
        statement.Condition?.NumericLessThan?.['s3:TlsVersion'] === 1.2;
      expect(insecure, `${holder} denies more than insecure transport`).toBe(true);
    }
  });

  it('allow a wildcard resource only where AWS leaves no narrower choice', () => {
    const bucketId = logicalId(stack.articles.bucket);
    const logBucketId = logicalId(stack.articles.accessLogsBucket);
    const justified = [
      {
        // ListStreams has no resource type in the IAM reference: it can only be granted on *.
        actions: ['dynamodb:ListStreams'],
        resource: '*',
      },
      {
        // Article keys are chosen by whoever uploads; the grant stops at the incoming/ prefix.
        actions: ['s3:GetObject', 's3:GetObjectVersion'],
        resource: `<${bucketId}.Arn>/incoming/*`,
      },
      {
        // The S3 logging service names its log objects itself, under the prefix we gave it.
        actions: ['s3:PutObject'],
        resource: `<${logBucketId}.Arn>/article-bucket/*`,
      },
    ];

    const unjustified = statements
      .filter((found) => found.statement.Effect === 'Allow')
      .flatMap((found) =>
        found.resources
          .filter((resource) => resource.includes('*'))
          .filter(
            (resource) =>
              !justified.some(
                (exception) =>
                  exception.resource === resource &&
                  found.actions.every((action) => exception.actions.includes(action)),
              ),
          )
          .map((resource) => `${found.holder}: ${found.actions.join(',')} on ${resource}`),
      );

    expect(unjustified).toEqual([]);
    expect(statements.some((found) => found.statement.NotResource)).toBe(false);
  });

  it('attach no AWS managed policy to a pipeline role', () => {
    for (const stage of stageNames) {
      const pipelineFunction = stack.stages.get(stage);
      if (!pipelineFunction) throw new Error(`no function for the ${stage} stage`);

      const role = template.toJSON().Resources[logicalId(pipelineFunction.role)];

      expect(role.Properties.ManagedPolicyArns, stage).toBeUndefined();
    }
  });

  it('give every stage the table and its two named indexes, and never Scan', () => {
    const tableArn = `<${logicalId(stack.table.table)}.Arn>`;

    for (const stage of stageNames) {
      const dynamo = stageStatements(stage).filter((found) =>
        found.actions.some((action) => action.startsWith('dynamodb:')),
      );

      const tableResources = dynamo
        .filter((found) => !found.actions.includes('dynamodb:ListStreams'))
        .flatMap((found) => found.resources)
        .filter((resource) => resource.startsWith(tableArn));
      expect(new Set(tableResources), stage).toEqual(
        new Set([tableArn, `${tableArn}/index/gsi1`, `${tableArn}/index/gsi2`]),
      );
      expect(
        dynamo.flatMap((found) => found.actions),
        stage,
      ).not.toContain('dynamodb:Scan');
    }
  });

  it('let only the segment stage read articles, and only under incoming/', () => {
    // ListBucket is conditioned on the incoming/ prefix; it turns a missing key's 403 into a 404.
    const s3Reads = (stage: StageName) =>
      stageStatements(stage).filter((found) =>
        found.actions.some((action) => action.startsWith('s3:')),
      );

    const segment = s3Reads('segment');

    expect(segment.flatMap((found) => found.actions).sort()).toEqual([
      's3:GetObject',
      's3:GetObjectVersion',
      's3:ListBucket',
    ]);
    expect(segment.flatMap((found) => found.resources).sort()).toEqual([
      `<${logicalId(stack.articles.bucket)}.Arn>`,
      `<${logicalId(stack.articles.bucket)}.Arn>/incoming/*`,
    ]);
    expect(s3Reads('extract-quotes')).toEqual([]);
    expect(s3Reads('extract-dates')).toEqual([]);
  });

  it('let each stage write logs only to its own log group', () => {
    for (const stage of stageNames) {
      const pipelineFunction = stack.stages.get(stage);
      if (!pipelineFunction) throw new Error(`no function for the ${stage} stage`);

      const logs = stageStatements(stage).filter((found) =>
        found.actions.some((action) => action.startsWith('logs:')),
      );

      expect(
        logs.flatMap((found) => found.resources),
        stage,
      ).toEqual([`<${logicalId(pipelineFunction.logGroup)}.Arn>`]);
      expect(logs.flatMap((found) => found.actions).sort(), stage).toEqual([
        'logs:CreateLogStream',
        'logs:PutLogEvents',
      ]);
    }
  });
});
