/**
 * Regexes for arXiv identifiers and the arXiv text formats (digest, listing,
 * search results, RSS descriptions). Each is anchored and bounded; none nests
 * quantifiers over overlapping classes. Readers scan lines by hand and use
 * these only on short, already isolated pieces.
 */

/** A new-style id with an optional version: `2306.05480`, `2306.05480v2`, `0704.0001`. */
export const RE_ARXIV_ID_NEW = /^(\d{4}\.\d{4,5})(?:v(\d{1,4}))?$/;

/**
 * An old-style id with an optional version: `hep-th/9901001v2`, `math.CA/0611800`, `cs/0112017`.
 * Groups: archive, subject class (dropped from the canonical id), number, version.
 */
export const RE_ARXIV_ID_OLD = /^([a-z]{1,10}(?:-[a-z]{1,10})?)(\.[A-Za-z]{1,10})?\/(\d{7})(?:v(\d{1,4}))?$/;

/** An arXiv category: `cs.LG`, `q-fin.CP`, `hep-th`, `cond-mat.stat-mech`, `astro-ph.CO`. */
export const RE_ARXIV_CATEGORY = /^[a-z]{1,12}(?:-[a-z]{1,12})?(?:\.[A-Za-z]{1,12}(?:-[a-z]{1,12})?)?$/;

/** The digest's entry footer: `\\ ( https://arxiv.org/abs/2306.05480 ,  439kb)`. Group 1: the address. */
export const RE_DIGEST_FOOTER = /^\\\\ {0,4}\( {0,8}(https?:\/\/[^\s,()]{1,200}) {0,8}, {0,8}\d{1,9} {0,2}kb {0,2}\)\s{0,20}$/;

/** The size note after a digest date: `   (439kb,D)`, `(15219kb)`. */
export const RE_DIGEST_SIZE = /^\(\d{1,9}kb(?:,[A-Za-z]{1,4})?\)$/;

/** A listing section heading's count: `(showing 3 of 3 entries)`, `(showing first 25 of 60 entries)`. Groups: shown, total. */
export const RE_LISTING_SHOWING = /\(showing (?:first )?(\d{1,7}) of (\d{1,7}) entries\s{0,4}\)/i;

/** A listing page's total: `Total of 11 entries`, `[ total of 28 entries: 1-28 ]`. Groups: total, range start, range end. */
export const RE_LISTING_TOTAL = /^\[?\s{0,4}total of (\d{1,7}) entries(?:\s{0,4}:\s{0,4}(\d{1,7})\s{0,2}-\s{0,2}(\d{1,7}))?/i;

/** A listing entry marker alone or before the id: `[1]`, `[12]  arXiv:...`. Group 1: the number. */
export const RE_LISTING_MARKER = /^\[(\d{1,6})\]/;

/** The resource bracket of a listing or search result: `[ pdf , html , other ]`, `[pdf, ps, other]`. */
export const RE_LISTING_FORMATS = /^\[\s{0,4}(?:pdf|ps|html|other|src|ps\.gz)(?:\s{0,4},\s{0,4}(?:pdf|ps|html|other|src|ps\.gz|dvi)){0,6}\s{0,4}\]/i;
/** The same list as a text browser writes it, brackets dropped with the links: `pdf, html, other` filling the rest of the line. */
export const RE_LISTING_FORMATS_BARE = /^(?:pdf|ps|html|other|src)(?:[ \t]{0,8},[ \t]{0,8}(?:pdf|ps|html|other|src|dvi)){0,6}[ \t]{0,4}$/i;

/** Search results' header: `Showing 1–50 of 1,234 results for all: diffusion`. Groups: first, last, total. */
export const RE_SEARCH_SHOWING = /^Showing (\d{1,3}(?:,\d{3}){0,3})\s{0,2}[–—-]\s{0,2}(\d{1,3}(?:,\d{3}){0,3}) of (\d{1,3}(?:,\d{3}){0,3}) results/i;

/** `originally announced June 2023`. Groups: month name, year. */
export const RE_SEARCH_ANNOUNCED = /^originally announced ([A-Za-z]{3,9})\.? (\d{4})\.?$/i;

/** The head of an arXiv RSS description: `arXiv:2401.06785v1 Announce Type: new Abstract: `. Groups: id, type. */
export const RE_RSS_ANNOUNCE = /^arXiv:([^\s]{1,60})\s{1,8}Announce Type:\s{0,8}([A-Za-z-]{1,20})\s{0,8}(?:Abstract:\s?)?/;

/** The suffix of an old (RSS 1.0) arXiv item title: `. (arXiv:2306.05480v1 [cs.AI] UPDATED)`. Groups: id, category, flag. */
export const RE_RSS_TITLE_SUFFIX = /\s\(arXiv:([^\s()]{1,60}) \[([^\s\]]{1,40})\](?: ([A-Z]{1,12}(?: [A-Z]{1,12}){0,2}))?\)\s{0,4}$/;

/** A DOI as a whole string: `10.1145/3583131.3590460`. */
export const RE_DOI_WHOLE = /^10\.\d{4,9}\/\S{1,300}$/;

/** An arXiv abstract or PDF address: `https://arxiv.org/abs/2306.05480v2`. Group 1: the id with version. */
export const RE_ARXIV_ABS_URL = /^https?:\/\/(?:www\.|export\.)?arxiv\.org\/(?:abs|pdf|html)\/([^\s?#]{1,60}?)(?:\.pdf)?\/?(?:[?#]\S{0,200})?$/i;

/** An OAI identifier: `oai:arXiv.org:2401.06785v1`. Group 1: the id with version. */
export const RE_ARXIV_OAI = /^oai:arXiv\.org:(\S{1,60})$/i;

/** A numbered affiliation marker inside an author's parentheses: `(1)` in `((1) MIT, (2) CMU)`. */
export const RE_AFFILIATION_MARKER = /\(\d{1,3}\)/;

/** An arXiv abs page's date line: `[Submitted on 23 Feb 2023 (v1), last revised 5 Jun 2023 (this version, v2)]`. */
export const RE_ABS_SUBMITTED = /^\[?[ \t]{0,4}Submitted on (\d{1,2} [A-Za-z]{3,9},? \d{4})(?: \(v\d{1,4}\))?(?:,? last revised (\d{1,2} [A-Za-z]{3,9},? \d{4}) \(this version, v(\d{1,4})\))?[ \t]{0,4}\]?/i;

/** An arXiv abs page's `Cite as: arXiv:2302.12091 [cs.LG]` (tab, table cell or bold label before the id allowed). */
export const RE_ABS_CITE = /^[|*_ \t]{0,6}Cite as:?[|*_ \t]{0,8}\[?arXiv:(\d{4}\.\d{4,5}|[a-z]{1,10}(?:-[a-z]{1,10})?(?:\.[A-Z]{2})?\/\d{7})(?:v(\d{1,4}))?/i;
