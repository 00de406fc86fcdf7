import { describe, expect, it } from 'vitest';
import { articleSegmentedFilter } from '../../infra/wiring.ts';
import { passesFilters } from '../../local/filter-pattern.ts';
import { sortKeys } from '../../shared/table.ts';

function statusRecord(eventName: string, sk: string, state: string) {
  return { eventName, dynamodb: { NewImage: { sk: { S: sk }, state: { S: state } } } };
}

describe('passesFilters with the article-segmented filter', () => {
  it('passes the segment stage turning an article segmented', () => {
    expect(
      passesFilters(
        [articleSegmentedFilter],
        statusRecord('INSERT', sortKeys.status('segment'), 'segmented'),
      ),
    ).toBe(true);
    expect(
      passesFilters(
        [articleSegmentedFilter],
        statusRecord('MODIFY', sortKeys.status('segment'), 'segmented'),
      ),
    ).toBe(true);
  });

  it("stops every extractor's own writes, so no stage triggers itself or another twice", () => {
    expect(
      passesFilters(
        [articleSegmentedFilter],
        statusRecord('INSERT', sortKeys.status('extract-quotes'), 'done'),
      ),
    ).toBe(false);
    expect(
      passesFilters(
        [articleSegmentedFilter],
        statusRecord('MODIFY', sortKeys.status('extract-dates'), 'done'),
      ),
    ).toBe(false);
    expect(
      passesFilters([articleSegmentedFilter], {
        eventName: 'INSERT',
        dynamodb: { NewImage: { sk: { S: 'QUOTE#00000' } } },
      }),
    ).toBe(false);
  });

  it('stops rejections and removals', () => {
    expect(
      passesFilters(
        [articleSegmentedFilter],
        statusRecord('MODIFY', sortKeys.status('segment'), 'rejected'),
      ),
    ).toBe(false);
    expect(
      passesFilters([articleSegmentedFilter], { eventName: 'REMOVE', dynamodb: { Keys: {} } }),
    ).toBe(false);
  });
});

describe('passesFilters operators', () => {
  it('matches prefix, exists and anything-but', () => {
    const record = { detail: { key: 'incoming/a.txt', size: 3 } };

    expect(passesFilters([{ detail: { key: [{ prefix: 'incoming/' }] } }], record)).toBe(true);
    expect(passesFilters([{ detail: { key: [{ prefix: 'archive/' }] } }], record)).toBe(false);
    expect(passesFilters([{ detail: { size: [{ exists: true }] } }], record)).toBe(true);
    expect(passesFilters([{ detail: { etag: [{ exists: false }] } }], record)).toBe(true);
    expect(passesFilters([{ detail: { size: [{ 'anything-but': [3] }] } }], record)).toBe(false);
  });
});
