/**
 * What kind of activity a report describes (state espionage, ransomware, crime), from attribution
 * relations, the actor's knowledge and the report's own words. The basis is kept for the plan's
 * triggers, and the sentence for the "what" insight.
 */
import { organInProse } from './organ-in-prose.ts';
import type { Analysis, ExtractedEntity, Mention } from '../analysis/types.ts';
import type { ActivityFinding } from '../playbook/types.ts';
import { insideAny } from '../summarize/headed-sections.ts';
import type { CitationContext } from './citations.ts';
import { citationInSentence, citationOf } from './citations.ts';
import type { ActorKnowledge, Citation } from './types.ts';
import { countryInProse } from '../geo/countries.ts';

const STATE_BODY =
  /\b(?:ministry of state security|state security|intelligence (?:service|agency|directorate)|general staff|armed forces|people's liberation army|revolutionary guard|gru|fsb|svr|mss|rgb)\b/i;
const ESPIONAGE =
  /\b(?:cyber[- ]?espionage|espionage|state[- ]sponsored|nation[- ]state|state-backed|state-affiliated)\b/i;
/**
 * Words of spying that name no state: "aimed at gathering intelligence on the defense sector". Espionage the
 * report ties to no state is told as such, not as a state's.
 */
const SPYING =
  /\b(?:gather(?:s|ed|ing)? intelligence|intelligence[- ]gathering|collect(?:s|ed|ing)? intelligence|spy(?:ing)? on)\b/i;
const RANSOMWARE = /\bransomware\b/i;
/**
 * The report's own word for the actor's motive, read before the kind of malware it used; not a charge's name
 * ("charged with conspiracy and wire fraud" says what the law calls the intrusion).
 */
const CRIME_STATED =
  /\b(?:financially[- ]motivated|cyber-?crim(?:e|inal|inals)|(?<!\b(?:wire|computer|mail|bank|access device) )fraud)\b/i;
/**
 * A state's money-making: "revenue generation", "fund its regime", "evade sanctions", in a sentence naming a state
 * ("generates revenue for the botnet operator" is a gang's).
 */
const REVENUE =
  /\b(?:revenue generation|generat(?:e|es|ed|ing) revenue for|fund(?:s|ed|ing)? (?:its|the) (?:regime|weapons|nuclear|missile)|sanctions evasion|evad(?:e|es|ed|ing) sanctions)\b/i;
const STATE_NAMED =
  /\b(?:regime|DPRK|North Korean?|Democratic People's Republic|government|state|Pyongyang)\b/iu;
const CRIME_TOOLS = /\b(?:banking trojan|cryptomin(?:er|ing)|infostealer|stealer)\b/i;

export interface ClassifiedActivity {
  readonly findings: readonly ActivityFinding[];
  /** The sentence that states the kind of activity, when the report does. */
  readonly citation?: Citation;
}

/** The first words `re` matches in a body sentence, one that `also` matches too where given. */
function firstSentenceMatching(
  ctx: CitationContext,
  re: RegExp,
  also?: RegExp,
): Citation | undefined {
  const { text, sentences } = ctx.analysis;
  for (let i = 0; i < sentences.length; i++) {
    const span = sentences[i]!;
    if (insideAny(span, ctx.excluded)) continue;
    const words = text.slice(span.start, span.end);
    const match = re.exec(words);
    if (match && (!also || also.test(words))) {
      return citationInSentence(
        ctx,
        i,
        span.start + match.index,
        span.start + match.index + match[0].length,
      );
    }
  }
  return undefined;
}

/** An organ the report names as a state's ("North Korea's Reconnaissance General Bureau"), whatever its name. */
const stateActor = (entity: ExtractedEntity): boolean => {
  const types = entity.properties?.['threat_actor_types'];
  return entity.type === 'threat-actor' && Array.isArray(types) && types.includes('nation-state');
};

/** The state body the report attributes the activity to, and where it names it so (its sentence's mention). */
function stateSponsor(
  analysis: Analysis,
): { name: string; organ: boolean; said?: Mention } | undefined {
  const byKey = new Map(analysis.entities.map((e) => [e.key, e]));
  for (const relation of analysis.relations) {
    if (relation.type !== 'attributed-to') continue;
    const target = byKey.get(relation.target);
    if (!target || !(STATE_BODY.test(target.name) || stateActor(target))) continue;
    const stating = new Set(relation.evidence.map((m) => m.sentence));
    const said = target.mentions.find((m) => stating.has(m.sentence)) ?? relation.evidence[0];
    // "on behalf of the Indian state": a state's government is no security body of it.
    const organ = STATE_BODY.test(target.name) || target.via !== 'state-government';
    return said ? { name: target.name, organ, said } : { name: target.name, organ };
  }
  return undefined;
}

/** Supply Chain Compromise (T1195) and its sub-techniques. */
const SUPPLY_CHAIN = /^T1195(?:\.|$)/u;
/** Words that say the software was tampered with, not only where it came from ("on the npm registry"). */
const TAMPERED = /trojani[sz]|compromis|malicious|tamper|poison|backdoor|supply[- ]chain/iu;
/** Whether mention `m` tells of tampering more fully than `than`: a word of tampering, then the longer. */
const tellingMore = (m: Mention, than: Mention): boolean => {
  const says = TAMPERED.test(m.text);
  const saidThan = TAMPERED.test(than.text);
  return says !== saidThan ? says : m.text.length > than.text.length;
};

/**
 * "published a trojanized version of rxnt-authentication": where the report tells of tampered software, its
 * words that say so most fully (a package registry's name alone, "npm", says least), outside its boilerplate.
 */
function supplyChainMention(ctx: CitationContext): Citation | undefined {
  let best: Mention | undefined;
  for (const entity of ctx.analysis.entities) {
    if (entity.type !== 'attack-pattern' || !SUPPLY_CHAIN.test(entity.externalId ?? '')) continue;
    for (const m of entity.mentions) {
      if (insideAny(m, ctx.excluded)) continue;
      if (!best || tellingMore(m, best)) best = m;
    }
  }
  return best && citationInSentence(ctx, best.sentence, best.start, best.end);
}

export function classifyActivity(
  ctx: CitationContext | undefined,
  actor?: ActorKnowledge,
): ClassifiedActivity {
  const findings: ActivityFinding[] = [];
  let citation: Citation | undefined;
  const sponsor = ctx && stateSponsor(ctx.analysis);
  const espionage = ctx && firstSentenceMatching(ctx, ESPIONAGE);
  if (sponsor) {
    findings.push({
      kind: 'state-espionage',
      basis: `attributed to ${organInProse(sponsor.name)}${sponsor.organ ? ', a state security body' : ''}`,
    });
  } else if (espionage) {
    findings.push({ kind: 'state-espionage', basis: `the report calls it “${espionage.text}”` });
  } else if (actor?.sponsor && STATE_BODY.test(actor.sponsor.name)) {
    findings.push({
      kind: 'state-espionage',
      basis: `${actor.name} is attributed to ${countryInProse(actor.sponsor.name)}`,
    });
  }
  citation = sponsor?.said && ctx ? citationOf(ctx, sponsor.said) : espionage;
  const spying = findings.length === 0 && ctx ? firstSentenceMatching(ctx, SPYING) : undefined;
  if (spying) {
    findings.push({ kind: 'espionage', basis: `the report calls it “${spying.text}”` });
    citation = spying;
  }
  const ransomware = ctx && firstSentenceMatching(ctx, RANSOMWARE);
  const ransomwareSoftware = actor?.software.find((s) => RANSOMWARE.test(s.name));
  if (ransomware || ransomwareSoftware) {
    findings.push({
      kind: 'ransomware',
      basis: ransomware
        ? 'the report describes ransomware operations'
        : `${actor?.name} uses ${ransomwareSoftware?.name}`,
    });
    citation ??= ransomware;
  }
  // "schemes to fund its regime", "illicit revenue generation": a state raising money, not a gang.
  const revenue =
    findings.length === 0 && ctx ? firstSentenceMatching(ctx, REVENUE, STATE_NAMED) : undefined;
  if (revenue) {
    findings.push({ kind: 'state-revenue', basis: `the report calls it “${revenue.text}”` });
    citation = revenue;
  }
  if (findings.length === 0 && ctx) {
    // "a financially motivated group" says what the activity is; "the THUMBCHOP stealer" only hints at it.
    const stated = firstSentenceMatching(ctx, CRIME_STATED);
    const crime = stated ?? firstSentenceMatching(ctx, CRIME_TOOLS);
    if (crime) {
      const basis = stated
        ? `the report calls it “${crime.text}”`
        : `the report describes “${crime.text}”`;
      findings.push({ kind: 'cybercrime', basis });
      citation = crime;
    }
  }
  const tampered = findings.length === 0 && ctx ? supplyChainMention(ctx) : undefined;
  if (tampered) {
    findings.push({ kind: 'supply-chain', basis: `the report describes “${tampered.text}”` });
    citation = tampered;
  }
  if (findings.length === 0)
    findings.push({ kind: 'unknown', basis: 'the kind of activity is not stated' });
  return citation ? { findings, citation } : { findings };
}
