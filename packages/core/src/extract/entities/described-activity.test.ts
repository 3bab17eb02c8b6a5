import { describe, expect, it } from 'vitest';
import { intrusionSet } from '../../../../../test-support/intrusion-sets.ts';
import { analyzeReport } from '../../analyze/analyze-report.ts';
import { prepareKnowledge } from '../../analyze/knowledge.ts';

const knowledge = prepareKnowledge([
  intrusionSet(1, 'TA578', 'G1038'),
  intrusionSet(2, 'APT10', 'G0045'),
  intrusionSet(3, 'APT31', 'G0128'),
]);
const read = (text: string, title?: string) =>
  analyzeReport(text, { knowledge, ...(title ? { title } : {}) });
/** The campaigns, and each attribution as "campaign -> set (confidence)". */
const attributions = (text: string, title?: string): string[] => {
  const { entities, relations } = read(text, title);
  const name = new Map(entities.map((e) => [e.key, e.name]));
  return relations
    .filter((r) => r.type === 'attributed-to')
    .map((r) => `${name.get(r.source)} -> ${name.get(r.target)} (${r.confidence ?? 'none'})`);
};

describe('the activity a report attributes without naming it', () => {
  it('is a campaign named after its report, attributed with the confidence the source states', () => {
    const text =
      'From IcedID to ransomware in 29 days\n\nThe actor deployed Cobalt Strike on a server. ' +
      'We assess with moderate confidence that this intrusion is linked to the broker tracked as TA578.';
    expect(attributions(text)).toEqual([
      'Activity reported in "From IcedID to ransomware in 29 days" -> TA578 (50)',
    ]);
    // The source's own title, where it gives one (an HTML page's).
    expect(attributions(text, 'The DFIR Report')).toEqual([
      'Activity reported in "The DFIR Report" -> TA578 (50)',
    ]);
    expect(
      attributions('Lures\n\nProofpoint attributes the campaigns discussed in this blog to APT10.'),
    ).toEqual(['Activity reported in "Lures" -> APT10 (none)']);
    // Told in the present of an ongoing campaign.
    expect(
      attributions(
        'Logistics targeted\n\nThe NCSC assesses it is almost certain that the campaign is being ' +
          'conducted by APT31.',
      ),
    ).toEqual(['Activity reported in "Logistics targeted" -> APT31 (95)']);
  });

  it('is none where the source denies the tie, reports another source, or names the intrusion', () => {
    expect(
      attributions('Lures\n\nProofpoint does not attribute this activity to APT10 at this time.'),
    ).toEqual([]);
    expect(attributions("Lures\n\nWe don't attribute this activity to APT10 yet.")).toEqual([]);
    expect(
      attributions(
        'TA410\n\nPart of the activity of this team was described by Fortinet, who attributed the ' +
          'activity to APT10.',
      ),
    ).toEqual([]);
    // A state organ alone: who acted ("the two groups") is named elsewhere.
    expect(
      attributions(
        'Shipbuilders hit\n\nThe police said the attacks were carried out by the two groups, which are ' +
          "affiliated with North Korea's Reconnaissance General Bureau.",
      ),
    ).toEqual([]);
    // No actor in the sentence: nothing to attribute.
    expect(attributions('Lures\n\nWe attribute this activity to a known group.')).toEqual([]);
    // "this intrusion" is the intrusion the report names.
    expect(
      attributions(
        'Breach\n\nHackers breached the Czech foreign ministry. We attribute this intrusion to APT31.',
      ),
    ).toEqual(['Intrusion into the Ministry of Foreign Affairs of Czechia -> APT31 (none)']);
  });

  it('keeps an untitled report apart by its text', () => {
    // Ten lines of section headings name no report.
    const headings = 'Key findings\n\nSummary\n\n'.repeat(5);
    const [one] = attributions(`${headings}We attribute this activity to APT10.`);
    expect(one).toMatch(/^Activity reported in report [0-9a-f]{12} -> APT10 \(none\)$/u);
  });

  it('takes no judgement from a clause a contrast opens after the actor', () => {
    expect(
      attributions(
        'MOVEit\n\nMandiant attributes this activity to APT10, a cluster that has impacted firms ' +
          'in Canada, but their impact is almost certainly broader.',
      ),
    ).toEqual(['Activity reported in "MOVEit" -> APT10 (none)']);
    // Nor does it rate the targets the sentence tells of.
    const targets = read(
      'MOVEit\n\nMandiant attributes this activity to UNC4857, a newly created threat cluster ' +
        'that has impacted organizations operating in a wide range of industries based in ' +
        'Canada, but their impact is almost certainly broader.',
    )
      .relations.filter((r) => r.type === 'targets' && r.target === 'location:CA')
      .map((r) => r.confidence ?? 'none');
    expect(targets).toEqual(['none']);
  });

  it('targets whom a sentence naming no actor and opening on it says it targets', () => {
    const targets = (text: string) => {
      const { entities, relations } = read(text);
      const name = new Map(entities.map((e) => [e.key, e.name]));
      return relations
        .filter((r) => r.type === 'targets')
        .map((r) => `${name.get(r.source)} -> ${name.get(r.target)}`);
    };
    const report = (sentence: string) =>
      'Fake CAPTCHA lures\n\nWe attribute the campaign with moderate confidence to TA578. ' +
      sentence;
    expect(
      targets(
        report('The campaign has affected organizations in the healthcare sector in Canada.'),
      ),
    ).toEqual([
      'Activity reported in "Fake CAPTCHA lures" -> Healthcare sector',
      'Activity reported in "Fake CAPTCHA lures" -> Canada',
      'TA578 -> Healthcare sector',
      'TA578 -> Canada',
    ]);
    // An intrusion told of only after the attribution is not what it attributes.
    expect(
      attributions(
        'Retail attacks\n\nThe attacks have been linked to TA578. The group was also blamed for the ' +
          '2023 attacks on Zorvex Resorts and Hooli Entertainment in Las Vegas.',
      ),
    ).toEqual([
      'Activity reported in "Retail attacks" -> TA578 (none)',
      'Intrusion into Hooli Entertainment and Zorvex Resorts -> TA578 (none)',
    ]);
    // Another verb: the campaign may be another's.
    expect(
      targets(report('The campaign reported by Zorvex lured the healthcare sector in Canada.')),
    ).not.toContain('Activity reported in "Fake CAPTCHA lures" -> Canada');
  });
});
