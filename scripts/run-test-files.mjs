// Imports the test files named on the command line into this one process:
// node:test collects their tests and runs them in file order, then reports.
import path from 'node:path';
import { pathToFileURL } from 'node:url';

for (const file of process.argv.slice(2)) await import(pathToFileURL(path.resolve(file)).href);
