import type { EditorLayout, FieldText } from './types';
import { SYSTEM_FIELDS } from './system-fields';

type Metadata = { edit: Record<string, unknown>; list: Record<string, unknown> };
type EditField = { name: string; size: number };

/** The content manager's stored configuration of one model (plugin_content_manager_configuration_…). */
export type ContentManagerConfig = {
  settings: Record<string, unknown>;
  metadatas: Record<string, Metadata>;
  layouts: { list: string[]; edit: EditField[][] };
};

/** What the content manager knows of a model: its attributes with their types. */
export type ModelSchema = { attributes: Record<string, { type: string }> };
/** Strapi's field-size rule for a type: full-width types (components, blocks, json) cannot be resized. */
export type SizeRule = (type: string) => { default: number; isResizable: boolean };

const ROW = 12;
/** Fields Strapi shows but nobody edits: never in the edit layout. */
const NOT_EDITABLE = new Set([...Object.keys(SYSTEM_FIELDS), 'documentId']);

function fail(layout: EditorLayout, message: string): never {
  throw new Error(`Editor layout of ${layout.uid}: ${message}`);
}

function editRows(layout: EditorLayout, schema: ModelSchema, sizeOf: SizeRule): EditField[][] {
  const rows = layout.edit.map((row) =>
    row.map((entry): EditField => {
      const [name, size] = typeof entry === 'string' ? [entry, undefined] : entry;
      const attribute = schema.attributes[name];
      if (!attribute || NOT_EDITABLE.has(name)) fail(layout, `"${name}" is not an editable field`);
      const rule = sizeOf(attribute.type);
      const width = size ?? rule.default;
      if (!rule.isResizable && width !== rule.default) {
        fail(layout, `"${name}" (${attribute.type}) must be ${rule.default} wide`);
      }
      return { name, size: width };
    }),
  );
  for (const row of rows) {
    const width = row.reduce((sum, field) => sum + field.size, 0);
    if (width > ROW)
      fail(layout, `the row ${row.map((f) => f.name).join(', ')} is ${width} wide (max ${ROW})`);
  }
  return rows;
}

/** Editable fields the layout does not place, one per row at the end, so no field disappears from the form. */
function leftOverRows(placed: EditField[][], schema: ModelSchema, sizeOf: SizeRule): EditField[][] {
  const named = new Set(placed.flat().map((field) => field.name));
  return Object.entries(schema.attributes)
    .filter(([name]) => !named.has(name) && !NOT_EDITABLE.has(name))
    .map(([name, attribute]) => [{ name, size: sizeOf(attribute.type).default }]);
}

function withTexts(current: ContentManagerConfig, layout: EditorLayout): Record<string, Metadata> {
  const metadatas = { ...current.metadatas };
  const texts: Record<string, FieldText> = {
    ...mapValues(SYSTEM_FIELDS, (label) => ({ label })),
    ...layout.fields,
  };
  for (const [name, text] of Object.entries(texts)) {
    const before = metadatas[name];
    if (!before) {
      if (name in layout.fields) fail(layout, `"${name}" is not a field of this model`);
      continue;
    }
    metadatas[name] = {
      edit: {
        ...before.edit,
        label: text.label,
        description: text.description ?? '',
        placeholder: text.placeholder ?? '',
      },
      list: { ...before.list, label: text.label },
    };
  }
  return metadatas;
}

function mapValues<T, U>(record: Record<string, T>, fn: (value: T) => U): Record<string, U> {
  return Object.fromEntries(Object.entries(record).map(([key, value]) => [key, fn(value)]));
}

/**
 * The configuration `current` becomes with `layout` applied: its labels, help texts and placeholders, its edit
 * rows (other editable fields after them), its list columns, default sort and main field. Everything else —
 * which fields are visible or editable, relations' main fields, page size — stays as it was. Pure; throws a
 * clear error for a field the model does not have or a row that does not fit.
 */
export function applyEditorLayout(
  current: ContentManagerConfig,
  layout: EditorLayout,
  schema: ModelSchema,
  sizeOf: SizeRule,
): ContentManagerConfig {
  const placed = editRows(layout, schema, sizeOf);
  for (const column of [...layout.list.columns, layout.list.sortBy, layout.list.mainField]) {
    if (!schema.attributes[column]) fail(layout, `list field "${column}" is not a field of this model`);
  }
  return {
    settings: {
      ...current.settings,
      mainField: layout.list.mainField,
      defaultSortBy: layout.list.sortBy,
      defaultSortOrder: layout.list.order,
    },
    metadatas: withTexts(current, layout),
    layouts: {
      ...current.layouts,
      edit: [...placed, ...leftOverRows(placed, schema, sizeOf)],
      list: layout.list.columns,
    },
  };
}
