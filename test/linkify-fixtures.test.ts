// The peer test suite: linkify-it's own fixtures (fixtures/linkify-it, MIT).
// Leaving out its e-mail and bare-IP cases, extractUrls must find >= 95% of
// links.txt and nothing in not_links.txt.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractUrls } from '../src/extract/links.js';

const dir = new URL('../fixtures/linkify-it/', import.meta.url);
const stripComment = (l: string) => {
  const i = l.indexOf(' %');
  return (l.startsWith('%') ? '' : i >= 0 ? l.slice(0, i) : l).trimEnd();
};

function linkCases(): { input: string; expected: string }[] {
  const lines = readFileSync(new URL('links.txt', dir), 'utf8').split('\n');
  const cases: { input: string; expected: string }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = stripComment(lines[i]!);
    if (!line) continue;
    const next = i + 1 < lines.length ? stripComment(lines[i + 1]!) : '';
    if (next && !lines[i + 1]!.startsWith('%')) {
      cases.push({ input: line, expected: next });
      i++;
    } else cases.push({ input: line, expected: line });
  }
  return cases;
}

const isEmail = (s: string) => s.startsWith('mailto:') || (/^[^\s/:]+@[^\s/]+\.[a-z]+$/i.test(s) && !s.includes('://'));
const isBareIp = (s: string) => /^(?:[a-z]+:\/\/)?(?:[^@/]*@)?\d{1,3}(?:\.\d{1,3}){3}(?::\d+)?(?:\/|$)/i.test(s);
const noScheme = (s: string) => s.replace(/^[a-z][a-z0-9+.-]*:(?:\/\/)?/i, '');

describe('linkify-it fixtures', () => {
  it('finds >= 95% of links.txt (without e-mail and bare-IP cases)', () => {
    const cases = linkCases().filter((c) => !isEmail(c.expected) && !isBareIp(c.expected));
    const missed: string[] = [];
    for (const c of cases) {
      const found = extractUrls(c.input).map((l) => l.url);
      const hasScheme = /^[a-z][a-z0-9+.-]*:/i.test(c.expected);
      const ok = found.some((u) => (hasScheme ? u === c.expected || u.toLowerCase() === c.expected.toLowerCase() : noScheme(u) === c.expected));
      if (!ok) missed.push(`${c.input} -> ${c.expected} (got ${found.join(', ') || 'nothing'})`);
    }
    const rate = 1 - missed.length / cases.length;
    expect(cases.length).toBeGreaterThan(80);
    console.log(`linkify-it links.txt: ${cases.length - missed.length}/${cases.length} found`);
    if (rate < 0.95) console.log(missed.join('\n'));
    expect(rate).toBeGreaterThanOrEqual(0.95);
  });

  it('finds nothing in not_links.txt', () => {
    const lines = readFileSync(new URL('not_links.txt', dir), 'utf8').split('\n').map(stripComment).filter(Boolean);
    expect(lines.length).toBeGreaterThan(20);
    const wrong = lines.filter((l) => extractUrls(l).length > 0).map((l) => `${l} -> ${extractUrls(l).map((x) => x.url).join(', ')}`);
    expect(wrong).toEqual([]);
  });
});
