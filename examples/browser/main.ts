// paperfeed in the browser: paste feed text, see the papers, with the links, datasets,
// metrics and topics that paperfeed found marked in each abstract using their spans.
// Everything is built with DOM nodes and textContent: pasted text is never parsed as HTML.
import { parseFeed, isPaperfeedError, type Paper, type FeedResult } from 'paperfeed';
import sample from '../sample-feed.txt?raw';

type Mark = 'link' | 'dataset' | 'metric' | 'topic';
interface Range { start: number; end: number; mark: Mark; note: string }

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const feed = $<HTMLTextAreaElement>('feed');
const status = $<HTMLSpanElement>('status');
const out = $<HTMLElement>('papers');

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: Array<Node | string>) {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

/** Every span of this paper that points into its abstract. */
function abstractRanges(p: Paper): Range[] {
  const ranges: Range[] = [];
  for (const u of p.urls) if (u.span?.field === 'abstract') ranges.push({ ...u.span, mark: 'link', note: `${u.kind} · ${u.role}` });
  for (const d of p.datasets) for (const s of d.spans) if (s.field === 'abstract') ranges.push({ ...s, mark: 'dataset', note: `dataset: ${d.name}` });
  for (const m of p.metrics) {
    if (m.span.field === 'abstract') ranges.push({ ...m.span, mark: 'metric', note: `${m.name} = ${withUnit(m.value, m.unit)}${m.dataset ? ` on ${m.dataset}` : ''}` });
  }
  for (const t of p.topics) for (const e of t.evidence) if (e.field === 'abstract') ranges.push({ start: e.start, end: e.end, mark: 'topic', note: `topic: ${t.label}` });
  return ranges;
}

/**
 * The abstract as runs of text, each run carrying the set of marks over it, so overlapping
 * mentions (a dataset inside a metric's clause) all show.
 */
function highlighted(text: string, ranges: Range[]): HTMLElement {
  const box = el('p', { className: 'abstract' });
  const cuts = new Set([0, text.length]);
  for (const r of ranges) {
    cuts.add(Math.max(0, Math.min(text.length, r.start)));
    cuts.add(Math.max(0, Math.min(text.length, r.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i]!, points[i + 1]!];
    const over = ranges.filter((r) => r.start <= a && r.end >= b);
    const chunk = text.slice(a, b);
    if (!over.length) {
      box.append(chunk);
      continue;
    }
    const marks = [...new Set(over.map((r) => r.mark))];
    box.append(el('span', { className: marks.map((m) => `m-${m}`).join(' '), title: [...new Set(over.map((r) => r.note))].join('\n') }, chunk));
  }
  return box;
}

/** `2.51`, `45%`, `76 minutes`: a space before a unit that is a word. */
const withUnit = (value: number, unit?: string | null) => (unit ? `${value}${/^[a-z]{2,}/i.test(unit) ? ' ' : ''}${unit}` : String(value));

function chips(className: string, items: string[]): HTMLElement | string {
  return items.length ? el('ul', { className: `chips ${className}` }, ...items.map((s) => el('li', {}, s))) : '';
}

function paperCard(p: Paper): HTMLElement {
  const titleLink = p.arxivId ? el('a', { href: `https://arxiv.org/abs/${p.arxivId}`, target: '_blank', rel: 'noopener' }, p.title) : p.title;
  const meta = [p.arxivId && `arXiv ${p.arxivId}`, p.date?.text, p.venue?.text, (p.authorsDisplay ?? p.authors).slice(0, 6).join(', ') + (p.authors.length > 6 ? ', …' : '')]
    .filter(Boolean)
    .join(' · ');
  const links = p.urls.length
    ? el('ul', { className: 'links' }, ...p.urls.map((u) => el('li', {}, el('a', { href: u.url, target: '_blank', rel: 'noopener noreferrer' }, u.url), ' ', el('span', { className: 'kind' }, `${u.kind}, ${u.role}`))))
    : '';
  return el(
    'article',
    {},
    el('h2', {}, titleLink),
    el('div', { className: 'meta' }, meta),
    chips('topics', p.topics.map((t) => `${t.label} ${t.score.toFixed(2)}`)),
    chips('datasets', [...new Set(p.datasets.map((d) => d.name))]),
    chips('metrics', p.metrics.map((m) => `${m.name} ${withUnit(m.value, m.unit)}${m.dataset ? ` (${m.dataset})` : ''}`)),
    links,
    p.abstract ? highlighted(p.abstract, abstractRanges(p)) : el('p', { className: 'meta' }, 'no abstract'),
  );
}

function render(result: FeedResult, ms: number) {
  status.textContent = `${result.papers.length} papers · format ${result.format} (${result.confidence.toFixed(2)}) · ${result.diagnostics.length} diagnostics · ${ms.toFixed(0)} ms`;
  out.replaceChildren(
    ...result.papers.map(paperCard),
    result.diagnostics.length ? el('ul', { className: 'diagnostics' }, ...result.diagnostics.slice(0, 20).map((d) => el('li', {}, `${d.code}: ${d.message}`))) : '',
  );
}

function run() {
  const t0 = performance.now();
  try {
    render(parseFeed(feed.value), performance.now() - t0);
  } catch (e) {
    status.textContent = isPaperfeedError(e) ? `${e.code}: ${e.message}` : String(e);
    out.replaceChildren();
  }
}

$('parse').addEventListener('click', run);
$('sample').addEventListener('click', () => {
  feed.value = sample;
  run();
});
feed.addEventListener('keydown', (e) => {
  if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) run();
});
