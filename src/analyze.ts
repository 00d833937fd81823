/**
 * The per-paper work: links, identifiers, datasets, metrics, topics, code and
 * venue for one record. Pure: the same record and options give the same paper.
 */
import { expectString, PaperfeedError } from './errors.js';
import { codeStatus } from './extract/code.js';
import { extractPaperDatasets } from './extract/datasets.js';
import { extractIdentifiers } from './extract/identifiers.js';
import { extractUrls } from './extract/links.js';
import { arxivIdFromUrl, classifyUrl, hostOf, isIdlessArxivUrl, urlKey } from './extract/url-kind.js';
import coverage from './data/coverage-hosts.json' with { type: 'json' };
import { extractPaperMetrics } from './extract/metrics.js';
import { parseVenue } from './extract/venue.js';
import type { EntryLink } from './feeds/types.js';
import { latexToUnicode } from './lib/latex.js';
import { foldKey, foldSpace, isLetterOrDigit, slugify } from './lib/text.js';
import type { Link, Paper } from './schema/paper.js';
import { tagTopics } from './topics/index.js';
import type { TagTopicsOptions } from './topics/index.js';

/** A record from anywhere: a title and whatever else is known. */
export type PaperInput = Partial<Omit<Paper, 'urls' | 'datasets' | 'metrics' | 'topics' | 'code' | 'id'>> & {
  title: string;
  id?: string;
  /** Resource links the record lists outside its text (a paper page, a code repository). */
  links?: (EntryLink | string)[];
  /** Venue text shown outside the comments (a list's `*ICCV 2015*`). */
  venueText?: string;
  /** Names the source itself says are datasets (a dataset list's entry name); added to the datasets found. */
  datasetNames?: string[];
};

/** Options of {@link analyzePaper} and of the per-paper stage of `parseFeed`. */
export interface AnalyzeOptions {
  /** Topic tagging options (threshold, maxTags, includeParents, a custom taxonomy). */
  topics?: TagTopicsOptions;
  /** Also return e-mail addresses as links. */
  emails?: boolean;
}

/**
 * Enriches one record: the links it writes (title, abstract, comments and the
 * listed resource links), its arXiv id and DOI, datasets, metrics, topics, code
 * status and venue. `parseFeed` is segmentation plus this on each entry.
 *
 * @example
 * const p = analyzePaper({ title: 'X', abstract: 'FID of 2.51 on CIFAR-10. Code: https://github.com/a/b' })
 * p.metrics[0].name // 'FID'
 */
export function analyzePaper(input: PaperInput, options: AnalyzeOptions = {}): Paper {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    throw new PaperfeedError('INVALID_INPUT', `analyzePaper expects a record like { title, abstract }, got ${input === null ? 'null' : Array.isArray(input) ? 'an array' : typeof input}.`);
  }
  expectString(input.title, 'analyzePaper', 'a record whose title is a string');
  for (const k of ['abstract', 'comments', 'summary'] as const) {
    if (input[k] !== undefined) expectString(input[k], 'analyzePaper', `a record whose ${k} is a string when given`);
  }
  const title = flat(foldSpace(input.title));
  const abstract = input.abstract === undefined ? undefined : flat(foldSpace(input.abstract));
  const comments = input.comments === undefined ? undefined : flat(foldSpace(input.comments));
  const urls: Link[] = [];
  const seen = new Set<string>();
  const push = (l: Link) => {
    const k = urlKey(l.url);
    if (seen.has(k) || isIdlessArxivUrl(l.url)) return;
    seen.add(k);
    urls.push(l);
  };
  for (const raw of input.links ?? []) {
    const l = typeof raw === 'string' ? { url: raw, origin: 'links' as const } : raw;
    // a listed post on a social network or a news article (`[Tweet](https://twitter.com/…/status/…)`,
    // a press link) announces or reports the paper and is none of its resources; an address the
    // text writes is kept like any other
    if (l.origin === 'links' && isCoverage(l.url)) continue;
    const { kind, repo } = classifyUrl(l.url);
    const label = 'label' in l && l.label ? l.label : undefined;
    const role = linkRole(kind, label);
    const link: Link = { url: l.url, kind, role: role.role, origin: l.origin, confidence: role.confidence };
    if (label) link.label = label;
    if (repo) link.repo = repo;
    push(link);
  }
  const emails = options.emails === true;
  for (const l of extractUrls(title, { field: 'title', origin: 'title', emails })) push(l);
  if (abstract) for (const l of extractUrls(abstract, { field: 'abstract', origin: 'abstract', emails })) push(l);
  if (comments) for (const l of extractUrls(comments, { field: 'comments', origin: 'comments', emails })) push(l);

  // Identifiers: fields first, then links, then text.
  let arxivId = input.arxivId;
  let arxivVersion = input.arxivVersion;
  if (!arxivId) {
    for (const l of urls) {
      const a = arxivIdFromUrl(l.url);
      if (a) {
        arxivId = a.id;
        if (a.version !== undefined && arxivVersion === undefined) arxivVersion = a.version;
        break;
      }
    }
  }
  let doi = input.doi;
  if (!doi) {
    for (const l of urls) {
      if (l.kind === 'doi') {
        const ids = extractIdentifiers(l.url);
        if (ids.dois[0]) doi = ids.dois[0].doi;
        break;
      }
    }
  }

  const datasets = extractPaperDatasets({ title, abstract });
  const metrics = extractPaperMetrics({ title, abstract }, { datasets });
  if (Array.isArray(input.datasetNames) && input.datasetNames.length) addListedDatasets(datasets, input.datasetNames, title);
  const topics = tagTopics({ title, abstract, sections: input.sections }, options.topics);
  const code = codeStatus(urls, `${title}\n${abstract ?? ''}\n${comments ?? ''}`);
  const venue =
    input.venue ??
    (input.journalRef ? parseVenue(input.journalRef, { journalRef: true }) : undefined) ??
    (comments ? parseVenue(comments) : undefined) ??
    (input.venueText ? parseVenue(input.venueText) : undefined);

  const paper: Paper = {
    id: input.id ?? arxivId ?? doi ?? slugify(title),
    title,
    authors: input.authors ?? [],
    urls,
    datasets,
    metrics,
    topics,
    code,
  };
  if (paper.authors.some((a) => a.includes('\\'))) paper.authorsDisplay = paper.authors.map(latexToUnicode);
  if (abstract !== undefined) paper.abstract = abstract;
  if (input.summary !== undefined) paper.summary = foldSpace(input.summary);
  if (input.affiliations?.length) paper.affiliations = input.affiliations;
  if (input.date) paper.date = input.date;
  if (input.dates) paper.dates = input.dates;
  if (arxivId) paper.arxivId = arxivId;
  if (arxivVersion !== undefined) paper.arxivVersion = arxivVersion;
  if (doi) paper.doi = doi;
  if (input.categories?.length) paper.categories = input.categories;
  if (comments !== undefined) paper.comments = comments;
  if (input.journalRef !== undefined) paper.journalRef = input.journalRef;
  if (venue) paper.venue = venue;
  if (input.announceType) paper.announceType = input.announceType;
  if (input.sections?.length) paper.sections = input.sections;
  if (input.source) paper.source = input.source;
  return paper;
}

/** Hyphen look-alikes (U+2010 hyphen, U+2011 non-breaking hyphen, U+2012 figure dash) between two name characters as plain hyphens. */
function plainHyphens(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out += c >= 0x2010 && c <= 0x2012 && i > 0 && i + 1 < s.length && isLetterOrDigit(s[i - 1]!) && isLetterOrDigit(s[i + 1]!) ? '-' : s[i];
  }
  return out;
}

/**
 * Adds the names a source says are datasets (a dataset list's `**SUES‑200**`) that the
 * extractor did not find: `source: 'context'`, the mention as written, its span in the title
 * when the title holds it, the name with hyphen look-alikes made plain hyphens.
 */
function addListedDatasets(datasets: Paper['datasets'], names: readonly unknown[], title: string): void {
  const known = new Set<string>();
  for (const d of datasets) {
    known.add(foldKey(d.name));
    known.add(foldKey(d.mention));
  }
  for (const raw of names) {
    if (typeof raw !== 'string') continue;
    const mention = foldSpace(raw);
    const key = foldKey(mention);
    if (!key || known.has(key)) continue;
    known.add(key);
    const at = title.indexOf(mention);
    datasets.push({
      name: plainHyphens(mention),
      mention,
      source: 'context',
      spans: at < 0 ? [] : [{ field: 'title', start: at, end: at + mention.length }],
    });
  }
}

/**
 * The same text as one flat string. A reader's fields are often slices of the whole feed
 * (or concatenations), which every character read of the stages below pays for (~8% of
 * the analysis in V8), and which keep the whole feed text alive. Joining two parts copies.
 */
function flat(s: string): string {
  return s.length < 16 ? s : [s.slice(0, 1), s.slice(1)].join('');
}

const COVERAGE_HOSTS = new Set(coverage.coverageHosts);

/** An address on a social network, forum or news site (`twitter.com`, `x.com`, `mp.weixin.qq.com`, ...). */
function isCoverage(url: string): boolean {
  let h = hostOf(url);
  if (h.startsWith('www.')) h = h.slice(4);
  else if (h.startsWith('mobile.') || h.startsWith('old.')) h = h.slice(h.indexOf('.') + 1);
  return COVERAGE_HOSTS.has(h);
}

/** The role of a listed resource link, from its label and kind. */
function linkRole(kind: Link['kind'], label: string | undefined): { role: Link['role']; confidence: number } {
  const l = (label ?? '').toLowerCase();
  // What the address is decides first: an `arXiv Page` label on an arXiv address is the paper.
  if (kind === 'code') return { role: 'official-code', confidence: label ? 0.85 : 0.7 };
  if (kind === 'hf-dataset') return { role: 'dataset', confidence: 0.8 };
  if (kind === 'hf-model') return { role: 'model', confidence: 0.8 };
  if (kind === 'hf-space') return { role: 'demo', confidence: 0.8 };
  if (kind === 'arxiv-abs' || kind === 'arxiv-pdf' || kind === 'doi' || kind === 'hf-paper' || kind === 'openreview' || kind === 'anthology' || kind === 'proceedings')
    return { role: 'paper', confidence: 0.85 };
  // Otherwise the label says what the link is for.
  if (l.includes('code') || l.includes('github') || l.includes('octocat')) return { role: 'official-code', confidence: 0.8 };
  if (l.includes('data')) return { role: 'dataset', confidence: 0.7 };
  if (l.includes('model') || l.includes('weights')) return { role: 'model', confidence: 0.7 };
  if (l.includes('demo')) return { role: 'demo', confidence: 0.7 };
  if (l.includes('pdf') || l.includes('paper') || l.includes('arxiv')) return { role: 'paper', confidence: 0.8 };
  if (l.includes('project') || l.includes('web') || l.includes('page') || l.includes('site')) return { role: 'project-page', confidence: 0.8 };
  return { role: 'unknown', confidence: 0.5 };
}
