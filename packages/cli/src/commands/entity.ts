/**
 * `vigil entity show|conflicts|link|unlink|recompute|audit`: entity clusters (docs/ARCHITECTURE.md
 * "Entity clusters"): which objects from which sources are one entity, why, and analysts' decisions.
 */
import type { Command } from 'commander';
import { CoreError, isStixId } from '@vigil/core';
import type { AliasConflict } from '@vigil/core';
import {
  CONFLICTS_META_KEY,
  ENTITY_TYPES,
  linkEntities,
  recomputeEntityClusters,
  resolveEntity,
  type Repository,
  type ResolvedEntity,
} from '@vigil/store';
import { EXIT_NONE, EXIT_OK } from '../exit-codes.ts';
import { withStore } from '../store-context.ts';

const write = (text: string) => process.stdout.write(`${text}\n`);

export function formatEntity(entity: ResolvedEntity, conflicts: readonly AliasConflict[]): string {
  const facts = [
    entity.attackId ? `ATT&CK ${entity.attackId}` : undefined,
    entity.country ? `country ${entity.country}` : undefined,
    `confidence ${entity.confidence}`,
    entity.inactive ? 'revoked/deprecated' : undefined,
  ].filter(Boolean);
  const width = Math.max(...entity.members.map((m) => m.name.length));
  const lines = [
    `${entity.name} (${entity.type}) ${entity.representative}`,
    `  ${facts.join(', ')}`,
    'members:',
    ...entity.members.map(
      (m, i) =>
        `  ${m.name.padEnd(width)}  ${m.source.padEnd(32)} ${m.id}${i === 0 ? '  [representative]' : ''}${m.revoked ? '  [revoked]' : ''}`,
    ),
    `aliases: ${entity.aliases.join(', ')}`,
  ];
  if (entity.evidence.length > 0) {
    lines.push('evidence:');
    for (const e of entity.evidence)
      lines.push(`  ${e.kind} (${e.confidence}): ${e.a} ~ ${e.b}: ${e.detail}`);
  }
  if (entity.conflicts.length > 0) {
    lines.push('contested aliases (also name another cluster; never resolved on their own):');
    const byAlias = new Map(conflicts.map((c) => [c.alias, c]));
    for (const alias of entity.conflicts) {
      const other = [...(byAlias.get(alias.toLowerCase())?.clusters ?? [])].filter(
        (id) => id !== entity.id,
      );
      lines.push(`  ${alias}${other.length ? `: also ${other.join(', ')}` : ''}`);
    }
  }
  return lines.join('\n');
}

/** "No such entity", and why when the store holds no entity knowledge at all. */
async function notFound(repo: Repository, nameOrId: string): Promise<string> {
  const any = await repo.query({ types: ENTITY_TYPES, includeRevoked: true, limit: 1 });
  const why =
    any.items.length === 0
      ? ': the store has no groups, software or techniques yet (`vigil sync attack`, `vigil sync misp-galaxy`)'
      : '';
  return `no entity named "${nameOrId}"${why}\n`;
}

async function storedConflicts(repo: Repository): Promise<AliasConflict[]> {
  const raw = await repo.meta.get(CONFLICTS_META_KEY);
  return raw ? (JSON.parse(raw) as AliasConflict[]) : [];
}

/** An object id from an id or a name that names exactly one object. */
async function oneObject(repo: Repository, nameOrId: string): Promise<string> {
  if (isStixId(nameOrId)) return nameOrId;
  const hits = await repo.lookupAlias(nameOrId, ENTITY_TYPES);
  const ids = [...new Set(hits.map((h) => h.objectId))];
  if (ids.length === 1 && ids[0]) return ids[0];
  if (ids.length === 0) throw new CoreError('unresolved_ref', `no object named "${nameOrId}"`);
  throw new CoreError(
    'invalid_input',
    `"${nameOrId}" names ${ids.length} objects; give an id: ${hits.map((h) => `${h.objectId} (${h.name})`).join(', ')}`,
  );
}

function registerLink(entity: Command, action: 'link' | 'unlink'): void {
  entity
    .command(`${action} <a> <b>`)
    .description(
      action === 'link'
        ? 'declare two objects one entity'
        : 'declare two objects different entities',
    )
    .requiredOption('--reason <text>', 'why (kept in the audit trail)')
    .option('--actor <name>', 'who decides (default: $USER)')
    .option('--json', 'JSON on stdout')
    .action(
      async (
        a: string,
        b: string,
        options: { reason: string; actor?: string; json?: boolean },
        command: Command,
      ) => {
        await withStore(command, async (repo) => {
          const outcome = await linkEntities(repo, {
            action,
            a: await oneObject(repo, a),
            b: await oneObject(repo, b),
            reason: options.reason,
            actor: options.actor ?? process.env.USER ?? 'unknown',
            at: new Date().toISOString(),
          });
          if (options.json) return write(JSON.stringify(outcome));
          write(`${action}ed: ${outcome.together ? 'now one cluster' : 'now separate clusters'}`);
          write(formatEntity(outcome.clusterOfA, await storedConflicts(repo)));
          if (!outcome.together)
            write(formatEntity(outcome.clusterOfB, await storedConflicts(repo)));
        });
        process.exitCode = EXIT_OK;
      },
    );
}

export function registerEntity(program: Command): void {
  const entity = program
    .command('entity')
    .description('entity clusters: one entity across sources');
  entity
    .command('show <nameOrId>')
    .description(
      'the cluster(s) a name or id resolves to: representative, members, aliases, evidence',
    )
    .option('--json', 'JSON array on stdout')
    .action(async (nameOrId: string, options: { json?: boolean }, command: Command) => {
      const found = await withStore(command, async (repo) => {
        const clusters = await resolveEntity(repo, nameOrId);
        if (options.json) write(JSON.stringify(clusters));
        else if (clusters.length === 0) process.stderr.write(await notFound(repo, nameOrId));
        else {
          const conflicts = await storedConflicts(repo);
          if (clusters.length > 1)
            write(`"${nameOrId}" is contested: ${clusters.length} clusters\n`);
          write(clusters.map((c) => formatEntity(c, conflicts)).join('\n\n'));
        }
        return clusters.length;
      });
      process.exitCode = found > 0 ? EXIT_OK : EXIT_NONE;
    });
  entity
    .command('conflicts')
    .description('aliases that name more than one cluster (kept on all, never resolved to one)')
    .option('--type <type>', 'only clusters of this STIX type, e.g. intrusion-set')
    .option('--json', 'JSON array on stdout')
    .action(async (options: { type?: string; json?: boolean }, command: Command) => {
      const conflicts = await withStore(command, storedConflicts);
      const shown = options.type
        ? conflicts.filter((c) => c.clusters.some((id) => id.startsWith(`${options.type}--`)))
        : conflicts;
      if (options.json) write(JSON.stringify(shown));
      else if (shown.length === 0) process.stderr.write('no contested aliases\n');
      else write(shown.map((c) => `${c.names.join(' / ')}: ${c.clusters.join(', ')}`).join('\n'));
      process.exitCode = shown.length > 0 ? EXIT_OK : EXIT_NONE;
    });
  registerLink(entity, 'link');
  registerLink(entity, 'unlink');
  entity
    .command('recompute')
    .description("recompute clusters from the store and the analysts' decisions")
    .option('--json', 'JSON on stdout')
    .action(async (options: { json?: boolean }, command: Command) => {
      const summary = await withStore(command, recomputeEntityClusters);
      write(
        options.json
          ? JSON.stringify(summary)
          : `${summary.clusters} clusters (${summary.linked} linked), ${summary.conflicts} contested aliases`,
      );
      process.exitCode = EXIT_OK;
    });
  entity
    .command('audit [id]')
    .description('the link/unlink audit trail (who, when, why), optionally for one object')
    .option('--json', 'JSON array on stdout')
    .action(async (id: string | undefined, options: { json?: boolean }, command: Command) => {
      const trail = await withStore(command, (repo) => repo.clusters.auditTrail(id));
      if (options.json) write(JSON.stringify(trail));
      else
        for (const e of trail)
          write(
            `${e.at}  ${e.action.padEnd(6)} ${e.objectIds.join(' ~ ')}  by ${e.actor}: ${e.reason}`,
          );
      process.exitCode = trail.length > 0 ? EXIT_OK : EXIT_NONE;
    });
}
