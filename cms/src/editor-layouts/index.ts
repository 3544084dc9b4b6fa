import { articleLayout } from './article';
import { authorLayout } from './author';
import { commentLayout } from './comment';
import { commentSettingLayout } from './comment-setting';
import { aliasLayout, benefitLayout, medicalReviewLayout, performerLayout } from './facts-small';
import { precautionLayout } from './precaution';
import { rangeLayout } from './range';
import { citationLayout, seoLayout } from './shared-components';
import { topicLayout } from './topic';
import { treatmentLayout } from './treatment';
import type { EditorLayout } from './types';

export type { EditorLayout, EditRow, FieldText } from './types';
export { SYSTEM_FIELDS } from './system-fields';

/** Every content type and component editors work with, as the content manager should show it. */
export const EDITOR_LAYOUTS: readonly EditorLayout[] = [
  articleLayout,
  treatmentLayout,
  topicLayout,
  authorLayout,
  commentLayout,
  commentSettingLayout,
  precautionLayout,
  rangeLayout,
  aliasLayout,
  benefitLayout,
  performerLayout,
  medicalReviewLayout,
  citationLayout,
  seoLayout,
];
