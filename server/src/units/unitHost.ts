import { RESERVED_UNIT_SLUGS, unitBase, unitSlug, type PublicUser, type Unit, type UnitCreate, type UnitSummary, type UnitUpdate } from '@bangtin/shared';
import type { RequestHandler } from 'express';
import type { Server as SocketServer } from 'socket.io';
import type { ClusterLink } from '../cluster/link.ts';
import { AppError } from '../domain/errors.ts';
import { newId } from '../domain/ids.ts';
import { createInheritedFeed } from '../domain/wardFeed.ts';
import { generatePassword, hashPassword } from '../domain/passwords.ts';
import type { Ops } from '../ops/ops.ts';
import type { BoundaryTimer } from '../scheduler/boundaryTimer.ts';
import { ROOT_UNIT_ID, type UnitDirectory } from './directory.ts';
import { unitCluster } from './unitCluster.ts';
import type { UnitDispatch } from './unitMount.ts';
import { createUnitRuntime, type UnitDeps, type UnitRuntime } from './unitRuntime.ts';
import { newUnitDatabase } from './unitSeed.ts';
import type { UnitStoreOpener, UnitStoreParts } from './unitStores.ts';
import type { UnitsPort } from './unitsRoutes.ts';

export interface UnitHostDeps {
  io: SocketServer;
  ops: Ops;
  loginLimiter: RequestHandler;
  dispatch: UnitDispatch;
  directory: UnitDirectory;
  openStore: UnitStoreOpener;
  cluster?: ClusterLink;
  /** A child's boundary timer (tests: a manual one per unit); node-cron's by default. */
  childTimer?: (unit: Unit) => BoundaryTimer;
}

/**
 * The units of one process: the root's runtime mounted on the shell, each child's on its own app at '/<slug>', the
 * /api/units port of each, and the ward → children planning hook. Children made at run time (here, or by another
 * process of the cluster: its nudge names a unit this one does not know yet) are mounted at once.
 */
export function createUnitHost(rootDeps: UnitDeps, host: UnitHostDeps) {
  const { directory, dispatch } = host;
  const children = new Map<string, { runtime: UnitRuntime; parts: UnitStoreParts }>();
  const nudgeListeners = new Map<string, () => void>();
  const mounting = new Map<string, Promise<UnitRuntime | null>>();
  let started = false;

  const clusterFor = (unitId: string) =>
    host.cluster ? unitCluster(host.cluster, unitId, (id, listener) => void nudgeListeners.set(id, listener)) : undefined;

  /** The root as the directory has it, or (a single school with no units.json) named from its school record. */
  async function rootUnit(): Promise<Unit> {
    const stored = await directory.get(ROOT_UNIT_ID);
    if (stored) return stored;
    const school = await rootDeps.store.getSchool();
    return { id: ROOT_UNIT_ID, slug: '', name: school.name, kind: 'school', parentId: null, createdAt: new Date(0).toISOString() };
  }

  async function summary(unit: Unit, runtime: UnitRuntime): Promise<UnitSummary> {
    const [screens, users] = await Promise.all([runtime.store.listScreens(), runtime.store.listUsers()]);
    return { ...unit, base: unitBase(unit), screens: screens.length, users: users.length };
  }

  const rootOnly = () => new AppError('FORBIDDEN', 'Chỉ quản trị viên của đơn vị cấp trên mới quản lý được các đơn vị.');

  function port(unitId: string): UnitsPort {
    const isRoot = unitId === ROOT_UNIT_ID;
    return {
      async context(actingFromParent) {
        const unit = isRoot ? await rootUnit() : (children.get(unitId)?.runtime.unit ?? (await directory.get(unitId)));
        if (!unit) throw new AppError('NOT_FOUND', 'Không tìm thấy đơn vị.');
        const parent = isRoot ? null : await rootUnit();
        return { unit, base: unitBase(unit), parent: parent ? { ...parent, base: '' } : null, isRoot, actingFromParent };
      },
      async list() {
        if (!isRoot) return [];
        const out: UnitSummary[] = [];
        for (const unit of await directory.list()) {
          if (unit.parentId !== ROOT_UNIT_ID) continue;
          // A unit another process made (its nudge not seen here yet) is mounted now.
          const runtime = await ensureMounted(unit.id);
          if (runtime) out.push(await summary(unit, runtime));
        }
        return out;
      },
      create: (input, actor) => (isRoot ? createChild(input, actor) : Promise.reject(rootOnly())),
      update: (id, input, actor) => (isRoot ? updateUnit(id, input, actor) : Promise.reject(rootOnly())),
    };
  }

  const root = createUnitRuntime({
    ...rootDeps,
    unit: { id: ROOT_UNIT_ID, slug: '', name: 'root', kind: 'school', parentId: null, createdAt: new Date(0).toISOString() },
    base: '',
    io: host.io,
    ops: host.ops,
    loginLimiter: host.loginLimiter,
    parent: null,
    units: port(ROOT_UNIT_ID),
    ...(host.cluster ? { cluster: clusterFor(ROOT_UNIT_ID) } : {}),
  });
  // Ward → children: what the root sends down may have changed, so every child re-plans (domain/wardFeed.ts).
  const tellChildren = () => {
    for (const { runtime } of children.values()) runtime.events.emit('plan.stale', {});
  };
  for (const name of ['content.changed', 'emergency.changed'] as const) root.events.on(name, tellChildren);

  function mountChild(unit: Unit, parts: UnitStoreParts): UnitRuntime {
    const { store, proofLog, sentSlides, failedLogins, twoFactorState } = parts;
    const cluster = clusterFor(unit.id);
    const runtime = createUnitRuntime({
      ...rootDeps,
      store,
      unit,
      base: unitBase(unit),
      io: host.io,
      ops: host.ops,
      loginLimiter: host.loginLimiter,
      parent: { auth: root.auth, base: '' },
      // The root's approved items whose audience names this unit (or all): planned with its own, listed read only.
      inherited: createInheritedFeed(rootDeps.store, unit.id, rootDeps.clock),
      units: port(unit.id),
      ...(proofLog ? { proofLog } : { proofLog: undefined }),
      ...(sentSlides ? { sentSlides } : { sentSlides: undefined }),
      ...(failedLogins ? { failedLogins } : { failedLogins: undefined }),
      // Never the root's (UnitDeps are spread from the root's): a child's tickets and keys are its own.
      twoFactorState,
      ...(host.childTimer ? { boundaryTimer: host.childTimer(unit) } : { boundaryTimer: undefined }),
      ...(cluster ? { cluster } : {}),
    });
    const app = dispatch.newApp();
    runtime.mount(app);
    children.set(unit.id, { runtime, parts });
    dispatch.add(unit.slug, app);
    if (started) runtime.start();
    return runtime;
  }

  /** Opens (seeding when new) and mounts a child the directory knows; once, however many ask at the same time. */
  function ensureMounted(unitId: string): Promise<UnitRuntime | null> {
    if (unitId === ROOT_UNIT_ID) return Promise.resolve(root);
    const known = children.get(unitId);
    if (known) return Promise.resolve(known.runtime);
    const pending = mounting.get(unitId);
    if (pending) return pending;
    const work = (async () => {
      const unit = await directory.get(unitId);
      if (!unit || unit.parentId !== ROOT_UNIT_ID) return null;
      const parts = await host.openStore(unit, () => seedFor(unit, { username: 'admin', displayName: 'Quản trị viên' }, generatePassword()));
      return children.get(unitId)?.runtime ?? mountChild(unit, parts);
    })().finally(() => mounting.delete(unitId));
    mounting.set(unitId, work);
    return work;
  }

  async function seedFor(unit: Unit, admin: { username: string; displayName: string }, password: string) {
    const [parent, rootSchool] = await Promise.all([rootUnit(), rootDeps.store.getSchool()]);
    return newUnitDatabase({ unit, parentName: parent.name, parentPublicUrl: rootSchool.publicUrl, timezone: rootDeps.timezone, now: rootDeps.clock.now(), admin: { ...admin, passwordHash: await hashPassword(password) } });
  }

  async function createChild(input: UnitCreate, actor: PublicUser) {
    if (await directory.bySlug(input.slug)) throw new AppError('CONFLICT', `Đường dẫn "${input.slug}" đã có đơn vị khác dùng. Hãy chọn đường dẫn khác.`);
    const unit: Unit = { id: newId('unit'), slug: input.slug, name: input.name, kind: input.kind, parentId: ROOT_UNIT_ID, createdAt: rootDeps.clock.now().toISOString() };
    // The root record goes in first (a file directory of a single school has none yet): children point at it.
    if (!(await directory.get(ROOT_UNIT_ID))) await directory.insert(await rootUnit());
    if (!(await directory.insert(unit))) throw new AppError('CONFLICT', `Đường dẫn "${input.slug}" đã có đơn vị khác dùng. Hãy chọn đường dẫn khác.`);
    const password = generatePassword();
    const parts = await host.openStore(unit, () => seedFor(unit, { username: input.adminUsername, displayName: input.adminDisplayName }, password));
    const runtime = mountChild(unit, parts);
    // Other processes of a cluster learn it from the directory when nudged with its id.
    host.cluster?.nudge(unit.id);
    await recordRoot(actor, unit, `Tạo đơn vị ${unit.name} (/${unit.slug})`);
    return { unit: await summary(unit, runtime), admin: { username: input.adminUsername, password } };
  }

  async function updateUnit(id: string, input: UnitUpdate, actor: PublicUser): Promise<UnitSummary> {
    const current = id === ROOT_UNIT_ID ? await rootUnit() : await directory.get(id);
    if (!current) throw new AppError('NOT_FOUND', 'Không tìm thấy đơn vị.');
    const next: Unit = { ...current, name: input.name, kind: id === ROOT_UNIT_ID ? input.kind : input.kind === 'ward' ? current.kind : input.kind };
    if (!(await directory.update(next)) && !(await directory.insert(next))) throw new AppError('NOT_FOUND', 'Không tìm thấy đơn vị.');
    const child = children.get(id);
    if (child) child.runtime.unit = next;
    await recordRoot(actor, next, `Sửa đơn vị ${next.name}`);
    return summary(next, child?.runtime ?? root);
  }

  // Logged as a change of the root's organisation ('school.update', entity 'unit'): the audit actions are a shared enum.
  async function recordRoot(actor: PublicUser, unit: Unit, summaryText: string): Promise<void> {
    await root.store.appendAudit({ id: newId('a'), at: rootDeps.clock.now().toISOString(), actor: actor.username, action: 'school.update', entity: 'unit', entityId: unit.id, summary: summaryText });
  }

  host.cluster?.onNudge((unitId) => {
    if (unitId === ROOT_UNIT_ID) {
      // Another process's root changed: its children there re-planned; ours must too (their kiosks are here).
      nudgeListeners.get(ROOT_UNIT_ID)?.();
      return tellChildren();
    }
    const listener = nudgeListeners.get(unitId);
    if (listener) return listener();
    // A unit another process just made: mount it here too (it steps when it starts).
    void ensureMounted(unitId).catch((error: unknown) => rootDeps.logger.error({ err: error, unitId }, 'mounting a unit named by a nudge failed'));
  });

  // With several processes, a request for a unit this process has not mounted (a lost nudge) asks the directory once.
  const missed = new Map<string, number>();
  if (host.cluster) {
    dispatch.onMiss(async (slug) => {
      if (RESERVED_UNIT_SLUGS.includes(slug) || !unitSlug.safeParse(slug).success) return false;
      const now = Date.now();
      if ((missed.get(slug) ?? 0) > now) return false;
      const unit = await directory.bySlug(slug);
      if (!unit || !(await ensureMounted(unit.id))) {
        missed.set(slug, now + 10_000);
        return false;
      }
      return true;
    });
  }

  return {
    root,
    mountChild,
    ensureMounted,
    children: () => [...children.values()].map((c) => c.runtime),
    runtimes: () => [root, ...[...children.values()].map((c) => c.runtime)],
    start(): void {
      started = true;
      root.start();
      for (const { runtime } of children.values()) runtime.start();
    },
    async closeStores(): Promise<void> {
      for (const { parts } of children.values()) await parts.close();
    },
  };
}
export type UnitHost = ReturnType<typeof createUnitHost>;
