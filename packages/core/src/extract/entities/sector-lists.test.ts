import { describe, expect, it } from 'vitest';
import { splitSentences } from '../sentences.ts';
import { extractEntities } from './extract-entities.ts';
import { buildKnowledgeIndex } from './knowledge-index.ts';

const empty = buildKnowledgeIndex([]);
const sectors = (text: string): string[] =>
  extractEntities(text, splitSentences(text), empty)
    .filter((e) => e.type === 'identity' && e.key.startsWith('identity:sector'))
    .flatMap((e) => e.mentions.map((m) => `${e.key.slice('identity:sector '.length)}: ${m.text}`));

describe('sector words of the STIX vocabulary', () => {
  it('name education, legal, nuclear, dams, emergency and regional government victims', () => {
    expect(
      sectors(
        'It targeted school districts, law firms, nuclear power plants, dams, emergency services ' +
          'and state governments, but not legal entities.',
      ),
    ).toEqual([
      'education: school districts',
      'legal: law firms',
      'nuclear: nuclear power plants',
      'dams: dams',
      'emergency-services: emergency services',
      'government-regional: state governments',
    ]);
    expect(sectors('The gang hit a large UK retailer and a retail chain.')).toEqual([
      'retail: retailer',
      'retail: retail chain',
    ]);
    expect(sectors('DDoS attacks hit Dutch municipal websites and municipal authorities.')).toEqual(
      ['government-local: municipal websites', 'government-local: municipal authorities'],
    );
    expect(
      sectors('It attacks state authorities and enterprises of the defense-industrial complex.'),
    ).toEqual(['government-national: state authorities', 'defense: defense-industrial complex']);
    expect(sectors('They stole data from a California-based defense contractor.')).toEqual([
      'defense: defense contractor',
    ]);
    expect(sectors('They hit IT service providers and managed service providers.')).toEqual([
      'technology: IT service providers',
      'technology: managed service providers',
    ]);
    expect(sectors('Victims include a US law firm and other legal entities.')).toEqual([
      'legal: law firm',
    ]);
    expect(
      sectors(
        'It hit people in government, academia and organizations in the semiconductor sector.',
      ),
    ).toEqual(['education: academia', 'technology: semiconductor sector']);
    expect(
      sectors(
        'It hit the defense and nongovernmental organization (NGO) sectors, and an NGO in Geneva.',
      ),
    ).toEqual([
      'defense: defense',
      'non-profit: nongovernmental organization',
      'non-profit: NGO',
      'non-profit: NGO',
    ]);
  });
});

describe('sector words sharing one head noun', () => {
  it("reads CISA's sector names of several words as list items", () => {
    // A list read from its first sector word takes in the modifier before it; "other" opens the last item.
    expect(
      sectors(
        'Victims are in the healthcare, information technology and other critical infrastructure sectors.',
      ),
    ).toEqual([
      'healthcare: healthcare',
      'technology: information technology',
      'infrastructure: critical infrastructure',
    ]);
    expect(sectors('They hit information technology companies.')).toEqual([
      'technology: information technology companies',
    ]);
    // "information technology" is one item, and a plain item is still passed over.
    expect(
      sectors(
        'They hit the healthcare and public health, government, information technology, engineering, ' +
          'and energy sectors.',
      ),
    ).toEqual([
      'healthcare: healthcare',
      'government-national: government',
      'technology: information technology',
      'energy: energy sectors',
    ]);
    expect(
      sectors(
        'They hit Communications, Energy, Transportation Systems, and Water and Wastewater Systems sectors.',
      ),
    ).toEqual([
      'communications: Communications',
      'energy: Energy',
      'transportation: Transportation',
      'water: Water and Wastewater',
    ]);
    // An acronym counts in capitals only.
    expect(sectors('It hit the defence, transport and IT services sectors, and it firms.')).toEqual(
      ['defense: defence', 'transportation: transport', 'technology: IT services sectors'],
    );
  });

  it('names a word that needs a head where it stands alone between two sectors of a list', () => {
    expect(
      sectors('It targeted financial services, transportation, energy and healthcare.'),
    ).toEqual([
      'financial-services: financial services',
      'transportation: transportation',
      'energy: energy',
      'healthcare: healthcare',
    ]);
    // The next item past its "the".
    expect(sectors('It spied on higher education, media and the financial sector.')).toEqual([
      'education: higher education',
      'entertainment: media',
      'financial-services: financial sector',
    ]);
    // Or closes a list after two sectors.
    expect(
      sectors('It spied on think tanks, higher education, and media in the United States.'),
    ).toEqual(['non-profit: think tanks', 'education: higher education', 'entertainment: media']);
    expect(sectors('It hit banks, hospitals and media reports; banks and energy.')).toEqual([
      'financial-services: banks',
      'financial-services: banks',
      'healthcare: hospitals',
    ]);
    expect(sectors('It hit banks and energy, as hospitals saved their energy.')).toEqual([
      'financial-services: banks',
      'healthcare: hospitals',
    ]);
    expect(sectors('It saved energy and healthcare money.')).toEqual(['healthcare: healthcare']);
    expect(sectors('It hit transportation and energy, and healthcare.')).toEqual([
      'transportation: transportation',
      'energy: energy',
      'healthcare: healthcare',
    ]);
    // Not after a word no sector names, nor without a separator.
    expect(sectors('They met Initech, energy and healthcare people.')).toEqual([
      'healthcare: healthcare',
    ]);
    expect(sectors('The banks energy and healthcare grew.')).toEqual([
      'financial-services: banks',
      'healthcare: healthcare',
    ]);
  });

  it('names words that need a head where they open a list whose later items are sectors, two of them named so', () => {
    expect(
      sectors('It hit entities in government, energy, logistics and the grain industry.'),
    ).toEqual([
      'government-national: government',
      'energy: energy',
      'transportation: logistics',
      'agriculture: grain industry',
    ]);
    expect(
      sectors('It has targeted government, transportation, lodging and military networks.'),
    ).toEqual([
      'government-national: government',
      'transportation: transportation',
      'hospitality-leisure: lodging',
      'defense: military networks',
    ]);
    // One named sector is not enough, nor a word inside an item.
    expect(sectors('It hit entities in government, energy and logistics.')).toEqual([
      'transportation: logistics',
    ]);
    expect(
      sectors('It hit education, manufacturing, local government, insurance and finance.'),
    ).toEqual([
      'manufacturing: manufacturing',
      'government-local: local government',
      'insurance: insurance',
      'financial-services: finance',
    ]);
  });

  it('names each sector of a list that ends on an organization noun', () => {
    expect(sectors('They hit telecommunication, financial, and government entities.')).toEqual([
      'telecommunications: telecommunication',
      'financial-services: financial',
      'government-national: government entities',
    ]);
    expect(sectors('It targeted defence, transport and maritime companies.')).toEqual([
      'defense: defence',
      'transportation: transport',
      'transportation: maritime companies',
    ]);
    // Suppliers; a last item that opens a sector phrase of its own ends the list.
    expect(sectors('They attacked energy, water and heating suppliers.')).toEqual([
      'energy: energy',
      'water: water',
      'utilities: heating suppliers',
    ]);
    expect(sectors('They attacked energy and water utilities.')).toEqual([
      'energy: energy',
      'utilities: water utilities',
    ]);
    expect(sectors('They attacked Acme and water utilities.')).toEqual([
      'utilities: water utilities',
    ]);
    // A sector phrase of several words ends the list as its head does.
    expect(sectors('They hit government, defense and human rights organizations.')).toEqual([
      'government-national: government',
      'defense: defense',
      'non-profit: human rights organizations',
    ]);
    // Or stands before the head; websites are the sector's too.
    expect(sectors('DDoS hit government and critical infrastructure websites.')).toEqual([
      'government-national: government',
      'infrastructure: critical infrastructure',
    ]);
    expect(sectors('They defaced government websites.')).toEqual([
      'government-national: government websites',
    ]);
    expect(sectors('They hit government and critical infrastructure in May.')).toEqual([
      'infrastructure: critical infrastructure',
    ]);
    expect(sectors('They hit government, defense and APT28 servers.')).toEqual([]);
    // One item no sector names is passed over when two others are sectors.
    expect(
      sectors(
        'It stole from government, defense, strategic planning and human rights organizations.',
      ),
    ).toEqual([
      'government-national: government',
      'defense: defense',
      'non-profit: human rights organizations',
    ]);
    // Of up to three words.
    expect(
      sectors('They hit the defence, transport, air traffic management and IT services sectors.'),
    ).toEqual(['defense: defence', 'transportation: transport', 'technology: IT services sectors']);
    expect(sectors('They hit government, strategic planning and defense organizations.')).toEqual([
      'government-national: government',
      'defense: defense organizations',
    ]);
    expect(sectors('They hit strategic planning, moral and defense organizations.')).toEqual([
      'defense: defense organizations',
    ]);
    expect(
      sectors('They hit defense, strategic planning and public policy organizations.'),
    ).toEqual([]);
    expect(sectors('They hit defense, strategic planning and human rights organizations.')).toEqual(
      ['non-profit: human rights organizations'],
    );
    expect(sectors('They hit energy and defense companies.')).toEqual([
      'energy: energy',
      'defense: defense companies',
    ]);
    expect(sectors('They hit financial organizations.')).toEqual([
      'financial-services: financial organizations',
    ]);
    expect(
      sectors('They hit the communications, energy, transportation, and water sectors.'),
    ).toEqual([
      'communications: communications',
      'energy: energy',
      'transportation: transportation',
      'water: water sectors',
    ]);
  });

  it('needs the head noun right after the list, and sector words all along it', () => {
    expect(sectors('They had financial and personal motives.')).toEqual([]);
    expect(sectors('They hit financial, then other entities.')).toEqual([]);
    // "IT companies" is a sector phrase; "it" before a head is the pronoun.
    expect(sectors('It and government entities were hit.')).toEqual([
      'government-national: government entities',
    ]);
  });

  it('reads a sector word before a singular head as one organization of the sector', () => {
    expect(
      sectors('They hit a Ukrainian energy company, a software firm and a state company.'),
    ).toEqual(['energy: energy company', 'technology: software firm']);
    // Not where it describes the name after it, which carries it; an apposition names the sector too.
    expect(
      sectors('They hit Delek Group, an energy company, and the software firm Initech in May.'),
    ).toEqual(['energy: energy company']);
    expect(sectors('Activity came from 221 government agency IP addresses.')).toEqual([
      'government-national: government agency',
    ]);
  });

  it('reads "state" before businesses as their owner, not as the government sector', () => {
    expect(sectors('They target private companies and state enterprises in Ukraine.')).toEqual([]);
    expect(sectors('They hit state and energy companies.')).toEqual(['energy: energy companies']);
    expect(sectors('They hit state institutions.')).toEqual([
      'government-national: state institutions',
    ]);
  });
});

describe('sector words a head noun lists after it', () => {
  it('names each sector of a list of single words after "including" or "such as"', () => {
    expect(
      sectors(
        'It hit sectors, including medical, education, legal, technology, and manufacturing. ' +
          'It hit sectors, including transport, food and beverage makers, and water. ' +
          'It hit industries such as energy and Defense.',
      ),
    ).toEqual([
      'healthcare: medical',
      'education: education',
      'legal: legal',
      'technology: technology',
      'manufacturing: manufacturing',
      'transportation: transport',
      'energy: energy',
      'defense: Defense',
    ]);
  });

  it('names each sector of a list after "related to" or "associated with"', () => {
    expect(
      sectors(
        'It targets organizations related to energy, defense, strategic planning, and human rights.',
      ),
    ).toEqual(['energy: energy', 'defense: defense']);
    expect(sectors('It targets entities associated with energy and transport.')).toEqual([
      'energy: energy',
      'transportation: transport',
    ]);
    expect(sectors('It stole files related to energy, defense and planning.')).toEqual([]);
    expect(sectors('It targets organizations related to energy policy.')).toEqual([]);
  });

  it('goes on past an item a sector phrase of its own holds', () => {
    expect(
      sectors(
        'It hit targets in sectors including satellite, communications equipment, oil and gas.',
      ),
    ).toEqual([
      'communications: satellite',
      'communications: communications equipment',
      'energy: oil and gas',
    ]);
    // A military named among sectors is theirs; networks are a head, and infrastructure may stand before one.
    expect(
      sectors(
        'It compromised telecommunications, government, lodging and military infrastructure networks.',
      ),
    ).toEqual([
      'telecommunications: telecommunications',
      'government-national: government',
      'hospitality-leisure: lodging',
      'defense: military infrastructure',
    ]);
    expect(sectors('It is interested in government and military organizations.')).toEqual([
      'government-national: government',
      'defense: military organizations',
    ]);
    expect(sectors('The military hacked the networks.')).toEqual([]);
    // Networks head only a list: one item before them is a kind of network, no sector's organizations.
    expect(sectors('It was advertised on social media networks.')).toEqual([]);
    // Alone, "satellite" names no sector.
    expect(sectors('It hit a satellite office of the firm.')).toEqual([]);
    expect(sectors('It hit the educational sector.')).toEqual(['education: educational sector']);
    expect(sectors('It hit the military sector.')).toEqual(['defense: military sector']);
  });

  it('names "legal" only as an item of a list of sectors', () => {
    expect(sectors('Victims span manufacturing, legal and healthcare organizations.')).toEqual([
      'manufacturing: manufacturing',
      'legal: legal',
      'healthcare: healthcare',
    ]);
    expect(sectors('It hit legal entities and legal, technical staff.')).toEqual([]);
  });

  it('reads a sector "related" item of a list: "health-related sectors"', () => {
    expect(sectors('It targets digital media, financial, and health-related sectors.')).toEqual([
      'entertainment: digital media',
      'financial-services: financial',
      'healthcare: health-related sectors',
    ]);
    expect(sectors('It read health-related news.')).toEqual([]);
    expect(
      sectors(
        'It targets think tanks, digital and print media, and financial and health related sectors.',
      ),
    ).toEqual([
      'non-profit: think tanks',
      'entertainment: digital and print media',
      'financial-services: financial',
      'healthcare: health related sectors',
    ]);
  });

  it('names none where the list goes on as a phrase, holds one word, or follows no head', () => {
    expect(
      sectors(
        'It hit sectors, including legal, medical devices and education software. It hit sectors such as ' +
          'energy. It hit people, including energy and technology. Use tools like energy and defense.',
      ),
    ).toEqual([]);
  });
});
