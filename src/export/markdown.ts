/**
 * toMarkdown: a readable digest of papers. Each paper is a level-3 heading with
 * its title linked to its best address (arXiv page, paper page, DOI), then a line
 * of authors, venue and id, its topics, its code (a link, "promised", or nothing),
 * and the first sentences of its summary or abstract. Markdown specials in the
 * text are escaped; addresses are percent-encoded where they would break a link.
 */
import type { Paper } from '../schema/paper.js';
import { bestUrl, realAuthors } from './common.js';

/** Options of {@link toMarkdown}. */
export interface ToMarkdownOptions {
  /** A level-1 heading above the list. Default none. */
  heading?: string;
  /** At most this many authors before "et al.". Default 8. */
  maxAuthors?: number;
  /** At most this many characters of abstract (cut at a sentence end where possible); 0 for none. Default 300. */
  abstractChars?: number;
}

/** Escapes characters that markdown would read as syntax. */
export function escapeMarkdown(text: string): string {
  let out = '';
  let space = false;
  for (const ch of typeof text === 'string' ? text : '') {
    const c = ch.charCodeAt(0);
    if (c <= 32 || c === 0xa0) {
      space = out.length > 0;
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += '\\`*_[]<>|~'.includes(ch) ? `\\${ch}` : ch;
  }
  return out;
}

/** An address safe inside `(...)`: spaces, parentheses and angle brackets percent-encoded. */
function linkTarget(url: string): string {
  let out = '';
  for (const ch of url) {
    if (ch === ' ') out += '%20';
    else if (ch === '(') out += '%28';
    else if (ch === ')') out += '%29';
    else if (ch === '<') out += '%3C';
    else if (ch === '>') out += '%3E';
    else if (ch.charCodeAt(0) < 32) continue;
    else out += ch;
  }
  return out;
}

function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const head = text.slice(0, max);
  const dot = head.lastIndexOf('. ');
  return dot > max / 3 ? head.slice(0, dot + 1) : `${head.slice(0, head.lastIndexOf(' ') > 0 ? head.lastIndexOf(' ') : max)}…`;
}

/**
 * The papers as a markdown digest.
 *
 * @example
 * toMarkdown(papers)
 * // ### [Sparse Mixture Adapters ...](https://arxiv.org/abs/2306.05999)
 * // Ana Solà, Jonas Kähler, Wei Zhang · *ICCV 2023 (accepted)* · arXiv:2306.05999
 * // Topics: Computer Vision, Parameter-efficient fine-tuning
 * // Code: [asola/sma](https://github.com/asola/sma)
 */
export function toMarkdown(papers: readonly Paper[], options: ToMarkdownOptions = {}): string {
  const list: Paper[] = Array.isArray(papers) ? (papers as Paper[]).filter((p) => p && typeof p === 'object') : [];
  const maxAuthors = options?.maxAuthors ?? 8;
  const abstractChars = options?.abstractChars ?? 300;
  const blocks: string[] = [];
  if (options?.heading) blocks.push(`# ${escapeMarkdown(options.heading)}\n`);
  for (const p of list) {
    const lines: string[] = [];
    const title = escapeMarkdown(p.title ?? '') || 'Untitled';
    const url = bestUrl(p);
    lines.push(url ? `### [${title}](${linkTarget(url)})` : `### ${title}`);
    const meta: string[] = [];
    const authors = realAuthors(p).map((a) => escapeMarkdown(a.display));
    if (authors.length) meta.push(authors.length > maxAuthors ? `${authors.slice(0, maxAuthors).join(', ')} et al.` : authors.join(', '));
    if (p.venue) {
      const v = `${p.venue.name}${p.venue.year ? ` ${p.venue.year}` : ''}${p.venue.status !== 'unknown' ? ` (${p.venue.status})` : ''}`;
      meta.push(`*${escapeMarkdown(v)}*`);
    }
    if (p.arxivId) meta.push(`arXiv:${escapeMarkdown(p.arxivId)}`);
    else if (p.doi) meta.push(`doi:${escapeMarkdown(p.doi)}`);
    if (meta.length) lines.push(meta.join(' · '));
    const topics = (p.topics ?? []).filter((t) => !t.implied).map((t) => escapeMarkdown(t.label));
    if (topics.length) lines.push(`Topics: ${topics.join(', ')}`);
    const code = p.code;
    if (code?.url) {
      const link = (p.urls ?? []).find((l) => l.url === code.url);
      lines.push(`Code: [${escapeMarkdown(link?.repo ?? code.url)}](${linkTarget(code.url)})${code.status === 'promised' ? ' (promised)' : ''}`);
    } else if (code?.status === 'promised') lines.push('Code: promised');
    else if (code?.status === 'available') lines.push('Code: available (address not given)');
    const text = p.summary ?? p.abstract;
    if (text && abstractChars > 0) lines.push('', `> ${escapeMarkdown(cut(text, abstractChars))}`);
    // Lines of one block end in two spaces (a hard break), except before a blank line and at the end.
    blocks.push(lines.map((l, i) => (l === '' || i === 0 || i === lines.length - 1 || lines[i + 1] === '' ? l : `${l}  `)).join('\n'));
  }
  return blocks.join('\n\n') + (blocks.length ? '\n' : '');
}
