/** `vigil feed <url|file>`: read an RSS/Atom feed; every item not seen before becomes a stored report. */
import type { Command } from 'commander';
import { saveReport } from '@vigil/store';
import { parseFeed, type FeedItem } from '../input/feed.ts';
import { htmlToText } from '../input/html-to-text.ts';
import { readDocument, readRaw, type DocumentText } from '../input/read-input.ts';
import { openAnalysisSession } from '../report/analysis-session.ts';
import { now } from '../report/clock.ts';
import { saveDraft } from '../report/drafts.ts';
import { analyzeAgainstStore } from '../report/run-analysis.ts';
import { addReportOptions, readOptions, type ReportCliOptions } from '../report/report-options.ts';
import { withStore } from '../store-context.ts';

interface FeedOptions extends ReportCliOptions {
  readonly draft?: boolean;
  readonly fetchLinks?: boolean;
  readonly dryRun?: boolean;
}

/** Items whose feed body is this short are teasers: with --fetch-links the linked page is read instead. */
const TEASER_CHARS = 600;

async function itemDocument(item: FeedItem, options: FeedOptions): Promise<DocumentText> {
  // Feed bodies are HTML fragments: give them a document to live in.
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

export function registerFeed(program: Command): void {
  addReportOptions(
    program
      .command('feed')
      .description(
        'read an RSS or Atom feed and store each new item as a report (remembers what it has seen)',
      )
      .argument('<source>', 'feed URL or file'),
  )
    .option('--draft', 'keep new items as drafts to review')
    .option('--fetch-links', "read the item's web page when the feed carries only a teaser")
    .option('--dry-run', 'list the new items without storing anything')
    .action(async (source: string, options: FeedOptions, command: Command) => {
      const raw = await readRaw(source, readOptions(options));
      const feed = parseFeed(new TextDecoder().decode(raw.bytes));
      const feedKey = raw.url ?? source;
      await withStore(command, async (repo) => {
        const seen = await repo.feedSeen.seen(
          feedKey,
          feed.items.map((i) => i.key),
        );
        const fresh = feed.items.filter((i) => !seen.has(i.key));
        process.stderr.write(
          `${feed.title || feedKey}: ${feed.items.length} items, ${fresh.length} new\n`,
        );
        if (fresh.length === 0 || options.dryRun) {
          for (const item of fresh) process.stdout.write(`new  ${item.title}\n`);
          return;
        }
        const session = await openAnalysisSession(repo);
        for (const item of fresh) {
          const document = await itemDocument(item, options);
          if (document.text.trim().length === 0) {
            process.stderr.write(`skipped (empty): ${item.title}\n`);
          } else {
            const doc = await analyzeAgainstStore(
              repo,
              session,
              document,
              { ...options, source: options.source ?? (feed.title || undefined) },
              now(),
            );
            if (options.draft) await saveDraft(repo, doc, now());
            else
              await saveReport(repo, {
                report: doc.stix.report,
                objects: doc.stix.objects,
                text: doc.analysis.text,
                now: now(),
              });
            process.stdout.write(`${doc.stix.report.id}  ${item.title}\n`);
          }
          // Marked one by one: a failure later in the feed does not lose the items already stored.
          await repo.feedSeen.markSeen(feedKey, [item.key], now());
        }
      });
    });
}
