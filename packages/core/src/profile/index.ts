/** Organization profile and threat relevance scoring. */
export * from './org-profile.ts';
export * from './relevance.ts';
