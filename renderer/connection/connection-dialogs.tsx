/** The browser connection's dialogs, mounted once for the whole app; a pairing request opens over the settings if both are up. */
import { ConnectionDialog } from './connection-dialog.tsx';
import { PairingDialog } from './pairing-dialog.tsx';

export function ConnectionDialogs() {
  return (
    <>
      <ConnectionDialog />
      <PairingDialog />
    </>
  );
}
