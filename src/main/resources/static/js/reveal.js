// Follow-up questions unfold as soon as the answer that asks for them is chosen, rather than once the answers are
// sent. The server puts each one that can on the page in a container naming the field and the answers that show it,
// worked out from the form's own condition; it still decides, from what is sent, which answers are kept.

const CONTAINERS = '[data-eia-reveal-field]'

// The answer as the form would send it: '' for no choice yet, 'true' or 'false' for a single checkbox.
function answerOf (form, name) {
  const control = form.elements.namedItem(name)
  if (control instanceof HTMLInputElement && control.type === 'checkbox') {
    return String(control.checked)
  }
  if (control instanceof HTMLInputElement && control.type === 'radio') {
    return control.checked ? control.value : ''
  }
  return control ? control.value : ''
}

// A checkbox that unfolds follow-ups says whether they are open, as the NHS checkboxes do. The NHS radios say it too,
// but ARIA allows aria-expanded on no radio, and axe-core counts it as an error: radios only name what they unfold.
function markExpanded (form, name) {
  const control = form.elements.namedItem(name)
  if (control instanceof HTMLInputElement && control.type === 'checkbox' && control.hasAttribute('aria-controls')) {
    control.setAttribute('aria-expanded', String(control.checked))
  }
}

// A hidden container is disabled too, so what it holds is not sent: the same as when it was left off the page.
function sync (form) {
  const fields = new Set()
  form.querySelectorAll(CONTAINERS).forEach(container => {
    const field = container.dataset.eiaRevealField
    const shown = JSON.parse(container.dataset.eiaRevealValues).includes(answerOf(form, field))
    container.hidden = !shown
    container.disabled = !shown
    fields.add(field)
  })
  fields.forEach(field => markExpanded(form, field))
}

function syncAll () {
  new Set(Array.from(document.querySelectorAll(CONTAINERS), container => container.form || container.closest('form')))
    .forEach(form => form && sync(form))
}

document.addEventListener('change', event => {
  const form = event.target.form
  if (form && form.querySelector(CONTAINERS)) {
    sync(form)
  }
})

// Going back to a page restores its answers after the page has loaded, so the containers follow them then too.
window.addEventListener('pageshow', syncAll)
syncAll()
