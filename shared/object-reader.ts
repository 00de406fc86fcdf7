/**
 * Reading an uploaded article from S3 with the size cap enforced before the body is read.
 */
import {
  GetObjectCommand,
  type GetObjectCommandOutput,
  NoSuchKey,
  type S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import { ArticleRejectedError, TransientError } from './errors.ts';

export interface ObjectRef {
  bucket: string;
  key: string;
  versionId: string | null;
}

export interface StoredObject {
  bytes: Uint8Array;
  contentType: string | null;
  /** User metadata, keys lower-case without the `x-amz-meta-` prefix. */
  metadata: Record<string, string>;
  lastModified: string | null;
}

export interface ObjectReader {
  read(ref: ObjectRef, maxBytes: number): Promise<StoredObject>;
}

export class S3ObjectReader implements ObjectReader {
  private readonly s3: S3Client;

  constructor(s3: S3Client) {
    this.s3 = s3;
  }

  async read(ref: ObjectRef, maxBytes: number): Promise<StoredObject> {
    let response: GetObjectCommandOutput;
    try {
      response = await this.s3.send(
        new GetObjectCommand({
          Bucket: ref.bucket,
          Key: ref.key,
          ...(ref.versionId ? { VersionId: ref.versionId } : {}),
        }),
      );
    } catch (error) {
      if (error instanceof NoSuchKey || (error instanceof S3ServiceException && isGone(error))) {
        throw new ArticleRejectedError(
          'not-found',
          `s3://${ref.bucket}/${ref.key} no longer exists`,
          {
            cause: error,
          },
        );
      }
      throw new TransientError(`reading s3://${ref.bucket}/${ref.key} failed`, { cause: error });
    }
    const length = response.ContentLength ?? null;
    if (length !== null && length > maxBytes) {
      // Drop the connection instead of downloading what will be rejected anyway.
      (response.Body as { destroy?: () => void } | undefined)?.destroy?.();
      throw new ArticleRejectedError('too-large', tooLargeMessage(length, maxBytes));
    }
    const bytes = (await response.Body?.transformToByteArray()) ?? new Uint8Array();
    if (bytes.byteLength > maxBytes) {
      throw new ArticleRejectedError('too-large', tooLargeMessage(bytes.byteLength, maxBytes));
    }
    return {
      bytes,
      contentType: response.ContentType ?? null,
      metadata: lowerCaseKeys(response.Metadata ?? {}),
      lastModified: response.LastModified?.toISOString() ?? null,
    };
  }
}

export function tooLargeMessage(size: number, maxBytes: number): string {
  return `article is ${size} bytes, over the ${maxBytes}-byte limit (MAX_ARTICLE_BYTES)`;
}

function isGone(error: S3ServiceException): boolean {
  return (
    error.name === 'NoSuchKey' ||
    error.name === 'NoSuchVersion' ||
    error.$metadata.httpStatusCode === 404
  );
}

function lowerCaseKeys(record: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [k.toLowerCase(), v]));
}
