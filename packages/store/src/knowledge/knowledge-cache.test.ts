/**
 * The knowledge cache, on both engines: its state changes with every write that can change the knowledge
 * entries and with nothing else, and StoredKnowledge serves cached entries only for the state they were
 * computed from, so a command never reads knowledge older than the store.
 */
import { expect, it } from 'vitest';
import { knowledgeFromObjects } from '@vigil/core';
import { withEachEngine } from '../../../../test-support/stores.ts';
import { sdo, T0, T1 } from '../../test/objects.ts';
import { entriesCodeVersion } from './entries-code-version.ts';
import { knowledgeEntries, StoredKnowledge } from './knowledge-entries.ts';
import { linkEntities } from './link-entities.ts';

const glasswing = sdo('intrusion-set', 'glasswing', { name: 'Glasswing', aliases: ['Moth 7'] });
const quillspark = sdo('malware', 'quillspark', { name: 'Quillspark', is_family: true });
const indicator = sdo('indicator', 'ip', {
  pattern: "[ipv4-addr:value = '203.0.113.9']",
  pattern_type: 'stix',
  valid_from: T0,
});

const names = (entries: readonly { name: string }[]): string[] => entries.map((e) => e.name).sort();

withEachEngine('knowledge cache', (makeRepo) => {
  it('changes state with entity versions and link decisions, not with other objects', async () => {
    const repo = await makeRepo();
    const states = [await repo.knowledgeCache.state()];
    await repo.put([glasswing]);
    states.push(await repo.knowledgeCache.state());
    await repo.put([indicator]);
    expect(await repo.knowledgeCache.state()).toBe(states[1]);
    // A new version of an entity the store holds: no new head, still a new state.
    await repo.put([{ ...glasswing, modified: T1, aliases: ['Moth 7', 'Moth 8'] }]);
    states.push(await repo.knowledgeCache.state());
    await repo.put([quillspark]);
    states.push(await repo.knowledgeCache.state());
    const link = { a: glasswing.id, b: quillspark.id, at: T1, actor: 'analyst', reason: 'same' };
    await linkEntities(repo, { ...link, action: 'link' });
    states.push(await repo.knowledgeCache.state());
    expect(new Set(states).size).toBe(states.length);
  });

  it('keeps a payload for the state it was stored with only', async () => {
    const repo = await makeRepo();
    await repo.knowledgeCache.put('entries', 'state-1', '[1]');
    expect(await repo.knowledgeCache.get('entries', 'state-1')).toBe('[1]');
    expect(await repo.knowledgeCache.get('entries', 'state-2')).toBeUndefined();
    await repo.knowledgeCache.put('entries', 'state-2', '[2]');
    expect(await repo.knowledgeCache.get('entries', 'state-1')).toBeUndefined();
    expect(await repo.knowledgeCache.get('entries', 'state-2')).toBe('[2]');
  });

  it('serves the entries a fresh computation gives, cached or not, and never stale ones', async () => {
    const repo = await makeRepo();
    await repo.put([glasswing, quillspark]);
    const computed = knowledgeFromObjects([glasswing, quillspark], []).entries;
    expect(await knowledgeEntries(repo)).toEqual(computed);
    // The second load is the cached copy: the same entries, read back from JSON.
    const state = `${entriesCodeVersion()}/${await repo.knowledgeCache.state()}`;
    const cached = await repo.knowledgeCache.get('knowledge-entries', state);
    expect(cached && JSON.parse(cached)).toEqual(computed);
    expect(await knowledgeEntries(repo)).toEqual(computed);
    // A new version written by another command: the cache is computed again, with it.
    await repo.put([{ ...glasswing, modified: T1, name: 'Glasswing Team' }]);
    expect(names(await knowledgeEntries(repo))).toEqual(['Glasswing Team', 'Quillspark']);
  });

  it('builds again after a save of its own command, from the store, once the cache served it', async () => {
    const repo = await makeRepo();
    await repo.put([glasswing]);
    await knowledgeEntries(repo);
    const knowledge = await StoredKnowledge.load(repo);
    expect(names(await knowledge.entries())).toEqual(['Glasswing']);
    await repo.put([quillspark]);
    knowledge.update([quillspark]);
    expect(names(await knowledge.entries())).toEqual(['Glasswing', 'Quillspark']);
  });
});
