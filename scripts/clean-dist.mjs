// First step of `npm run build`: remove dist/, so a module that is no longer
// built (moved, deleted, or test code) does not linger in it from an older build.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

fs.rmSync(path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist'), { recursive: true, force: true });
