package nl.passend.tlv;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import nl.passend.documents.Hashes;
import nl.passend.documents.PdfRenderer;
import nl.passend.documents.TlvBeschikkingLetter;
import nl.passend.dossier.Leerling;
import nl.passend.dossier.LeerlingService;
import nl.passend.organisation.SchoolService;
import nl.passend.organisation.SwvDetails;
import nl.passend.organisation.SwvService;
import nl.passend.shared.security.CurrentUser;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Renders the beschikking of a decision (PRODUCT.md 3.4: letterhead, number, pupil, type, category,
 * period, grounds, advisers, date, bezwaarclausule) and stores it with its SHA-256, in the decision's
 * own transaction. The table is insert-only for the application.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class BeschikkingWriter {

    private static final Locale NL = Locale.forLanguageTag("nl-NL");

    private final JdbcClient jdbc;
    private final SwvService swvs;
    private final LeerlingService leerlingen;
    private final SchoolService scholen;
    private final PdfRenderer pdf;
    private final MessageSource messages;

    BeschikkingWriter(JdbcClient jdbc, SwvService swvs, LeerlingService leerlingen, SchoolService scholen,
                      PdfRenderer pdf, MessageSource messages) {
        this.jdbc = jdbc;
        this.swvs = swvs;
        this.leerlingen = leerlingen;
        this.scholen = scholen;
        this.pdf = pdf;
        this.messages = messages;
    }

    void store(CurrentUser user, TlvAanvraag a, BesluitInput in, UUID besluitId, String nummer,
                             String replacedNumber, UUID ontvangend, List<Advies> advices, LocalDate today) {
        SwvDetails swv = swvs.details(user);
        Leerling leerling = leerlingen.findForCase(a.leerlingId());
        List<TlvBeschikkingLetter.Adviseur> adviseurs = new ArrayList<>();
        for (Advies v : advices) {
            adviseurs.add(new TlvBeschikkingLetter.Adviseur(v.deskundigeNaam(), label("tlv.discipline." + v.discipline())));
        }
        boolean granted = in.getUitkomst() == BesluitUitkomst.TOEGEKEND;
        TlvBeschikkingLetter letter = new TlvBeschikkingLetter(swv.naam(), swv.administratienummer(), swv.adres(), null,
                null, null, null, nummer, today, granted, leerling.volledigeNaam(), leerling.geboortedatum(),
                scholen.get(user, a.schoolId()).naam(), ontvangend == null ? null : scholen.get(user, ontvangend).naam(),
                granted ? in.getType().name() : a.gevraagdType().name(),
                granted && in.getCategorie() != null ? label("tlv.categorie.letter." + in.getCategorie()) : null,
                granted ? in.getIngangsdatum() : null, granted ? in.getEinddatum() : null, in.getMotivering(), adviseurs,
                replacedNumber, user.displayName(), null);
        byte[] bytes = pdf.render("tlv-beschikking", Map.of("b", letter),
                label("tlv.beschikking.title") + (nummer == null ? "" : " " + nummer));
        String bestandsnaam = "beschikking-" + (nummer != null ? nummer : "afwijzing-" + today) + ".pdf";
        jdbc.sql("""
                INSERT INTO beschikking (swv_id, besluit_id, aanvraag_id, leerling_id, bestandsnaam, pdf, sha256, created_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(user.requireTenant(), besluitId, a.id(), a.leerlingId(), bestandsnaam, bytes, Hashes.sha256(bytes),
                        user.accountId()).update();
    }

    private String label(String key) {
        return messages.getMessage(key, null, NL);
    }
}
