import { renderAnnouncementEmail } from './announcement-email';

const mail = {
  topic: 'PROGRAMME',
  language: 'en',
  title: 'Support <for> groups',
  body: 'First paragraph.\n\n  Second & last.  ',
  link: 'https://example.kz/apply?a=1&b=2',
  ownerRegionCode: '750000000',
  organizationName: 'Ayala "Almaty"',
  unsubscribeUrl: 'https://birge.kz/#/unsubscribe?token=t1',
  unsubscribePostUrl: 'https://api.birge.kz/unsubscribe?token=t1',
};

describe('an announcement as an e-mail', () => {
  it('writes the text as given in paragraphs, why the reader gets it, the region office’s signature and the unsubscribe link', () => {
    const rendered = renderAnnouncementEmail(mail);
    expect(rendered.subject).toBe('Support programme: Support <for> groups');
    expect(rendered.text.split('\n\n').slice(0, 4)).toEqual(['Dear Ayala "Almaty",', 'First paragraph.', 'Second & last.', 'Read more: https://example.kz/apply?a=1&b=2']);
    expect(rendered.text).toContain('The Almaty front office');
    expect(rendered.text).toContain('Unsubscribe from announcements: https://birge.kz/#/unsubscribe?token=t1');
    expect(rendered.headers).toEqual({ 'List-Unsubscribe': '<https://api.birge.kz/unsubscribe?token=t1>', 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' });
  });

  it('escapes what it puts into HTML, and falls back to Kazakh and the republican office', () => {
    const rendered = renderAnnouncementEmail({ ...mail, language: 'xx', ownerRegionCode: null });
    expect(rendered.html).toContain('Support &#60;for&#62; groups');
    expect(rendered.html).toContain('href="https://example.kz/apply?a=1&#38;b=2"');
    expect(rendered.html).toContain('lang="kk"');
    expect(rendered.text).toContain('Республикалық фронт-офис');
    expect(rendered.subject.startsWith('Қолдау бағдарламасы: ')).toBe(true);
  });
});
