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
        items.add(new NavItem("nav.account", "/account/2fa"));
        items.add(new NavItem("nav.password", "/account/wachtwoord"));
        return items;
    }
}
