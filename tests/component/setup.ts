import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// Testing Library unmounts automatically only when the runner exposes globals; this suite imports them explicitly.
afterEach(() => cleanup());
