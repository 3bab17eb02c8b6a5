/**
 * One extracted value as the warning lists ask about it: its lower-case form, the host and its parent
 * domains, its IP address as a number. A value meets up to two dozen lists; each form is computed once,
 * on the first list that needs it, rather than once per list.
 */
import { parse } from 'tldts';
import { ipNumber, type IpNumber } from './ip-ranges.ts';

/** The host of a URL value ("https://user@Host:8080/x" -> "host"), lower-case. */
function urlHost(url: string): string {
  const afterScheme = url.indexOf('://') >= 0 ? url.slice(url.indexOf('://') + 3) : url;
  let end = afterScheme.length;
  for (const stop of ['/', '?', '#']) {
    const k = afterScheme.indexOf(stop);
    if (k >= 0 && k < end) end = k;
  }
  const authority = afterScheme.slice(0, end);
  const host = authority.slice(authority.lastIndexOf('@') + 1);
  const colon = host.lastIndexOf(':');
  return (colon > 0 && !host.includes(']') ? host.slice(0, colon) : host).toLowerCase();
}

/** The domain a user registered under a platform's shared suffix ("c2.duckdns.org"), if the host has one. */
function userRegisteredDomain(host: string): string | undefined {
  const parsed = parse(host, { allowPrivateDomains: true, extractHostname: false });
  return parsed.isPrivate === true && parsed.domain ? parsed.domain : undefined;
}

export class WarningProbe {
  #lower: string | undefined;
  #hosts: readonly string[] | undefined;
  #ip: IpNumber | undefined;

  constructor(readonly value: string) {}

  get lower(): string {
    return (this.#lower ??= this.value.toLowerCase());
  }

  /**
   * The host ("www.google.com", a URL's host) and each parent domain after it ("google.com", "com"), up to
   * the domain its owner registered: "c2.duckdns.org" stops at itself, since duckdns.org (like github.io,
   * azurewebsites.net, blogspot.com: the Public Suffix List's private section) gives its subdomains to
   * anyone. A popular platform's name says nothing about a host one of its users runs there.
   */
  get hosts(): readonly string[] {
    if (this.#hosts) return this.#hosts;
    let host = this.value.includes('/') ? urlHost(this.value) : this.lower;
    const owner = userRegisteredDomain(host);
    const hosts = [host];
    for (let dot = host.indexOf('.'); dot >= 0 && host !== owner; dot = host.indexOf('.')) {
      host = host.slice(dot + 1);
      hosts.push(host);
    }
    return (this.#hosts = hosts);
  }

  /** The address (of a CIDR block: its first address) as a number. */
  get ip(): IpNumber {
    return (this.#ip ??= ipNumber(this.value));
  }
}
