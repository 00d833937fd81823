/** Regexes for dates as feeds write them. Each is anchored or bounded; none backtracks super-linearly. */
/** `2023-06-08`, `2023-06-08T18:04:13Z`, `2023-06-08T18:04:13.123+02:00` */
export const RE_ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?\s?(Z|[+-]\d{2}:?\d{2}|GMT|UTC)?)?$/;
/** `Thu, 8 Jun 2023 18:04:13 GMT`, `8 Jun 2023`, `Thu  8 Jun 23 18:00:00 GMT` */
export const RE_DAY_MONTH_YEAR = /^(?:[A-Za-z]{3},?\s{1,3})?(\d{1,2})\s{1,3}([A-Za-z]{3,9})\.?,?\s{1,3}(\d{4}|\d{2})(?:\s{1,3}(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s{1,3}([A-Z]{1,5}|[+-]\d{4}))?)?$/;
/** `Mar 13`, `May 29, 2025`, `June 9 2023`, `Sep. 9` */
export const RE_MONTH_DAY_YEAR = /^([A-Za-z]{3,9})\.?\s{1,3}(\d{1,2})(?:st|nd|rd|th)?(?:,?\s{1,3}(\d{4}))?$/;
