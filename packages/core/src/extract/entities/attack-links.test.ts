/**
 * Names written as links to their ATT&CK page: the page says what they are, and the knowledge which object.
 */
import { describe, expect, it } from 'vitest';
import type { KnowledgeEntry } from '../../knowledge/entry.ts';
import { splitSentences } from '../sentences.ts';
import { extractEntities } from './extract-entities.ts';
import { buildKnowledgeIndex } from './knowledge-index.ts';

const KNOWLEDGE: KnowledgeEntry[] = [
  {
    id: 'intrusion-set--7331c66a-5601-4d3f-acf6-ad9e3035eb40',
    type: 'intrusion-set',
    name: 'Harbor Kestrel',
    aliases: ['Harbor Kestrel'],
    externalId: 'G0999',
  },
];
const index = buildKnowledgeIndex(KNOWLEDGE);
const empty = buildKnowledgeIndex([]);

const found = (text: string, knowledge = empty): string[] =>
  extractEntities(text, splitSentences(text), knowledge)
    .filter((e) => e.type === 'intrusion-set' || e.type === 'malware' || e.type === 'tool')
    .map((e) => `${e.type}:${e.name}:${e.mentions.map((m) => m.text).join('|')}`);

describe('names linked to their ATT&CK page', () => {
  const text =
    'It was also used by APT actors such as the [Velvet Company](https://attack.mitre.org/groups/G0998/) ' +
    'and with [Quietpine](https://attack.mitre.org/software/S0998/) as a second stage.';

  it('are a group or software by the page they link to', () => {
    expect(found(text)).toEqual([
      'intrusion-set:Velvet Company:Velvet Company',
      'malware:Quietpine:Quietpine',
    ]);
  });

  it('are the knowledge object with that ATT&CK id, whatever the link text', () => {
    const linked =
      'Overlaps with [the Kestrel crew](https://attack.mitre.org/groups/G0999/) exist.';
    expect(
      extractEntities(linked, splitSentences(linked), index).map((e) => [e.name, e.externalId]),
    ).toEqual([['Harbor Kestrel', 'G0999']]);
  });

  it('are the object that replaced a page ATT&CK revoked', () => {
    const replaced = buildKnowledgeIndex([{ ...KNOWLEDGE[0]!, formerIds: ['G0997'] }]);
    const linked = 'Overlaps with [Old Kestrel](https://attack.mitre.org/groups/G0997/) exist.';
    expect(
      extractEntities(linked, splitSentences(linked), replaced).map((e) => [e.name, e.ref]),
    ).toEqual([['Harbor Kestrel', KNOWLEDGE[0]!.id]]);
  });

  it('are not read from other links or from a bracket far before the link', () => {
    expect(found('See [Velvet Company](https://example.com/groups/G0998/) for more.')).toEqual([]);
    expect(
      found(`[${'x '.repeat(40)}Velvet Company](https://attack.mitre.org/groups/G0998/)`),
    ).toEqual([]);
  });

  it('are not "here", "this page" or the site\'s own name, which cite the page', () => {
    expect(found('The full list is [here](https://attack.mitre.org/software/S0998/).')).toEqual([]);
    expect(found('See [this page](https://attack.mitre.org/groups/G0998/) for more.')).toEqual([]);
    expect(
      found('According to [MITRE ATT&CK](https://attack.mitre.org/software/S0998/), it is old.'),
    ).toEqual([]);
    expect(found('It runs [certutil](https://attack.mitre.org/software/S0998/) first.')).toEqual([
      'malware:certutil:certutil',
    ]);
  });
});
