/** Shows shortcut chords as keycaps: ["Mod+K", "Ctrl+P"] → [Ctrl][K] or [Ctrl][P]. */
import { chordLabels } from '../app/shortcut-keys.ts';
import { isMac } from '../app/platform.ts';

export function Keycaps({ keys }: { keys: string[] }) {
  return (
    <span class="kbd-group">
      {keys.map((chord, i) => (
        <span key={chord} class="kbd-group">
          {i > 0 && <span class="kbd-or">or</span>}
          {chordLabels(chord, isMac).map((label) => (
            <kbd key={label} class="kbd">
              {label}
            </kbd>
          ))}
        </span>
      ))}
    </span>
  );
}
