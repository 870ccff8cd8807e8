import { readUnsubscribeToken, unsubscribeToken } from './unsubscribe-token';

describe('unsubscribe tokens', () => {
  const claim = { announcementId: '6f1c3c36-6a3c-4a55-9c1e-1d3a3f0f7a10', email: 'info@ayala.kz' };

  it('reads back what it signed', () => {
    expect(readUnsubscribeToken(unsubscribeToken(claim, 'secret-one-1234567'), 'secret-one-1234567')).toEqual(claim);
  });

  it('refuses a token signed with another secret, altered, or malformed', () => {
    const token = unsubscribeToken(claim, 'secret-one-1234567');
    expect(readUnsubscribeToken(token, 'secret-two-1234567')).toBeNull();
    const [data, signature] = token.split('.');
    const other = Buffer.from(JSON.stringify([claim.announcementId, 'someone@else.kz'])).toString('base64url');
    expect(readUnsubscribeToken(`${other}.${signature}`, 'secret-one-1234567')).toBeNull();
    expect(readUnsubscribeToken(data, 'secret-one-1234567')).toBeNull();
    expect(readUnsubscribeToken('', 'secret-one-1234567')).toBeNull();
  });
});
