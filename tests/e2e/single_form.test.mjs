// 单张查验 by hand and from a PDF's text: the form's messages come and go as the user types,
// the typed values survive a change of type or language, the result card gives the platform
// entry; a PDF's printed fields are cross-checked against its QR code.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { serve, launch, openPage, screenshot, root } from './harness.mjs';

const fixtures = join(root, 'crates/fapiao-core/tests/fixtures/docs');
let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

async function openSingle() {
  const opened = await openPage(browser, server.url);
  await opened.page.goto(server.url + '#/single');
  await opened.page.locator('[data-testid=worker-status].ready').waitFor({ timeout: 20000 });
  return opened;
}

/**
 * The messages shown under a field, as `id` attributes. The worker checks the form as it is
 * typed, so with `expected` this waits (up to 10 s) for the answer to match, then returns it.
 */
async function messages(page, field, expected) {
  const read = () => page.locator(`.manual [data-field=${field}] .field-msg`).evaluateAll((ps) => ps.map((p) => p.dataset.id));
  let got = await read();
  for (const until = Date.now() + 10000; expected && JSON.stringify(got) !== JSON.stringify(expected) && Date.now() < until;) {
    await page.waitForTimeout(50);
    got = await read();
  }
  return got;
}

async function invalid(page, field) {
  return page.getByTestId(`manual-${field}`).getAttribute('aria-invalid');
}

test('manual entry: live messages per field, same result card, type and language switches keep input', async () => {
  const { context, page, log } = await openSingle();
  const number = page.getByTestId('manual-invoice_number');
  // Blank required fields are not pointed out before the check is asked for.
  assert.deepEqual(await messages(page, 'total', []), []);
  // Typing a 数电 number: too short until the 20th digit.
  await number.pressSequentially('2411200000001234');
  assert.deepEqual(await messages(page, 'invoice_number', ['form.number_length']), ['form.number_length']);
  assert.equal(await invalid(page, 'invoice_number'), 'true');
  // The message is tied to the input for screen readers.
  const describedBy = await number.getAttribute('aria-describedby');
  assert.match(await page.locator(`#${describedBy}`).innerText(), /20 位/);
  assert.equal(await page.locator('label[for=manual-invoice_number]').count(), 1);
  await number.pressSequentially('5678');
  assert.deepEqual(await messages(page, 'invoice_number', []), []);
  assert.equal(await invalid(page, 'invoice_number'), 'false');
  // Spreadsheet damage is named.
  await number.fill('2.41120E+19');
  assert.deepEqual(await messages(page, 'invoice_number', ['invoice_number.excel_damaged']), ['invoice_number.excel_damaged']);
  await number.fill('24112000000012345678');

  const date = page.getByTestId('manual-issue_date');
  await date.pressSequentially('2099-01-01');
  assert.deepEqual(await messages(page, 'issue_date', ['date.future']), ['date.future']);
  await date.fill('2024-11-05');
  assert.deepEqual(await messages(page, 'issue_date', []), []);

  await page.getByTestId('manual-total').pressSequentially('1130.00');
  await page.getByTestId('manual-amount').pressSequentially('1000.00');
  await page.getByTestId('manual-tax').pressSequentially('131.00');
  const sumMessage = page.locator('.manual [data-id="amount.total"]');
  await sumMessage.first().waitFor({ timeout: 10000 });
  assert.equal(await sumMessage.count(), 1);
  await page.getByTestId('manual-tax').fill('130.00');
  await sumMessage.first().waitFor({ state: 'detached', timeout: 10000 });
  await page.getByTestId('manual-amount').fill('10o0');
  assert.deepEqual(await messages(page, 'amount', ['form.amount_format']), ['form.amount_format']);
  await page.getByTestId('manual-amount').fill('1000.00');

  const seller = page.getByTestId('manual-seller_tax_id');
  await seller.pressSequentially('91110108MA01ABCDE1');
  assert.deepEqual(await messages(page, 'seller_tax_id', ['tax_id.checksum']), ['tax_id.checksum']);
  await seller.fill('91110108MA01ABCDEN');
  assert.deepEqual(await messages(page, 'seller_tax_id', []), []);
  await screenshot(page, 'single-form-zh');

  await page.getByTestId('manual-check').click();
  await page.getByTestId('single-result').waitFor({ timeout: 20000 });
  const card = await page.getByTestId('single-result').innerText();
  assert.match(card, /2024年 · 北京/);
  assert.match(card, /手工录入/);
  const entry = await page.getByTestId('platform-entry').innerText();
  for (const v of ['24112000000012345678', '2024-11-05', '1130.00']) assert.ok(entry.includes(v), v);

  // Another type: its fields appear, the number no longer fits; back again, nothing is lost.
  await page.getByTestId('manual-kind').selectOption('special');
  // The card said what the form said: it goes once the form changes.
  assert.equal(await page.getByTestId('single-result').count(), 0);
  assert.equal(await page.getByTestId('manual-invoice_code').count(), 1);
  assert.equal(await number.inputValue(), '24112000000012345678');
  assert.deepEqual(await messages(page, 'invoice_number', ['form.number_length']), ['form.number_length']);
  await page.getByTestId('manual-kind').selectOption('ordinary');
  assert.equal(await page.getByTestId('manual-check_code').count(), 1);
  // The check was asked for: from now on blank required fields are pointed out.
  assert.deepEqual(await messages(page, 'check_code', ['form.required']), ['form.required']);
  await page.getByTestId('manual-kind').selectOption('digital_ordinary');
  assert.deepEqual(await messages(page, 'invoice_number', []), []);
  assert.equal(await page.getByTestId('manual-total').inputValue(), '1130.00');

  // English: the same values, English labels and messages.
  await page.getByTestId('lang-switch').click();
  await page.getByRole('heading', { name: 'Type the invoice\'s fields' }).waitFor();
  assert.equal(await number.inputValue(), '24112000000012345678');
  await page.getByTestId('manual-tax').fill('131.00');
  assert.match(await page.locator('.manual').innerText(), /Total incl\. tax/);
  assert.match(await page.locator('.manual [data-id="amount.total"]').innerText(), /[a-z]/);
  await screenshot(page, 'single-form-en');
  await page.getByTestId('manual-tax').fill('130.00');

  // A 390-px phone: one column, nothing wider than the screen.
  await page.setViewportSize({ width: 390, height: 844 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 1, `page is ${overflow}px wider than the phone`);
  await screenshot(page, 'single-form-phone');
  assert.deepEqual(log.foreign, []);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('PDF text and QR: the printed fields are cross-checked with the QR code', async () => {
  const { context, page, log } = await openSingle();
  await page.getByTestId('single-file-input').setInputFiles(join(fixtures, 'shudian_ttf.pdf'));
  await page.getByTestId('single-result').waitFor({ timeout: 30000 });
  // The card comes below the inputs and the long form: it is brought into view.
  await page.waitForFunction(() => {
    const top = document.querySelector('[data-testid=single-result]').getBoundingClientRect().top;
    return top > -2 && top < window.innerHeight;
  }, null, { timeout: 5000 });
  let card = await page.getByTestId('single-result').innerText();
  assert.match(card, /PDF 文字/);
  assert.match(card, /上海卖方贸易有限公司/);
  assert.match(card, /2 个来源的号码、日期、金额一致/);
  assert.match(await page.getByTestId('qr-amount').innerText(), /价税合计/);
  await page.getByTestId('single-file-input').setInputFiles(join(fixtures, 'shudian_date_differs.pdf'));
  await page.waitForFunction(() => document.querySelector('[data-testid=single-result]')?.innerText.includes('各来源不一致'), null, { timeout: 30000 });
  card = await page.getByTestId('single-result').innerText();
  assert.match(card, /开票日期.*2024年11月06日.*20241105/s);
  await screenshot(page, 'single-pdf-differs-zh');
  assert.deepEqual(log.foreign, []);
  assert.deepEqual(log.errors, []);
  await context.close();
});
