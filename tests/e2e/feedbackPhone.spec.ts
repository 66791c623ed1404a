import { expect, shot, test } from './fixtures.ts';

const SHOTS = 'tests/artifacts/screens';
const PHONE = { width: 390, height: 844 };

/**
 * A parent on a phone, without help: misses the phone number, is told where and why, fixes it, gets a code, and
 * finds the item again by typing the code loosely.
 */
test('a parent on a phone sends feedback, fixes the field it missed, gets a code and follows it by that code', async ({ page, server }) => {
  await page.setViewportSize(PHONE);
  await page.goto(`${server.url}/gop-y`);
  await shot(page, `${SHOTS}/gop-y-empty-390.png`, true);
  // Nothing sticks out sideways on a narrow phone.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);

  await page.getByLabel('Họ và tên').fill('Phạm Thu Trang');
  await page.getByLabel('Địa chỉ').fill('Tổ 5, phường Nam Đô');
  await page.getByLabel('Đề xuất, sáng kiến (hiến kế)').check();
  await page.getByLabel('Nội dung').fill('Đề nghị nhà trường gửi thông báo học phí qua Zalo cho phụ huynh.');
  await page.getByRole('button', { name: 'Gửi phản ánh' }).click();

  const summary = page.getByRole('alert').filter({ hasText: 'Vui lòng sửa 1 mục' });
  await expect(summary).toBeVisible();
  await expect(summary.getByRole('link', { name: /Số điện thoại: Vui lòng nhập số điện thoại hoặc thư điện tử/ })).toBeVisible();
  await expect(page.getByLabel('Nội dung')).toHaveValue(/học phí qua Zalo/);
  await shot(page, `${SHOTS}/gop-y-errors-390.png`, true);
  await summary.getByRole('link').click();
  await page.getByLabel(/Số điện thoại/).fill('0903 222 111');
  // The worker's server runs with FORM_MIN_FILL_SECONDS=0 (fixtures.ts): no wait for the form guard's fill time.
  await page.getByRole('button', { name: 'Gửi phản ánh' }).click();

  await expect(page.getByRole('heading', { name: /Cảm ơn quý vị/ })).toBeVisible();
  const code = (await page.locator('.code').textContent())?.trim() ?? '';
  expect(code).toMatch(/^GY-[2-9A-HJKMNP-Z]{4}$/);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
  await shot(page, `${SHOTS}/gop-y-thank-you-390.png`, true);

  await page.goto(`${server.url}/gop-y/tra-cuu`);
  await page.getByLabel('Mã theo dõi').fill(` ${code.toLowerCase().replace('-', ' ')} `);
  await page.getByRole('button', { name: 'Tra cứu' }).click();
  await expect(page).toHaveURL(new RegExp(`/gop-y/${code}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Phản ánh ${code}`);
  await expect(page.locator('.steps [aria-current="step"]')).toHaveText('Mới (hiện tại)');
  await expect(page.getByText('Phạm Thu Trang')).toHaveCount(0);
  await shot(page, `${SHOTS}/gop-y-follow-390.png`, true);
});
