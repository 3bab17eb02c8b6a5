/**
 * The report's own words that call for a response step no technique names: code on network devices, intruders
 * at control systems, workers hired under false identities, impersonation at credential resets. Each reader
 * returns the words of the first such place in the body; the plan quotes them in the step's trigger.
 */
import type { ToldOf } from '../playbook/types.ts';
import type { CitationContext } from './citations.ts';
import { controlSystemWords } from './control-systems.ts';
import { deviceImplantWords } from './device-implants.ts';
import { helpDeskLureWords } from './help-desk-lure.ts';
import { remoteHireWords } from './remote-hires.ts';

const READERS: readonly (Omit<ToldOf, 'words'> & {
  readonly read: (ctx: CitationContext) => string | undefined;
})[] = [
  { step: 'network-device-integrity', kind: 'device', read: deviceImplantWords },
  {
    step: 'control-system-security',
    kind: 'device',
    what: 'intruders at industrial control systems',
    read: controlSystemWords,
  },
  {
    step: 'remote-hire-verification',
    kind: 'lure',
    what: 'workers hired under false identities',
    read: remoteHireWords,
  },
  {
    step: 'help-desk-verification',
    kind: 'lure',
    what: 'impersonation at credential resets',
    read: helpDeskLureWords,
  },
];

export function toldOf(ctx: CitationContext): ToldOf[] {
  return READERS.flatMap(({ read, ...told }) => {
    const words = read(ctx);
    return words ? [{ ...told, words }] : [];
  });
}
