/**
 * The reported activity as a STIX campaign (§4.2): when a sentence tells of an intrusion into a
 * government body ("a cyber intrusion in its foreign ministry"), the intrusion becomes a campaign named
 * after its victim, so attribution has a subject ("Intrusion into the Ministry of ... of Czechia").
 */
import type { ExtractedEntity, Mention } from '../../analysis/types.ts';
import { normalizeName } from '../../stix/ids.ts';
import type { EntityFinding } from './entity-collector.ts';
import type { TextContext } from './text-context.ts';

/** Words that tell of an intrusion; dates/reported-period.ts reads them too. */
export const INTRUSION_WORDS: ReadonlySet<string> = new Set(
  `intrusion intrusions breach breaches breached hack hacks hacked hacking infiltrating infiltrated infiltration
compromise compromised compromising attack attacks attacked cyberattack cyberattacks espionage`.split(
    /\s+/u,
  ),
);

export function findCampaigns(
  ctx: TextContext,
  entities: readonly ExtractedEntity[],
): { finding: EntityFinding; mention: Mention }[] {
  const found: { finding: EntityFinding; mention: Mention }[] = [];
  const victims = entities.filter((e) => e.via === 'government-body');
  for (const victim of victims) {
    const name = `Intrusion into the ${victim.name}`;
    const finding: EntityFinding = {
      key: `campaign:${normalizeName(name)}`,
      type: 'campaign',
      name,
      properties: { victim: victim.key },
      recognition: 60,
      via: 'intrusion-of-victim',
    };
    for (const mention of victim.mentions) {
      const [from, to] = ctx.tokenRange(mention.sentence);
      for (let i = from; i < to; i++) {
        const word = ctx.tokens[i]?.norm ?? '';
        if (INTRUSION_WORDS.has(word)) {
          found.push({ finding, mention: ctx.mention(i, i + 1) });
        } else if (word === 'access' && GAINING.has(ctx.tokens[i - 1]?.norm ?? '')) {
          // "gained access to a network of the Dutch Ministry of Defence"
          found.push({ finding, mention: ctx.mention(i - 1, i + 1) });
        }
      }
    }
  }
  // With one reported intrusion, "the breach", "this attack", "the malicious activity" elsewhere refer
  // back to it.
  const keys = new Set(found.map((f) => f.finding.key));
  const only = found[0];
  if (keys.size === 1 && only) {
    ctx.tokens.forEach((token, i) => {
      if (!INTRUSION_WORDS.has(token.norm) && !REFERRING_NOUNS.has(token.norm)) return;
      const previous = ctx.tokens[i - 1]?.norm ?? '';
      const from = ACTIVITY_KINDS.has(previous) ? i - 1 : i;
      if (REFERRING.has(ctx.tokens[from - 1]?.norm ?? '')) {
        found.push({ finding: only.finding, mention: ctx.mention(from, i + 1) });
      }
    });
  }
  return found;
}

const REFERRING = new Set(['the', 'this', 'that']);

/** Words that take up a reported intrusion only as "the activity", "this incident", never alone. */
const REFERRING_NOUNS = new Set(['activity', 'incident', 'campaign']);

/** "the malicious activity", "this espionage campaign": a word saying what kind of activity. */
const ACTIVITY_KINDS = new Set(['malicious', 'cyber', 'hacking', 'espionage', 'intrusion']);

const GAINING = new Set(['gained', 'gaining', 'gain', 'obtained', 'unauthorized', 'unauthorised']);
