/**
 * Component tests that replace a console module with vi.mock. They run in the 'component-mocks' project, each file in its
 * own module graph: in the shared graph of the 'component' project a mock leaked into whichever file a worker ran next.
 * tests/unit/componentMocks.test.ts fails when a file that calls vi.mock is missing here.
 */
export const MOCKING_COMPONENT_TESTS = [
  'tests/component/feedback/liveInbox.test.tsx',
  'tests/component/display/qrTargets.test.tsx',
];
