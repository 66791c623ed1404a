import type { AuditEntry, ContentItem, DisplaySnapshot } from '@bangtin/shared';
import { afterEach, describe, expect, it } from 'vitest';
import { api, halfWrittenProcedure, sloganInput } from '../helpers/contentFixtures.ts';
import { login, startTestApp, type TestApp } from '../helpers/testApp.ts';

let t: TestApp;
afterEach(async () => {
  await t?.close();
});

const gateTexts = async () => {
  const snapshot = (await (await fetch(`${t.url}/api/display/gate`)).json()).data as DisplaySnapshot;
  return snapshot.items.flatMap((i) => (i.type === 'slogan' ? [i.text] : []));
};

async function setup() {
  t = await startTestApp();
  return { editor: await login(t.url, 'vanphong'), approver: await login(t.url, 'hieutruong'), admin: await login(t.url) };
}

async function create(cookie: string, text: string, status: 'draft' | 'submitted' | 'approved') {
  const res = await api(t.url, cookie, 'POST', '/api/content', sloganInput({ text, status }));
  expect(res.status).toBe(201);
  return res.data as unknown as ContentItem;
}

const lastAudit = async () => ((await t.store.listAudit(1)) as AuditEntry[])[0];

describe('roles and the approval workflow, enforced on the server', () => {
  it('editor drafts and submits; the principal approves with one call; only then it reaches the screen', async () => {
    const { editor, approver } = await setup();
    const draft = await create(editor, 'Đề xuất của văn phòng', 'draft');
    const submitted = await api(t.url, editor, 'POST', `/api/content/${draft.id}/status`, { status: 'submitted', baseVersion: 1 });
    expect(submitted.data).toMatchObject({ status: 'submitted', version: 2 });
    expect(await gateTexts()).not.toContain('Đề xuất của văn phòng');

    const approved = await api(t.url, approver, 'POST', `/api/content/${draft.id}/approve`, { baseVersion: 2 });
    expect(approved.status).toBe(200);
    expect(approved.data).toMatchObject({ status: 'approved', approvedBy: 'hieutruong', version: 3 });
    expect(await gateTexts()).toContain('Đề xuất của văn phòng');
    expect(await lastAudit()).toMatchObject({ actor: 'hieutruong', action: 'content.approve', entityId: draft.id });
  });

  it('an editor cannot approve, by either route, nor create approved content', async () => {
    const { editor } = await setup();
    const item = await create(editor, 'Chờ duyệt', 'submitted');
    expect((await api(t.url, editor, 'POST', `/api/content/${item.id}/approve`, {})).status).toBe(403);
    expect((await api(t.url, editor, 'POST', `/api/content/${item.id}/status`, { status: 'approved' })).status).toBe(403);
    expect((await api(t.url, editor, 'POST', '/api/content', sloganInput({ status: 'approved' }))).status).toBe(403);
    expect((await api(t.url, editor, 'PUT', `/api/content/${item.id}`, { ...sloganInput({ status: 'approved' }), baseVersion: 1 })).status).toBe(403);
    expect((await t.store.getContent(item.id))?.status).toBe('submitted');
  });

  it('an editor cannot reject; a rejection needs a reason, which the draft then shows', async () => {
    const { editor, approver } = await setup();
    const item = await create(editor, 'Chờ duyệt', 'submitted');
    const byEditor = await api(t.url, editor, 'POST', `/api/content/${item.id}/reject`, { reason: 'Sai chính tả' });
    expect(byEditor.status).toBe(403);
    const noReason = await api(t.url, approver, 'POST', `/api/content/${item.id}/reject`, { reason: '  ' });
    expect(noReason.status).toBe(400);
    expect(noReason.error?.details?.[0]).toMatchObject({ path: 'reason', message: 'Không được để trống' });
    // A reason smuggled through the plain status route is refused, so a rejection always goes through /reject.
    const sideDoor = await api(t.url, editor, 'POST', `/api/content/${item.id}/status`, { status: 'draft', reason: 'x' });
    expect(sideDoor.status).toBe(400);

    const rejected = await api(t.url, approver, 'POST', `/api/content/${item.id}/reject`, { reason: 'Thiếu nguồn', baseVersion: 1 });
    expect(rejected.status).toBe(200);
    expect(rejected.data).toMatchObject({ status: 'rejected', rejectionReason: 'Thiếu nguồn', approvedBy: null });
    expect(await lastAudit()).toMatchObject({ action: 'content.reject', actor: 'hieutruong' });
    expect((await lastAudit())?.summary).toContain('Thiếu nguồn');
    // Only submitted items can be rejected.
    expect((await api(t.url, approver, 'POST', `/api/content/${item.id}/reject`, { reason: 'Lần nữa' })).status).toBe(409);
    // Sending it again clears the old reason.
    const again = await api(t.url, editor, 'POST', `/api/content/${item.id}/status`, { status: 'submitted' });
    expect(again.status).toBe(200);
    expect(again.data).toMatchObject({ status: 'submitted', rejectionReason: null });
  });

  it('rejected content never reaches a screen payload', async () => {
    const { editor, approver } = await setup();
    const item = await create(editor, 'Nội dung bị trả lại', 'submitted');
    const rejected = await api(t.url, approver, 'POST', `/api/content/${item.id}/reject`, { reason: 'Không phù hợp' });
    expect(rejected.status).toBe(200);
    expect(rejected.data).toMatchObject({ status: 'rejected', rejectionReason: 'Không phù hợp' });
    const payload = JSON.stringify((await (await fetch(`${t.url}/api/display/gate`)).json()).data);
    expect(payload).not.toContain('Nội dung bị trả lại');
  });

  it('an editor cannot take approved content off air or archive it; the principal can', async () => {
    const { editor, approver } = await setup();
    const item = await create(approver, 'Đang phát trên cổng', 'approved');
    for (const status of ['archived', 'draft', 'submitted'] as const) {
      const res = await api(t.url, editor, 'POST', `/api/content/${item.id}/status`, { status });
      expect(res.status, status).toBe(403);
    }
    // Editing it back to a draft is also refused (it could only go back for approval).
    const toDraft = await api(t.url, editor, 'PUT', `/api/content/${item.id}`, { ...sloganInput({ text: 'Sửa', status: 'draft' }), baseVersion: 1 });
    expect(toDraft.status).toBe(403);
    expect(await gateTexts()).toContain('Đang phát trên cổng');

    const archived = await api(t.url, approver, 'POST', `/api/content/${item.id}/status`, { status: 'archived' });
    expect(archived.data).toMatchObject({ status: 'archived' });
    expect(await gateTexts()).not.toContain('Đang phát trên cổng');
  });

  it('editing approved content sends it back for approval and off the screens until re-approved', async () => {
    const { editor, approver } = await setup();
    const item = await create(approver, 'Bản đã duyệt', 'approved');
    const edited = await api(t.url, editor, 'PUT', `/api/content/${item.id}`, {
      ...sloganInput({ text: 'Bản đã duyệt (sửa)', status: 'submitted' }),
      baseVersion: 1,
    });
    expect(edited.data).toMatchObject({ status: 'submitted', version: 2, approvedBy: null });
    const texts = await gateTexts();
    expect(texts).not.toContain('Bản đã duyệt');
    expect(texts).not.toContain('Bản đã duyệt (sửa)');
    expect((await api(t.url, approver, 'POST', `/api/content/${item.id}/approve`, { baseVersion: 2 })).status).toBe(200);
    expect(await gateTexts()).toContain('Bản đã duyệt (sửa)');
  });

  it('archived content never plays and cannot be approved directly; it is restored as a draft', async () => {
    const { editor, approver } = await setup();
    const item = await create(editor, 'Sẽ lưu trữ', 'draft');
    expect((await api(t.url, editor, 'POST', `/api/content/${item.id}/status`, { status: 'archived' })).status).toBe(200);
    expect((await api(t.url, approver, 'POST', `/api/content/${item.id}/approve`, {})).status).toBe(400);
    expect((await api(t.url, editor, 'POST', `/api/content/${item.id}/status`, { status: 'submitted' })).status).toBe(400);
    expect(await gateTexts()).not.toContain('Sẽ lưu trữ');
    const restored = await api(t.url, editor, 'POST', `/api/content/${item.id}/status`, { status: 'draft' });
    expect(restored.data).toMatchObject({ status: 'draft' });
  });

  it('a decision on a stale version is a conflict, not a silent approval of something else', async () => {
    const { editor, approver } = await setup();
    const item = await create(editor, 'Phiên bản 1', 'submitted');
    await api(t.url, editor, 'PUT', `/api/content/${item.id}`, { ...sloganInput({ text: 'Phiên bản 2', status: 'submitted' }), baseVersion: 1 });
    const stale = await api(t.url, approver, 'POST', `/api/content/${item.id}/approve`, { baseVersion: 1 });
    expect(stale.status).toBe(409);
    expect((await t.store.getContent(item.id))?.status).toBe('submitted');
  });

  it('an edit cannot bring archived content straight back for approval: it returns as a draft', async () => {
    const { editor, admin } = await setup();
    const item = await create(editor, 'Khẩu hiệu cũ', 'draft');
    const archived = await api(t.url, admin, 'POST', `/api/content/${item.id}/status`, { status: 'archived', baseVersion: 1 });
    expect(archived.status).toBe(200);
    const resubmit = await api(t.url, editor, 'PUT', `/api/content/${item.id}`, sloganInput({ text: 'Khẩu hiệu cũ', status: 'submitted', baseVersion: 2 }));
    expect(resubmit.status).toBe(400);
    expect((await t.store.getContent(item.id))?.status).toBe('archived');
    const restored = await api(t.url, editor, 'PUT', `/api/content/${item.id}`, sloganInput({ text: 'Khẩu hiệu cũ', status: 'draft', baseVersion: 2 }));
    expect(restored.status).toBe(200);
  });
});

/** A procedure the office has only started: its name, every legal component still empty. */

describe('drafts keep half-written work; approval needs the complete item', () => {
  it('a procedure with only its name saves as a draft; submit, edit-and-submit and approve are refused naming every missing legal field', async () => {
    const { editor, approver } = await setup();
    const saved = await api(t.url, editor, 'POST', '/api/content', halfWrittenProcedure);
    expect(saved.status).toBe(201);
    const draft = saved.data as unknown as ContentItem;
    expect(draft).toMatchObject({ status: 'draft', version: 1 });

    const missing = ['code', 'field', 'applicants', 'agency', 'steps', 'channels', 'timeLimit', 'result.name', 'fees', 'legalBasis', 'publishingDecision.number', 'lastChecked'];
    const submit = await api(t.url, editor, 'POST', `/api/content/${draft.id}/status`, { status: 'submitted', baseVersion: 1 });
    expect(submit.status).toBe(400);
    expect(submit.error?.code).toBe('VALIDATION_FAILED');
    expect(submit.error?.message).toContain('chưa gửi duyệt được');
    expect(submit.error?.details?.map((d) => d.path).sort()).toEqual([...missing].sort());
    expect(submit.error?.details?.find((d) => d.path === 'agency')?.message).toBe('Không được để trống');

    const resend = await api(t.url, editor, 'PUT', `/api/content/${draft.id}`, { ...halfWrittenProcedure, status: 'submitted', baseVersion: 1 });
    expect(resend.status).toBe(400);
    expect(resend.error?.details?.map((d) => d.path)).toEqual(expect.arrayContaining(missing));

    const approve = await api(t.url, approver, 'POST', `/api/content/${draft.id}/approve`, { baseVersion: 1 });
    expect(approve.status).toBe(400);
    expect(approve.error?.message).toContain('chưa duyệt được');
    expect(await t.store.getContent(draft.id)).toMatchObject({ status: 'draft', version: 1 });

    // What is filled in must still be well-formed, draft or not.
    const badCode = await api(t.url, editor, 'POST', '/api/content', { ...halfWrittenProcedure, code: '1001622' });
    expect(badCode.error?.details).toEqual([{ path: 'code', message: 'Mã thủ tục có dạng 1.001622' }]);
  });

  it('"Nhân bản" makes a draft copy named "(bản sao)" that stays off the screens until approved', async () => {
    const { editor } = await setup();
    const original = await create(editor, 'Khẩu hiệu gửi duyệt', 'draft');
    await api(t.url, editor, 'POST', `/api/content/${original.id}/status`, { status: 'submitted', baseVersion: 1 });
    const copy = await api(t.url, editor, 'POST', `/api/content/${original.id}/duplicate`, {});
    expect(copy.status).toBe(201);
    expect(copy.data).toMatchObject({ type: 'slogan', status: 'draft', version: 1, text: 'Khẩu hiệu gửi duyệt (bản sao)', theme: 'blue', approvedBy: null, createdBy: 'vanphong' });
    expect((copy.data as unknown as ContentItem).id).not.toBe(original.id);
    expect(await gateTexts()).not.toContain('Khẩu hiệu gửi duyệt (bản sao)');
    expect(await lastAudit()).toMatchObject({ action: 'content.create', summary: expect.stringContaining('Nhân bản thành "Khẩu hiệu gửi duyệt (bản sao)"') });
    expect((await api(t.url, editor, 'POST', '/api/content/khong-co/duplicate', {})).status).toBe(404);
  });
});
