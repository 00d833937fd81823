// Case-sensitive taxonomy terms (`{"t": "GAN", "case": true}`): short forms whose case
// decides their meaning. Folded matching finds the candidate; the text as written decides.
import { describe, expect, it } from 'vitest';
import { isPaperfeedError, type PaperfeedError } from '../src/errors.js';
import { defaultTaxonomy, explainTopics, tagTopics, type TopicDefinition } from '../src/topics/index.js';

/** The taxonomy terms (as written) that found evidence for `topic`, threshold 0. */
function termsFor(input: string | { title?: string; abstract?: string }, topic: string, taxonomy?: TopicDefinition[]): string[] {
  const ex = explainTopics(input, taxonomy ? { threshold: 0, taxonomy, taxonomyMode: 'replace' } : { threshold: 0 });
  return ex.candidates.find((c) => c.id === topic)?.evidence.filter((e) => e.weight > 0).map((e) => e.term) ?? [];
}

function thrown(f: () => unknown): PaperfeedError {
  try {
    f();
  } catch (e) {
    if (isPaperfeedError(e)) return e as PaperfeedError;
    throw e;
  }
  throw new Error('did not throw');
}

describe('case-sensitive terms of the default taxonomy', () => {
  // [written, term, topic, matches]: the word stands in a mixed-case sentence.
  const table: Array<[string, string, string, boolean]> = [
    ['GaN', 'GAN', 'generative-models', false], // gallium nitride
    ['GAN', 'GAN', 'generative-models', true],
    ['GANs', 'GAN', 'generative-models', true],
    ['Gan', 'GAN', 'generative-models', false], // a surname
    ['gan', 'GAN', 'generative-models', false],
    ['GAN-based', 'GAN', 'generative-models', true],
    ['GANS', 'GAN', 'generative-models', false],
    ['GATS', 'GAT', 'graph-learning', false], // a planning method
    ['GAT', 'GAT', 'graph-learning', true],
    ['GATs', 'GAT', 'graph-learning', true],
    ['Gat', 'GAT', 'graph-learning', false],
    ['CLIP', 'CLIP', 'multimodal-learning', true],
    ['CLIP-based', 'CLIP', 'multimodal-learning', true],
    ['Clip', 'CLIP', 'multimodal-learning', false], // Think-Clip-Sample, a video clip
    ['clips', 'CLIP', 'multimodal-learning', false],
    ['COCO', 'COCO', 'computer-vision', true],
    ['MS-COCO', 'COCO', 'computer-vision', true],
    ['CoCo-MILP', 'COCO', 'computer-vision', false], // a MILP method
    ['CFD', 'CFD', 'scientific-ml', true],
    ['Cfd-CAM', 'CFD', 'scientific-ml', false], // confidence-induced CAM
  ];
  it.each(table)('%s -> %s: %s', (written, term, topic, matches) => {
    const abstract = `We study ${written} models in this work. Results follow.`;
    expect(termsFor({ title: 'A Study', abstract }, topic).includes(term)).toBe(matches);
  });

  it('a title in capitals carries no case: GAN-BASED and GANS match', () => {
    expect(termsFor({ title: 'GAN-BASED IMAGE SYNTHESIS' }, 'generative-models')).toContain('GAN');
    expect(termsFor({ title: 'TRAINING GANS AT SCALE' }, 'generative-models')).toContain('GAN');
    expect(termsFor({ title: 'GRAPH ATTENTION WITH GATS' }, 'graph-learning')).toContain('GAT');
    // ... nor does an all lower-case field
    expect(termsFor({ title: 'gan-based image synthesis' }, 'generative-models')).toContain('GAN');
    // The abstract is its own field: its case still decides.
    expect(termsFor({ title: 'GAN-BASED SYNTHESIS', abstract: 'We grow GaN layers.' }, 'generative-models')).toEqual(['GAN']);
  });

  it('tags as before where the paper writes the acronym, and not for gallium nitride', () => {
    expect(tagTopics({ title: 'Stabilising GAN Training', abstract: 'We train GANs on images.' }).map((t) => t.id)).toContain('generative-models');
    const gan = tagTopics({ title: 'Thermal Transport in GaN HEMTs', abstract: 'We measure GaN devices. GaN is a wide band gap semiconductor.' });
    expect(gan.map((t) => t.id)).not.toContain('generative-models');
    const gats = tagTopics({ title: 'GATS: Planning with GATS', abstract: 'GATS requires zero LLM calls per step. GATS reaches 100% success.' });
    expect(gats.map((t) => t.id)).not.toContain('graph-learning');
  });

  it('case-folded and multi-word terms around them are unchanged', () => {
    expect(termsFor({ abstract: 'Generative Adversarial Networks and a GaN wafer.' }, 'generative-models')).toEqual(['generative adversarial network']);
    expect(termsFor({ abstract: 'A Wasserstein GAN in MS COCO.' }, 'generative-models')).toContain('wasserstein gan');
    // CJK terms and text with a flagged candidate in it
    expect(termsFor('基于强化学习的GaN器件控制', 'reinforcement-learning')).toContain('强化学习');
  });

  it('every flagged default term has an upper-case letter and stays a term of its topic', () => {
    const flagged = defaultTaxonomy.flatMap((t) => t.terms.filter((x) => typeof x !== 'string' && x.case === true).map((x) => [t.id, (x as { t: string }).t] as const));
    expect(flagged.map(([, t]) => t).sort()).toEqual(['CFD', 'CLIP', 'COCO', 'GAN', 'GAT']);
    for (const [, t] of flagged) expect(t).not.toBe(t.toLowerCase());
  });
});

describe('case-sensitive terms of custom taxonomies', () => {
  const topic = (terms: TopicDefinition['terms']): TopicDefinition[] => [{ id: 'x', label: 'X', terms }];
  const table: Array<[term: TopicDefinition['terms'][number], text: string, matches: boolean]> = [
    [{ t: 'GAN', case: true }, 'We train a GAN here.', true],
    [{ t: 'GAN', case: true }, 'We grow GaN here.', false],
    [{ t: 'GAN', case: false }, 'We grow GaN here.', true],
    ['GAN', 'We grow GaN here.', true],
    // several words: each as written, each may take a plural s
    [{ t: 'Mamba SSM', case: true }, 'We use Mamba SSMs here.', true],
    [{ t: 'Mamba SSM', case: true }, 'We use Mamba ssm here.', false],
    [{ t: 'Mamba SSM', case: true }, 'We use mamba SSM here.', false],
    // a stem: the start as written
    [{ t: 'BERT*', case: true }, 'We use BERTScore here.', true],
    [{ t: 'BERT*', case: true }, 'We use Bertie here.', false],
    // `#` is any number
    [{ t: 'GPT-#', case: true }, 'We ask GPT-4 here.', true],
    [{ t: 'GPT-#', case: true }, 'We ask Gpt-4 here.', false],
    // CJK has no case: a flagged CJK term matches as before
    [{ t: '强化学习', case: true }, '基于强化学习的方法 with LLM', true],
  ];
  it.each(table)('%j in %j: %s', (term, text, matches) => {
    expect(termsFor(text, 'x', topic([term])).length > 0).toBe(matches);
  });

  it('a flagged and an unflagged form of one term may both be listed (no duplicate)', () => {
    const tax = topic([{ t: 'GAN', case: true, w: 2 }, { t: 'gan', w: 0.5 }]);
    expect(termsFor('We train a GAN here.', 'x', tax)).toEqual(['GAN']);
    expect(termsFor('We grow GaN here.', 'x', tax)).toEqual(['gan']);
  });

  it('extend mode: a user topic may flag its terms', () => {
    const taxonomy = [{ id: 'materials', label: 'Materials', terms: [{ t: 'GaN', case: true, w: 2 }] }];
    const tags = tagTopics({ title: 'GaN Power Devices', abstract: 'We grow GaN.' }, { taxonomy });
    expect(tags.map((t) => t.id)).toContain('materials');
    expect(tags.map((t) => t.id)).not.toContain('generative-models');
  });

  it.each([
    [{ t: 'GAN', case: 'yes' }, 'taxonomy[0].terms[0].case: expected boolean, got string'],
    [{ t: 'GAN', case: 1 }, 'taxonomy[0].terms[0].case: expected boolean, got number'],
    [{ t: 'GAN', cased: true }, 'taxonomy[0].terms[0].cased: unknown key "cased" (allowed: t, w, case)'],
  ])('invalid flag %j throws INVALID_TAXONOMY naming it', (term, message) => {
    const e = thrown(() => tagTopics('x', { taxonomy: [{ id: 'a', label: 'A', terms: [term] }] as never }));
    expect(e.code).toBe('INVALID_TAXONOMY');
    expect(e.message).toContain(message);
  });
  // the zod-free checks agree with the zod schema on the flag: cases in test/topics.test.ts (options validation)
});
