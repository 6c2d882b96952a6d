import { initAll } from '../nhsuk/nhsuk-frontend.min.js'
import './choose-person.js'
import './reveal.js'

// nhsuk-frontend starts its components only on a page that says it can run them, which its own template does with
// an inline script; our pages allow no inline script, so this module says it, being the script that can run them.
document.body.classList.add('nhsuk-frontend-supported')

initAll()
