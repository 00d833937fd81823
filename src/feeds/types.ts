/**
 * The contract between feed readers and the pipeline. A reader turns raw text
 * into raw entries (structure only); `analyzePaper` does the per-paper work.
 */
import type { Diagnostic, LinkOrigin, PaperDate, Paper } from '../schema/paper.js';

/** A resource link an entry lists outside its prose (a markdown link, an XML `<link>`, a JSON field). */
export interface EntryLink {
  url: string;
  /** The link's label as written (`pdf`, `code`, `GitHub 131`, `arXiv Page`). */
  label?: string;
  origin: LinkOrigin;
  /** Offsets of the address in the raw input, where known. */
  start?: number;
  end?: number;
}

/** One entry as a reader found it: normalised text fields plus where it stood. */
export interface RawEntry {
  /** Title without markup, wrapped lines joined with single spaces. */
  title: string;
  abstract?: string;
  summary?: string;
  authors?: string[];
  affiliations?: string[];
  date?: PaperDate;
  dates?: Paper['dates'];
  arxivId?: string;
  arxivVersion?: number;
  doi?: string;
  categories?: string[];
  comments?: string;
  journalRef?: string;
  /** Venue text the format shows outside comments (`*ICCV 2015*`, a table's venue column). */
  venueText?: string;
  announceType?: Paper['announceType'];
  /** Headings the entry sits under, outermost first (markdown lists). */
  sections?: string[];
  /** Names the format itself says are datasets (a dataset list's bold entry name `**SUES‑200**`), as written. */
  datasetNames?: string[];
  /** Resource links the entry lists outside its title and abstract. */
  links: EntryLink[];
  /** Offsets of the entry in the raw input. */
  start: number;
  end: number;
  /** The entry was cut (end of a truncated capture). */
  truncated?: boolean;
}

export interface ReaderContext {
  /** Adds a diagnostic; line and column are computed from `start`. */
  diagnose(code: Diagnostic['code'], message: string, start: number, end: number, severity?: Diagnostic['severity']): void;
}

export interface ReaderResult {
  entries: RawEntry[];
  /** The number of entries the feed says it has, where it says so. */
  announced?: number;
  /** The capture looks cut. */
  truncated?: boolean;
}

/**
 * A feed reader. `detect` returns a confidence in 0..1 that the text is in this
 * format; `read` never throws on any string.
 */
export interface FeedReader {
  /** The format name, as reported in `FeedResult.format`. */
  readonly name: string;
  /**
   * The highest confidence `detect` ever returns (default 1). `detectFormat` does not ask
   * a reader whose maximum cannot beat the best answer so far (until the full
   * `candidates` list is read).
   */
  readonly maxConfidence?: number;
  detect(text: string): number;
  read(text: string, ctx: ReaderContext): ReaderResult;
}
