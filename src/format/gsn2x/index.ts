// gsn2x interchange: import gsn2x YAML as a Warrant case, export a case as gsn2x YAML.

export { GSN2X_CODES } from './codes.js';
export { exportGsn2x } from './export.js';
export { DEFAULT_DECISION, DEFAULT_KIND, type HeaderOptions } from './header.js';
export { type ImportOptions, type ImportResult, importGsn2x } from './import.js';
export type { Gsn2xFile, ReadFile } from './read-modules.js';
export { type SemanticCase, semanticGsn2x } from './semantic.js';
