/** `vigil draft list|show|reject|correct|accept|discard`: review an ingested report before it joins the knowledge. */
import type { Command } from 'commander';
import { idType, isStixId, type StixObject } from '@vigil/core';
import { resolveEntity, type Repository } from '@vigil/store';
import { now } from '../report/clock.ts';
import {
  DraftError,
  acceptDraft,
  correctedEntity,
  draftTitle,
  loadDraft,
  pickEntities,
  rememberRejection,
  updateDraft,
  withoutEntities,
  type DraftPayload,
} from '../report/drafts.ts';
import { withStore } from '../store-context.ts';
import { versionCounts } from './version-counts.ts';

const out = (text: string): void => {
  process.stdout.write(`${text}\n`);
};

async function targetObject(repo: Repository, wanted: string): Promise<StixObject> {
  if (isStixId(wanted)) {
    const object = await repo.get(wanted);
    if (!object) throw new DraftError(`no object ${wanted} in the store`);
    return object;
  }
  const resolved = await resolveEntity(repo, wanted);
  if (resolved.length === 0) throw new DraftError(`nothing in the knowledge is called ${wanted}`);
  if (resolved.length > 1) {
    const names = resolved.map((r) => `${r.name} (${r.representative})`).join(', ');
    throw new DraftError(`${wanted} is ambiguous: ${names}; give the STIX id`);
  }
  const object = await repo.get(resolved[0]!.representative);
  if (!object) throw new DraftError(`no object ${resolved[0]!.representative} in the store`);
  return object;
}

const externalIdOf = (object: StixObject): string | undefined =>
  object.external_references?.find(
    (r) => r.source_name === 'mitre-attack' || r.source_name === 'cve',
  )?.external_id;

/** `draft show --json`: entities numbered as `reject` and `correct` take them, relations by current names. */
function draftJson(
  id: string,
  status: string,
  payload: DraftPayload,
  nameOf: (key: string) => string,
): unknown {
  const { entities, relations } = payload.analysis;
  return {
    id,
    status,
    title: draftTitle(payload),
    entities: entities.map((e, i) => ({
      number: i + 1,
      key: e.key,
      type: e.type,
      name: e.name,
      ...(e.ref ? { ref: e.ref } : {}),
      ...(e.externalId ? { externalId: e.externalId } : {}),
      mentions: e.mentions.length,
      quote: e.mentions[0]?.text ?? '',
    })),
    relations: relations.map((r) => ({
      source: r.source,
      sourceName: nameOf(r.source),
      type: r.type,
      target: r.target,
      targetName: nameOf(r.target),
      ...(r.confidence !== undefined ? { confidence: r.confidence } : {}),
      ...(r.inferred ? { inferred: r.inferred } : {}),
    })),
  };
}

export function registerDraft(program: Command): void {
  const draft = program
    .command('draft')
    .description('review drafts made by `vigil ingest --draft`');

  draft
    .command('list')
    .description('pending drafts: id, status, date, entities, title')
    .option('--all', 'include accepted and discarded drafts')
    .option('--json', 'JSON array on stdout')
    .action(async (options: { all?: boolean; json?: boolean }, command: Command) =>
      withStore(command, async (repo) => {
        const drafts = await repo.drafts.list(options.all ? undefined : 'pending');
        if (drafts.length === 0)
          process.stderr.write(
            `no ${options.all ? '' : 'pending '}drafts (\`vigil ingest --draft\` makes them)\n`,
          );
        const rows = drafts.map((d) => {
          const payload = d.payload as DraftPayload;
          const { id, status, created } = d;
          return {
            id,
            status,
            created,
            entities: payload.analysis.entities.length,
            title: draftTitle(payload),
          };
        });
        if (options.json) return out(JSON.stringify(rows));
        for (const d of rows) {
          out(
            `${d.id}  ${d.status}  ${d.created.slice(0, 10)}  ${d.entities} entities  ${d.title}`,
          );
        }
      }),
    );

  draft
    .command('show')
    .description('the entities (numbered for reject/correct) and relations of a draft')
    .argument('<id>', 'draft (report) id')
    .option('--json', 'JSON on stdout: the numbered entities and the relations, by current names')
    .action(async (id: string, options: { json?: boolean }, command: Command) =>
      withStore(command, async (repo) => {
        const { payload, status } = await loadDraft(repo, id);
        // Relations name entities by key, which keeps the name first extracted: show current names.
        const names = new Map(payload.analysis.entities.map((e) => [e.key, e.name]));
        const nameOf = (key: string) => names.get(key) ?? key;
        if (options.json) return out(JSON.stringify(draftJson(id, status, payload, nameOf)));
        out(`draft ${id} (${status}): ${draftTitle(payload)}`);
        payload.analysis.entities.forEach((e, i) => {
          const where = e.ref ? `-> ${e.externalId ?? e.ref}` : '(new)';
          const quote = e.mentions[0]?.text ?? '';
          out(
            `  ${String(i + 1).padStart(3)}. ${e.type} ${e.name} ${where}  "${quote}" x${e.mentions.length}`,
          );
        });
        for (const r of payload.analysis.relations) {
          out(
            `       ${nameOf(r.source)} ${r.type} ${nameOf(r.target)}${r.confidence !== undefined ? ` (${r.confidence})` : ''}${r.inferred ? ` (inferred: ${r.inferred})` : ''}`,
          );
        }
      }),
    );

  draft
    .command('reject')
    .description(
      'drop entities from the draft; a rejected name -> object pair is never proposed again',
    )
    .argument('<id>', 'draft id')
    .argument('<numbers...>', 'entity numbers from `vigil draft show`')
    .action(async (id: string, numbers: string[], _options: unknown, command: Command) =>
      withStore(command, async (repo) => {
        const loaded = await loadDraft(repo, id);
        const picked = pickEntities(loaded.payload.analysis, numbers);
        for (const entity of picked) await rememberRejection(repo, entity);
        const analysis = withoutEntities(
          loaded.payload.analysis,
          new Set(picked.map((e) => e.key)),
        );
        await updateDraft(repo, loaded, { ...loaded.payload, analysis });
        out(`rejected ${picked.map((e) => e.name).join(', ')}`);
      }),
    );

  draft
    .command('correct')
    .description('resolve an entity to another knowledge object (by name, alias or STIX id)')
    .argument('<id>', 'draft id')
    .argument('<number>', 'entity number from `vigil draft show`')
    .requiredOption('--to <name-or-id>', 'the object it really is')
    .action(async (id: string, number: string, options: { to: string }, command: Command) =>
      withStore(command, async (repo) => {
        const loaded = await loadDraft(repo, id);
        const [entity] = pickEntities(loaded.payload.analysis, [number]);
        const target = await targetObject(repo, options.to);
        await rememberRejection(repo, entity!);
        const fixed = correctedEntity(entity!, {
          id: target.id,
          type: idType(target.id),
          name: typeof target.name === 'string' ? target.name : options.to,
          ...(externalIdOf(target) ? { externalId: externalIdOf(target)! } : {}),
        });
        const entities = loaded.payload.analysis.entities.map((e) =>
          e.key === entity!.key ? fixed : e,
        );
        await updateDraft(repo, loaded, {
          ...loaded.payload,
          analysis: { ...loaded.payload.analysis, entities },
        });
        out(`#${number} ${entity!.name} is now ${fixed.name} (${target.id})`);
      }),
    );

  draft
    .command('accept')
    .description('store the draft as a report')
    .argument('<id>', 'draft id')
    .action(async (id: string, _options: unknown, command: Command) =>
      withStore(command, async (repo) => {
        const saved = await acceptDraft(repo, await loadDraft(repo, id), now());
        out(`stored ${saved.reportId}: ${versionCounts(saved.added, saved.unchanged)}`);
      }),
    );

  draft
    .command('discard')
    .description('drop the draft without storing anything')
    .argument('<id>', 'draft id')
    .action(async (id: string, _options: unknown, command: Command) =>
      withStore(command, async (repo) => {
        const loaded = await loadDraft(repo, id);
        await updateDraft(repo, loaded, loaded.payload, 'discarded');
        out(`discarded ${id}`);
      }),
    );
}
