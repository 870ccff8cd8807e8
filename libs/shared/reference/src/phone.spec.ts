import { normalizePhone } from './phone';

describe('phone numbers', () => {
  it('brings Kazakh spellings to +7', () => {
    expect(normalizePhone('8 (701) 234-56-78')).toBe('+77012345678');
    expect(normalizePhone('7 701 234 56 78')).toBe('+77012345678');
    expect(normalizePhone('+7 701 234 56 78')).toBe('+77012345678');
    expect(normalizePhone('+49 30 1234567')).toBe('+49301234567');
  });

  it('refuses what is not a number', () => {
    for (const bad of ['', '12345', '8701234567', '+0 701 234 56 78', 'call me', '+7701234567890123']) expect(normalizePhone(bad)).toBeNull();
  });
});
