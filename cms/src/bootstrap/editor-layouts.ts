import { createHash } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { EDITOR_LAYOUTS, type EditorLayout } from '../editor-layouts';
import {
  applyEditorLayout,
  type ContentManagerConfig,
  type ModelSchema,
  type SizeRule,
} from '../editor-layouts/apply';

/** The content manager's services this file calls (`service()` types their members as `any`). */
type ModelService = {
  findContentType?(uid: string): ModelSchema | undefined;
  findComponent?(uid: string): ModelSchema | undefined;
  findConfiguration(model: ModelSchema): Promise<ContentManagerConfig>;
  updateConfiguration(model: ModelSchema, config: ContentManagerConfig): Promise<unknown>;
};
type FieldSizes = { getFieldSize: SizeRule };

/** Where the fingerprint of what was last applied from code is kept, per model. */
const FINGERPRINTS = { type: 'core', name: 'skinfacts', key: 'editor-layouts-applied' } as const;

export function fingerprint(layout: EditorLayout): string {
  return createHash('sha256').update(JSON.stringify(layout)).digest('hex').slice(0, 16);
}

function modelOf(strapi: Core.Strapi, layout: EditorLayout) {
  const contentManager = strapi.plugin('content-manager');
  const service = contentManager.service<ModelService>(
    layout.kind === 'component' ? 'components' : 'content-types',
  );
  const model =
    layout.kind === 'component' ? service.findComponent?.(layout.uid) : service.findContentType?.(layout.uid);
  if (!model) throw new Error(`Editor layout of ${layout.uid}: no such ${layout.kind}`);
  return { service, model };
}

/**
 * Gives the content manager the labels, help texts, placeholders, edit layout and list view written in
 * src/editor-layouts/, at every boot, after Strapi has synced its own configuration.
 *
 * A model's layout from code is applied when it differs from the one applied last (a fingerprint per model
 * in the core store), so a fresh database gets it, and so does an existing one when the code changes. In
 * between, changes an admin makes under "Configure the view" stay, even across restarts; a change to that
 * model's file in code replaces them for the fields it names. Applying is idempotent: the same layout on the
 * same configuration gives the same configuration.
 */
export async function applyEditorLayouts(
  strapi: Core.Strapi,
  layouts: readonly EditorLayout[] = EDITOR_LAYOUTS,
): Promise<string[]> {
  const store = strapi.store({ type: FINGERPRINTS.type, name: FINGERPRINTS.name });
  const stored = ((await store.get({ key: FINGERPRINTS.key })) ?? {}) as Record<string, string>;
  const sizes = strapi.plugin('content-manager').service<FieldSizes>('field-sizes');
  const applied: string[] = [];
  const next = { ...stored };

  for (const layout of layouts) {
    const wanted = fingerprint(layout);
    if (stored[layout.uid] === wanted) continue;
    const { service, model } = modelOf(strapi, layout);
    const current = await service.findConfiguration(model);
    const updated = applyEditorLayout(current, layout, model, (type) => sizes.getFieldSize(type));
    await service.updateConfiguration(model, updated);
    next[layout.uid] = wanted;
    applied.push(layout.uid);
  }
  if (applied.length > 0) {
    await store.set({ key: FINGERPRINTS.key, value: next });
    strapi.log.info(`editor layouts: applied ${applied.join(', ')}`);
  }
  return applied;
}
