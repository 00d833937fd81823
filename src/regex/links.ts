/** Regexes for links and identifiers. Each is linear: bounded repeats, no nested quantifiers over overlapping classes. */

/**
 * A web address written without a scheme: dot-separated labels, a letter TLD, an
 * optional port and path. The look-behind keeps it from starting inside a word,
 * an e-mail address, a path or a longer address. Sticky: `extractUrls` tries it only
 * where a match can start.
 */
export const RE_BARE_DOMAIN =
  /(?<![\p{L}\p{N}\p{So}@.\/:_-])((?:[\p{L}\p{N}\p{So}](?:[\p{L}\p{N}-]{0,62}[\p{L}\p{N}])?\.){1,8}\p{L}{2,24}(?![\p{L}\p{N}]))(?::\d{2,5}(?!\d))?(?:\/[^\s<>"'`\\{}|^\uff5c]{0,2000})?/iuy;

/** One character (code point) of a host label as RE_BARE_DOMAIN reads it (same flags). */
export const RE_HOST_CHAR = /^[\p{L}\p{N}\p{So}]$/iu;

/** `\url{...}` and `\href{...}{...}` in LaTeX leftovers. */
export const RE_LATEX_URL = /\\(?:url|href)\{([^{}\s]{1,2000})\}/g;

/** A scheme at the start of an address. */
export const RE_HAS_SCHEME = /^[a-z][a-z0-9+.-]{0,30}:/i;

/** The continuation of an address wrapped onto the next line: a path-like token. */
export const RE_URL_CONTINUATION = /^[A-Za-z0-9_~%-][A-Za-z0-9._~%\/#?=&+-]{0,500}/;

/** A LaTeX escape inside an address (`\\_`, `\\%`, `\\#`, `\\&`, `\\~`): the character itself is meant. */
export const RE_URL_LATEX_ESCAPE = /\\([_%#&~$])/g;

/**
 * Zero-width characters that copying can leave inside an address: zero-width space, word
 * joiner, BOM (not the joiners U+200C/U+200D, which some scripts write inside words).
 */
export const RE_ZERO_WIDTH = /[\u200b\u2060\ufeff]/;
export const RE_ZERO_WIDTH_ALL = /[\u200b\u2060\ufeff]/g;

/**
 * An arXiv subject class as written (`cs.AI`, `eess.AS`, `stat.ML`, `q-bio.NC`): it looks
 * like a host name with a top-level domain but is none. Case-sensitive: the class is upper-case.
 */
export const RE_ARXIV_SUBJECT_CLASS = /^(?:cs|eess|stat|math|econ|q-bio|q-fin|physics|astro-ph|cond-mat|hep-ex|hep-lat|hep-ph|hep-th|nlin|quant-ph|gr-qc|nucl-ex|nucl-th|math-ph)\.[A-Z]{2}$/;

/** New-style arXiv ids (`2306.07353`, `arXiv:2306.07353v2`), not inside a longer number. */
export const RE_ARXIV_NEW = /(?<![\p{L}\p{N}.])(?:arxiv:\s?)?(\d{2}(?:0[1-9]|1[0-2])\.\d{4,5})(?:v(\d{1,3}))?(?![\p{N}])/giu;

/**
 * Old-style arXiv ids: `cs/0112017`, `hep-th/9901001v2`, `math.GT/0309136`. The archives start
 * with RE_ARXIV_SUBJECT_CLASS's, in its order (the two lists then gzip as one; order is free here,
 * as an archive is followed by `.` or `/` and none is such a prefix of another).
 */
export const RE_ARXIV_OLD =
  /(?<![\p{L}\p{N}\/-])(?:arxiv:\s?)?((?:cs|eess|stat|math|econ|q-bio|q-fin|physics|astro-ph|cond-mat|hep-ex|hep-lat|hep-ph|hep-th|nlin|quant-ph|gr-qc|nucl-ex|nucl-th|math-ph|chao-dyn|solv-int|patt-sol|adap-org|cmp-lg|comp-gas|mtrl-th|supr-con|chem-ph|atom-ph|plasm-ph|ao-sci|bayes-an|dg-ga|alg-geom|funct-an|q-alg|acc-phys)(?:\.[A-Z]{2})?\/\d{7})(?:v(\d{1,3}))?(?![\p{N}])/giu;

/** DOIs: `10.1145/3292500.3330701`, also inside `doi.org/...` addresses. */
export const RE_DOI = /(?<![\p{L}\p{N}.])10\.\d{4,9}\/[^\s"<>{}|\\^`]{1,300}/gu;

/** arXiv ids inside an arXiv address path: `/abs/2306.07353v2`, `/pdf/cs/0112017`. */
export const RE_ARXIV_URL_PATH = /^\/(?:abs|pdf|html|format)\/([a-z-]{2,12}(?:\.[A-Z]{2})?\/\d{7}|\d{4}\.\d{4,5})(?:v(\d{1,3}))?/i;
