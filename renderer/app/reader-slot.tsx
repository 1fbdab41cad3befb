/** Where the reader appears; keyed by article so opening another article starts a fresh reader. */
import { ReaderView } from '../reader/reader-view.tsx';

export function ReaderSlot({ articleId, onBack }: { articleId: string; onBack: () => void }) {
  return <ReaderView key={articleId} articleId={articleId} onBack={onBack} />;
}
