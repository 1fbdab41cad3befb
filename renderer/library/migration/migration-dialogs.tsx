/** The dialogs of moving in, mounted once for the whole app: choosing an export, its preview, and an import's report. */
import { ImportChooserDialog } from './import-chooser-dialog.tsx';
import { PreviewDialog } from './preview-dialog.tsx';
import { ReportDialog } from './report-dialog.tsx';

export function MigrationDialogs() {
  return (
    <>
      <ImportChooserDialog />
      <PreviewDialog />
      <ReportDialog />
    </>
  );
}
