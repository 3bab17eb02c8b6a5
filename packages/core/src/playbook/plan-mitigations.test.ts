import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dataPath, describeWithData } from '../../../../test-support/data.ts';
import type { Analysis, ExtractedEntity } from '../analysis/types.ts';
import { composeBriefing } from '../briefing/compose-briefing.ts';
import { splitSentences } from '../extract/sentences.ts';
import { isCsfSubcategoryId } from '../csf/csf-catalog.ts';
import { planMitigations } from './plan-mitigations.ts';
import type { KevEntry, ThreatFacts } from './types.ts';

const empty: ThreatFacts = {
  activity: [],
  techniques: [],
  vulnerabilities: [],
  sectors: [],
  countries: [],
  indicatorCount: 0,
};

describe('planMitigations', () => {
  it('names a trigger on every step and maps every step to CSF 2.0', () => {
    const plan = planMitigations({
      ...empty,
      activity: [{ kind: 'ransomware', basis: 'ransomware named' }],
      techniques: [{ id: 'T1486', name: 'Data Encrypted for Impact', tactics: ['impact'] }],
      indicatorCount: 2,
    });
    for (const step of plan.steps) {
      expect(step.triggers.length, step.id).toBeGreaterThan(0);
      expect(step.csf.length, step.id).toBeGreaterThan(0);
      for (const id of step.csf) expect(isCsfSubcategoryId(id), id).toBe(true);
    }
    expect(plan.steps.map((s) => s.priority)).toEqual(plan.steps.map((_, i) => i + 1));
  });

  it('moves patching up when CISA lists the CVE as known-exploited', () => {
    const kev = { cveID: 'CVE-2020-12812', vendorProject: 'Fortinet', product: 'FortiOS' };
    const plain = planMitigations({ ...empty, vulnerabilities: [{ cve: 'CVE-2020-12812' }] });
    const known = planMitigations({ ...empty, vulnerabilities: [{ cve: 'CVE-2020-12812', kev }] });
    const rank = (p: typeof plain) => p.steps.findIndex((s) => s.id === 'patch-management');
    expect(rank(known)).toBeLessThanOrEqual(rank(plain));
    expect(known.steps.find((s) => s.id === 'patch-management')?.triggers[0]?.label).toContain(
      'CISA KEV',
    );
  });

  it('trains staff against lures only where a lure technique calls for it', () => {
    const userTraining = [{ id: 'M1017', name: 'User Training' }];
    const plan = (id: string) =>
      planMitigations({
        ...empty,
        techniques: [{ id, name: id, tactics: [] }],
        techniqueMitigations: new Map([[id, userTraining]]),
      }).steps.map((s) => `${s.id} ${s.attackMitigations.map((m) => m.id).join(' ')}`);
    expect(plan('T1566.001')).toContain('user-training M1017');
    // ATT&CK lists user training against LSASS dumping too (password reuse): no lures there.
    const lsass = plan('T1003.001');
    expect(lsass).toContain('counter-M1017 M1017');
    expect(lsass.filter((s) => s.startsWith('user-training'))).toEqual([]);
  });

  it('checks network devices where code on them is told of or a technique on them is known', () => {
    const device = (facts: Partial<ThreatFacts>) =>
      planMitigations({ ...empty, ...facts }).steps.find(
        (s) => s.id === 'network-device-integrity',
      );
    const implants = {
      step: 'network-device-integrity',
      kind: 'device',
      words: 'implants on routers',
    } as const;
    expect(device({ toldOf: [implants] })?.triggers).toEqual([
      { kind: 'device', label: 'the report tells of “implants on routers”' },
    ]);
    expect(
      device({ techniques: [{ id: 'T1601.001', name: 'Patch System Image', tactics: [] }] })?.csf,
    ).toContain('ID.RA-09');
    expect(
      device({ techniques: [{ id: 'T1542.001', name: 'System Firmware', tactics: [] }] }),
    ).toBe(undefined);
  });

  it('makes resets wait for a check of the caller where impersonation at resets is told of', () => {
    const plan = planMitigations({
      ...empty,
      toldOf: [
        {
          step: 'help-desk-verification',
          kind: 'lure',
          what: 'impersonation at credential resets',
          words: 'called the IT help desk',
        },
      ],
    });
    expect(plan.steps.find((s) => s.id === 'help-desk-verification')?.triggers).toEqual([
      {
        kind: 'lure',
        label: 'the report tells of impersonation at credential resets: “called the IT help desk”',
      },
    ]);
    // Impersonation alone is a lure to train staff against.
    const posing = planMitigations({
      ...empty,
      techniques: [{ id: 'T1656', name: 'Impersonation', tactics: ['defense-evasion'] }],
    }).steps.map((s) => s.id);
    expect(posing).toContain('user-training');
    expect(posing).not.toContain('help-desk-verification');
  });

  it('uses the store’s mitigates relationships when given', () => {
    const plan = planMitigations({
      ...empty,
      techniques: [{ id: 'T9999', name: 'Made-up technique', tactics: [] }],
      techniqueMitigations: new Map([
        ['T9999', [{ id: 'M1042', name: 'Disable or Remove Feature or Program' }]],
      ]),
    });
    const step = plan.steps.find((s) => s.attackMitigations.some((m) => m.id === 'M1042'));
    expect(step?.triggers[0]?.ref).toBe('T9999');
  });
});

interface TramReport {
  title: string;
  text: string;
  annotations: {
    technique_id: string | null;
    technique_name: string;
    start: number;
    end: number;
  }[];
}

/** An Analysis from TRAM's human-gold technique spans plus the CVE ids written in the text. */
function tramAnalysis(report: TramReport): Analysis {
  const text = report.text;
  const sentences = splitSentences(text);
  const sentenceOf = (o: number) => sentences.findIndex((s) => o >= s.start && o < s.end);
  const byTechnique = new Map<string, ExtractedEntity>();
  for (const a of report.annotations) {
    if (!a.technique_id) continue;
    const mention = {
      start: a.start,
      end: a.end,
      text: text.slice(a.start, a.end),
      sentence: sentenceOf(a.start),
    };
    const prev = byTechnique.get(a.technique_id);
    byTechnique.set(a.technique_id, {
      key: `attack-pattern:${a.technique_id}`,
      type: 'attack-pattern',
      name: a.technique_name,
      externalId: a.technique_id,
      mentions: [...(prev?.mentions ?? []), mention],
      via: 'tram-gold',
    });
  }
  const cves = new Map<string, ExtractedEntity>();
  for (const m of text.matchAll(/CVE-\d{4}-\d{4,7}/g)) {
    const id = m[0];
    const mention = {
      start: m.index,
      end: m.index + id.length,
      text: id,
      sentence: sentenceOf(m.index),
    };
    const prev = cves.get(id);
    cves.set(id, {
      key: `vulnerability:${id}`,
      type: 'vulnerability',
      name: id,
      externalId: id,
      mentions: [...(prev?.mentions ?? []), mention],
      via: 'regex',
    });
  }
  return {
    text,
    sentences,
    entities: [...byTechnique.values(), ...cves.values()],
    relations: [],
    indicators: [],
    dates: [],
  };
}

describeWithData(
  'a CISA ransomware advisory gets a different plan than the seed',
  ['mitre-tram', 'tram2_annotated_reports.jsonl'],
  (path) => {
    const reports = readFileSync(path, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as TramReport);
    const hive = reports.find((r) => r.title.includes('#StopRansomware: Hive'));
    const kevPath = dataPath('cisa-kev', 'known_exploited_vulnerabilities.json');
    const kevList = kevPath
      ? (JSON.parse(readFileSync(kevPath, 'utf8')) as { vulnerabilities: KevEntry[] })
          .vulnerabilities
      : [];
    const kev = new Map(kevList.map((k) => [k.cveID, k]));

    it('plans ransomware steps with technique and KEV triggers', () => {
      expect(hive).toBeDefined();
      const b = composeBriefing({
        now: '2026-01-15T09:00:00.000Z',
        report: { title: hive!.title, analysis: tramAnalysis(hive!) },
        kev,
      });
      const steps = b.mitigations.content.steps;
      const ids = steps.map((s) => s.id);
      expect(b.activity[0]?.kind).toBe('ransomware');
      expect(ids).toContain('backup-recovery');
      expect(ids).toContain('credential-hygiene');
      // A ransomware advisory is not a public-awareness case; the seed's state intrusion is.
      expect(ids).not.toContain('public-awareness');
      const patch = steps.find((s) => s.id === 'patch-management');
      expect(
        patch?.triggers.some((t) => t.kind === 'vulnerability' && t.label.includes('CISA KEV')),
      ).toBe(true);
      expect(
        steps.some((s) => s.triggers.some((t) => t.kind === 'technique' && t.ref === 'T1566.001')),
      ).toBe(true);
      for (const s of steps) expect(s.triggers.length).toBeGreaterThan(0);
    });
  },
);
