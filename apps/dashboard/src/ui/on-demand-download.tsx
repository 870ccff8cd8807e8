import { useState } from 'react';
import { FormFailure } from './form-failure';

/**
 * A small link-styled button that fetches a file's content only when pressed (lists do not carry
 * it) and saves it (`download`); why it could not, under the button.
 */
export function OnDemandDownload({ label, download }: { label: string; download: () => Promise<void> }) {
  const [failure, setFailure] = useState<unknown>(null);
  async function run() {
    setFailure(null);
    try {
      await download();
    } catch (error) {
      setFailure(error);
    }
  }
  return (
    <>
      <button type="button" className="button button-link button-small" onClick={() => void run()}>
        {label}
      </button>
      <FormFailure error={failure} />
    </>
  );
}
