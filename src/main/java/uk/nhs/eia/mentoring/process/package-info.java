/** The reciprocal mentoring process's delegates and the engine calls the programme makes: a few lines each. */
package uk.nhs.eia.mentoring.process;
