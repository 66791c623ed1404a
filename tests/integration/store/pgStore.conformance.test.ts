import { inject } from 'vitest';
import { createMigratedDatabase, openPgTestStore } from '../../helpers/pgTestStore.ts';
import { describeStoreConformance } from './storeConformance.ts';

const clusterUrl = inject('pgClusterUrl');
// One database for the file, each test in a unit of its own: isolation by unit is what makes that safe.
let database: Promise<string> | null = null;
let units = 0;

describeStoreConformance(
  'PgStore',
  async (data) => openPgTestStore(await (database ??= createMigratedDatabase(clusterUrl!)), data, `conformance-${(units += 1)}`),
  { skip: !clusterUrl },
);
