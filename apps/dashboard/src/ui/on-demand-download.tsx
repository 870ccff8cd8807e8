import { FormFailure } from './form-failure';
import { useActionFailure } from './use-action-failure';

/**
 * A small link-styled button that fetches a file's content only when pressed (lists do not carry
 * it) and saves it (`download`); why it could not, under the button.
 */
export function OnDemandDownload({ label, download }: { label: string; download: () => Promise<void> }) {
  const { failure, run } = useActionFailure();
  return (
    <>
      <button type="button" className="button button-link button-small" onClick={() => void run(download)}>
        {label}
      </button>
      <FormFailure error={failure} />
    </>
  );
}
