// Exports against each format's rules: BibTeX parsed back by a small brace-counting
// reader (as BibTeX counts braces: a backslash does not escape one), CSL-JSON items
// validated with a zod schema of the fields written, and the markdown digest.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import * as z from 'zod';
import { describe, expect, it } from 'vitest';
import { analyzePaper } from '../src/analyze.js';
import { parseFeed } from '../src/parse.js';
import { mergeFeeds } from '../src/merge.js';
import { citationKeys, escapeLatex, escapeMarkdown, splitName, toBibTeX, toCslJson, toMarkdown } from '../src/export/index.js';
import type { Paper } from '../src/schema/paper.js';

const fx = (name: string) => readFileSync(new URL(`./fixtures/records/${name}`, import.meta.url), 'utf8');
const MERGED = mergeFeeds(parseFeed(fx('digest.txt')), parseFeed(fx('hf.md')), parseFeed(fx('awesome.md'))).papers;
const SHARED_DIGEST = parseFeed(readFileSync(new URL('../fixtures/shared/arxiv_digest_dev.txt', import.meta.url), 'utf8')).papers;

interface BibEntry {
  type: string;
  key: string;
  fields: Record<string, string>;
}

/** A strict reader of the BibTeX written here: `@type{key,` then `name = {value}` fields, braces counted without escapes. */
function parseBib(text: string): BibEntry[] {
  const out: BibEntry[] = [];
  let i = 0;
  const ws = () => {
    while (i < text.length && ' \n\t\r'.includes(text[i]!)) i++;
  };
  for (;;) {
    ws();
    if (i >= text.length) break;
    if (text[i] !== '@') throw new Error(`expected @ at ${i}: ${text.slice(i, i + 20)}`);
    const open = text.indexOf('{', i);
    const type = text.slice(i + 1, open);
    if (!/^[a-z]+$/.test(type)) throw new Error(`bad type ${type}`);
    const comma = text.indexOf(',', open);
    const key = text.slice(open + 1, comma);
    i = comma + 1;
    const fields: Record<string, string> = {};
    for (;;) {
      ws();
      if (text[i] === '}') {
        i++;
        break;
      }
      const eq = text.indexOf('=', i);
      const name = text.slice(i, eq).trim();
      if (!/^[A-Za-z]+$/.test(name)) throw new Error(`bad field name ${name}`);
      i = eq + 1;
      ws();
      if (text[i] !== '{') throw new Error(`field ${name} not braced`);
      let depth = 0;
      const start = i + 1;
      for (; i < text.length; i++) {
        if (text[i] === '{') depth++;
        else if (text[i] === '}') {
          depth--;
          if (depth === 0) break;
        }
      }
      if (depth !== 0) throw new Error(`unbalanced braces in ${name}`);
      if (name in fields) throw new Error(`duplicate field ${name}`);
      fields[name] = text.slice(start, i);
      i++;
      ws();
      if (text[i] === ',') i++;
    }
    out.push({ type, key, fields });
  }
  return out;
}

const REQUIRED: Record<string, string[]> = { misc: ['title'], article: ['title', 'journal', 'year'], inproceedings: ['title', 'booktitle', 'year'] };

function checkBib(papers: Paper[]): BibEntry[] {
  const bib = toBibTeX(papers);
  const entries = parseBib(bib);
  expect(entries).toHaveLength(papers.length);
  const keys = entries.map((e) => e.key);
  expect(new Set(keys).size).toBe(keys.length);
  for (const e of entries) {
    expect(e.key).toMatch(/^[a-z][a-z0-9]*$/);
    for (const f of REQUIRED[e.type]!) expect(e.fields[f], `${e.key}.${f}`).toBeTruthy();
    // no unescaped LaTeX specials inside values
    for (const [name, v] of Object.entries(e.fields)) {
      if (name === 'url') continue;
      const bare = v.replace(/\\[&%$#_]/g, '').replace(/\\text[a-z]+\{\}/g, '');
      expect(bare, `${e.key}.${name}`).not.toMatch(/[&%$#_~^\\]/);
    }
  }
  return entries;
}

const paper = (input: Parameters<typeof analyzePaper>[0]) => analyzePaper(input);

describe('toBibTeX', () => {
  it('writes the merged fixture papers with arXiv fields', () => {
    const entries = checkBib(MERGED as Paper[]);
    expect(entries.map((e) => `${e.type}:${e.key}`)).toEqual(['inproceedings:sola2023sparse', 'inproceedings:lopez2023learning', 'misc:anon2023token']);
    expect(entries[0]!.fields).toMatchObject({
      author: 'Ana Solà and Jonas Kähler and Wei Zhang',
      booktitle: 'ICCV',
      year: '2023',
      eprint: '2306.05999',
      archivePrefix: 'arXiv',
      primaryClass: 'cs.CV',
      url: 'https://arxiv.org/abs/2306.05999',
    });
  });
  it('writes the shared digest as valid entries', () => {
    if (!SHARED_DIGEST.length) return;
    const entries = checkBib(SHARED_DIGEST);
    for (const e of entries) expect(e.fields.eprint && e.fields.archivePrefix === 'arXiv').toBeTruthy();
  });
  it('escapes & % $ # _ { } ~ ^ \\ and keeps braces balanced', () => {
    const p = paper({ title: 'Q&A at 50% cost: $O(n)$ #1 my_var {set} ~x^2 a\\b', authors: ['Jane Doe'], arxivId: '2401.00001' });
    const [e] = checkBib([p]);
    expect(e!.fields.title).toBe('{Q\\&A} at 50\\% cost: \\$O(n)\\$ \\#1 my\\_var \\textbraceleft{}set\\textbraceright{} \\textasciitilde{}x\\textasciicircum{}2 a\\textbackslash{}b');
  });
  it('braces words with inner capitals and keeps Unicode', () => {
    const p = paper({ title: 'BERT and ImageNet for Ünïcode Models', authors: ['José Núñez', 'Zoë Kähler'] });
    const [e] = checkBib([p]);
    expect(e!.fields.title).toBe('{BERT} and {ImageNet} for Ünïcode Models');
    expect(e!.fields.author).toBe('José Núñez and Zoë Kähler');
    expect(e!.key).toBe('nunezbert');
  });
  it('writes authors in order joined with and, "and others" where cut, LaTeX accents as Unicode', () => {
    const p = paper({ title: 'A Paper', authors: ['Sol\\`a, Ana', 'Tom Baker', 'et al.'], arxivId: '2301.00001' });
    const [e] = checkBib([p]);
    expect(e!.fields.author).toBe('Solà, Ana and Tom Baker and others');
    expect(e!.key).toBe('sola2023paper');
  });
  it('dedupes keys with letter suffixes', () => {
    const a = paper({ title: 'Large Models Learn', authors: ['John Smith'], arxivId: '2301.00001' });
    const b = paper({ title: 'Large Models Forget', authors: ['Jane Smith'], arxivId: '2302.00002' });
    const c = paper({ title: 'Small Models', authors: ['J. Smith'], arxivId: '2303.00003' });
    expect(citationKeys([a, b, c])).toEqual(['smith2023largea', 'smith2023largeb', 'smith2023small']);
    checkBib([a, b, c]);
  });
  it('writes @article for journals and Journal-refs, with doi', () => {
    const p = paper({ title: 'Deep Nets', authors: ['A B'], journalRef: 'TMLR 2024', doi: '10.1000/xyz_1' });
    const [e] = checkBib([p]);
    expect(e!.type).toBe('article');
    expect(e!.fields).toMatchObject({ journal: 'TMLR', year: '2024', doi: '10.1000/xyz\\_1', url: 'https://doi.org/10.1000/xyz_1' });
  });
  it('never throws and stays valid on any title and authors', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), fc.array(fc.string({ maxLength: 20 }), { maxLength: 4 }), (title, authors) => {
        const p = { id: 'x', title, authors, urls: [], datasets: [], metrics: [], topics: [], code: { status: 'none' } } as Paper;
        const entries = parseBib(toBibTeX([p, p]));
        expect(entries).toHaveLength(2);
        expect(entries[0]!.key).not.toBe(entries[1]!.key);
      }),
      { numRuns: 300 },
    );
    expect(toBibTeX([])).toBe('');
    expect(toBibTeX(null as never)).toBe('');
  });
});

const Name = z.union([z.object({ family: z.string().min(1), given: z.string().min(1).optional(), suffix: z.string().optional() }).strict(), z.object({ literal: z.string().min(1) }).strict()]);
const CslItem = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9]*$/),
    type: z.enum(['article', 'paper-conference', 'article-journal']),
    title: z.string(),
    author: z.array(Name).min(1).optional(),
    issued: z.object({ 'date-parts': z.tuple([z.array(z.number().int()).min(1).max(3)]) }).strict().optional(),
    DOI: z.string().optional(),
    URL: z.string().url().optional(),
    'container-title': z.string().min(1).optional(),
    publisher: z.string().optional(),
    number: z.string().optional(),
    abstract: z.string().optional(),
    note: z.string().optional(),
  })
  .strict();

describe('toCslJson', () => {
  it('writes valid items for the merged fixture and the shared digest', () => {
    const items = toCslJson([...(MERGED as Paper[]), ...SHARED_DIGEST]);
    for (const it of items) expect(CslItem.safeParse(it).error).toBeUndefined();
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
    expect(items[0]).toMatchObject({
      id: 'sola2023sparse',
      type: 'paper-conference',
      'container-title': 'ICCV',
      number: '2306.05999',
      author: [{ family: 'Solà', given: 'Ana' }, { family: 'Kähler', given: 'Jonas' }, { family: 'Zhang', given: 'Wei' }],
      issued: { 'date-parts': [[2023]] },
    });
    expect(items[2]).toMatchObject({ type: 'article', publisher: 'arXiv', number: '2306.07001', URL: 'https://arxiv.org/abs/2306.07001', issued: { 'date-parts': [[2023, 6]] } });
  });
  it('uses the same ids as the BibTeX keys', () => {
    expect(toCslJson(MERGED as Paper[]).map((i) => i.id)).toEqual(parseBib(toBibTeX(MERGED as Paper[])).map((e) => e.key));
  });
  it.each([
    ['John Smith', { given: 'John', family: 'Smith' }],
    ['Smith, John', { given: 'John', family: 'Smith' }],
    ['Ludwig van Beethoven', { given: 'Ludwig', family: 'van Beethoven' }],
    ['Martin Luther King Jr.', { given: 'Martin Luther', family: 'King', suffix: 'Jr.' }],
    ['King, Jr., Martin', { given: 'Martin', family: 'King', suffix: 'Jr.' }],
    ['Jean-Pierre de la Fontaine', { given: 'Jean-Pierre', family: 'de la Fontaine' }],
    ['K\\"{a}hler, Jonas', { given: 'Jonas', family: 'Kähler' }],
    ['Aristotle', { literal: 'Aristotle' }],
    ['The OpenAI Team', { literal: 'The OpenAI Team' }],
  ])('splits %s', (name, parts) => {
    expect(splitName(name)).toEqual(parts);
  });
  it('writes journal articles and dates', () => {
    const p = paper({ title: 'X Y', authors: ['A B'], journalRef: 'Published in TMLR 2024', doi: '10.1/2', date: { text: '2024-03-05', year: 2024, month: 3, day: 5 } });
    const [item] = toCslJson([p]);
    expect(item).toMatchObject({ type: 'article-journal', 'container-title': 'TMLR', DOI: '10.1/2', issued: { 'date-parts': [[2024]] } });
    const q = paper({ title: 'Z W', date: { text: 'Mar 5, 2024', year: 2024, month: 3, day: 5 } });
    expect(toCslJson([q])[0]!.issued).toEqual({ 'date-parts': [[2024, 3, 5]] });
    expect(CslItem.safeParse(item).success).toBe(true);
  });
});

describe('toMarkdown', () => {
  const md = toMarkdown(MERGED as Paper[], { heading: 'Digest' });
  it('writes a heading per paper with its title linked to its best address', () => {
    expect(md.startsWith('# Digest\n')).toBe(true);
    expect(md).toContain('### [Sparse Mixture Adapters for Efficient Fine-Tuning of Vision Transformers](https://arxiv.org/abs/2306.05999)');
    expect(md.split('\n').filter((l) => l.startsWith('### ')).length).toBe(3);
  });
  it('shows authors, venue, topics and the code link', () => {
    expect(md).toContain('Ana Solà, Jonas Kähler, Wei Zhang · *ICCV 2023 (accepted)* · arXiv:2306.05999');
    expect(md).toContain('Code: [asola/sma](https://github.com/asola/sma)');
    expect(md).toMatch(/Topics: .*fine-tuning/i);
    // the paper whose only code claim was a reused list link shows no code
    const gr = md.slice(md.indexOf('Learning Graph Rewrites'), md.indexOf('Token Merging'));
    expect(gr).not.toContain('Code:');
  });
  it('escapes markdown syntax in titles and encodes link targets', () => {
    const p = paper({ title: 'A *bold* [claim] with_under `code`', links: [] });
    p.urls = [{ url: 'https://example.org/a (b)', kind: 'other', role: 'paper', origin: 'links', confidence: 1 }];
    const out = toMarkdown([p]);
    expect(out).toContain('### [A \\*bold\\* \\[claim\\] with\\_under \\`code\\`](https://example.org/a%20%28b%29)');
    expect(escapeMarkdown('a|b<c>')).toBe('a\\|b\\<c\\>');
  });
  it('says when code is promised, and never throws', () => {
    const p = paper({ title: 'Promise', abstract: 'Code will be released upon acceptance.' });
    expect(toMarkdown([p])).toContain('Code: promised');
    expect(toMarkdown([])).toBe('');
    expect(() => toMarkdown([{ title: 1 } as never])).not.toThrow();
    expect(() => toCslJson([{ title: 1 } as never])).not.toThrow();
    expect(() => toBibTeX([{ title: 1 } as never])).not.toThrow();
  });
  it('escapeLatex folds white space', () => {
    expect(escapeLatex('a\n  b\tc')).toBe('a b c');
  });
});
