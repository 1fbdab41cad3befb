/** The library: the sidebar at the side; header and filters above, the virtualized list (or a plain empty state) below. */
import { useEffect } from 'preact/hooks';
import { AlertIcon } from '../ui/icons.tsx';
import { ArticleList } from './article-list.tsx';
import { ImportFailures } from './import/import-failures.tsx';
import { RenameDialog } from './rename-dialog.tsx';
import { SaveSearchDialog } from './save-search-dialog.tsx';
import { Sidebar } from './sidebar/sidebar.tsx';
import { BulkBar } from './selection/bulk-bar.tsx';
import { clearSelectionOnNewList } from './selection/selection-store.ts';
import { TagPicker } from './tag-picker/tag-picker.tsx';
import { EmptyState } from './empty-state.tsx';
import { LibraryHeader } from './library-header.tsx';
import { PendingSection } from '../web-capture/pending-section.tsx';
import { DownloadsBanner } from './migration/downloads-banner.tsx';
import { listError, refreshSoon, total } from './library-store.ts';
import './library-header.css';
import './library-list.css';
import './article-row.css';
import './library-empty.css';

export function LibraryView() {
  const count = total.value;
  useEffect(() => {
    document.title = 'Lectern';
  }, []);
  useEffect(() => clearSelectionOnNewList(), []);
  return (
    <div class="library has-sidebar">
      <Sidebar />
      <div class="library-column">
        <LibraryHeader />
        <main id="main" class="library-main" tabIndex={-1}>
          {listError.value && (
            <div class="list-error" role="alert">
              <AlertIcon />
              <span>Lectern could not load the list: {listError.value}</span>
              <button type="button" class="btn" onClick={refreshSoon}>
                Try again
              </button>
            </div>
          )}
          <ImportFailures />
          <PendingSection />
          <DownloadsBanner />
          {count === 0 ? <EmptyState /> : count === null ? null : <ArticleList />}
          <BulkBar />
        </main>
      </div>
      <RenameDialog />
      <SaveSearchDialog />
      <TagPicker />
    </div>
  );
}
