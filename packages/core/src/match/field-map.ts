/**
 * Common log field names → the STIX Cyber-observable paths they hold (documented in docs/HUNTING.md).
 * Keys are lower-case; a record's field is looked up by its full dotted path (array indices dropped),
 * then by its last segment, so `winlog.event_data.DestinationIp` finds the Sysmon `DestinationIp` entry.
 */
const SRC_IP = ['network-traffic:src_ref.value', 'ipv4-addr:value', 'ipv6-addr:value'];
const DST_IP = ['network-traffic:dst_ref.value', 'ipv4-addr:value', 'ipv6-addr:value'];
const DOMAIN = ['domain-name:value'];
const URL_VALUE = ['url:value'];
const SRC_PORT = ['network-traffic:src_port'];
const DST_PORT = ['network-traffic:dst_port'];

/** Full dotted paths (ECS, Zeek, CloudTrail) and bare names (Sysmon event data). */
export const FIELD_MAP: ReadonlyMap<string, readonly string[]> = new Map<string, readonly string[]>(
  [
    // Elastic Common Schema
    ['source.ip', SRC_IP],
    ['source.address', SRC_IP],
    ['client.ip', SRC_IP],
    ['destination.ip', DST_IP],
    ['destination.address', DST_IP],
    ['server.ip', DST_IP],
    ['source.port', SRC_PORT],
    ['destination.port', DST_PORT],
    ['destination.domain', DOMAIN],
    ['url.full', URL_VALUE],
    ['url.original', URL_VALUE],
    ['url.domain', DOMAIN],
    ['dns.question.name', DOMAIN],
    ['file.hash.md5', ['file:hashes.MD5']],
    ['file.hash.sha1', ['file:hashes.SHA-1']],
    ['file.hash.sha256', ['file:hashes.SHA-256']],
    ['file.hash.sha512', ['file:hashes.SHA-512']],
    ['file.name', ['file:name']],
    ['process.name', ['process:name', 'file:name']],
    ['process.executable', ['process:image_ref.name', 'file:name']],
    ['process.command_line', ['process:command_line']],
    ['process.hash.sha256', ['file:hashes.SHA-256']],
    ['process.hash.md5', ['file:hashes.MD5']],
    ['email.from.address', ['email-message:from_ref.value', 'email-addr:value']],
    ['email.to.address', ['email-message:to_refs[*].value', 'email-addr:value']],
    ['user.name', ['user-account:account_login']],
    ['registry.path', ['windows-registry-key:key']],
    // Sysmon (event data names)
    ['sourceip', SRC_IP],
    ['destinationip', DST_IP],
    ['sourceport', SRC_PORT],
    ['destinationport', DST_PORT],
    ['destinationhostname', DOMAIN],
    ['queryname', DOMAIN],
    ['image', ['process:image_ref.name', 'file:name']],
    ['commandline', ['process:command_line']],
    ['targetfilename', ['file:name']],
    ['targetobject', ['windows-registry-key:key']],
    ['user', ['user-account:account_login']],
    // Zeek (conn, dns, http, files)
    ['id.orig_h', SRC_IP],
    ['id.resp_h', DST_IP],
    ['id.orig_p', SRC_PORT],
    ['id.resp_p', DST_PORT],
    ['query', DOMAIN],
    ['host', DOMAIN],
    ['uri', ['url:value']],
    ['md5', ['file:hashes.MD5']],
    ['sha1', ['file:hashes.SHA-1']],
    ['sha256', ['file:hashes.SHA-256']],
    ['filename', ['file:name']],
    // CloudTrail
    ['sourceipaddress', SRC_IP],
    ['useridentity.username', ['user-account:account_login']],
  ],
);

/** Sysmon's `Hashes` field packs several digests: `SHA256=…,MD5=…,IMPHASH=…`. */
export const PACKED_HASH_FIELDS: ReadonlySet<string> = new Set(['hashes']);

const TARGETS: ReadonlySet<string> = new Set([...FIELD_MAP.values()].flat());

/** The SCO paths a record field holds, or undefined when the field is not mapped. */
export function scoPathsOfField(fieldPath: string): readonly string[] | undefined {
  const key = fieldPath.replace(/\[\d+\]/g, '').toLowerCase();
  const full = FIELD_MAP.get(key);
  if (full) return full;
  const dot = key.lastIndexOf('.');
  return dot >= 0 ? FIELD_MAP.get(key.slice(dot + 1)) : undefined;
}

/** True when some log field maps to this SCO path, so a comparison on it can be evaluated. */
export const isMappedScoPath = (scoPath: string): boolean => TARGETS.has(scoPath);
