/**
 * The form engine inside the process engine: every completion of a user task and every start of a process with
 * a start form is checked here, whichever door it came through.
 */
@org.springframework.modulith.NamedInterface("process")
package uk.nhs.eia.forms.process;
