/**
 * The options every pipeline bench analyzes the 551 reports with: ATT&CK + MISP knowledge prepared once,
 * MISP warning lists and prose techniques, all read from VIGIL_DATA_DIR.
 */
import { extractTechniques, prepareKnowledge, type AnalyzeOptions } from '@vigil/core';
import { loadWarningLists } from '@vigil/store';
import { dataPath } from '../test-support/data.ts';
import { loadKnowledgeFromData } from '../test-support/knowledge.ts';

export function corpusAnalyzeOptions(): AnalyzeOptions {
  const warningDir = dataPath('misp-warninglists');
  if (!warningDir) throw new Error('needs VIGIL_DATA_DIR with misp-warninglists/');
  return {
    knowledge: prepareKnowledge(loadKnowledgeFromData().entries),
    warningLists: loadWarningLists(warningDir),
    techniques: extractTechniques,
  };
}
