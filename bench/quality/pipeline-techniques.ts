/** What the pipeline reports as techniques: techniques from prose plus ATT&CK ids written in the text. */
import {
  extractIndicators,
  extractTechniques,
  identifierEntities,
  prepareKnowledge,
  type ExtractedEntity,
  type PreparedKnowledge,
  type Span,
} from '@vigil/core';

const empty = prepareKnowledge([]);

export const pipelineTechniques = (
  text: string,
  sentences: readonly Span[],
  knowledge: PreparedKnowledge | undefined,
): ExtractedEntity[] => [
  ...extractTechniques(text, sentences, knowledge),
  ...identifierEntities(
    extractIndicators(text, { sentences, types: ['attack-id'] }),
    knowledge ?? empty,
  ),
];
