/**
 * Platform: the operator's work — creating SWVs (tenants) with their first beheerder. The platform
 * beheerder never reads data inside an SWV.
 */
package nl.passend.platform;
