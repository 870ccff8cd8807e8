import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { regionOptionsMock } from '../../testing/fixtures';
import { renderWithProviders, type Mocks } from '../../testing/render';
import { AnnouncementComposerPage } from './announcement-composer-page';
import { announcementData, ANNOUNCEMENT_ID, audienceData } from './announcements-testing';
import { AnnouncementAudienceQuery, CreateAnnouncementMutation, SendAnnouncementMutation } from './announcements.graphql';

const audience = (target: Record<string, unknown>, organizations: number, emails: number): Mocks[number] => ({
  request: { query: AnnouncementAudienceQuery, variables: { target } },
  result: { data: audienceData(organizations, emails) },
  maxUsageCount: Number.POSITIVE_INFINITY,
});

describe('AnnouncementComposerPage', () => {
  it('counts the audience as the target changes, then saves the announcement and sends it at once', async () => {
    const input = { topic: 'EVENT', language: 'en', title: 'Volunteer forum', body: 'Come to the forum.', target: { directions: ['AYALA'] } };
    window.location.hash = '#/announcements/new';
    renderWithProviders(<AnnouncementComposerPage />, {
      locale: 'en',
      mocks: [
        regionOptionsMock(),
        audience({}, 40, 25),
        audience({ directions: ['AYALA'] }, 6, 4),
        { request: { query: CreateAnnouncementMutation, variables: { input } }, result: { data: { createAnnouncement: announcementData({ status: 'DRAFT', sentAt: null }) } } },
        { request: { query: SendAnnouncementMutation, variables: { id: ANNOUNCEMENT_ID } }, result: { data: { sendAnnouncement: announcementData() } } },
      ],
    });
    const preview = await screen.findByTestId('audience-preview');
    await waitFor(() => expect(within(preview).getByTestId('audience-emails').textContent).toBe('E-mail addresses: 25'));
    expect(within(preview).getByTestId('audience-organizations').textContent).toBe('Matching organizations: 40');
    expect(within(preview).getByTestId('audience-staff').textContent).toBe('Staff told in the app: 4');

    fireEvent.click(screen.getByLabelText(/AYALA/));
    await waitFor(() => expect(within(preview).getByTestId('audience-emails').textContent).toBe('E-mail addresses: 4'));

    // Nothing is sent without a subject and a text.
    fireEvent.click(screen.getByTestId('send-now'));
    expect((await screen.findByTestId('field-error-title')).textContent).toBe('Too short');
    expect(screen.getByTestId('field-error-body')).toBeTruthy();

    fireEvent.change(screen.getByLabelText('Topic'), { target: { value: 'EVENT' } });
    fireEvent.change(screen.getByLabelText('Language of the mail'), { target: { value: 'en' } });
    fireEvent.change(screen.getByLabelText('Subject'), { target: { value: ' Volunteer forum ' } });
    fireEvent.change(screen.getByLabelText('Text'), { target: { value: 'Come to the forum.' } });
    fireEvent.click(screen.getByTestId('send-now'));
    await waitFor(() => expect(window.location.hash).toBe('#/announcements'));
  });

  it('is in Kazakh by default', async () => {
    renderWithProviders(<AnnouncementComposerPage />, { mocks: [regionOptionsMock(), audience({}, 3, 2)] });
    expect(await screen.findByRole('heading', { name: 'Жаңа хабарландыру' })).toBeTruthy();
    await waitFor(() => expect(screen.getByTestId('audience-emails').textContent).toBe('Хат алатын мекенжайлар: 2'));
  });
});
