/**
 * Every regular expression of the library lives under `src/regex/`, one file per
 * area, re-exported here so that one test (`test/redos.test.ts`) checks each of
 * them with recheck. Rules: no nested quantifiers over overlapping classes, no
 * backreferences, bounded repeats where a match can be long.
 */
export * from './text.js';
export * from './dates.js';
export * from './links.js';
export * from './venue.js';
export * from './arxiv.js';
export * from './datasets.js';
export * from './hf.js';
export * from './metrics.js';
export * from './xml.js';
export * from './stream.js';
export * from './json.js';
export * from './markdown.js';
