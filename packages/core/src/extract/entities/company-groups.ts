/**
 * "the Australian shipping organization, Toll Group", "the security company NCC Group": a name before
 * the word Group that the text introduces as a company or an organization, or that speaks as one ("UnitedHealth
 * Group said"), that an intrusion strikes ("the attack on Stoli Group") or that goes on as only a company's name
 * does ("Asahi Group Holdings"), is that organization (an identity, often the victim), not a new threat group. Only new names found by their head word are read
 * so; a group the knowledge holds keeps its entry.
 */
import type { ExtractedEntity } from '../../analysis/types.ts';
import { normalizeName } from '../../stix/ids.ts';
import type { TextContext } from './text-context.ts';

const ORGANIZATION_BEFORE =
  /\b(?:company|organi[sz]ation|firm|giant|provider|retailer|bank|maker|manufacturer|conglomerate|corporation|operator|subsidiary|insurer|carrier)(?:, | )$/iu;
/** " Group said", " Group later disclosed": the words of a company telling, right after its name. */
const SPEAKING_AFTER =
  /^ Group (?:(?:later|also|previously|has|had) )?(?:said|says|confirmed|confirms|disclosed|discloses|announced|announces|stated)\b/u;
const SPEAKING_REACH = 40;
/**
 * Words of an attack claimed in what the group says, read this far past its name: a claim, or the group doing
 * the attack ("said on Telegram it hacked the ministry"), not others doing it to the group ("said hackers
 * had accessed its systems").
 */
const CLAIMING =
  /\b(?:claim|responsib|behind)|\b(?:it|they|we)\s(?:(?:had|has|have)\s)?(?:hack|breach|attack|stole|leak|ddos|deface)/iu;
const CLAIM_REACH = 60;
/** "the attack on Stoli Group", "breached the Asahi Group": the object an intrusion strikes. */
const STRUCK_BEFORE =
  /\b(?:(?:attacks?|cyberattacks?|breach|hack|intrusion|compromise) (?:on|against|of)|breached|hacked|compromised|attacked) (?:the )?$/iu;
/** "Stoli Group USA", "Asahi Group Holdings": what only a company's name goes on with. */
const COMPANY_AFTER = /^ Group (?:USA|US|UK|Holdings|Inc|Ltd|plc|PLC|AG|SA|SE|NV|LLC|Limited)\b/u;
/** How far before the name the introducing noun may end. */
const LOOK_BACK = 40;

export function companiesNamedGroup(
  ctx: TextContext,
  entities: readonly ExtractedEntity[],
): ExtractedEntity[] {
  return entities.map((entity) => {
    if (entity.type !== 'intrusion-set' || entity.ref || entity.via !== 'naming-context') {
      return entity;
    }
    const introduced = entity.mentions.some((m) => {
      if (!ctx.text.startsWith(' Group', m.end)) return false;
      // "…, UnitedHealth Group said": a company speaking of itself or its subsidiary; not a crew claiming
      // an attack ("The Velkor Group said on Telegram it hacked the ministry").
      const said = ctx.text.slice(m.end, m.end + SPEAKING_REACH + CLAIM_REACH).split(/[.\n]/u)[0]!;
      if (SPEAKING_AFTER.test(said) && !CLAIMING.test(said)) return true;
      if (COMPANY_AFTER.test(ctx.text.slice(m.end, m.end + SPEAKING_REACH))) return true;
      const before = ctx.text.slice(Math.max(0, m.start - LOOK_BACK), m.start);
      return ORGANIZATION_BEFORE.test(before) || STRUCK_BEFORE.test(before);
    });
    if (!introduced) return entity;
    const name = `${entity.name} Group`;
    return {
      key: `identity:${normalizeName(name)}`,
      type: 'identity',
      name,
      properties: { identity_class: 'organization' },
      // The mention takes its word Group, so what follows the name ("…, an energy company") follows the mention.
      mentions: entity.mentions.map((m) =>
        ctx.text.startsWith(' Group', m.end)
          ? { ...m, end: m.end + 6, text: `${m.text} Group` }
          : m,
      ),
      recognition: 70,
      via: 'company-named-group',
    };
  });
}
