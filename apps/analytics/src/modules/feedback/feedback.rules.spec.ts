import { AccessRestriction, Role, type Identity } from '@birge/shared-reference';
import { feedbackRegionsFor, feedbackRestriction, sideOf } from './feedback-access';
import { checkFeedbackFile } from './feedback-attachment-policy';
import { checkFiles } from './feedback.service';

const ABAI = '100000000';
const ASTANA = '710000000';
const admin: Identity = { userId: 'a', role: Role.REPUBLICAN_ADMIN, regionCode: null };
const staff: Identity = { userId: 's', role: Role.REGIONAL_STAFF, regionCode: ABAI };
const staffWithoutRegion: Identity = { userId: 'x', role: Role.REGIONAL_STAFF, regionCode: null };
const analyst: Identity = { userId: 'n', role: Role.ANALYST, regionCode: null };
const partner: Identity = { userId: 'k', role: Role.PARTNER, regionCode: null, scopes: ['analytics:read', 'assistance:write'] };

const fieldsOf = (run: () => unknown): string[] => {
  try {
    run();
  } catch (error) {
    return ((error as { fields?: { field: string; code: string }[] }).fields ?? []).map((f) => `${f.field}:${f.code}`);
  }
  return [];
};

describe('feedback channel rules', () => {
  it("admits only the region's own staff and republican administrators, saying why to everyone else", () => {
    expect(feedbackRestriction(admin, ABAI)).toBeNull();
    expect(feedbackRestriction(staff, ABAI)).toBeNull();
    expect(feedbackRestriction(staff, ASTANA)).toBe(AccessRestriction.OTHER_REGION);
    expect(feedbackRestriction(staffWithoutRegion, null)).toBe(AccessRestriction.OTHER_REGION);
    // Analysts read every region's records elsewhere, but not this correspondence; no partner scope reaches it.
    expect(feedbackRestriction(analyst, ABAI)).toBe(AccessRestriction.PERSONAL_DATA_HIDDEN_FOR_ROLE);
    expect(feedbackRestriction(partner, ABAI)).toBe(AccessRestriction.MISSING_SCOPE);
    expect(feedbackRestriction(null, ABAI)).toBe(AccessRestriction.SIGN_IN_REQUIRED);
  });

  it('narrows lists to the staff member’s region and refuses a filter on another', () => {
    expect(feedbackRegionsFor(admin, null)).toBe('ALL');
    expect(feedbackRegionsFor(admin, ASTANA)).toEqual([ASTANA]);
    expect(feedbackRegionsFor(staff, null)).toEqual([ABAI]);
    expect(() => feedbackRegionsFor(staff, ASTANA)).toThrow(/another region/);
    expect(() => feedbackRegionsFor(analyst, null)).toThrow(/personal data/);
  });

  it('tells which side a message comes from', () => {
    expect(sideOf(admin)).toBe('REPUBLICAN_OFFICE');
    expect(sideOf(staff)).toBe('REGION');
  });

  it('accepts a file whose content is of its type, and names the refused file by its position', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
    const checked = checkFeedbackFile(0, ' сурет.png ', 'IMAGE/PNG', png.toString('base64'), 100);
    expect(checked).toMatchObject({ fileName: 'сурет.png', mimeType: 'image/png', content: png });
    expect(checked.sha256).toHaveLength(64);
    expect(fieldsOf(() => checkFeedbackFile(2, 'a.png', 'image/png', Buffer.from('GIF89a').toString('base64'), 100))).toEqual([
      'attachments.2.contentBase64:ATTACHMENT_CONTENT_MISMATCH',
    ]);
    expect(fieldsOf(() => checkFeedbackFile(0, 'a.png', 'image/png', png.toString('base64'), 5))).toEqual(['attachments.0.contentBase64:ATTACHMENT_TOO_LARGE']);
    expect(fieldsOf(() => checkFeedbackFile(0, 'a\u0001.png', 'image/png', png.toString('base64'), 100))).toEqual(['attachments.0.fileName:INVALID_FILE_NAME']);
    expect(fieldsOf(() => checkFeedbackFile(0, 'a.txt', 'text/plain', '', 100))).toEqual(['attachments.0.contentBase64:ATTACHMENT_EMPTY']);
    expect(fieldsOf(() => checkFeedbackFile(0, 'a.exe', 'application/octet-stream', 'TVo=', 100))).toEqual(['attachments.0.mimeType:ATTACHMENT_TYPE_NOT_ALLOWED']);
  });

  it('refuses more files than a message takes', () => {
    const text = { fileName: 'a.txt', mimeType: 'text/plain', contentBase64: Buffer.from('сәлем').toString('base64') };
    expect(checkFiles([text, text, text], 100)).toHaveLength(3);
    expect(fieldsOf(() => checkFiles([text, text, text, text], 100))).toEqual(['attachments:TOO_MANY_ATTACHMENTS']);
    expect(checkFiles(null, 100)).toEqual([]);
  });
});
