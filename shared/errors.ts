/**
 * The two kinds of failure the pipeline tells apart. A permanent one (bad input) is recorded
 * with its reason and not retried; a transient one is thrown so the platform retries it.
 */

export type RejectionReason =
  | 'too-large'
  | 'empty'
  | 'binary'
  | 'undecodable'
  | 'unsupported-format'
  | 'malformed'
  | 'not-found';

/** The article cannot be processed as it is: record why, do not retry. */
export class ArticleRejectedError extends Error {
  override readonly name = 'ArticleRejectedError';
  readonly reason: RejectionReason;

  constructor(reason: RejectionReason, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.reason = reason;
  }
}

/** Something outside the article failed (a throttled table, a timeout): retrying may succeed. */
export class TransientError extends Error {
  override readonly name = 'TransientError';
}

/** Configuration is missing or wrong: fails loudly at cold start, naming the variable. */
export class ConfigurationError extends Error {
  override readonly name = 'ConfigurationError';
}
