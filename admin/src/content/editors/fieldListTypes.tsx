import type { ContentItem, ContentType, sloganTheme } from '@bangtin/shared';
import { ThemePicker } from '../form/ThemePicker.tsx';
import { EMPTY_META, metaFromItem, type MetaValues } from '../formValues.ts';
import { optionalRef } from '../optional.ts';
import { fieldListEditor, mediaUrlField } from './FieldListEditor.tsx';

/**
 * The content types whose own fields are a few text inputs: each is described here (values, contract payload,
 * inputs) and drawn by the one field-list editor.
 */

const isOfType = <T extends ContentType>(item: ContentItem | null, type: T): item is Extract<ContentItem, { type: T }> => item?.type === type;

/** Form values of a stored item of this type (its shared fields and its own), or the defaults for a new one. */
const valuesFor =
  <T extends ContentType, O extends object>(type: T, own: (item: Extract<ContentItem, { type: T }>) => O, defaults: O) =>
  (item: ContentItem | null): MetaValues & O =>
    isOfType(item, type) ? { ...metaFromItem(item), ...own(item) } : { ...EMPTY_META, ...defaults };

interface SloganValues extends MetaValues {
  text: string;
  attribution: string;
  theme: (typeof sloganTheme.options)[number];
}

export const SloganEditor = fieldListEditor<SloganValues>({
  type: 'slogan',
  valuesOf: valuesFor('slogan', (i) => ({ text: i.text, attribution: i.attribution, theme: i.theme }), { text: '', attribution: '', theme: 'red' }),
  payloadOf: (v) => ({ text: v.text, attribution: v.attribution, theme: v.theme }),
  fields: [
    { name: 'text', label: 'field.text', rows: 4, max: 300 },
    { name: 'attribution', label: 'field.attribution' },
  ],
  extra: ({ values, update }) => <ThemePicker value={values.theme} onChange={(theme) => update({ theme })} />,
});

type AnnouncementValues = MetaValues & Record<'title' | 'body' | 'imageUrl' | 'kicker', string>;

export const AnnouncementEditor = fieldListEditor<AnnouncementValues>({
  type: 'announcement',
  // `kicker` has no field: set by the feedback answer (its badge), kept through an edit.
  valuesOf: valuesFor('announcement', (i) => ({ title: i.title, body: i.body, imageUrl: i.imageUrl ?? '', kicker: i.kicker ?? '' }), { title: '', body: '', imageUrl: '', kicker: '' }),
  payloadOf: (v) => ({ title: v.title, body: v.body, ...optionalRef('imageUrl', v.imageUrl), ...(v.kicker ? { kicker: v.kicker } : {}) }),
  fields: [
    { name: 'title', label: 'field.title', max: 200 },
    { name: 'body', label: 'field.body', hint: 'field.bodyHint', rows: 10, max: 5000 },
    mediaUrlField('imageUrl', 'field.imageUrl'),
  ],
});

type CommendationValues = MetaValues & Record<'name' | 'achievement' | 'photoUrl', string>;

export const CommendationEditor = fieldListEditor<CommendationValues>({
  type: 'commendation',
  valuesOf: valuesFor('commendation', (i) => ({ name: i.name, achievement: i.achievement, photoUrl: i.photoUrl ?? '' }), { name: '', achievement: '', photoUrl: '' }),
  payloadOf: (v) => ({ name: v.name, achievement: v.achievement, ...optionalRef('photoUrl', v.photoUrl) }),
  fields: [
    { name: 'name', label: 'commendation.name', max: 200 },
    { name: 'achievement', label: 'commendation.achievement', rows: 5, max: 1000 },
    mediaUrlField('photoUrl', 'commendation.photoUrl'),
  ],
});

type ImageValues = MetaValues & Record<'url' | 'caption', string>;

/** A poster or photo from the media library (a picture, or one page of a PDF poster), or an https address. */
export const ImageEditor = fieldListEditor<ImageValues>({
  type: 'image',
  valuesOf: valuesFor('image', (i) => ({ url: i.url, caption: i.caption }), { url: '', caption: '' }),
  payloadOf: (v) => ({ url: v.url.trim(), caption: v.caption }),
  fields: [mediaUrlField('url', 'image.url', 'poster'), { name: 'caption', label: 'image.caption', max: 300 }],
});

type QrValues = MetaValues & Record<'title' | 'url' | 'caption', string>;

export const QrEditor = fieldListEditor<QrValues>({
  type: 'qr',
  valuesOf: valuesFor('qr', (i) => ({ title: i.title, url: i.url, caption: i.caption }), { title: '', url: 'https://', caption: '' }),
  payloadOf: (v) => ({ title: v.title, url: v.url.trim(), caption: v.caption }),
  fields: [
    { name: 'title', label: 'qr.title', max: 200 },
    { name: 'url', label: 'qr.url', hint: 'qr.urlHint', type: 'url', inputMode: 'url' },
    { name: 'caption', label: 'qr.caption', max: 300 },
  ],
});

type DidYouKnowValues = MetaValues & Record<'question' | 'answer' | 'explanation' | 'quizId', string>;

/** "Bạn có biết?": usually made from an approved quiz question (Tìm hiểu CCHC → "Tạo slide"), editable like any slide. */
export const DidYouKnowEditor = fieldListEditor<DidYouKnowValues>({
  type: 'didYouKnow',
  valuesOf: valuesFor('didYouKnow', (i) => ({ question: i.question, answer: i.answer, explanation: i.explanation, quizId: i.quizId }), {
    question: '',
    answer: '',
    explanation: '',
    quizId: '',
  }),
  payloadOf: (v) => ({ question: v.question, answer: v.answer, explanation: v.explanation, quizId: v.quizId }),
  fields: [
    { name: 'question', label: 'quiz.question', rows: 3, max: 300 },
    { name: 'answer', label: 'quiz.answerText', max: 200 },
    { name: 'explanation', label: 'quiz.explanation', rows: 4, max: 600 },
  ],
});
