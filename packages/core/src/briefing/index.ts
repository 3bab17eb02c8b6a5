/** Briefings: composition from report + knowledge, and renderers (Markdown, HTML, JSON, STIX, Navigator, Atom). */
export * from './types.ts';
export * from './compose-briefing.ts';
export * from './render-markdown.ts';
export * from './defang.ts';
export * from './render-json.ts';
export * from './render-html.ts';
export * from './render-stix.ts';
export * from './render-navigator.ts';
export * from './render-atom.ts';
export { backgroundRef, mainActor, reportedActor, confidenceWord } from './insights.ts';
