import { expect, launchExtension, test } from './fixtures';

// The interface follows the browser's language: a Chinese browser gets the Chinese popup and archive page.

test('in a zh-CN browser the popup and the archive page speak Chinese', async ({ server }) => {
  const ext = await launchExtension(server, { lang: 'zh-CN' });
  try {
    const { popup } = await ext.capture('/contact-en.html');
    await expect(popup.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(popup.getByLabel('客户名称', { exact: true })).toHaveValue('Northwind Valve Company');
    await popup.getByRole('button', { name: '保存', exact: true }).click();
    await expect(popup.getByText(/^已保存，编号 C-\d{4}-\d{4}$/)).toBeVisible();

    const archive = await ext.openArchive();
    await expect(archive.getByRole('heading', { name: '客户档案', level: 1 })).toBeVisible();
    await expect(archive.getByTestId('card-table').getByRole('row')).toHaveCount(1);
    await expect(archive.getByRole('button', { name: '导出 / 导入' })).toBeVisible();
  } finally {
    await ext.close();
  }
});
