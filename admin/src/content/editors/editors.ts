import type { ComponentType } from 'react';
import type { ContentType } from '@bangtin/shared';
import type { EditorProps } from './editorTypes.ts';
import { AnnouncementEditor, CommendationEditor, DidYouKnowEditor, ImageEditor, QrEditor, SloganEditor } from './fieldListTypes.tsx';
import { IndexResultEditor } from './IndexResultEditor.tsx';
import { ProcedureEditor } from './ProcedureEditor.tsx';
import { VideoEditor } from './VideoEditor.tsx';

/** One editor per content type (ContentDetailView remains for anything without one). */
export const EDITORS: Partial<Record<ContentType, ComponentType<EditorProps>>> = {
  slogan: SloganEditor,
  announcement: AnnouncementEditor,
  procedure: ProcedureEditor,
  indexResult: IndexResultEditor,
  commendation: CommendationEditor,
  image: ImageEditor,
  qr: QrEditor,
  didYouKnow: DidYouKnowEditor,
  video: VideoEditor,
};
