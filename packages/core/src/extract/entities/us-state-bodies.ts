/**
 * A US federal body's name after a state's ("the Minnesota Department of Education", "the Texas Department
 * of Transportation") is that state's body, not the federal one the dictionary holds: an organization of a
 * state government (sector government-regional), in the US.
 */
import { normalizeName } from '../../stix/ids.ts';
import type { EntityFinding } from './entity-collector.ts';
import type { TextContext } from './text-context.ts';

const US_STATES: ReadonlySet<string> = new Set(
  `Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia Hawaii Idaho
Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota Mississippi
Missouri Montana Nebraska Nevada Ohio Oklahoma Oregon Pennsylvania Tennessee Texas Utah Vermont Virginia
Washington Wisconsin Wyoming`.split(/\s+/u),
);
/** States of two words: "New York", "North Carolina". */
const TWO_WORD_STATES: ReadonlySet<string> = new Set([
  'New Hampshire',
  'New Jersey',
  'New Mexico',
  'New York',
  'North Carolina',
  'North Dakota',
  'Rhode Island',
  'South Carolina',
  'South Dakota',
  'West Virginia',
]);

/**
 * The state body a federal body's `finding` at token `from` names when a state's name stands right before
 * it, with the token its mention starts at; none otherwise.
 */
export function stateBodyBefore(
  ctx: TextContext,
  from: number,
  finding: EntityFinding,
): { finding: EntityFinding; from: number } | undefined {
  const sectors = (finding.properties?.['sectors'] as readonly string[] | undefined) ?? [];
  const federal =
    finding.properties?.['country'] === 'US' && sectors.includes('government-national');
  if (!federal || from === 0 || !ctx.spaceBefore(from)) return undefined;
  const sentence = ctx.sentenceOf[from];
  const word = (k: number): string =>
    k >= 0 && ctx.sentenceOf[k] === sentence ? (ctx.tokens[k]?.text ?? '') : '';
  const two = `${word(from - 2)} ${word(from - 1)}`;
  const start = TWO_WORD_STATES.has(two) && ctx.spaceBefore(from - 1) ? from - 2 : from - 1;
  if (start === from - 1 && !US_STATES.has(word(from - 1))) return undefined;
  const name = `${ctx.mention(start, from).text} ${finding.name}`;
  return {
    from: start,
    finding: {
      key: `identity:${normalizeName(name)}`,
      type: 'identity',
      name,
      properties: {
        identity_class: 'organization',
        sectors: ['government-regional'],
        country: 'US',
      },
      recognition: finding.recognition,
      via: finding.via,
    },
  };
}
