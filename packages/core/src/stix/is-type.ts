/** Narrowing a validated STIX object to its typed interface by its `type` value. */
import type { KnownStixType, StixTypeMap } from './object-types.ts';

/** `isType(o, 'indicator')` narrows `o` to `Indicator`; meaningful on objects that passed validation. */
export const isType = <T extends KnownStixType>(
  object: { readonly type: string },
  type: T,
): object is StixTypeMap[T] => object.type === type;
