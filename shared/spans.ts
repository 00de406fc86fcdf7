/**
 * Lookups over sorted, non-overlapping spans (paragraphs, sentences) by binary search.
 */
import type { Span } from './article.ts';

/** The index of the span holding `pos`, or -1 when no span does. */
export function spanIndexAt(spans: Span[], pos: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const span = spans[mid] as Span;
    if (pos < span.start) hi = mid - 1;
    else if (pos >= span.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/**
 * The first index in `[0, length)` at which `before(i)` is false, for a `before` that is true
 * up to some index and false from there on (a lower bound); `length` when it never turns false.
 */
export function partitionPoint(length: number, before: (i: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
