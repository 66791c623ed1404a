import { apiLogin, apiPost, contentMeta, expect, logIn, navigateInConsole, shot, signInContext, test } from './fixtures.ts';

/**
 * Issue #15 item 1, walked as a ward uses it: the ward's administrator adds a school in the console, sends a slogan to
 * every unit, and the school's gate screen plays it; the school's own administrator signs in at the school's address
 * and finds the ward's slogan read only; the ward's administrator working in the school's console is told so.
 */
test('a ward adds a school in the console, its slogan reaches the school’s gate screen, and each admin sees where they stand', async ({ browser, freshServer }) => {
  const root = freshServer.url;
  const ward = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  await signInContext(ward, root);
  const office = await ward.newPage();

  // The ward's console: "Đơn vị trực thuộc" → a new school with its first administrator, whose password shows once.
  await office.goto(`${root}/admin/units`);
  await office.getByTestId('field-unit-name').fill('Trường Mầm non Hoa Sen (mẫu)');
  await office.getByTestId('field-unit-slug').fill('mn-hoa-sen');
  await office.getByTestId('field-unit-admin-username').fill('hoasen.admin');
  await office.getByTestId('field-unit-admin-name').fill('Nguyễn Thị Lan');
  await office.getByTestId('unit-create').click();
  await expect(office.getByTestId('unit-created')).toBeVisible();
  await shot(office, 'test-results/ward-unit-created-1366.png');
  const password = (await office.getByTestId('unit-created-password').textContent())?.trim() ?? '';
  expect(password.length).toBeGreaterThanOrEqual(12);
  await office.getByTestId('unit-created-done').click();
  await expect(office.getByTestId('unit-row')).toHaveCount(1);
  await expect(office.getByTestId('unit-console')).toHaveAttribute('href', '/mn-hoa-sen/admin/');

  // The ward sends a slogan to all its units (approved by its administrator: the ward's approval suffices).
  const cookie = await apiLogin(root);
  const slogan = 'Phường Nam Đô: một cửa, một lần, đúng hẹn (mẫu)';
  const sent = await apiPost(root, cookie, '/api/content', { ...contentMeta, type: 'slogan', text: slogan, attribution: '', theme: 'green', audience: 'all' });
  expect(sent.status).toBe(201);

  // The ward's administrator, working in the school's console, sets up its gate screen and is told whose rights they use.
  await office.goto(`${root}/mn-hoa-sen/admin/`);
  await expect(office.getByTestId('acting-banner')).toBeVisible();
  await expect(office.getByTestId('acting-back')).toHaveAttribute('href', '/admin/');
  await expect(office.getByTestId('offline')).toHaveCount(0);
  await shot(office, 'test-results/ward-acting-1366.png');
  const screen = await apiPost(root, cookie, '/mn-hoa-sen/api/screens', { slug: 'cong', name: 'Cổng trường', location: '', orientation: 'landscape', profile: 'gate', group: '' });
  expect(screen.status).toBe(201);

  // The school's gate screen, at the school's own address, plays the ward's slogan.
  const kiosk = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  await kiosk.goto(`${root}/mn-hoa-sen/display/cong`);
  await expect(kiosk.getByTestId('slide')).toContainText(slogan);
  await shot(kiosk, 'test-results/ward-kiosk-1920.png');

  // The school's own administrator signs in at the school's address and finds the ward's slogan, read only.
  const school = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  await logIn(school, `${root}/mn-hoa-sen`, 'hoasen.admin', password);
  await expect(school.getByTestId('acting-banner')).toHaveCount(0);
  // Its console's live connection (one /socket.io/ address for every unit) carries the school's own session.
  await expect(school.getByTestId('offline')).toHaveCount(0);
  await navigateInConsole(school, 'content/slogan', '/mn-hoa-sen');
  await expect(school.getByTestId('from-ward-item').filter({ hasText: slogan })).toBeVisible();
  await shot(school, 'test-results/ward-school-list-1366.png', true);
  // …and the ward's console is not theirs.
  const atRoot = await school.request.get(`${root}/api/auth/me`);
  expect(atRoot.status()).toBe(401);
  await ward.close();
});
