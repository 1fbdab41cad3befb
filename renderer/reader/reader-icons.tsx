/** The reader bar's icons: 20px line drawings in currentColor, hidden from screen readers (buttons carry labels). */
import type { JSX } from 'preact';
import { Svg } from '../ui/icons.tsx';

function Icon({ children }: { children: JSX.Element | JSX.Element[] }) {
  return (
    <Svg baseClass="reader-icon" size={20} strokeWidth={1.7}>
      {children}
    </Svg>
  );
}

export const BackIcon = () => (
  <Icon>
    <path d="M15 5l-7 7 7 7" />
  </Icon>
);

export const TypeIcon = () => (
  <Icon>
    <path d="M3 18l5-12 5 12M4.8 14h6.4" />
    <path d="M15.5 11.5c.6-.9 1.6-1.4 2.7-1.4 1.7 0 2.8 1 2.8 2.7V18m0-3.6c-.8-.4-1.7-.6-2.6-.6-1.6 0-2.9.8-2.9 2.2 0 1.2 1 2 2.3 2 1.4 0 2.6-.8 3.2-1.9" />
  </Icon>
);

export const ArchiveIcon = () => (
  <Icon>
    <rect x="3" y="4" width="18" height="5" rx="1.2" />
    <path d="M5 9v9.5A1.5 1.5 0 0 0 6.5 20h11a1.5 1.5 0 0 0 1.5-1.5V9M10 13h4" />
  </Icon>
);

export const StarIcon = ({ filled }: { filled: boolean }) => (
  <Icon>
    <path
      d="M12 3.8l2.5 5.1 5.6.8-4 3.9 1 5.6-5.1-2.7-5 2.7.9-5.6-4-3.9 5.6-.8z"
      fill={filled ? 'currentColor' : 'none'}
    />
  </Icon>
);

export const NotesIcon = () => (
  <Icon>
    <rect x="3.5" y="4" width="17" height="16" rx="2" />
    <path d="M14.5 4v16M16.8 8.5h1.6M16.8 11.5h1.6" />
  </Icon>
);

export const CloseIcon = () => (
  <Icon>
    <path d="M6 6l12 12M18 6L6 18" />
  </Icon>
);
