/**
 * Atom 1.0 feed (RFC 4287) of briefings, so people can subscribe and stay informed. Entry ids are
 * urn:uuid of the briefing id (stable); every text node is XML-escaped.
 */
import { tlpLabel } from '../marking/tlp.ts';
import { idUuid } from '../stix/ids.ts';
import type { Briefing } from './types.ts';

export interface FeedOptions {
  /** Feed id (an IRI; urn:uuid:… works offline). */
  readonly id: string;
  readonly title: string;
  /** RFC 3339; injected (core has no clock). */
  readonly updated: string;
  readonly author?: string;
}

const XML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};
// XML 1.0 forbids most C0 control characters even when escaped.
// eslint-disable-next-line no-control-regex -- removing control characters is the point
const INVALID_XML = /[\u0000-\u0008\v\f\u000e-\u001f\ufffe\uffff]/g;
export const escapeXml = (text: string): string =>
  text.replace(INVALID_XML, '').replace(/[&<>"']/g, (c) => XML_ESCAPES[c] ?? c);

function summary(b: Briefing): string {
  const lines = [`${tlpLabel(b.tlp)}`, ...b.insights.content.map((i) => `- ${i.text}`)];
  const top = b.mitigations.content.steps.slice(0, 3).map((s) => `${s.priority}. ${s.title}`);
  if (top.length > 0) lines.push('First steps:', ...top);
  return lines.join('\n');
}

export function renderAtomFeed(briefings: readonly Briefing[], options: FeedOptions): string {
  const x = escapeXml;
  const entries = [...briefings]
    .sort((a, b) => b.generatedAt.localeCompare(a.generatedAt) || a.id.localeCompare(b.id))
    .map((b) =>
      [
        '  <entry>',
        `    <id>urn:uuid:${x(idUuid(b.id))}</id>`,
        `    <title>${x(b.title)}</title>`,
        `    <updated>${x(b.generatedAt)}</updated>`,
        `    <category term="${x(tlpLabel(b.tlp))}"/>`,
        `    <summary type="text">${x(summary(b))}</summary>`,
        '  </entry>',
      ].join('\n'),
    );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${x(options.id)}</id>`,
    `  <title>${x(options.title)}</title>`,
    `  <updated>${x(options.updated)}</updated>`,
    `  <author><name>${x(options.author ?? 'Vigil')}</name></author>`,
    `  <generator>Vigil</generator>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
