/** Regexes for general text handling. */
export const RE_LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
/** A run of white space (JS `\s` covers NBSP, the Unicode spaces, line separators and BOM). */
export const RE_WHITESPACE_RUN = /\s+/g;
