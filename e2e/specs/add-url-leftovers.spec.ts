// A pasted list of links with lines that are not web addresses: the links are saved and the other lines stay in
// the field, named, instead of vanishing with the dialog.
import { test, expect } from '../support/fixtures.ts';

test('lines that are not web addresses stay in the field, named', async ({ library, capture }) => {
  await library.press('ControlOrMeta+L');
  await expect(capture.field).toBeFocused();
  await capture.field.fill('https://unreachable.invalid/one\nmy reading list\nftp://files.invalid/x\n');
  await capture.field.press('Enter');
  await expect(capture.dialog).toBeVisible();
  await expect(capture.field).toHaveValue('my reading list\nftp://files.invalid/x');
  await expect(capture.dialog.locator('#add-url-hint')).toHaveText(
    'Saving the link. These 2 lines are not web addresses and stayed here: “my reading list”, “ftp://files.invalid/x”.',
  );
  await capture.dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(capture.dialog).toHaveCount(0);
});
