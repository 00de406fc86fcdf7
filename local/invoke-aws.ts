/**
 * `npm run invoke -- FUNCTION EVENT.json --aws`: invokes the deployed function, found by the
 * stack's outputs, and prints its response and the tail of its log.
 */
import { CloudFormationClient, DescribeStacksCommand } from '@aws-sdk/client-cloudformation';
import { InvokeCommand, LambdaClient } from '@aws-sdk/client-lambda';
import type { StageName } from '../shared/table.ts';

/** The stack's output naming each stage's function (see infra/). */
export function functionOutputKey(stage: StageName): string {
  return `${stage.replace(/(^|-)(\w)/g, (_m, _d, c: string) => c.toUpperCase())}FunctionName`;
}

export async function invokeDeployed(
  stage: StageName,
  event: unknown,
  stackName: string,
): Promise<number> {
  const cloudFormation = new CloudFormationClient({});
  const { Stacks } = await cloudFormation.send(new DescribeStacksCommand({ StackName: stackName }));
  const outputKey = functionOutputKey(stage);
  const functionName = Stacks?.[0]?.Outputs?.find((o) => o.OutputKey === outputKey)?.OutputValue;
  if (!functionName) {
    console.error(
      `stack ${stackName} has no output ${outputKey}; deploy it with npm run deploy first`,
    );
    return 1;
  }
  const lambda = new LambdaClient({});
  const result = await lambda.send(
    new InvokeCommand({
      FunctionName: functionName,
      Payload: new TextEncoder().encode(JSON.stringify(event)),
      LogType: 'Tail',
    }),
  );
  if (result.LogResult) console.log(Buffer.from(result.LogResult, 'base64').toString('utf8'));
  console.log(
    `${functionName} returned: ${new TextDecoder().decode(result.Payload ?? new Uint8Array())}`,
  );
  return result.FunctionError ? 1 : 0;
}
