import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { I18nProvider, type Locale } from '../i18n/i18n';
import { deferred } from '../testing/deferred';
import { captureSavedFiles, type SavedFile } from '../testing/downloads';
import { DownloadButtons, type DownloadFormat } from './download-buttons';
import type { DownloadedFile } from './save-file';

const CSV = '\uFEFFӨңір,Ұйымдар\r\nАбай облысы,3\r\n';
const FILE: DownloadedFile = { fileName: 'birge-needs-2026-12-07.csv', contentType: 'text/csv; charset=utf-8', contentBase64: Buffer.from(CSV, 'utf8').toString('base64') };

function renderButtons(fetchFile: (format: DownloadFormat, language: string) => Promise<DownloadedFile>, locale: Locale = 'en') {
  return render(
    <I18nProvider initialLocale={locale}>
      <DownloadButtons label={locale === 'en' ? 'Download the register' : undefined} formats={['XLSX', 'CSV']} fetchFile={fetchFile} />
    </I18nProvider>,
  );
}

describe('DownloadButtons', () => {
  let saved: SavedFile[];

  beforeEach(() => {
    saved = captureSavedFiles();
  });

  afterEach(() => jest.restoreAllMocks());

  it('is a named group with a button per format, named for screen readers', () => {
    renderButtons(jest.fn());
    expect(screen.getByRole('group', { name: 'Download the register' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Download XLSX' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Download CSV' })).toBeTruthy();
  });

  it("asks for the file in the reader's language, waits saying so, then saves the decoded bytes under the file's name", async () => {
    const answer = deferred<DownloadedFile>();
    const fetchFile = jest.fn(() => answer.promise);
    renderButtons(fetchFile, 'kk');
    fireEvent.click(screen.getByRole('button', { name: 'CSV файлын жүктеп алу' }));
    expect(fetchFile).toHaveBeenCalledWith('CSV', 'KK');
    const busy = screen.getByRole('button', { name: 'CSV дайындалуда…' }) as HTMLButtonElement;
    expect(busy.getAttribute('aria-busy')).toBe('true');
    expect((screen.getByRole('button', { name: 'XLSX файлын жүктеп алу' }) as HTMLButtonElement).disabled).toBe(true);

    answer.resolve(FILE);
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0].fileName).toBe('birge-needs-2026-12-07.csv');
    expect(saved[0].blob.type).toBe('text/csv; charset=utf-8');
    const bytes = await new Promise<ArrayBuffer>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result as ArrayBuffer);
      reader.readAsArrayBuffer(saved[0].blob);
    });
    // The bytes as the API sent them: the byte order mark and the Kazakh letters intact.
    expect(Buffer.from(bytes).toString('utf8')).toBe(CSV);
    expect((await screen.findByRole('status')).textContent).toBe('birge-needs-2026-12-07.csv файлы сақталды');
    expect((screen.getByRole('button', { name: 'CSV файлын жүктеп алу' }) as HTMLButtonElement).disabled).toBe(false);
  });

  it('says why a file could not be made, and a retry asks for the same format again', async () => {
    const fetchFile = jest
      .fn()
      .mockRejectedValueOnce(new TypeError('Failed to fetch'))
      .mockResolvedValueOnce({ ...FILE, fileName: 'again.xlsx' });
    renderButtons(fetchFile, 'ru');
    fireEvent.click(screen.getByRole('button', { name: 'Скачать XLSX' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Не удалось связаться с сервером');
    expect(saved).toHaveLength(0);
    fireEvent.click(screen.getByRole('button', { name: 'Повторить' }));
    await waitFor(() => expect(saved.map((file) => file.fileName)).toEqual(['again.xlsx']));
    expect(fetchFile).toHaveBeenLastCalledWith('XLSX', 'RU');
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
