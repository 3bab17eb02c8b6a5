/**
 * Briefings end to end over a real store: ATT&CK Enterprise + MISP galaxies (+ CISA KEV), the seed
 * article analyzed by the real pipeline, and a CISA ransomware advisory from the TRAM corpus.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  composeBriefing,
  renderAtomFeed,
  renderHtml,
  renderJson,
  renderMarkdown,
  renderNavigatorLayer,
  renderStixBundle,
  type Briefing,
  type StixObject,
} from '@vigil/core';
import { importKev, openRepository, type Repository } from '@vigil/store';
import { importMispGalaxy } from '../../../store/src/knowledge/import-misp-galaxy.ts';
import { recomputeEntityClusters } from '../../../store/src/knowledge/recompute-clusters.ts';
import { attackStore } from '../../../../test-support/attack-store.ts';
import { dataPath, describeWithData, seedPath } from '../../../../test-support/data.ts';
import { GALAXY_TIMESTAMP, readGalaxyFiles } from '../../../../test-support/knowledge.ts';
import { expectSchemaValid } from '../../../../test-support/stix-schemas.ts';
import type { TestStore } from '../../../../test-support/stores.ts';
import { gatherBriefingInput } from './gather-input.ts';

const NOW = '2026-01-15T09:00:00.000Z';

describeWithData(
  'vigil brief over ATT&CK + MISP + KEV',
  ['mitre-attack', 'enterprise-attack.json'],
  () => {
    let store: TestStore;
    let repo: Repository;
    let work: string;
    let seedFile: string;
    let seed: Briefing;
    const mitigationIds = new Set<string>();

    const brief = async (
      target: string,
      extra: Partial<Parameters<typeof gatherBriefingInput>[2]> = {},
    ) => composeBriefing((await gatherBriefingInput(repo, target, { now: NOW, ...extra })).input);

    beforeAll(async () => {
      store = await attackStore('sqlite');
      repo = await openRepository(store.url);
      const galaxies = readGalaxyFiles(dataPath('misp-galaxy')!).filter((f) =>
        ['threat-actor', 'mitre-intrusion-set'].includes(f.type),
      );
      await importMispGalaxy(repo, galaxies, GALAXY_TIMESTAMP);
      await recomputeEntityClusters(repo);
      await importKev(
        repo,
        readFileSync(dataPath('cisa-kev', 'known_exploited_vulnerabilities.json')!, 'utf8'),
      );
      let after: string | undefined;
      do {
        const page = await repo.query({
          types: ['course-of-action'],
          limit: 500,
          ...(after ? { after } : {}),
        });
        for (const o of page.items) {
          const id = o.external_references?.find(
            (r) => r.source_name === 'mitre-attack',
          )?.external_id;
          if (id) mitigationIds.add(id);
        }
        after = page.next;
      } while (after);
      work = mkdtempSync(join(tmpdir(), 'vigil-brief-'));
      seedFile = join(work, 'czech-mfa-apt31.txt');
      writeFileSync(seedFile, readFileSync(seedPath('czech-mfa-apt31-article.txt')!, 'utf8'));
      seed = await brief(seedFile, { report: { tlp: 'green' } });
    }, 600_000);

    afterAll(async () => {
      await repo?.close();
      await store?.dispose();
      if (work) rmSync(work, { recursive: true, force: true });
    });

    const insight = (b: Briefing, topic: string) =>
      b.insights.content.find((i) => i.topic === topic);

    it('is named by the report’s title line, not by its file name', () => {
      expect(seed.title).toMatch(
        /^Briefing: Czech Warning: The Czech government publicly attributed/u,
      );
    });

    it('names APT31, China’s MSS, the Czech MFA, since 2022 and high confidence', () => {
      const all = seed.insights.content.map((i) => i.text).join('\n');
      expect(insight(seed, 'who')?.text).toContain('APT31');
      expect(all).toMatch(/Ministry of State Security|MSS/);
      expect(all).toContain('China');
      expect(insight(seed, 'against-whom')?.text).toMatch(
        /Ministry of Foreign Affairs|foreign ministry/i,
      );
      expect(insight(seed, 'since-when')?.text).toContain('2022');
      expect(insight(seed, 'how-sure')?.text).toMatch(/^High confidence/);
    });

    it('names no sponsor where MISP writes "Unknown" for it', async () => {
      const file = join(work, 'linen-typhoon.txt');
      writeFileSync(file, 'Linen Typhoon exploited SharePoint servers of banks in July 2025.\n');
      const who = insight(await brief(file), 'who')?.text ?? '';
      expect(who).toContain('Linen Typhoon');
      expect(who).not.toContain('Unknown');
    });

    it('gives a gang named after its ransomware the family’s background, saying so', async () => {
      const file = join(work, 'alphv.txt');
      writeFileSync(
        file,
        'The ALPHV ransomware gang hit Acme Corp. in May. ALPHV affiliates stole data from its network.\n',
      );
      const briefing = await brief(file);
      expect(briefing.background.content).toMatchObject({ type: 'malware', externalId: 'S1068' });
      expect(renderMarkdown(briefing)).toContain(
        '_The knowledge holds BlackCat as malware; the gang is named after it._',
      );
      expect(renderHtml(briefing)).toContain(
        '<p><em>The knowledge holds BlackCat as malware; the gang is named after it.</em></p>',
      );
    });

    it('cites spans that exist in the source and contain what the bullet states', () => {
      const analysisText = readFileSync(seedFile, 'utf8');
      for (const i of seed.insights.content) {
        for (const c of i.citations) {
          expect(c.text.length).toBeGreaterThan(0);
          expect(analysisText).toContain(c.text);
          expect(c.sentenceStart).toBeLessThanOrEqual(c.start);
          expect(c.sentenceEnd).toBeGreaterThanOrEqual(c.end);
        }
      }
      expect(insight(seed, 'who')?.citations.some((c) => c.text.includes('APT31'))).toBe(true);
      expect(insight(seed, 'since-when')?.citations.some((c) => c.text.includes('2022'))).toBe(
        true,
      );
      for (const s of seed.issue.content) expect(analysisText).toContain(s.text);
    });

    it('gives G0128’s background: aliases and techniques grouped by tactic', () => {
      const actor = seed.background.content;
      expect(actor?.externalId).toBe('G0128');
      expect(actor?.aliases).toEqual(expect.arrayContaining(['APT31', 'Violet Typhoon']));
      const ids = actor?.techniques.map((t) => t.id) ?? [];
      for (const id of ['T1566.002', 'T1598.003', 'T1068', 'T1090.003', 'T1567.002', 'T1665'])
        expect(ids).toContain(id);
      expect(actor?.techniques.every((t) => t.tactics.length > 0)).toBe(true);
      expect(renderMarkdown(seed)).toMatch(/initial-access: .*T1566\.002 Spearphishing Link/);
    });

    it('plans the eight steps with correct CSF 2.0 subcategories and ATT&CK-derived mitigations', () => {
      const steps = seed.mitigations.content.steps;
      const expected: [RegExp, string[]][] = [
        [/incident response team/i, ['RS.MA-01']],
        [/vulnerabilit/i, ['ID.RA-01']],
        [/patch/i, ['PR.PS-02']],
        [/segment/i, ['PR.IR-01']],
        [/train/i, ['PR.AT-01']],
        [/monitor/i, ['DE.CM-01']],
        [/agenc/i, ['RS.CO-03', 'ID.RA-02']],
        [/public/i, ['RC.CO-04', 'RS.CO-02']],
      ];
      for (const [title, csf] of expected) {
        const step = steps.find((s) => title.test(s.title));
        expect(
          step?.csf.some((id) => csf.includes(id)),
          String(title),
        ).toBe(true);
        expect(step?.triggers.length).toBeGreaterThan(0);
      }
      const all = steps.flatMap((s) => s.attackMitigations.map((m) => m.id));
      for (const id of ['M1017', 'M1021', 'M1054']) expect(all).toContain(id);
    });

    it('emits only CSF ids from the official catalog and M-ids that exist in ATT&CK', () => {
      const official = JSON.parse(
        readFileSync(dataPath('nist-csf-2.0', 'csf-2.0-core.json')!, 'utf8'),
      ) as {
        subcategories: { id: string; withdrawn: boolean }[];
      };
      const csf = new Set(official.subcategories.filter((s) => !s.withdrawn).map((s) => s.id));
      for (const step of seed.mitigations.content.steps) {
        for (const id of step.csf) expect(csf.has(id), id).toBe(true);
        for (const m of step.attackMitigations) expect(mitigationIds.has(m.id), m.id).toBe(true);
      }
      for (const m of seed.mitigations.content.omitted)
        expect(mitigationIds.has(m.id), m.id).toBe(true);
    });

    it('is byte-identical for the same input and time', async () => {
      const again = await brief(seedFile, { report: { tlp: 'green' } });
      expect(renderMarkdown(again)).toBe(renderMarkdown(seed));
      expect(renderJson(again)).toBe(renderJson(seed));
    });

    it('gives a CISA ransomware advisory a visibly different plan, each step with its trigger', async () => {
      const tram = readFileSync(dataPath('mitre-tram', 'tram2_annotated_reports.jsonl')!, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as { title: string; text: string })
        .find((r) => r.title.includes('#StopRansomware: Hive'));
      const file = join(work, 'hive.txt');
      writeFileSync(file, tram!.text);
      const hive = await brief(file);
      const hiveSteps = hive.mitigations.content.steps.map((s) => s.id);
      const seedSteps = seed.mitigations.content.steps.map((s) => s.id);
      expect(hiveSteps).toContain('backup-recovery');
      expect(seedSteps).not.toContain('backup-recovery');
      expect(hiveSteps).not.toEqual(seedSteps);
      for (const s of hive.mitigations.content.steps) expect(s.triggers.length).toBeGreaterThan(0);
      const patch = hive.mitigations.content.steps.find((s) => s.id === 'patch-management');
      expect(
        patch?.triggers.some((t) => t.kind === 'vulnerability' && /CISA KEV/.test(t.label)),
      ).toBe(true);
    });

    it('writes HTML that parses, with no script and no external URL', () => {
      const html = renderHtml(seed);
      // linkedom's types lean on the DOM lib, absent here: read it through the few members used.
      interface Node {
        readonly textContent: string | null;
      }
      const { document } = parseHTML(html) as unknown as {
        document: { querySelector(s: string): Node | null; querySelectorAll(s: string): Node[] };
      };
      expect(document.querySelectorAll('section').length).toBe(8);
      expect(document.querySelector('h1')?.textContent).toContain('Briefing');
      expect(html).not.toMatch(/<script|\bsrc=|\bhref=|https?:\/\//i);
      for (const h2 of document.querySelectorAll('h2'))
        expect(h2.textContent).toMatch(/TLP:(CLEAR|GREEN)/);
    });

    it('writes a Navigator layer with the documented 4.5 fields', () => {
      const layer = renderNavigatorLayer(seed);
      expect(layer.versions.layer).toBe('4.5');
      expect(layer.domain).toBe('enterprise-attack');
      expect(layer.versions.attack).toMatch(/^\d+$/);
      expect(typeof layer.name).toBe('string');
      expect(layer.techniques.length).toBeGreaterThanOrEqual(29);
      for (const t of layer.techniques) {
        expect(t.techniqueID).toMatch(/^T\d{4}(?:\.\d{3})?$/);
        expect(t.tactic).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
        expect(typeof t.score).toBe('number');
        expect(t.color).toMatch(/^#[0-9a-f]{6}$/i);
      }
      expect(layer.gradient.colors.length).toBeGreaterThanOrEqual(2);
    });

    it('writes schema-valid STIX with a report, a note and courses of action', () => {
      const bundle = renderStixBundle(seed);
      const types = bundle.objects.map((o: StixObject) => o.type);
      expect(types.filter((t) => t === 'report')).toHaveLength(1);
      expect(types).toContain('note');
      expect(types.filter((t) => t === 'course-of-action').length).toBe(
        seed.mitigations.content.steps.length,
      );
      expectSchemaValid(bundle.objects);
    });

    it('writes a well-formed Atom feed', () => {
      const xml = renderAtomFeed([seed], {
        id: 'urn:uuid:5f1b3c1e-0000-4000-8000-000000000001',
        title: 'Vigil <briefings> & more',
        updated: NOW,
      });
      expect(XMLValidator.validate(xml)).toBe(true);
      expect(xml).toContain('<title>Vigil &lt;briefings&gt; &amp; more</title>');
      expect(xml.match(/<entry>/g)).toHaveLength(1);
    });
  },
);
