// gsn2x interchange: import gsn2x YAML as a Warrant case, export a case as gsn2x YAML.
export { importGsn2x, type ImportOptions, type ImportResult } from './import.js';
export { exportGsn2x } from './export.js';
export { GSN2X_CODES } from './codes.js';
export { DEFAULT_DECISION, DEFAULT_KIND, type HeaderOptions } from './header.js';
export type { Gsn2xFile, ReadFile } from './read-modules.js';
export { semanticGsn2x, type SemanticCase } from './semantic.js';
