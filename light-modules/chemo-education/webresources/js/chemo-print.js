/*
 * chemo-education: printing and take-home copies of article pages.
 *
 *   - Print view (?view=print): puts a "Print" button in front of the back link of
 *       <p class="chemo-print-tools" data-chemo-print-label="Print this page">…</p>
 *     The button exists only when scripts run (without them, the browser's own print command works the same).
 *   - Page address on paper: when the server printed only the page's path
 *       <span class="chemo-print-footer__url" data-chemo-page-path="/chemotherapy/….html">/chemotherapy/….html</span>
 *     it is completed with this site's origin (no query string, no fragment).
 *   - Links inside the site in related links and sources get their full address in data-chemo-print-url, which
 *     the print stylesheet shows after the link text.
 * Text comes from the page (already translated); it is set with textContent, never as HTML.
 *
 * Plain ES2017, no dependencies, no build step. Loaded with <script defer> by the article page template.
 */
(function () {
  'use strict';

  const TOOLS = '.chemo-print-tools[data-chemo-print-label]';
  const BUTTON = 'chemo-print-tools__button';
  const ADDRESS = '.chemo-print-footer__url[data-chemo-page-path]';
  const SITE_LINKS = '.chemo-related a[href^="/"], .chemo-sources a[href^="/"]';

  // Only a page served over HTTP(S) has an origin worth printing (a saved file's origin is "null").
  function webOrigin() {
    const protocol = window.location.protocol;
    return protocol === 'http:' || protocol === 'https:' ? window.location.origin : '';
  }

  function addPrintButtons() {
    if (typeof window.print !== 'function') {
      return;
    }
    document.querySelectorAll(TOOLS).forEach(function (tools) {
      if (tools.querySelector('.' + BUTTON)) {
        return;
      }
      const button = document.createElement('button');
      button.type = 'button';
      button.className = BUTTON;
      button.textContent = tools.getAttribute('data-chemo-print-label');
      button.addEventListener('click', function () {
        window.print();
      });
      tools.insertBefore(button, tools.firstChild);
    });
  }

  function completeAddresses(origin) {
    document.querySelectorAll(ADDRESS).forEach(function (address) {
      const path = address.getAttribute('data-chemo-page-path') || '';
      // a path on this site: "/x", never "//host/x"
      if (/^\/(?!\/)/.test(path)) {
        address.textContent = origin + path;
      }
    });
  }

  function markSiteLinks(origin) {
    document.querySelectorAll(SITE_LINKS).forEach(function (link) {
      const href = link.getAttribute('href') || '';
      if (/^\/(?!\/)/.test(href)) {
        link.setAttribute('data-chemo-print-url', origin + href);
      }
    });
  }

  function init() {
    addPrintButtons();
    const origin = webOrigin();
    if (origin) {
      completeAddresses(origin);
      markSiteLinks(origin);
    }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
}());
