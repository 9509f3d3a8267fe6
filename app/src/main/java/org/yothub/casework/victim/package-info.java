/**
 * Victims of a child's offences and restorative justice: consent to contact, what was offered and
 * taken up (letter of explanation, panel, direct or indirect reparation, impact statement, shuttle
 * mediation, conference) and satisfaction (YJB KPI 10, seed 003 §8.6). Only a reference and these
 * facts are held about a victim, never their identity.
 *
 * <p>Table {@code victim}; tenant-scoped. Case managers, team and YOT managers change it;
 * performance officers read.
 */
package org.yothub.casework.victim;
