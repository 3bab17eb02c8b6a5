/**
 * MISP galaxy cluster files (misp-galaxy `schema_clusters.json`): the shape Vigil reads, validated at
 * the edge so the converter can trust it. Unknown `meta` keys are kept as they are.
 */
import { CoreError } from '../errors.ts';

export interface GalaxyRelated {
  readonly 'dest-uuid': string;
  readonly type: string;
  readonly tags?: readonly string[];
}

export interface GalaxyCluster {
  readonly uuid: string;
  readonly value: string;
  readonly description?: string;
  readonly revoked?: boolean;
  readonly meta?: Readonly<Record<string, unknown>>;
  readonly related?: readonly GalaxyRelated[];
}

export interface GalaxyClusterFile {
  /** The galaxy type, also the tag namespace: `misp-galaxy:<type>="<value>"`. */
  readonly type: string;
  readonly name: string;
  readonly uuid: string;
  readonly version?: number;
  readonly source?: string;
  readonly values: readonly GalaxyCluster[];
}

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function invalid(path: string, message: string): CoreError {
  return new CoreError('invalid_input', `misp galaxy: ${path}: ${message}`, { path });
}

function parseRelated(value: unknown, path: string): GalaxyRelated[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw invalid(path, 'related must be an array');
  return value.map((entry: unknown, i) => {
    const at = `${path}[${i}]`;
    if (!isRecord(entry)) throw invalid(at, 'must be an object');
    const dest = entry['dest-uuid'];
    const type = entry.type;
    if (typeof dest !== 'string' || !UUID_RE.test(dest))
      throw invalid(at, 'dest-uuid must be a uuid');
    if (typeof type !== 'string') throw invalid(at, 'type must be a string');
    const tags = Array.isArray(entry.tags)
      ? entry.tags.filter((t): t is string => typeof t === 'string')
      : undefined;
    return { 'dest-uuid': dest.toLowerCase(), type: type.trim(), ...(tags ? { tags } : {}) };
  });
}

function parseCluster(value: unknown, path: string): GalaxyCluster {
  if (!isRecord(value)) throw invalid(path, 'must be an object');
  const { uuid, value: name, description, meta, revoked } = value;
  if (typeof uuid !== 'string' || !UUID_RE.test(uuid)) throw invalid(path, 'uuid must be a uuid');
  if (typeof name !== 'string' || name.trim() === '') throw invalid(path, 'value must be a name');
  if (description !== undefined && typeof description !== 'string') {
    throw invalid(path, 'description must be a string');
  }
  if (meta !== undefined && !isRecord(meta)) throw invalid(path, 'meta must be an object');
  return {
    uuid: uuid.toLowerCase(),
    value: name.trim(),
    ...(description ? { description } : {}),
    ...(revoked === true ? { revoked: true } : {}),
    ...(meta ? { meta } : {}),
    related: parseRelated(value.related, `${path}.related`),
  };
}

/** Validates a parsed cluster file; throws CoreError('invalid_input') naming the JSON path. */
export function parseGalaxyClusterFile(json: unknown): GalaxyClusterFile {
  if (!isRecord(json)) throw invalid('$', 'a cluster file is a JSON object');
  const { type, name, uuid, version, source, values } = json;
  if (typeof type !== 'string' || !/^[a-z0-9-]+$/.test(type)) {
    throw invalid('$.type', 'must be a galaxy type such as "threat-actor"');
  }
  if (typeof name !== 'string') throw invalid('$.name', 'must be a string');
  if (typeof uuid !== 'string' || !UUID_RE.test(uuid)) throw invalid('$.uuid', 'must be a uuid');
  if (!Array.isArray(values)) throw invalid('$.values', 'must be an array');
  return {
    type,
    name,
    uuid: uuid.toLowerCase(),
    ...(typeof version === 'number' ? { version } : {}),
    ...(typeof source === 'string' ? { source } : {}),
    values: values.map((v: unknown, i) => parseCluster(v, `$.values[${i}]`)),
  };
}

/** Strings of a meta field that may be one string or a list of strings. */
export function metaStrings(meta: GalaxyCluster['meta'], key: string): string[] {
  const value = meta?.[key];
  if (typeof value === 'string') return value.trim() ? [value.trim()] : [];
  if (!Array.isArray(value)) return [];
  return value
    .filter((v): v is string => typeof v === 'string' && v.trim() !== '')
    .map((v) => v.trim());
}
