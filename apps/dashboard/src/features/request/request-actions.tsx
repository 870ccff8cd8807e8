import { useState } from 'react';
import type { AssistanceRequestPageQuery, AssistanceRequestStatus } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { TransitionButtons } from '../../ui/transition-buttons';
import type { StaffOption } from '../reference/use-staff-names';
import { AssignForm } from './assign-form';
import { StatusChangeForm } from './status-change-form';

type Request = NonNullable<AssistanceRequestPageQuery['assistanceRequest']>;

/** The moves the workflow allows from the request's status (each confirmed in its form), and who handles it. */
export function RequestActions({ request, assigneeOptions, myId, onReload }: { request: Request; assigneeOptions: StaffOption[]; myId: string | null; onReload: () => void }) {
  const { t } = useI18n();
  const [moving, setMoving] = useState<AssistanceRequestStatus | null>(null);
  return (
    <section className="card actions" aria-labelledby="request-actions">
      <h2 id="request-actions">{t('request.actions')}</h2>
      <TransitionButtons
        transitions={request.allowedTransitions}
        chosen={moving}
        onChoose={setMoving}
        label={(status) => t(`transition.${status}`)}
        finalText={t('request.final')}
        testId={{ final: 'request-final', buttons: 'request-actions' }}
      />
      {moving && request.allowedTransitions.includes(moving) && (
        <StatusChangeForm
          key={moving}
          requestId={request.id}
          version={request.version}
          subtype={request.subtype}
          status={moving}
          regionCode={request.region?.code ?? null}
          onDone={() => setMoving(null)}
          onCancel={() => setMoving(null)}
          onReload={onReload}
        />
      )}
      <AssignForm
        key={`${request.assigneeId ?? ''}:${request.version}`}
        requestId={request.id}
        version={request.version}
        assigneeId={request.assigneeId ?? null}
        options={assigneeOptions}
        myId={myId}
        onReload={onReload}
      />
    </section>
  );
}
