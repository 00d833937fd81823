/**
 * Schemas of the topic taxonomy (`src/data/taxonomy.json`, custom taxonomies) and of the
 * `tagTopics` options: the single source of their types and of their JSON Schema.
 *
 * The tagger itself never imports this module at run time (it imports types only):
 * `src/topics/validate.ts` checks the same rules without zod, and
 * `test/topics.test.ts` checks that both agree on valid and invalid inputs.
 */
import * as z from 'zod';

/** Largest weight a term may have. */
export const MAX_TERM_WEIGHT = 10;

/**
 * A trigger term: a phrase (`"diffusion model"`), optionally with a weight (default 1).
 * A word ending in `*` matches by prefix (`"quantiz*"`: quantized, quantization).
 */
export const TopicTermSchema = z.union([
  z.string().min(1),
  z
    .object({
      t: z.string().min(1),
      w: z.number().positive().max(MAX_TERM_WEIGHT).optional(),
    })
    .strict(),
]);

/** One topic of a taxonomy. */
export const TopicDefinitionSchema = z
  .object({
    /** Stable id, e.g. `diffusion-models`. */
    id: z.string().min(1),
    label: z.string().min(1),
    /** Id of the parent topic; a child implies its parent. */
    parent: z.string().min(1).nullable().optional(),
    /** What the topic covers, for people. */
    scope: z.string().optional(),
    terms: z.array(TopicTermSchema),
    /** Terms that speak against the topic (`diffusion of innovation`): they subtract and cancel overlapping terms. */
    negative: z.array(TopicTermSchema).optional(),
  })
  .strict();

/** A taxonomy: a list of topics. */
export const TaxonomySchema = z.array(TopicDefinitionSchema);

/** The file form (`src/data/taxonomy.json`). */
export const TaxonomyFileSchema = z
  .object({
    $comment: z.string().optional(),
    version: z.literal(1),
    topics: TaxonomySchema,
  })
  .strict();

/** Options of `tagTopics` / `explainTopics`. */
export const TagTopicsOptionsSchema = z
  .object({
    /** Minimum score (0..1) for a topic to be a tag. */
    threshold: z.number().min(0).max(1).optional(),
    /** Most tags returned, before implied parents are added. */
    maxTags: z.number().int().min(1).optional(),
    /** List the parents of tagged topics (`implied: true`). Default true. */
    includeParents: z.boolean().optional(),
    /** Custom topics: a list, or a taxonomy file object. */
    taxonomy: z.union([TaxonomySchema, TaxonomyFileSchema]).optional(),
    /** `extend` (default) adds to the default taxonomy (same id: terms are added); `replace` uses only these topics. */
    taxonomyMode: z.enum(['extend', 'replace']).optional(),
  })
  .strict();

export type TopicTerm = z.input<typeof TopicTermSchema>;
export type TopicDefinition = z.input<typeof TopicDefinitionSchema>;
export type Taxonomy = z.input<typeof TaxonomySchema>;
export type TaxonomyFile = z.input<typeof TaxonomyFileSchema>;
export type TagTopicsOptions = z.input<typeof TagTopicsOptionsSchema>;
