/** Icons only downloads need, drawn like renderer/ui/icons.tsx (24px grid, 1.6 stroke, decorative). */
import { Svg } from '../../ui/icons.tsx';

/** A cloud with an arrow down: a text still out on the web. */
export const CloudDownloadIcon = (p: { class?: string }) => (
  <Svg {...p}>
    <path d="M7 17.5a4.5 4.5 0 0 1-.6-9 6 6 0 0 1 11.4 1.6A3.8 3.8 0 0 1 17.5 17.5" />
    <path d="M12 11v8M9 16.5l3 3 3-3" />
  </Svg>
);
