// The embedding demo page (embedding.html): drives one explorer through its public API and logs the
// events every explorer on the page fires. No inline script is needed: this file is loaded with defer.
(function () {
  'use strict';

  var explorer = document.getElementById('main-explorer');
  var log = document.getElementById('event-log');
  var claimSelect = document.getElementById('claim-select');
  var topicSelect = document.getElementById('topic-select');
  var openButton = document.getElementById('open-claim');
  var MAX_LOG = 50;

  function summarise(type, detail) {
    if (!detail) return '';
    if (type === 'be-ready') return detail.claims + ' claims';
    if (type === 'be-error') return detail.reason + ', ' + (detail.problems || []).length + ' problem(s)';
    if (type === 'be-claim-open') return 'id ' + detail.id;
    if (type === 'be-filter-change') return JSON.stringify(detail.filters) + ' → ' + detail.shown + ' of ' + detail.total;
    return JSON.stringify(detail);
  }

  function record(event) {
    var source = event.target && event.target.id ? '#' + event.target.id : 'an explorer';
    var item = document.createElement('li');
    item.textContent = event.type + ' (' + source + '): ' + summarise(event.type, event.detail);
    log.prepend(item);
    while (log.children.length > MAX_LOG) log.lastElementChild.remove();
  }

  ['be-ready', 'be-error', 'be-claim-open', 'be-filter-change'].forEach(function (type) {
    document.addEventListener(type, record);
  });

  document.getElementById('clear-log').addEventListener('click', function () {
    log.replaceChildren();
  });

  // The claim and topic lists come from the dataset itself (nothing is typed here).
  function option(value, text) {
    var node = document.createElement('option');
    node.value = value;
    node.textContent = text;
    return node;
  }

  fetch('claims.json', { credentials: 'same-origin' })
    .then(function (response) { return response.ok ? response.json() : Promise.reject(new Error(String(response.status))); })
    .then(function (data) {
      claimSelect.replaceChildren.apply(claimSelect, (data.claims || []).map(function (claim) { return option(claim.id, claim.title); }));
      topicSelect.append.apply(topicSelect, (data.topics || []).map(function (topic) { return option(topic.id, topic.label); }));
      claimSelect.disabled = false;
      topicSelect.disabled = false;
      openButton.disabled = false;
    })
    .catch(function () {
      claimSelect.replaceChildren(option('', '(the dataset could not be read)'));
    });

  openButton.addEventListener('click', function () {
    if (claimSelect.value) explorer.openClaim(claimSelect.value);
  });
  document.getElementById('reset').addEventListener('click', function () { explorer.reset(); });
  document.getElementById('reload').addEventListener('click', function () { explorer.reload(); });
  document.getElementById('lang-select').addEventListener('change', function (event) { explorer.lang = event.target.value; });
  topicSelect.addEventListener('change', function (event) { explorer.topic = event.target.value || null; });
  document.getElementById('theme-select').addEventListener('change', function (event) { explorer.theme = event.target.value; });
  document.getElementById('style-select').addEventListener('change', function (event) {
    explorer.classList.toggle('theme-brand', event.target.value === 'theme-brand');
  });
  document.getElementById('editor-toggle').addEventListener('change', function (event) { explorer.editor = event.target.checked; });
}());
