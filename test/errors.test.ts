// Limits and errors: text never throws, misuse throws a PaperfeedError whose message
// says what to do; isPaperfeedError works across realms.
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import {
  analyzePaper,
  classifyUrl,
  codeStatus,
  detectFormat,
  explainTopics,
  extractAbbreviations,
  extractDatasets,
  extractIdentifiers,
  extractMetrics,
  extractUrls,
  formats,
  isPaperfeedError,
  PaperfeedError,
  parseDate,
  parseFeed,
  parseFeedStream,
  parseVenue,
  tagTopics,
} from '../src/index.js';

/** Runs `fn`, expects a PaperfeedError and returns it. */
function thrown(fn: () => unknown): PaperfeedError {
  try {
    fn();
  } catch (e) {
    expect(isPaperfeedError(e)).toBe(true);
    expect(e).toBeInstanceOf(PaperfeedError);
    expect(e).toBeInstanceOf(Error);
    return e as PaperfeedError;
  }
  throw new Error('expected a PaperfeedError, nothing was thrown');
}

const FEED = 'Title: A Study of Things\n\nWe study things and report an accuracy of 91.2% on CIFAR-10.\n';

describe('maxInputLength', () => {
  it('defaults to 200,000,000: long text below it reads', () => {
    const r = parseFeed('x'.repeat(2_000_000));
    expect(r.stats.inputLength).toBe(2_000_000);
  });
  it('throws INPUT_TOO_LARGE past the limit, with the length and the limit', () => {
    const e = thrown(() => parseFeed(FEED, { maxInputLength: 10 }));
    expect(e.code).toBe('INPUT_TOO_LARGE');
    expect(e.details).toMatchObject({ length: FEED.length, limit: 10 });
    expect(e.message).toContain(`${FEED.length}`);
    expect(e.message).toMatch(/raise maxInputLength|parseFeedStream|Split/);
  });
  it('accepts text exactly at the limit', () => {
    expect(() => parseFeed(FEED, { maxInputLength: FEED.length })).not.toThrow();
  });
  it('the default limit applies (a sparse check with a fake length)', () => {
    // a real 200 MB string is too much for a unit test; a String object with a huge length is not a string
    const e = thrown(() => parseFeed(new String('x') as unknown as string));
    expect(e.code).toBe('INVALID_INPUT');
  });
  it('rejects an invalid limit as INVALID_OPTIONS', () => {
    for (const v of [0, -1, 1.5, Number.NaN, '10', Infinity]) {
      const e = thrown(() => parseFeed(FEED, { maxInputLength: v as number }));
      expect(e.code).toBe('INVALID_OPTIONS');
      expect(e.message).toContain('maxInputLength');
      expect(e.message).toContain('positive integer');
    }
  });
  it('parseFeedStream enforces the limit too', async () => {
    async function* chunks() {
      yield FEED;
      yield FEED;
    }
    const papers = [];
    let err: unknown;
    try {
      for await (const p of parseFeedStream(chunks(), { maxInputLength: FEED.length + 5 })) papers.push(p);
    } catch (e) {
      err = e;
    }
    expect(isPaperfeedError(err) && err.code).toBe('INPUT_TOO_LARGE');
  });
});

describe('non-string input', () => {
  const bad: [string, unknown][] = [
    ['undefined', undefined],
    ['null', null],
    ['a number', 42],
    ['a buffer', new Uint8Array([65, 66])],
    ['an object', { text: 'x' }],
    ['an array', ['x']],
    ['a String object', new String('x')],
  ];
  for (const [name, value] of bad) {
    it(`parseFeed(${name}) throws INVALID_INPUT saying to pass a string`, () => {
      const e = thrown(() => parseFeed(value as string));
      expect(e.code).toBe('INVALID_INPUT');
      expect(e.message).toMatch(/expects a string/);
      expect(e.message).toMatch(/Read the file first|readFileSync/);
    });
  }
  // Every public function that takes text: a non-string is misuse and throws INVALID_INPUT
  // (not a TypeError, and not a silent empty result). Owners: see the module of each.
  const takesText: [string, (v: never) => unknown, unknown[]?][] = [
    ['analyzePaper (analyze.ts): input', (v) => analyzePaper(v), [undefined, null, 42, 'a title']],
    ['analyzePaper (analyze.ts): title', (v) => analyzePaper({ title: v })],
    ['extractUrls (extract/links.ts)', (v) => extractUrls(v)],
    ['extractIdentifiers (extract/identifiers.ts)', (v) => extractIdentifiers(v)],
    ['extractDatasets (extract/datasets.ts)', (v) => extractDatasets(v)],
    ['extractMetrics (extract/metrics.ts)', (v) => extractMetrics(v)],
    ['extractAbbreviations (topics/abbreviations.ts)', (v) => extractAbbreviations(v)],
    ['tagTopics (topics/tag.ts)', (v) => tagTopics(v), [undefined, null, 42]],
    ['parseVenue (extract/venue.ts)', (v) => parseVenue(v)],
    ['parseDate (lib/dates.ts)', (v) => parseDate(v)],
    ['codeStatus (extract/code.ts)', (v) => codeStatus([], v)],
    ['classifyUrl (extract/url-kind.ts)', (v) => classifyUrl(v)],
    ['detectFormat (feeds/registry.ts)', (v) => detectFormat(v)],
  ];
  for (const [name, call, values = [undefined, null, 42, {}]] of takesText) {
    it(`${name} throws INVALID_INPUT for ${values.map((v) => JSON.stringify(v) ?? 'undefined').join(', ')}`, () => {
      for (const v of values) {
        const e = thrown(() => call(v as never));
        expect(e.code).toBe('INVALID_INPUT');
      }
    });
  }
  it('tagTopics with a number throws INVALID_INPUT', () => {
    const e = thrown(() => tagTopics(42 as never));
    expect(e.code).toBe('INVALID_INPUT');
  });
});

describe('invalid options', () => {
  it('an unknown key names the key and lists the allowed options', () => {
    const e = thrown(() => parseFeed(FEED, { fromat: 'json' } as never));
    expect(e.code).toBe('INVALID_OPTIONS');
    expect(e.message).toContain('"fromat"');
    expect(e.message).toContain('format, maxInputLength, emails, dedupe, topics, readers');
    expect(e.details.path).toBe('fromat');
  });
  it('a wrong type names the option and what to give', () => {
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ dedupe: 'yes' }, 'dedupe', /true or false/],
      [{ emails: 1 }, 'emails', /true or false/],
      [{ format: 3 }, 'format', /format name/],
      [{ format: '' }, 'format', /format name/],
      [{ topics: 'all' }, 'topics', /tagTopics options/],
      [{ readers: [{ name: 'x' }] }, 'readers', /detect\(text\)/],
    ];
    for (const [opts, path, hint] of cases) {
      const e = thrown(() => parseFeed(FEED, opts as never));
      expect(e.code).toBe('INVALID_OPTIONS');
      expect(e.message).toContain(path);
      expect(e.message).toMatch(hint);
      expect(String(e.details.path)).toMatch(new RegExp(`^${path}`));
    }
  });
  it('options that are not an object', () => {
    for (const v of ['json', 5, true, ['json']]) {
      const e = thrown(() => parseFeed(FEED, v as never));
      expect(e.code).toBe('INVALID_OPTIONS');
      expect(e.message).toMatch(/must be an object/);
    }
  });
  it('null, undefined and {} options are fine', () => {
    expect(() => parseFeed(FEED, null)).not.toThrow();
    expect(() => parseFeed(FEED, undefined)).not.toThrow();
    expect(() => parseFeed(FEED, {})).not.toThrow();
  });
  it('an unknown format throws UNKNOWN_FORMAT listing the formats', () => {
    const e = thrown(() => parseFeed(FEED, { format: 'arxiv' }));
    expect(e.code).toBe('UNKNOWN_FORMAT');
    expect(e.message).toContain("Unknown format 'arxiv'");
    for (const f of formats) expect(e.message).toContain(f);
    expect(e.message).toContain("'auto'");
  });
  it('a custom reader name is a known format', () => {
    const reader = { name: 'mine', detect: () => 0, read: () => ({ entries: [] }) };
    expect(parseFeed(FEED, { format: 'mine', readers: [reader] }).format).toBe('mine');
  });
  it('invalid topic options throw INVALID_OPTIONS even for a feed without papers', () => {
    for (const topics of [{ threshold: 2 }, { maxTags: 0 }, { includeParents: 'no' }, { thresh: 0.5 }]) {
      const e = thrown(() => parseFeed('', { topics } as never));
      expect(e.code).toBe('INVALID_OPTIONS');
    }
  });
});

describe('invalid custom taxonomy', () => {
  const cases: [string, unknown, RegExp][] = [
    ['not an array', 'topics', /expected an array of topics/],
    ['a topic without terms', [{ id: 'x', label: 'X' }], /terms/],
    ['an empty term', [{ id: 'x', label: 'X', terms: [''] }], /non-empty/],
    ['a weight out of range', [{ id: 'x', label: 'X', terms: [{ t: 'foo', w: 99 }] }], /weight/],
    ['an unknown key', [{ id: 'x', label: 'X', terms: ['foo'], colour: 'red' }], /unknown key "colour"/],
    ['a file with a wrong version', { version: 2, topics: [] }, /version/],
  ];
  for (const [name, taxonomy, msg] of cases) {
    it(`${name} → INVALID_TAXONOMY naming the entry (tagTopics, explainTopics, parseFeed)`, () => {
      for (const call of [
        () => tagTopics('diffusion models', { taxonomy: taxonomy as never }),
        () => explainTopics('diffusion models', { taxonomy: taxonomy as never }),
        () => parseFeed('', { topics: { taxonomy: taxonomy as never } }),
        () => parseFeed(FEED, { topics: { taxonomy: taxonomy as never } }),
      ]) {
        const e = thrown(call);
        expect(e.code).toBe('INVALID_TAXONOMY');
        expect(e.message).toMatch(msg);
        expect(e.message).toMatch(/^taxonomy/);
      }
    });
  }
  it('a parent that does not exist or a duplicate id is named', () => {
    const e1 = thrown(() => tagTopics('x', { taxonomy: [{ id: 'a', label: 'A', parent: 'nope', terms: ['foo'] }], taxonomyMode: 'replace' }));
    expect(e1.code).toBe('INVALID_TAXONOMY');
    expect(e1.message).toContain('nope');
    const e2 = thrown(() =>
      tagTopics('x', {
        taxonomy: [
          { id: 'a', label: 'A', terms: ['foo'] },
          { id: 'a', label: 'B', terms: ['bar'] },
        ],
        taxonomyMode: 'replace',
      }),
    );
    expect(e2.code).toBe('INVALID_TAXONOMY');
  });
});

describe('text never throws', () => {
  it('a reader that throws gives a diagnostic, not an exception', () => {
    const reader = {
      name: 'boom',
      detect: () => 1,
      read: () => {
        throw new Error('kaboom');
      },
    };
    const r = parseFeed(FEED, { readers: [reader] });
    expect(r.format).toBe('boom');
    expect(r.papers).toEqual([]);
    expect(r.diagnostics.find((d) => d.severity === 'error')?.message).toContain('kaboom');
  });
  it('a reader whose detect throws is skipped', () => {
    const reader = {
      name: 'bad-detect',
      detect: () => {
        throw new Error('x');
      },
      read: () => ({ entries: [] }),
    };
    expect(() => parseFeed(FEED, { readers: [reader] })).not.toThrow();
  });
});

describe('PaperfeedError and isPaperfeedError', () => {
  it('carries code, details (frozen) and name', () => {
    const e = new PaperfeedError('INVALID_INPUT', 'bad', { received: 'number' });
    expect(e.name).toBe('PaperfeedError');
    expect(e.code).toBe('INVALID_INPUT');
    expect(Object.isFrozen(e.details)).toBe(true);
    expect(e.stack).toBeTypeOf('string');
  });
  it('is false for look-alikes and odd values, and never throws', () => {
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    const throwing = new Proxy(
      {},
      {
        get() {
          throw new Error('trap');
        },
      },
    );
    for (const v of [null, undefined, 0, '', 'PaperfeedError', new Error('x'), { name: 'PaperfeedError', code: 'INVALID_INPUT' }, { [Symbol.for('paperfeed.error')]: 'yes' }, revoked.proxy, throwing]) {
      expect(isPaperfeedError(v)).toBe(false);
    }
  });
  it('works across realms (an error made in another vm context)', () => {
    const foreign = vm.runInNewContext(`
      class PaperfeedError extends Error {
        constructor(code, message) {
          super(message);
          this.name = 'PaperfeedError';
          this.code = code;
          this.details = Object.freeze({});
          Object.defineProperty(this, Symbol.for('paperfeed.error'), { value: true });
        }
      }
      new PaperfeedError('INPUT_TOO_LARGE', 'too big');
    `);
    expect(foreign instanceof Error).toBe(false); // another realm's Error
    expect(foreign instanceof PaperfeedError).toBe(false);
    expect(isPaperfeedError(foreign)).toBe(true);
    expect(foreign.code).toBe('INPUT_TOO_LARGE');
    const plain = vm.runInNewContext(`new Error('x')`);
    expect(isPaperfeedError(plain)).toBe(false);
  });
  it('a thrown error from parseFeed is recognised in another realm', () => {
    let err: unknown;
    try {
      parseFeed(42 as never);
    } catch (e) {
      err = e;
    }
    const check = vm.runInNewContext(`(e) => e[Symbol.for('paperfeed.error')] === true && e.code`);
    expect(check(err)).toBe('INVALID_INPUT');
  });
});
