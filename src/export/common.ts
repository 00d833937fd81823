/** What the exports share: the year, the kind of publication, the best address and citation keys of a paper. */
import venues from '../data/venues.json' with { type: 'json' };
import type { Paper } from '../schema/paper.js';
import { asciiKey, isEtAl, splitName } from './names.js';

let venueTypes: Map<string, string> | undefined;
/** The type of a venue in `venues.json` (`conference`, `journal`, `workshop-series`, `preprint-server`). */
export function venueType(name: string): string | undefined {
  if (!venueTypes) {
    venueTypes = new Map();
    for (const v of (venues as { venues: { name: string; type?: string }[] }).venues) venueTypes.set(v.name, v.type ?? 'conference');
  }
  return venueTypes.get(name);
}

/** How a paper is cited: a preprint, a conference paper or a journal article. */
export type PublicationKind = 'preprint' | 'conference' | 'journal';

/**
 * A paper named with a venue it was accepted to, published in or presented at
 * (status `accepted`, `published`, `workshop`, or `unknown` as a list line writes
 * it) is a conference paper or journal article by the venue's type; a Journal-ref
 * alone makes a journal article; anything else (submitted, no venue) a preprint.
 */
export function publicationKind(p: Paper): PublicationKind {
  const v = p.venue;
  if (v && v.status !== 'submitted') {
    const t = venueType(v.name);
    if (t === 'journal') return 'journal';
    if (t === 'preprint-server') return 'preprint';
    return 'conference';
  }
  if (p.journalRef && p.journalRef.trim()) return 'journal';
  return 'preprint';
}

/** The year of a new-style (`2306.05999`) or old-style (`cs/0112017`) arXiv id. */
export function arxivYearMonth(id: string | undefined): { year: number; month: number } | undefined {
  if (!id) return undefined;
  const slash = id.lastIndexOf('/');
  const s = slash >= 0 ? id.slice(slash + 1) : id;
  if (s.length < 4) return undefined;
  for (let i = 0; i < 4; i++) if (s.charCodeAt(i) < 48 || s.charCodeAt(i) > 57) return undefined;
  if (slash < 0 && s[4] !== '.') return undefined;
  const yy = +s.slice(0, 2);
  const month = +s.slice(2, 4);
  if (month < 1 || month > 12) return undefined;
  return { year: slash >= 0 && yy >= 91 ? 1900 + yy : 2000 + yy, month };
}

/** The date parts a paper is cited with: the venue's year for a published paper, else the paper's own date, else the arXiv id's. */
export function citedDate(p: Paper): { year?: number; month?: number; day?: number } {
  const kind = publicationKind(p);
  if (kind !== 'preprint' && p.venue?.year) return { year: p.venue.year };
  for (const d of [p.date, p.dates?.submitted, p.dates?.announced, p.dates?.updated]) {
    if (d?.year) {
      const out: { year?: number; month?: number; day?: number } = { year: d.year };
      if (d.month) {
        out.month = d.month;
        if (d.day) out.day = d.day;
      }
      return out;
    }
  }
  const a = arxivYearMonth(p.arxivId);
  if (a) return a;
  if (p.venue?.year) return { year: p.venue.year };
  return {};
}

/** The canonical arXiv abstract page of an id. */
export function arxivAbs(id: string): string {
  return `https://arxiv.org/abs/${id}`;
}

/** The best address of a paper: its arXiv page, else a paper link it lists (HF, OpenReview, proceedings), else its DOI, else its first link. */
export function bestUrl(p: Paper): string | undefined {
  if (p.arxivId) return arxivAbs(p.arxivId);
  const urls = p.urls ?? [];
  const paper = urls.find((l) => l.role === 'paper' && l.kind !== 'doi') ?? urls.find((l) => l.kind === 'arxiv-abs' || l.kind === 'hf-paper' || l.kind === 'openreview' || l.kind === 'proceedings' || l.kind === 'anthology');
  if (paper) return paper.url;
  if (p.doi) return `https://doi.org/${p.doi}`;
  return urls.find((l) => l.kind !== 'email')?.url;
}

/** The authors that are names ("et al." left out). */
export function realAuthors(p: Paper): { raw: string; display: string }[] {
  const authors = Array.isArray(p.authors) ? p.authors : [];
  const display = Array.isArray(p.authorsDisplay) && p.authorsDisplay.length === authors.length ? p.authorsDisplay : authors;
  const out: { raw: string; display: string }[] = [];
  authors.forEach((a, i) => {
    if (typeof a === 'string' && !isEtAl(a)) out.push({ raw: a, display: display[i] ?? a });
  });
  return out;
}

/** True when the author list was cut ("et al.", "others"). */
export function authorsTruncated(p: Paper): boolean {
  return (p.authors ?? []).some((a) => typeof a === 'string' && isEtAl(a) && a.trim() !== '');
}

const STOP = new Set(['a', 'an', 'the', 'on', 'of', 'for', 'in', 'to', 'and', 'with', 'towards', 'toward', 'via', 'from', 'is', 'are', 'do', 'does', 'can', 'what', 'how', 'why', 'when', 'at', 'by', 'as', 'into', 'beyond', 'not', 'all', 'you', 'we', 'your', 'our', 'it', 'its', 'be']);

/** The first word of a title that is not a stop word, ASCII, lower-case. */
function titleWord(title: string): string {
  let word = '';
  for (const w of (typeof title === 'string' ? title : '').split(' ')) {
    const k = asciiKey(w);
    if (!k) continue;
    if (!word) word = k;
    if (!STOP.has(k)) return k;
  }
  return word;
}

/** The key of one paper before de-duplication: `smith2023large` (first author's family name, year, first title word). */
export function baseKey(p: Paper): string {
  const first = realAuthors(p)[0];
  let name = '';
  if (first) {
    const parts = splitName(first.display);
    const fam = parts.family ?? parts.literal ?? '';
    const words = fam.split(' ').filter((w) => asciiKey(w));
    name = asciiKey(words[words.length - 1] ?? fam);
  }
  if (!name) name = 'anon';
  const year = citedDate(p).year;
  const key = `${name}${year ?? ''}${titleWord(p.title ?? '').slice(0, 30)}`;
  return key.charCodeAt(0) >= 97 ? key : `p${key}`;
}

/**
 * Unique citation keys, one per paper in order: `smith2023large`; papers that
 * would share a key all get a letter (`smith2023largea`, `smith2023largeb`).
 * ASCII letters and digits only, so valid in BibTeX, biblatex and CSL.
 */
export function citationKeys(papers: readonly Paper[]): string[] {
  const bases = papers.map(baseKey);
  const count = new Map<string, number>();
  for (const b of bases) count.set(b, (count.get(b) ?? 0) + 1);
  const used = new Set<string>();
  for (const b of bases) if (count.get(b) === 1) used.add(b);
  const next = new Map<string, number>();
  return bases.map((b) => {
    if (count.get(b) === 1) return b;
    let n = next.get(b) ?? 0;
    let key: string;
    do {
      key = b + letters(n);
      n++;
    } while (used.has(key));
    next.set(b, n);
    used.add(key);
    return key;
  });
}

/** a, b, ..., z, aa, ab, ... */
function letters(n: number): string {
  let s = '';
  let k = n;
  do {
    s = String.fromCharCode(97 + (k % 26)) + s;
    k = Math.floor(k / 26) - 1;
  } while (k >= 0);
  return s;
}
