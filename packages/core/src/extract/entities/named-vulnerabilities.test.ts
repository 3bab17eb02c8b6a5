import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../../analyze/analyze-report.ts';
import { prepareKnowledge } from '../../analyze/knowledge.ts';

const knowledge = prepareKnowledge([]);
/** Each flaw: its id, the names given it and the words its mentions are written as. */
const flaws = (text: string) =>
  analyzeReport(text, { knowledge })
    .entities.filter((e) => e.type === 'vulnerability')
    .map((e) => [e.name, e.properties?.['names'] ?? [], e.mentions.map((m) => m.text)]);
/** The flaws each actor targets, by the sentence saying so. */
const targeted = (text: string) => {
  const { entities, relations } = analyzeReport(text, { knowledge });
  const name = new Map(entities.map((e) => [e.key, e.name]));
  return relations
    .filter((r) => r.type === 'targets' && r.target.startsWith('vulnerability:'))
    .map((r) => `${name.get(r.source)} -> ${name.get(r.target)}: ${r.evidence[0]?.text}`);
};

describe('named vulnerabilities', () => {
  it('gives the flaws of the sentence before the name a noun for them declares, and reads it later', () => {
    const text =
      'Microsoft patched CVE-2025-53770 and CVE-2025-53771. These vulnerabilities, collectively known as ' +
      'ToolShell, affect SharePoint. Later, Storm-2603 exploited ToolShell to deploy ransomware.';
    expect(flaws(text)).toEqual([
      ['CVE-2025-53770', ['ToolShell'], ['CVE-2025-53770', 'ToolShell', 'ToolShell']],
      ['CVE-2025-53771', ['ToolShell'], ['CVE-2025-53771', 'ToolShell', 'ToolShell']],
    ]);
    expect(targeted(text)).toEqual([
      'Storm-2603 -> CVE-2025-53770: Later, Storm-2603 exploited ToolShell to deploy ransomware.',
      'Storm-2603 -> CVE-2025-53771: Later, Storm-2603 exploited ToolShell to deploy ransomware.',
    ]);
  });

  it('reads a name after the id, and one before it in the sentence a cue declares', () => {
    expect(
      flaws(
        'APT99 exploited CVE-2024-1111, CVE-2021-44228, known as Log4Shell, and a flaw dubbed ' +
          '"Citrix Bleed" (CVE-2023-4966).',
      ),
    ).toEqual([
      ['CVE-2024-1111', [], ['CVE-2024-1111']],
      ['CVE-2021-44228', ['Log4Shell'], ['CVE-2021-44228', 'Log4Shell']],
      ['CVE-2023-4966', ['Citrix Bleed'], ['Citrix Bleed', 'CVE-2023-4966']],
    ]);
  });

  it('gives a name to all of a list only where it is declared collectively', () => {
    expect(
      flaws(
        'CVE-2021-44228 and CVE-2021-45046, collectively known as Log4Shell, hit Java apps.',
      ).map(([, names]) => names),
    ).toEqual([['Log4Shell'], ['Log4Shell']]);
    // A singular noun among several ids of its sentence names none of them for sure.
    for (const noun of ['a flaw', 'a vulnerability'])
      expect(
        flaws(
          `It exploited CVE-2021-1111 and CVE-2021-2222, and ${noun} dubbed PrintNightmare.`,
        ).map(([, names]) => names),
      ).toEqual([[], []]);
  });

  it('takes no word before an id for its name without a cue, nor an id for a name', () => {
    expect(
      flaws('Fortinet FortiOS (CVE-2022-42475) was exploited, a flaw tracked as CVE-2022-42475.'),
    ).toEqual([['CVE-2022-42475', [], ['CVE-2022-42475', 'CVE-2022-42475']]]);
    // The name as part of a longer word is not it.
    expect(flaws('CVE-2021-44228, known as Log4Shell, and Log4Shells.')[0]?.[2]).toEqual([
      'CVE-2021-44228',
      'Log4Shell',
    ]);
  });
});
