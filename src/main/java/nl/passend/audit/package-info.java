/**
 * Audit trail: who did what to which subject and when, never content. Other modules record through
 * {@link nl.passend.audit.AuditLog}; the functionaris gegevensbescherming reads it through
 * {@link nl.passend.audit.AuditQuery}.
 */
package nl.passend.audit;
