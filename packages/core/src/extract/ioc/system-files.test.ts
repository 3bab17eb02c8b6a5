import { describe, expect, it } from 'vitest';
import { extractIndicators } from './extract.ts';

const flags = (text: string): [string, string, string[]][] =>
  extractIndicators(text).map((i) => [i.type, i.value, (i.warnings ?? []).map((w) => w.list)]);

describe('file names Windows ships', () => {
  it('are flagged, in any case, while the files attackers bring are indicators', () => {
    expect(
      flags(
        'The loader ran CMD.exe and rundll32.exe, injected into svchost.exe, loaded ntdll.dll ' +
          'and dropped svchost32.exe and PsExec.exe beside update.exe.',
      ),
    ).toEqual([
      ['file-name', 'CMD.exe', ['system-file']],
      ['file-name', 'rundll32.exe', ['system-file']],
      ['file-name', 'svchost.exe', ['system-file']],
      ['file-name', 'ntdll.dll', ['system-file']],
      ['file-name', 'svchost32.exe', []],
      ['file-name', 'PsExec.exe', []],
      ['file-name', 'update.exe', []],
    ]);
  });

  it('leave other indicator types alone', () => {
    expect(flags('Payload at http://cdn-files.top/cmd.exe and host cmd.exe.top')).toEqual([
      ['url', 'http://cdn-files.top/cmd.exe', []],
      ['domain-name', 'cdn-files.top', []],
      ['domain-name', 'cmd.exe.top', []],
    ]);
  });
});

describe('server pages', () => {
  it('are file names, as advisories name web shells', () => {
    expect(
      flags('They uploaded spinstall0.aspx, then human2.aspx, Upload.ashx and cmd.jsp.'),
    ).toEqual([
      ['file-name', 'spinstall0.aspx', []],
      ['file-name', 'human2.aspx', []],
      ['file-name', 'Upload.ashx', []],
      ['file-name', 'cmd.jsp', []],
    ]);
  });
});
