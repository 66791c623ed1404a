import { publicContentItem, type PublicContentOf, type School } from '@bangtin/shared';
import { seedSchool } from '../../../server/src/seed/demoDatabase.ts';
import { SEED_PROCEDURES } from '../../../server/src/seed/procedures.ts';

export type Procedure = PublicContentOf<'procedure'>;

/** The seeded procedures as the kiosk receives them (validated public items). */
export const PROCEDURES: Procedure[] = SEED_PROCEDURES.map(({ fields, source }) => {
  const item = publicContentItem.parse({
    ...fields,
    id: `p-${fields.code.replace('.', '-')}`,
    type: 'procedure',
    version: 1,
    validFrom: null,
    validUntil: null,
    durationSeconds: null,
    sample: true,
    source,
    lastChecked: '2026-11-28',
  });
  if (item.type !== 'procedure') throw new Error('not a procedure');
  return item;
});

export const LUNCH = PROCEDURES[0]!;
export const COSTS = PROCEDURES[1]!;

/** The seeded school, with the feedback fields a test sets. */
export const school = (feedback: Partial<School['feedback']> = {}): School => {
  const seeded = seedSchool('Asia/Ho_Chi_Minh');
  return { ...seeded, feedback: { ...seeded.feedback, ...feedback } };
};
