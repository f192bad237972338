package nl.passend.home.web;

import java.util.ArrayList;
import java.util.List;

import nl.passend.shared.security.CurrentUser;
import nl.passend.shared.security.Permission;

/** Which main screens a user's roles give access to, in menu order. */
final class Navigation {

    private Navigation() {
    }

    static List<NavItem> forUser(CurrentUser user) {
        List<NavItem> items = new ArrayList<>();
        items.add(new NavItem("nav.start", "/"));
        boolean ouder = user.holdsOnly(nl.passend.shared.security.Role.OUDER);
        if (ouder && user.can(Permission.TLV_READ)) {
            items.add(new NavItem("nav.mijn-kind", "/tlv/aanvragen"));
        }
        if (!ouder && user.can(Permission.PUPIL_READ)) {
            items.add(new NavItem("nav.leerlingen", "/leerlingen"));
        }
        if (!ouder && user.can(Permission.TLV_READ)) {
            items.add(new NavItem("nav.tlv-aanvragen", "/tlv/aanvragen"));
            items.add(new NavItem("nav.tlv-register", "/tlv/register"));
        }
        if (!ouder && user.can(Permission.TLV_READ)) {
            items.add(new NavItem("nav.werkvoorraad", "/werkvoorraad"));
        }
        if (user.can(Permission.AANVRAAG_READ)) {
            items.add(new NavItem(ouder ? "nav.mijn-kind-ondersteuning" : "nav.aanvragen", "/aanvragen"));
        }
        if (user.can(Permission.OSO_IMPORT)) {
            items.add(new NavItem("nav.oso-import", "/oso/import"));
        }
        if (user.can(Permission.VERREKENING_READ)) {
            items.add(new NavItem("nav.verrekeningen", "/verrekeningen"));
        }
        if (user.can(Permission.FACTUUR_MANAGE)) {
            items.add(new NavItem("nav.facturen", "/facturen"));
        }
        if (user.can(Permission.BEZWAAR_MANAGE)) {
            items.add(new NavItem("nav.bezwaren", "/bezwaren"));
        }
        if (user.can(Permission.FINANCE_READ) || user.can(Permission.FINANCE_BUDGET_READ)
                || user.can(Permission.FINANCE_REPORT_READ)) {
            items.add(new NavItem("nav.financien", "/financien"));
        }
        if (user.can(Permission.BETAALOVERZICHT_READ) && !user.can(Permission.FINANCE_READ)) {
            items.add(new NavItem("nav.betaaloverzichten", "/financien/betaaloverzichten"));
        }
        if (user.can(Permission.REGISTER_READ)) {
            items.add(new NavItem("nav.scholen", "/register/scholen"));
        }
        if (user.can(Permission.REGISTER_MANAGE)) {
            items.add(new NavItem("nav.swv", "/register/samenwerkingsverband"));
            items.add(new NavItem("nav.besturen", "/register/besturen"));
            items.add(new NavItem("nav.werkgebieden", "/register/werkgebieden"));
            items.add(new NavItem("nav.gemeenten", "/register/gemeenten"));
            items.add(new NavItem("nav.leerlingtellingen", "/register/leerlingtellingen"));
        }
        if (user.can(Permission.USER_MANAGE)) {
            items.add(new NavItem("nav.gebruikers", "/beheer/gebruikers"));
        }
        if (user.can(Permission.AUDIT_READ)) {
            items.add(new NavItem("nav.audit", "/audit"));
        }
        if (user.can(Permission.TENANT_MANAGE)) {
            items.add(new NavItem("nav.platform", "/platform/samenwerkingsverbanden"));
        }
        if (user.tenant().isPresent()) {
            items.add(new NavItem("nav.meldingen", "/meldingen"));
        }
        items.add(new NavItem("nav.account", "/account/2fa"));
        items.add(new NavItem("nav.password", "/account/wachtwoord"));
        return items;
    }
}
