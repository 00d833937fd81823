/**
 * Regexes for reported results (metrics). Each one is anchored at both ends and tests one
 * token or a short run of characters, with bounded repeats and no nested quantifiers, so
 * none can backtrack super-linearly. The scanning itself is done by hand in
 * `src/extract/numbers.ts` and `src/extract/metrics.ts`.
 */

/** A written number: `3`, `88.53`, `1,283`, `32,868.5`. */
export const RE_METRIC_NUMBER = /^(?:\d{1,3}(?:,\d{3}){1,6}|\d{1,15})(?:\.\d{1,15})?$/;

/** A number glued to a word: `3x`, `500X`, `4.36times`, `7B`, `1st`, `2023b`, `76min`. */
export const RE_METRIC_NUMBER_SUFFIX = /^(\d{1,15}(?:\.\d{1,15})?)(\p{L}{1,12})$/u;

/** A number glued to a per-second rate unit: `20tok/s`, `35img/s`. */
export const RE_METRIC_NUMBER_RATE = /^(\d{1,15}(?:\.\d{1,15})?)([A-Za-z]{2,12}\/(?:s|sec|second))$/;

/** A multiplier written after a number: `x`, `X`, `times`, `fold`. */
export const RE_METRIC_MULTIPLIER = /^(?:x|times|fold)$/i;

/** Ordinal suffixes: `1st`, `2nd`, `3rd`, `11th`. */
export const RE_METRIC_ORDINAL = /^(?:st|nd|rd|th)$/i;

/** Magnitudes that make a number a count or a size: `7B`, `0.25M`, `128K`, `2.3 million`. */
export const RE_METRIC_MAGNITUDE = /^(?:k|m|b|t|bn|mn|mil|thousands?|millions?|billions?|trillions?)$/i;

/** Time units: `76 minutes`, `3 days`, `12ms`, `2.5 h`. */
export const RE_METRIC_TIME_UNIT = /^(?:ms|µs|μs|ns|msec|secs?|seconds?|mins?|minutes?|h|hrs?|hours?|days?|weeks?)$/i;

/** Memory and storage units: `GB`, `GiB`, `MB`. */
export const RE_METRIC_MEMORY_UNIT = /^(?:[KMGTP]i?B|[kmgtp]b|bytes?)$/;

/** Per-second rate units written as one token: `tok/s`, `inf/sec`, `tokens/s`, `img/s`, `it/s` (not a speed such as `m/s`). */
export const RE_METRIC_RATE_UNIT = /^[A-Za-z]{2,12}\/(?:s|sec|second)$/;

/** A year: `1998`, `2024`. */
export const RE_METRIC_YEAR = /^(?:19|20)\d{2}$/;

/** A comparative adjective: `faster`, `narrower`, `lower`. Checked against a deny list of `-er` nouns. */
export const RE_METRIC_COMPARATIVE = /^[a-z]{2,16}er$/;

/** A single upper-case letter or `et`, as in initials and `et al.`: not a sentence end. */
export const RE_METRIC_INITIAL = /^\p{Lu}$/u;

/** Adverbs: `unexpectedly`, `closely`, `significantly`. */
export const RE_METRIC_ADVERB = /^[a-z]{3,20}ly$/;

/** Past participles and past tense: `matched`, `reduced`, `cited`. */
export const RE_METRIC_PAST = /^[a-z]{2,20}ed$/;

/** One letter, any script. */
export const RE_METRIC_LETTER = /^\p{L}$/u;

/** A power of ten written as one token: `10^5`, `10^{5}`, `10^{-4}`. */
export const RE_METRIC_POWER_OF_TEN = /^10\^\{?([+\-−]?\d{1,3})\}?$/;

/** An upper-case acronym that may name a measure written after a number: `VPQ`, `CTR`, `EER`. */
export const RE_METRIC_ACRONYM = /^[A-Z]{2,6}$/;

/** A word written in CJK script alone (Han, kana, Hangul): `提高`, `反而少`, `가속하여`. */
export const RE_METRIC_CJK_WORD = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]{1,12}$/u;

/**
 * An abbreviation defined in brackets right after what it stands for: `Test Return (TR)`,
 * `Attack Success Rate (ASR)`. Group 1 is the abbreviation (a capital, then letters).
 */
export const RE_METRIC_ABBR_DEF = /\(([A-Z][A-Za-z]{1,7})\)/g;

/** A word of the phrase before a defined abbreviation, read right to left (letters, `'`). */
export const RE_METRIC_ABBR_WORD = /^[A-Za-z][A-Za-z']*$/;

/** A CJK run, an optional `~`, a number, and `%`, `％`, `倍` or `배`. Bounded, no nested quantifiers. */
export const RE_METRIC_CJK_RESULT = /([\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]{1,16})[ \t]?([~～約约])?[ \t]?(\d{1,6}(?:\.\d{1,4})?)[ \t]?(%|％|倍|배)/gu;

/** What may follow the unit: `以上`/`이상` (at least), then a change word. */
export const RE_METRIC_CJK_AFTER = /^[ \t]?(以上|이상)?[ \t]?([\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]{1,6})?/u;

/** `的参数`: the measure named after the number (`增加1％的参数`). */
export const RE_METRIC_CJK_OF = /^的([\p{Script=Han}]{1,6})/u;

/** A number of standard deviations after `(`, `（` or a space (not after `±`): `（2.2σ）`. */
export const RE_METRIC_CJK_SIGMA = /([(（ ])(\d{1,2}(?:\.\d{1,2})?)[ \t]?σ(?![\p{L}\d])/gu;

/** A Han, kana or Hangul character. */
export const RE_METRIC_CJK_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
