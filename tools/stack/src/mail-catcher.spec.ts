import { simpleParser } from 'mailparser';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import nodemailer from 'nodemailer';
import { startMailCatcher } from './mail-catcher';

describe('the local mail catcher', () => {
  it('writes each message it takes, as sent, to an .eml file, and stops at once', async () => {
    const dir = path.join(mkdtempSync(path.join(os.tmpdir(), 'birge-catcher-')), 'mail');
    const catcher = await startMailCatcher(dir);
    try {
      const transport = nodemailer.createTransport({ host: '127.0.0.1', port: catcher.port, secure: false });
      await transport.sendMail({
        from: 'Birge <no-reply@birge.kz>',
        to: 'astana@demo.birge.kz',
        subject: 'Сұрау мәртебесі өзгерді',
        text: 'Сәлеметсіз бе!',
        messageId: '<event-1.abc@notifications.birge.kz>',
      });
      transport.close();
      expect(catcher.caught()).toBe(1);
      const files = readdirSync(dir);
      expect(files).toHaveLength(1);
      expect(files[0]).toMatch(/\.eml$/);
      const mail = await simpleParser(readFileSync(path.join(dir, files[0])));
      expect(mail).toMatchObject({ subject: 'Сұрау мәртебесі өзгерді', messageId: '<event-1.abc@notifications.birge.kz>' });
      expect(mail.text?.trim()).toBe('Сәлеметсіз бе!');
    } finally {
      const started = Date.now();
      await catcher.stop();
      expect(Date.now() - started).toBeLessThan(2000);
      rmSync(path.dirname(dir), { recursive: true, force: true });
    }
  });
});
