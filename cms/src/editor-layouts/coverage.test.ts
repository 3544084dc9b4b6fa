import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { EDITOR_LAYOUTS } from './index';

const SRC = path.resolve(__dirname, '..');

/** The schema file of a content type (`api::x.x`) or component (`category.name`). */
function schemaFile(uid: string): string {
  const api = /^api::([\w-]+)\.([\w-]+)$/.exec(uid);
  if (api) return path.join(SRC, 'api', api[1] ?? '', 'content-types', api[2] ?? '', 'schema.json');
  const [category, name] = uid.split('.');
  return path.join(SRC, 'components', category ?? '', `${name ?? ''}.json`);
}

function attributesOf(uid: string): string[] {
  const schema: unknown = JSON.parse(readFileSync(schemaFile(uid), 'utf8'));
  if (typeof schema !== 'object' || schema === null || !('attributes' in schema)) throw new Error(uid);
  return Object.keys(schema.attributes as object);
}

describe('editor layouts in code', () => {
  it.each(EDITOR_LAYOUTS.map((layout) => [layout.uid, layout] as const))(
    '%s names every field of its schema, each with a readable label',
    (uid, layout) => {
      const fields = attributesOf(uid);
      expect(Object.keys(layout.fields).sort()).toEqual([...fields].sort());
      for (const [name, text] of Object.entries(layout.fields)) {
        expect(text.label).not.toBe(name);
        expect(text.label).toMatch(/^[A-Z]/);
      }
    },
  );

  it('covers the content types and every component editors fill in', () => {
    const uids = EDITOR_LAYOUTS.map((layout) => layout.uid);
    for (const type of ['article', 'treatment', 'topic', 'author', 'comment', 'comment-setting']) {
      expect(uids).toContain(`api::${type}.${type}`);
    }
    for (const category of ['facts', 'shared']) {
      for (const file of readdirNames(path.join(SRC, 'components', category))) {
        expect(uids).toContain(`${category}.${file}`);
      }
    }
  });
});

function readdirNames(dir: string): string[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .map((file) => file.replace(/\.json$/, ''));
}
