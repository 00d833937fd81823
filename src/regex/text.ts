/** Regexes for general text handling. */
export const RE_LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
/**
 * White space to fold: a run of two or more, or one that is not a plain space (JS `\s`
 * covers NBSP, the Unicode spaces, line separators and BOM). Single spaces between
 * words are not matched, so folding prose is cheap.
 */
export const RE_WHITESPACE_RUN = /\s{2,}|[^\S ]/g;
/** White space a folded string cannot hold: any but a space, or two spaces. */
export const RE_UNFOLDED_SPACE = /[^\S ]| {2}/;
/** Pure ASCII (NFKC leaves it as it is). */
export const RE_ASCII = /^[\x00-\x7f]*$/;
/** Anything but an ASCII lower-case letter or digit. */
export const RE_NOT_ALNUM_LOWER = /[^a-z0-9]+/g;
