import { rm } from 'node:fs/promises';
import { createFileProofLog, createMemoryProofLog } from '../../../server/src/proof/proofLog.ts';
import { tempDataDir } from '../../helpers/serverProcess.ts';
import { describeProofLogContract, TIMEZONE } from './proofLogContract.ts';

describeProofLogContract('day files (one school, no database)', async () => {
  const dir = tempDataDir('proof-contract');
  return {
    open: (clock) => createFileProofLog(dir, clock, TIMEZONE),
    dispose: () => rm(dir, { recursive: true, force: true }),
  };
});

describeProofLogContract('memory (tests and apps without a data folder)', async () => {
  let log: ReturnType<typeof createMemoryProofLog> | null = null;
  return {
    // One process's memory: a second writer is the same log.
    open: (clock) => (log ??= createMemoryProofLog(clock, TIMEZONE)),
    dispose: async () => undefined,
  };
});
