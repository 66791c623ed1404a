import { foldVietnamese, type ContentItem } from '@bangtin/shared';

type Seeded = Pick<ContentItem, 'type'> & Partial<Record<'text' | 'title' | 'index', unknown>>;

/**
 * Reform areas for the demo content (plan-2021-2025.md, section II), chosen from what each item says: a slogan about
 * public services online is e-government (II.2f), one about the civil service II.2d, the rest the Party's and the
 * State's guidance (II.1); procedures are II.2b, index results the results of reform (II.3, digital ones also II.2f).
 * Rules rather than a table by text, so a corrected seed wording keeps its tag.
 */
export function seedAreas(item: Seeded): string[] {
  const words = foldVietnamese(String(item.text ?? item.title ?? ''));
  switch (item.type) {
    case 'procedure':
      return ['II.2b'];
    case 'indexResult':
      return item.index === 'DTI' || item.index === 'ICT_INDEX' ? ['II.3', 'II.2f'] : ['II.3'];
    case 'qr':
      return ['II.2b', 'II.2f'];
    case 'slogan':
      if (words.includes('dich vu cong') || words.includes('dien tu')) return ['II.2f'];
      if (words.includes('cong vu')) return ['II.1', 'II.2d'];
      return ['II.1'];
    case 'announcement':
      if (words.includes('hoc phi')) return ['II.1', 'II.2e'];
      return words.includes('ho tro') ? ['II.2b'] : ['II.1'];
    default:
      return [];
  }
}
