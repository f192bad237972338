/**
 * Home: the start page per role and the navigation of the one layout. Knows which screens a role
 * may reach, not what is on them.
 */
package nl.passend.home;
