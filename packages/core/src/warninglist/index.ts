export type * from './matcher.ts';
export {
  parseWarningList,
  type WarningListDefinition,
  type WarningListType,
} from './definition.ts';
export { createWarningMatcher } from './warning-lists.ts';
export { IpRangeSet } from './ip-ranges.ts';
