import { describe, expect, it } from 'vitest';
import { splitSentences } from '../sentences.ts';
import { extractEntities } from './extract-entities.ts';
import { buildKnowledgeIndex } from './knowledge-index.ts';

const empty = buildKnowledgeIndex([]);
const entities = (text: string) => extractEntities(text, splitSentences(text), empty);
const institutions = (text: string) =>
  entities(text)
    .filter((e) => e.via === 'institution-name')
    .map((e) => `${e.name} ${String(e.properties?.sectors)}`);

describe('hospitals and universities', () => {
  it('are organizations of their sector, possessives and "of" places included', () => {
    expect(
      institutions(
        "The attack forced King's College Hospital and Lurie Children's Hospital to cancel " +
          'operations. Researchers at Stanford University and the National College of Nepal saw it.',
      ),
    ).toEqual([
      "King's College Hospital healthcare",
      "Lurie Children's Hospital healthcare",
      'Stanford University education',
      'National College of Nepal education',
    ]);
    // Airports serve transportation; a file's name is none.
    expect(
      institutions(
        'Heathrow Airport in London and Berlin Brandenburg Airport switched to manual check-in.',
      ),
    ).toEqual(['Heathrow Airport transportation', 'Berlin Brandenburg Airport transportation']);
    expect(
      institutions(
        'The lure is named AJC-QA HAMAD INTERNATIONAL AIRPORT EXPANSION, DOHA.pdf in the mail.',
      ),
    ).toEqual([]);
    // The head word is the institution's, no mention of its sector.
    const sectorMentions = (text: string) =>
      entities(text)
        .filter((e) => e.key.startsWith('identity:sector'))
        .map((e) => `${e.name}: ${e.mentions.map((m) => m.text).join(', ')}`);
    expect(sectorMentions('Stanford University was breached.')).toEqual([]);
    expect(sectorMentions('Stanford University and other universities were breached.')).toEqual([
      'Education sector: universities',
    ]);
    // "and" joins a name's fields of knowledge, not two organizations.
    expect(institutions('Envoy Air and Harvard University were hit.')).toEqual([
      'Harvard University education',
    ]);
    expect(institutions('Hackers breached the University of Toronto in May.')).toEqual([
      'University of Toronto education',
    ]);
    // A local government by its place after "of"; a city's own name is a place.
    expect(
      institutions(
        'Ransomware attack disrupts City of Dallas services; Kansas City and the City did not.',
      ),
    ).toEqual(['City of Dallas government-local']);
    const dallas = entities('Ransomware attack disrupts City of Dallas services.').filter(
      (e) => e.type === 'campaign',
    );
    expect(dallas.map((e) => e.name)).toEqual(['Intrusion into the City of Dallas']);
    // In lower case only where an intrusion strikes it, named as its own texts write it.
    expect(
      institutions(
        'Rhysida claims attack on city of Columbus, Ohio; the group is based in the city of Wuhan.',
      ),
    ).toEqual(['City of Columbus government-local']);
    expect(institutions('Hackers breached the city of Oakland.')).toEqual([
      'City of Oakland government-local',
    ]);
    // After any verb that strikes it, or in the list the verb opens.
    expect(
      institutions(
        'Interlock has previously hit DaVita, a kidney dialysis company, and the city of Wichita, ' +
          'Kansas. The mayor of the city of Dayton and the city of Akron met.',
      ),
    ).toEqual(['City of Wichita government-local']);
    // The country of its name, or the one right after it.
    const countries = (text: string) =>
      entities(text)
        .filter((e) => e.via === 'institution-name')
        .map((e) => `${e.name} ${String(e.properties?.country)}`);
    expect(
      countries(
        'In a statement, officials said hackers breached the city of Columbus, Ohio, the University of ' +
          'Manchester in the UK, the National University of Singapore, Ziv Medical Center in Israel ' +
          'and the University of Toronto, which is in Canada, and the Organization of American States.',
      ),
    ).toEqual([
      'City of Columbus US',
      'University of Manchester GB',
      'National University of Singapore SG',
      'Ziv Medical Center IL',
      'University of Toronto undefined',
      'Organization of American States undefined',
    ]);
    // A port authority by its place after "of".
    expect(
      institutions('A 2024 attack on the Port of Seattle disrupted flights; port 443 was open.'),
    ).toEqual(['Port of Seattle transportation']);
    // A center is a hospital when "Medical" says so.
    expect(
      institutions(
        'Data of Ziv Medical Center leaked; the Cyber Center and Medical center did not.',
      ),
    ).toEqual(['Ziv Medical Center healthcare']);
    // A utility is a water utility when "Water" says so.
    expect(
      institutions(
        'Hackers hit the Municipal Water Authority of Aliquippa and the Pittsburgh Water Authority, ' +
          'not the Port Authority or the water authority.',
      ),
    ).toEqual(['Municipal Water Authority of Aliquippa water', 'Pittsburgh Water Authority water']);
  });

  it('take in think tanks and institutes, which say no sector unless they teach technology', () => {
    expect(
      institutions(
        'Phishing emails reached the Institute for Statecraft, the Institute for the Study of War, ' +
          'the Royal United Services Institute and the Massachusetts Institute of Technology. The ' +
          'institute said nothing.',
      ),
    ).toEqual([
      'Institute for Statecraft undefined',
      'Institute for the Study of War undefined',
      'Royal United Services Institute undefined',
      'Massachusetts Institute of Technology education',
    ]);
  });

  it('take in laboratories and organizations named by what they are for', () => {
    expect(
      institutions(
        'The hackers targeted the Organisation for the Prohibition of Chemical Weapons and the ' +
          "UK's Defence Science and Technology Laboratory, not the Registrant Organization field.",
      ),
    ).toEqual([
      'Organisation for the Prohibition of Chemical Weapons undefined',
      'Defence Science and Technology Laboratory undefined',
    ]);
  });

  it('take in libraries named by their place, kind or what follows "of", not code libraries', () => {
    expect(
      institutions(
        'Ransomware hit the British Library, the Toronto Public Library and the Library of Congress. ' +
          'The loader abuses a Dynamic Link Library and the Python Library.',
      ),
    ).toEqual([
      'British Library undefined',
      'Toronto Public Library undefined',
      'Library of Congress undefined',
    ]);
  });

  it('take in political parties, not a third party', () => {
    expect(
      institutions(
        'The group targeted the Social Democratic Party and the Democratic Party; a Third Party ' +
          'and the Working Party were told.',
      ),
    ).toEqual(['Social Democratic Party undefined', 'Democratic Party undefined']);
    // A head in lower case only where an intrusion strikes the party.
    expect(
      institutions('APT28 was behind the cyberattack on the Civic Platform party in 2024.'),
    ).toEqual(['Civic Platform party undefined']);
    expect(institutions('Hackers breached the Civic Platform party.')).toEqual([
      'Civic Platform party undefined',
    ]);
    expect(institutions('Staff met at the Christmas party and the Civic Platform party.')).toEqual(
      [],
    );
  });

  it('are victims by the words that make a company one', () => {
    const campaigns = entities('Locky hit the Hollywood Hospital in 2016.').filter(
      (e) => e.type === 'campaign',
    );
    expect(campaigns.map((e) => e.name)).toEqual(['Intrusion into Hollywood Hospital']);
  });

  it('are no heading word, bare head or file name', () => {
    expect(
      institutions(
        'Ransomware Attack Disrupts London Hospital Services\n\nA hospital in Ohio was hit. The ' +
          'Hospital said nothing. The lure was CV_WANG_Hong Kong Polytechnic University.pdf.lnk today.',
      ),
    ).toEqual([]);
  });
});
