/**
 * The shared kernel: tenant context, the signed-in user and roles, errors, clock and database set-up.
 * Every module may use it; it depends on no module.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package nl.passend.shared;
