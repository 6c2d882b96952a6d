// Draws an assessment's process diagram with bpmn-js's viewer, marking what each version finished, where it is now
// and the steps a reviewer returned it to. The record's step list, and the history's table of everything that
// happened, say the same in words: until the diagram is drawn (without JavaScript, or when it cannot be) its block
// stays hidden and they stand alone.
(function () {
  'use strict';

  // The marker each list of element ids gets, and the words its elements' titles say.
  const MARKS = [
    { list: 'finished', marker: 'eia-diagram-finished', words: 'finished' },
    { list: 'current', marker: 'eia-diagram-current', words: 'current step' },
    { list: 'returned', marker: 'eia-diagram-returned', words: 'returned to by a reviewer' },
  ];
  const viewers = [];

  function read(url, version) {
    const address = new URL(url, window.location.href);
    if (version) {
      address.searchParams.set('version', String(version));
    }
    return fetch(address, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then((response) => {
        if (!response.ok) {
          throw new Error('The diagram could not be read: ' + response.status);
        }
        return response.json();
      });
  }

  function nameOf(element) {
    const name = element.businessObject && element.businessObject.name;
    if (name && name.trim()) {
      return name.replace(/\s+/g, ' ').trim();
    }
    const kind = element.type.replace(/^bpmn:/, '').replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
    return kind.charAt(0).toUpperCase() + kind.slice(1);
  }

  // An SVG title names the element and its state: a tooltip for a mouse, and the shape's name in the drawing.
  function title(registry, id, states) {
    const graphics = registry.getGraphics(id);
    const text = document.createElementNS('http://www.w3.org/2000/svg', 'title');
    text.textContent = nameOf(registry.get(id)) + ': ' + states.join(', ');
    graphics.insertBefore(text, graphics.firstChild);
  }

  function fit(viewer) {
    const canvas = viewer.get('canvas');
    canvas.resized();
    canvas.zoom('fit-viewport', 'auto');
  }

  async function draw(container, diagram, label) {
    const viewer = new window.BpmnJS({ container, width: '100%', height: '100%' });
    try {
      await viewer.importXML(diagram.bpmnXml);
    } catch (error) {
      viewer.destroy();
      throw error;
    }
    const canvas = viewer.get('canvas');
    const registry = viewer.get('elementRegistry');
    const states = new Map();
    MARKS.forEach((mark) => (diagram[mark.list] || []).forEach((id) => {
      if (registry.get(id)) {
        canvas.addMarker(id, mark.marker);
        states.set(id, (states.get(id) || []).concat(mark.words));
      }
    }));
    states.forEach((words, id) => title(registry, id, words));
    // The drawing is one image, named for what it shows and where the same is said in words (WCAG 1.1.1): see the
    // comment in the page. The viewer gives the keyboard nothing to do in it, so it takes no tab stop.
    const svg = canvas.getContainer().querySelector(':scope > svg');
    svg.removeAttribute('tabindex');
    svg.setAttribute('role', 'img');
    svg.setAttribute('aria-label', label);
    fit(viewer);
    viewers.push(viewer);
    return viewer;
  }

  function canvasFor(block) {
    const canvas = document.createElement('div');
    canvas.className = 'eia-diagram__canvas';
    block.appendChild(canvas);
    return canvas;
  }

  // The record: its current version.
  async function drawCurrent(block) {
    const diagram = await read(block.dataset.eiaDiagram);
    if (!diagram.bpmnXml) {
      return;
    }
    block.hidden = false;
    await draw(canvasFor(block), diagram, block.dataset.eiaDiagramLabel);
  }

  // The history: every version, oldest first, each under its own heading.
  async function drawEveryVersion(block) {
    const current = await read(block.dataset.eiaDiagram);
    if (!current.bpmnXml) {
      return;
    }
    const earlier = [];
    for (let version = 1; version < current.versions; version++) {
      earlier.push(read(block.dataset.eiaDiagram, version));
    }
    const diagrams = (await Promise.all(earlier)).concat(current);
    block.hidden = false;
    for (const diagram of diagrams) {
      const heading = document.createElement('h3');
      heading.className = 'nhsuk-heading-s';
      heading.textContent = 'Version ' + diagram.version + (diagram.version === current.version ? ', the current version' : '');
      block.appendChild(heading);
      await draw(canvasFor(block), diagram, block.dataset.eiaDiagramLabel.replace('{version}', String(diagram.version)));
    }
  }

  if (!window.BpmnJS) {
    return;
  }
  document.querySelectorAll('[data-eia-diagram]').forEach((block) => {
    const drawing = block.dataset.eiaDiagramVersions === 'all' ? drawEveryVersion(block) : drawCurrent(block);
    drawing.then(() => block.setAttribute('data-eia-diagram-drawn', ''), (error) => {
      block.hidden = true;
      console.warn(error);
    });
  });

  let resizing = 0;
  window.addEventListener('resize', () => {
    window.cancelAnimationFrame(resizing);
    resizing = window.requestAnimationFrame(() => viewers.forEach(fit));
  });
}());
