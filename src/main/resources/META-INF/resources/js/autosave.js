// Progressive autosave: a form with data-autosave="true" is posted to its own address with fetch a moment after the
// user stops typing, carrying the versions it was based on (the step's, and each answer's in hidden fields); a save
// answers with their new values, which the script writes back into the form. The page works fully without this script.
const DELAY_MS = 2000;

for (const form of document.querySelectorAll('form[data-autosave="true"]')) {
  enableAutosave(form);
}

function enableAutosave(form) {
  const status = form.querySelector('.app-autosave-status');
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
        for (const [name, value] of Object.entries(body.fields || {})) {
          const field = form.elements.namedItem(name);
          if (field) field.value = value;
        }
        show('Saved ' + body.savedAt);
        document.dispatchEvent(new CustomEvent('vfm:session-renewed'));
      } else if (response.status === 409) {
        stopped = true;
        show('Someone else has saved an answer you changed. Select "Save and continue" to see both versions and choose.');
      } else if (response.status === 422) {
        const first = (body.errors || [])[0];
        show('Not saved: ' + (first ? first.message + '. ' : '') + 'Select "Save and continue" to see what needs correcting.');
      } else if (response.status === 413) {
        show('Not saved: ' + (body.message || 'what you typed is too long to save.'));
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
