package nl.passend.documents;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import org.springframework.stereotype.Service;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Renders a letter to an accessible PDF: a Thymeleaf template under {@code templates/documents/} is
 * processed in Dutch (message keys, {@code #temporals} dates), and the resulting XHTML becomes a tagged
 * PDF (PDF/UA) with title, language nl-NL and embedded fonts, so screen readers can read it and it looks
 * the same everywhere. Templates must be well-formed XHTML and use the font family {@value #FONT_FAMILY}.
 * <p>
 * The fonts (DejaVu Sans) come from a jar on the class path, not from the operating system: servers and
 * CI have no fonts installed. A template cannot load anything from outside its own folder on the class path.
 */
@Service
public class PdfRenderer {

    /** The font family every document template uses in its CSS. */
    public static final String FONT_FAMILY = "Passend Sans";

    private static final Locale LOCALE = Locale.forLanguageTag("nl-NL");
    private static final String TEMPLATE_FOLDER = "documents/";
    private static final Pattern TEMPLATE_NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final String FONTS = "/net/sf/jasperreports/fonts/dejavu/";

    private final ITemplateEngine templateEngine;
    private final String baseUri;
    private final byte[] regular = font("DejaVuSans.ttf");
    private final byte[] bold = font("DejaVuSans-Bold.ttf");
    private final byte[] italic = font("DejaVuSans-Oblique.ttf");
    private final byte[] boldItalic = font("DejaVuSans-BoldOblique.ttf");

    /** Uses Spring Boot's template engine, so the letters share the application's message bundles. */
    PdfRenderer(ITemplateEngine templateEngine) {
        com.openhtmltopdf.util.XRLog.setLoggerImpl(new Slf4jXRLogger());
        this.templateEngine = templateEngine;
        URL folder = Objects.requireNonNull(PdfRenderer.class.getResource("/templates/" + TEMPLATE_FOLDER),
                "templates/documents/ is missing from the class path");
        this.baseUri = folder.toExternalForm();
    }

    /**
     * Renders {@code template} (a name like {@code tlv-beschikking}, without folder or suffix) with
     * {@code variables} to a PDF/UA document whose metadata title is {@code title}.
     *
     * @return the PDF's bytes
     * @throws IllegalArgumentException if the template name is not a plain kebab-case name
     */
    public byte[] render(String template, Map<String, Object> variables, String title) {
        if (template == null || !TEMPLATE_NAME.matcher(template).matches()) {
            throw new IllegalArgumentException("not a document template name: " + template);
        }
        Objects.requireNonNull(title, "title");
        String xhtml = templateEngine.process(TEMPLATE_FOLDER + template, new Context(LOCALE, variables));
        Document document = parse(xhtml);
        setLanguageAndTitle(document, title);

        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .useFastMode()
                .usePdfUaAccessibility(true)
                .withProducer("Passend")
                .useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith(baseUri) && !uri.contains(".."),
                        ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
                .withW3cDocument(document, baseUri)
                .toStream(pdf);
        useFont(builder, regular, 400, FontStyle.NORMAL);
        useFont(builder, bold, 700, FontStyle.NORMAL);
        useFont(builder, italic, 400, FontStyle.ITALIC);
        useFont(builder, boldItalic, 700, FontStyle.ITALIC);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("could not render " + template, e);
        }
        return pdf.toByteArray();
    }

    private static void useFont(PdfRendererBuilder builder, byte[] font, int weight, FontStyle style) {
        builder.useFont(() -> new ByteArrayInputStream(font), FONT_FAMILY, weight, style, true);
    }

    /**
     * PDF/UA needs a language, a title and a description: they come from the root's {@code lang}, the
     * {@code <title>} and {@code <meta name="subject">} (the PDF's subject). The subject defaults to the title.
     */
    private static void setLanguageAndTitle(Document document, String title) {
        Element html = document.getDocumentElement();
        html.setAttribute("lang", LOCALE.toLanguageTag());
        NodeList heads = html.getElementsByTagName("head");
        if (heads.getLength() == 0) {
            throw new IllegalStateException("a document template needs a <head>");
        }
        Element head = (Element) heads.item(0);
        NodeList titles = head.getElementsByTagName("title");
        Element titleElement = titles.getLength() > 0 ? (Element) titles.item(0) : append(head, "title");
        titleElement.setTextContent(title);
        if (!hasSubject(head)) {
            Element subject = append(head, "meta");
            subject.setAttribute("name", "subject");
            subject.setAttribute("content", title);
        }
    }

    private static boolean hasSubject(Element head) {
        NodeList metas = head.getElementsByTagName("meta");
        for (int i = 0; i < metas.getLength(); i++) {
            Element meta = (Element) metas.item(i);
            if ("subject".equals(meta.getAttribute("name")) && !meta.getAttribute("content").isBlank()) {
                return true;
            }
        }
        return false;
    }

    private static Element append(Element parent, String tag) {
        Element element = parent.getOwnerDocument().createElementNS(parent.getNamespaceURI(), tag);
        parent.appendChild(element);
        return element;
    }

    private static Document parse(String xhtml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xhtml)));
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("a document template did not produce well-formed XHTML", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] font(String file) {
        try (InputStream in = PdfRenderer.class.getResourceAsStream(FONTS + file)) {
            if (in == null) {
                throw new IllegalStateException("font " + file + " is missing from the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
