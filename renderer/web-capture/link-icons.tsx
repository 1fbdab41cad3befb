/** Icons only saving from the web needs, drawn like renderer/ui/icons.tsx (24px grid, 1.6 stroke, decorative). */
import { Svg } from '../ui/icons.tsx';

export const LinkIcon = (p: { class?: string }) => (
  <Svg {...p}>
    <path d="M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1 1" />
    <path d="M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1" />
  </Svg>
);

export const RetryIcon = (p: { class?: string }) => (
  <Svg {...p}>
    <path d="M19.5 12a7.5 7.5 0 1 1-2.2-5.3" />
    <path d="M19.5 4.5v4h-4" />
  </Svg>
);
