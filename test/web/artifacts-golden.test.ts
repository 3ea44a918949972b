import fs from 'node:fs';
import path from 'node:path';
import { asc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { dataset, prodTask } from '../../store/schema/pcs.ts';
import { useWebApp } from './web-fixture.ts';

const GOLDEN_DIR = path.join(import.meta.dirname, 'golden');
const FORMATS = ['condor', 'panda', 'jedi', 'evgen', 'dump'] as const;
/** UPDATE_GOLDEN=1 rewrites the files; otherwise a missing golden is a failure, not a silent regeneration. */
const UPDATE = process.env['UPDATE_GOLDEN'] === '1';

const web = useWebApp({ empty: false });

/** Deterministic picks from the seeded template: the first task, the first submitted one, and one with a k tag. */
async function pickTasks(): Promise<string[]> {
  const db = web.store().db;
  const picks: string[] = [];
  const [first] = await db.select({ name: prodTask.name }).from(prodTask).orderBy(asc(prodTask.id)).limit(1);
  const [submitted] = await db.select({ name: prodTask.name }).from(prodTask).where(eq(prodTask.status, 'submitted')).orderBy(asc(prodTask.id)).limit(1);
  const withK = await db.select({ name: prodTask.name, bg: dataset.backgroundTagId }).from(prodTask).innerJoin(dataset, eq(dataset.id, prodTask.datasetId)).orderBy(asc(prodTask.id)).limit(2000);
  for (const row of [first, submitted, withK.find((r) => r.bg !== null)]) if (row && !picks.includes(row.name)) picks.push(row.name);
  return picks;
}

function goldenFile(index: number, format: string): string {
  return path.join(GOLDEN_DIR, `task-${index}.${format}.${format === 'condor' || format === 'panda' ? 'txt' : 'json'}`);
}

describe('submission artifacts match the goldens derived from the seed', () => {
  it('renders condor, panda, jedi, evgen and dump for the picked seeded tasks', async () => {
    const tasks = await pickTasks();
    expect(tasks.length, 'the seeded template has no production tasks').toBeGreaterThan(0);
    fs.mkdirSync(GOLDEN_DIR, { recursive: true });
    for (const [index, name] of tasks.entries()) {
      for (const format of FORMATS) {
        const response = await web.as(null, { method: 'GET', url: `/api/v1/tasks/${encodeURIComponent(name)}/command?fmt=${format}` });
        expect(response.statusCode, response.body).toBe(200);
        const file = goldenFile(index, format);
        if (UPDATE) fs.writeFileSync(file, response.body);
        expect(fs.existsSync(file), `missing golden ${file}; run with UPDATE_GOLDEN=1 once`).toBe(true);
        expect(response.body, `${name} fmt=${format}`).toBe(fs.readFileSync(file, 'utf8'));
      }
    }
  });
});
