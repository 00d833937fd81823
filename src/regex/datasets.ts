/**
 * Regexes for dataset names. Each is anchored at one end and made of bounded repeats
 * over literal alternations, so none backtracks super-linearly; the extractor applies
 * them to short slices (at most a few dozen characters) next to a name it already found.
 */

/**
 * A variant written right after a dataset name, with its separator: a year (`-2017`,
 * ` 2015`), a size (`-1K`, `-22K`, ` 5K`, `-10M`, `-1K/22K`), a resolution (` 64x64`,
 * `-64×64`, ` 64times 64`, ` 256px`) or a version (` v2`, `-V2.0`, glued `v3`). Group 1 is the
 * variant without the separator. Anchored at the start of the slice.
 */
export const RE_DS_VARIANT_AFTER =
  /^(?:[ \u00a0]?[-_‐‑–][ \u00a0]?|[ \u00a0]|\/(?=[0-9]{1,4}[kKmMbB])|(?=[0-9]|[vV][0-9]))((?:19|20)[0-9]{2}(?![0-9])|[0-9]{1,4} ?(?:x|×|\\?times) ?[0-9]{1,4}|[0-9]{2,4}px|[0-9]{1,4}(?:\.[0-9])?[kKmMbB](?:\/[0-9]{1,4}[kKmMbB]){0,2}|[vV][0-9]{1,2}(?:\.[0-9]{1,2})?)(?![\p{L}\p{N}])/u;

/**
 * A plain number glued to a name or joined by a hyphen (`PoseTrack21`, `Kinetics-400`):
 * a variant only in that position, never after a space. Group 1 is the number.
 */
export const RE_DS_VARIANT_NUMBER = /^(?:[-‐‑–]|(?=[0-9]))([0-9]{1,4})(?![\p{L}\p{N}]|\.[0-9])/u;

/**
 * A split or protocol written before a dataset name: `Split-`, `10-Split-`, `Split `,
 * `Permuted `, `Rotated `, `Sequential `, `Seq-`. Anchored at the end of the slice
 * (the slice ends where the name starts). Group 1 is the variant without the separator.
 */
export const RE_DS_VARIANT_BEFORE =
  /(?:^|[^\p{L}\p{N}])((?:[0-9]{1,3}[-‐‑– ])?(?:[Ss]plit|SPLIT|[Pp]ermuted|[Rr]otated|[Ss]equential|[Ss]eq|[Ii]ncremental))[-‐‑– ]$/u;

/** A model-size suffix (`7B`, `0.6B`, `175B`, `125M`): a name ending in one is a model, not a dataset. */
export const RE_DS_MODEL_SIZE = /^[0-9]{1,4}(?:\.[0-9]{1,2})?[BbMm]$/;

/** A year standing alone (`2023`) or a short year after an apostrophe (`'23`). */
export const RE_DS_YEAR = /^(?:(?:19|20)[0-9]{2}|['’][0-9]{2})$/;

/** A version or edition number written as a word of a name: `2`, `v2`, `V2.0`, `2.0`, `III`. */
export const RE_DS_VERSION_WORD = /^(?:[vV]?[0-9]{1,2}(?:\.[0-9]{1,2})?|I{1,3}|IV|VI{0,3})$/;

/** A number or number word counting things (`two`, `12`, `several`): before a name it makes the phrase generic. */
export const RE_DS_QUANTITY =
  /^(?:[0-9][0-9,.]{0,12}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|several|various|multiple|many|numerous|some|few|other|different|diverse|additional|more|all|these|those|such|each|most)$/i;

/** A size subset after a hyphen: `-Tiny`, `-Small`, `-Mini`, `-Large`, `-Full`, `-Lite`. Group 1 is the word. */
export const RE_DS_SIZE_SUFFIX = /^[-‐‑]((?:Tiny|Small|Mini|Large|Full|Lite|tiny|small|mini|large|full|lite))(?![\p{L}\p{N}]|[-‐‑][\p{L}\p{N}])/u;

/**
 * A hyphenated suffix that names a split of any benchmark rather than a dataset of its own:
 * a difficulty (`MATH-Hard`, `-Easy`, `-Medium`), a length (`LIBERO-Long`, `-Short`) or the
 * language of a bilingual benchmark (`MMBench-CN`, `-EN`, `-ZH`). Tested on the suffix alone.
 */
export const RE_DS_SPLIT_SUFFIX = /^(?:Easy|Medium|Hard|Long|Short|CN|EN|ZH)$/;

/** Two capitalised names joined by one slash (`DREAMS/PAFE`, `MUVIM/Le2i`): tested on a whole name found from context. */
export const RE_DS_SLASH_PAIR = /^[A-Z][A-Za-z0-9-]{1,30}\/[A-Z][A-Za-z0-9-]{1,30}$/;

/**
 * A named subset written after a benchmark with a space: `SWE-bench Verified`, `GPQA Diamond`,
 * `SWE-bench Lite`. Capitalised words only. Group 1 is the word.
 */
export const RE_DS_SUBSET_AFTER = /^[ \u00a0]((?:Verified|Lite|Diamond|Hard|Extended|Multimodal|Mini))(?![\p{L}\p{N}]|[-‐‑][\p{L}\p{N}])/u;

/** A word for the cheap candidate scan: a letter or digit, then up to 40 letters, digits, apostrophes or hyphens. Global. */
export const RE_DS_WORD = /[\p{L}\p{N}][\p{L}\p{N}'’\-‐‑–]{0,40}/gu;

/** `On X and Y, ...` at a sentence start, or `experiments on`, `results across`. */
export const RE_DS_RESULTS_ON = /^\s{0,3}(?:On|Across) [^,]{2,80},|\b(?:[Ee]xperiments|[Rr]esults|[Ee]valuations?|[Tt]ests) (?:on|across) /;

/** After a listed name: a list goes on (`, `, ` and`, ` or`, `&`, `/`). Anchored at the start of a short slice. */
export const RE_DS_LIST_AFTER = /^\)?\s?(?:,|and\b|or\b|&|\/)/;

/** Before a listed name: a list was going on. Anchored at the end of a short slice. */
export const RE_DS_LIST_BEFORE = /(?:,|\band|\bor|&|\/|\()\s?$/;

// Small tests used by the dataset extractors (`src/extract/datasets*.ts`).



/** One white-space character. */
export const RE_DS_SPACE_CHAR = /\s/;

/** A small Roman numeral written alone (`II`, `IV`). */
export const RE_DS_ROMAN = /^I{1,3}$|^IV$|^VI*$/;

/** Letters next to digits (`CIFAR10`, `CIFAR-10`, `3DPW`). */
export const RE_DS_LETTER_DIGIT = /[A-Za-z][0-9]|[0-9][A-Za-z]|[A-Za-z][-‐‑–][0-9]/;

/** A lower-case code name with digits (`ds000030`, `enwik8`, `ogbl-wikikg2`): two letters, then letters, digits, hyphens (the caller checks for a digit). */
export const RE_DS_LOWER_CODE = /^[a-z]{2}[a-z0-9-]{0,40}$/;

/** Capitalised words joined by hyphens (`Office-Home`, `Real-World`). */
export const RE_DS_HYPHEN_TITLE = /^(?:[A-Z][a-z'’]+-)+[A-Z][a-z'’]+$/;

/** An edition number after a name (`2`, `v2`, `2.0`). */
export const RE_DS_EDITION = /^[vV]?[0-9]{1,2}(?:\.[0-9])?$/;

/** A version part of a model name (`50`, `4o`, `v2`, `3.5`). */
export const RE_DS_VERSION_PART = /^[0-9v.]+[a-z]{0,2}$/i;

/** A model size or flavour word (`base`, `large`, `instruct`). */
export const RE_DS_MODEL_SIZE_WORD = /^(?:base|large|small|tiny|xl|xxl|mini|pro|turbo|instruct|chat)$/i;

/** Digits only. */
export const RE_DS_DIGITS = /^[0-9]+$/;

/** A part or split of a dataset written alone (`Part_A`, `Part\\_B`, `Subset 2`, `Fold 3`): not a name of its own. */
export const RE_DS_PART_NAME = /^(?:[Pp]art|PART|[Ss]ubset|[Ss]plit|[Ff]old)(?:[ \\_-]{1,3}[A-Za-z0-9]{1,3})?$/;

/** A plural acronym (`NPs`, `GNNs`, `LLMs`). */
export const RE_DS_PLURAL_ACRONYM = /^[A-Z]{2,}s$/;

/** A run of white space. */
export const RE_DS_SPACES = /\s+/;

/** Endings of model names (`FlowFormer`, `StyleGAN`, `SciBERT`, `WebGPT`). */
export const RE_DS_MODEL_SUFFIX = /(?:Former|former|GAN|GPT|BERT|Diffusion|Mamba|LLM|LM|Agent|Bot|bot)$/;

/** Endings of benchmark names (`MGTBench`, `HotpotQA`, `HumanEval`, `BookCorpus`). */
export const RE_DS_BENCH_SHAPE = /(?:[Bb]ench|BENCH|QA|Eval|Corpus|Arena)$/;

/** A hyphen or underscore at the end. */
export const RE_DS_TRAILING_JOIN = /[-‐‑–_]$/;

/** A hyphen at the end. */
export const RE_DS_TRAILING_HYPHEN = /[-‐‑–]$/;

/** A lower-case ASCII letter anywhere. */
export const RE_DS_HAS_LOWER = /[a-z]/;

/** An ASCII letter anywhere. */
export const RE_DS_HAS_LETTER = /[A-Za-z]/;

/** A capital ASCII letter anywhere. */
export const RE_DS_HAS_UPPER = /[A-Z]/;

/** Punctuation after a word that is a comma (after a closing parenthesis, maybe). */
export const RE_DS_COMMA_POST = /^\)?,\s*$/;

/** Punctuation that ends a list: `.`, `;`, `:`, `)`. */
export const RE_DS_CLAUSE_PUNCT = /[.;:)]/;

/** Ends with a comma. */
export const RE_DS_ENDS_COMMA = /,\s*$/;

/** Ends with sentence punctuation. */
export const RE_DS_ENDS_SENTENCE = /[.;:!?]\s*$/;

/** A comma, dot, semicolon or colon. */
export const RE_DS_PUNCT = /[,.;:]/;

/** A comma, dot, semicolon, colon or closing parenthesis. */
export const RE_DS_PUNCT_PAREN = /[,.;:)]/;

/** Characters other than lower-case letters and digits (global, for replace). */
export const RE_DS_NON_ALNUM_G = /[^a-z0-9]/g;

/** Any character but an ASCII letter or digit (global, for `replace`). */
export const RE_DS_NON_ALNUM_ASCII_G = /[^A-Za-z0-9]/g;

/** Endings of adjectives and nouns of action (`clinical`, `public`, `annotated`, `detection`). */
export const RE_DS_ADJ_SUFFIX = /(?:al|ic|ive|ed|ing|ion)$/;

/** A lower-case word of three letters or more. */
export const RE_DS_LOWER_WORD = /^[a-z]{3,}$/;

/** A closing parenthesis. */
export const RE_DS_CLOSE_PAREN = /\)/;

/** A closing parenthesis first. */
export const RE_DS_LEADING_CLOSE_PAREN = /^\)/;

/** A comma and white space (a stray space before the comma allowed: `SRUTI ,a benchmark`). */
export const RE_DS_COMMA_ONLY = /^\s*,\s*$/;

/** A release number of three or four digits (`Dolmino Mix 1124`). */
export const RE_DS_RELEASE_NUMBER = /^[0-9]{3,4}$/;

/** An abbreviation in parentheses: a capital, then up to nine letters, digits or hyphens (`IFS`, `DPO`). */
export const RE_DS_PAREN_ABBR = /^[A-Z][A-Za-z0-9-]{1,9}$/;

/** A Chinese character (CJK unified ideographs). */
export const RE_DS_CJK = /[\u4e00-\u9fff]/;

/** A word that names a dataset or benchmark anywhere in a text (`benchmark`, `corpora`, `test set`). */
export const RE_DS_DATASET_WORD = /\b(?:datasets?|benchmarks?|corpus|corpora|databases?|test ?sets?|testbeds?|suites?|leaderboards?)\b/i;

/** A colon and white space. */
export const RE_DS_COLON_ONLY = /^:\s*$/;
/** Endings of English derived words (lower case): a title head `Robustness:` is a word, not a coined name. */
export const RE_DS_COMMON_NOUN_END = /(?:ness|tion|sion|ment|ity|ance|ence|ism|ics|ogy|ship|ing|ed|ly|ive|al|ous|ful|less|able|ible|ure|ist|ize|ise|ery|ory|er|ers|ies|ions)$/;
/** A year and a colon right after a title's opening name (` 2025:`). */
export const RE_DS_YEAR_COLON = /^ (?:19|20)\d\d:/;
/** An all-capitals acronym of three to ten letters (`WINDSET`), a title's name before its colon. */
export const RE_DS_ACRONYM_WORD = /^[A-Z]{3,10}$/;

/** Any of `.;:,`. */
export const RE_DS_PUNCT_ANY = /[.;:,]/;

/** Ends with `,`, `.` or `;`. */
export const RE_DS_ENDS_CLAUSE = /[,.;]\s*$/;

/** Words that go on the clause after a name (`trained on X and ...`, `X with ...`). */
export const RE_DS_CLAUSE_WORD = /^(?:and|or|with|using|to|for|in|at|by|from|under|via|while|without)$/;


/** An article or `our` leading a name. */
export const RE_DS_ARTICLE = /^(?:the|The|our|Our)$/;

/** A four-digit year. */
export const RE_DS_YEAR4 = /^(?:19|20)[0-9]{2}$/;

/** Words before an event head (`Shared Task`, `Prediction Task`). */
export const RE_DS_EVENT_MODIFIER = /^(?:shared|prediction)$/i;

/** Trailing words of an event name. */
export const RE_DS_EVENT_TAIL = /^(?:Task|Track|Shared)$/;

/** A capitalised dataset head word at the end of a name. */
export const RE_DS_HEAD_WORD = /^(?:Dataset|Datasets|Benchmark|Benchmarks|Corpus)$/;

/** White space and hyphens between words. */
export const RE_DS_WORD_SPLIT = /[\s-]+/;

/** A digit anywhere. */
export const RE_DS_HAS_DIGIT = /[0-9]/;

/** A digit first. */
export const RE_DS_DIGIT_START = /^[0-9]/;

/** Separators between the parts of a name. */
export const RE_DS_NAME_PARTS = /[\s\-_/]+/;

/** Sentence or clause punctuation: `.`, `;`, `:`. */
export const RE_DS_PUNCT_STOP = /[.;:]/;

/** The word after a name, past quotes and a parenthesis. Group 1. Anchored at the start of a short slice. */
export const RE_DS_WORD_AFTER = /^[\s"”’)]{0,3}([A-Za-z][A-Za-z-]{0,20})/;

/** The word before a name, past an article. Group 1. Anchored at the end of a short slice. */
export const RE_DS_WORD_BEFORE = /([A-Za-z][A-Za-z-]{0,20})[\s,("“]{1,3}(?:the\s|a\s|an\s|our\s)?$/;

/** After a name: a suffix that makes it an adjective (`-scale`, `-style`, `-like`, `-sized`, `-type`). Anchored. */
export const RE_DS_ADJECTIVAL = /^[-‐‑](?:scale|style|like|sized|size|type|esque|level)(?![\p{L}\p{N}])/u;

/** A word made an adjective by a hyphenated ending (`Crawl-scale`, `COCO-style`, `Transformer-based`). Anchored at the end. */
export const RE_DS_ADJ_HYPHEN = /[-‐‑](?:scale|style|like|based|level|sized|size|type|aware|driven|guided|specific|free|only|wise|oriented|centric|inspired|trained|pretrained|derived)$/;

/** After a listed name: an edition number (` 2`, ` v2`). Anchored at the start of a short slice. */
export const RE_DS_EDITION_AFTER = /^ [vV]?[0-9](?![0-9])/;

/** A venue with a short year glued to it: `CVPR'23`, `ICCV’21`. Group 1 is the venue. */
export const RE_DS_VENUE_YEAR = /^([A-Za-z][A-Za-z-]{1,15})['’][0-9]{2}$/;

/** A short year glued to the end of a word (`'23`). */
export const RE_DS_SHORT_YEAR_TAIL = /['’][0-9]{2}$/;

/**
 * A web address, which is masked before matching (a name inside an address is not a
 * mention): a scheme or `www.`, or a code or paper host, then the non-space run. Global.
 */
export const RE_DS_URL =
  /(?:https?:\/\/|www\.)[^\s<>"'(){}[\]]{1,2048}|\b(?:github\.com|gitlab\.com|huggingface\.co|bitbucket\.org|arxiv\.org|doi\.org|zenodo\.org|kaggle\.com)\/[^\s<>"'(){}[\]]{0,2048}/gi;

/** After a listed name: an appositive that describes it (`: a ...`, `, an ...`). Anchored at the start of a short slice. */
export const RE_DS_APPOSITIVE_OPEN = /^[ \t]{0,3}[:,][ \t\n]{1,3}(?:a|an)[ \t\n]/i;

/**
 * A character that may make a word look like a name in the candidate scan: an ASCII capital,
 * a digit or any non-ASCII character. Global, run from a lastIndex (one native scan of a region).
 */
export const RE_DS_NAMEISH_CHAR = /[A-Z0-9\u0080-\uffff]/g;
