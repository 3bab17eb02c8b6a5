import { describe, expect, it } from 'vitest';
import { cuesIn } from './triggers.ts';

describe('cuesIn', () => {
  it('reads the cue words of prose, by their stems', () => {
    expect([...cuesIn('APT28 targeted banks using X-Agent.')].sort()).toEqual(['target', 'use']);
    for (const verb of ['relied on', 'relies on', 'rely on', 'relying on']) {
      expect([...cuesIn(`The actors ${verb} X-Agent.`)]).toEqual(['use']);
    }
    expect([...cuesIn('The actors released a reliable X-Agent.')]).toEqual([]);
    // Spying on someone targets them; spyware is a capability's word, no target's.
    expect([...cuesIn('The group spies on think tanks.')]).toEqual(['target']);
    expect([...cuesIn('They want to spy on think tanks.')]).toEqual(['target']);
    expect([...cuesIn('The group sells spyware.')]).toEqual([]);
    // A gang that has affected businesses targeted them; a flaw affecting a product names no target.
    expect([...cuesIn('The gang has affected 900 businesses.')]).toEqual(['target']);
    expect([...cuesIn('The gang has impacted 250 organizations.')]).toEqual(['target']);
    expect([...cuesIn('The impact was broad.')]).toEqual([]);
    expect([...cuesIn('The gang abused a flaw affecting routers.')]).toEqual([]);
    // Hacktivists knock websites offline and deface them.
    expect([...cuesIn('The group knocked the websites of ministries offline.')]).toEqual([
      'target',
    ]);
    expect([...cuesIn('Hacktivists defaced the websites of universities.')]).toEqual(['target']);
    // … and take them down; taking a year off, or taking over a name, is no attack.
    expect([...cuesIn('The group took down the websites of Czech banks.')]).toEqual(['target']);
    expect([...cuesIn('The group is taking down bank websites.')]).toEqual(['target']);
    expect([...cuesIn('The group took a year off and takes over its name.')]).toEqual([]);
    // Emails sent to people target them; data sent to a server, or messages posing as someone, do not.
    expect([...cuesIn('The group sent emails with malicious attachments to banks.')]).toEqual([
      'target',
    ]);
    expect([...cuesIn('The group sends lure documents to diplomats.')]).toEqual(['target']);
    expect([...cuesIn('The implant sent the data to a server in Russia.')]).toEqual([]);
    expect([...cuesIn('TA2721 sends messages masquerading as companies in Peru.')]).toEqual([]);
    expect([...cuesIn('They sent emails purporting to be from a bank.')]).toEqual([]);
    expect([...cuesIn('The sentence was sent.')]).toEqual([]);
    // Breaking into a network targets it; a breakthrough or a break does not.
    expect([...cuesIn('It exploited flaws to break into firms in the aerospace sector.')]).toEqual([
      'exploit',
      'target',
    ]);
    expect([...cuesIn('The group broke into the networks of two ministries.')]).toEqual(['target']);
    expect([...cuesIn('The group took a break in May after a breakthrough.')]).toEqual([]);
    // Gaining access to someone's systems targets them; gaining ground does not.
    expect([...cuesIn('The group gained access to email accounts at 25 agencies.')]).toEqual([
      'target',
    ]);
    expect([...cuesIn('They gain initial access to networks through phishing.')]).toEqual([
      'target',
    ]);
    expect([...cuesIn('The group gained ground in May.')]).toEqual([]);
  });

  it("reads no cue from a link's slug", () => {
    expect([
      ...cuesIn('Read [the report](https://example.com/blog/ta410-attacks-against-utilities) now.'),
    ]).toEqual([]);
    expect([...cuesIn('See www.example.com/apt-targets-banks for more.')]).toEqual([]);
  });
});
