/**
 * `vigil analyze` over real knowledge (ATT&CK Enterprise) and the seed article: the summary names an
 * actor as the article writes it, with the knowledge object it resolved to alongside.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { attackStore } from '../../../../test-support/attack-store.ts';
import { runVigil } from '../../../../test-support/cli.ts';
import { describeWithData, seedPath } from '../../../../test-support/data.ts';
import type { TestStore } from '../../../../test-support/stores.ts';

describeWithData(
  'vigil analyze summary over ATT&CK',
  ['mitre-attack', 'enterprise-attack.json'],
  () => {
    let store: TestStore;
    let summary: string;

    beforeAll(async () => {
      const article = seedPath('czech-mfa-apt31-article.txt');
      if (!article) throw new Error('needs the seed article beside VIGIL_DATA_DIR (../seed)');
      store = await attackStore('sqlite');
      const run = await runVigil(['--db', store.url, 'analyze', article]);
      expect(run.code, run.stderr).toBe(0);
      summary = run.stdout;
    });
    afterAll(() => store?.dispose());

    it('shows "APT31 (= ZIRCONIUM, G0128)" where the article writes APT31', () => {
      expect(summary).toContain('  - APT31 (= ZIRCONIUM, G0128)  (');
      expect(summary).toMatch(/^ {2}- APT31 attributed-to Ministry of State Security$/mu);
      expect(summary).not.toMatch(/^ {2}- ZIRCONIUM/mu);
    });

    it('keeps the pipeline name of a new activity rather than a verb it was mentioned by', () => {
      expect(summary).toMatch(/^ {2}- Intrusion into .+ \(new\) {2}\(/mu);
      expect(summary).not.toMatch(/^ {2}- breach /mu);
    });
  },
);
