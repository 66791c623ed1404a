/**
 * The reception kiosk's "life situation" tiles: questions parents ask, each mapped to words that must appear in a
 * procedure's *name*. A grouping by wording only — it asserts no legal fact (a procedure shows under "Con tôi được
 * hỗ trợ gì?" because its name says "hỗ trợ", not because of any ruling). Tiles with no matching procedure are hidden.
 */
export interface LifeSituation {
  id: string;
  title: string;
  titleEn: string;
  /** Phrases (with diacritics, as written in procedure names); a name containing any of them belongs here. */
  phrases: string[];
}

export const LIFE_SITUATIONS: readonly LifeSituation[] = [
  { id: 'support', title: 'Con tôi được hỗ trợ gì?', titleEn: 'What support can my child get?', phrases: ['hỗ trợ', 'trợ cấp', 'miễn', 'giảm'] },
  { id: 'meals', title: 'Bữa ăn của con ở trường', titleEn: 'School meals', phrases: ['ăn trưa', 'bữa ăn'] },
  { id: 'fees', title: 'Học phí và chi phí học tập', titleEn: 'Fees and study costs', phrases: ['học phí', 'chi phí học tập'] },
  {
    id: 'enrolment',
    title: 'Cho con vào học, chuyển trường',
    titleEn: 'Enrolment and changing school',
    phrases: ['tuyển sinh', 'nhập học', 'chuyển trường', 'chuyển đến', 'tiếp nhận trẻ'],
  },
  { id: 'disability', title: 'Con tôi là trẻ khuyết tật', titleEn: 'My child has a disability', phrases: ['khuyết tật'] },
];

/**
 * Words with their diacritics kept: "giảm" must not match "giám" (giám định), so unlike the search, the mapping
 * compares exact Vietnamese words, only case and Unicode form ignored.
 */
const words = (text: string) => ` ${text.normalize('NFC').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean).join(' ')} `;

/** Whether a procedure name belongs to a situation (whole words, case ignored). */
export function nameMatchesSituation(name: string, situation: LifeSituation): boolean {
  const named = words(name);
  return situation.phrases.some((phrase) => named.includes(words(phrase)));
}

/** The situations that have at least one procedure, each with its procedures in the given order. */
export function groupBySituation<T extends { name: string }>(items: readonly T[]): { situation: LifeSituation; items: T[] }[] {
  return LIFE_SITUATIONS.map((situation) => ({ situation, items: items.filter((item) => nameMatchesSituation(item.name, situation)) })).filter(
    (group) => group.items.length > 0,
  );
}
