import type { CaptureOutcome, PendingCapture } from './capture-models.ts';
import type { CaptureService } from './capture-service.ts';

/**
 * The contract methods for saving from the web, ready to spread into createHandlers once
 * contract.ts declares them (articles.addUrls, pending.list, pending.retry, pending.remove).
 * The service is looked up per call, so a reopened library gets a fresh one.
 */
export function captureHandlers(service: () => CaptureService) {
  return {
    'articles.addUrls': ({ urls, wholePage }: { urls: string[]; wholePage?: boolean }): Promise<CaptureOutcome[]> =>
      service().addUrls(urls, { wholePage }),
    'pending.list': (): PendingCapture[] => service().listPending(),
    'pending.retry': ({ id, wholePage }: { id?: string; wholePage?: boolean }): Promise<CaptureOutcome[]> => service().retry({ id, wholePage }),
    'pending.remove': ({ id }: { id: string }): Promise<{ removed: boolean }> => service().remove(id),
  };
}
