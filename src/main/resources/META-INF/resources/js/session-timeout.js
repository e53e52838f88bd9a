// The timeout warning (GOV.UK pattern): shortly before a signed-in session ends, a modal dialog says so and offers
// "Stay signed in" (which asks the server, renewing the session cookie) or "Sign out". Focus moves into the dialog and
// the time left is announced to screen readers, each minute and more often near the end. When the time runs out the
// page goes to the sign-in page, which says why. Without this script the page states when the session ends.
// Other tabs of the service share the end time through localStorage, so working in one tab keeps the others open.
const holder = document.querySelector('[data-module="app-session-timeout"]');
const SHARED_KEY = 'vfm-session-ends-at';

if (holder) {
  watch(holder);
}

function watch(holder) {
  const dialog = holder.querySelector('dialog');
  const heading = dialog.querySelector('h2');
  const countdown = dialog.querySelector('.app-timeout-dialog__countdown');
  const announce = dialog.querySelector('.app-timeout-dialog__announce');
  const stay = dialog.querySelector('[data-timeout-action="stay"]');
  const endsText = holder.querySelector('.app-session-timeout__time');
  const warningMs = Number(holder.dataset.warningSeconds) * 1000;
  const csrf = document.querySelector('meta[name="csrf-token"]');
  let endsAt = 0;
  let warnTimer = null;
  let tick = null;
  let lastAnnounced = null;
  let returnFocus = null;

  const schedule = (newEndsAt, share) => {
    endsAt = newEndsAt;
    if (share) {
      try {
        localStorage.setItem(SHARED_KEY, String(endsAt));
      } catch (unavailable) {
        // Private browsing without storage: this tab still warns for itself.
      }
    }
    clearTimeout(warnTimer);
    clearInterval(tick);
    if (dialog.open) {
      dialog.close();
      if (returnFocus && document.contains(returnFocus)) returnFocus.focus();
    }
    warnTimer = setTimeout(warn, Math.max(0, endsAt - warningMs - Date.now()));
  };

  const warn = () => {
    returnFocus = document.activeElement;
    lastAnnounced = null;
    dialog.showModal();
    heading.focus();
    update();
    tick = setInterval(update, 1000);
  };

  const update = () => {
    const left = Math.max(0, Math.ceil((endsAt - Date.now()) / 1000));
    if (left === 0) {
      timedOut();
      return;
    }
    countdown.textContent = words(left);
    // Announced when first shown, each minute, then every 20 seconds in the last minute: not every second.
    const step = left > 60 ? Math.ceil(left / 60) * 60 : Math.ceil(left / 20) * 20;
    if (step !== lastAnnounced) {
      lastAnnounced = step;
      announce.textContent = words(left);
    }
  };

  const timedOut = () => {
    clearInterval(tick);
    const shared = Number(safeRead(SHARED_KEY));
    if (shared > Date.now() + 1000) {
      schedule(shared, false);
      return;
    }
    window.location.href = holder.dataset.timedOutUrl;
  };

  stay.addEventListener('click', async () => {
    try {
      const response = await fetch(holder.dataset.refreshUrl, {
        method: 'POST',
        headers: { Accept: 'application/json', 'X-CSRF-Token': csrf ? csrf.content : '' },
        credentials: 'same-origin',
      });
      if (!response.ok || response.redirected) {
        timedOut();
        return;
      }
      const body = await response.json();
      if (endsText && body.endsAt) endsText.textContent = body.endsAt;
      schedule(Date.now() + body.secondsLeft * 1000, true);
    } catch (offline) {
      announce.textContent = 'Could not reach the service. Check your connection and select Stay signed in again.';
    }
  });

  // Escape means "stay signed in", as in the GOV.UK pattern, rather than closing the warning and letting time run out.
  dialog.addEventListener('cancel', (event) => {
    event.preventDefault();
    stay.click();
  });

  // Another tab renewed the session.
  window.addEventListener('storage', (event) => {
    if (event.key === SHARED_KEY && Number(event.newValue) > endsAt) {
      schedule(Number(event.newValue), false);
    }
  });

  // A request this page made in the background (autosave) renewed the session too.
  document.addEventListener('vfm:session-renewed', () => {
    schedule(Date.now() + Number(holder.dataset.secondsLeft) * 1000, true);
  });

  schedule(Date.now() + Number(holder.dataset.secondsLeft) * 1000, true);
}

function safeRead(key) {
  try {
    return localStorage.getItem(key);
  } catch (unavailable) {
    return null;
  }
}

function words(seconds) {
  if (seconds >= 60) {
    const minutes = Math.ceil(seconds / 60);
    return minutes === 1 ? '1 minute' : minutes + ' minutes';
  }
  return seconds === 1 ? '1 second' : seconds + ' seconds';
}
