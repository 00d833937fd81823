/** Regexes for general text handling. */
export const RE_LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
