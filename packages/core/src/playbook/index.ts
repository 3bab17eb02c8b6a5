/** Response planning: threat facts -> prioritized steps mapped to CSF 2.0, ATT&CK and SP 800-61r3. */
export * from './types.ts';
export * from './plan-mitigations.ts';
export * from './attack-mitigations.ts';
export { STEP_CATALOG } from './step-catalog.ts';
