/** `vigil profile show|init|set`: the organization profile briefings score relevance against. */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Command } from 'commander';
import { INDUSTRY_SECTORS, parseOrgProfile, type OrgProfile } from '@vigil/core';
import { defaultProfilePath, ProfileError, readProfileFile } from '../brief/profile-file.ts';

const LIST_FIELDS = ['sectors', 'countries', 'products', 'crownJewels'] as const;

function write(path: string, profile: OrgProfile): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(profile, null, 2)}\n`);
}

function show(profile: OrgProfile): string {
  const list = (items: readonly string[]) => (items.length > 0 ? items.join(', ') : '(none)');
  return [
    `name:        ${profile.name ?? '(none)'}`,
    `sectors:     ${list(profile.sectors)}`,
    `countries:   ${list(profile.countries)}`,
    `products:    ${list(profile.products)}`,
    `crownJewels: ${list(profile.crownJewels)}`,
    '',
  ].join('\n');
}

export function registerProfile(program: Command): void {
  const profile = program
    .command('profile')
    .description(
      'the organization profile (sectors, countries, products, crown jewels) briefings score against',
    );

  profile
    .command('show')
    .description('validate and print the profile')
    .option('--file <path>', 'profile file (default $VIGIL_HOME/profile.json)')
    .option('--json', 'print JSON')
    .action((options: { file?: string; json?: boolean }) => {
      const p = readProfileFile(options.file ?? defaultProfilePath());
      process.stdout.write(options.json ? `${JSON.stringify(p, null, 2)}\n` : show(p));
    });

  profile
    .command('init')
    .description('write an empty profile to fill in')
    .option('--file <path>', 'profile file (default $VIGIL_HOME/profile.json)')
    .option('--force', 'overwrite an existing profile')
    .action((options: { file?: string; force?: boolean }) => {
      const path = options.file ?? defaultProfilePath();
      if (existsSync(path) && !options.force)
        throw new ProfileError(`${path} exists; use --force to overwrite`);
      write(path, {
        name: 'Our organization',
        sectors: [],
        countries: [],
        products: [],
        crownJewels: [],
      });
      process.stdout.write(
        `wrote ${path}\nsectors are industry-sector-ov values: ${INDUSTRY_SECTORS.join(', ')}\n` +
          'countries are ISO 3166-1 alpha-2 codes (CZ, US...); products are vendor:product (microsoft:exchange_server)\n',
      );
    });

  profile
    .command('set')
    .description(
      'set one field: name, sectors, countries, products or crownJewels (lists comma-separated)',
    )
    .argument('<field>', 'name | sectors | countries | products | crownJewels')
    .argument('<values...>', 'new value(s); lists may be comma-separated')
    .option('--file <path>', 'profile file (default $VIGIL_HOME/profile.json)')
    .action((field: string, values: string[], options: { file?: string }) => {
      const path = options.file ?? defaultProfilePath();
      const current: Record<string, unknown> = existsSync(path)
        ? { ...readProfileFile(path) }
        : { sectors: [], countries: [], products: [], crownJewels: [] };
      if (field === 'name') current.name = values.join(' ');
      else if ((LIST_FIELDS as readonly string[]).includes(field)) {
        current[field] = values
          .flatMap((v) => v.split(','))
          .map((v) => v.trim())
          .filter(Boolean);
      } else throw new ProfileError(`unknown field ${field}: use name, ${LIST_FIELDS.join(', ')}`);
      const result = parseOrgProfile(current);
      if (!result.ok) throw new ProfileError(result.issues.map((i) => i.message).join('; '));
      write(path, result.value);
      process.stdout.write(show(result.value));
    });
}
