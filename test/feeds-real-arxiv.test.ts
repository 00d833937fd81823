// Real captures of arXiv-derived feeds found in public repositories (fixtures/real-arxiv/, see
// its SOURCES.md): JSON dumps with other key names, a feedparser cache of the arXiv RSS, the
// Kaggle arXiv metadata snapshot (JSON Lines), an arXiv API response turned into JSON by
// xmltodict, and an RSS feed re-published by a filter bot with a translated summary before the
// arXiv description. The expectations below were written by reading each capture by hand,
// before the library was run on it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFeed } from '../src/index.js';
import { foldSpace } from '../src/lib/text.js';

const fx = (name: string) => readFileSync(new URL(`../fixtures/real-arxiv/${name}`, import.meta.url), 'utf8');

interface Expect {
  title: string;
  arxivId: string;
  version?: number;
  /** First and last words of the whole abstract (white space folded), or null: no abstract. */
  abstractStart: string | null;
  abstractEnd?: string;
  authors: string[];
  categories?: string[];
  comments?: string;
  doi?: string;
  journalRef?: string;
  announceType?: 'new' | 'cross' | 'replace' | 'replace-cross';
}

const CASES: { file: string; what: string; format?: string; expected: Expect[] }[] = [
  {
    file: 'daily_scroll_papers.json',
    what: 'a daily dump `{ count, papers: [{ title, authors, arxiv_id, summary }] }` (summary is the arXiv abstract)',
    format: 'json',
    expected: [
      {
        title: 'SecureCAI: Injection-Resilient LLM Assistants for Cybersecurity Operations',
        arxivId: '2601.07835',
        version: 1,
        abstractStart: 'Large Language Models have emerged as transformative tools for Security Operations Centers',
        abstractEnd: 'addressing a critical gap in current approaches to AI safety within adversarial domains.',
        authors: ['Mohammed Himayath Ali', 'Mohammed Aqib Abdullah', 'Mohammed Mudassir Uddin', 'Shahnawaz Alam'],
      },
      {
        title: 'A Complete Decomposition of Stochastic Differential Equations',
        arxivId: '2601.07834',
        version: 1,
        abstractStart: 'We show that any stochastic differential equation with prescribed time-dependent marginal distributions',
        abstractEnd: 'a symmetric positive-semidefinite diffusion matrix field and a skew-symmetric matrix field.',
        authors: ['Samuel Duffield'],
      },
      {
        title: 'Tuning-free Visual Effect Transfer across Videos',
        arxivId: '2601.07833',
        version: 1,
        abstractStart: 'We present RefVFX, a new framework that transfers complex temporal effects',
        abstractEnd: 'See our website $\\href{https://tuningfreevisualeffects-maker.github.io/Tuning-free-Visual-Effect-Transfer-across-Videos-Project-Page/}{at\\ this\\ URL}$.',
        authors: ['Maxwell Jones', 'Rameen Abdal', 'Or Patashnik', 'Ruslan Salakhutdinov', 'Sergey Tulyakov', 'Jun-Yan Zhu', 'Kuan-Chieh Jackson Wang'],
      },
      {
        title: 'MHLA: Restoring Expressivity of Linear Attention via Token-Level Multi-Head',
        arxivId: '2601.07832',
        version: 1,
        abstractStart: 'While the Transformer architecture dominates many fields, its quadratic self-attention complexity',
        abstractEnd: 'and a 41\\% enhancement on video generation under the same time complexity.',
        authors: ['Kewei Zhang', 'Ye Huang', 'Yufan Deng', 'Jincheng Yu', 'Junsong Chen', 'Huan Ling', 'Enze Xie', 'Daquan Zhou'],
      },
    ],
  },
  {
    file: 'feedparser_cache.json',
    what: 'a feedparser cache of the arXiv RSS keyed by feed URL (`{ url: { feed, entries: [{ id: "oai:arXiv.org:…", author, summary: "arXiv:… Announce Type: new \\nAbstract: …" }] } }`)',
    format: 'json',
    expected: [
      {
        title: 'Prompt Engineering: How Prompt Vocabulary affects Domain Knowledge',
        arxivId: '2505.17037',
        version: 1,
        abstractStart: 'Prompt engineering has emerged as a critical component in optimizing large language models (LLMs)',
        abstractEnd: 'lead to more efficient applications in specialized domains.',
        authors: ['Dimitri Schreiter'],
        announceType: 'new',
      },
      {
        title: 'Signals from the Floods: AI-Driven Disaster Analysis through Multi-Source Data Fusion',
        arxivId: '2505.17038',
        version: 1,
        abstractStart: 'Massive and diverse web data are increasingly vital for government disaster response',
        abstractEnd: 'improve real-time disaster response, and inform long-term resilience planning.',
        authors: ['Xian Gong', 'Paul X. McCarthy', 'Lin Tian', 'Marian-Andrei Rizoiu'],
        announceType: 'new',
      },
      {
        title: 'A new classification system of beer categories and styles based on large-scale data mining and self-organizing maps of beer recipes',
        arxivId: '2505.17039',
        version: 1,
        abstractStart: 'A data-driven quantitative approach was used to develop a novel classification system for beer categories and styles.',
        abstractEnd: 'open avenues for linking ingredient usage with fermentation profiles and flavor outcomes.',
        authors: ['Diego Bonatto'],
        announceType: 'new',
      },
    ],
  },
  {
    file: 'papers_index_keyed.json',
    what: 'an index keyed by arXiv id with a `_meta` record and no abstract (`one_line_summary` is a Chinese one-liner)',
    format: 'json',
    expected: [
      {
        title: 'Libra-VLA: Achieving Learning Equilibrium via Asynchronous Coarse-to-Fine Dual-System',
        arxivId: '2604.24921',
        version: 1,
        abstractStart: null,
        authors: ['Yifei Wei', 'Linqing Zhong', 'Yi Liu', 'Yuxiang Lu', 'Xindong He', 'Maoqing Yao', 'Guanghui Ren'],
        categories: ['cs.RO', 'cs.AI', 'cs.CL', 'cs.CV'],
        comments: 'Accepted to the Main Conference of ACL 2026. Project page: https://libra-vla.github.io/',
        announceType: 'new',
      },
      {
        title: 'ProDrive: Proactive Planning for Autonomous Driving via Ego-Environment Co-Evolution',
        arxivId: '2604.25329',
        version: 1,
        abstractStart: null,
        authors: ['Chuyao Fu', 'Shengzhe Gan', 'Zhuoli Ouyang', 'Yuhan Rui', 'Xiaowei Chi', 'Sirui Han', 'Jiankun Wang', 'Hong Zhang'],
        categories: ['cs.RO'],
        comments: 'Accepted to CVPR 2026 GigaBrain Challenge Workshop',
        announceType: 'new',
      },
      {
        title: 'TSN-Affinity: Similarity-Driven Parameter Reuse for Continual Offline Reinforcement Learning',
        arxivId: '2604.25898',
        version: 1,
        abstractStart: null,
        authors: ['Dominik Żurek', 'Kamil Faber', 'Marcin Pietron', 'Paweł Gajewski', 'Roberto Corizzo'],
        categories: ['cs.LG', 'cs.AI'],
        announceType: 'new',
      },
    ],
  },
  {
    file: 'kaggle_snapshot.jsonl',
    what: 'two lines of the Kaggle arXiv metadata snapshot (hard-wrapped title/abstract/authors, an affiliation in the author string, old-style id)',
    format: 'json',
    expected: [
      {
        title: 'Sparsity-certifying Graph Decompositions',
        arxivId: '0704.0002',
        abstractStart: 'We describe a new algorithm, the $(k,\\ell)$-pebble game with colors, and use it obtain a characterization',
        abstractEnd: 'previous sparse graph algorithms by Gabow, Gabow and Westermann and Hendrickson.',
        authors: ['Ileana Streinu', 'Louis Theran'],
        categories: ['math.CO', 'cs.CG'],
        comments: 'To appear in Graphs and Combinatorics',
      },
      {
        title: 'Excited State Destri - De Vega Equation for Sine-Gordon and Restricted Sine-Gordon Models',
        arxivId: 'hep-th/9608091',
        abstractStart: 'We derive a generalization of the Destri - De Vega equation governing the scaling functions',
        abstractEnd: 'deformations of all the scalar primary states on the diagonal of the Kac-table.',
        authors: ['D. Fioravanti', 'A. Mariottini', 'E. Quattrini', 'F. Ravanini'],
        categories: ['hep-th'],
        comments: 'Latex, 12 pages',
        doi: '10.1016/S0370-2693(96)01409-8',
        journalRef: 'Phys.Lett.B390:243-251,1997',
      },
    ],
  },
  {
    file: 'api_atom_xmltodict.json',
    what: 'an arXiv API response (cat:cs.AI, 2018) turned into JSON by xmltodict (`feed.entry[]`, `author: [{ name }]`, `@term`, `#text`)',
    format: 'json',
    expected: [
      {
        title: 'Learning Invariances for Policy Generalization',
        arxivId: '1809.02591',
        version: 1,
        abstractStart: 'While recent progress has spawned very powerful machine learning systems, those agents remain extremely specialized',
        abstractEnd: 'Keywords: reinforcement learning, generalization, data augmentation, meta-learning, adversarial learning.',
        authors: ['Remi Tachet des Combes', 'Philip Bachman', 'Harm van Seijen'],
        categories: ['cs.LG', 'cs.AI', 'stat.ML'],
        comments: '7 pages, 1 figure',
      },
      {
        title: 'MixUp as Locally Linear Out-Of-Manifold Regularization',
        arxivId: '1809.02499',
        version: 1,
        abstractStart: 'MixUp, a data augmentation approach through mixing random samples, has been shown',
        abstractEnd: 'accuracy improvement upon current art of deep classification models and MixUp.',
        authors: ['Hongyu Guo', 'Yongyi Mao', 'Richong Zhang'],
        categories: ['cs.LG', 'cs.AI', 'stat.ML'],
      },
      {
        title: 'Meteorologists and Students: A resource for language grounding of geographical descriptors',
        arxivId: '1809.02494',
        version: 1,
        abstractStart: 'We present a data resource which can be useful for research purposes on language grounding tasks',
        abstractEnd: 'drawn as polygons on a map by two groups of human subjects: teenage students and expert meteorologists.',
        authors: ['Alejandro Ramos-Soto', 'Ehud Reiter', 'Kees van Deemter', 'Jose M. Alonso', 'Albert Gatt'],
        categories: ['cs.CL', 'cs.AI'],
        comments: 'Resource paper, 5 pages, 6 figures, 1 table. Conference: INLG 2018',
      },
    ],
  },
  {
    file: 'filter_feed_translated.xml',
    what: 'an arXiv RSS re-published by a filter bot: a Chinese summary before `arXiv:… Announce Type: new \\nAbstract:` in a CDATA description, the bot`s research interest as <category>, a doubled `oai:arXiv.org:` guid',
    format: 'rss',
    expected: [
      {
        title: 'Generalizing Large Language Model Usability Across Resource-Constrained',
        arxivId: '2505.17040',
        version: 1,
        abstractStart: 'Large Language Models (LLMs) have achieved remarkable success across a wide range of natural language tasks',
        abstractEnd: 'efficiency of large language models under practical constraints.',
        authors: ['Yun-Da Tsai'],
        announceType: 'new',
      },
      {
        title: 'VLM-KG: Multimodal Radiology Knowledge Graph Generation',
        arxivId: '2505.17042',
        version: 1,
        abstractStart: 'Vision-Language Models (VLMs) have demonstrated remarkable success in natural language generation',
        abstractEnd: 'introduces the first multimodal solution for radiology knowledge graph generation.',
        authors: ['Abdullah Abdullah', 'Seong Tae Kim'],
        announceType: 'new',
      },
    ],
  },
  {
    file: 'rss1_hep-ex_2021_collaboration.xml',
    what: 'arXiv RSS 1.0 (hep-ex, 2021) as a project kept it for its tests: a collaboration author list `LHCb collaboration: R. Aaij, et al. (909 additional authors not shown)`, LaTeX in a title, CROSS LISTED / UPDATED (abstracts are placeholders in the source)',
    format: 'rss',
    expected: [
      {
        title: 'Observation of excited $\\Omega_c^0$ baryons in $\\Omega_b^- \\to \\Xi_c^+ K^-\\pi^-$ decays',
        arxivId: '2107.03419',
        version: 1,
        abstractStart: 'desc1',
        abstractEnd: 'desc1',
        authors: ['LHCb collaboration', 'R. Aaij'],
        categories: ['hep-ex'],
        announceType: 'new',
      },
      {
        title: 'Potential applications of modular representation theory to quantum mechanics',
        arxivId: '2106.00550',
        version: 2,
        abstractStart: 'desc2',
        abstractEnd: 'desc2',
        authors: ['Robert A. Wilson'],
        categories: ['math.GR'],
        announceType: 'cross',
      },
      {
        title: 'Fireball tomography from bottomonia elliptic flow in relativistic heavy-ion collisions',
        arxivId: '2007.03939',
        version: 2,
        abstractStart: 'desc3',
        abstractEnd: 'desc3',
        authors: ['Partha Pratim Bhaduri', 'Mubarak Alqahtani', 'Nicolas Borghini', 'Amaresh Jaiswal', 'Michael Strickland'],
        categories: ['hep-ph'],
        announceType: 'replace-cross',
      },
    ],
  },
];

const DIGEST_2024: Expect[] = [
  {
    title: 'AMSnet-KG: A Netlist Dataset for LLM-based AMS Circuit Auto-Design Using Knowledge Graph RAG',
    arxivId: '2411.13560',
    abstractStart: 'High-performance analog and mixed-signal (AMS) circuits are mainly full-custom designed, which is time-consuming',
    abstractEnd: 'The dataset used in this paper will be open-sourced upon publishing of this paper.',
    authors: ['Yichen Shi', 'Zhuofu Tao', 'Yuhao Gao', 'Tianjia Zhou', 'Cheng Chang', 'Yaxing Wang', 'Bingyu Chen', 'Genhao Zhang', 'Alvin Liu', 'Zhiping Yu', 'Ting-Jung Lin', 'Lei He'],
    categories: ['cs.AI', 'cs.ET', 'eess.SP'],
  },
  {
    title: 'Integrated Water Resource Management in the Segura Hydrographic Basin: An Artificial Intelligence Approach',
    arxivId: '2411.13566',
    abstractStart: 'Managing resources effectively in uncertain demand, variable availability, and complex governance policies',
    abstractEnd: 'validated and integrated into the operational water management practices in the Segura Hydrographic Basin in Spain.',
    authors: ['Urtzi Otamendi', 'Mikel Maiza', 'Igor G. Olaizola', 'Basilio Sierra', 'Markel Flores', 'Marco Quartulli'],
    categories: ['cs.AI'],
    comments: '15 pages, 14 figures, 8 tables',
    doi: '10.1016/j.jenvman.2024.122526',
    journalRef: 'Journal of Environmental Management, Volume 370, 2024, ISSN 0301-4797',
  },
];
CASES.push(
  {
    file: 'digest_cs_2024-11-21.txt',
    what: 'an arXiv cs e-mail digest of November 2024 (three archives in the header, footer `\\\\ ( URL , 31214kb)` with one space before the size, ACM-class, a wrapped Journal-ref, DOI)',
    format: 'arxiv-digest',
    expected: DIGEST_2024,
  },
  {
    file: 'readme_digest_bib_ris.md',
    what: 'a README quoting the same digest in a code fence, then the same two papers converted to BibTeX and RIS (titles cut at the first line by the converter)',
    expected: DIGEST_2024,
  },
);

CASES.push(
  {
    file: 'abs_page_text_2501.11733.md',
    what: 'an arXiv abs page saved as text under a markdown heading: one line per block, ` , ` between authors, the PDF line glued to the authors, `(this version, v2)`',
    expected: [
      {
        title: 'Mobile-Agent-E: Self-Evolving Mobile Assistant for Complex Tasks',
        arxivId: '2501.11733',
        version: 2,
        abstractStart: 'Smartphones have become indispensable in modern life, yet navigating complex tasks on mobile devices often remains frustrating.',
        abstractEnd: 'across three foundation model backbones. Project page: this https URL .',
        authors: ['Zhenhailong Wang', 'Haiyang Xu', 'Junyang Wang', 'Xi Zhang', 'Ming Yan', 'Ji Zhang', 'Fei Huang', 'Heng Ji'],
        categories: ['cs.CL', 'cs.CV'],
      },
    ],
  },
  {
    file: 'abs_page_text_2605.27380.md',
    what: 'an arXiv abs page saved as text after a YAML header: `Title:` and `Abstract:` alone at a line end, the metadata block on one line',
    expected: [
      {
        title: 'BioELX: Cross-lingual Biomedical Entity Linking via Alias-based Retrieval and LLM Ranking',
        arxivId: '2605.27380',
        version: 1,
        abstractStart: 'Cross-lingual biomedical entity linking (BEL) maps mentions in any language to unique identifiers',
        abstractEnd: 'and WikiMed-DE (+12.8). Code and resources will be released upon publication.',
        authors: ['Yi Wang', 'Corina Dima', 'Liangyu Zhong', 'Steffen Staab'],
        categories: ['cs.CL', 'cs.AI'],
        comments: '12 pages, 3 figures',
      },
    ],
  },
);

CASES.push({
  file: 'cv_arxiv_daily_today.json',
  what: 'a topic -> id -> paper index (`{ "NeRF": { "2401.12568": { paper_title, paper_abstract, paper_authors, paper_url, paper_id } } }`), one line',
  format: 'json',
  expected: [
    {
      title: 'NeRF-AD: Neural Radiance Field with Attention-based Disentanglement for Talking Face Synthesis',
      arxivId: '2401.12568',
      abstractStart: 'Talking face synthesis driven by audio is one of the current research hotspots',
      abstractEnd: 'To view video results, please refer to https://xiaoxingliu02.github.io/NeRF-AD.',
      authors: ['Chongke Bi', 'Xiaoxing Liu', 'Zhilei Liu'],
      comments: 'Accepted by ICASSP 2024',
    },
    {
      title: 'Exploration and Improvement of Nerf-based 3D Scene Editing Techniques',
      arxivId: '2401.12456',
      abstractStart: "NeRF's high-quality scene synthesis capability was quickly accepted by scholars",
      abstractEnd: 'Overcoming these challenges may become the direction of future NeRF 3D scene editing technology.',
      authors: ['Shun Fang', 'Ming Cui', 'Xing Feng', 'Yanan Zhang'],
    },
    {
      title: 'Methods and strategies for improving the novel view synthesis quality of neural radiation field',
      arxivId: '2401.12451',
      abstractStart: 'Neural Radiation Field (NeRF) technology can learn a 3D implicit model of a scene from 2D images',
      abstractEnd: 'promoting the application of NeRF technology in related fields.',
      authors: ['Shun Fang', 'Ming Cui', 'Xing Feng', 'Yanna Lv'],
    },
  ],
});

const ABS_0001: Expect = {
  title: 'Calculation of prompt diphoton production cross sections at Tevatron and LHC energies',
  arxivId: '0704.0001',
  version: 2,
  abstractStart: 'A fully differential calculation in perturbative quantum chromodynamics is presented for the production of massive photon pairs',
  abstractEnd: 'that enhanced sensitivity to the signal can be obtained with judicious selection of events.',
  authors: ["C. Bal\\'azs", 'E. L. Berger', 'P. M. Nadolsky', 'C.-P. Yuan'],
  categories: ['hep-ph'],
  comments: '37 pages, 15 figures; published version',
  doi: '10.1103/PhysRevD.76.013009',
  journalRef: 'Phys.Rev.D76:013009,2007',
};
CASES.push(
  {
    file: 'abs_file_0704.0001.abs',
    what: 'an arXiv metadata file (`.abs`): the digest entry layout with `From:` and `Date (revised v2):`, no footer',
    expected: [ABS_0001],
  },
  {
    file: 'abs_files_cat.txt',
    what: 'two `.abs` files run together (`cat`), the second never revised',
    expected: [
      ABS_0001,
      {
        title: 'Bosonic characters of atomic Cooper pairs across resonance',
        arxivId: '0704.0006',
        abstractStart: 'We study the two-particle wave function of paired atoms in a Fermi gas with tunable interaction strengths',
        abstractEnd: 'than 90% of the atoms occupy the corresponding molecular condensates.',
        authors: ['Y. H. Pong', 'C. K. Law'],
        categories: ['cond-mat.mes-hall'],
        comments: '6 pages, 4 figures, accepted by PRA',
      },
    ],
  },
);

describe.each(CASES)('$file: $what', ({ file, format, expected }) => {
  const res = parseFeed(fx(file));
  const papers = res.papers;

  if (format) it(`is detected as ${format}`, () => expect(res.format).toBe(format));

  it('finds every paper and nothing else, in order, with its title', () => {
    expect(papers.map((p) => p.title)).toEqual(expected.map((e) => e.title));
  });

  it('reads the ids', () => {
    expect(papers.map((p) => p.arxivId)).toEqual(expected.map((e) => e.arxivId));
    expect(papers.map((p) => p.arxivVersion)).toEqual(expected.map((e) => e.version));
  });

  it('reads each whole abstract, and nothing else as abstract', () => {
    papers.forEach((p, i) => {
      const e = expected[i]!;
      if (e.abstractStart === null) {
        expect(p.abstract, p.title).toBeUndefined();
        return;
      }
      const a = foldSpace(p.abstract ?? '');
      expect(a.startsWith(e.abstractStart), `${p.title}: ${a.slice(0, 120)}`).toBe(true);
      if (e.abstractEnd) expect(a.endsWith(e.abstractEnd), `${p.title}: …${a.slice(-120)}`).toBe(true);
      expect(a).not.toMatch(/Announce Type|^arXiv:/);
    });
  });

  it('reads the authors', () => {
    expect(papers.map((p) => p.authors)).toEqual(expected.map((e) => e.authors));
  });

  it('reads categories, comments, DOI, journal reference and announce type where the capture has them', () => {
    papers.forEach((p, i) => {
      const e = expected[i]!;
      if (e.categories) expect(p.categories, p.title).toEqual(e.categories);
      if (e.comments) expect(p.comments, p.title).toBe(e.comments);
      if (e.doi) expect(p.doi, p.title).toBe(e.doi);
      if (e.journalRef) expect(p.journalRef, p.title).toBe(e.journalRef);
      if (e.announceType) expect(p.announceType, p.title).toBe(e.announceType);
    });
  });
});

describe('variants of the real JSON captures', () => {
  it('xmltodict with one entry (an object, not a list) still gives the paper, with its span', () => {
    const full = JSON.parse(fx('api_atom_xmltodict.json'));
    full.feed.entry = full.feed.entry[1];
    const text = JSON.stringify(full, null, 2);
    const r = parseFeed(text);
    expect(r.papers.map((p) => [p.title, p.arxivId, p.categories])).toEqual([['MixUp as Locally Linear Out-Of-Manifold Regularization', '1809.02499', ['cs.LG', 'cs.AI', 'stat.ML']]]);
    const src = r.papers[0]!.source!;
    expect(JSON.parse(text.slice(src.start, src.end)).id).toBe('http://arxiv.org/abs/1809.02499v1');
  });

  it('an index keyed by id takes the id from the key when the record has no address', () => {
    const idx = JSON.parse(fx('papers_index_keyed.json'));
    for (const k of Object.keys(idx)) if (k !== '_meta') for (const f of ['abs_url', 'pdf_url', 'code_url']) delete idx[k][f];
    const text = JSON.stringify(idx, null, 2);
    const r = parseFeed(text);
    expect(r.papers.map((p) => p.arxivId)).toEqual(['2604.24921', '2604.25329', '2604.25898']);
    for (const p of r.papers) expect(JSON.parse(text.slice(p.source!.start, p.source!.end)).title).toBe(p.title);
  });

  it('the feedparser cache as JSON Lines (one entry a line) reads the same', () => {
    const cache = JSON.parse(fx('feedparser_cache.json'));
    const entries = (Object.values(cache)[0] as { entries: unknown[] }).entries;
    const r = parseFeed(entries.map((e) => JSON.stringify(e)).join('\n'));
    expect(r.papers.map((p) => [p.arxivId, p.arxivVersion, p.announceType, foldSpace(p.abstract ?? '').slice(0, 19)])).toEqual([
      ['2505.17037', 1, 'new', 'Prompt engineering '],
      ['2505.17038', 1, 'new', 'Massive and diverse'],
      ['2505.17039', 1, 'new', 'A data-driven quant'],
    ]);
  });
});

describe('the announcement head after a preface', () => {
  it('is found only where `arXiv:` starts a word and `Announce Type:` follows it', async () => {
    const { splitAnnounce } = await import('../src/feeds/rss.js');
    expect(splitAnnounce('Summary first. arXiv:2505.17040v1 Announce Type: new Abstract: The text.')).toMatchObject({ preface: 'Summary first.', abstract: 'The text.', type: 'new', id: { id: '2505.17040', version: 1 } });
    expect(splitAnnounce('We cite arXiv:2505.17040 in passing; Announce Type: is not here.')).toBeUndefined();
    expect(splitAnnounce('An abstract that mentions xarXiv:2505.17040v1 Announce Type: new Abstract: no.')).toBeUndefined();
  });
});

describe('collaborations and author counts in arXiv author lists', () => {
  it('keeps the collaboration as an author and drops `et al. (N additional authors not shown)`', async () => {
    const { splitAuthors } = await import('../src/feeds/arxiv-digest.js');
    expect(splitAuthors('ATLAS Collaboration: G. Aad, B. Abbott, et al. (2900 additional authors not shown)')).toEqual({ authors: ['ATLAS Collaboration', 'G. Aad', 'B. Abbott'], affiliations: [] });
    expect(splitAuthors('A. Author: A Note, B. Writer')).toEqual({ authors: ['A. Author: A Note', 'B. Writer'], affiliations: [] });
  });
});

describe('feedparser keeps the arXiv author list as one name', () => {
  it('`authors: [{ name: "A, B, C" }]` is split; `Family, Given` is one person', () => {
    const cache = JSON.parse(fx('feedparser_cache.json'));
    const entries = (Object.values(cache)[0] as { entries: Record<string, unknown>[] }).entries;
    for (const e of entries) e.authors = [{ name: e.author }];
    entries[2]!.authors = [{ name: 'Bonatto, Diego' }];
    const r = parseFeed(JSON.stringify(entries));
    expect(r.papers.map((p) => p.authors)).toEqual([['Dimitri Schreiter'], ['Xian Gong', 'Paul X. McCarthy', 'Lin Tian', 'Marian-Andrei Rizoiu'], ['Bonatto, Diego']]);
  });
});

describe('papers filed under several keys of one object', () => {
  it('reads every topic of a topic -> id -> paper index, the topic as section', () => {
    const one = JSON.parse(fx('cv_arxiv_daily_today.json')).NeRF as Record<string, unknown>;
    const [a, b, c] = Object.keys(one);
    const text = JSON.stringify({ NeRF: { [a!]: one[a!], [b!]: one[b!] }, SLAM: { [c!]: one[c!] } });
    const r = parseFeed(text);
    expect(r.papers.map((p) => [p.arxivId, p.sections])).toEqual([
      ['2401.12568', ['NeRF']],
      ['2401.12456', ['NeRF']],
      ['2401.12451', ['SLAM']],
    ]);
    for (const p of r.papers) expect(JSON.parse(text.slice(p.source!.start, p.source!.end)).paper_title).toBe(p.title);
  });

  it('reads every list of a category -> papers object', () => {
    const papers = JSON.parse(fx('daily_scroll_papers.json')).papers as unknown[];
    const text = JSON.stringify({ 'cs.CR': papers.slice(0, 1), 'math.PR': papers.slice(1, 2), 'cs.CV': papers.slice(2) }, null, 1);
    const r = parseFeed(text);
    expect(r.papers.map((p) => [p.arxivId, p.sections])).toEqual([
      ['2601.07835', ['cs.CR']],
      ['2601.07834', ['math.PR']],
      ['2601.07833', ['cs.CV']],
      ['2601.07832', ['cs.CV']],
    ]);
  });
});
