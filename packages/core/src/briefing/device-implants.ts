/**
 * "custom backdoors operating on Juniper Networks' Junos OS routers", "implants on Cisco firewalls": where the
 * report tells of an intruder's code on network devices, which endpoint tools never see, the plan checks the
 * devices themselves. The words of the first such place in the body.
 */
import { insideAny } from '../summarize/headed-sections.ts';
import type { CitationContext } from './citations.ts';

const DEVICE =
  /\b(?:routers?|firewalls?|(?:VPN|edge|network(?:ing)?|security|perimeter) (?:appliances?|devices?|gateways?)|VPN concentrators?|load balancers?)\b/giu;
/** The intruder's code, the last such word of a stretch before a device word. */
const IMPLANT = /\b(?:backdoor(?:s|ed)?|implant(?:s|ed)?|rootkits?|malware|web ?shells?)\b/giu;
/**
 * Placing it on the device, whose words follow: "backdoors operating on Juniper Networks' Junos OS routers",
 * "implants in Cisco firewalls"; "backdoored" needs no such word ("backdoored Fortinet firewalls").
 */
const PLACED = /^(?: [\p{L}-]+)? (?:on|in|into|onto|inside|within)(?: [\p{L}\p{N}'’-]+){0,5} $/u;
const MADE = /^(?: [\p{L}\p{N}'’-]+){0,3} $/u;
/** Characters before a device word the implant word may stand. */
const REACH = 100;

export function deviceImplantWords(ctx: CitationContext): string | undefined {
  const { text } = ctx.analysis;
  for (const device of text.matchAll(DEVICE)) {
    const end = device.index + device[0].length;
    if (insideAny({ start: device.index, end }, ctx.excluded)) continue;
    const from = Math.max(0, device.index - REACH);
    const before = text.slice(from, device.index);
    let implant: RegExpExecArray | undefined;
    for (const m of before.matchAll(IMPLANT)) implant = m;
    if (!implant) continue;
    const between = before.slice(implant.index + implant[0].length);
    if (!(/ed$/iu.test(implant[0]) ? MADE : PLACED).test(between)) continue;
    return text.slice(from + implant.index, end);
  }
  return undefined;
}
