import { describe, expect, it } from 'vitest';
import type { ExtractedEntity } from '../../analysis/types.ts';
import type { StixId } from '../../stix/ids.ts';
import { settledByOtherNames } from './contested-names.ts';

const ATTACK_ENVYSCOUT = 'malware--2f8229dc-da94-41c6-89ba-b5b6c32f6b7d' as StixId;
const MALPEDIA_ENVYSCOUT = 'malware--d8a6d7bb-0928-58db-89d2-1a68a454530c' as StixId;
const text = 'ROOTSAW (a.k.a. EnvyScout) delivered the backdoor.';

const mention = (written: string) => {
  const start = text.indexOf(written);
  return { start, end: start + written.length, text: written, sentence: 0 };
};

/** "ROOTSAW": malpedia's EnvyScout, whose alias it is and no other cluster's. */
const rootsaw: ExtractedEntity = {
  key: 'malware:envyscout',
  type: 'malware',
  name: 'EnvyScout',
  ref: MALPEDIA_ENVYSCOUT,
  via: 'alias',
  mentions: [mention('ROOTSAW')],
};
/** "EnvyScout": ATT&CK's S0634 first, malpedia's namesake a candidate. */
const envyscout: ExtractedEntity = {
  key: 'malware:S0634',
  type: 'malware',
  name: 'EnvyScout',
  ref: ATTACK_ENVYSCOUT,
  externalId: 'S0634',
  properties: { candidates: [MALPEDIA_ENVYSCOUT] },
  via: 'alias',
  mentions: [mention('EnvyScout')],
};

describe('a name two clusters share, told apart by another name in the text', () => {
  it('is the cluster the text names unambiguously, the other one a candidate', () => {
    const settled = settledByOtherNames([rootsaw, envyscout]);
    expect(settled).toHaveLength(1);
    expect(settled[0]?.ref).toBe(MALPEDIA_ENVYSCOUT);
    expect(settled[0]?.mentions.map((m) => m.text)).toEqual(['ROOTSAW', 'EnvyScout']);
    expect(settled[0]?.properties?.['candidates']).toEqual([ATTACK_ENVYSCOUT]);
  });

  it('stays as resolved when the text names no cluster of that name otherwise', () => {
    expect(settledByOtherNames([envyscout])).toEqual([envyscout]);
  });

  it('leaves an alias of a related group or family with its own cluster', () => {
    // "Carbanak": ATT&CK's Carbanak group, which a source also lists among FIN7's names.
    const fin7: ExtractedEntity = {
      ...rootsaw,
      key: 'intrusion-set:G0046',
      type: 'intrusion-set',
      name: 'FIN7',
      ref: 'intrusion-set--3753cc21-2dae-4dfb-8481-d004e74502cc',
    };
    const carbanak: ExtractedEntity = {
      ...envyscout,
      key: 'intrusion-set:G0008',
      type: 'intrusion-set',
      name: 'Carbanak',
      ref: 'intrusion-set--55033a4d-3ffe-46b2-99b4-2c1541e9ce1c',
      properties: { candidates: [fin7.ref] },
    };
    expect(settledByOtherNames([fin7, carbanak])).toEqual([fin7, carbanak]);
  });
});
