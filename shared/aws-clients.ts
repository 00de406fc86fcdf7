/**
 * SDK clients as every stage creates them (once, at module scope). Endpoints and credentials
 * come from the standard AWS environment variables, so the same code reaches AWS or the local
 * emulators; `S3_FORCE_PATH_STYLE=true` is set by the local runtime, whose S3 has no DNS names.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';

export function createDynamoClient(): DynamoDBClient {
  return new DynamoDBClient({});
}

export function createS3Client(env: NodeJS.ProcessEnv = process.env): S3Client {
  return new S3Client({ forcePathStyle: env.S3_FORCE_PATH_STYLE === 'true' });
}
