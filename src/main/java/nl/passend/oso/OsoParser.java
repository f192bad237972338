package nl.passend.oso;

import static nl.passend.oso.OsoXml.bool;
import static nl.passend.oso.OsoXml.child;
import static nl.passend.oso.OsoXml.children;
import static nl.passend.oso.OsoXml.date;
import static nl.passend.oso.OsoXml.descendants;
import static nl.passend.oso.OsoXml.integer;
import static nl.passend.oso.OsoXml.required;
import static nl.passend.oso.OsoXml.requiredText;
import static nl.passend.oso.OsoXml.text;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import nl.passend.documents.Hashes;
import nl.passend.shared.PassendException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads and checks an OSO ‘aanvraag SWV-dossier’ (Edustandaard OSO gegevensset 2019.1). Parsing is
 * hardened: no DTD, no external entities or schemas, no XInclude. The checks, in order: well-formed,
 * no bsn or onderwijsnummer anywhere, the dossier namespace, standaardversie 2019.1, overdrachtsoort
 * swv-dossier, overstap POSWV or VOSWV, and the parts Passend needs (school, pupil with surname and
 * date of birth). Each refusal has its own code; a message names an element, never a value.
 * Pure code: no Spring, no database.
 */
final class OsoParser {

    static final String NAMESPACE = "http://www.edustandaard.nl/oso_gegevensset/2019/dossier";
    static final String STANDAARDVERSIE = "2019.1";
    static final String OVERDRACHTSOORT = "swv-dossier";
    static final Set<String> OVERSTAPPEN = Set.of("POSWV", "VOSWV");
    /** Forbidden in an SWV dossier (AVG: the SWV may not process these national identifiers). */
    static final Set<String> VERBODEN = Set.of("bsn", "onderwijsnummer");
    /** Largest dossier accepted, the same as the upload limit. */
    static final int MAX_BYTES = 10 * 1024 * 1024;
    /** Largest unpacked attachment, and all attachments together (against ZIP bombs). */
    static final int MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;
    static final long MAX_TOTAL_DOCUMENT_BYTES = 40L * 1024 * 1024;

    private static final Map<String, String> MIME_TYPES = Map.ofEntries(
            Map.entry("pdf", "application/pdf"), Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"),
            Map.entry("png", "image/png"), Map.entry("txt", "text/plain"), Map.entry("doc", "application/msword"),
            Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            Map.entry("odt", "application/vnd.oasis.opendocument.text"),
            Map.entry("odf", "application/vnd.oasis.opendocument.formula"),
            Map.entry("xls", "application/vnd.ms-excel"),
            Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            Map.entry("ppt", "application/vnd.ms-powerpoint"),
            Map.entry("pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation"));

    private OsoParser() {
    }

    static OsoDossier parse(byte[] xml) {
        if (xml == null || xml.length == 0) {
            throw new PassendException.RuleViolation("oso-leeg");
        }
        if (xml.length > MAX_BYTES) {
            throw new PassendException.RuleViolation("oso-te-groot");
        }
        Element root = read(xml).getDocumentElement();
        refuseForbidden(root);
        if (!"dossier".equals(root.getLocalName()) || !NAMESPACE.equals(root.getNamespaceURI())) {
            throw new PassendException.RuleViolation("oso-geen-dossier");
        }
        Element metadata = required(root, "metadata");
        if (!STANDAARDVERSIE.equals(text(metadata, "standaardversie"))) {
            throw new PassendException.RuleViolation("oso-standaardversie");
        }
        if (!OVERDRACHTSOORT.equals(text(root, "overdrachtsoort"))) {
            throw new PassendException.RuleViolation("oso-overdrachtsoort");
        }
        String overstap = text(metadata, "overstap");
        if (overstap == null || !OVERSTAPPEN.contains(overstap)) {
            throw new PassendException.RuleViolation("oso-overstap");
        }
        Element school = required(root, "huidigeschool");
        Element leerling = required(school, "leerling");
        DocumentCounter counter = new DocumentCounter();
        List<OsoDossier.Document> documenten = new ArrayList<>();
        return new OsoDossier(Hashes.sha256(xml),
                new OsoDossier.Metadata(text(metadata, "pakketnaam"), date(metadata, "datum"),
                        STANDAARDVERSIE, overstap),
                inzage(child(root, "inzage")),
                new OsoDossier.SchoolRef(requiredText(school, "brincode").toUpperCase(Locale.ROOT),
                        requiredText(school, "vestigingscode"), text(school, "naam")),
                leerling(leerling),
                children(leerling, "verzorger").stream().map(OsoParser::verzorger).toList(),
                ondersteuning(leerling, documenten, counter),
                documenten);
    }

    private static Document read(byte[] xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(SILENT);
            builder.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external entity refused");
            });
            return builder.parse(new ByteArrayInputStream(xml));
        } catch (SAXException | IOException e) {
            throw new PassendException.RuleViolation("oso-niet-welgevormd");
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("XML parser lacks a security feature", e);
        }
    }

    /** The parser's own messages may quote the document; they are never printed. */
    private static final ErrorHandler SILENT = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    };

    private static void refuseForbidden(Element root) {
        NodeList all = root.getElementsByTagNameNS("*", "*");
        for (int i = -1; i < all.getLength(); i++) {
            Element e = i < 0 ? root : (Element) all.item(i);
            String name = e.getLocalName() == null ? e.getTagName() : e.getLocalName();
            if (VERBODEN.contains(name.toLowerCase(Locale.ROOT))) {
                // Names the element only: the value must not reach a message, log or screen.
                throw new PassendException.RuleViolation("oso-verboden-gegeven", name);
            }
        }
    }

    private static OsoDossier.Inzage inzage(Element inzage) {
        if (inzage == null) {
            return OsoDossier.Inzage.NONE;
        }
        return new OsoDossier.Inzage(bool(inzage, "voorlopigdossier") == Boolean.TRUE, bool(inzage, "inzage"),
                date(inzage, "inzagedatum"), text(inzage, "akkoord"), text(inzage, "redennietakkoord"),
                text(inzage, "toestemming"));
    }

    private static OsoDossier.Leerling leerling(Element l) {
        List<String> voornamen = children(l, "voornaam").stream().map(OsoXml::text).toList();
        String roepnaam = text(l, "roepnaam");
        String achternaam = requiredText(l, "achternaam");
        if (voornamen.isEmpty() && roepnaam == null) {
            throw new PassendException.RuleViolation("oso-onderdeel-ontbreekt", "voornaam");
        }
        if (child(l, "geboortedatum") == null) {
            throw new PassendException.RuleViolation("oso-onderdeel-ontbreekt", "geboortedatum");
        }
        boolean geheim = bool(l, "adresgeheim") == Boolean.TRUE;
        return new OsoDossier.Leerling(voornamen.isEmpty() ? roepnaam : String.join(" ", voornamen), roepnaam,
                text(l, "voorvoegsel"), achternaam, date(l, "geboortedatum"), geslacht(text(l, "geslacht")),
                groep(l), text(l, "leerlingid"), geheim, adres(l));
    }

    /** OSO codelijst 14: 1 vrouw, 2 man, otherwise unknown. */
    static String geslacht(String code) {
        return "1".equals(code) ? "V" : "2".equals(code) ? "M" : "X";
    }

    /** The groep of the latest schoolloopbaan (groepsnaam when it fits, else the groepscode). */
    private static String groep(Element l) {
        Element lijst = child(l, "schoolloopbaanlijst");
        if (lijst == null) {
            return null;
        }
        return children(lijst, "schoolloopbaan").stream()
                .max(Comparator.comparing(s -> {
                    LocalDate begin = date(s, "begindatum");
                    return begin == null ? LocalDate.MIN : begin;
                }))
                .map(s -> {
                    String naam = text(s, "groepsnaam");
                    return naam != null && naam.length() <= 20 ? naam : text(s, "groepscode");
                })
                .map(g -> g != null && g.length() > 20 ? g.substring(0, 20) : g)
                .orElse(null);
    }

    private static OsoDossier.Adres adres(Element persoon) {
        Element lijst = child(persoon, "adreslijst");
        if (lijst == null) {
            return null;
        }
        List<Element> adressen = children(lijst, "adres");
        Element gekozen = adressen.stream().filter(a -> "gba".equals(text(a, "soortadres"))).findFirst()
                .or(() -> adressen.stream().filter(a -> "bezoek".equals(text(a, "soortadres"))).findFirst())
                .orElse(adressen.isEmpty() ? null : adressen.get(0));
        if (gekozen == null) {
            return null;
        }
        return new OsoDossier.Adres(text(gekozen, "straat"), text(gekozen, "nummer"), text(gekozen, "toevoeging"),
                text(gekozen, "postcode"), text(gekozen, "plaats"));
    }

    private static OsoDossier.Verzorger verzorger(Element v) {
        String voornaam = children(v, "voornaam").stream().map(OsoXml::text).findFirst()
                .orElse(text(v, "voorletters-1"));
        String voorvoegsel = text(v, "voorvoegsel");
        String naam = String.join(" ", java.util.stream.Stream.of(voornaam, voorvoegsel, text(v, "achternaam"))
                .filter(s -> s != null && !s.isBlank()).toList());
        String email = null;
        String telefoon = null;
        Element lijst = child(v, "communicatielijst");
        if (lijst != null) {
            for (Element c : children(lijst, "communicatie")) {
                if (bool(c, "geheim") == Boolean.TRUE) {
                    continue; // a secret number or address is not carried over, nor shown
                }
                String soort = text(c, "soort");
                String nummer = text(c, "nummer");
                if ("e-mail".equals(soort) && email == null && nummer != null && nummer.contains("@")) {
                    email = nummer;
                } else if ("telefoon".equals(soort) && telefoon == null && nummer != null && nummer.length() <= 40) {
                    telefoon = nummer;
                }
            }
        }
        boolean geheim = bool(v, "adresgeheim") == Boolean.TRUE;
        return new OsoDossier.Verzorger(naam, text(v, "relatietotkind"),
                bool(v, "wettigevertegenwoordiger") == Boolean.TRUE, bool(v, "overleden") == Boolean.TRUE,
                geheim, geheim ? null : adres(v), email, telefoon);
    }

    private static OsoDossier.Ondersteuning ondersteuning(Element l, List<OsoDossier.Document> documenten,
                                                          DocumentCounter counter) {
        Element o = child(l, "onderwijsondersteuning");
        List<OsoDossier.Diagnose> diagnoses = new ArrayList<>();
        List<OsoDossier.Handelingsplan> plannen = new ArrayList<>();
        List<OsoDossier.Tlv> tlvs = new ArrayList<>();
        List<OsoDossier.Arrangement> arrangementen = new ArrayList<>();
        OsoDossier.Opp opp = null;
        Boolean medicijnen = null;
        if (o != null) {
            documents(child(o, "toelichting_onderwijsbehoeften"), "onderwijsbehoeften", documenten, counter);
            for (Element d : children(o, "diagnose")) {
                diagnoses.add(new OsoDossier.Diagnose(text(d, "naam"), date(d, "datum"), text(d, "instantie")));
                documents(d, "diagnose", documenten, counter);
            }
            medicijnen = bool(o, "medicijngebruik");
            for (Element h : children(o, "handelingsplan")) {
                plannen.add(new OsoDossier.Handelingsplan(date(h, "startdatum"), date(h, "einddatum"),
                        text(h, "isgerichtop")));
                documents(h, "handelingsplan", documenten, counter);
            }
            Element oppElement = child(o, "opp");
            if (oppElement != null) {
                opp = new OsoDossier.Opp(date(oppElement, "opp_ingangdatum"), date(oppElement, "opp_einddatum"));
                documents(oppElement, "opp", documenten, counter);
            }
            for (Element t : children(o, "tlv")) {
                tlvs.add(new OsoDossier.Tlv(date(t, "tlvingangdatum"), date(t, "tlveinddatum"), text(t, "tlvswvnummer"),
                        text(t, "tlvcategorie"), text(t, "tlvbeschikkingsnummer")));
                documents(t, "tlv", documenten, counter);
            }
            for (Element a : children(o, "arrangement_cluster12")) {
                arrangementen.add(new OsoDossier.Arrangement("cluster12", date(a, "arrangement_datum"), null,
                        null, null));
            }
            for (Element a : children(o, "arrangement_pao")) {
                arrangementen.add(new OsoDossier.Arrangement("pao", date(a, "arrangement_datum"),
                        date(a, "arrangement_einddatum"), text(a, "arrangement_kenmerk"),
                        text(a, "arrangement_beschikkingsnr")));
            }
        }
        OsoDossier.Verzuim verzuim = null;
        Element v = child(l, "verzuim");
        if (v != null) {
            verzuim = new OsoDossier.Verzuim(integer(v, "dagdelengeoorloofd"), integer(v, "dagdelenongeoorloofd"),
                    bool(v, "contactleerplicht"));
            documents(child(v, "documentLijst"), "verzuim", documenten, counter);
        }
        Element toetsen = child(l, "toetslijst");
        if (toetsen != null) {
            for (Element e : descendants(toetsen, "document")) {
                documenten.add(document(e, "toets", counter));
            }
        }
        documents(child(l, "overigdocumentlijst"), "overig", documenten, counter);
        String advies = null;
        Element overstapadvies = child(l, "overstapadvies");
        if (overstapadvies != null) {
            advies = java.util.stream.Stream.of(text(overstapadvies, "argumentatie"),
                            text(overstapadvies, "aandachtspunten"))
                    .filter(s -> s != null).reduce((a, b) -> a + "\n" + b).orElse(null);
        }
        return new OsoDossier.Ondersteuning(diagnoses, medicijnen, plannen, opp, tlvs, arrangementen, verzuim, advies);
    }

    private static void documents(Element parent, String onderdeel, List<OsoDossier.Document> into,
                                  DocumentCounter counter) {
        if (parent == null) {
            return;
        }
        for (Element d : children(parent, "document")) {
            into.add(document(d, onderdeel, counter));
        }
    }

    private static OsoDossier.Document document(Element d, String onderdeel, DocumentCounter counter) {
        String naam = requiredText(d, "bestandsnaam");
        int dot = naam.lastIndexOf('.');
        String extension = dot < 0 ? "" : naam.substring(dot + 1).toLowerCase(Locale.ROOT);
        String mimeType = MIME_TYPES.getOrDefault(extension, "application/octet-stream");
        byte[] inhoud;
        try {
            inhoud = unzip(Base64.getMimeDecoder().decode(requiredText(d, "bestandsinhoud")));
        } catch (IllegalArgumentException | IOException e) {
            // A damaged attachment does not block the dossier: it is listed as unreadable and not stored.
            inhoud = null;
        }
        if (inhoud != null && inhoud.length == 0) {
            inhoud = null;
        }
        if (inhoud != null) {
            counter.add(inhoud.length);
        }
        return new OsoDossier.Document(naam, text(d, "omschrijving"), onderdeel, mimeType, inhoud);
    }

    /**
     * OSO sends each attachment as a Base64 ZIP holding the file; a plain file is accepted as it is.
     * Throws IOException for a damaged ZIP.
     */
    static byte[] unzip(byte[] packed) throws IOException {
        if (packed.length < 4 || packed[0] != 'P' || packed[1] != 'K' || packed[2] != 3 || packed[3] != 4) {
            return packed;
        }
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(packed))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (!entry.isDirectory()) {
                    byte[] content = readBounded(zip);
                    if (entry.getSize() >= 0 && entry.getSize() != content.length) {
                        throw new IOException("truncated");
                    }
                    return content;
                }
            }
            throw new IOException("empty zip");
        }
    }

    private static byte[] readBounded(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            if (out.size() + n > MAX_DOCUMENT_BYTES) {
                throw new PassendException.RuleViolation("oso-bijlage-te-groot");
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private static final class DocumentCounter {
        private long total;

        void add(int bytes) {
            total += bytes;
            if (total > MAX_TOTAL_DOCUMENT_BYTES) {
                throw new PassendException.RuleViolation("oso-bijlage-te-groot");
            }
        }
    }
}
