// ReDoS audit: every regular expression of the library lives under src/regex/ and is
// re-exported from its index; recheck checks each one. None may be vulnerable, and the
// audit must see them all (a regex defined elsewhere in src/ fails the second test).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { checkSync } from 'recheck';
import { describe, expect, it } from 'vitest';
import * as regexes from '../src/regex/index.js';

const all = Object.entries(regexes).filter((e): e is [string, RegExp] => e[1] instanceof RegExp);

describe('ReDoS audit (recheck)', () => {
  it('has regexes to check', () => expect(all.length).toBeGreaterThan(10));
  for (const [name, re] of all) {
    it(`${name} is safe`, () => {
      // the automaton checker decides exactly when it can build the regex's automaton; the
      // fuzz checker, for the rest (lookaround, large bounded repeats), is a search whose
      // verdict on a linear regex can vary with machine load
      const exact = checkSync(re.source, re.flags, { timeout: 20_000, checker: 'automaton' });
      const r = exact.status === 'unknown' ? checkSync(re.source, re.flags, { timeout: 20_000, randomSeed: 1 }) : exact;
      const detail = r.status === 'vulnerable' ? `${r.complexity.type} on ${r.attack.pattern}` : r.status;
      expect(`${name}: ${detail}`).toBe(`${name}: safe`);
    }, 60_000);
  }
});

describe('regex module', () => {
  it('holds every regex literal of src/ (none elsewhere)', () => {
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const f of readdirSync(dir)) {
        const p = join(dir, f);
        if (statSync(p).isDirectory()) {
          if (f !== 'regex') walk(p);
        } else if (p.endsWith('.ts')) {
          const src = readFileSync(p, 'utf8');
          // a regex literal: after ( , = : [ ! & | ? { ; or return, a / that is not a comment
          const lines = src.split('\n');
          lines.forEach((line, i) => {
            const code = line.replace(/\/\/.*$/, '').replace(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|`(?:[^`\\]|\\.)*`/g, "''");
            if (/(?:^|[(,=:[!&|?{;]|\breturn)\s*\/(?![/*])[^/\n]+\/[dgimsuvy]*(?:\.|\s*[),;]|$)/.test(code) || /\bnew RegExp\(/.test(code)) offenders.push(`${p}:${i + 1}`);
          });
        }
      }
    };
    walk(new URL('../src', import.meta.url).pathname);
    expect(offenders).toEqual([]);
  });
});
