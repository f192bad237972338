/**
 * Access: accounts, roles with their scope, login with throttling, lock-out and TOTP two-factor,
 * API bearer tokens, and the Spring Security set-up that binds each request to its tenant.
 */
package nl.passend.access;
