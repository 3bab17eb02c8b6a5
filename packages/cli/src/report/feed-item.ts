/**
 * One new item of `vigil feed`: its text (the feed's body, or with --fetch-links the page a teaser
 * links to) read through the same stored-report path as analyze and ingest, then stored or kept as a
 * draft. An item whose page cannot be read is refused on its own, so one bad link does not hold back
 * the rest of the feed; the command leaves it new for the next run when that run may read it.
 */
import { saveReport, type Repository } from '@vigil/store';
import type { FeedItem } from '../input/feed.ts';
import { InputError, type InputErrorCode } from '../input/input-error.ts';
import { htmlReader, readDocument, type DocumentText } from '../input/read-input.ts';
import type { CommandSession } from './analysis-session.ts';
import { now } from './clock.ts';
import { saveDraft } from './drafts.ts';
import { readOptions } from './report-options.ts';
import { analyzeAgainstStore } from './run-analysis.ts';
import type { StoredMetaOptions } from './stored-report-meta.ts';

export interface FeedItemOptions extends StoredMetaOptions {
  readonly draft?: boolean;
  readonly fetchLinks?: boolean;
}

export type FeedItemOutcome =
  | { readonly kind: 'stored' | 'draft'; readonly reportId: string }
  | { readonly kind: 'empty' }
  | { readonly kind: 'refused'; readonly error: InputError; readonly retry: boolean };

/**
 * Why a page could not be read that a later run may not share: the analyst can allow the host or raise
 * --max-bytes, the server can come back. Binary data or a scanned PDF stays what it is: not retried.
 */
const RETRYABLE: ReadonlySet<InputErrorCode> = new Set([
  'fetch_failed',
  'forbidden_address',
  'too_large',
  'unreadable',
]);

/** Items whose feed body is this short are teasers: with --fetch-links the linked page is read instead. */
const TEASER_CHARS = 600;

async function itemText(item: FeedItem, options: FeedItemOptions): Promise<DocumentText> {
  // Feed bodies are HTML fragments: give them a document to live in.
  const { htmlToText } = await htmlReader();
  const body = htmlToText(`<!doctype html><html><body>${item.content}</body></html>`);
  if (options.fetchLinks && item.link && body.text.length < TEASER_CHARS) {
    return readDocument(item.link, readOptions(options));
  }
  return {
    text: body.text,
    format: 'html',
    notes: body.notes ?? [],
    title: item.title,
    ...(item.link ? { url: item.link } : {}),
    ...(item.published ? { published: item.published } : {}),
  };
}

/**
 * The feed names who published the item the way a page's site name does: a default for a new report,
 * not the analyst's --source, so a report the store already holds keeps the source it was given.
 */
async function itemDocument(
  item: FeedItem,
  feedTitle: string,
  options: FeedItemOptions,
): Promise<DocumentText> {
  const document = await itemText(item, options);
  return feedTitle ? { ...document, siteName: feedTitle } : document;
}

export async function readFeedItem(
  repo: Repository,
  sessions: CommandSession,
  item: FeedItem,
  feedTitle: string,
  options: FeedItemOptions,
): Promise<FeedItemOutcome> {
  let document: DocumentText;
  try {
    document = await itemDocument(item, feedTitle, options);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    // An empty page is an empty item, as an empty feed body is.
    if (error.code === 'empty') return { kind: 'empty' };
    return { kind: 'refused', error, retry: RETRYABLE.has(error.code) };
  }
  if (document.text.trim().length === 0) return { kind: 'empty' };
  const doc = await analyzeAgainstStore(repo, await sessions.current(), document, options, now());
  if (options.draft) {
    await saveDraft(repo, doc, now());
    return { kind: 'draft', reportId: doc.stix.report.id };
  }
  const saved = await saveReport(repo, {
    report: doc.stix.report,
    objects: doc.stix.objects,
    text: doc.analysis.text,
    now: now(),
  });
  sessions.wrote(saved.entities);
  return { kind: 'stored', reportId: doc.stix.report.id };
}
