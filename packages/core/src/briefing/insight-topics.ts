/** The headings the human-readable renderers (Markdown, HTML) put before each insight, by topic. */
import type { Insight } from './types.ts';

export const INSIGHT_TOPIC_TITLE: Readonly<Record<Insight['topic'], string>> = {
  who: 'Who',
  what: 'What',
  'against-whom': 'Against whom',
  how: 'How',
  'since-when': 'Since when',
  'how-sure': 'How sure',
  response: 'What was done',
};
