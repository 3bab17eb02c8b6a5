/** Per-type properties of the SCOs Vigil uses (STIX 2.1 §6), beside the SCO common properties. */
import { p, required } from './property-spec.ts';
import { WINDOWS_REGISTRY_DATATYPE_ENUM } from './vocab.ts';

const registryValue = p.dictionary();

export const SCO_TABLES = {
  'autonomous-system': {
    number: required(p.integer(0)),
    name: p.string(),
    rir: p.string(),
  },
  'domain-name': {
    value: required(p.string()),
    resolves_to_refs: p.refs('ipv4-addr', 'ipv6-addr', 'domain-name'),
  },
  'email-addr': {
    value: required(p.string()),
    display_name: p.string(),
    belongs_to_ref: p.ref('user-account'),
  },
  file: {
    hashes: p.hashes(),
    size: p.integer(0),
    name: p.string(),
    name_enc: p.string(),
    magic_number_hex: p.hex(),
    mime_type: p.string(),
    ctime: p.timestamp(),
    mtime: p.timestamp(),
    atime: p.timestamp(),
    parent_directory_ref: p.ref('directory'),
    contains_refs: p.refs('sco'),
    content_ref: p.ref('artifact'),
  },
  'ipv4-addr': {
    value: required(p.string()),
    resolves_to_refs: p.refs('mac-addr'),
    belongs_to_refs: p.refs('autonomous-system'),
  },
  'ipv6-addr': {
    value: required(p.string()),
    resolves_to_refs: p.refs('mac-addr'),
    belongs_to_refs: p.refs('autonomous-system'),
  },
  mutex: { name: required(p.string()) },
  url: { value: required(p.string()) },
  'windows-registry-key': {
    key: p.string(),
    values: p.list(registryValue),
    modified_time: p.timestamp(),
    creator_user_ref: p.ref('user-account'),
    number_of_subkeys: p.integer(0),
  },
  'x509-certificate': {
    is_self_signed: p.boolean(),
    hashes: p.hashes(),
    version: p.string(),
    serial_number: p.string(),
    signature_algorithm: p.string(),
    issuer: p.string(),
    validity_not_before: p.timestamp(),
    validity_not_after: p.timestamp(),
    subject: p.string(),
    subject_public_key_algorithm: p.string(),
    subject_public_key_modulus: p.string(),
    subject_public_key_exponent: p.integer(0),
    x509_v3_extensions: p.dictionary(),
  },
} as const;

/** Registry value data types (§6.17.2); checked by the windows-registry-key constraint. */
export const REGISTRY_DATATYPES: readonly string[] = WINDOWS_REGISTRY_DATATYPE_ENUM;

/**
 * ID contributing properties per SCO type (STIX 2.1 §6, "ID Contributing Properties" of each SCO), in the
 * spec's order. `file` and `x509-certificate` list `hashes` first; see sco.ts for how hashes contribute.
 */
export const SCO_ID_CONTRIBUTING: Readonly<Record<keyof typeof SCO_TABLES, readonly string[]>> = {
  'autonomous-system': ['number'],
  'domain-name': ['value'],
  'email-addr': ['value'],
  file: ['hashes', 'name', 'extensions', 'parent_directory_ref'],
  'ipv4-addr': ['value'],
  'ipv6-addr': ['value'],
  mutex: ['name'],
  url: ['value'],
  'windows-registry-key': ['key', 'values'],
  'x509-certificate': ['hashes', 'serial_number'],
};
