import { describe, expect, it } from 'vitest';
import { parseDate } from '../src/lib/dates.js';
import { PaperfeedError, isPaperfeedError } from '../src/errors.js';

describe('parseDate', () => {
  it('keeps a date without a year as written, never guessing the year', () => {
    expect(parseDate('Mar 13')).toEqual({ text: 'Mar 13', month: 3, day: 13 });
  });
  it('reads digest, HF and ISO dates with their zone', () => {
    expect(parseDate('Thu, 8 Jun 2023 18:04:13 GMT')).toEqual({ text: 'Thu, 8 Jun 2023 18:04:13 GMT', year: 2023, month: 6, day: 8, iso: '2023-06-08T18:04:13Z' });
    expect(parseDate('Feb 27, 2025')).toMatchObject({ year: 2025, month: 2, day: 27, iso: '2025-02-27' });
    expect(parseDate('2024-01-05T10:00:00+02:00')).toMatchObject({ iso: '2024-01-05T10:00:00+02:00' });
    expect(parseDate('Mon, 11 Mar 2024 00:00:00 -0400')).toMatchObject({ iso: '2024-03-11T00:00:00-04:00' });
  });
  it('refuses what is no date', () => {
    for (const s of ['Feb 30, 2023', 'Foo 12', '13/45', '', 'x'.repeat(100)]) expect(parseDate(s)).toBeUndefined();
  });
});

describe('PaperfeedError', () => {
  it('carries a code and is recognised across realms by its brand', () => {
    const e = new PaperfeedError('INVALID_OPTIONS', 'bad', { path: 'format' });
    expect(e).toBeInstanceOf(Error);
    expect(isPaperfeedError(e)).toBe(true);
    expect(e.code).toBe('INVALID_OPTIONS');
    expect(e.details.path).toBe('format');
    const foreign = Object.assign(new Error('x'), { [Symbol.for('paperfeed.error')]: true, code: 'INVALID_INPUT' });
    expect(isPaperfeedError(foreign)).toBe(true);
    expect(isPaperfeedError(new Error('x'))).toBe(false);
    expect(isPaperfeedError(null)).toBe(false);
  });
});
