/**
 * Issue 3, markings of what two reports share: an indicator has one id however many reports name its
 * domain, so an unmarked report naming the domain of an AMBER one derives the same indicator. The
 * stored AMBER marking stays (ARCHITECTURE.md rule 6: never lowered by omission, nor by a lower --tlp,
 * unless --downgrade-tlp), and `export --max-tlp clear` does not hand the indicator out.
 */
import { describe, expect, it } from 'vitest';
import type { StixObject } from '@vigil/core';
import { openRepository } from '@vigil/store';
import { scratch, type Scratch } from './scratch.ts';

const TLP_AMBER = 'marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421';
const DOMAIN = 'login-portal.fakebank-support.org';
const PATTERN = `[domain-name:value = '${DOMAIN}']`;

const ISAC_ALERT = `Member alert: phishing against bank customers\n\nA phishing wave sent bank customers to login-portal[.]fakebank-support[.]org. The kit harvested one-time codes.`;
const PUBLIC_BLOG = `Weekly roundup\n\nThis week login-portal[.]fakebank-support[.]org showed up in phishing mail again, alongside the usual parcel scams.`;

async function indicator(ws: Scratch): Promise<StixObject | undefined> {
  const repo = await openRepository(ws.db);
  try {
    const items = (await repo.query({ types: ['indicator'], limit: 100 })).items;
    return items.find((i) => i.pattern === PATTERN);
  } finally {
    await repo.close();
  }
}

async function sharedAtClear(ws: Scratch): Promise<string> {
  return (await ws.vigil(['export', '--max-tlp', 'clear'])).stdout;
}

describe('an object two reports derive, one AMBER and one not', () => {
  it('keeps the AMBER marking when the other report leaves --tlp out or gives a lower one', async () => {
    const ws = scratch('shared-marking');
    const alert = await ws.vigil(['ingest', ws.file('alert.txt', ISAC_ALERT), '--tlp', 'amber']);
    expect(alert.code, alert.stderr).toBe(0);
    expect((await indicator(ws))?.object_marking_refs).toEqual([TLP_AMBER]);

    const blog = ws.file('blog.txt', PUBLIC_BLOG);
    for (const tlp of [[], ['--tlp', 'clear']]) {
      const run = await ws.vigil(['ingest', blog, ...tlp]);
      expect(run.code, run.stderr).toBe(0);
      expect((await indicator(ws))?.object_marking_refs).toEqual([TLP_AMBER]);
      expect(await sharedAtClear(ws)).not.toContain(DOMAIN);
    }
    // The public report itself is shared; what it derived from the AMBER one is not.
    expect(await sharedAtClear(ws)).toContain('Weekly roundup');
  });

  it('lowers it when --downgrade-tlp says the analyst means it', async () => {
    const ws = scratch('shared-downgrade');
    expect(
      (await ws.vigil(['ingest', ws.file('alert.txt', ISAC_ALERT), '--tlp', 'amber'])).code,
    ).toBe(0);
    const run = await ws.vigil([
      'ingest',
      ws.file('blog.txt', PUBLIC_BLOG),
      '--tlp',
      'clear',
      '--downgrade-tlp',
    ]);
    expect(run.code, run.stderr).toBe(0);
    expect((await indicator(ws))?.object_marking_refs).not.toContain(TLP_AMBER);
    expect(await sharedAtClear(ws)).toContain(DOMAIN);
  });

  it('keeps it when a draft made before the AMBER report is accepted after it', async () => {
    const ws = scratch('shared-draft');
    const drafted = await ws.vigil([
      'ingest',
      ws.file('blog.txt', PUBLIC_BLOG),
      '--draft',
      '--quiet',
    ]);
    expect(drafted.code, drafted.stderr).toBe(0);
    expect(
      (await ws.vigil(['ingest', ws.file('alert.txt', ISAC_ALERT), '--tlp', 'amber'])).code,
    ).toBe(0);
    const id = /draft (report--[0-9a-f-]+)/u.exec(drafted.stderr)![1]!;
    const accepted = await ws.vigil(['draft', 'accept', id]);
    expect(accepted.code, accepted.stderr).toBe(0);
    expect((await indicator(ws))?.object_marking_refs).toEqual([TLP_AMBER]);
    expect(await sharedAtClear(ws)).not.toContain(DOMAIN);
  });
});
