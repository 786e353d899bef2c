// The one place the version is written; package.json must agree (a test checks).
export const VERSION = '0.1.0';
