import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { defineReader } from '../src/feeds/define.js';
import { defaultReaders, detectFormat, parseFeed } from '../src/index.js';

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

describe('detectFormat stops early, exactly', () => {
  // detectFormat skips a reader whose maxConfidence cannot beat the best answer so far and
  // asks it only when `candidates` is read: the answer must be what asking every reader gives.
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? walk(join(dir, d.name)) : [join(dir, d.name)]));
  const files = walk(fileURLToPath(new URL('../fixtures', import.meta.url))).filter((f) => !f.endsWith('LICENSE'));
  it.each(files.map((f) => [f.slice(f.indexOf('fixtures')), f]))('%s', (_, f) => {
    const text = readFileSync(f, 'utf8');
    const full = defaultReaders.map((r) => ({ format: r.name, confidence: r.detect(text) })).sort((a, b) => b.confidence - a.confidence);
    for (const r of defaultReaders) expect(r.detect(text)).toBeLessThanOrEqual(r.maxConfidence!);
    const d = detectFormat(text);
    expect([d.format, d.confidence]).toEqual([full[0]!.format, full[0]!.confidence]);
    expect(d.candidates).toEqual(full);
    expect(JSON.parse(JSON.stringify(d)).candidates).toEqual(full);
  });
  it('a custom reader with no stated maximum is always asked, and wins ties', () => {
    const mine = defineReader('mine', (t) => (t.includes('<feed') ? 0.96 : 0), () => ({ entries: [] }));
    const atom = readFileSync(new URL('../fixtures/arxiv/atom_api.xml', import.meta.url), 'utf8');
    expect(detectFormat(atom, { readers: [mine] }).format).toBe('mine');
    expect(mine.maxConfidence).toBe(1);
  });
});
