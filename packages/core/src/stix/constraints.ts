/**
 * Cross-property rules the property tables cannot say (python-stix2's `_check_object_constraints`).
 * Each cites its STIX 2.1 section. Runs only after the properties themselves passed their own checks.
 */
import { parsePattern } from '../pattern/parser.ts';
import type { Issue } from '../result.ts';
import { issue } from '../result.ts';
import { isIpv4Value, isIpv6Value } from './ip-address.ts';
import { compareTimestamps, isTimestamp } from './timestamp.ts';

type Obj = Readonly<Record<string, unknown>>;
type Constraint = (o: Obj, path: string, out: Issue[]) => void;

const at = (path: string, prop: string): string => (path ? `${path}.${prop}` : prop);

/** `later` must not be before `earlier` (or strictly after, when `strict`). */
const ordered =
  (earlier: string, later: string, strict = false, section = ''): Constraint =>
  (o, path, out) => {
    const a = o[earlier];
    const b = o[later];
    if (!isTimestamp(a) || !isTimestamp(b)) return;
    const c = compareTimestamps(b, a);
    if (c < 0 || (strict && c === 0)) {
      const relation = strict ? 'later than' : 'the same as or later than';
      out.push(
        issue(
          'invalid_order',
          at(path, later),
          `${later} must be ${relation} ${earlier}${section}`,
        ),
      );
    }
  };

const atLeastOne =
  (props: readonly string[], section: string): Constraint =>
  (o, path, out) => {
    if (props.some((name) => o[name] !== undefined)) return;
    out.push(
      issue('missing_property', path, `needs at least one of ${props.join(', ')} (${section})`),
    );
  };

const addressValue =
  (family: string, valid: (value: string) => boolean, section: string): Constraint =>
  (o, path, out) => {
    if (typeof o.value === 'string' && !valid(o.value)) {
      out.push(
        issue(
          'invalid_value',
          at(path, 'value'),
          `${JSON.stringify(o.value.slice(0, 60))} is not an ${family} address or CIDR (${section})`,
        ),
      );
    }
  };

const CONSTRAINTS: Readonly<Record<string, readonly Constraint[]>> = {
  campaign: [ordered('first_seen', 'last_seen', false, ' (§4.2)')],
  indicator: [
    ordered('valid_from', 'valid_until', true, ' (§4.7)'),
    (o, path, out) => {
      // §4.7: a `stix` pattern must be a valid STIX pattern (§9).
      if (o.pattern_type !== 'stix' || typeof o.pattern !== 'string') return;
      const parsed = parsePattern(o.pattern, { path: at(path, 'pattern') });
      if (!parsed.ok) out.push(...parsed.issues);
    },
  ],
  infrastructure: [ordered('first_seen', 'last_seen', false, ' (§4.8)')],
  'intrusion-set': [ordered('first_seen', 'last_seen', false, ' (§4.9)')],
  location: [
    // §4.10: region, country, or latitude+longitude; precision only with coordinates.
    (o, path, out) => {
      const hasLat = o.latitude !== undefined;
      const hasLong = o.longitude !== undefined;
      if (hasLat !== hasLong) {
        out.push(
          issue(
            'missing_property',
            at(path, hasLat ? 'longitude' : 'latitude'),
            'latitude and longitude go together (§4.10)',
          ),
        );
      }
      if (o.precision !== undefined && !(hasLat && hasLong)) {
        out.push(
          issue(
            'invalid_dependency',
            at(path, 'precision'),
            'precision needs latitude and longitude (§4.10)',
          ),
        );
      }
      if (o.region === undefined && o.country === undefined && !(hasLat && hasLong)) {
        out.push(
          issue(
            'missing_property',
            path,
            'location needs region, country, or latitude and longitude (§4.10)',
          ),
        );
      }
    },
  ],
  malware: [
    ordered('first_seen', 'last_seen', false, ' (§4.11)'),
    (o, path, out) => {
      // §4.11: "name ... MUST be present when is_family is true".
      if (o.is_family === true && o.name === undefined) {
        out.push(
          issue(
            'missing_property',
            at(path, 'name'),
            'name is required when is_family is true (§4.11)',
          ),
        );
      }
    },
  ],
  'observed-data': [ordered('first_observed', 'last_observed', false, ' (§4.14)')],
  relationship: [ordered('start_time', 'stop_time', true, ' (§5.1)')],
  sighting: [ordered('first_seen', 'last_seen', false, ' (§5.2)')],
  'threat-actor': [ordered('first_seen', 'last_seen', false, ' (§4.17)')],
  file: [atLeastOne(['hashes', 'name'], '§6.7')],
  'ipv4-addr': [addressValue('IPv4', isIpv4Value, '§6.10')],
  'ipv6-addr': [addressValue('IPv6', isIpv6Value, '§6.11')],
  'windows-registry-key': [
    atLeastOne(
      ['key', 'values', 'modified_time', 'creator_user_ref', 'number_of_subkeys'],
      '§6.17',
    ),
  ],
  'x509-certificate': [
    atLeastOne(
      [
        'is_self_signed',
        'hashes',
        'version',
        'serial_number',
        'signature_algorithm',
        'issuer',
        'validity_not_before',
        'validity_not_after',
        'subject',
        'subject_public_key_algorithm',
        'subject_public_key_modulus',
        'subject_public_key_exponent',
        'x509_v3_extensions',
      ],
      '§6.18',
    ),
    ordered('validity_not_before', 'validity_not_after', false, ' (§6.18)'),
  ],
  'marking-definition': [
    // §7.2.1: definition_type and definition travel together; without them an extension defines the
    // marking (TLP 2.0, DOMAIN.md §3).
    (o, path, out) => {
      const hasType = o.definition_type !== undefined;
      if (hasType !== (o.definition !== undefined)) {
        out.push(
          issue(
            'missing_property',
            at(path, hasType ? 'definition' : 'definition_type'),
            'definition_type and definition go together (§7.2.1)',
          ),
        );
      } else if (!hasType && o.extensions === undefined) {
        out.push(
          issue(
            'missing_property',
            at(path, 'definition'),
            'a marking needs definition_type and definition, or an extension (§7.2.1)',
          ),
        );
      }
      if (o.definition_type === 'tlp' || o.definition_type === 'statement') {
        const key = o.definition_type;
        const def = o.definition as Obj | undefined;
        if (def && typeof def[key] !== 'string') {
          out.push(
            issue(
              'missing_property',
              at(path, `definition.${key}`),
              `${key} definition needs a string ${key} (§7.2.1.3)`,
            ),
          );
        }
      }
    },
  ],
};

/** Runs the cross-property rules of `type`; unknown types have none. */
export function checkConstraints(type: string, o: Obj, path: string, out: Issue[]): void {
  for (const rule of CONSTRAINTS[type] ?? []) rule(o, path, out);
}
