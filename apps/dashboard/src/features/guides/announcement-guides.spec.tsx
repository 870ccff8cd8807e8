import { fireEvent, screen, within } from '@testing-library/react';
import { renderWithProviders } from '../../testing/render';
import { AnnouncementGuides } from './announcement-guides';
import { AnnouncementGuidesQuery, GuideChoicesQuery, SetAnnouncementGuidesMutation } from './guides.graphql';
import { guideData } from './guides-testing';

const guide = (id: string, title: string) => guideData(id, title, { language: 'RU' });

const announcement = (version: number, guides: (ReturnType<typeof guide> | null)[]) => ({
  data: { announcement: { __typename: 'Announcement', id: 'a1', version, guides } },
});

describe('AnnouncementGuides', () => {
  it('lists the linked guides, skips one the library no longer knows, and links another from the library', async () => {
    const charter = guide('g1', 'Устав общественного объединения');
    const report = guide('g2', 'Отчёт по гранту');
    let sent: Record<string, unknown> | undefined;
    renderWithProviders(<AnnouncementGuides announcementId="a1" editable />, {
      locale: 'en',
      mocks: [
        { request: { query: AnnouncementGuidesQuery, variables: { id: 'a1' } }, result: announcement(3, [charter, null]) },
        {
          request: { query: GuideChoicesQuery, variables: { first: 100 } },
          result: {
            data: {
              guides: {
                __typename: 'GuideConnection',
                edges: [charter, report].map(({ id, title, language }) => ({ __typename: 'GuideEdge', node: { __typename: 'Guide', id, title, language } })),
              },
            },
          },
        },
        {
          request: {
            query: SetAnnouncementGuidesMutation,
            variables: (variables: Record<string, unknown>) => {
              sent = variables;
              return true;
            },
          },
          result: { data: { setAnnouncementGuides: { __typename: 'Announcement', id: 'a1', version: 4, guides: [charter, report] } } },
        },
      ],
    });
    const section = within(await screen.findByTestId('announcement-guides-a1'));
    expect(section.getByText('Устав общественного объединения')).toBeTruthy();
    const picker = section.getByLabelText('A guide of the library') as HTMLSelectElement;
    await section.findByRole('option', { name: 'Отчёт по гранту' });
    expect(Array.from(picker.options).map((option) => option.textContent)).toEqual(['—', 'Отчёт по гранту']);
    fireEvent.change(picker, { target: { value: 'g2' } });
    fireEvent.click(section.getByRole('button', { name: 'Add' }));
    expect(await section.findByText('Отчёт по гранту', { selector: 'span' })).toBeTruthy();
    expect(sent).toEqual({ id: 'a1', version: 3, guideIds: ['g1', 'g2'] });
  });

  it('shows the guides of a sent announcement without changing them', async () => {
    renderWithProviders(<AnnouncementGuides announcementId="a1" editable={false} />, {
      locale: 'kk',
      mocks: [{ request: { query: AnnouncementGuidesQuery, variables: { id: 'a1' } }, result: announcement(2, []) }],
    });
    expect(await screen.findByText('Хабарландыруға нұсқаулық тіркелмеген.')).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
  });
});
