import type { ReactNode } from 'react';
import { canWrite, isAdmin, roleOf, useViewer, writeRestriction } from '../auth/session';
import { composesAnnouncements } from '../features/announcements/announcement-roles';
import { takesPartInFeedback } from '../features/feedback/feedback-roles';
import { NotAllowed } from '../ui/access';

/**
 * Who may open a page by its address. The API refuses the same operations; this only says so at
 * once, with the code the API would give, instead of a page of failing queries.
 */
export type PageRule = 'admin' | 'writer' | 'feedback' | 'announcer';

export function Guard({ rule, children }: { rule: PageRule; children: ReactNode }) {
  const viewer = useViewer();
  switch (rule) {
    case 'admin':
      return isAdmin(viewer) ? children : <NotAllowed reason="ADMIN_ONLY" />;
    case 'writer':
      return canWrite(viewer) ? children : <NotAllowed reason={writeRestriction(viewer) ?? 'READ_ONLY_ROLE'} />;
    case 'feedback':
      // The feedback channel is the region's staff's and the republican office's; analysts' role does not see the correspondence.
      return takesPartInFeedback(viewer) ? children : <NotAllowed reason="PERSONAL_DATA_HIDDEN_FOR_ROLE" />;
    case 'announcer':
      return composesAnnouncements(roleOf(viewer)) ? children : <NotAllowed reason="READ_ONLY_ROLE" />;
  }
}
