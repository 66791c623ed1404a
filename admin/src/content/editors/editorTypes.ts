import type { ContentItem } from '@bangtin/shared';

/** What the editor page gives every type-specific editor. */
export interface EditorProps {
  /** The stored item, or null when creating one. */
  item: ContentItem | null;
  /** Called with the stored item after a save or an archive. */
  onStored: (item: ContentItem) => void;
}
