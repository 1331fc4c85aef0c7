/*
 * chemo-education: glossary search as you type.
 *
 * Enhances the glossary's search form, which works without JavaScript (a GET of the glossary page with ?q=, whose
 * results the server renders):
 *   <form data-chemo-glossary-search="RESULTS-ID" action="…/glossary.html"> <input name="q"> … </form>
 *   <div id="RESULTS-ID" aria-live="polite"> server-rendered results </div>
 * While the reader types (a pause of 300 ms, 2 letters or more) it fetches that same page with ?q= and puts its
 * results region in place of this one, so the results are the server's, in the page's language, escaped by the
 * template. The address bar follows (history.replaceState), so a result list can be bookmarked or shared. Submitting
 * the form still loads the page as without JavaScript. Failures leave the form as it is.
 *
 * Plain ES2017, no dependencies, no build step. Loaded with <script defer> by the glossary page template.
 */
(function () {
  'use strict';

  const PAUSE = 300;     // ms after the last key before searching
  const MIN_LENGTH = 2;  // the server ignores shorter text

  function enhance(form) {
    const results = document.getElementById(form.getAttribute('data-chemo-glossary-search'));
    const input = form.querySelector('input[name="q"]');
    if (!results || !input || !window.fetch || !window.DOMParser) {
      return;
    }
    let timer = null;
    let latest = 0;

    input.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(search, PAUSE);
    });

    function search() {
      const text = input.value.trim();
      if (text.length > 0 && text.length < MIN_LENGTH) {
        return;
      }
      const url = new URL(form.action, window.location.href);
      if (text) {
        url.searchParams.set('q', text);
      }
      const request = ++latest;
      fetch(url.toString(), {credentials: 'same-origin', headers: {'Accept': 'text/html'}})
        .then(function (response) {
          return response.ok ? response.text() : Promise.reject(response.status);
        })
        .then(function (html) {
          if (request !== latest) {
            return; // an older answer arriving after a newer one
          }
          const page = new DOMParser().parseFromString(html, 'text/html');
          const fresh = page.getElementById(results.id);
          if (fresh) {
            results.innerHTML = fresh.innerHTML;
            window.history.replaceState(null, '', url.toString());
          }
        })
        .catch(function () {
          // leave the form as it is: submitting it still works
        });
    }
  }

  function start() {
    document.querySelectorAll('form[data-chemo-glossary-search]').forEach(enhance);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
