package nl.passend.oso;

import static nl.passend.oso.OsoParser.NAMESPACE;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import nl.passend.shared.PassendException;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Reading an OSO dossier's DOM: children in the dossier namespace only, texts trimmed (blank is
 * absent), and dates, booleans and numbers in the standard's notation; a missing required part or a
 * bad value is refused with the element's name (never its value).
 */
final class OsoXml {

    private OsoXml() {
    }


    static Element child(Element parent, String name) {
        if (parent == null) {
            return null;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && name.equals(e.getLocalName()) && NAMESPACE.equals(e.getNamespaceURI())) {
                return e;
            }
        }
        return null;
    }

    static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && name.equals(e.getLocalName()) && NAMESPACE.equals(e.getNamespaceURI())) {
                found.add(e);
            }
        }
        return found;
    }

    static List<Element> descendants(Element parent, String name) {
        NodeList list = parent.getElementsByTagNameNS(NAMESPACE, name);
        List<Element> found = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            found.add((Element) list.item(i));
        }
        return found;
    }

    static Element required(Element parent, String name) {
        Element e = child(parent, name);
        if (e == null) {
            throw new PassendException.RuleViolation("oso-onderdeel-ontbreekt", name);
        }
        return e;
    }

    static String text(Element e) {
        String t = e.getTextContent();
        return t == null || t.isBlank() ? null : t.trim();
    }

    static String text(Element parent, String name) {
        Element e = child(parent, name);
        return e == null ? null : text(e);
    }

    static String requiredText(Element parent, String name) {
        String t = text(parent, name);
        if (t == null) {
            throw new PassendException.RuleViolation("oso-onderdeel-ontbreekt", name);
        }
        return t;
    }

    static LocalDate date(Element parent, String name) {
        String t = text(parent, name);
        if (t == null) {
            return null;
        }
        try {
            return LocalDate.parse(t, DateTimeFormatter.ISO_DATE);
        } catch (DateTimeParseException e) {
            throw new PassendException.RuleViolation("oso-ongeldige-waarde", name);
        }
    }

    static Boolean bool(Element parent, String name) {
        String t = text(parent, name);
        if (t == null) {
            return null;
        }
        return switch (t) {
            case "true", "1" -> Boolean.TRUE;
            case "false", "0" -> Boolean.FALSE;
            default -> throw new PassendException.RuleViolation("oso-ongeldige-waarde", name);
        };
    }

    static Integer integer(Element parent, String name) {
        String t = text(parent, name);
        if (t == null) {
            return null;
        }
        try {
            return Integer.valueOf(t);
        } catch (NumberFormatException e) {
            throw new PassendException.RuleViolation("oso-ongeldige-waarde", name);
        }
    }
}
