/** Entity clusters and the link audit trail over shared SQL (ARCHITECTURE.md "Entity clusters"). */
import type { StixId } from '@vigil/core';
import type { ClusterStore, EntityCluster, LinkAuditEntry } from '../side-tables.ts';
import type { SqlExecutor } from './executor.ts';

interface ClusterRecord {
  id: string;
  representative: string;
  confidence: number;
  evidence: string;
  origin: 'computed' | 'manual';
}

interface AuditRecord {
  at: string;
  action: string;
  object_ids: string;
  actor: string;
  reason: string;
}

export function clusterStore(exec: SqlExecutor): ClusterStore {
  async function hydrate(records: readonly ClusterRecord[]): Promise<EntityCluster[]> {
    const clusters: EntityCluster[] = [];
    for (const r of records) {
      const members = await exec.all<{ object_id: string }>(
        'SELECT object_id FROM entity_cluster_member WHERE cluster_id = ? ORDER BY object_id',
        [r.id],
      );
      clusters.push({
        id: r.id,
        representative: r.representative as StixId,
        confidence: Number(r.confidence),
        evidence: JSON.parse(r.evidence) as unknown,
        origin: r.origin,
        members: members.map((m) => m.object_id as StixId),
      });
    }
    return clusters;
  }

  const remove = (tx: SqlExecutor, where: string, key: string) =>
    tx
      .run(
        `DELETE FROM entity_cluster_member WHERE cluster_id IN (SELECT id FROM entity_cluster WHERE ${where} = ?)`,
        [key],
      )
      .then(() => tx.run(`DELETE FROM entity_cluster WHERE ${where} = ?`, [key]));

  return {
    async put(cluster) {
      await exec.transaction(async (tx) => {
        await remove(tx, 'id', cluster.id);
        await tx.run(
          'INSERT INTO entity_cluster (id, representative, confidence, evidence, origin) VALUES (?, ?, ?, ?, ?)',
          [
            cluster.id,
            cluster.representative,
            cluster.confidence,
            JSON.stringify(cluster.evidence ?? null),
            cluster.origin,
          ],
        );
        await tx.runMany(
          'INSERT INTO entity_cluster_member (cluster_id, object_id) VALUES (?, ?) ON CONFLICT DO NOTHING',
          cluster.members.map((member) => [cluster.id, member]),
        );
      });
    },
    async get(id) {
      const records = await exec.all<ClusterRecord>('SELECT * FROM entity_cluster WHERE id = ?', [
        id,
      ]);
      return (await hydrate(records))[0];
    },
    async list(origin) {
      const records = await exec.all<ClusterRecord>(
        origin === undefined
          ? 'SELECT * FROM entity_cluster ORDER BY id'
          : 'SELECT * FROM entity_cluster WHERE origin = ? ORDER BY id',
        origin === undefined ? [] : [origin],
      );
      return hydrate(records);
    },
    async remove(id) {
      await exec.transaction((tx) => remove(tx, 'id', id));
    },
    async removeAll(origin) {
      await exec.transaction((tx) => remove(tx, 'origin', origin));
    },
    async forObject(objectId) {
      const records = await exec.all<ClusterRecord>(
        `SELECT c.* FROM entity_cluster c
         WHERE c.id IN (SELECT cluster_id FROM entity_cluster_member WHERE object_id = ?) ORDER BY c.id`,
        [objectId],
      );
      return hydrate(records);
    },
    async audit(entry) {
      await exec.run(
        `INSERT INTO entity_link_audit (seq, at, action, object_ids, actor, reason)
         VALUES ((SELECT coalesce(max(seq), 0) + 1 FROM entity_link_audit), ?, ?, ?, ?, ?)`,
        [entry.at, entry.action, JSON.stringify(entry.objectIds), entry.actor, entry.reason],
      );
    },
    async auditTrail(objectId) {
      const records = await exec.all<AuditRecord>(
        'SELECT at, action, object_ids, actor, reason FROM entity_link_audit ORDER BY seq',
      );
      return records
        .map((r): LinkAuditEntry => ({
          at: r.at,
          action: r.action,
          objectIds: JSON.parse(r.object_ids) as StixId[],
          actor: r.actor,
          reason: r.reason,
        }))
        .filter((e) => objectId === undefined || e.objectIds.includes(objectId as StixId));
    },
  };
}
