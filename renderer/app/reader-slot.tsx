/**
 * Where the reader appears; keyed by article so opening another article starts a fresh reader. An article
 * whose text is not downloaded yet shows its waiting panel instead, until the text arrives.
 */
import { ReaderView } from '../reader/reader-view.tsx';
import { DownloadGate } from '../library/migration/download-gate.tsx';

export function ReaderSlot({ articleId, onBack }: { articleId: string; onBack: () => void }) {
  return (
    <DownloadGate key={articleId} articleId={articleId} onBack={onBack}>
      <ReaderView articleId={articleId} onBack={onBack} />
    </DownloadGate>
  );
}
