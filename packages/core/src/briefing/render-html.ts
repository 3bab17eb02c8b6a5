/**
 * Self-contained HTML: one file, inline print-friendly CSS, no script, no external URL (links to
 * sources are shown as text, not fetched). Everything from the source is escaped.
 */
import { NO_BACKGROUND } from './gaps.ts';
import { namedAfterNote } from './named-after.ts';
import { csfSubcategory } from '../csf/csf-catalog.ts';
import { defangForDisplay } from './defang.ts';
import { sourceDateText } from './sources.ts';
import { groupByTactic } from './render-markdown.ts';
import { INSIGHT_TOPIC_TITLE } from './insight-topics.ts';
import { tlpLabel, type TlpLevel } from '../marking/tlp.ts';
import type { Briefing, Citation, Section } from './types.ts';

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
export const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);

const TLP_COLOR: Readonly<Record<TlpLevel, string>> = {
  clear: '#ffffff',
  green: '#33ff00',
  amber: '#ffc000',
  'amber+strict': '#ffc000',
  red: '#ff2b2b',
};

const CSS = `
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;max-width:56rem;margin:2rem auto;padding:0 1rem;color:#111}
h1{font-size:1.6rem;margin-bottom:.2rem}h2{font-size:1.2rem;border-bottom:1px solid #ccc;padding-bottom:.2rem;margin-top:2rem}
.tlp{display:inline-block;background:#000;font-weight:700;padding:0 .4rem;margin-left:.5rem;font-size:.8rem;vertical-align:middle}
.meta{color:#555}.cite{color:#666;font-size:.8rem}table{border-collapse:collapse;width:100%}
td,th{border:1px solid #ccc;padding:.25rem .4rem;text-align:left;vertical-align:top}code{font-size:.9em}
ol li{margin-bottom:.6rem}ul.sub{margin:.2rem 0;color:#333;font-size:.9rem}
@media print{body{margin:0;max-width:none}h2{break-after:avoid}section{break-inside:avoid-page}}
`;

const tlpBadge = (level: TlpLevel): string =>
  `<span class="tlp" style="color:${TLP_COLOR[level]}">${tlpLabel(level)}</span>`;
const cite = (c: Citation): string =>
  `<span class="cite" title="${escapeHtml(c.text)}">[src ${c.start}–${c.end}]</span>`;
const open = (s: Section<unknown>): string =>
  `<section><h2>${escapeHtml(s.title)}${tlpBadge(s.tlp)}</h2>`;

export function renderHtml(b: Briefing): string {
  const e = escapeHtml;
  const parts: string[] = [];
  parts.push('<!DOCTYPE html>', '<html lang="en">', '<head>', '<meta charset="utf-8">');
  parts.push(`<title>${e(b.title)}</title>`, `<style>${CSS}</style>`, '</head>', '<body>');
  parts.push(`<header><h1>${e(b.title)}${tlpBadge(b.tlp)}</h1>`);
  parts.push(`<p class="meta">Generated ${e(b.generatedAt)}, as of ${e(b.asOf)}</p></header>`);

  parts.push(open(b.insights), '<ul>');
  for (const i of b.insights.content) {
    const refs = [
      ...i.citations.map(cite),
      ...i.knowledge.map(
        (k) => `<span class="cite">[${e(k.externalId ?? k.objectId)}, ${e(k.source)}]</span>`,
      ),
    ];
    parts.push(
      `<li><strong>${INSIGHT_TOPIC_TITLE[i.topic]}:</strong> ${e(i.text)} ${refs.join(' ')}</li>`,
    );
  }
  parts.push('</ul></section>');

  parts.push(open(b.issue));
  if (b.issue.content.length === 0)
    parts.push('<p><em>No report text: this briefing rests on knowledge only.</em></p>');
  for (const s of b.issue.content) parts.push(`<p>${e(s.text)} ${cite(s.citation)}</p>`);
  parts.push('</section>');

  parts.push(open(b.background));
  const actor = b.background.content;
  if (!actor) {
    parts.push(`<p><em>${e(NO_BACKGROUND)}.</em></p>`);
  } else {
    const note = namedAfterNote(actor);
    if (note) parts.push(`<p><em>${e(note)}</em></p>`);
    parts.push(
      '<ul>',
      `<li><strong>Name:</strong> ${e(actor.name)}${actor.externalId ? ` (${e(actor.externalId)})` : ''}</li>`,
    );
    if (actor.aliases.length > 0)
      parts.push(`<li><strong>Aliases:</strong> ${e(actor.aliases.join(', '))}</li>`);
    if (actor.sponsor)
      parts.push(`<li><strong>Attributed sponsor:</strong> ${e(actor.sponsor.name)}</li>`);
    if (actor.activeSince)
      parts.push(`<li><strong>Active since:</strong> ${e(actor.activeSince.value)}</li>`);
    const targets = [...actor.targets.sectors, ...actor.targets.countries];
    parts.push(
      `<li><strong>Known targets:</strong> ${e(targets.join(', ') || 'none recorded')}</li>`,
    );
    parts.push(`<li><strong>Techniques (${actor.techniques.length}):</strong><ul class="sub">`);
    for (const [tactic, list] of groupByTactic(actor)) {
      parts.push(`<li>${e(tactic)}: ${e(list.map((t) => `${t.id} ${t.name}`).join(', '))}</li>`);
    }
    parts.push('</ul></li>');
    parts.push(
      `<li><strong>Software:</strong> ${e(actor.software.map((s) => s.name).join(', ') || 'none recorded')}</li>`,
    );
    parts.push(
      `<li><strong>Other reports on file:</strong> ${e(actor.otherReports.map((r) => r.name).join('; ') || 'none')}</li></ul>`,
    );
  }
  parts.push('</section>');

  parts.push(open(b.risks));
  const relevance = b.risks.content.relevance;
  if (relevance) {
    parts.push(
      `<p>Relevance: <strong>${relevance.score}/100 (${relevance.level})</strong></p><ul>`,
    );
    for (const r of relevance.reasons) parts.push(`<li>${e(r.text)} (+${r.points})</li>`);
    parts.push('</ul>');
  } else {
    parts.push(`<p>${e(b.risks.content.needs ?? '')}</p>`);
  }
  parts.push('</section>');

  parts.push(open(b.mitigations), '<ol>');
  for (const s of b.mitigations.content.steps) {
    parts.push(`<li><strong>${e(s.title)}</strong>: ${e(s.action)}<ul class="sub">`);
    parts.push(`<li>Triggered by: ${e(s.triggers.map((t) => t.label).join('; '))}</li>`);
    const csf = s.csf.map((id) => `${id} (${csfSubcategory(id)?.title ?? ''})`).join(', ');
    parts.push(`<li>NIST CSF 2.0: ${e(csf)}</li>`);
    if (s.attackMitigations.length > 0) {
      parts.push(
        `<li>ATT&amp;CK mitigations: ${e(s.attackMitigations.map((m) => `${m.id} ${m.name}`).join(', '))}</li>`,
      );
    }
    if (s.sp80061r3.length > 0) parts.push(`<li>SP 800-61r3: ${e(s.sp80061r3.join('; '))}</li>`);
    parts.push('</ul></li>');
  }
  parts.push('</ol></section>');

  parts.push(open(b.indicators));
  if (b.indicators.content.length === 0) {
    parts.push('<p><em>None reported.</em></p>');
  } else {
    parts.push(
      '<table><thead><tr><th>Type</th><th>Value (defanged)</th><th>First seen</th></tr></thead><tbody>',
    );
    for (const i of b.indicators.content) {
      parts.push(
        `<tr><td>${e(i.type)}</td><td><code>${e(defangForDisplay(i.type, i.value))}</code></td><td>${e(i.firstSeen ?? 'unknown')}</td></tr>`,
      );
    }
    parts.push('</tbody></table>');
  }
  parts.push('</section>');

  parts.push(
    open(b.sources),
    '<table><thead><tr><th>Source</th><th>Reliability</th><th>Published</th><th>Key judgements</th></tr></thead><tbody>',
  );
  for (const s of b.sources.content) {
    // The URL is shown defanged, as text: a printed briefing never fetches or links out.
    const judgements = s.judgements
      .map((j) => (j.words ? `${j.text} (“${j.words}”)` : j.text))
      .join('; ');
    parts.push(
      `<tr><td>${e(s.name)}${s.url ? `<br><span class="cite">${e(defangForDisplay('url', s.url))}</span>` : ''}</td><td>${s.reliability}</td><td>${e(sourceDateText(s))}</td><td>${e(judgements || 'n/a')}</td></tr>`,
    );
  }
  parts.push('</tbody></table></section>');

  parts.push(open(b.gaps), '<ul>');
  for (const g of b.gaps.content) parts.push(`<li>${e(g)}</li>`);
  parts.push('</ul></section>', '</body>', '</html>', '');
  return parts.join('\n');
}
