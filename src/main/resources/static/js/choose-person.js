// A list of people to choose from becomes a type-ahead: the person types part of a name and the server answers with
// those they may choose there. Without this script the list itself still works, which is why the page sends one.
const lists = document.querySelectorAll('select[data-eia-choose-person]')

if (lists.length) {
  const css = document.createElement('link')
  css.rel = 'stylesheet'
  css.href = new URL('../accessible-autocomplete/accessible-autocomplete.min.css', import.meta.url)
  document.head.append(css)
  const script = document.createElement('script')
  script.src = new URL('../accessible-autocomplete/accessible-autocomplete.min.js', import.meta.url)
  script.addEventListener('load', () => lists.forEach(typeAhead))
  document.head.append(script)
}

function typeAhead (list) {
  const search = list.dataset.eiaChoosePerson
  const within = list.dataset.eiaChooseWithin
  const id = list.id
  let asked = 0
  window.accessibleAutocomplete.enhanceSelectElement({
    selectElement: list,
    // The list's first option says "Choose an option"; the box starts empty unless someone is chosen already.
    defaultValue: '',
    // Over the page, not in it, so the button below stays where the person is about to press it.
    displayMenu: 'overlay',
    minLength: 2,
    showNoOptionsFound: true,
    dropdownArrow: () => '',
    tNoResults: () => 'No one you can choose here has that name',
    tStatusQueryTooShort: length => `Type ${length} or more letters of their name`,
    source: (typed, show) => {
      const url = new URL(search, window.location.href)
      url.searchParams.set('name', typed)
      // An answer above it (the proposal's directorate) goes along under its own name, for the server to rank by.
      const narrowedBy = within && list.form && list.form.elements.namedItem(within)
      if (narrowedBy && narrowedBy.value) {
        url.searchParams.set(within, narrowedBy.value)
      }
      // Answers can arrive out of order; only the answer to what is typed now is shown.
      const ticket = ++asked
      fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
        .then(response => response.ok ? response.json() : [])
        .catch(() => [])
        .then(people => { if (ticket === asked) show(people) })
    },
    templates: {
      inputValue: person => typeof person === 'string' ? person : (person ? person.label : ''),
      suggestion: person => escaped(typeof person === 'string' ? person : person.label)
    },
    onConfirm: person => {
      if (person && typeof person === 'object') {
        list.value = person.username
      }
    }
  })
  // Emptying the box un-chooses: the list, which is what the form sends, must not keep someone no longer shown.
  const box = document.getElementById(id)
  if (box) {
    box.addEventListener('input', () => { if (box.value.trim() === '') list.value = '' })
  }
}

function escaped (text) {
  const element = document.createElement('span')
  element.textContent = text
  return element.innerHTML
}
