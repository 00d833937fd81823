/**
 * toBibTeX: papers as BibTeX entries.
 *
 * `@misc` for preprints (with `eprint`, `archivePrefix = {arXiv}`, `primaryClass`),
 * `@inproceedings` for conference and workshop papers (`booktitle`), `@article`
 * for journal articles (`journal`). Fields: `title`, `author` (in order, joined
 * with ` and `, `and others` where the feed cut the list), `year`, `month`, `doi`,
 * `url`, and the arXiv fields wherever the id is known.
 *
 * Escaping: `& % $ # _ ~ ^ \` become `\& \% \$ \# \_ \textasciitilde{}
 * \textasciicircum{} \textbackslash{}`, and `{ }` become `\textbraceleft{}
 * \textbraceright{}` so that BibTeX's own brace counting stays balanced. Words
 * with capitals after their first letter (`BERT`, `ImageNet`) are wrapped in
 * braces to keep their case. Unicode is kept as is (UTF-8 output, for biber or
 * bibtex with inputenc); LaTeX accents in author names are turned into Unicode
 * first, so every name is written the same way.
 */
import type { Paper } from '../schema/paper.js';
import { authorsTruncated, citationKeys, citedDate, publicationKind, realAuthors } from './common.js';

const ESC: Record<string, string> = {
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '{': '\\textbraceleft{}',
  '}': '\\textbraceright{}',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
  '\\': '\\textbackslash{}',
};

/** Escapes the LaTeX special characters of a text; white space (and control characters) fold to single spaces. */
export function escapeLatex(text: string): string {
  let out = '';
  let space = false;
  for (const ch of typeof text === 'string' ? text : '') {
    const c = ch.charCodeAt(0);
    if (c <= 32 || c === 0x7f || c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x2028 || c === 0x2029 || c === 0xfeff) {
      space = out.length > 0;
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += ESC[ch] ?? ch;
  }
  return out;
}

/** A title escaped, with words that carry inner capitals braced (`{BERT}`, `{ImageNet}`, `{Q\\&A}`). */
function titleField(title: string): string {
  return escapeLatex(title)
    .split(' ')
    .filter((w) => w.length > 0)
    .map((w) => (innerCapital(w) ? `{${w}}` : w))
    .join(' ');
}

/** A capital letter after the first letter of a word (escape commands such as `\\textbraceleft` aside). */
function innerCapital(w: string): boolean {
  let letters = 0;
  for (let i = 0; i < w.length; i++) {
    const ch = w[i]!;
    if (ch === '\\') {
      // skip a command name (`\textasciitilde`); a symbol escape (`\&`) is one character
      i++;
      if (i < w.length && w[i]!.toLowerCase() !== w[i]!.toUpperCase()) while (i + 1 < w.length && w[i + 1]!.toLowerCase() !== w[i + 1]!.toUpperCase()) i++;
      continue;
    }
    const up = ch !== ch.toLowerCase();
    if (ch !== ch.toUpperCase() || up) letters++;
    if (up && letters > 1) return true;
  }
  return false;
}

/** One author as BibTeX reads it: `Given Family` as written; a name with a comma, or an organisation, braced. */
function authorField(display: string): string {
  const e = escapeLatex(display);
  // An " and " inside one name would split it; brace it.
  return e.toLowerCase().includes(' and ') ? `{${e}}` : e;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** The fields of one entry, in the order written. */
export function bibtexFields(p: Paper): { type: 'misc' | 'inproceedings' | 'article'; fields: [string, string][] } {
  const kind = publicationKind(p);
  const type = kind === 'journal' ? 'article' : kind === 'conference' ? 'inproceedings' : 'misc';
  const fields: [string, string][] = [];
  fields.push(['title', titleField(typeof p.title === 'string' ? p.title : '')]);
  const authors = realAuthors(p).map((a) => authorField(a.display));
  if (authorsTruncated(p) && authors.length) authors.push('others');
  if (authors.length) fields.push(['author', authors.join(' and ')]);
  if (type === 'article') fields.push(['journal', escapeLatex(p.venue?.name ?? p.journalRef ?? '')]);
  if (type === 'inproceedings' && p.venue) fields.push(['booktitle', escapeLatex(p.venue.status === 'workshop' ? `${p.venue.name} Workshop` : p.venue.name)]);
  const date = citedDate(p);
  if (date.year) fields.push(['year', String(date.year)]);
  if (date.month) fields.push(['month', MONTHS[date.month - 1]!]);
  if (p.arxivId) {
    fields.push(['eprint', escapeLatex(p.arxivId)]);
    fields.push(['archivePrefix', 'arXiv']);
    const primary = (p.categories ?? []).find((c) => typeof c === 'string' && c.length > 0 && c.length < 40);
    if (primary) fields.push(['primaryClass', escapeLatex(primary)]);
  }
  if (p.doi) fields.push(['doi', escapeLatex(p.doi)]);
  const url = p.arxivId ? `https://arxiv.org/abs/${p.arxivId}` : p.doi ? `https://doi.org/${p.doi}` : (p.urls ?? []).find((l) => l.role === 'paper')?.url;
  if (url) fields.push(['url', escapeUrl(url)]);
  return { type, fields };
}

/** An address for `url = {...}`: `%`, `#`, `&`, `_` and `~` are fine inside `\url`, but braces and backslashes are percent-encoded. */
function escapeUrl(url: string): string {
  let out = '';
  for (const ch of url) {
    if (ch === '{') out += '%7B';
    else if (ch === '}') out += '%7D';
    else if (ch === '\\') out += '%5C';
    else if (ch === ' ') out += '%20';
    else if (ch.charCodeAt(0) < 32) continue;
    else out += ch;
  }
  return out;
}

/**
 * The papers as a BibTeX file: one entry each, keys unique (`smith2023large`,
 * `smith2023largea` ...), fields escaped for LaTeX, entries separated by a blank line.
 *
 * @example
 * toBibTeX(parseFeed(text).papers)
 * // @misc{li2023artificial,
 * //   title = {Artificial General Intelligence for Medical Imaging},
 * //   author = {Xiang Li and Lu Zhang and ...},
 * //   year = {2023}, eprint = {2306.05480}, archivePrefix = {arXiv}, primaryClass = {cs.AI}, ...
 */
export function toBibTeX(papers: readonly Paper[]): string {
  const list: Paper[] = Array.isArray(papers) ? (papers as Paper[]).filter((p) => p && typeof p === 'object') : [];
  const keys = citationKeys(list);
  return list
    .map((p, i) => {
      const { type, fields } = bibtexFields(p);
      const width = Math.max(...fields.map(([k]) => k.length));
      const body = fields.map(([k, v]) => `  ${k.padEnd(width)} = {${v}}`).join(',\n');
      return `@${type}{${keys[i]},\n${body}\n}\n`;
    })
    .join('\n');
}
