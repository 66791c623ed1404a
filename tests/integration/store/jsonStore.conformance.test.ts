import { openFileStore, openMemoryStore } from '../../../server/src/store/openStore.ts';
import { tempDataDir } from '../../helpers/serverProcess.ts';
import { describeStoreConformance } from './storeConformance.ts';

describeStoreConformance('JsonStore in memory', async (data) => openMemoryStore(data));
describeStoreConformance('JsonStore on a file', async (data) => (await openFileStore(tempDataDir('conformance'), async () => data)).store);
