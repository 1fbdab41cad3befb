#!/usr/bin/env node
// Runs the built CLI when present (an installed app), else the TypeScript source directly (a checkout).
import { existsSync } from 'node:fs';
const built = new URL('../../dist/cli/lectern.mjs', import.meta.url);
await import(existsSync(built) ? built.href : new URL('./main.ts', import.meta.url).href);
