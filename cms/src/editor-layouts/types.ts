/**
 * How one content type or component looks in the admin panel's content manager, written in code so a fresh
 * clone has it (applied at boot by src/bootstrap/editor-layouts.ts). Field names are the schema's.
 */
export type FieldText = {
  /** What editors read instead of the schema's camelCase name. */
  label: string;
  /** The help line under the field. */
  description?: string;
  /** Greyed-out example text inside an empty field. */
  placeholder?: string;
};

/** A row of the edit view: field names, each optionally with its width on a 12-column grid. */
export type EditRow = Array<string | [name: string, size: number]>;

export type EditorLayout = {
  uid: string;
  kind: 'contentType' | 'component';
  /** Every attribute of the schema (a test checks none is missing). */
  fields: Record<string, FieldText>;
  /**
   * The edit view, top to bottom, grouped: what the item is, its facts, its medical review and references, then
   * SEO. Fields not named here are appended at the end (Strapi does the same for a new schema field).
   */
  edit: EditRow[];
  /** The list view's columns, its default sort and the field that names an entry in relations. */
  list: { columns: string[]; sortBy: string; order: 'ASC' | 'DESC'; mainField: string };
};
