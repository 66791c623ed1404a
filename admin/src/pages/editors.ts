import type { ComponentType } from 'react';
import type { ContentType } from '@bangtin/shared';
import { AnnouncementEditor } from './AnnouncementEditor.tsx';
import type { EditorProps } from './editorTypes.ts';
import { SloganEditor } from './SloganEditor.tsx';

/** Editors by content type; types without one get the read-only view (procedure editor etc. slot in here). */
export const EDITORS: Partial<Record<ContentType, ComponentType<EditorProps>>> = {
  slogan: SloganEditor,
  announcement: AnnouncementEditor,
};
