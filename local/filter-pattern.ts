/**
 * Lambda event filtering, as the event source mapping applies `FilterCriteria` to stream
 * records, for the patterns `infra/wiring.ts` declares: nested fields, lists of allowed values,
 * `prefix`, `exists` and `anything-but`. A record passes when any pattern matches it.
 */
import type { FilterPattern, FilterValue } from '../infra/wiring.ts';

export function passesFilters(patterns: FilterPattern[], event: unknown): boolean {
  return patterns.length === 0 || patterns.some((pattern) => matches(pattern, event));
}

function matches(pattern: FilterPattern, value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return Object.entries(pattern).every(([field, rule]) =>
    Array.isArray(rule)
      ? rule.some((allowed) => matchesValue(allowed, field in record, record[field]))
      : matches(rule, record[field]),
  );
}

function matchesValue(allowed: FilterValue, present: boolean, actual: unknown): boolean {
  if (allowed === null || typeof allowed !== 'object') return present && actual === allowed;
  if ('exists' in allowed) return allowed.exists === (present && actual !== undefined);
  if ('prefix' in allowed) return typeof actual === 'string' && actual.startsWith(allowed.prefix);
  return present && !allowed['anything-but'].some((excluded) => excluded === actual);
}
