'use strict';
// The FaceScribe page: plain DOM, no dependencies, served by the same server as the API (no inline script:
// the page's Content-Security-Policy forbids it). Every text from the server is set with textContent.
(function () {
  const CAPTIONS = 3;
  const SENSITIVE = new Set(['Attractive']);
  const $ = (id) => document.getElementById(id);
  const state = { blob: null, url: null, seed: 0, busy: false };

  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (k === 'class') e.className = v; else e.setAttribute(k, v);
    }
    for (const c of children) e.append(c instanceof Node ? c : document.createTextNode(String(c)));
    return e;
  }
  const svg = (tag, attrs) => {
    const e = document.createElementNS('http://www.w3.org/2000/svg', tag);
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
    return e;
  };
  const pct = (x) => Math.round(100 * x) + '%';

  function status(text, isError) {
    const s = $('status');
    s.textContent = text;
    s.classList.toggle('error', !!isError);
  }

  async function call(path, params) {
    const headers = { 'Content-Type': state.blob.type && state.blob.type.startsWith('image/') ? state.blob.type : 'application/octet-stream' };
    const key = $('key').value.trim();
    if (key) headers.Authorization = 'Bearer ' + key;
    const res = await fetch(path + '?' + new URLSearchParams(params), { method: 'POST', headers, body: state.blob });
    let body = null;
    try { body = await res.json(); } catch (e) { body = null; }
    if (!res.ok) {
      if (res.status === 401) { $('key-box').hidden = false; $('key-box').open = true; }
      const wait = res.headers.get('Retry-After');
      throw new Error((body && body.message ? body.message : 'the server answered ' + res.status)
        + (wait ? ' (try again in ' + wait + ' s)' : ''));
    }
    return body;
  }

  function options() {
    const o = {
      captions: CAPTIONS, seed: state.seed, realizer: $('realizer').value,
      'no-sensitive': $('no-sensitive').checked, long: $('long').checked,
    };
    const mine = $('style-captions').value.trim();
    if (mine) o['style-captions'] = mine;
    return o;
  }

  async function describe() {
    if (!state.blob || state.busy) return;
    state.busy = true;
    $('another').disabled = true;
    status('Looking at the photo…');
    try {
      const d = await call('/v1/describe', options());
      render(d);
      const n = d.faces.length;
      status(n === 0 ? 'No face found in this photo.' : (n === 1 ? 'One face found.' : n + ' faces found.'));
    } catch (e) {
      status(e.message, true);
    } finally {
      state.busy = false;
      $('another').disabled = false;
    }
  }

  function altText(d) {
    if (d.faces.length === 0) return 'The chosen photo; FaceScribe found no face in it.';
    if (d.photo && d.photo.captions.length) return 'Photo. ' + d.photo.captions[0].text;
    const first = d.faces.map((f, i) => (d.faces.length > 1 ? 'Face ' + (i + 1) + ': ' : '')
      + (f.captions.length ? f.captions[0].text : f.gender.label));
    return 'Photo. ' + first.join(' ');
  }

  function render(d) {
    $('result').hidden = false;
    $('qa').hidden = false;
    const img = $('photo');
    img.alt = altText(d);
    $('photo-caption').textContent = d.width + ' × ' + d.height + ' px, ' + (d.format || 'image') + ', '
      + d.faces.length + (d.faces.length === 1 ? ' face' : ' faces') + ', ' + d.millis + ' ms';
    const boxes = $('boxes');
    boxes.replaceChildren();
    boxes.setAttribute('viewBox', '0 0 ' + d.width + ' ' + d.height);
    d.faces.forEach((f, i) => {
      const b = f.box;
      boxes.append(svg('rect', { x: b.x, y: b.y, width: b.width, height: b.height, 'data-face': i + 1 }));
      const label = svg('text', { x: b.x, y: Math.max(16, b.y - 6) });
      label.textContent = String(i + 1);
      boxes.append(label);
    });
    const faces = $('faces');
    const parts = d.faces.map((f, i) => face(f, i));
    if (d.photo && d.photo.captions.length) parts.unshift(wholePhoto(d.photo.captions));
    faces.replaceChildren(...parts);
  }

  function measure(name, value, confidence) {
    return [el('dt', {}, name), el('dd', {}, value),
      el('dd', { class: 'bar' }, el('meter', { min: 0, max: 1, value: confidence, title: pct(confidence) + ' confident',
        'aria-label': name + ' confidence ' + pct(confidence) }), ' ', pct(confidence))];
  }

  function captionList(captions) {
    return el('ol', { class: 'captions' }, ...captions.map((c) => {
      const ok = c.guard.missing.length === 0 && c.guard.invented.length === 0;
      const guard = ok ? 'guard: grounded, nothing missing or invented'
        : 'guard: ' + [c.guard.missing.length ? 'missing ' + c.guard.missing.join(', ') : '',
          c.guard.invented.length ? 'invented ' + c.guard.invented.join(', ') : ''].filter(Boolean).join('; ');
      return el('li', {}, el('span', { class: 'caption-text' }, c.text),
        el('span', { class: 'guard ' + (ok ? 'ok' : 'bad') }, guard + ' · by ' + c.realizer + ' · seed ' + c.seed
          + (c.fallback ? ' · fell back: ' + c.fallback : '')));
    }));
  }

  // a photo of two people or more: one caption of everyone, left to right, before the faces one by one
  function wholePhoto(captions) {
    const list = captionList(captions);
    list.id = 'photo-captions';
    return el('article', { class: 'face whole-photo', 'aria-labelledby': 'whole-photo-heading' },
      el('h3', { id: 'whole-photo-heading' }, 'The whole photo'), list);
  }

  function face(f, i) {
    const sensitive = !$('no-sensitive').checked;
    const dl = el('dl', { class: 'measure' });
    dl.append(...measure('Gender', f.gender.label, f.gender.confidence));
    dl.append(...measure('Age', 'about ' + Math.round(f.age.years) + ' (' + Math.round(f.age.low) + '–'
      + Math.round(f.age.high) + ')', f.age.confidence));
    dl.append(...measure('Emotion', f.emotion.dominant, f.emotion.confidence));
    if (sensitive) dl.append(...measure('Ethnicity', f.ethnicity.label, f.ethnicity.confidence));
    const captions = captionList(f.captions);
    const attrs = Object.entries(f.attributes || {})
      .filter(([k]) => sensitive || !SENSITIVE.has(k))
      .sort((a, b) => b[1] - a[1]);
    const attributes = el('details', {}, el('summary', {}, 'Attributes (' + attrs.length + ')'),
      el('ul', { class: 'attributes' }, ...attrs.map(([k, v]) => el('li', {},
        el('span', {}, k.replace(/_/g, ' ')),
        el('meter', { min: 0, max: 1, value: v, title: pct(v), 'aria-label': k.replace(/_/g, ' ') + ' ' + pct(v) })))));
    return el('article', { class: 'face', 'aria-labelledby': 'face-' + (i + 1) },
      el('h3', { id: 'face-' + (i + 1) }, 'Face ' + (i + 1)), dl,
      el('h4', {}, 'Captions'), captions, attributes);
  }

  async function ask(event) {
    event.preventDefault();
    const q = $('question').value.trim();
    const out = $('answer');
    if (!q || !state.blob) return;
    $('ask').disabled = true;
    out.replaceChildren(el('p', {}, 'Thinking…'));
    try {
      const r = await call('/v1/ask', { q });
      const a = r.answer;
      const parts = [el('p', { class: 'answer-text' }, a.text)];
      if (a.supported) {
        parts.push(el('p', {}, el('meter', { min: 0, max: 1, value: a.confidence, 'aria-label': 'confidence ' + pct(a.confidence) }),
          ' ' + pct(a.confidence) + ' confident (' + a.topic + ')'));
      }
      out.replaceChildren(...parts);
    } catch (e) {
      out.replaceChildren(el('p', { class: 'error' }, e.message));
    } finally {
      $('ask').disabled = false;
    }
  }

  function choose(file) {
    if (!file) return;
    if (state.url) URL.revokeObjectURL(state.url);
    state.blob = file;
    state.url = URL.createObjectURL(file);
    state.seed = 0;
    $('photo').alt = 'The chosen photo, being analysed';
    $('photo').src = state.url;
    $('answer').replaceChildren();
    describe();
  }

  async function search(e) {
    e.preventDefault();
    const query = $('search-query').value.trim();
    const out = $('search-hits');
    const note = $('search-status');
    if (!query) return;
    note.textContent = 'Searching…';
    note.classList.remove('error');
    const headers = { 'Content-Type': 'application/json' };
    const key = $('key').value.trim();
    if (key) headers.Authorization = 'Bearer ' + key;
    try {
      const res = await fetch('/v1/search', { method: 'POST', headers, body: JSON.stringify({ query, top: 12 }) });
      const body = await res.json();
      if (!res.ok) throw new Error(body && body.message ? body.message : 'the server answered ' + res.status);
      note.textContent = body.hits.length + ' best of ' + body.faces + ' faces (' + body.millis + ' ms)'
        + (body.notes.length ? '; ' + body.notes.join('; ') : '');
      out.replaceChildren(...body.hits.map(hit));
    } catch (err) {
      note.textContent = err.message;
      note.classList.add('error');
    }
  }

  function hit(h) {
    const name = h.image.split('/').pop();
    const stage = el('div', { class: 'stage' });
    if (h.thumbnail) {
      const img = el('img', { alt: 'face ' + (h.face + 1) + ' of ' + name });
      const box = svg('svg', { class: 'boxes', 'aria-hidden': 'true', preserveAspectRatio: 'none' });
      img.addEventListener('load', () => {
        box.setAttribute('viewBox', '0 0 ' + img.naturalWidth + ' ' + img.naturalHeight);
        box.append(svg('rect', { x: h.box.x, y: h.box.y, width: h.box.width, height: h.box.height, class: 'box' }));
      });
      img.src = h.thumbnail;
      stage.append(img, box);
    } else {
      stage.append(el('p', { class: 'missing' }, 'file missing'));
    }
    const said = (list) => list.map((m) => m.said + ' ' + (m.probability == null ? '(not measured)' : pct(m.probability))).join(', ');
    const why = el('figcaption', {}, el('strong', {}, name + ' · ' + h.score.toFixed(3)));
    if (h.matched.length) why.append(el('span', { class: 'matched' }, 'matched: ' + said(h.matched)));
    if (h.missed.length) why.append(el('span', { class: 'missed' }, 'missed: ' + said(h.missed)));
    return el('figure', { class: 'hit' }, stage, why);
  }

  async function health() {
    try {
      const h = await (await fetch('/v1/health')).json();
      if ((h.realizers || []).includes('llm')) {
        const o = $('realizer').querySelector('option[value=llm]');
        o.disabled = false;
        o.textContent = 'an LLM';
      }
      if (h.search) $('search').hidden = false;
      if (h.status === 'starting') status('The server is loading the face networks; choose a photo in a few seconds.');
    } catch (e) { /* the page still works; errors show on the first request */ }
  }

  document.addEventListener('DOMContentLoaded', () => {
    $('file').addEventListener('change', (e) => choose(e.target.files[0]));
    const drop = $('drop');
    drop.addEventListener('dragover', (e) => { e.preventDefault(); drop.classList.add('over'); });
    drop.addEventListener('dragleave', () => drop.classList.remove('over'));
    drop.addEventListener('drop', (e) => {
      e.preventDefault();
      drop.classList.remove('over');
      choose(e.dataTransfer.files[0]);
    });
    $('another').addEventListener('click', () => { state.seed += CAPTIONS; describe(); });
    for (const id of ['realizer', 'no-sensitive', 'long']) $(id).addEventListener('change', describe);
    $('apply-style').addEventListener('click', describe);
    $('ask-form').addEventListener('submit', ask);
    $('search-form').addEventListener('submit', search);
    health();
  });
}());
