/**
 * Front companies and contractors (contractor-companies.ts): "the MSS established Wuhan Xiaoruizhi Science and
 * Technology Company, Limited (Wuhan XRZ) as a front company", "Hainan Xiandun, a front company for the MSS",
 * "through the front company Hainan Xiandun". Indictments and sanctions name them; an analyst needs them apart from the victims, tied to the
 * organ or actor they front for (extract/relations/front-links.ts). The words "front company" right beside an
 * organization's name are what says so.
 */
import type { ExtractedEntity, Mention } from '../../analysis/types.ts';
import { CONTRACTOR_ROLE, FRONT_COMPANY_ROLE } from '../../analysis/front-company.ts';
import { contractorAt, mayNameContractors } from './contractor-companies.ts';

/**
 * After the name: its acronym, then ", a front company", " as a front for", " is an MSS front company", ", which
 * it described as a front company".
 */
const FRONT_AFTER =
  /^\.?(?: \([^()]{1,30}\))?(?:,(?: which (?:it|they|\p{Lu}\p{L}+) (?:described|called|named|identified|designated) as)?| is| was| as| served as| acted as| operated as) (?:a|an|the) (?:\p{Lu}[\p{L}'’-]* ){0,2}front (?:company|companies|firm|business|for|of)\b/u;
/** Before the name: "the front company Hainan Xiandun", "a front company called …". */
const FRONT_BEFORE = /\bfront (?:company|firm|business),? (?:(?:called|named|known as) )?$/u;
/** A list of them: "created front companies, including Hopana Tech LLC and Tony WKJ LLC". */
const FRONTS_LISTED =
  /\bfront (?:companies|firms|businesses),? (?:including|such as|like|namely) (?:[^.;:()]{1,80}(?:, | and | or ))?$/u;
/** Characters either side of a mention that the phrases may take. */
const REACH = 100;

export function markFrontCompanies(
  text: string,
  entities: readonly ExtractedEntity[],
): ExtractedEntity[] {
  const fronts = text.includes('front ');
  const contracts = mayNameContractors(text);
  if (!fronts && !contracts) return [...entities];
  return entities.map((entity) => {
    if (entity.type !== 'identity' || entity.properties?.['identity_class'] !== 'organization') {
      return entity;
    }
    const role =
      fronts && entity.mentions.some((m) => frontAt(text, m))
        ? FRONT_COMPANY_ROLE
        : contracts && entity.mentions.some((m) => contractorAt(text, m))
          ? CONTRACTOR_ROLE
          : undefined;
    return role ? { ...entity, properties: { ...entity.properties, roles: [role] } } : entity;
  });
}

const frontAt = (text: string, mention: Mention): boolean =>
  FRONT_AFTER.test(text.slice(mention.end, mention.end + REACH)) ||
  FRONT_BEFORE.test(text.slice(Math.max(0, mention.start - REACH), mention.start)) ||
  FRONTS_LISTED.test(text.slice(Math.max(0, mention.start - REACH), mention.start));
