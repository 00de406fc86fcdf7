/**
 * Configuration from the environment, read once and validated at cold start: a missing or
 * malformed variable fails loudly with its name.
 */
import { DEFAULT_MAX_ARTICLE_BYTES, environmentNames } from '../infra/wiring.ts';
import { ConfigurationError } from './errors.ts';

export interface StageConfig {
  tableName: string;
  bucketName: string | null;
  maxArticleBytes: number;
}

export function loadConfig(
  env: NodeJS.ProcessEnv = process.env,
  needs: { bucket: boolean } = { bucket: false },
): StageConfig {
  const tableName = required(env, environmentNames.tableName);
  const bucketName = needs.bucket
    ? required(env, environmentNames.bucketName)
    : (env[environmentNames.bucketName] ?? null);
  const rawMax = env[environmentNames.maxArticleBytes];
  const maxArticleBytes =
    rawMax === undefined || rawMax === '' ? DEFAULT_MAX_ARTICLE_BYTES : Number(rawMax);
  if (!Number.isInteger(maxArticleBytes) || maxArticleBytes <= 0) {
    throw new ConfigurationError(
      `${environmentNames.maxArticleBytes} must be a positive whole number of bytes, got "${rawMax}"`,
    );
  }
  return { tableName, bucketName, maxArticleBytes };
}

function required(env: NodeJS.ProcessEnv, name: string): string {
  const value = env[name];
  if (!value) throw new ConfigurationError(`environment variable ${name} is not set`);
  return value;
}
