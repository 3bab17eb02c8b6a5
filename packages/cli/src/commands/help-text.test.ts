/** Every command and subcommand says what it does in `--help` (a newcomer reads nothing else first). */
import { Command } from 'commander';
import { expect, it } from 'vitest';
import { commands } from './index.ts';

function* walk(command: Command, path: string): Generator<[string, Command]> {
  for (const sub of command.commands) {
    const name = `${path} ${sub.name()}`;
    yield [name, sub];
    yield* walk(sub, name);
  }
}

it('describes every command and subcommand, and `vigil sync` names all it loads', () => {
  const program = new Command('vigil');
  for (const register of commands) register(program);
  const all = [...walk(program, 'vigil')];
  expect(all.length).toBeGreaterThan(30);
  for (const [name, command] of all) expect(command.description(), name).not.toBe('');
  const sync = program.commands.find((c) => c.name() === 'sync')!;
  for (const sub of sync.commands) {
    const what = { attack: 'ATT&CK', kev: 'KEV', 'misp-galaxy': 'MISP galaxies' }[sub.name()];
    if (what) expect(sync.description()).toContain(what);
  }
  expect(sync.description()).toContain('warning lists');
});
