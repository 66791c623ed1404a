import type { ComponentType } from 'react';
import type { ContentType } from '@bangtin/shared';
import { AnnouncementEditor } from './AnnouncementEditor.tsx';
import { CommendationEditor } from './CommendationEditor.tsx';
import type { EditorProps } from './editorTypes.ts';
import { ImageEditor } from './ImageEditor.tsx';
import { IndexResultEditor } from './IndexResultEditor.tsx';
import { ProcedureEditor } from './ProcedureEditor.tsx';
import { QrEditor } from './QrEditor.tsx';
import { SloganEditor } from './SloganEditor.tsx';

/** One editor per content type (ContentDetailView remains for anything without one). */
export const EDITORS: Partial<Record<ContentType, ComponentType<EditorProps>>> = {
  slogan: SloganEditor,
  announcement: AnnouncementEditor,
  procedure: ProcedureEditor,
  indexResult: IndexResultEditor,
  commendation: CommendationEditor,
  image: ImageEditor,
  qr: QrEditor,
};
