import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../shared/config.ts';
import { ConfigurationError } from '../../shared/errors.ts';

describe('loadConfig', () => {
  it('names the missing variable', () => {
    expect(() => loadConfig({})).toThrow(
      new ConfigurationError('environment variable TABLE_NAME is not set'),
    );
    expect(() => loadConfig({ TABLE_NAME: 't' }, { bucket: true })).toThrow(/BUCKET_NAME/);
  });

  it('rejects a size cap that is not a positive whole number', () => {
    expect(() => loadConfig({ TABLE_NAME: 't', MAX_ARTICLE_BYTES: '5MB' })).toThrow(
      /MAX_ARTICLE_BYTES/,
    );
  });

  it('defaults the size cap to 5 MiB', () => {
    expect(loadConfig({ TABLE_NAME: 't' }).maxArticleBytes).toBe(5 * 1024 * 1024);
  });
});
