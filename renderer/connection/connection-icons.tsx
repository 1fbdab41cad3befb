/** The browser connection's icon, drawn like renderer/ui/icons.tsx (24px grid, 1.6 stroke, decorative). */
import { Svg } from '../ui/icons.tsx';

/** A browser window with a small arrow into it: saving from the browser. */
export const BrowserIcon = (p: { class?: string }) => (
  <Svg {...p}>
    <rect x="3" y="4.5" width="18" height="15" rx="2" />
    <path d="M3 8.5h18" />
    <path d="M12 11.5v5M9.5 14l2.5 2.5 2.5-2.5" />
  </Svg>
);
