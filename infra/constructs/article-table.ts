/**
 * The single article table, built from `tableDesign` (the same design the local runtime creates
 * in DynamoDB Local): on-demand, point-in-time recovery, encrypted, and streaming new images,
 * which is how a segmented article reaches the extractors.
 */
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import { Construct } from 'constructs';
import { tableDesign } from '../../shared/table.ts';

const stringKey = (name: string): dynamodb.Attribute => ({
  name,
  type: dynamodb.AttributeType.STRING,
});

export class ArticleTable extends Construct {
  readonly table: dynamodb.Table;
  /** One ARN per index, so that queries are granted on named indexes and not on `index/*`. */
  readonly indexArns: string[];

  constructor(scope: Construct, id: string) {
    super(scope, id);

    this.table = new dynamodb.Table(this, 'Table', {
      partitionKey: stringKey(tableDesign.partitionKey),
      sortKey: stringKey(tableDesign.sortKey),
      billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      encryption: dynamodb.TableEncryption.AWS_MANAGED,
      timeToLiveAttribute: tableDesign.timeToLiveAttribute,
      // The extractors' filter looks at the new image only; old images would be paid for unread.
      stream: dynamodb.StreamViewType.NEW_IMAGE,
    });
    for (const index of tableDesign.indexes) {
      this.table.addGlobalSecondaryIndex({
        indexName: index.name,
        partitionKey: stringKey(index.partitionKey),
        sortKey: stringKey(index.sortKey),
        projectionType: dynamodb.ProjectionType.ALL,
      });
    }
    this.indexArns = tableDesign.indexes.map(
      (index) => `${this.table.tableArn}/index/${index.name}`,
    );
  }
}
