/**
 * Regexes for markdown paper lists (`src/feeds/markdown-list.ts`). Each is anchored or
 * bounded; none has nested quantifiers over overlapping classes.
 */

// --- Guards applied before remark-parse (same-length rewrites that keep offsets) ---

/**
 * A line opening more than four containers (`> > - > x`, `- - - - - x`): remark-parse
 * slows down sharply with the number of containers a line opens, so the fifth
 * marker is blanked. Group 1 is the kept prefix, group 2 the fifth marker.
 */
export const RE_DEEP_CONTAINERS = /^([ \t]{0,24}(?:(?:>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t]))[ \t]{0,4}){4})(>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t]))/gm;

/** Leading white space past 24 columns (six levels of list nesting): group 2 is blanked. */
export const RE_DEEP_INDENT = /^((?: {0,3}\t| {4}){6})([ \t]{1,100000})/gm;

// --- Detection (applied line by line to a bounded prefix) ---

export const RE_MD_HEADING_LINE = /^ {0,3}#{1,6}[ \t]/;
export const RE_MD_LIST_LINE = /^[ \t]{0,12}(?:[-*+]|\d{1,4}[.)])[ \t]/;
/** `[[pdf]](`, `[pdf](`, `[\[code\]](`, `[[Paper](`, `[:octocat:](`. */
export const RE_MD_RESOURCE_LINK = /\[(?:\\?\[)?(?:pdf|paper|code|github|project|project page|web|website|arxiv|link|page|demo|video|slides|blog|bib|bibtex|openreview|homepage|data|dataset|model|:[a-z_]{2,20}:)(?:\\?\])?\]\(/i;
export const RE_MD_BOLD_START = /^[ \t]{0,3}(?:[-*+][ \t]{1,4})?\*\*[^*\n]{3,400}\*\*/;
/** A table delimiter row: `|---|:---:|`, `--- | ---`. */
export const RE_MD_TABLE_DELIMITER = /^[ \t]{0,3}\|?[ \t]{0,4}:?-{3,200}:?[ \t]{0,4}\|/;
export const RE_MD_INLINE_LINK = /\]\((?:https?:\/\/|www\.)/i;
/** Hugging Face papers page markers (another reader's format). */
export const RE_HF_LOGIN_LINK = /huggingface\.co\/login\?next=/;
/** `### [Title](https://huggingface.co/papers/ID)`, applied to one line. */
export const RE_HF_PAPER_HEADING = /^#{1,6} \[[^\[\]\n\r]{1,400}\]\(https:\/\/huggingface\.co\/papers\//;
/** `<summary>Abstract</summary>` (also `摘要`, `TL;DR`, `Summary`): a collapsed abstract follows. */
export const RE_SUMMARY_ABSTRACT = /<summary\b[^<>]{0,80}>[\s*]{0,20}(?:(?:read|show|view|see|expand|full|click for)[ \t]{1,4}(?:the[ \t]{1,4})?)?(?:abstract|summary|tl;?dr|摘要)[^<>\w]{0,20}<\/summary>/i;
/** A field label's colon, at the end of the bold label or at the start of the value (`**Code**: …`, `**代码**：…`). */
export const RE_FIELD_COLON_END = /[:：]$/;
export const RE_FIELD_COLON_START = /^\s{0,8}[:：]\s{0,8}/;
/** A sentence end, Latin or CJK. */
export const RE_PROSE_END = /[.?!。！？]$/;
/** A reference written author-year first: `Aljaafari, N. et al. (2024). Title. …`; groups: authors, year, the rest. */
export const RE_AUTHOR_YEAR_REF = /^(\S[^()\n]{1,300}?)\s\(((?:19|20)\d\d)[a-z]?\)[.,:]?\s{1,4}(\S.{0,2000})$/;
/** The path after `arxiv.org/` in a note's link: group 1 the id, group 2 the version. */
export const RE_ARXIV_PATH_ID = /^(?:abs|pdf|html)\/(\d{4}\.\d{4,5})(?:v(\d{1,3}))?/;
/** An HTML table in a markdown HTML block. */
export const RE_HTML_TABLE_TAG = /<t(?:able|r)\b/i;
/** The end of a collapsed block. */
export const RE_DETAILS_CLOSE = /<\/details>/i;
/** arXiv digest / listing markers (other readers' formats). */
export const RE_ARXIV_FIELD_LINE = /^(?:Title|Authors|Categories|Comments|Subjects|Journal-ref):|^(?:标题|题目|題目|作者|著者|发布日期|發布日期|发表日期)[:：]/;
export const RE_ARXIV_LISTING_MARK = /^\s{0,8}arXiv:\d{4}\.\d{4,5}|^-{60,}$|^\\\\ \( https?:\/\/arxiv\.org\/abs\//;

// --- Sections ---

const SKIP_SECTION_WORDS =
  "(?:(?:introductory|recommended|useful|other|related|selected|popular|more|external|online|video|survey) )?(?:table of contents?|contents|toc|outline|change ?logs?|changes|news|updates?|latest (?:news|updates?)|recent (?:news|updates?)|what'?s new|contributing|contributions?|contributors?|how to contribute|contribute|license|licence|acknowledge?ments?|citations?|cite|citing|how to cite|talks?|invited talks?|keynotes?|tutorials?|lectures?|courses?|blogs?|blog posts?|videos?|podcasts?|related (?:lists?|repos|repositories|projects|awesome lists?|resources)|other (?:awesome )?lists?|awesome lists?|star history|stargazers|contacts?|about|about me|footnotes?|sponsors?|faq|template|markdown format|slides|posts|articles|notebooks?|jupyter notebooks?|websites?|books?|people|researchers|related|see also|links)";
/** Skipped sections whose name may head papers (`Talks`, `Invited Talks`, `Links`): read when their items are papers'. */
export const RE_PAPERISH_SKIP_SECTION = /\b(?:talks?|links)$/i;
/**
 * Headings whose items are not papers (tables of contents, change logs, talks,
 * licences), matched against the whole heading text: `Talks`, `Talks & Tutorials`.
 */
export const RE_SKIP_SECTION = new RegExp(`^${SKIP_SECTION_WORDS}(?:[ \\t]{0,3}(?:&|and|/|,)[ \\t]{0,3}${SKIP_SECTION_WORDS}){0,3}$`, 'i');

/** A heading over a page's navigation or source links (`# Reference`, `## Links`, `## See also`). */
export const RE_NAV_SECTION = /^(?:references?|links?|useful links?|related links?|resources?|sources?|see also)$/i;

/** Any character but a line break (blanked to a space where a reader masks text out, offsets kept). */
export const RE_NOT_NEWLINE = /[^\n]/g;

/** A table of contents heading (`Contents`, `Table of Contents`, `TOC`). */
export const RE_TOC_SECTION = /^(?:table of contents?|contents|toc|outline)$/i;

// --- Inline HTML ---

export const RE_HTML_BR = /^<br[ \t]{0,4}\/?[ \t]{0,4}>$/i;
export const RE_HTML_SKIP_OPEN = /^<(sup|sub)\b[^>]{0,200}>$/i;
export const RE_HTML_SKIP_CLOSE = /^<\/(sup|sub)[ \t]{0,4}>$/i;
export const RE_HTML_A_OPEN = /^<a\b[^>]{0,2000}>$/i;
/** The `href` of a tag; group 1 the address. */
export const RE_HTML_HREF = /\bhref[ \t]{0,4}=[ \t]{0,4}["']([^"'<>\s]{1,2000})["']/i;
export const RE_HTML_A_CLOSE = /^<\/a[ \t]{0,4}>$/i;

// --- Links ---

/** A scheme (`https:`, `mailto:`). */
export const RE_URL_SCHEME = /^[a-z][a-z0-9+.-]{0,20}:/i;
export const RE_WEB_SCHEME = /^(?:https?|ftp):\/\//i;
/** An address without a scheme that is plainly a web address. */
export const RE_SCHEMELESS_WEB = /^(?:www\.|(?:github\.com|gitlab\.com|arxiv\.org|openreview\.net|huggingface\.co|doi\.org|bitbucket\.org|paperswithcode\.com)\/)/i;
/** Badge and image hosts: a link to one is decoration, not a resource. */
export const RE_BADGE_URL = /^(?:https?:)?\/\/(?:img\.shields\.io|shields\.io|badge\.fury\.io|badgen\.net|awesome\.re|camo\.githubusercontent\.com|badges\.gitter\.im|api\.star-history\.com|visitor-badge\.[a-z.]{2,20}|hits\.seeyoufarm\.com|komarev\.com)(?:[/:?#]|$)/i;
/** An image or video file name at the end of an address's path (query and fragment cut off first): page media, no resource. */
export const RE_IMAGE_PATH = /\.(?:svg|png|jpe?g|gif|webp|ico|mp4|webm|mov)$/i;
/** arXiv abstract or PDF address; group 1 the id, group 2 the version. */
export const RE_ARXIV_LINK = /arxiv\.org\/(?:abs|pdf|html)\/((?:\d{4}\.\d{4,5})|(?:[a-z][a-z.-]{1,20}\/\d{7}))(?:v(\d{1,3}))?/i;
/**
 * A relative address whose last path part is a new-style arXiv id (`summaries/2407.07071.md`, `2301.00066v2.md`,
 * `papers/2407.07071/`): a page of the list about that paper. Group 1 the id, group 2 the version.
 */
export const RE_REL_ARXIV_PAGE = /(?:^|\/)(\d{2}(?:0[1-9]|1[0-2])\.\d{4,5})(?:v(\d{1,3}))?(?:\.[a-z]{1,8})?\/?(?:[?#]|$)/i;
/** A numbered part of a document (`Chapter 3: …`, `Lecture 2 - …`, `Week 1: …`): a course or book page, no paper. */
export const RE_DOC_PART_PREFIX = /^(?:chapter|part|section|lecture|lesson|week|module|unit|day|step|appendix|session|tutorial|episode)[ \t]{0,3}(?:\d{1,3}|[ivx]{1,5}|[a-z])\b/i;
/** An arXiv abstract or PDF address without its id (`https://arxiv.org/abs/`: a digest that lost the ids): no link of a paper. */
export const RE_ARXIV_NO_ID = /^https?:\/\/(?:www\.|export\.)?arxiv\.org\/(?:abs|pdf|html)\/?$/i;
/** An arXiv listing page (`https://arxiv.org/list/cs.LG/new`): a day's list of papers, no paper's link. */
export const RE_ARXIV_LISTING_PAGE = /^https?:\/\/(?:www\.|export\.)?arxiv\.org\/(?:list|catchup)\//i;
/** One ASCII punctuation character (what a markdown backslash escapes). */
export const RE_ASCII_PUNCT = /^[!-/:-@[-`{-~]$/;
/** A heading that only labels the title written under it (`### Title:`, the title on the next line). */
export const RE_TITLE_LABEL_HEADING = /^(?:title|paper title|paper|标题|论文|题目|論文)$/i;
/** A title label before the title on a heading's line (`### Title: …`). */
export const RE_TITLE_LABEL_PREFIX = /^(?:title|paper title|标题|题目)[ \t]{0,3}[:：][ \t]{0,3}(?=\S)/i;
/**
 * A bullet or a plain line holding an author or abstract field (`- **Authors:** …`, ` - **Abstract**`, `**作者**: …`): under a
 * title heading, one entry of a daily-arXiv digest's field list. Group 1 the label.
 */
export const RE_MD_FIELD_BULLET = /^[ \t]{0,3}(?:[-*+][ \t]{1,4})?\*\*(authors?|abstract|summary|tl;?dr|作者|著者|저자|摘要|要約|概要|요약)[ \t]{0,2}(?:[:：][ \t]{0,2}\*\*|\*\*(?:[ \t]{0,2}[:：]|[ \t]{0,4}$|[ \t]{1,4}(?=\S)))/i;
/** `arXiv:2301.00001` in text; group 1 the id, group 2 the version. */
export const RE_ARXIV_TEXT_ID = /\barXiv[ \t]{0,2}:[ \t]{0,2}(\d{4}\.\d{4,5})(?:v(\d{1,3}))?/i;
/** A DOI address; group 1 the DOI. */
export const RE_DOI_LINK = /^https?:\/\/(?:dx\.)?doi\.org\/(10\.\d{4,9}\/[^\s]{1,300})$/i;
/** Bare address in text (no GFM autolinks): scheme or `www.`, then no spaces or brackets. */
export const RE_BARE_URL = /\b(?:https?:\/\/|www\.)[^\s<>"'`\[\]{}|\\^]{2,2000}/gi;
/** Characters that end a sentence after an address and are not part of it. */
export const RE_URL_TRAILING_PUNCT = /[.,;:!?'"*_~]{1,20}$/;
/** Backslash escapes in a raw markdown destination. */
export const RE_MD_ESCAPE = /\\([!-/:-@[-`{-~])/g;

/** Labels of resource links (normalised: lower case, brackets and emoji stripped). */
export const RE_RESOURCE_LABEL = /^(?:pdf|paper|papers|full paper|arxiv|arxiv page|arxiv paper|abs|abstract|code|codes|source code|github|gitlab|git|repo|repository|project|project page|projectpage|page|web|website|webpage|homepage|home|site|link|links|url|here|demo|video|videos|slides?|poster|blog|bib|bibtex|cite|citation|data|dataset|datasets|model|models|weights|checkpoints?|colab|notebook|openreview|official|unofficial|official code|unofficial code|pytorch|tensorflow|tf|jax|keras|caffe|torch|mxnet|paddle|doi|springer|ieee|acm|acl anthology|html|supp|supplementary|supplement|talk|review|reviews|hf|hugging ?face|twitter|tweet|news|media|press|youtube|bilibili|zhihu|medium|download|source|implementation|impl|stars?|leaderboard|benchmark|tldr|tl;dr|openaccess|cvf|pmlr|proceedings|\d{1,3}(?:\.\d)?k?)(?:[ \t]{1,3}\d{1,7}(?:\.\d)?k?)?$/;
/** An emoji shortcode (`:octocat:`). */
export const RE_EMOJI_SHORTCODE = /:[a-z0-9_+-]{1,40}:/gi;
/**
 * Emoji: characters shown as emoji by default, the emoji blocks past U+1F000, flags,
 * and a text symbol made emoji by U+FE0F. Text symbols that are also pictographs
 * (`↔ ↩ © ® ™ ‼ ℹ`) stay: `drone↔satellite` is text.
 */
export const RE_PICTOGRAPH = /[\p{Emoji_Presentation}\u{1F000}-\u{1FAFF}\uFE0F\u200D]|\p{Extended_Pictographic}(?=\uFE0F)/gu;

// --- Text runs ---

/** A 4-digit year (1900-2099) standing alone. */
export const RE_YEAR = /(?:^|[^\d])((?:19|20)\d{2})(?![\d])/;
/** `CVPR'23`, `ECCV '18`. */
export const RE_SHORT_YEAR = /[A-Za-z][ \t]?['‘’]\d{2}\b/;
/** Venue names often written without a year. */
export const RE_VENUE_NAME = /\b(?:CVPR|ICCV|ECCV|WACV|BMVC|3DV|NeurIPS|NIPS|ICML|ICLR|AAAI|IJCAI|ACL|EMNLP|NAACL|EACL|COLING|TACL|KDD|WWW|SIGIR|WSDM|CIKM|CoRL|RSS|ICRA|IROS|TPAMI|PAMI|IJCV|JMLR|TMLR|TOG|TIP|TNNLS|arXiv|Nature|Science|Interspeech|ICASSP|MICCAI|SIGGRAPH|CHI|UIST|AISTATS|UAI|COLT|ICDM|SDM|ECML|ACM MM|MM|IEEE|Workshop|Preprint|Journal|Conference|Transactions|Proceedings)\b/;
/** A month name then a year: `Jun 2020`, `June, 2020`. */
/** A year and month written with digits: `2026.04`, `2024-07`, `2023/11`; groups: year, month. */
export const RE_YEAR_MONTH_DIGITS = /^((?:19|20)\d{2})[./-](0?[1-9]|1[0-2])$/;
export const RE_MONTH_YEAR = /^([A-Za-z]{3,9})\.?,?[ \t]{1,3}(\d{4})$/;
/** A label before a field value: `Authors:`, `Venue:`. Group 1 the label. */
export const RE_FIELD_LABEL = /^(authors?|by|venue|conference|conf|journal|published(?: in| at)?|accepted(?: at| by| to)?|publication|date|year|code|paper|project|tl;?dr|keywords?|tags?|note|notes|summary|abstract|institutions?|affiliations?)[ \t]{0,3}[:：][ \t]{0,3}/i;
/** Placeholder items: `coming soon...`, `TBD`. */
export const RE_PLACEHOLDER = /^(?:coming soon|to be (?:added|continued|updated|released|announced)|tbd|tba|todo|wip|more (?:to come|coming)|stay tuned|under construction|work in progress|and more|\.{2,}|…)/i;
/** Separators stripped from the ends of a text run. */
export const RE_RUN_EDGE_START = /^[\s\-–—|,;:\\/\])}>•·*]{1,40}/;
/** Numbering before a title: `1.`, `[12]`, `(3)`, `#4`. */
export const RE_TITLE_NUMBERING = /^(?:\[\d{1,5}\]|\(\d{1,5}\)|\d{1,5}[.)](?=[ \t])|#\d{1,5})[ \t]{0,4}/;
/** An arXiv listing's announcement tag before a title (`[new 001]`, `[cross 012]`, `[replace 3]`, `[updated]`). */
/** An arXiv category tag a digest writes after a title: ` (hep-ph)`, ` (from physics.ins-det)`, ` (from hep-ph, replaced)`, ` (cs.LG)`. */
export const RE_TITLE_CATEGORY_TAG =
  /[ \t]{1,3}\((?:from[ \t]{1,3})?(?:cs|math|stat|physics|eess|econ|q-bio|q-fin|astro-ph|cond-mat|gr-qc|hep-ex|hep-lat|hep-ph|hep-th|math-ph|nlin|nucl-ex|nucl-th|quant-ph)(?:\.[a-zA-Z-]{2,12})?(?:,[ \t]{0,3}(?:replaced|cross-list|cross|new|updated))?\)$/;
export const RE_LISTING_TAG = /^\[(?:new|cross(?:-list)?|replaced?|replace-cross|updated?)(?:[ \t]{1,3}\d{1,5})?\][ \t]{0,4}/i;
/** A reference list's ordinal at the start of a line (`[12] `). */
export const RE_REF_ORDINAL = /^\[\d{1,4}\][ \t]{1,4}/;
/** Straight or curly double quotes around a whole title. */
export const RE_ENCLOSING_QUOTES = /^["“”„](.{1,2000})["“”„]$/s;

// --- Authors ---

/** ` and `, `, and `, ` & ` between names. */
export const RE_AUTHOR_AND = /[ \t]{1,4}(?:and|&)[ \t]{1,4}/;
/** Splits a comma list: `,`, `, and`, ` and `, `&`, `;`, and a spaced middle dot or bullet (` · `, as conference sites list authors). */
export const RE_AUTHOR_SEPARATOR = /[ \t]{0,4}(?:,[ \t]{0,4}(?:(?:and|&)[ \t]{1,4})?|;[ \t]{0,4}|[ \t](?:and|&)[ \t]{1,4}|[ \t][·•∙][ \t]{1,4})/u;
/** Words naming an institution rather than a person. */
export const RE_AFFILIATION_WORD = /(?:^|[^\p{L}])(?:universit\p{L}{0,8}|univ\.|institut\p{L}{0,4}|college|school|laborator\p{L}{0,4}|labs?|academy|centre|center|inc\.?|ltd\.?|corp\.?|corporation|company|department|dept\.?|hospital|google|microsoft|facebook|deepmind|openai|nvidia|amazon|ibm|baidu|alibaba|tencent|huawei|bytedance)(?![\p{L}])/iu;
/** A name token: letters with `.`, `-`, `'`, and author marks. */
export const RE_NAME_TOKEN = /^[\p{Lu}][\p{L}\p{M}.'’-]{0,40}[*†‡§¶#\d]{0,4}$|^[\p{Lu}]\.(?:[\p{Lu}]\.){0,3}(?:-[\p{Lu}]\.){0,2}[*†‡]{0,2}$/u;
/** Lower-case name particles. */
export const RE_NAME_PARTICLE = /^(?:de|da|di|do|dos|das|del|della|der|den|van|von|la|le|du|bin|binti|al|el|ibn|y|zu|ter|ten|st\.)$/;
/** `et al.` (or `et.al.`, as daily-arXiv tables write it) at the end of an author list. */
export const RE_ET_AL = /,?[ \t]{0,4}\bet(?:\.[ \t]{0,4}|[ \t]{1,4})al\.?$/i;
/** Name suffixes that keep their period. */
export const RE_NAME_SUFFIX_DOT = /(?:^|[ \t])(?:\p{Lu}|Jr|Sr|St|Dr|Ph\.D|Mr|Ms|Mrs)\.$/u;
/** Words that make a short label a resource (`Official PyTorch implementation`). */
export const RE_RESOURCE_WORDS = /\b(?:code|codes|implementation|pytorch|tensorflow|jax|official|unofficial|repo|repository|github|gitlab|project page|demo|slides|video|website|webpage|homepage|pdf|arxiv|supplementary|bibtex|poster|blog|colab|notebook|checkpoints?|weights)\b/;
/** A text run that continues on the next line: it ends with `,`, `and` or `&`. */
export const RE_CONTINUED_RUN = /(?:,|[ \t](?:and|&))[ \t]{0,8}$/;
/** Characters past the common ranges (where emoji may be). */
export const RE_NON_BMP_OR_SYMBOL = /[^\x00-\u2000]/;
/** Separators between the parts of a text run: ` - `, ` – `, ` — `, ` | `. */
export const RE_RUN_PART_SEPARATOR = /[ \t]{1,4}[-–—|][ \t]{1,4}/;
/** A label wrapped in brackets (`[pdf]` from `[[pdf]](...)`); group 1 the inside. */
export const RE_BRACKETED_LABEL = /^\[(.{0,500})\]$/s;
/**
 * Addresses of papers (rather than tools or pages): arXiv, DOI, OpenReview, proceedings, PDFs. A Google Scholar
 * redirect (`scholar.google.com/scholar_url?url=X&…`, any country host) is judged like its target X (the hosts above match inside it;
 * a PDF target ends at the `&` of the next parameter), and a Scholar alert's link (`oi=scholaralrt`) is a paper's.
 */
export const RE_PAPER_URL = /arxiv\.org\/|doi\.org\/|openreview\.net\/|aclanthology\.org\/|proceedings\.|papers\.nips\.cc|ieeexplore\.ieee\.org|dl\.acm\.org|link\.springer\.com|sciencedirect\.com|openaccess\.thecvf\.com|semanticscholar\.org|huggingface\.co\/papers\/|\.pdf(?:$|[?#])|\/scholar_url\?url=[^&#\s]{1,2000}\.pdf(?:[&#]|$)|[?&]oi=scholaralrt(?:[&#]|$)/i;

// --- Chunking (remark-parse is super-linear in the number of container closes per parse) ---

/** A link reference definition line (`[1]: https://...`): chunks would separate it from its uses. */
export const RE_MD_DEFINITION_LINE = /^[ \t>*+\-\d.)]{0,12}\[[^\[\]\n\r]{1,999}\]:[ \t]{0,8}\S/m;
/** At a line start (sticky): a heading or a list item at column 0, where a new chunk may begin. */
export const RE_CHUNK_BOUNDARY = /(?:#{1,6}(?:[ \t]|$)|[-*+][ \t]{1,4}\S|\d{1,9}[.)][ \t]{1,4}\S)/y;
/** A thematic break line (`- - -`, `***`), which is not a list item. */
export const RE_THEMATIC_BREAK = /^[ \t]{0,3}(?:[-*_][ \t]{0,8}){3,}$/;
/** At a line start (sticky): a code fence opening; group 1 the fence. */
export const RE_FENCE_OPEN = / {0,3}(`{3,}|~{3,})/y;
/** At a line start (sticky): an HTML block; group 1 a raw-text tag, group 2 a comment. */
export const RE_HTML_BLOCK_START = / {0,3}<(?:(pre|script|style|textarea)\b|(!--)|[A-Za-z/!?])/iy;
/** Closing tags of raw-text HTML blocks. */
export const RE_HTML_RAW_CLOSE = /<\/(?:pre|script|style|textarea)>/gi;
/** Runs of emphasis markers longer than 32 (remark-parse is quadratic in a run's length). */
export const RE_LONG_STAR_RUN = /\*{33,100000}/g;
export const RE_LONG_UNDERSCORE_RUN = /_{33,100000}/g;
/** Runs of brackets longer than 32 (remark-parse is quadratic in nested label starts). */
export const RE_LONG_OPEN_BRACKET_RUN = /\[{33,100000}/g;
export const RE_LONG_CLOSE_BRACKET_RUN = /\]{33,100000}/g;

// --- Small helpers of the reader ---

/** Brackets, parentheses and backslashes in a link label. */
export const RE_LABEL_PUNCT = /[[\]()\\]/g;
/** `and ` / `& ` at the start of a name. */
export const RE_LEADING_AND = /^(?:and|&)[ \t]{1,4}/i;
/** `et al.` as a whole name. */
export const RE_ET_AL_NAME = /^et\.?[ \t]{0,2}al\.?$/i;
/** A four-digit year as a whole value. */
export const RE_YEAR_ONLY = /^(?:19|20)\d{2}$/;
/** Field labels that name a venue. */
export const RE_VENUE_FIELD = /^(?:venue|conference|conf|journal|published|accepted|publication)/;
/** Separators of an affiliation list. */
export const RE_LIST_SEPARATOR = /[;,]/;
/** Text that ends a sentence. */
export const RE_SENTENCE_END = /[.?!]$/;
/** A colon at the end of a heading or bold label. */
export const RE_TRAILING_COLON = /[:：]$/;
/** Trailing separators of an author name. */
export const RE_NAME_TRAILING = /[\s,;:]{1,20}$/;
/** White space. */
export const RE_WHITESPACE_CHAR = /\s/;
/** A digit or minus (a JSON number after `[`). */
export const RE_JSON_NUMBER_START = /[-\d]/;
/** Table header roles. */
export const RE_COL_TITLE = /^(?:title|paper title|english title|title \(en\)|name of paper|(?:paper )?(?:title|paper) ?(?:&|and|\/|,) ?authors?|标题|英文标题|英文题目|题目|题名|論文題目|论文题目|论文标题|论文名称|论文名|文章标题|論文標題|標題|題名|タイトル|제목|논문 제목)$/;
export const RE_COL_PAPER = /^(?:paper|papers|paper name|论文|論文|文章|논문)$/;
export const RE_COL_PUBLICATION = /^(?:publication|article|work)$/;
export const RE_COL_NAME = /^(?:name|method|model|approach)$/;
export const RE_COL_VENUE = /^(?:会议|期刊|发表|venue|conference|conf\.?|journal|published(?: in)?|pub\.?|publisher|booktitle|where|venue & year|venue\/year)$/;
export const RE_COL_YEAR = /^(?:year|yr)$/;
export const RE_COL_DATE = /^(?:日期|时间|發布日期|发布日期|発表日|date|publish(?:ed)? date|publication date|submission date|submitted|release date|release|time|arxiv date|month)$/;
export const RE_COL_AUTHORS = /^(?:authors?|first author|team|作者|著者|저자)$/;
/** A table column holding each paper's abstract or its short summary (the summary is the abstract where no abstract is shown). */
export const RE_COL_ABSTRACT = /^(?:abstract|summary|tl;dr|tldr|tl;dr summary|key contributions?|contributions?|main contributions?|key idea|main idea|摘要|概要|一句话要点|一言|要約|简介|簡介|요약|description)$/;
/** A label of a page's date (`Last Updated`, `Generated on`), never a paper's title. */
export const RE_DATE_LABEL = /^(?:last[ \t])?(?:updated?|modified|generated|created|refreshed|built)(?:[ \t](?:on|at))?$/i;
/** Text that goes on with a sentence (` to arXiv, PDFs, …`): a lower-case word first (not a venue's `in`/`at`). */
export const RE_LOWER_SENTENCE_START = /^(?!(?:in|at|accepted|published|appeared|to appear)\b)[a-z]{2,12}[ \t]/;
/** A page of the GitHub site, not a repository (`github.com/features/actions`, `/topics/x`, `/sponsors/x`). */
export const RE_GITHUB_SITE_PAGE = /^https?:\/\/(?:www\.)?github\.com\/(?:features|topics|sponsors|marketplace|orgs|about|pricing|enterprise|explore|trending|collections|apps|site|readme|customer-stories|security|solutions|resources|settings|login|join|signup|team|home|contact)(?:[\/?#]|$)/i;
/** A table column of arXiv ids (`| arXiv |` holding `2607.14076`). */
export const RE_COL_ARXIV = /^(?:arxiv|arxiv id|arxiv no|arxiv number|arxiv #)$/;
/** A table cell that is a bare arXiv id (`| 2607.14076 |`, `| arXiv:2607.14076v2 |`). */
export const RE_ARXIV_ID_CELL = /^(?:arxiv:[ \t]{0,2})?(\d{4}\.\d{4,5})(?:v(\d{1,3}))?$/i;
/** A pipe-table row with a bare arXiv id cell (detection). */
export const RE_MD_TABLE_ARXIV_CELL = /\|[ \t]{0,8}(?:arxiv:[ \t]{0,2})?\d{4}\.\d{4,5}(?:v\d{1,3})?[ \t]{0,8}\|/i;
/** Link labels that say nothing (`Link`, `here`, `✓`): the column header labels the link instead. */
export const RE_GENERIC_LABEL = /^(?:link|links|url|here|click|click here|✓|✔|√|yes|y)$/;
/** Punctuation that never stands in an author list. */
export const RE_NOT_IN_AUTHORS = /[:?!]/;
/** A tag before a title: `[CVPR 2023]`, `(NeurIPS 2021)`, `【ICLR'22】`, `[x]`; group 1 the inside. */
export const RE_LEADING_TAG = /^[ \t]{0,4}[[(【]([^[\]()【】\n]{1,40})[\])】][ \t]{0,4}[-–—:|]?[ \t]{0,4}/;
/** A tag after a title: `[arXiv 2022]`, `(CVPR 2023)`, `【ICLR'22】` at the end; group 1 the inside. */
export const RE_TRAILING_TAG = /[ \t]{0,4}[[(【]([^[\]()【】\n]{1,40})[\])】]$/;
/** A segment that is only such a tag; group 1 the inside. */
export const RE_TAG_ONLY = /^[[(【]([^[\]()【】\n]{1,40})[\])】]$/;
/** Google Scholar's type badges before a title (`[PDF]`, `[HTML]`, `[BOOK]`, `[CITATION]`, `[B]`, `[C]`), one or two. */
export const RE_SCHOLAR_TYPE_TAG = /^(?:\[(?:PDF|HTML|BOOK|CITATION|DOC|PS|B|C)\][ \t]{0,4}){1,2}$/;
/** Right after a title link, a news source label: `(From www.host.com 2020.10.23)`, `(Source: host.com, 2024-01-02)`, `(via host.org)`. */
export const RE_CLIPPING_SOURCE = /^[ \t]{0,4}\((?:From|Source:?|via)[ \t]{1,4}(?:www\.)?[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){0,4}\.[a-z]{2,12}(?:[ \t,]{1,4}[0-9][0-9./-]{5,9})?[ \t]{0,4}\)/i;
/** A trailing ellipsis (`D Page…`, where a Scholar byline cuts its author list). */
export const RE_TRAILING_ELLIPSIS = /[ \t]{0,4}(?:…|\.\.\.)[ \t]{0,4}$/;
/** The count closing a cut author list: `等 (10 人)`, `et al. (12 authors)`, `and 8 others`. */
export const RE_AUTHOR_COUNT_TAIL = /[ \t,]{0,4}(?:等|et al\.?|and)[ \t]{0,4}[(（]?[ \t]{0,4}\d{1,4}[ \t]{0,4}(?:人|位作者|名作者|people|authors|more|others)[ \t]{0,4}[)）]?[ \t]{0,4}$/i;
/** A text ending in a lower-case function word, cut off mid-sentence by a link (`Use the [Gmail API](…)`, `Refer to this [post](…)`). */
export const RE_CUT_SENTENCE_END = /(?:^|[ \t])(?:the|this|these|that|a|an|to|your|our|see|via|using|with|from|of|for|and|or|at|on|in|by)$/;
/** A task-list box (`[ ]`, `[x]`) left as text without GFM. */
export const RE_TASK_BOX = /^[ xX]$/;
/** A title in quotes at the start: `"Title," Authors`; group 1 the title. */
export const RE_QUOTED_TITLE = /^[ \t]{0,4}["“]([^"“”\n]{3,600})["”][ \t]{0,4}[,.]?/;
/** After a bold nickname: `: "Title",`; group 1 the title. */
export const RE_NICKNAME_QUOTED = /^[ \t]{0,4}[:\-–—][ \t]{0,4}["“]([^"“”\n]{3,600})["”][ \t]{0,4}[,.]?/;
/** A whole value that is a web address (a captured page's `url:` / `Source:`). */
export const RE_PAGE_URL = /^https?:\/\/\S{1,2000}$/;
/** `by ` before an author list. */
export const RE_BY_PREFIX = /^[Bb]y[ \t]{1,4}(?=\p{Lu})/u;
/** A parenthesised tail: `(2021)`, `(CVPR 2021)`; group 1 the inside. */
export const RE_TRAILING_PAREN = /[ \t]{0,4}\(([^()\n]{2,60})\)[.,]?$/;
/** A parenthesised year or venue before the rest of a run: `(2015), G. Hinton et al.`; group 1 the inside. */
export const RE_LEADING_PAREN = /^\(([^()\n]{2,60})\)[ \t]{0,4}[,.:]?[ \t]{0,4}/;
/** An article opening a phrase (`A Challenging ...`, `The ...`): a description, not a name. */
export const RE_ARTICLE_START = /^(?:A|The)[ \t]/;
/** An initial (`E.`, `J.-P.`). */
export const RE_INITIAL = /^\p{Lu}\.(?:-?\p{Lu}\.){0,3}$/u;
/** Words of a tag in parentheses that are no surname of an author-year citation (`(Oral, 2021)`, `(Survey, 2023)`). */
export const RE_CITATION_NOT_NAME = /^(?:oral|spotlight|poster|highlight|survey|review|preprint|paper|code|dataset|benchmark|demo|workshop|tutorial|project|online|accepted|submitted|best paper|under review|in press|extended abstract|extended version|short paper|long paper|full paper)$/i;
/** A year in parentheses at the end of a title: `A neural image caption generator (2015)`; group 1 the year. */
export const RE_TITLE_YEAR_TAIL = /[ \t]{1,4}\(((?:19|20)\d{2})\)$/;
/** An opening quote of a cited title. */
export const RE_OPEN_QUOTE = /["“]/;
/** A closing quote of a cited title. */
export const RE_CLOSE_QUOTE = /["”]/;
/** Link labels of resources that are not a paper (a blog post, a video, documentation). */
export const RE_NON_PAPER_LABEL = /^(?:blog|blog ?post|post|article|news|video|youtube|talk|slides?|docs?|documentation|tweet|twitter|thread|podcast|tutorial|course|notebook|colab)$/;
/** arXiv's DOI (`10.48550/arXiv.2601.03190`); group 1 the id, group 2 the version. */
export const RE_ARXIV_DOI = /10\.48550\/arxiv\.(\d{4}\.\d{4,5})(?:v(\d{1,3}))?/i;
/** Labels of citation-file links (`[bibtex](./citations/x.txt)`): the list's own files, not resources of the paper. */
export const RE_CITATION_LABEL = /^(?:bib|bibtex|citation|cite)$/;
/** A link label naming someone's reading note on the paper (`[[note]](https://www.yuque.com/…)`): no resource of the paper. */
export const RE_NOTE_LABEL = /^(?:notes?|my notes?|reading notes?|笔记|读书笔记|阅读笔记)$/;
/** An affiliation note after a title: `Title(@DeepSeek-AI)`, `Title (@MIT etc)`. */
export const RE_AFFIL_NOTE_TAIL = /[ \t]{0,3}\(@[^()\n]{1,80}\)$/;
/** A bullet's text before a link that credits the page's tool (`This page is powered by [Tool](…)`): no paper's title. */
export const RE_CREDIT_TITLE = /\b(?:powered|generated|built|made|maintained|created|hosted|sponsored) (?:by|with|using)$/i;

/** A repository host's address (`github.com/…`, `gitlab.com/…`, `bitbucket.org/…`): a link the analysis labels code. */
export const RE_CODE_HOST_URL = /^https?:\/\/(?:www\.)?(?:github\.com|gitlab\.com|bitbucket\.org)\//i;

/** Punctuation that makes a text before a linked title a phrase or a list, no nickname (`Note, see`, `Jane Doe. Title`). */
export const RE_NICKNAME_LABEL_BREAK = /[.,;!?"“”](?:[ \t]|$)|[()[\]]/;
