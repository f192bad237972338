package nl.passend.tlv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import nl.passend.dossier.Leerling;
import nl.passend.documents.Hashes;
import nl.passend.shared.TenantContext;
import nl.passend.support.Fixtures;
import nl.passend.support.PassendIntegrationTest;
import nl.passend.support.TlvWorld;
import nl.passend.werkvoorraad.Deadline;
import nl.passend.werkvoorraad.DeadlineService;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The whole life of a TLV, told once: request → completeness → two advices → decision → letter →
 * register export → expiry signal → renewal. (The objection part of the story is told in the bezwaar
 * module's scenario.)
 */
@PassendIntegrationTest
class TlvScenarioIntegrationTests {

    @Autowired Fixtures fixtures;
    @Autowired TlvWorld.TlvServices tlv;
    @Autowired TlvAanvraagService aanvragen;
    @Autowired AdviesService adviezen;
    @Autowired BesluitService besluiten;
    @Autowired TlvRegister register;
    @Autowired ExpirySignal expiry;
    @Autowired DeadlineService deadlines;
    @Autowired JdbcClient jdbc;

    @Test
    void aTlvLivesFromRequestToRenewal() throws IOException {
        TlvWorld w = new TlvWorld(fixtures, tlv);
        Leerling sem = w.pupil();

        // The school files; the SWV finds it incomplete and asks for more; the school supplements.
        TlvAanvraag filed = w.as(w.ib, u -> aanvragen.submit(u, w.soRequest(sem)));
        assertThat(filed.status()).isEqualTo(TlvAanvraagStatus.INGEDIEND);
        assertThat(filed.bevoegdheid()).isEqualTo(Bevoegdheid.INGESCHREVEN_SCHOOL);
        assertThat(filed.beslistermijn()).isEqualTo(filed.ingediendOp().plusWeeks(8));
        List<Deadline> open = w.as(w.medewerker, u -> deadlines.openFor(filed.id()));
        assertThat(open).extracting(Deadline::soort).containsExactlyInAnyOrder("TLV_COMPLEETHEID", "TLV_BESLUIT");
        TlvAanvraag returned = w.as(w.medewerker, u -> aanvragen.requestInformation(u, filed.id(),
                "Graag het verslag van het psychologisch onderzoek.", filed.version()));
        assertThat(returned.status()).isEqualTo(TlvAanvraagStatus.AANVULLING_GEVRAAGD);
        TlvAanvraag supplemented = w.as(w.ib, u -> aanvragen.supplement(u, filed.id(), w.soRequest(sem),
                returned.version()));
        assertThat(supplemented.status()).isEqualTo(TlvAanvraagStatus.INGEDIEND);
        w.as(w.medewerker, u -> aanvragen.markComplete(u, filed.id(), supplemented.version()));

        // Two deskundigen advise, one of them an orthopedagoog.
        w.as(w.medewerker, u -> adviezen.assign(u, filed.id(), w.orthopedagoog.user().accountId()));
        w.as(w.medewerker, u -> adviezen.assign(u, filed.id(), w.jeugdarts.user().accountId()));
        Advies followed = w.advised(filed);
        List<Advies> copy = w.as(w.ouder, u -> adviezen.list(u, filed.id()));
        assertThat(copy).hasSize(2);

        // The director grants: a volgnummer with the SWV number, and a stored letter.
        Besluit besluit = w.as(w.directeur, u -> besluiten.decide(u, filed.id(), w.grant(followed.id())));
        String nummer = besluit.beschikkingsnummer();
        int year = besluit.besluitdatum().getYear();
        assertThat(nummer).matches(w.tenant.swv().administratienummer() + "-" + year + "-\\d{4}");
        List<Deadline> afterDecision = w.as(w.medewerker, u -> deadlines.openFor(filed.id()));
        assertThat(afterDecision).isEmpty();

        byte[] pdf = w.as(w.ouder, u -> besluiten.letter(u, besluit.id())).inhoud();
        assertThat(Hashes.sha256(pdf)).isEqualTo(besluit.sha256());
        String text = text(pdf);
        assertThat(text).contains(nummer).contains("midden (categorie 2)").contains("4 januari 2027")
                .contains("31 juli 2028").contains("zes weken").contains("Landelijke Bezwaaradviescommissie")
                .contains("orthopedagoog").contains("jeugdarts");

        // The register shows it as active and exports the OSO fields.
        Tlv tlv = w.as(w.ib, u -> register.list(u, new TlvFilter(null, null, null, TlvStatus.ACTIEF, null, sem.id())))
                .get(0);
        assertThat(tlv.beschikkingsnummer()).isEqualTo(nummer);
        String csv = w.as(w.medewerker, u -> register.exportCsv(u, TlvFilter.none()));
        assertThat(csv.lines().findFirst().orElseThrow())
                .startsWith("tlvswvnummer;tlvbeschikkingsnummer;tlvcategorie;tlvingangdatum;tlveinddatum");
        assertThat(csv).contains(w.tenant.swv().administratienummer() + ";" + nummer + ";M;2027-01-04;2028-07-31;SO");

        // Six months before the end it appears on the worklists for herbeoordeling, once.
        assertThat(TenantContext.callAs(w.tenant.id(), () -> expiry.scan(LocalDate.of(2028, 1, 30)))).isZero();
        assertThat(TenantContext.callAs(w.tenant.id(), () -> expiry.scan(LocalDate.of(2028, 1, 31)))).isEqualTo(1);
        assertThat(TenantContext.callAs(w.tenant.id(), () -> expiry.scan(LocalDate.of(2028, 2, 1)))).isZero();
        List<Deadline> herbeoordeling = w.as(w.medewerker, u -> deadlines.openFor(tlv.id()));
        assertThat(herbeoordeling).hasSize(2)
                .allMatch(d -> d.soort().equals("TLV_HERBEOORDELING") && d.due().equals(LocalDate.of(2028, 7, 31)));

        // Renewal: a new request linked to the old TLV, with a new advice round.
        TlvAanvraagInput renewal = w.soRequest(sem);
        renewal.setRoute(TlvRoute.VERLENGING);
        renewal.setVorigeTlvId(tlv.id());
        renewal.setGevraagdeIngangsdatum(LocalDate.of(2028, 8, 1));
        renewal.setGevraagdeEinddatum(LocalDate.of(2030, 7, 31));
        TlvAanvraag verlenging = w.as(w.ib, u -> aanvragen.submit(u, renewal));
        assertThat(verlenging.vorigeTlvId()).isEqualTo(tlv.id());
        assertThat(w.as(w.ib, u -> register.get(u, tlv.id())).verlengingAanvraagId()).isEqualTo(verlenging.id());
        w.as(w.medewerker, u -> aanvragen.markComplete(u, verlenging.id(), null));
        w.as(w.medewerker, u -> adviezen.assign(u, verlenging.id(), w.orthopedagoog.user().accountId()));
        w.as(w.medewerker, u -> adviezen.assign(u, verlenging.id(), w.jeugdarts.user().accountId()));
        AdviesInput later = w.advice(Discipline.ORTHOPEDAGOOG);
        later.setIngangsdatum(LocalDate.of(2028, 8, 1));
        later.setEinddatum(LocalDate.of(2030, 7, 31));
        Advies renewedAdvice = w.as(w.orthopedagoog, u -> adviezen.advise(u, verlenging.id(), later));
        AdviesInput later2 = w.advice(Discipline.JEUGDARTS);
        later2.setIngangsdatum(null);
        later2.setEinddatum(null);
        w.as(w.jeugdarts, u -> adviezen.advise(u, verlenging.id(), later2));
        BesluitInput renew = w.grant(renewedAdvice.id());
        renew.setIngangsdatum(LocalDate.of(2028, 8, 1));
        renew.setEinddatum(LocalDate.of(2030, 7, 31));
        Besluit renewed = w.as(w.directeur, u -> besluiten.decide(u, verlenging.id(), renew));
        assertThat(renewed.beschikkingsnummer()).isNotEqualTo(nummer);
        List<Tlv> tlvs = w.as(w.medewerker, u -> register.list(u, new TlvFilter(null, null, null, null, null, sem.id())));
        assertThat(tlvs).hasSize(2);
        Tlv newest = tlvs.stream().filter(t -> t.einddatum().getYear() == 2030).findFirst().orElseThrow();
        assertThat(newest.vorigeTlvId()).isEqualTo(tlv.id());
        List<Deadline> afterRenewal = w.as(w.medewerker, u -> deadlines.openFor(tlv.id()));
        assertThat(afterRenewal).isEmpty();
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }
}
