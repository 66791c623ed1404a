import type { ContentItem, ContentType } from '@bangtin/shared';
import type { ComponentType, ReactNode } from 'react';
import type { MessageKey } from '../../i18n.ts';
import { useI18n } from '../../i18nContext.tsx';
import { TextField } from '../../ui/form/TextField.tsx';
import { MediaField } from '../../media/MediaField.tsx';
import { ContentEditorShell } from '../ContentEditorShell.tsx';
import { metaToInput, type MetaValues } from '../formValues.ts';
import { useContentForm, type ContentForm } from '../useContentForm.ts';
import type { EditorProps } from './editorTypes.ts';

/** The keys of V whose values are plain strings (the ones a text input can edit). */
type TextKey<V> = { [K in keyof V]: V[K] extends string ? K : never }[keyof V] & string;

/** One labelled text input of a content type, as `TextField` draws it; labels and hints are message keys. */
export interface TextFieldSpec<K extends string> {
  name: K;
  label: MessageKey;
  hint?: MessageKey;
  rows?: number;
  max?: number;
  type?: 'text' | 'url';
  inputMode?: 'url';
  placeholder?: string;
  /** A picture from the media library (thumbnail and picker instead of a typed address); 'poster' also offers PDF pages. */
  media?: 'picture' | 'poster';
}

/** A content type whose own fields are a list of text inputs (plus, at most, one extra control). */
export interface FieldListSpec<V extends MetaValues> {
  type: ContentType;
  /** Form values for an item of this type (or the defaults when creating one). */
  valuesOf: (item: ContentItem | null) => V;
  /** The type's own fields as the contract spells them (saved, and shown in the live preview). */
  payloadOf: (values: V) => Record<string, unknown>;
  fields: readonly TextFieldSpec<TextKey<V>>[];
  /** A control after the text inputs that is not plain text (the slogan's colour theme). */
  extra?: (form: ContentForm<V>) => ReactNode;
}

/** A picture picked from the media library, or an https address (the image, announcement and commendation pictures). */
export const mediaUrlField = <K extends string>(name: K, label: MessageKey, media: 'picture' | 'poster' = 'picture'): TextFieldSpec<K> => ({
  name,
  label,
  media,
});

function FieldListEditor<V extends MetaValues>({ spec, item, onStored }: EditorProps & { spec: FieldListSpec<V> }) {
  const { t } = useI18n();
  const { type, valuesOf, payloadOf, fields, extra } = spec;
  const toInput = (values: V) => ({ ...metaToInput(values), ...payloadOf(values) });
  const form = useContentForm({ type, item, valuesOf, toInput, onStored });
  const { values, errors, update } = form;
  // A one-key patch: the key is one of V's string fields, so the value fits it.
  const patch = (name: TextKey<V>, value: string) => ({ [name]: value }) as Partial<V>;
  return (
    <ContentEditorShell type={type} form={form} payload={payloadOf(values)}>
      {fields.map(({ name, label, hint, media, ...input }) =>
        media ? (
          <MediaField
            key={name}
            name={name}
            label={t(label)}
            withPdfPages={media === 'poster'}
            value={values[name] as string}
            error={errors[name]}
            onChange={(value) => update(patch(name, value))}
          />
        ) : (
        <TextField
          key={name}
          name={name}
          label={t(label)}
          hint={hint === undefined ? undefined : t(hint)}
          {...input}
          value={values[name] as string}
          error={errors[name]}
          onChange={(value) => update(patch(name, value))}
        />
        ),
      )}
      {extra?.(form)}
    </ContentEditorShell>
  );
}

/** The editor of one field-list content type, in the shape the editor page expects. */
export function fieldListEditor<V extends MetaValues>(spec: FieldListSpec<V>): ComponentType<EditorProps> {
  const Editor = (props: EditorProps) => <FieldListEditor spec={spec} {...props} />;
  Editor.displayName = `${spec.type}Editor`;
  return Editor;
}
