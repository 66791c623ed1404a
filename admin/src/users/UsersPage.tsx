import { useState, type FormEvent } from 'react';
import { foldVietnamese, role as roleSchema, userCreate, type PublicUser, type Role } from '@bangtin/shared';
import { Pager } from '../ui/Pager.tsx';
import { Field } from '../ui/form/Field.tsx';
import { useVersionedForm } from '../ui/form/useVersionedForm.ts';
import { checkWith } from '../ui/form/validation.ts';
import { LoadFailure, Loading } from '../ui/Status.tsx';
import { Options } from '../ui/form/Options.tsx';
import { usePageKit } from '../ui/hooks/usePageKit.ts';
import { useLoad } from '../ui/hooks/useLoad.ts';
import { useI18n } from '../i18nContext.tsx';
import { useCurrentUser } from '../session.tsx';
import { SearchControl } from '../ui/form/SearchControl.tsx';
import { TableHead } from '../ui/TableHead.tsx';
import { PageHeader } from '../ui/layout/PageHeader.tsx';

const PAGE_SIZE = 20;
const EMPTY = { username: '', displayName: '', email: '', role: 'editor' as Role, password: '' };

/** Accounts (admin only): create, change role, disable/enable, reset a password. The server enforces the rules. */
export function UsersPage() {
  const { api, t, toast, failureMessage: failure, removeAfterConfirm } = usePageKit();
  const me = useCurrentUser();
  const { roleLabel } = useI18n();
  const users = useLoad('users', api.users.list);
  // The new-account form: never asked before leaving, reports by toast, empty again after each account.
  const form = useVersionedForm<PublicUser, typeof EMPTY>({
    stored: null,
    toValues: () => EMPTY,
    leaveGuard: false,
    invalidMessage: null,
    onMessage: (message) => toast(message, 'error'),
  });
  const { values: draft, setValues: setDraft, errors } = form;
  const [search, setSearch] = useState('');
  const [page, setPage] = useState(1);

  const replace = (user: PublicUser) => users.update((list) => list.map((u) => (u.id === user.id ? user : u)));

  const create = (event: FormEvent) => {
    event.preventDefault();
    void form.submit({
      check: (values) => checkWith(userCreate, values),
      send: (input) => api.users.create(input),
      onSaved: (user) => {
        users.update((list) => [...list, user]);
        toast(t('users.created', { name: user.username }), 'success');
      },
    });
  };

  const change = async (user: PublicUser, next: Partial<Pick<PublicUser, 'role' | 'disabled' | 'email'>>) => {
    try {
      const saved = await api.users.update(user.id, { displayName: user.displayName, role: user.role, disabled: user.disabled, ...next });
      replace(saved);
      toast(t('users.saved', { name: saved.username }), 'success');
    } catch (error) {
      toast(failure(error), 'error');
    }
  };

  /** The address where this person's own mails go (the server checks it; a bad one comes back as a message). */
  const editEmail = async (user: PublicUser) => {
    const email = window.prompt(t('users.emailFor', { name: user.username }), user.email);
    if (email === null || email.trim() === user.email) return;
    await change(user, { email: email.trim() });
  };

  const reset = async (user: PublicUser) => {
    const password = window.prompt(t('users.resetFor', { name: user.username }));
    if (!password) return;
    try {
      await api.users.resetPassword(user.id, password);
      toast(t('users.resetDone', { name: user.username }), 'success');
    } catch (error) {
      toast(failure(error), 'error');
    }
  };

  const resetTwoFactor = (user: PublicUser) =>
    removeAfterConfirm(
      { title: t('users.twoFactorOffTitle', { name: user.username }), body: t('users.twoFactorOffBody'), confirmLabel: t('users.twoFactorOff'), cancelLabel: t('form.cancel') },
      () => api.users.resetTwoFactor(user.id),
      () => {
        replace({ ...user, twoFactor: false });
        toast(t('users.twoFactorOffDone', { name: user.username }), 'success');
      },
    );

  const needle = foldVietnamese(search.trim());
  const visible = (users.data ?? []).filter((u) => !needle || foldVietnamese(`${u.username} ${u.displayName}`).includes(needle));
  const pages = Math.max(1, Math.ceil(visible.length / PAGE_SIZE));
  const current = Math.min(page, pages);

  const textField = (name: 'username' | 'displayName' | 'email' | 'password', label: Parameters<typeof t>[0], type = 'text') => (
    <Field name={`user-${name}`} label={t(label)} error={errors[name]}>
      {(control) => (
        <input
          {...control}
          type={type}
          autoComplete={type === 'password' ? 'new-password' : 'off'}
          value={draft[name]}
          onChange={(e) => setDraft({ ...draft, [name]: e.target.value })}
        />
      )}
    </Field>
  );

  return (
    <section className="list-page" aria-labelledby="users-title">
      <PageHeader titleId="users-title" title={t('users.title')} intro={t('users.intro')} />
      <form className="form-section user-form" onSubmit={(e) => void create(e)} noValidate aria-labelledby="user-new-title">
        <h2 id="user-new-title" className="form-section__title">
          {t('users.new')}
        </h2>
        <div className="field-row">
          {textField('username', 'users.username')}
          {textField('displayName', 'users.displayName')}
        </div>
        <div className="field-row">{textField('email', 'users.email', 'email')}</div>
        <div className="field-row">
          <Field name="user-role" label={t('users.role')}>
            {(control) => (
              <select {...control} value={draft.role} onChange={(e) => setDraft({ ...draft, role: roleSchema.safeParse(e.target.value).data ?? 'editor' })}>
                <Options values={roleSchema.options} label={roleLabel} />
              </select>
            )}
          </Field>
          {textField('password', 'users.password', 'password')}
        </div>
        <button type="submit" className="button button--primary" data-testid="user-create">
          {t('users.new')}
        </button>
      </form>
      <div className="filters" role="search">
        <SearchControl id="users-search" label={t('common.search')} placeholder={t('users.searchPlaceholder')} value={search} onChange={setSearch} />
      </div>
      {users.data === undefined ? (
        users.loading ? <Loading /> : <LoadFailure error={users.error} onRetry={users.retry} />
      ) : (
        <>
          <table className="content-table">
            <TableHead columns={[t('users.username'), t('users.role'), t('users.status'), t('users.actions')]} />
            <tbody>
              {visible.slice((current - 1) * PAGE_SIZE, current * PAGE_SIZE).map((u) => (
                <tr key={u.id} data-testid="user-row" data-username={u.username}>
                  <td className="content-table__title">
                    <strong>{u.username}</strong> {u.id === me.id && <span className="muted">{t('users.you')}</span>}
                    <div className="muted">{u.displayName}</div>
                    <div className="muted" data-testid="user-email">
                      {u.email || t('users.emailNone')}
                    </div>
                  </td>
                  <td data-label={t('users.role')}>
                    <select
                      aria-label={t('users.roleFor', { name: u.username })}
                      value={u.role}
                      onChange={(e) => void change(u, { role: roleSchema.safeParse(e.target.value).data ?? u.role })}
                    >
                      <Options values={roleSchema.options} label={roleLabel} />
                    </select>
                  </td>
                  <td data-label={t('users.status')}>
                    <span className={`badge ${u.disabled ? 'badge--archived' : 'badge--approved'}`}>{u.disabled ? t('users.disabled') : t('users.active')}</span>
                    {u.twoFactor && (
                      <span className="badge badge--approved" data-testid="user-two-factor">
                        {t('users.twoFactor')}
                      </span>
                    )}
                  </td>
                  <td data-label={t('users.actions')}>
                    <div className="button-row">
                      <button type="button" className="button button--small" onClick={() => void change(u, { disabled: !u.disabled })}>
                        {u.disabled ? t('users.enable') : t('users.disable')}
                      </button>
                      <button type="button" className="button button--small" onClick={() => void editEmail(u)} data-testid="user-email-edit">
                        {t('users.emailShort')}
                      </button>
                      <button type="button" className="button button--small" onClick={() => void reset(u)}>
                        {t('users.reset')}
                      </button>
                      {u.twoFactor && u.id !== me.id && (
                        <button type="button" className="button button--small" onClick={() => void resetTwoFactor(u)} data-testid="user-two-factor-off">
                          {t('users.twoFactorOff')}
                        </button>
                      )}
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <Pager page={current} pages={pages} onPage={setPage} />
        </>
      )}
    </section>
  );
}
