import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The committed set files. */
export const SETS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../evals/sets');
export const setFile = (name: string) => path.join(SETS, name);
