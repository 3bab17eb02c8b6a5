import { describe, expect, it } from 'vitest';
import { splitSentences } from '../sentences.ts';
import { extractEntities } from './extract-entities.ts';
import { buildKnowledgeIndex } from './knowledge-index.ts';

const empty = buildKnowledgeIndex([]);
const tools = (text: string): string[] =>
  extractEntities(text, splitSentences(text), empty)
    .filter((e) => e.type === 'tool')
    .map((e) => `${e.name}:${e.via}`);

describe('programs an actor uses for a purpose', () => {
  it('are tools, every item of the list', () => {
    expect(tools('They use GMER, IOBit and PowerTool to disable anti-virus software.')).toEqual([
      'GMER:used-to',
      'IOBit:used-to',
      'PowerTool:used-to',
    ]);
    expect(tools('The actors used WinSCP to exfiltrate data.')).toEqual(['WinSCP:used-to']);
    // The serial comma before the last item, and an item that is no name of its own (WinRAR).
    expect(
      tools('The actors use FileZilla, WinRAR, WinSCP, and RClone to exfiltrate data.'),
    ).toEqual(['FileZilla:used-to', 'WinSCP:used-to', 'RClone:used-to']);
  });

  it('include remote-access products used for a purpose, "for" one too', () => {
    expect(tools('The actors use AnyDesk and Radmin for remote access.')).toEqual([
      'AnyDesk:naming-context',
      'Radmin:naming-context',
    ]);
    expect(tools('Customers use AnyDesk for remote access.')).toEqual([]);
    expect(tools('The attackers also used TeamViewer for remote access.')).toEqual([
      'TeamViewer:naming-context',
    ]);
  });

  it('need an actor using them, a purpose, and a coined spelling that is no protocol', () => {
    expect(tools('Customers use WinSCP to transfer files.')).toEqual([]);
    expect(tools('The actors use WinSCP for transfers.')).toEqual([]);
    expect(tools('The actors use WinSCP to Microsoft.')).toEqual([]);
    expect(tools('They use RDP and SMB to move laterally.')).toEqual([]);
    expect(tools('They use WMI and WinRM to move laterally.')).toEqual([]);
    expect(tools('They use VirtualAlloc to reserve memory.')).toEqual([]);
    expect(tools('The actors used VPNs to hide.')).toEqual([]);
    expect(tools('The actors leveraged SendGrid to send mail.')).toEqual([]);
    expect(tools('The actors used ATTRIB to hide files.')).toEqual([]);
    expect(tools('They use Windows to host files.')).toEqual([]);
    expect(tools('They use SOMETHINGLONG to host files.')).toEqual([]);
  });
});

describe('a program named after "using" in a clause telling of a deed', () => {
  it('is a tool, not the authors’ own nor a record type', () => {
    expect(
      tools('The actor staged the data and exfiltrated it to Azure Blob Storage using AzCopy.'),
    ).toEqual(['AzCopy:used-to']);
    expect(tools('They then copied the archives using WinSCP and deleted them.')).toEqual([
      'WinSCP:used-to',
    ]);
    expect(tools('We then dumped the memory using WinPmem.')).toEqual([]);
    expect(tools('Groups are tunneling data using NULL and TXT records.')).toEqual([]);
    expect(tools('They copied the archives using WinSCP sessions.')).toEqual([]);
    expect(tools('They read the archives using WinSCP.')).toEqual([]);
  });
});
