/** `vigil feed <url|file>`: read an RSS/Atom feed; every item not seen before becomes a stored report. */
import { realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { Command } from 'commander';
import { EXIT_ERROR } from '../exit-codes.ts';
import { readRaw } from '../input/read-input.ts';
import { commandSession } from '../report/analysis-session.ts';
import { now } from '../report/clock.ts';
import type { FeedItem } from '../input/feed.ts';
import { readFeedItem, type FeedItemOptions } from '../report/feed-item.ts';
import { addReportOptions, readOptions } from '../report/report-options.ts';
import { addDowngradeTlpOption } from '../report/stored-report-meta.ts';
import { withStore } from '../store-context.ts';

interface FeedOptions extends FeedItemOptions {
  readonly dryRun?: boolean;
  readonly json?: boolean;
}

/** What one run did with each new item, for `--json`. */
type ItemOutcome = { readonly title: string; readonly link?: string } & (
  | { readonly outcome: 'new' | 'empty' }
  | { readonly outcome: 'stored'; readonly report: string }
  | { readonly outcome: 'refused'; readonly error: string; readonly retry: boolean }
);

/**
 * What a feed's seen items are remembered under: its URL (after redirects), a file's real path as a
 * `file:` URL (`feed.xml`, `./feed.xml` and its absolute path are one feed), or `stdin`.
 */
function feedKeyOf(source: string, url: string | undefined): string {
  if (url) return url;
  if (source === '-') return 'stdin';
  return pathToFileURL(realpathSync(source)).href;
}

export function registerFeed(program: Command): void {
  addDowngradeTlpOption(
    addReportOptions(
      program
        .command('feed')
        .description(
          'read an RSS or Atom feed and store each new item as a report (remembers what it has seen); an item whose page cannot be read is reported and the rest read (exit 2 at the end); it stays new when a later run may read it (host not allowed, server down)',
        )
        .argument('<source>', 'feed URL or file'),
    ),
  )
    .option('--draft', 'keep new items as drafts to review')
    .option('--fetch-links', "read the item's web page when the feed carries only a teaser")
    .option('--dry-run', 'list the new items without storing anything')
    .option(
      '--json',
      'one JSON document: the feed, its item counts and what became of each new item',
    )
    .action(async (source: string, options: FeedOptions, command: Command) => {
      const raw = await readRaw(source, readOptions(options));
      // Loaded here, not at start: its XML parser is no cost for the commands that read no feed.
      const { decodeFeed, parseFeed } = await import('../input/feed.ts');
      const feed = parseFeed(decodeFeed(raw.bytes));
      const feedKey = feedKeyOf(source, raw.url);
      await withStore(command, async (repo) => {
        const seen = await repo.feedSeen.seen(
          feedKey,
          feed.items.map((i) => i.key),
        );
        const fresh = feed.items.filter((i) => !seen.has(i.key));
        process.stderr.write(
          `${feed.title || source}: ${feed.items.length} items, ${fresh.length} new\n`,
        );
        const done: ItemOutcome[] = [];
        const report = () => {
          if (!options.json) return;
          const summary = {
            feed: feed.title || source,
            items: feed.items.length,
            new: fresh.length,
          };
          process.stdout.write(`${JSON.stringify({ ...summary, outcomes: done })}\n`);
        };
        const about = (item: FeedItem) => ({
          title: item.title,
          ...(item.link ? { link: item.link } : {}),
        });
        if (fresh.length === 0 || options.dryRun) {
          for (const item of fresh) {
            done.push({ ...about(item), outcome: 'new' });
            if (!options.json) process.stdout.write(`new  ${item.title}\n`);
          }
          return report();
        }
        const sessions = commandSession(repo);
        let refused = 0;
        for (const item of fresh) {
          const outcome = await readFeedItem(repo, sessions, item, feed.title, options);
          if (outcome.kind === 'refused') {
            const then = outcome.retry ? 'stays new for the next run' : 'not retried';
            process.stderr.write(`vigil feed: ${item.title}: ${outcome.error.message} (${then})\n`);
            done.push({
              ...about(item),
              outcome: 'refused',
              error: outcome.error.message,
              retry: outcome.retry,
            });
            refused++;
            // Left unseen: once the analyst fixes the cause (e.g. --allow-host), the next run reads it.
            if (outcome.retry) continue;
          } else if (outcome.kind === 'empty') {
            process.stderr.write(`skipped (empty): ${item.title}\n`);
            done.push({ ...about(item), outcome: 'empty' });
          } else {
            done.push({ ...about(item), outcome: 'stored', report: outcome.reportId });
            if (!options.json) process.stdout.write(`${outcome.reportId}  ${item.title}\n`);
          }
          // Marked one by one: a failure later in the feed does not lose the items already stored.
          await repo.feedSeen.markSeen(feedKey, [item.key], now());
        }
        report();
        if (refused > 0) {
          process.stderr.write(`${refused} item(s) not read\n`);
          process.exitCode = EXIT_ERROR;
        }
      });
    });
}
