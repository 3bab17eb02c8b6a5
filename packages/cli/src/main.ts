/** Entry point of the `vigil` command. */
import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { commands } from './commands/index.ts';
import { EXIT_ERROR, messageOf } from './exit-codes.ts';

// `vigil ... | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

// The root package.json carries no version (a private workspace): the CLI package's is vigil's.
const { version } = JSON.parse(
  readFileSync(new URL('../package.json', import.meta.url), 'utf8'),
) as { version: string };

const program = new Command('vigil')
  .description(
    'Threat intelligence and incident response: reports to STIX 2.1, knowledge, briefings, hunting.',
  )
  .version(version, '-V, --version', 'print the version')
  .option('--db <url>', 'store: a SQLite file path or postgres:// URL (env VIGIL_DATABASE_URL)')
  .showHelpAfterError()
  .exitOverride();

for (const register of commands) register(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    process.exitCode = error.exitCode === 0 ? 0 : EXIT_ERROR;
  } else {
    process.stderr.write(`vigil: ${messageOf(error)}\n`);
    process.exitCode = EXIT_ERROR;
  }
}
