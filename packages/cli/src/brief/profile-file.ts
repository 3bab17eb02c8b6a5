/** The organization profile file: `$VIGIL_HOME/profile.json` unless a path is given; validated on read. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseOrgProfile, type OrgProfile } from '@vigil/core';
import { vigilHome } from '../store-context.ts';

export class ProfileError extends Error {
  override readonly name = 'ProfileError';
  readonly code = 'invalid_profile';
}

export const defaultProfilePath = (): string => join(vigilHome(), 'profile.json');

const MAX_PROFILE_BYTES = 1024 * 1024;

export function readProfileFile(path: string): OrgProfile {
  if (!existsSync(path))
    throw new ProfileError(`no profile at ${path}: create one with \`vigil profile init\``);
  const raw = readFileSync(path, 'utf8');
  if (raw.length > MAX_PROFILE_BYTES)
    throw new ProfileError(`${path} is larger than 1 MiB: not a profile`);
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    throw new ProfileError(
      `${path} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const result = parseOrgProfile(json);
  if (!result.ok)
    throw new ProfileError(`${path}: ${result.issues.map((i) => i.message).join('; ')}`);
  return result.value;
}

/** The profile for a briefing: the given file, else the default file when it exists, else none. */
export function profileFor(path: string | undefined): OrgProfile | undefined {
  if (path) return readProfileFile(path);
  const fallback = defaultProfilePath();
  return existsSync(fallback) ? readProfileFile(fallback) : undefined;
}
