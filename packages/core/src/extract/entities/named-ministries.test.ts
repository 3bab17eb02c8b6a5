import { describe, expect, it } from 'vitest';
import { splitSentences } from '../sentences.ts';
import { extractEntities } from './extract-entities.ts';
import { buildKnowledgeIndex } from './knowledge-index.ts';

const empty = buildKnowledgeIndex([]);
const entities = (text: string) => extractEntities(text, splitSentences(text), empty);
const ministries = (text: string) =>
  entities(text)
    .filter((e) => e.via === 'ministry-name')
    .map((e) => `${e.name}: ${e.mentions.map((m) => m.text).join('|')}`);

describe('a ministry named by its own title', () => {
  it('is none of the United States, which has departments', () => {
    const text =
      'The U.S. government charged employees of Zorvex, who hacked on behalf of the Ministry of Public ' +
      'Security. The U.S. government said the Ministry of Public Security paid them.';
    expect(ministries(text)).toEqual([]);
    expect(ministries(text.replaceAll('U.S.', 'Estonian'))).toEqual([
      'Ministry of Public Security of Estonia: Ministry of Public Security|Ministry of Public Security',
    ]);
  });

  it("is the state's the text speaks about, or the one written with it", () => {
    expect(
      ministries(
        'The Estonian government said so. They targeted the Ministry of Economic Affairs and ' +
          'Communications and the Ministry of Social Affairs.',
      ),
    ).toEqual([
      'Ministry of Economic Affairs and Communications of Estonia: Ministry of Economic Affairs and Communications',
      'Ministry of Social Affairs of Estonia: Ministry of Social Affairs',
    ]);
    // Another body after "and the" ends the title; a title's own "and the" goes on.
    expect(
      ministries(
        'The phishing pages that the attackers hosted impersonate the South Korean Ministry of ' +
          'Unification and the National Tax Service.',
      ),
    ).toEqual(['Ministry of Unification of South Korea: South Korean Ministry of Unification']);
    expect(ministries('Hackers hit the Estonian Ministry of Housing and the Environment.')).toEqual(
      [
        'Ministry of Housing and the Environment of Estonia: Estonian Ministry of Housing and the Environment',
      ],
    );
    expect(ministries('Hackers leaked files of the Ministry of Economy of Peru.')).toEqual([
      'Ministry of Economy of Peru: Ministry of Economy of Peru',
    ]);
    expect(
      ministries("In April, China's Ministry of Public Security punished 1,522 people."),
    ).toEqual(["Ministry of Public Security of China: China's Ministry of Public Security"]);
  });

  it('is unread without a state, and in a Title Case heading', () => {
    expect(ministries('Hackers leaked files of the Ministry of Social Affairs.')).toEqual([]);
    expect(
      ministries('The Estonian government said so.\nNew Attack Hits Ministry of Social Affairs\n'),
    ).toEqual([]);
  });

  it('is a victim only where the words make it one', () => {
    const campaigns = (text: string) =>
      entities(text)
        .filter((e) => e.type === 'campaign')
        .map((e) => e.name);
    expect(campaigns('Conti breached the Ministry of Economy of Peru in May.')).toEqual([
      'Intrusion into the Ministry of Economy of Peru',
    ]);
    expect(
      campaigns('The Ministry of Economy of Peru said the attack on a bank was contained.'),
    ).toEqual(['Intrusion into a bank']);
    // The state's word before the title is the name's: the verb's object.
    expect(
      campaigns(
        'Hackers breached the Estonian Ministry of Social Affairs and stole documents from its servers.',
      ),
    ).toEqual(['Intrusion into the Ministry of Social Affairs of Estonia']);
    expect(
      campaigns(
        "In 2020, hackers attacked Estonia's Ministry of Social Affairs and stole documents.",
      ),
    ).toEqual(['Intrusion into the Ministry of Social Affairs of Estonia']);
    // A title listed right after another ministry's is of its state.
    expect(
      ministries(
        'Hackers attacked the Estonian Ministry of Social Affairs and the Ministry of Economic Affairs in 2020.',
      ),
    ).toEqual([
      'Ministry of Social Affairs of Estonia: Estonian Ministry of Social Affairs',
      'Ministry of Economic Affairs of Estonia: Ministry of Economic Affairs',
    ]);
    expect(
      ministries(
        'Hackers attacked the Estonian Ministry of Social Affairs, then the Ministry of Economic Affairs.',
      ),
    ).toEqual(['Ministry of Social Affairs of Estonia: Estonian Ministry of Social Affairs']);
  });
});
