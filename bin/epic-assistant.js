#!/usr/bin/env node
// The package runs from TypeScript source: tsx registers its loader here so no build step is needed.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
