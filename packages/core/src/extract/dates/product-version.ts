/**
 * A year that names a product's release, no date: "Exchange Server 2016", "Office 2021", "SharePoint Server
 * (Subscription Edition, 2019, and 2016)", "Windows Server 2016, 2019 and 2022". A report listing the versions a
 * flaw affects tells nothing of when the activity happened.
 */

/** Words a release year follows in Microsoft's and others' product names. */
const PRODUCT_WORDS =
  'Server|Office|Exchange|SharePoint|Windows|Studio|Edition|SQL|Outlook|Word|Excel|Visio';

/**
 * The end of the text before a release year: a product word, then a space, an opening parenthesis or a comma,
 * then any years listed before it ("2016, 2019 and ").
 */
const RELEASE_BEFORE = new RegExp(
  `\\b(?:${PRODUCT_WORDS})(?: \\(?|, )(?:(?:19[89]\\d|20\\d\\d)(?:, | and |, and | or |, or |/))*$`,
  'u',
);

/** How far back the product word may stand: a few listed years. */
const WINDOW = 60;

/** Whether the year starting at `start` of `text` names a product's release. */
export const releaseYear = (text: string, start: number): boolean =>
  RELEASE_BEFORE.test(text.slice(Math.max(0, start - WINDOW), start));
