/**
 * A plain IOC list as it arrives in a mail or a chat: defanged every way vendors write it. `vigil hunt`
 * refangs each form, hunts it, and names the line it could not read instead of dropping it.
 */
import { describe, expect, it } from 'vitest';
import { jsonHits, scratch } from './scratch.ts';

const IOCS = [
  '# from the partner CERT, defanged',
  'evil-update(.)example',
  'bad[dot]example[.]com',
  'ops[at]evil-mail[.]com',
  'hxxp[:]//198.51.100[.]8/x',
  '1.2.3[.]4',
  'not-an-indicator',
].join('\n');

const LOG = [
  'mail from ops@evil-mail.com to finance@corp.example',
  'GET http://198.51.100.8/x 200',
  'conn 1.2.3.4:443',
  'conn 11.2.3.45:443',
  'dns bad.example.com A',
  'dns evil-update.example A',
].join('\n');

describe('vigil hunt with a defanged IOC list', () => {
  it('refangs (.), [dot], [at], [:] and [.] forms and hunts each', async () => {
    const ws = scratch('defanged');
    const run = await ws.vigil([
      'hunt',
      '--json',
      '--iocs',
      ws.file('iocs.txt', IOCS),
      ws.file('mixed.log', LOG),
    ]);
    expect(run.code, run.stderr).toBe(0);
    expect(jsonHits(run.stdout).map((h) => [h.line, h.value])).toEqual([
      [1, 'ops@evil-mail.com'],
      [2, 'http://198.51.100.8/x'],
      [3, '1.2.3.4'],
      [5, 'bad.example.com'],
      [6, 'evil-update.example'],
    ]);
    expect(run.stderr).toMatch(/not-an-indicator: not a recognizable observable/u);
  });
});
