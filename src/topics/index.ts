/**
 * Topic tagging: a lexicon-based tagger over the default taxonomy
 * (`src/data/taxonomy.json`, ids of `shared/spec/topics.md`) or a custom one.
 * Named exports only. The tagger never loads zod at run time.
 */
export {
  tagTopics,
  explainTopics,
  DEFAULT_THRESHOLD,
  DEFAULT_MAX_TAGS,
  SECTION_SEPARATOR,
  type TopicInput,
  type TopicCandidate,
  type TopicExplanation,
} from './tag.js';
export { extractAbbreviations, type Abbreviation } from './abbreviations.js';
export { compileTaxonomy, defaultTaxonomy, type CompiledTaxonomy, type CompiledTopic, type CompiledTerm } from './compile.js';
export { tokenize, normalizePhrase, type Token } from './normalize.js';
export type { TagTopicsOptions, TopicDefinition, TopicTerm, Taxonomy, TaxonomyFile } from '../schema/taxonomy.js';
export type { TopicTag, TopicEvidence } from '../schema/paper.js';
