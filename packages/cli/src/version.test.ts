/** `vigil --version` prints the CLI package's version and succeeds, like any well-behaved command. */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { runVigil } from '../../../test-support/cli.ts';

const { version } = JSON.parse(
  readFileSync(new URL('../package.json', import.meta.url), 'utf8'),
) as { version: string };

it('prints the version and exits 0, with --version and -V', async () => {
  for (const flag of ['--version', '-V']) {
    const run = await runVigil([flag]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe(`${version}\n`);
  }
});
