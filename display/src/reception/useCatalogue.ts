import {
  buildProcedureIndex,
  groupBySituation,
  type LifeSituation,
  type ProcedureIndex,
  type PublicContentItem,
  type PublicContentOf,
} from '@bangtin/shared';
import { useMemo } from 'react';

export type Procedure = PublicContentOf<'procedure'>;

export interface Catalogue {
  procedures: Procedure[];
  byId: Map<string, Procedure>;
  index: ProcedureIndex<Procedure>;
  situations: { situation: LifeSituation; items: Procedure[] }[];
  fields: { field: string; items: Procedure[] }[];
}

/** The procedures an interactive screen may show (snapshot.catalogue), indexed for search and grouped for the home grid. */
export function useCatalogue(items: readonly PublicContentItem[]): Catalogue {
  return useMemo(() => {
    const procedures = items.filter((i): i is Procedure => i.type === 'procedure');
    const fields = new Map<string, Procedure[]>();
    for (const p of procedures) fields.set(p.field, [...(fields.get(p.field) ?? []), p]);
    return {
      procedures,
      byId: new Map(procedures.map((p) => [p.id, p])),
      index: buildProcedureIndex(procedures),
      situations: groupBySituation(procedures),
      fields: [...fields].map(([field, list]) => ({ field, items: list })).sort((a, b) => a.field.localeCompare(b.field, 'vi')),
    };
  }, [items]);
}
