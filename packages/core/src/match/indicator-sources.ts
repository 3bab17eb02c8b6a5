/**
 * Turns the inputs hunting accepts (plain IOC list, STIX objects, MISP event JSON) into IndicatorSpecs.
 * Pure: callers read the files; `now` is passed in (active = not revoked, valid_until not passed).
 */
import type { StixObject } from '../stix/object.ts';
import { refangIfDefanged } from './normalize.ts';
import type { IndicatorSpec, UnsupportedIndicator } from './types.ts';

export interface SpecsResult {
  readonly specs: IndicatorSpec[];
  readonly unsupported: UnsupportedIndicator[];
}

/**
 * One IOC per line; `#` starts a comment at the line start or after whitespace (URLs keep fragments).
 * Values are refanged here, so hits and sightings name `evil.example`, not the `evil[.]example` typed.
 */
export function specsFromIocList(text: string, context: readonly string[] = []): SpecsResult {
  const specs: IndicatorSpec[] = [];
  const seen = new Set<string>();
  for (const rawLine of text.split('\n')) {
    const hash = rawLine.includes('#') ? rawLine.search(/(?:^|\s)#/) : -1;
    const value = refangIfDefanged(hash >= 0 ? rawLine.slice(0, hash) : rawLine);
    if (!value || seen.has(value)) continue;
    seen.add(value);
    specs.push({ ref: value, value, context });
  }
  return { specs, unsupported: [] };
}

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/**
 * Active STIX indicators among `objects` (latest version of each id), with the names of what they
 * `indicates` and of the reports that list them as context.
 */
export function specsFromStix(objects: readonly StixObject[], nowIso: string): SpecsResult {
  const latest = new Map<string, StixObject>();
  for (const o of objects) {
    const prev = latest.get(o.id);
    if (!prev || (o.modified ?? '') > (prev.modified ?? '')) latest.set(o.id, o);
  }
  const names = new Map<string, string>();
  for (const o of latest.values()) {
    const name = str(o.name);
    if (name) names.set(o.id, name);
  }
  const context = new Map<string, string[]>();
  const addContext = (id: string, name: string | undefined) => {
    if (!name) return;
    const list = context.get(id) ?? [];
    if (!list.includes(name)) list.push(name);
    context.set(id, list);
  };
  for (const o of latest.values()) {
    if (o.revoked) continue;
    if (o.type === 'relationship' && o.relationship_type === 'indicates') {
      addContext(String(o.source_ref), names.get(String(o.target_ref)));
    } else if (o.type === 'report' && Array.isArray(o.object_refs)) {
      for (const ref of o.object_refs) addContext(String(ref), str(o.name));
    }
  }
  const specs: IndicatorSpec[] = [];
  const unsupported: UnsupportedIndicator[] = [];
  const now = Date.parse(nowIso);
  for (const o of latest.values()) {
    if (o.type !== 'indicator' || o.revoked) continue;
    const validUntil = str(o.valid_until);
    if (validUntil && Date.parse(validUntil) <= now) continue;
    const pattern = str(o.pattern);
    const patternType = str(o.pattern_type) ?? 'stix';
    if (!pattern || patternType !== 'stix') {
      unsupported.push({ ref: o.id, reason: `pattern_type ${patternType} is not evaluated` });
      continue;
    }
    const name = str(o.name);
    specs.push({ ref: o.id, pattern, ...(name ? { name } : {}), context: context.get(o.id) ?? [] });
  }
  return { specs, unsupported };
}

/** MISP attribute types hunting understands; `a|b` composites keep the listed part(s). */
const MISP_TYPES: Readonly<Record<string, readonly number[]>> = {
  'ip-dst': [0],
  'ip-src': [0],
  'ip-dst|port': [0],
  'ip-src|port': [0],
  domain: [0],
  hostname: [0],
  'hostname|port': [0],
  'domain|ip': [0, 1],
  url: [0],
  link: [0],
  email: [0],
  'email-src': [0],
  'email-dst': [0],
  md5: [0],
  sha1: [0],
  sha256: [0],
  sha512: [0],
  'filename|md5': [1],
  'filename|sha1': [1],
  'filename|sha256': [1],
  'filename|sha512': [1],
};

interface MispAttribute {
  readonly type?: unknown;
  readonly value?: unknown;
  readonly deleted?: unknown;
}

/** Attributes of a MISP event (`{Event: {...}}` or the bare event), including those inside Objects. */
export function specsFromMisp(json: unknown): SpecsResult {
  const root = (json ?? {}) as { Event?: unknown };
  const event = (root.Event ?? root) as { info?: unknown; Attribute?: unknown; Object?: unknown };
  const info = str(event.info);
  const attributes: MispAttribute[] = [];
  if (Array.isArray(event.Attribute)) attributes.push(...(event.Attribute as MispAttribute[]));
  if (Array.isArray(event.Object)) {
    for (const object of event.Object as { Attribute?: unknown }[]) {
      if (Array.isArray(object?.Attribute))
        attributes.push(...(object.Attribute as MispAttribute[]));
    }
  }
  const specs: IndicatorSpec[] = [];
  const unsupported: UnsupportedIndicator[] = [];
  const seen = new Set<string>();
  for (const a of attributes) {
    const type = str(a.type);
    const value = str(a.value);
    if (!type || !value || a.deleted === true) continue;
    const parts = MISP_TYPES[type];
    if (!parts) {
      unsupported.push({
        ref: value.slice(0, 100),
        reason: `MISP attribute type ${type} is not hunted`,
      });
      continue;
    }
    const pieces = value.split('|');
    for (const p of parts) {
      const piece = pieces[p] === undefined ? undefined : refangIfDefanged(pieces[p]);
      if (!piece || seen.has(piece)) continue;
      seen.add(piece);
      specs.push({ ref: piece, value: piece, context: info ? [info] : [] });
    }
  }
  return { specs, unsupported };
}
