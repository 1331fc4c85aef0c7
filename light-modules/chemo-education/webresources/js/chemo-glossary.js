/*
 * chemo-education: glossary term pop-ups.
 *
 * Enhances the inline terms that chemofn marks in article text:
 *   <a class="chemo-term" href="…#term-x" aria-describedby="ID">word</a>
 *   <span class="chemo-term__definition" id="ID" role="tooltip" hidden>definition</span>
 * The definition is shown next to the term on mouse hover and on keyboard focus (WCAG 2.2 SC 1.4.13):
 *   - hoverable: it stays open while the pointer is over the term or over the pop-up;
 *   - dismissible: Escape closes it without moving focus (and closes nothing else);
 *   - persistent: no timeout; it closes when pointer and focus have both left, or on Escape.
 * Touch: the first tap shows the definition, a second tap follows the link to the glossary page.
 * Without JavaScript the term is a plain link to the glossary page and the definition stays hidden.
 * Screen readers get the definition once, as the term's description (aria-describedby); the visible
 * pop-up is aria-hidden so reading the paragraph does not read it a second time.
 *
 * Plain ES2017, no dependencies, no build step. Loaded with <script defer> by the page templates.
 */
(function () {
  'use strict';

  const TERM = '.chemo-term[aria-describedby]';
  const DEFINITION = 'chemo-term__definition';
  const OPEN = 'chemo-term--open';
  const HIDE_DELAY = 300;   // ms: time to move the pointer from the term onto the pop-up
  const GAP = 6;            // px between the term and the pop-up
  const EDGE = 8;           // px kept free at the viewport edges
  const TAP_WINDOW = 1500;  // ms: a click this soon after a touch pointerdown counts as that tap

  // The open pop-up, or null. Only one is open at a time.
  let open = null;          // {term, popup, overTerm, overPopup}
  let hideTimer = 0;
  let lastDown = null;      // {type, term, wasOpen, time} of the latest pointerdown
  let frame = 0;

  function asElement(node) {
    return node instanceof Element ? node : null;
  }

  function termOf(node) {
    const element = asElement(node);
    const term = element && element.closest(TERM);
    return term && popupOf(term) ? term : null;
  }

  // The definition element a term points at (aria-describedby may list other ids too).
  function popupOf(term) {
    const ids = (term.getAttribute('aria-describedby') || '').split(/\s+/);
    for (const id of ids) {
      const element = id && document.getElementById(id);
      if (element && element.classList.contains(DEFINITION)) {
        return element;
      }
    }
    return null;
  }

  function cancelHide() {
    window.clearTimeout(hideTimer);
    hideTimer = 0;
  }

  function show(term) {
    cancelHide();
    if (open && open.term === term) {
      return;
    }
    hide();
    const popup = popupOf(term);
    if (!popup) {
      return;
    }
    popup.setAttribute('aria-hidden', 'true');
    popup.hidden = false;
    term.classList.add(OPEN);
    open = {term: term, popup: popup, overTerm: false, overPopup: false};
    place(open);
  }

  function hide() {
    cancelHide();
    if (!open) {
      return;
    }
    const {term, popup} = open;
    open = null;
    popup.hidden = true;
    popup.removeAttribute('aria-hidden');
    popup.style.left = '';
    popup.style.top = '';
    popup.style.maxWidth = '';
    delete popup.dataset.chemoPlacement;
    term.classList.remove(OPEN);
  }

  function hideSoon() {
    cancelHide();
    hideTimer = window.setTimeout(hide, HIDE_DELAY);
  }

  function focusVisible(element) {
    try {
      return element.matches(':focus-visible');
    } catch (e) {
      return document.activeElement === element;
    }
  }

  // Close once neither the pointer nor keyboard focus is on the term or the pop-up.
  function hideUnlessInUse() {
    if (open && !open.overTerm && !open.overPopup && !focusVisible(open.term)) {
      hideSoon();
    }
  }

  // Below the term (above when there is no room below), left-aligned with it, kept inside the viewport.
  function place(state) {
    const {term, popup} = state;
    const viewWidth = document.documentElement.clientWidth;   // without the scrollbar, unlike 100vw
    const viewHeight = document.documentElement.clientHeight;
    popup.style.maxWidth = 'min(22rem, ' + Math.max(0, viewWidth - 2 * EDGE) + 'px)';
    popup.style.left = '0px';
    popup.style.top = '0px';
    // Where (0, 0) of the pop-up's containing block is on screen, whatever ancestor that is.
    const origin = popup.getBoundingClientRect();
    const width = origin.width;
    const height = origin.height;
    const lines = term.getClientRects();
    const first = lines.length ? lines[0] : term.getBoundingClientRect();
    const box = term.getBoundingClientRect();

    let top = box.bottom + GAP;
    let placement = 'below';
    if (top + height > viewHeight - EDGE && box.top - GAP - height >= EDGE) {
      top = box.top - GAP - height;
      placement = 'above';
    }
    let left = Math.min(first.left, viewWidth - EDGE - width);
    left = Math.max(EDGE, left);

    popup.style.left = Math.round(left - origin.left) + 'px';
    popup.style.top = Math.round(top - origin.top) + 'px';
    popup.dataset.chemoPlacement = placement;
  }

  function replaceSoon() {
    if (!open || frame) {
      return;
    }
    frame = window.requestAnimationFrame(function () {
      frame = 0;
      if (open) {
        place(open);
      }
    });
  }

  // ---- Pointer: hover with mouse or pen; touch is handled on click ----
  function onPointerEnter(event) {
    if (event.pointerType === 'touch') {
      return;
    }
    const target = event.target;
    if (open && target === open.popup) {
      open.overPopup = true;
      cancelHide();
      return;
    }
    const term = asElement(target) && target.matches(TERM) ? termOf(target) : null;
    if (term) {
      show(term);
      if (open && open.term === term) {
        open.overTerm = true;
      }
    }
  }

  function onPointerLeave(event) {
    if (event.pointerType === 'touch' || !open) {
      return;
    }
    if (event.target === open.term) {
      open.overTerm = false;
    } else if (event.target === open.popup) {
      open.overPopup = false;
    } else {
      return;
    }
    hideUnlessInUse();
  }

  function onPointerDown(event) {
    const term = termOf(event.target);
    lastDown = {
      type: event.pointerType,
      term: term,
      wasOpen: Boolean(term && open && open.term === term),
      time: Date.now()
    };
    // A tap or click anywhere else closes the pop-up.
    if (open && !open.term.contains(event.target) && !open.popup.contains(event.target)) {
      hide();
    }
  }

  function onClick(event) {
    const term = termOf(event.target);
    if (!term || !lastDown || lastDown.term !== term || Date.now() - lastDown.time > TAP_WINDOW) {
      return;
    }
    if (lastDown.type !== 'touch' && lastDown.type !== 'pen') {
      return;
    }
    if (!lastDown.wasOpen) {
      // First tap: show the definition instead of leaving the page.
      event.preventDefault();
      show(term);
    } else if (term.tagName !== 'A') {
      // Second tap on a term without a glossary page: close it again.
      hide();
    }
    // Second tap on a link: the browser follows it.
  }

  // ---- Keyboard ----
  function onFocusIn(event) {
    const term = termOf(event.target);
    if (term && event.target === term) {
      show(term);
    }
  }

  function onFocusOut(event) {
    if (open && event.target === open.term && !open.overTerm && !open.overPopup) {
      hide();
    }
  }

  function onKeyDown(event) {
    if (!open || (event.key !== 'Escape' && event.key !== 'Esc')) {
      return;
    }
    // Close the pop-up only: focus stays on the term, and no dialog or menu of the page sees this Escape.
    hide();
    event.preventDefault();
    event.stopImmediatePropagation();
  }

  function init() {
    if (!document.querySelector(TERM)) {
      return;
    }
    // Delegated to the document; pointerenter/leave do not bubble, so they are caught in the capture phase.
    document.addEventListener('pointerenter', onPointerEnter, true);
    document.addEventListener('pointerleave', onPointerLeave, true);
    document.addEventListener('pointerdown', onPointerDown, true);
    document.addEventListener('click', onClick);
    document.addEventListener('focusin', onFocusIn);
    document.addEventListener('focusout', onFocusOut);
    window.addEventListener('keydown', onKeyDown, true);
    window.addEventListener('resize', replaceSoon, {passive: true});
    window.addEventListener('scroll', replaceSoon, {passive: true, capture: true});
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
}());
