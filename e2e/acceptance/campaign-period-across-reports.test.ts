/**
 * One intrusion, two reports: the seed article says the foreign ministry was infiltrated "as early as
 * 2022"; a later article on the same ministry (another group named) says "since 2023" and that the
 * intruders stayed "until March 2024". The stored campaign spans both — first_seen 2022, last_seen
 * March 2024 — whichever report is read last, re-reading either writes nothing, and `vigil analyze`
 * shows the period beside the campaign.
 */
import { beforeAll, expect, it } from 'vitest';
import type { StixObject } from '@vigil/core';
import { describeWhen } from '../../test-support/absent.ts';
import { seedPath } from '../../test-support/data.ts';
import { scratch, storeInfo } from './scratch.ts';

const NAME = 'Intrusion into the Ministry of Foreign Affairs of Czechia';
const article = seedPath('czech-mfa-apt31-article.txt');

const LATER_ARTICLE = `Czech Foreign Ministry Breach Blamed on APT27
On Tuesday, the Czech government publicly accused China's APT27, a cyber-espionage group tied to the Ministry of State Security, of infiltrating its foreign ministry's networks since 2023. The intruders stayed inside the ministry's systems until March 2024, when a joint investigation by civilian and military intelligence services found them and attributed the attack with high confidence.
The Czech government condemned the hacking as contrary to international norms of responsible state behavior in cyberspace.
`;

describeWhen(
  article,
  'a campaign told of by two reports keeps the widest period',
  'needs ../seed/czech-mfa-apt31-article.txt beside VIGIL_DATA_DIR',
  () => {
    const ws = scratch('campaign-period');
    const seed = [article!, '--published', '2025-05-28'];
    const later = [ws.file('later-article.txt', LATER_ARTICLE), '--published', '2025-06-03'];

    const storedCampaign = async (): Promise<StixObject | undefined> => {
      const run = await ws.vigil(['export', '--type', 'campaign']);
      expect(run.code, run.stderr).toBe(0);
      const { objects } = JSON.parse(run.stdout) as { objects: StixObject[] };
      const campaigns = objects.filter((o) => o.type === 'campaign');
      expect(campaigns.map((o) => o.name)).toEqual([NAME]);
      return campaigns[0];
    };
    const ingest = async (args: readonly string[]): Promise<string> => {
      const run = await ws.vigil(['ingest', ...args]);
      expect(run.code, run.stderr).toBe(0);
      return run.stderr;
    };

    beforeAll(async () => {
      await ingest(seed);
    }, 120_000);

    it('shows the seed’s campaign with its period in the summary', async () => {
      const run = await ws.vigil(['analyze', ...seed]);
      expect(run.code, run.stderr).toBe(0);
      const line = run.stdout.split('\n').find((l) => l.startsWith(`  - ${NAME}`));
      expect(line).toContain(`${NAME} (since 2022)`);
      expect((await storedCampaign())?.first_seen).toBe('2022-01-01T00:00:00.000Z');
    });

    it('keeps first_seen 2022 when the later report says since 2023, and takes its end', async () => {
      const alone = await scratch('campaign-period-alone').vigil([
        'analyze',
        ...later,
        '--format',
        'stix',
      ]);
      expect(alone.code, alone.stderr).toBe(0);
      const own = (JSON.parse(alone.stdout) as { objects: StixObject[] }).objects.find(
        (o) => o.type === 'campaign',
      );
      // The later text on its own states 2023 – March 2024 for the same campaign (same id).
      expect(own?.first_seen).toBe('2023-01-01T00:00:00.000Z');
      const before = await storedCampaign();
      expect(own?.id).toBe(before?.id);

      const summary = await ws.vigil(['analyze', ...later]);
      expect(summary.stdout).toContain(`${NAME} (2023 – March 2024; known 2022 – March 2024)`);

      await ingest(later);
      const after = await storedCampaign();
      expect(after?.first_seen).toBe('2022-01-01T00:00:00.000Z');
      expect(after?.last_seen).toBe('2024-03-31T23:59:59.999Z');
    });

    it('writes nothing when either report is read again, in either order', async () => {
      const held = await storeInfo(ws.db);
      const campaign = await storedCampaign();
      expect(await ingest(seed)).toMatch(/: 0 new versions/u);
      expect(await ingest(later)).toMatch(/: 0 new versions/u);
      expect(await storeInfo(ws.db)).toEqual(held);
      expect(await storedCampaign()).toEqual(campaign);
    });
  },
);
