import { z } from 'zod';
import { startTestStrapi, type TestStrapi } from './helpers/strapi';
import { bodyOf } from './helpers/responses';
import { applyEditorLayouts } from '../src/bootstrap/editor-layouts';
import { EDITOR_LAYOUTS, type EditorLayout } from '../src/editor-layouts';
import { treatmentLayout } from '../src/editor-layouts/treatment';

const ACCOUNTS = {
  SEED_ADMIN_EMAIL: 'admin@layouts.test',
  SEED_ADMIN_PASSWORD: 'Adm1nPassword',
  SEED_EDITOR_EMAIL: 'editor@layouts.test',
  SEED_EDITOR_PASSWORD: 'Ed1torPassword',
};
const TREATMENT = 'api::treatment.treatment';

/** The content manager's configuration answers, as the admin panel reads them. */
const metadata = z.looseObject({
  edit: z.looseObject({
    label: z.string().optional(),
    description: z.string().nullish(),
    placeholder: z.string().nullish(),
  }),
  list: z.looseObject({ label: z.string().optional() }),
});
const configuration = z.looseObject({
  settings: z.looseObject({ defaultSortBy: z.string(), defaultSortOrder: z.string(), mainField: z.string() }),
  metadatas: z.record(z.string(), metadata),
  layouts: z.looseObject({
    list: z.array(z.string()),
    edit: z.array(z.array(z.object({ name: z.string(), size: z.number() }))),
  }),
});
type Configuration = z.output<typeof configuration>;
const contentTypeAnswer = z.object({
  data: z.object({ contentType: configuration, components: z.record(z.string(), configuration) }),
});
const componentAnswer = z.object({ data: z.object({ component: configuration }) });

/** Fields whose meaning an editor cannot guess: every precaution and range field, and where they are used. */
const NEEDS_HELP: Record<string, string[]> = {
  'facts.precaution': ['subject', 'kind', 'relation', 'windowValue', 'windowUnit', 'advice', 'reason'],
  'facts.range': ['min', 'max', 'unit'],
  [TREATMENT]: ['downtime', 'resultsOnset', 'precautions', 'medicalReview', 'references'],
};

let app: TestStrapi;
let adminToken: string;
let editorToken: string;

async function logIn(email: string, password: string) {
  const res = await app.http().post('/admin/login').send({ email, password }).expect(200);
  return bodyOf(res, z.object({ data: z.object({ token: z.string() }) })).data.token;
}

async function readConfiguration(layout: EditorLayout, token = adminToken): Promise<Configuration> {
  if (layout.kind === 'contentType') {
    const res = await app
      .http()
      .get(`/content-manager/content-types/${layout.uid}/configuration`)
      .set('Authorization', `Bearer ${token}`)
      .expect(200);
    return bodyOf(res, contentTypeAnswer).data.contentType;
  }
  const res = await app
    .http()
    .get(`/content-manager/components/${layout.uid}/configuration`)
    .set('Authorization', `Bearer ${token}`)
    .expect(200);
  return bodyOf(res, componentAnswer).data.component;
}

beforeAll(async () => {
  app = await startTestStrapi(ACCOUNTS);
  adminToken = await logIn(ACCOUNTS.SEED_ADMIN_EMAIL, ACCOUNTS.SEED_ADMIN_PASSWORD);
  editorToken = await logIn(ACCOUNTS.SEED_EDITOR_EMAIL, ACCOUNTS.SEED_EDITOR_PASSWORD);
});
afterAll(async () => {
  await app.stop();
  for (const key of Object.keys(ACCOUNTS)) delete process.env[key];
});

describe('the content manager after boot', () => {
  it.each(EDITOR_LAYOUTS.map((layout) => [layout.uid, layout] as const))(
    '%s: no field is labelled with its raw name',
    async (_uid, layout) => {
      const { metadatas } = await readConfiguration(layout);
      const fields = Object.keys(metadatas).filter((name) => name !== 'documentId');
      expect(fields.length).toBeGreaterThan(Object.keys(layout.fields).length - 1);
      for (const name of fields) {
        const { edit, list } = metadatas[name] ?? { edit: {}, list: {} };
        expect({ name, label: edit.label }).not.toEqual({ name, label: name });
        expect({ name, label: list.label }).not.toEqual({ name, label: name });
        expect(edit.label).toMatch(/^[A-Z]/);
      }
    },
  );

  it.each(Object.entries(NEEDS_HELP))(
    '%s: every precaution and range field has a description',
    async (uid, fields) => {
      const layout = EDITOR_LAYOUTS.find((candidate) => candidate.uid === uid);
      if (!layout) throw new Error(uid);
      const { metadatas } = await readConfiguration(layout);
      for (const name of fields) {
        expect({ name, description: metadatas[name]?.edit.description }).toEqual({
          name,
          description: expect.stringMatching(/\w{3,}.*\./) as unknown,
        });
      }
    },
  );

  it('shows the precaution with readable labels and the window explained', async () => {
    const { metadatas } = await readConfiguration(EDITOR_LAYOUTS.find((l) => l.uid === 'facts.precaution')!);
    expect(metadatas.windowValue?.edit).toMatchObject({
      label: 'Stop this long before',
      description: expect.stringContaining('Shown in the readiness checker') as unknown,
      placeholder: '24',
    });
    expect(metadatas.windowUnit?.edit.label).toBe('Unit');
    expect(metadatas.advice?.edit.label).toBe('Advice');
  });

  it('groups the treatment form: identity, facts, then review and sources', async () => {
    const { layouts, settings, metadatas } = await readConfiguration(treatmentLayout);
    const order = layouts.edit.flat().map((field) => field.name);
    expect(order.slice(0, 2)).toEqual(['name', 'slug']);
    expect(order.indexOf('precautions')).toBeLessThan(order.indexOf('medicalReview'));
    expect(order.indexOf('downtime')).toBeLessThan(order.indexOf('precautions'));
    expect(order.indexOf('medicalReview')).toBeLessThan(order.indexOf('references'));
    expect(metadatas.howItWorks?.edit.label).toBe('How it works');
    expect(layouts.list).toEqual(['name', 'slug', 'painLevel', 'updatedAt']);
    expect(settings).toMatchObject({ defaultSortBy: 'name', defaultSortOrder: 'ASC', mainField: 'name' });
  });

  it('puts the SEO fields last on an article and sorts articles by last change', async () => {
    const article = EDITOR_LAYOUTS.find((layout) => layout.uid === 'api::article.article')!;
    const { layouts, settings } = await readConfiguration(article);
    expect(layouts.edit.at(-1)).toEqual([{ name: 'seo', size: 12 }]);
    expect(settings).toMatchObject({ defaultSortBy: 'updatedAt', defaultSortOrder: 'DESC' });
  });

  it('is what the demo editor sees too', async () => {
    const { metadatas } = await readConfiguration(treatmentLayout, editorToken);
    expect(metadatas.resultsOnset?.edit.label).toBe('Results appear after');
  });
});

describe('applying again', () => {
  it('changes nothing when nothing changed (idempotent)', async () => {
    const before = await Promise.all(EDITOR_LAYOUTS.map((layout) => readConfiguration(layout)));
    expect(await applyEditorLayouts(app.strapi)).toEqual([]);
    const after = await Promise.all(EDITOR_LAYOUTS.map((layout) => readConfiguration(layout)));
    expect(after).toEqual(before);
  });

  it("keeps an admin's later change in the panel while the code's layout is unchanged", async () => {
    const current = await readConfiguration(treatmentLayout);
    // What the panel's "Configure the view" sends: no documentId, no list.mainField (the GET adds both).
    const metadatas = Object.fromEntries(
      Object.entries(current.metadatas)
        .filter(([name]) => name !== 'documentId')
        .map(([name, { edit, list }]) => {
          const { mainField: _mainField, ...listWithoutMainField } = list;
          return [
            name,
            { edit: name === 'summary' ? { ...edit, label: 'Intro' } : edit, list: listWithoutMainField },
          ];
        }),
    );
    const tweaked = { settings: current.settings, layouts: current.layouts, metadatas };
    const put = await app
      .http()
      .put(`/content-manager/content-types/${TREATMENT}/configuration`)
      .set('Authorization', `Bearer ${adminToken}`)
      .send(tweaked);
    expect({ status: put.status, body: put.status === 200 ? 'ok' : (put.body as unknown) }).toEqual({
      status: 200,
      body: 'ok',
    });
    expect(await applyEditorLayouts(app.strapi)).toEqual([]);
    expect((await readConfiguration(treatmentLayout)).metadatas.summary?.edit.label).toBe('Intro');
  });

  it("applies a layout whose code changed, over the panel's change for the fields it names", async () => {
    const changed: EditorLayout = {
      ...treatmentLayout,
      fields: { ...treatmentLayout.fields, summary: { label: 'Short summary' } },
    };
    expect(await applyEditorLayouts(app.strapi, [changed])).toEqual([TREATMENT]);
    expect((await readConfiguration(treatmentLayout)).metadatas.summary?.edit.label).toBe('Short summary');
    // Back to the layout in code, as the next boot would.
    expect(await applyEditorLayouts(app.strapi, [treatmentLayout])).toEqual([TREATMENT]);
    expect((await readConfiguration(treatmentLayout)).metadatas.summary?.edit.label).toBe('Summary');
  });

  it('refuses a layout naming a field the model lacks, with its name, and writes nothing', async () => {
    const before = await readConfiguration(treatmentLayout);
    const wrong: EditorLayout = { ...treatmentLayout, edit: [...treatmentLayout.edit, ['sideEffects']] };
    await expect(applyEditorLayouts(app.strapi, [wrong])).rejects.toThrow(
      'Editor layout of api::treatment.treatment: "sideEffects" is not an editable field',
    );
    expect(await readConfiguration(treatmentLayout)).toEqual(before);
  });
});
