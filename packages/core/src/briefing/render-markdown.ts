/** Markdown rendering of a briefing (the default on a terminal). Indicators are defanged. */
import { NO_BACKGROUND } from './gaps.ts';
import { namedAfterNote } from './named-after.ts';
import { csfSubcategory } from '../csf/csf-catalog.ts';
import { defangForDisplay } from './defang.ts';
import { sourceDateText } from './sources.ts';
import { INSIGHT_TOPIC_TITLE } from './insight-topics.ts';
import { tlpLabel } from '../marking/tlp.ts';
import type { ActorKnowledge, Briefing, Citation, Section } from './types.ts';

/** Escapes characters Markdown would read as markup or raw HTML. */
export const md = (text: string): string =>
  text.replace(/[\\`*_[\]|<>#]/g, (c) => `\\${c}`).replace(/\s+/g, ' ');

const cite = (c: Citation): string => `[src ${c.start}–${c.end}]`;
const heading = (s: Section<unknown>): string => `## ${s.title} · ${tlpLabel(s.tlp)}`;
const csfText = (id: string): string => {
  const sub = csfSubcategory(id);
  return sub ? `${id} (${sub.title})` : id;
};

export function renderMarkdown(b: Briefing): string {
  const out: string[] = [];
  out.push(`# ${md(b.title)}`, '');
  out.push(`**${tlpLabel(b.tlp)}** · generated ${b.generatedAt} · as of ${b.asOf}`, '');

  out.push(heading(b.insights), '');
  if (b.insights.content.length === 0) out.push('_The sources state nothing Vigil could extract._');
  for (const insight of b.insights.content) {
    const refs = [
      ...insight.citations.map(cite),
      ...insight.knowledge.map((k) => `[${md(k.externalId ?? k.objectId)}, ${md(k.source)}]`),
    ];
    out.push(
      `- **${INSIGHT_TOPIC_TITLE[insight.topic]}:** ${md(insight.text)}${refs.length > 0 ? ` ${refs.join(' ')}` : ''}`,
    );
  }
  out.push('');

  out.push(heading(b.issue), '');
  if (b.issue.content.length === 0)
    out.push('_No report text: this briefing rests on knowledge only._');
  for (const s of b.issue.content) out.push(`${md(s.text)} ${cite(s.citation)}`, '');
  if (b.issue.content.length > 0) out.pop();
  out.push('');

  out.push(heading(b.background), '');
  out.push(...background(b.background.content), '');

  out.push(heading(b.risks), '');
  const risks = b.risks.content;
  if (risks.relevance) {
    out.push(`Relevance: **${risks.relevance.score}/100 (${risks.relevance.level})**`, '');
    if (risks.relevance.reasons.length === 0)
      out.push('- Nothing in our profile matches what this threat targets.');
    for (const r of risks.relevance.reasons) out.push(`- ${md(r.text)} (+${r.points})`);
  } else {
    out.push(risks.needs ?? '');
  }
  out.push('');

  out.push(heading(b.mitigations), '');
  for (const step of b.mitigations.content.steps) {
    out.push(`${step.priority}. **${md(step.title)}**: ${md(step.action)}`);
    out.push(`   - Triggered by: ${triggerList(step.triggers)}`);
    out.push(`   - NIST CSF 2.0: ${step.csf.map(csfText).join(', ')}`);
    if (step.attackMitigations.length > 0) {
      out.push(
        `   - ATT&CK mitigations: ${step.attackMitigations.map((m) => `${m.id} ${md(m.name)}`).join(', ')}`,
      );
    }
    if (step.sp80061r3.length > 0)
      out.push(`   - SP 800-61r3: ${step.sp80061r3.map(md).join('; ')}`);
  }
  out.push('');

  out.push(heading(b.indicators), '');
  if (b.indicators.content.length === 0) {
    out.push('_None reported._');
  } else {
    out.push('| Type | Value (defanged) | First seen |', '|---|---|---|');
    for (const i of b.indicators.content) {
      const note = i.warning ? ` (on warning list: ${md(i.warning)})` : '';
      out.push(
        `| ${i.type} | \`${defangForDisplay(i.type, i.value).replace(/[`|]/g, '')}\`${note} | ${i.firstSeen ?? 'unknown'} |`,
      );
    }
  }
  out.push('');

  out.push(heading(b.sources), '');
  out.push('| Source | Reliability | Published | Key judgements |', '|---|---|---|---|');
  for (const s of b.sources.content) {
    const judgements = s.judgements
      .map((j) => md(j.words ? `${j.text} (“${j.words}”)` : j.text))
      .join('; ');
    out.push(
      `| ${md(s.name)}${s.url ? ` (${md(defangForDisplay('url', s.url))})` : ''} | ${s.reliability} | ${sourceDateText(s)} | ${judgements || 'n/a'} |`,
    );
  }
  out.push('');

  out.push(heading(b.gaps), '');
  for (const g of b.gaps.content) out.push(`- ${md(g)}`);
  out.push('');
  return out.join('\n');
}

const MAX_TRIGGERS_SHOWN = 6;

/** The first triggers, then a count: the JSON form keeps them all. */
function triggerList(triggers: readonly { readonly label: string }[]): string {
  const shown = triggers.slice(0, MAX_TRIGGERS_SHOWN).map((t) => md(t.label));
  const more = triggers.length - shown.length;
  return more > 0 ? `${shown.join('; ')}; and ${more} more` : shown.join('; ');
}

function background(actor: ActorKnowledge | undefined): string[] {
  if (!actor) return [`_${NO_BACKGROUND}._`];
  const lines: string[] = [];
  const note = namedAfterNote(actor);
  if (note) lines.push(`_${md(note)}_`, '');
  lines.push(`- **Name:** ${md(actor.name)}${actor.externalId ? ` (${actor.externalId})` : ''}`);
  if (actor.aliases.length > 0) lines.push(`- **Aliases:** ${actor.aliases.map(md).join(', ')}`);
  if (actor.sponsor)
    lines.push(
      `- **Attributed sponsor:** ${md(actor.sponsor.name)} (per ${md(actor.sponsor.basis.source)})`,
    );
  if (actor.country) lines.push(`- **Attributed country:** ${actor.country}`);
  if (actor.activeSince)
    lines.push(
      `- **Active since:** ${actor.activeSince.value} (per ${md(actor.activeSince.basis.source)})`,
    );
  const targets = [...actor.targets.sectors, ...actor.targets.countries];
  lines.push(
    `- **Known targets:** ${targets.length > 0 ? targets.map(md).join(', ') : 'none recorded'}`,
  );
  lines.push(`- **Techniques (${actor.techniques.length}):**`);
  for (const [tactic, techniques] of groupByTactic(actor)) {
    lines.push(`  - ${md(tactic)}: ${techniques.map((t) => `${t.id} ${md(t.name)}`).join(', ')}`);
  }
  lines.push(
    `- **Software:** ${actor.software.length > 0 ? actor.software.map((s) => `${md(s.name)}${s.externalId ? ` (${s.externalId})` : ''}`).join(', ') : 'none recorded'}`,
  );
  lines.push(
    `- **Other reports on file:** ${actor.otherReports.length > 0 ? actor.otherReports.map((r) => md(r.name)).join('; ') : 'none'}`,
  );
  return lines;
}

/** ATT&CK tactic order (kill chain), then anything else alphabetically. */
export const TACTIC_ORDER: readonly string[] = [
  'reconnaissance',
  'resource-development',
  'initial-access',
  'execution',
  'persistence',
  'privilege-escalation',
  'defense-evasion',
  'credential-access',
  'discovery',
  'lateral-movement',
  'collection',
  'command-and-control',
  'exfiltration',
  'impact',
];

export function groupByTactic(
  actor: ActorKnowledge,
): [string, ActorKnowledge['techniques'][number][]][] {
  const groups = new Map<string, ActorKnowledge['techniques'][number][]>();
  for (const t of actor.techniques) {
    for (const tactic of t.tactics.length > 0 ? t.tactics : ['unknown tactic']) {
      const list = groups.get(tactic) ?? [];
      list.push(t);
      groups.set(tactic, list);
    }
  }
  const rank = (tactic: string): number => {
    const i = TACTIC_ORDER.indexOf(tactic);
    return i === -1 ? TACTIC_ORDER.length : i;
  };
  return [...groups.entries()]
    .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))
    .map(([tactic, list]) => [tactic, list.sort((x, y) => x.id.localeCompare(y.id))]);
}
