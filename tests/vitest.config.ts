import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { MOCKING_COMPONENT_TESTS } from './component/mockingFiles.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * Test-only measuring knobs: VPROF=DIR writes a V8 CPU profile per worker process into DIR (aggregate with a script over
 * the .cpuprofile files); VITEST_CPU=FILE appends each test file's CPU seconds to FILE (tests/helpers/cpuPerFile.ts).
 */
const profileArgs = process.env.VPROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.VPROF}`] : [];
const cpuPerFile = process.env.VITEST_CPU ? ['tests/helpers/cpuPerFile.ts'] : [];

/**
 * The two files that mostly wait on the wall clock (a node-cron boundary on real timers, a kiosk's offline grace) start
 * first, so their waits overlap the CPU-bound files instead of being the run's last quarter minute with the CPU idle
 * (seen on a fresh clone: the last 11 s ran only these two). Only two: with every process-starting file up front as
 * well, the run's first ten seconds had all four workers waiting. Only the order changes.
 */
const WAITING_FILES = ['integration/presenceOffline.test.ts', 'integration/boundaryRealTimer.test.ts'];
/**
 * Then the node files that run longest (real processes started one after another): the component files now run only
 * after the node project (COMPONENT_GROUP), so a long file starting late was the node project's last 15 s on one worker
 * (threeProcesses started at 41 s and ended the project at 58 s on a quiet machine). Only the order changes.
 */
const LONG_FILES = ['integration/cluster/threeProcesses.test.ts', 'integration/startLean.test.ts', 'integration/store/pgProcess.test.ts', 'integration/ops/drain.test.ts'];
const FIRST_FILES = [...WAITING_FILES, ...LONG_FILES];
class WaitingFilesFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (file: TestSpecification) => {
      const index = FIRST_FILES.findIndex((name) => file.moduleId.endsWith(`/tests/${name}`));
      return index === -1 ? FIRST_FILES.length : index;
    };
    return (await super.sort(files)).map((file, order) => ({ file, order })).sort((a, b) => rank(a.file) - rank(b.file) || a.order - b.order).map(({ file }) => file);
  }
}


const NODE_WORKERS = Math.max(4, availableParallelism());
/**
 * The component projects run after the node project (a later sequence group), on fewer workers. Vitest keeps a
 * non-isolated worker only while the next queued file is of the same project: with the projects interleaved (the two
 * waiting node files first, then the component files) the two workers that had run those two files were ended and the
 * node project started four more, each importing the whole server again (6 node workers per run, counted with
 * VITEST_CPU; 4 now). Component files wait on nothing, so more workers than cores only add a happy-dom start each.
 */
const COMPONENT_GROUP = { sequence: { groupOrder: 1 }, maxWorkers: Math.min(NODE_WORKERS, Math.max(2, availableParallelism())) };

/**
 * Three projects in one run (one JSON report, counted by tests/run-all.mjs):
 *  - node: unit and integration tests (real HTTP and Socket.IO on loopback);
 *  - component: admin React components in happy-dom with Testing Library (tests/component/**, forms included);
 *  - component-mocks: the few component files that vi.mock a module, each in its own module graph.
 */
export default defineConfig({
  root,
  test: {
    // Integration tests spend much of their time waiting on sockets, child processes and fsync: two workers on a 2-core
    // runner left the CPU idle (Vitest 125 s); four overlap those waits (93 s on the same machine).
    maxWorkers: NODE_WORKERS,
    testTimeout: 20_000,
    sequence: { sequencer: WaitingFilesFirst },
    hookTimeout: 20_000,
    execArgv: profileArgs,
    reporters: process.env.VITEST_JSON ? ['default', ['json', { outputFile: process.env.VITEST_JSON }]] : ['default'],
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
          environment: 'node',
          // One module graph per worker instead of one per file: every integration file imports the whole server, and
          // re-importing it per file was most of the run (node project, same machine and load: 123 vs 310 CPU-s).
          // Files still run one at a time per worker; a test that stubs globals or fakes timers restores them.
          isolate: false,
          // Real server processes (startup.test.ts) start from one compiled bundle instead of a tsx transpile each.
          globalSetup: ['tests/helpers/vitestGlobalSetup.ts'],
          setupFiles: ['tests/helpers/tempDirsPerFile.ts', ...cpuPerFile],
        },
      },
      {
        extends: true,
        test: {
          name: 'component',
          ...COMPONENT_GROUP,
          include: ['tests/component/**/*.test.tsx'],
          exclude: MOCKING_COMPONENT_TESTS,
          environment: 'happy-dom',
          // As above (24 vs 65 CPU-s); Testing Library unmounts after every test.
          isolate: false,
          environmentOptions: { happyDOM: { url: 'http://localhost/admin/' } },
          setupFiles: ['tests/component/setup.ts', ...cpuPerFile],
        },
      },
      {
        extends: true,
        test: {
          // Files that vi.mock a console module (a partial session or API): in a shared module graph the mock leaked into
          // whichever file the worker ran next (a users page found `api.users` undefined). Each gets its own graph.
          // vmForks gives each file a new VM context, module graph and mocker inside a worker that is kept (isolate:
          // false lets Vitest reuse it): a new process per file paid Vitest's and happy-dom's start four times
          // (this project alone, two runs each on the shared machine: 14.9 and 15.5 → 12.0 and 11.8 CPU-s).
          name: 'component-mocks',
          ...COMPONENT_GROUP,
          include: MOCKING_COMPONENT_TESTS,
          environment: 'happy-dom',
          pool: 'vmForks',
          isolate: false,
          environmentOptions: { happyDOM: { url: 'http://localhost/admin/' } },
          setupFiles: ['tests/component/setup.ts', ...cpuPerFile],
        },
      },
    ],
  },
});
