import type { PublicUser, Unit } from '@bangtin/shared';

/** The ward's administrator (signed in at the root; acting in member units). */
export const WARD_ADMIN: PublicUser = {
  id: 'u-ward',
  username: 'admin',
  email: '',
  displayName: 'Quản trị phường',
  role: 'admin',
  disabled: false,
  createdAt: '2026-11-01T01:00:00.000Z',
  twoFactor: false,
};

export const WARD: Unit = { id: 'root', slug: '', name: 'UBND phường Ba Đình', kind: 'ward', parentId: null, createdAt: '2026-11-01T01:00:00.000Z' };
