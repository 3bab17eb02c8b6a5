/**
 * A US federal body's name after a state's ("the Minnesota Department of Education", "the Texas Department
 * of Transportation") is that state's body, not the federal one the dictionary holds: an organization of a
 * state government (sector government-regional), in the US. So is any body a state's name opens with a head
 * and what it is of ("the Louisiana Office of Motor Vehicles").
 */
import { normalizeName } from '../../stix/ids.ts';
import type { Company } from './companies.ts';
import type { EntityFinding } from './entity-collector.ts';
import { subjectAfter } from './institutions.ts';
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
  return { from: start, finding: stateBody(name, finding.recognition, finding.via) };
}

const stateBody = (name: string, recognition: number, via: string): EntityFinding => ({
  key: `identity:${normalizeName(name)}`,
  type: 'identity',
  name,
  properties: { identity_class: 'organization', sectors: ['government-regional'], country: 'US' },
  recognition,
  via,
});

/** Heads of a state body's name, before what it is of: "Office of Motor Vehicles". */
const HEADS = new Set([
  'Department',
  'Office',
  'Bureau',
  'Division',
  'Agency',
  'Commission',
  'Board',
]);

/**
 * "the Louisiana Office of Motor Vehicles", "the New York Department of Financial Services": a state's name, a
 * head and what it is of, on tokens `taken` leaves free.
 */
export function namedStateBodies(ctx: TextContext, taken: (i: number) => boolean): Company[] {
  const { tokens } = ctx;
  const found: Company[] = [];
  for (let head = 1; head < tokens.length; head++) {
    if (!HEADS.has(tokens[head]!.text) || taken(head) || !ctx.spaceBefore(head)) continue;
    const sentence = ctx.sentenceOf[head];
    const word = (k: number): string =>
      k >= 0 && ctx.sentenceOf[k] === sentence && !taken(k) ? (ctx.tokens[k]?.text ?? '') : '';
    const two = `${word(head - 2)} ${word(head - 1)}`;
    const from =
      TWO_WORD_STATES.has(two) && ctx.spaceBefore(head - 1)
        ? head - 2
        : US_STATES.has(word(head - 1))
          ? head - 1
          : undefined;
    const to = from === undefined ? undefined : subjectAfter(ctx, head, taken);
    if (from === undefined || to === undefined) continue;
    const mention = ctx.mention(from, to);
    found.push({ finding: stateBody(mention.text, 75, 'state-body'), mention, from, to });
    head = to - 1;
  }
  return found;
}

/** Words before "Georgia" that make it the US state: "the Northern District of Georgia", "Atlanta, Georgia". */
const US_GEORGIA_BEFORE = /(?:\bDistrict of|\bAtlanta,|\bSavannah,|\bstate of|\bState of) $/u;

/**
 * "Georgia" at token `from` names the US state, not the country: a federal court's district, or a city of the
 * state before it.
 */
export function namesUsGeorgia(ctx: TextContext, from: number): boolean {
  const token = ctx.tokens[from];
  return (
    token?.text === 'Georgia' &&
    US_GEORGIA_BEFORE.test(ctx.text.slice(Math.max(0, token.start - 16), token.start))
  );
}
