// The member's reading settings: language (中文 / English) and 大字版 (large text), chosen
// with the two buttons in the top bar and remembered on this device. A classic script in
// <head>, so the choice is applied before the page is first drawn and before the widget
// bundle (a module) runs: the widgets start in the right locale and theme and load once.
//
// What a site does for the widgets is two attributes on its <pb-config> elements:
// locale="en" and theme="large-text". The rest is the portal's own: its text, its sizes
// (html[data-text-size="large"] in portal.css), the date.
(function () {
  'use strict';
  var KEY = 'qingshan-portal-prefs';
  var english = self.portalEnglish || {};

  function load() {
    try {
      var saved = JSON.parse(localStorage.getItem(KEY) || '{}');
      return { lang: saved.lang === 'en' ? 'en' : 'zh-CN', large: saved.large === true };
    } catch (error) {
      // Storage blocked (private mode, a strict policy): the defaults, not remembered.
      return { lang: 'zh-CN', large: false };
    }
  }

  function save(prefs) {
    try {
      localStorage.setItem(KEY, JSON.stringify(prefs));
    } catch (error) {
      // Not remembered, still applied to this page.
    }
  }

  var prefs = load();
  var root = document.documentElement;

  // Before the first paint: the page's language and text size are on <html> for the CSS.
  function applyToRoot() {
    root.lang = prefs.lang;
    if (prefs.large) root.setAttribute('data-text-size', 'large');
    else root.removeAttribute('data-text-size');
  }
  applyToRoot();

  // The portal's text: each text node and labelled attribute keeps its Chinese original and
  // shows the English of it (portal-en.js) when the member reads in English.
  var originals = new WeakMap();
  var ATTRIBUTES = ['aria-label', 'title', 'placeholder'];

  function translated(original) {
    if (prefs.lang !== 'en') return original;
    var key = original.trim();
    return Object.prototype.hasOwnProperty.call(english, key) ? original.replace(key, english[key]) : original;
  }

  function isWidget(element) {
    return /^pb-/.test(element.localName) && element.localName !== 'pb-config';
  }

  function translate() {
    var walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT, {
      acceptNode: function (node) {
        // Widgets speak for themselves (locale; <pb-config> only wraps the portal's own
        // panels); what is marked data-no-translate is set elsewhere.
        if (node.nodeType === 1) return isWidget(node) || /^script$|^style$/i.test(node.localName) || node.hasAttribute('data-no-translate') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_SKIP;
        return node.nodeValue.trim() ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP;
      },
    });
    for (var node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!originals.has(node)) originals.set(node, node.nodeValue);
      node.nodeValue = translated(originals.get(node));
    }
    var labelled = document.querySelectorAll('[' + ATTRIBUTES.join('],[') + ']');
    for (var i = 0; i < labelled.length; i++) {
      for (var j = 0; j < ATTRIBUTES.length; j++) {
        var name = ATTRIBUTES[j];
        var element = labelled[i];
        if (!element.hasAttribute(name) || isWidget(element)) continue;
        var stored = 'data-zh-' + name;
        if (!element.hasAttribute(stored)) element.setAttribute(stored, element.getAttribute(name));
        element.setAttribute(name, translated(element.getAttribute(stored)));
      }
    }
    if (!root.hasAttribute('data-zh-title')) root.setAttribute('data-zh-title', document.title);
    document.title = root.getAttribute('data-zh-title').split(' - ').map(translated).join(' - ');
  }

  function showDate() {
    var today = document.querySelector('[data-today]');
    if (!today) return;
    today.textContent = new Intl.DateTimeFormat(prefs.lang, { dateStyle: 'full', timeZone: 'Asia/Shanghai' }).format(new Date());
  }

  // The widgets: every <pb-config> on the page gets the locale and the theme.
  function applyToWidgets() {
    var configs = document.querySelectorAll('pb-config');
    for (var i = 0; i < configs.length; i++) {
      configs[i].setAttribute('locale', prefs.lang);
      if (prefs.large) configs[i].setAttribute('theme', 'large-text');
      else configs[i].removeAttribute('theme');
    }
  }

  // The switches say what they switch to: the other language in its own words, and
  // whether large text is on (aria-pressed).
  function showSwitches() {
    var langs = document.querySelectorAll('[data-switch-lang]');
    for (var i = 0; i < langs.length; i++) {
      langs[i].textContent = prefs.lang === 'en' ? '中文' : 'English';
      langs[i].lang = prefs.lang === 'en' ? 'zh-CN' : 'en';
    }
    var sizes = document.querySelectorAll('[data-switch-text]');
    for (var k = 0; k < sizes.length; k++) sizes[k].setAttribute('aria-pressed', String(prefs.large));
  }

  function applyAll() {
    applyToRoot();
    applyToWidgets();
    translate();
    showSwitches();
    showDate();
  }

  function onClick(event) {
    var target = event.target instanceof Element ? event.target.closest('[data-switch-lang], [data-switch-text]') : null;
    if (!target) return;
    if (target.hasAttribute('data-switch-lang')) prefs.lang = prefs.lang === 'en' ? 'zh-CN' : 'en';
    else prefs.large = !prefs.large;
    save(prefs);
    applyAll();
  }

  // The document is parsed at "interactive", just before the module scripts (the widget
  // bundle among them) run.
  function whenParsed() {
    applyAll();
    document.addEventListener('click', onClick);
  }
  if (document.readyState === 'loading') {
    document.addEventListener('readystatechange', function once() {
      document.removeEventListener('readystatechange', once);
      whenParsed();
    });
  } else {
    whenParsed();
  }

  // Another tab changed the settings: follow it.
  addEventListener('storage', function (event) {
    if (event.key !== KEY) return;
    prefs = load();
    applyAll();
  });
})();
