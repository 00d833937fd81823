/**
 * Zod-free checks of taxonomies and tagTopics options, mirroring the schemas in
 * `src/schema/taxonomy.ts` (the tests check that both agree). Kept zod-free so that
 * the tagger never loads zod at run time. Each failure throws a PaperfeedError naming
 * the offending entry: `taxonomy[3].terms[0].w: expected number, got string`.
 */
import { PaperfeedError, type PaperfeedErrorCode } from '../errors.js';
import type { TagTopicsOptions, TopicDefinition, TopicTerm } from '../schema/taxonomy.js';

/** Largest weight a term may have (same as MAX_TERM_WEIGHT in the schema). */
export const MAX_WEIGHT = 10;

function kind(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number' && Number.isNaN(v)) return 'NaN';
  return typeof v;
}

function fail(code: PaperfeedErrorCode, path: string, problem: string, value?: unknown): never {
  throw new PaperfeedError(code, `${path}: ${problem}`, { path, ...(value === undefined ? {} : { received: kind(value) }) });
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function checkKeys(code: PaperfeedErrorCode, path: string, obj: Record<string, unknown>, allowed: readonly string[]): void {
  for (const k of Object.keys(obj)) {
    if (!allowed.includes(k)) fail(code, path ? `${path}.${k}` : k, `unknown key "${k}" (allowed: ${allowed.join(', ')})`);
  }
}

function checkTerm(code: PaperfeedErrorCode, path: string, t: unknown): void {
  if (typeof t === 'string') {
    if (t.length === 0) fail(code, path, 'expected a non-empty string');
    return;
  }
  if (!isObject(t)) fail(code, path, `expected string or { t, w, case }, got ${kind(t)}`, t);
  checkKeys(code, path, t, ['t', 'w', 'case']);
  if (typeof t.t !== 'string') fail(code, `${path}.t`, `expected string, got ${kind(t.t)}`, t.t);
  if (t.t.length === 0) fail(code, `${path}.t`, 'expected a non-empty string');
  if (t.w !== undefined) {
    if (typeof t.w !== 'number' || Number.isNaN(t.w)) fail(code, `${path}.w`, `expected number, got ${kind(t.w)}`, t.w);
    if (!(t.w > 0) || t.w > MAX_WEIGHT) fail(code, `${path}.w`, `expected a weight in (0, ${MAX_WEIGHT}], got ${t.w}`);
  }
  if (t.case !== undefined && typeof t.case !== 'boolean') fail(code, `${path}.case`, `expected boolean, got ${kind(t.case)}`, t.case);
}

/** Checks the shape of one topic (not references between topics). */
function checkTopic(code: PaperfeedErrorCode, path: string, topic: unknown): asserts topic is TopicDefinition {
  if (!isObject(topic)) fail(code, path, `expected object, got ${kind(topic)}`, topic);
  checkKeys(code, path, topic, ['id', 'label', 'parent', 'scope', 'terms', 'negative']);
  for (const key of ['id', 'label'] as const) {
    const v = topic[key];
    if (typeof v !== 'string') fail(code, `${path}.${key}`, `expected string, got ${kind(v)}`, v);
    if (v.length === 0) fail(code, `${path}.${key}`, 'expected a non-empty string');
  }
  const parent = topic.parent;
  if (parent !== undefined && parent !== null) {
    if (typeof parent !== 'string') fail(code, `${path}.parent`, `expected string or null, got ${kind(parent)}`, parent);
    if (parent.length === 0) fail(code, `${path}.parent`, 'expected a non-empty string');
  }
  if (topic.scope !== undefined && typeof topic.scope !== 'string') fail(code, `${path}.scope`, `expected string, got ${kind(topic.scope)}`, topic.scope);
  if (!Array.isArray(topic.terms)) fail(code, `${path}.terms`, `expected array, got ${kind(topic.terms)}`, topic.terms);
  topic.terms.forEach((t: unknown, i: number) => checkTerm(code, `${path}.terms[${i}]`, t));
  if (topic.negative !== undefined) {
    if (!Array.isArray(topic.negative)) fail(code, `${path}.negative`, `expected array, got ${kind(topic.negative)}`, topic.negative);
    topic.negative.forEach((t: unknown, i: number) => checkTerm(code, `${path}.negative[${i}]`, t));
  }
}

/**
 * Checks a list of topics (shape only; ids, parents and terms are checked when compiled).
 * Accepts the file form `{ version: 1, topics: [...] }` too and returns the list.
 */
export function checkTaxonomyShape(value: unknown, path = 'topics', code: PaperfeedErrorCode = 'INVALID_TAXONOMY'): readonly TopicDefinition[] {
  let list: unknown = value;
  let p = path;
  if (isObject(value)) {
    checkKeys(code, path, value, ['$comment', 'version', 'topics']);
    if (value.version !== 1) fail(code, `${path}.version`, `expected 1, got ${JSON.stringify(value.version) ?? 'undefined'}`);
    list = value.topics;
    p = `${path}.topics`;
  }
  if (!Array.isArray(list)) fail(code, p, `expected an array of topics, got ${kind(list)}`, list);
  list.forEach((t: unknown, i: number) => checkTopic(code, `${p}[${i}]`, t));
  return list as readonly TopicDefinition[];
}

/**
 * Checks tagTopics options; throws INVALID_OPTIONS (INVALID_TAXONOMY for the taxonomy).
 * `taxonomyChecked`: the taxonomy object was checked before (its deep check is skipped).
 */
export function checkTopicOptions(options: unknown, taxonomyChecked = false): TagTopicsOptions {
  const code: PaperfeedErrorCode = 'INVALID_OPTIONS';
  if (!isObject(options)) fail(code, 'options', `expected object, got ${kind(options)}`, options);
  checkKeys(code, '', options, ['threshold', 'maxTags', 'includeParents', 'taxonomy', 'taxonomyMode']);
  const { threshold, maxTags, includeParents, taxonomyMode } = options;
  if (threshold !== undefined) {
    if (typeof threshold !== 'number' || Number.isNaN(threshold)) fail(code, 'threshold', `expected number, got ${kind(threshold)}`, threshold);
    if (threshold < 0 || threshold > 1) fail(code, 'threshold', `expected a number in [0, 1], got ${threshold}`);
  }
  if (maxTags !== undefined) {
    if (typeof maxTags !== 'number' || Number.isNaN(maxTags)) fail(code, 'maxTags', `expected number, got ${kind(maxTags)}`, maxTags);
    if (!Number.isInteger(maxTags) || maxTags < 1) fail(code, 'maxTags', `expected an integer >= 1, got ${maxTags}`);
  }
  if (includeParents !== undefined && typeof includeParents !== 'boolean') {
    fail(code, 'includeParents', `expected boolean, got ${kind(includeParents)}`, includeParents);
  }
  if (taxonomyMode !== undefined && taxonomyMode !== 'extend' && taxonomyMode !== 'replace') {
    fail(code, 'taxonomyMode', `expected "extend" or "replace", got ${JSON.stringify(taxonomyMode) ?? kind(taxonomyMode)}`);
  }
  if (options.taxonomy !== undefined && !taxonomyChecked) checkTaxonomyShape(options.taxonomy, 'taxonomy');
  return options as TagTopicsOptions;
}

/** The term text, weight and case flag of a term entry (already shape-checked). */
export function termParts(t: TopicTerm): { t: string; w: number; case: boolean } {
  return typeof t === 'string' ? { t, w: 1, case: false } : { t: t.t, w: t.w ?? 1, case: t.case === true };
}
