// Progressive autosave: a form with data-autosave="true" is posted to its own address with fetch a moment after the
// user stops typing, carrying the version it was based on. The page works fully without this script.
const DELAY_MS = 2000;

for (const form of document.querySelectorAll('form[data-autosave="true"]')) {
  enableAutosave(form);
}

function enableAutosave(form) {
  const status = form.querySelector('.app-autosave-status');
  const version = form.querySelector('input[name="version"]');
  let timer = null;
  let saving = false;
  let stopped = false;

  const show = (text) => {
    if (status) status.textContent = text;
  };

  const save = async () => {
    if (saving || stopped) return;
    saving = true;
    try {
      const response = await fetch(form.action, {
        method: 'POST',
        headers: { Accept: 'application/json', 'Content-Type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams(new FormData(form)),
        credentials: 'same-origin',
      });
      const body = await response.json().catch(() => ({}));
      if (response.ok && body.status === 'saved') {
        version.value = body.version;
        show('Saved ' + body.savedAt);
      } else if (response.status === 409) {
        stopped = true;
        show('Someone else has saved this step. Select "Save and continue" to see both versions and choose.');
      } else if (response.status === 422) {
        show('Not saved: select "Save and continue" to see what needs correcting.');
      } else {
        show('Not saved automatically. Your answers are saved when you select "Save and continue".');
      }
    } catch (e) {
      show('Not saved automatically. Your answers are saved when you select "Save and continue".');
    } finally {
      saving = false;
    }
  };

  const schedule = () => {
    if (stopped) return;
    clearTimeout(timer);
    show('Not saved yet');
    timer = setTimeout(save, DELAY_MS);
  };

  form.addEventListener('input', schedule);
  form.addEventListener('change', schedule);
  form.addEventListener('submit', () => clearTimeout(timer));
}
