/**
 * `vigil brief <report-id|actor|campaign|file|url>`: the briefing a director reads and the plan the
 * response team acts on, in Markdown (default), HTML, JSON, STIX or an ATT&CK Navigator layer.
 */
import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import {
  composeBriefing,
  renderHtml,
  renderJson,
  renderMarkdown,
  renderNavigatorLayer,
  renderStixBundle,
  type Briefing,
  type StixObject,
} from '@vigil/core';
import { saveAndRenderFeed } from '../brief/briefing-feed.ts';
import { gatherBriefingInput } from '../brief/gather-input.ts';
import { profileFor } from '../brief/profile-file.ts';
import { now } from '../report/clock.ts';
import { storedClosure } from '../report/stored-closure.ts';
import { addReportOptions, OptionError, type ReportCliOptions } from '../report/report-options.ts';
import { withStore } from '../store-context.ts';

const FORMATS = ['markdown', 'html', 'json', 'stix', 'navigator'] as const;
type Format = (typeof FORMATS)[number];

interface BriefOptions extends ReportCliOptions {
  readonly format: string;
  readonly profile?: string;
  readonly out?: string;
  readonly feed?: string;
}

/**
 * `related`: stored objects a STIX briefing carries so its references to its subject resolve (see
 * renderStixBundle); the other formats do not use them.
 */
export function renderBriefing(
  briefing: Briefing,
  format: Format,
  related: readonly StixObject[] = [],
): string {
  switch (format) {
    case 'markdown':
      return renderMarkdown(briefing);
    case 'html':
      return renderHtml(briefing);
    case 'json':
      return renderJson(briefing);
    case 'stix':
      return `${JSON.stringify(renderStixBundle(briefing, related), null, 2)}\n`;
    case 'navigator':
      return `${JSON.stringify(renderNavigatorLayer(briefing), null, 2)}\n`;
  }
}

export function registerBrief(program: Command): void {
  const command = program
    .command('brief')
    .description(
      'write a briefing and response plan for a stored report, a file or URL, or an actor/campaign',
    )
    .argument('<target>', 'report id (report--…), file path, http(s) URL, or actor/campaign name')
    .option('--format <format>', `output format: ${FORMATS.join(', ')}`, 'markdown')
    .option(
      '--profile <file>',
      'organization profile (JSON); default $VIGIL_HOME/profile.json when present',
    )
    .option('--out <file>', 'write the briefing to this file instead of standard output')
    .option(
      '--feed <file>',
      'also keep the briefing and rewrite this Atom feed of all kept briefings',
    );
  addReportOptions(command).action(async (target: string, options: BriefOptions, cmd: Command) => {
    const format = options.format.toLowerCase() as Format;
    if (!FORMATS.includes(format))
      throw new OptionError(`--format must be one of ${FORMATS.join(', ')}, not ${options.format}`);
    const profile = profileFor(options.profile);
    const generatedAt = now();
    const { briefing, related } = await withStore(cmd, async (repo) => {
      const { input, notes } = await gatherBriefingInput(repo, target, {
        now: generatedAt,
        ...(profile ? { profile } : {}),
        report: options,
      });
      for (const note of notes) process.stderr.write(`vigil brief: ${note}\n`);
      const composed = composeBriefing(input);
      const subject = [composed.subject.id, composed.background.content?.id];
      return {
        briefing: composed,
        related:
          format === 'stix'
            ? await storedClosure(
                repo,
                subject.filter((id): id is string => id !== undefined),
              )
            : [],
      };
    });
    const text = renderBriefing(briefing, format, related);
    if (options.out) writeFileSync(options.out, text);
    else process.stdout.write(text);
    if (options.feed) {
      const count = saveAndRenderFeed(briefing, options.feed, generatedAt);
      process.stderr.write(`vigil brief: feed ${options.feed} has ${count} briefing(s)\n`);
    }
  });
}
