/** `?`: every registered shortcut, the front view's first, straight from the registry so it never drifts. */
import { groupedShortcuts } from '../app/shortcuts.ts';
import { Dialog } from './dialog.tsx';
import { Keycaps } from './keycaps.tsx';
import { helpOpen } from './overlay-state.ts';
import './shortcut-help.css';

export function ShortcutHelp() {
  const close = () => (helpOpen.value = false);
  return (
    <Dialog open={helpOpen.value} onClose={close} title="Keyboard shortcuts" class="help-dialog">
      <div class="help-groups">
        {groupedShortcuts().map((group) => (
          <section key={group.title} class="help-group" aria-labelledby={`help-${group.title}`}>
            <h3 id={`help-${group.title}`} class="help-group-title">
              {group.title}
            </h3>
            <dl class="help-list">
              {group.items.map((shortcut) => (
                <div key={shortcut.id} class="help-row">
                  <dt>{shortcut.description}</dt>
                  <dd>
                    <Keycaps keys={shortcut.keys} />
                  </dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
      <div class="dialog-actions">
        <button type="button" class="btn" onClick={close} data-autofocus>
          Close
        </button>
      </div>
    </Dialog>
  );
}
