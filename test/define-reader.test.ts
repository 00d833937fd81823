import { describe, expect, it } from 'vitest';
import { defineReader } from '../src/feeds/define.js';
import { parseFeed } from '../src/index.js';

describe('defineReader', () => {
  const broken = defineReader(
    'broken',
    (t) => (t.startsWith('BROKEN') ? 7 : -1),
    () => {
      throw new Error('boom');
    },
  );
  it('clamps detection to 0..1 and never throws from detect', () => {
    expect(broken.detect('BROKEN feed')).toBe(1);
    expect(broken.detect('other')).toBe(0);
    const throwing = defineReader('t', () => {
      throw new Error('x');
    }, () => ({ entries: [] }));
    expect(throwing.detect('anything')).toBe(0);
  });
  it('turns a failing read into an error diagnostic instead of losing the text silently', () => {
    const r = parseFeed('BROKEN feed\n\nsome text', { readers: [broken] });
    expect(r.format).toBe('broken');
    expect(r.papers).toEqual([]);
    const d = r.diagnostics.find((x) => x.severity === 'error');
    expect(d?.message).toContain('broken reader failed');
    expect(d?.message).toContain('boom');
  });
});
