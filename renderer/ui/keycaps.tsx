/**
 * Shows shortcut chords as keycaps: ["Mod+K", "Ctrl+P"] → [Ctrl][K] or [Ctrl][P]. A chord with a space between
 * keys ("g n") is a sequence, pressed one after the other: [G] then [N].
 */
import { chordLabels } from '../app/shortcut-keys.ts';
import { isMac } from '../app/platform.ts';

function steps(chord: string): string[] {
  const parts = chord.trim().split(/\s+/);
  return chord.trim() === '' || parts.length < 2 ? [chord] : parts;
}

export function Keycaps({ keys }: { keys: string[] }) {
  return (
    <span class="kbd-group">
      {keys.map((chord, i) => (
        <span key={chord} class="kbd-group">
          {i > 0 && <span class="kbd-or">or</span>}
          {steps(chord).map((step, n) => (
            <span key={n} class="kbd-group">
              {n > 0 && <span class="kbd-or">then</span>}
              {chordLabels(step, isMac).map((label) => (
                <kbd key={label} class="kbd">
                  {label}
                </kbd>
              ))}
            </span>
          ))}
        </span>
      ))}
    </span>
  );
}
