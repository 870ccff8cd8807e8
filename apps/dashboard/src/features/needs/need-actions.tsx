import { useState } from 'react';
import type { NeedPageQuery, NeedStatus } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { TransitionButtons } from '../../ui/transition-buttons';
import { EditNeedForm } from './edit-need-form';
import { NeedStatusForm } from './need-forms';

type Need = NonNullable<NeedPageQuery['need']>;

/** The moves the register allows from the entry's status (each confirmed with a comment), and editing the entry while it is open. */
export function NeedActions({ need, onReload }: { need: Need; onReload: () => void }) {
  const { t } = useI18n();
  const [moving, setMoving] = useState<NeedStatus | null>(null);
  const [editing, setEditing] = useState(false);
  return (
    <section className="card actions" aria-labelledby="need-actions">
      <h2 id="need-actions">{t('need.actions')}</h2>
      <TransitionButtons
        transitions={need.allowedTransitions}
        chosen={moving}
        onChoose={setMoving}
        label={(status) => t(`needTransition.${status}`)}
        finalText={t('need.final')}
        testId={{ final: 'need-final', buttons: 'need-transitions' }}
      />
      {need.allowedTransitions.length > 0 && !editing && (
        <button type="button" className="button button-link" onClick={() => setEditing(true)}>
          {t('need.edit')}
        </button>
      )}
      {editing && need.allowedTransitions.length > 0 && <EditNeedForm need={need} onDone={() => setEditing(false)} onCancel={() => setEditing(false)} onReload={onReload} />}
      {moving && need.allowedTransitions.includes(moving) && (
        <NeedStatusForm key={moving} needId={need.id} version={need.version} status={moving} onDone={() => setMoving(null)} onCancel={() => setMoving(null)} onReload={onReload} />
      )}
    </section>
  );
}
