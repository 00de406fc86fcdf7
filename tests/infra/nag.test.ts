/**
 * cdk-nag's AWS Solutions rules on the news-ingest app. cdk-nag 3 runs as a CDK policy-validation
 * plugin: a violation makes synthesis throw, and every violation, error or warning, is written to
 * the assembly's validation report. Acknowledged findings are copied into the template metadata,
 * which is where their reasons are checked.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { CfnElement } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import type { CloudAssembly } from 'aws-cdk-lib/cx-api';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../infra/news-ingest-app.ts';
import type { NewsIngestStack } from '../../infra/news-ingest-stack.ts';
import { assemblyDir } from './assembly-dir.ts';

interface ValidationReport {
  pluginReports: { pluginName: string; conclusion: string; violations: { ruleName: string }[] }[];
}

interface Acknowledgment {
  id: string;
  reason: string;
}

const outdir = assemblyDir();
let stack: NewsIngestStack;
let assembly: CloudAssembly;

beforeAll(() => {
  const built = buildApp({ bundling: false, outdir });
  stack = built.stack;
  // Throws, listing every violation, if an AwsSolutions rule fails unacknowledged.
  assembly = built.app.synth();
});

function acknowledgments(): Map<string, Acknowledgment[]> {
  const byResource = new Map<string, Acknowledgment[]>();
  const resources = Template.fromStack(stack).toJSON().Resources;
  for (const [id, resource] of Object.entries(resources)) {
    const rules = (resource as { Metadata?: { cdk_nag?: { rules_to_suppress: Acknowledgment[] } } })
      .Metadata?.cdk_nag?.rules_to_suppress;
    if (rules) byResource.set(id, rules);
  }
  return byResource;
}

describe('news-ingest app under cdk-nag AwsSolutions', () => {
  it('reports no unacknowledged error or warning', () => {
    const report: ValidationReport = JSON.parse(
      readFileSync(path.join(assembly.directory, 'validation-report.json'), 'utf8'),
    );

    const violations = report.pluginReports.flatMap((plugin) =>
      plugin.violations.map((violation) => `${plugin.pluginName}: ${violation.ruleName}`),
    );

    expect(violations).toEqual([]);
  });

  it('leaves no CDK error or warning annotation on the stack', () => {
    const annotations = Annotations.fromStack(stack);

    expect(annotations.findError('*', Match.anyValue())).toEqual([]);
    expect(annotations.findWarning('*', Match.anyValue())).toEqual([]);
  });

  it('acknowledges only the findings argued for in the infra code', () => {
    const bucket = stack.articles.bucket.node.defaultChild;
    if (!CfnElement.isCfnElement(bucket)) throw new Error('the article bucket has no resource');
    const bucketId = stack.getLogicalId(bucket);

    const ids = new Set([...acknowledgments().values()].flat().map((rule) => rule.id));

    expect([...ids].sort()).toEqual(
      [
        'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
        'AwsSolutions-IAM5[Resource::*]',
        `AwsSolutions-IAM5[Resource::<${bucketId}.Arn>/incoming/*]`,
        'AwsSolutions-SQS3',
      ].sort(),
    );
  });

  it('gives every acknowledgment a reason of at least one full sentence', () => {
    const rules = [...acknowledgments().values()].flat();

    expect(rules.length).toBeGreaterThan(0);
    for (const rule of rules) {
      expect(rule.reason.length, rule.id).toBeGreaterThanOrEqual(80);
      expect(rule.reason, rule.id).toMatch(/[.]$/);
    }
  });

  it('acknowledges IAM findings on policies and roles only, never on the whole stack', () => {
    const template = Template.fromStack(stack).toJSON();

    for (const [id, rules] of acknowledgments()) {
      const type: string = template.Resources[id].Type;
      for (const rule of rules.filter((candidate) => candidate.id.startsWith('AwsSolutions-IAM'))) {
        expect(['AWS::IAM::Role', 'AWS::IAM::Policy'], `${rule.id} on ${id}`).toContain(type);
      }
    }
    expect(template.Metadata?.cdk_nag).toBeUndefined();
  });
});
