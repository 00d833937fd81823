/**
 * Schemas of the topic taxonomy (`src/data/taxonomy.json`, custom taxonomies) and of the
 * `tagTopics` options: the single source of their types and of their JSON Schema.
 *
 * The tagger itself never imports this module at run time (it imports types only):
 * `src/topics/validate.ts` checks the same rules without zod, and
 * `test/topics.test.ts` checks that both agree on valid and invalid inputs.
 */
import * as z from 'zod/mini';

/** Largest weight a term may have. */
export const MAX_TERM_WEIGHT = 10;

/** A non-empty string. */
const nonEmpty = () => z.string().check(z.minLength(1));

/**
 * A trigger term: a phrase (`"diffusion model"`), optionally with a weight (default 1).
 * A word ending in `*` matches by prefix (`"quantiz*"`: quantized, quantization).
 *
 * `case: true` makes the term case-sensitive, for short forms whose case decides their
 * meaning (`{"t": "GAN", "case": true}`: GAN, GANs, not gallium nitride `GaN` or the
 * name `Gan`; `{"t": "GAT", "case": true}`: GAT, GATs, not the method `GATS`). Such a
 * term still matches through the usual folding, and then each of its words must also
 * be written in the text exactly as in the term, optionally followed by a plural `s`
 * (a `stem*` word: starting with the stem as written). A title or field written in one
 * case only (`GAN-BASED IMAGE SYNTHESIS`, all lower case) carries no case to compare:
 * there the term matches as if unflagged. Default false.
 */
export const TopicTermSchema = z.union([
  nonEmpty(),
  z.strictObject({
    t: nonEmpty(),
    w: z.optional(z.number().check(z.positive(), z.maximum(MAX_TERM_WEIGHT))),
    case: z.optional(z.boolean()),
  }),
]);

/** One topic of a taxonomy. */
export const TopicDefinitionSchema = z.strictObject({
  /** Stable id, e.g. `diffusion-models`. */
  id: nonEmpty(),
  label: nonEmpty(),
  /** Id of the parent topic; a child implies its parent. */
  parent: z.optional(z.nullable(nonEmpty())),
  /** What the topic covers, for people. */
  scope: z.optional(z.string()),
  terms: z.array(TopicTermSchema),
  /** Terms that speak against the topic (`diffusion of innovation`): they subtract and cancel overlapping terms. */
  negative: z.optional(z.array(TopicTermSchema)),
});

/** A taxonomy: a list of topics. */
export const TaxonomySchema = z.array(TopicDefinitionSchema);

/** The file form (`src/data/taxonomy.json`). */
export const TaxonomyFileSchema = z.strictObject({
  $comment: z.optional(z.string()),
  version: z.literal(1),
  topics: TaxonomySchema,
});

/** Options of `tagTopics` / `explainTopics`. */
export const TagTopicsOptionsSchema = z.strictObject({
  /** Minimum score (0..1) for a topic to be a tag. */
  threshold: z.optional(z.number().check(z.minimum(0), z.maximum(1))),
  /** Most tags returned, before implied parents are added. */
  maxTags: z.optional(z.number().check(z.int(), z.minimum(1))),
  /** List the parents of tagged topics (`implied: true`). Default true. */
  includeParents: z.optional(z.boolean()),
  /** Custom topics: a list, or a taxonomy file object. */
  taxonomy: z.optional(z.union([TaxonomySchema, TaxonomyFileSchema])),
  /** `extend` (default) adds to the default taxonomy (same id: terms are added); `replace` uses only these topics. */
  taxonomyMode: z.optional(z.enum(['extend', 'replace'])),
});

export type TopicTerm = z.input<typeof TopicTermSchema>;
export type TopicDefinition = z.input<typeof TopicDefinitionSchema>;
export type Taxonomy = z.input<typeof TaxonomySchema>;
export type TaxonomyFile = z.input<typeof TaxonomyFileSchema>;
export type TagTopicsOptions = z.input<typeof TagTopicsOptionsSchema>;
