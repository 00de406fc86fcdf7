/**
 * The bucket articles are dropped into, and the bucket its server access logs go to. Versioned,
 * so that a notification names the exact version of an article that the segment stage reads even
 * if the key was overwritten or deleted since.
 */
import { Duration } from 'aws-cdk-lib';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';

/** Only the protections every bucket of the pipeline has; the two buckets add their own. */
const protectedBucket: s3.BucketProps = {
  encryption: s3.BucketEncryption.S3_MANAGED,
  blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
  objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
  enforceSSL: true,
  minimumTLSVersion: 1.2,
};

export class ArticleBucket extends Construct {
  readonly bucket: s3.Bucket;
  readonly accessLogsBucket: s3.Bucket;

  constructor(scope: Construct, id: string) {
    super(scope, id);

    // Server access logs can only be delivered to an SSE-S3 bucket, hence no KMS key here.
    this.accessLogsBucket = new s3.Bucket(this, 'AccessLogs', {
      ...protectedBucket,
      lifecycleRules: [{ id: 'expire-access-logs', expiration: Duration.days(365) }],
    });

    this.bucket = new s3.Bucket(this, 'Bucket', {
      ...protectedBucket,
      versioned: true,
      serverAccessLogsBucket: this.accessLogsBucket,
      serverAccessLogsPrefix: 'article-bucket/',
      lifecycleRules: [
        {
          id: 'expire-replaced-article-versions',
          // Longer than the ingest queue keeps a message, so a retried notification still finds
          // the version it names.
          noncurrentVersionExpiration: Duration.days(30),
          abortIncompleteMultipartUploadAfter: Duration.days(7),
        },
      ],
    });
  }
}
