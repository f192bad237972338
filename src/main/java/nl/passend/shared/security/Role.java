package nl.passend.shared.security;

import java.util.EnumSet;
import java.util.Set;

/**
 * The roles of PRODUCT.md section 1. A role may be limited to a scope (school, bestuur, werkgebied,
 * gemeente); {@link #scope()} says which scope the role needs, if any.
 */
public enum Role {
    BEHEERDER(true, ScopeType.NONE, Permission.REGISTER_READ, Permission.REGISTER_MANAGE, Permission.USER_MANAGE),
    DIRECTEUR(true, ScopeType.NONE, Permission.REGISTER_READ, Permission.PUPIL_READ, Permission.PUPIL_MANAGE,
            Permission.TLV_READ, Permission.TLV_HEALTH_READ, Permission.TLV_INTAKE, Permission.TLV_DECIDE,
            Permission.TLV_FOLLOW_UP, Permission.BEZWAAR_MANAGE, Permission.BEZWAAR_DECIDE,
            Permission.FINANCE_READ, Permission.FINANCE_ADOPT, Permission.FINANCE_BUDGET_READ,
            Permission.FINANCE_REPORT_READ, Permission.BETAALOVERZICHT_READ, Permission.GROEIDOCUMENT_READ,
            Permission.AANVRAAG_READ, Permission.AANVRAAG_HANDLE, Permission.AANVRAAG_DECIDE,
            Permission.VERREKENING_READ),
    CONSULENT(true, ScopeType.WERKGEBIED, Permission.REGISTER_READ, Permission.PUPIL_READ, Permission.TLV_READ,
            Permission.TLV_HEALTH_READ, Permission.TLV_FOLLOW_UP, Permission.GROEIDOCUMENT_READ,
            Permission.AANVRAAG_READ, Permission.AANVRAAG_HANDLE, Permission.AANVRAAG_DECIDE),
    DESKUNDIGE(true, ScopeType.NONE, Permission.REGISTER_READ, Permission.TLV_READ, Permission.TLV_HEALTH_READ,
            Permission.TLV_ADVISE),
    MEDEWERKER(true, ScopeType.NONE, Permission.REGISTER_READ, Permission.PUPIL_READ, Permission.PUPIL_MANAGE,
            Permission.TLV_REQUEST, Permission.TLV_READ, Permission.TLV_HEALTH_READ, Permission.TLV_INTAKE,
            Permission.TLV_FOLLOW_UP, Permission.BEZWAAR_MANAGE, Permission.GROEIDOCUMENT_READ,
            Permission.AANVRAAG_READ, Permission.AANVRAAG_HANDLE, Permission.FACTUUR_MANAGE, Permission.OSO_IMPORT),
    CONTROLLER(true, ScopeType.NONE, Permission.REGISTER_READ, Permission.FINANCE_READ, Permission.FINANCE_MANAGE,
            Permission.FINANCE_BUDGET_READ, Permission.FINANCE_REPORT_READ, Permission.BETAALOVERZICHT_READ,
            Permission.FACTUUR_MANAGE, Permission.VERREKENING_READ),
    KWALITEIT(true, ScopeType.NONE, Permission.REGISTER_READ),
    PRIVACY(true, ScopeType.NONE, Permission.REGISTER_READ, Permission.AUDIT_READ),
    STEUNPUNT(true, ScopeType.NONE, Permission.REGISTER_READ),
    IB(false, ScopeType.SCHOOL, Permission.REGISTER_READ, Permission.PUPIL_READ, Permission.PUPIL_MANAGE,
            Permission.TLV_REQUEST, Permission.TLV_READ, Permission.TLV_HEALTH_READ, Permission.TLV_FOLLOW_UP,
            Permission.GROEIDOCUMENT_READ, Permission.GROEIDOCUMENT_MANAGE, Permission.AANVRAAG_FILE,
            Permission.AANVRAAG_READ, Permission.OSO_IMPORT),
    SCHOOLLEIDER(false, ScopeType.SCHOOL, Permission.REGISTER_READ, Permission.PUPIL_READ, Permission.PUPIL_MANAGE,
            Permission.TLV_REQUEST, Permission.TLV_READ, Permission.TLV_HEALTH_READ, Permission.TLV_FOLLOW_UP,
            Permission.GROEIDOCUMENT_READ, Permission.GROEIDOCUMENT_MANAGE, Permission.AANVRAAG_FILE,
            Permission.AANVRAAG_READ, Permission.OSO_IMPORT),
    // The board sees its schools' TLVs without health details, and may object to a decision.
    // ... and its own payment statements and the SWV's aggregate budget.
    BESTUUR(false, ScopeType.BESTUUR, Permission.REGISTER_READ, Permission.PUPIL_READ, Permission.TLV_READ,
            Permission.BEZWAAR_FILE, Permission.BETAALOVERZICHT_READ, Permission.FINANCE_BUDGET_READ,
            Permission.AANVRAAG_READ, Permission.AANVRAAG_FIAT, Permission.VERREKENING_READ),
    // Parents see their own child's case (scope: the pupils linked to their account).
    OUDER(false, ScopeType.NONE, Permission.PUPIL_READ, Permission.TLV_READ, Permission.BEZWAAR_FILE,
            Permission.GROEIDOCUMENT_READ, Permission.TOESTEMMING_GEVEN, Permission.AANVRAAG_READ),
    LEERPLICHT(false, ScopeType.GEMEENTE, Permission.REGISTER_READ),
    // OPR, Raad van Toezicht: aggregate finance reports only.
    TOEZICHT(false, ScopeType.NONE, Permission.REGISTER_READ, Permission.FINANCE_BUDGET_READ,
            Permission.FINANCE_REPORT_READ),
    PLATFORM(false, ScopeType.NONE, Permission.TENANT_MANAGE);

    private final boolean swvStaff;
    private final ScopeType scope;
    private final Set<Permission> permissions;

    Role(boolean swvStaff, ScopeType scope, Permission... permissions) {
        this.swvStaff = swvStaff;
        this.scope = scope;
        this.permissions = permissions.length == 0 ? EnumSet.noneOf(Permission.class) : EnumSet.of(permissions[0], permissions);
    }

    /** Staff of the SWV itself (not of a school, board, family or gemeente). */
    public boolean isSwvStaff() {
        return swvStaff;
    }

    /**
     * Roles that must use two-factor login when {@code passend.security.require-2fa} is on: SWV
     * staff, and the platform beheerder who creates SWVs and their first beheerder.
     */
    public boolean requiresTwoFactor() {
        return swvStaff || this == PLATFORM;
    }

    public ScopeType scope() {
        return scope;
    }

    public boolean grants(Permission permission) {
        return permissions.contains(permission);
    }

    /** Roles a beheerder can hand out within a tenant. */
    public static Set<Role> tenantRoles() {
        return EnumSet.complementOf(EnumSet.of(PLATFORM));
    }
}
