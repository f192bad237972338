package nl.passend.oso;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import nl.passend.arrangement.Ondersteuningsaanvraag;
import nl.passend.arrangement.OndersteuningsaanvraagService;
import nl.passend.arrangement.OndersteuningsaanvraagStatus;
import nl.passend.dossier.Geslacht;
import nl.passend.dossier.Leerling;
import nl.passend.dossier.LeerlingInput;
import nl.passend.dossier.LeerlingService;
import nl.passend.dossier.OuderRelatie;
import nl.passend.dossier.Woonachtig;
import nl.passend.groeidocument.Bijlage;
import nl.passend.groeidocument.GroeidocumentService;
import nl.passend.groeidocument.GroeidocumentVersie;
import nl.passend.groeidocument.Ontvanger;
import nl.passend.groeidocument.Toestemming;
import nl.passend.groeidocument.ToestemmingBron;
import nl.passend.groeidocument.ToestemmingOnderwerp;
import nl.passend.groeidocument.ToestemmingService;
import nl.passend.organisation.SchoolInput;
import nl.passend.organisation.SchoolService;
import nl.passend.organisation.Werkgebied;
import nl.passend.organisation.WerkgebiedInput;
import nl.passend.organisation.WerkgebiedService;
import nl.passend.shared.PassendException;
import nl.passend.shared.TenantContext;
import nl.passend.shared.security.CurrentUser;
import nl.passend.shared.security.Role;
import nl.passend.support.Fixtures;
import nl.passend.support.PassendIntegrationTest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Importing OSO dossiers end to end: pupil, parents, groeidocument, consent, concept aanvraag; never twice. */
@PassendIntegrationTest
class OsoImportIntegrationTests {

    @Autowired Fixtures fixtures;
    @Autowired SchoolService scholen;
    @Autowired WerkgebiedService werkgebieden;
    @Autowired OsoImportService imports;
    @Autowired LeerlingService leerlingen;
    @Autowired GroeidocumentService groeidocumenten;
    @Autowired ToestemmingService toestemmingen;
    @Autowired OndersteuningsaanvraagService aanvragen;
    OsoWorld w;
    CurrentUser ib;

    @BeforeEach
    void setUp() {
        w = new OsoWorld(fixtures, scholen);
        ib = w.ib.user();
    }

    private <T> T as(Supplier<T> call) {
        return TenantContext.callAs(w.tenant.id(), call);
    }

    private List<Leerling> search(UUID schoolId) {
        return as(() -> leerlingen.search(ib, "Testjansma", null, schoolId));
    }

    private List<Bijlage> bijlagen(UUID leerlingId) {
        return as(() -> groeidocumenten.bijlagen(ib, leerlingId));
    }

    private List<Toestemming> toestemmingen(CurrentUser user, UUID leerlingId) {
        return as(() -> toestemmingen.list(user, leerlingId));
    }

    private List<Ondersteuningsaanvraag> aanvragen(UUID leerlingId) {
        return as(() -> aanvragen.list(ib, null, leerlingId));
    }

    @Test
    void importsACompleteDossierOnceAndUpdatesThePupilFromALaterDossier() {
        byte[] xml = OsoFiles.own("dossier-compleet.xml");

        OsoPreview preview = as(() -> imports.preview(ib, xml));
        assertThat(preview.school().id()).isEqualTo(w.school.id());
        assertThat(preview.bestaandeLeerlingId()).isNull();
        assertThat(preview.alreadyImported()).isFalse();
        assertThat(preview.volledig()).isTrue();
        assertThat(preview.ouders()).extracting(OsoPreview.Ouder::telefoon).containsExactly(null, "0698765000");
        assertThat(preview.ouders().get(1).adresGeheim()).isTrue();
        assertThat(preview.ouders().get(1).adres()).isNull();
        assertThat(preview.ondersteuning().tlvs()).extracting(OsoPreview.Tlv::beschikkingsnummer)
                .containsExactly("TLV-2024-0001");
        assertThat(preview.bijlagen()).allSatisfy(b -> assertThat(b.overgenomen()).isTrue());
        assertThat(search(w.school.id())).as("preview stores nothing").isEmpty();

        OsoImport first = as(() -> imports.importeer(ib, xml));
        assertThat(first.leerlingNieuw()).isTrue();
        assertThat(first.bijlagen()).isEqualTo(2);
        assertThat(first.toestemmingen()).isEqualTo(3);

        Leerling leerling = as(() -> leerlingen.get(ib, first.leerlingId()));
        assertThat(leerling.volledigeNaam()).isEqualTo("Fenna Testjansma");
        assertThat(leerling.groep()).isEqualTo("groep 6b");
        assertThat(leerling.ouders()).extracting(o -> o.relatie()).containsExactly(OuderRelatie.MOEDER, OuderRelatie.VADER);
        assertThat(leerling.ouders().get(0).telefoon()).as("secret number not stored").isNull();
        GroeidocumentVersie versie = as(() -> groeidocumenten.current(ib, first.leerlingId())).orElseThrow();
        assertThat(versie.id()).isEqualTo(first.groeidocumentVersieId());
        assertThat(versie.inhoud().belemmerendeFactoren()).contains("Dyscalculie");
        assertThat(versie.inhoud().ingezetEnResultaat()).contains("TLV-2024-0001", "ARR-2025-0007", "rekenvaardigheid");
        assertThat(versie.inhoud().aanwezigheid()).contains("4 dagdelen geoorloofd");
        assertThat(bijlagen(first.leerlingId())).hasSize(2);
        assertThat(toestemmingen(ib, first.leerlingId()))
                .hasSize(3).allSatisfy(t -> {
                    assertThat(t.gegeven()).isTrue();
                    assertThat(t.bron()).isEqualTo(ToestemmingBron.OSO);
                    assertThat(t.ontvanger()).isEqualTo(Ontvanger.SWV);
                });
        Ondersteuningsaanvraag aanvraag = as(() -> aanvragen.get(ib, first.aanvraagId()));
        assertThat(aanvraag.status()).isEqualTo(OndersteuningsaanvraagStatus.CONCEPT);
        assertThat(aanvraag.leerlingId()).isEqualTo(first.leerlingId());
        assertThat(aanvraag.groeidocumentVersieId()).isEqualTo(versie.id());

        OsoImport again = as(() -> imports.importeer(ib, xml));
        assertThat(again.alreadyImported()).isTrue();
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(as(() -> imports.preview(ib, xml)).alreadyImported()).isTrue();

        byte[] later = new String(xml, StandardCharsets.UTF_8).replace("<datum>2026-11-02</datum>", "<datum>2026-11-16</datum>")
                .replace("<groepsnaam>groep 6b</groepsnaam>", "<groepsnaam>groep 6c</groepsnaam>")
                .getBytes(StandardCharsets.UTF_8);
        assertThat(as(() -> imports.preview(ib, later)).bestaandeLeerlingId()).isEqualTo(first.leerlingId());
        OsoImport update = as(() -> imports.importeer(ib, later));
        assertThat(update.alreadyImported()).isFalse();
        assertThat(update.leerlingNieuw()).isFalse();
        assertThat(update.leerlingId()).isEqualTo(first.leerlingId());
        assertThat(update.aanvraagId()).as("the concept is reused").isEqualTo(first.aanvraagId());
        assertThat(update.bijlagen()).as("same attachments not stored again").isZero();

        assertThat(search(w.school.id())).hasSize(1);
        assertThat(as(() -> leerlingen.get(ib, first.leerlingId())).groep()).isEqualTo("groep 6c");
        assertThat(as(() -> leerlingen.get(ib, first.leerlingId())).ouders()).hasSize(2);
        assertThat(aanvragen(first.leerlingId())).hasSize(1);
        assertThat(bijlagen(first.leerlingId())).hasSize(2);
    }

    @Test
    void recordsTheParentsRefusalFromAnOptOutDossier() {
        OsoImport result = as(() -> imports.importeer(ib, OsoFiles.own("dossier-opt-out.xml")));

        assertThat(result.aanvraagId()).isNotNull();
        assertThat(toestemmingen(ib, result.leerlingId()))
                .isNotEmpty()
                .allSatisfy(t -> {
                    assertThat(t.gegeven()).isFalse();
                    assertThat(t.reden()).contains("te negatief");
                    assertThat(t.bron()).isEqualTo(ToestemmingBron.OSO);
                })
                .anySatisfy(t -> assertThat(t.onderwerp()).isEqualTo(ToestemmingOnderwerp.GROEIDOCUMENT));
    }

    @Test
    void refusesAnUnknownSchoolAndABsnAndStoresNothing() {
        assertThatThrownBy(() -> as(() -> imports.importeer(ib, OsoFiles.own("dossier-school-onbekend.xml"))))
                .isInstanceOf(PassendException.RuleViolation.class)
                .extracting(e -> ((PassendException) e).code()).isEqualTo("oso-school-onbekend");
        assertThatThrownBy(() -> as(() -> imports.importeer(ib, OsoFiles.own("dossier-bsn.xml"))))
                .isInstanceOf(PassendException.RuleViolation.class)
                .extracting(e -> ((PassendException) e).code()).isEqualTo("oso-verboden-gegeven");
        assertThat(search(null)).isEmpty();
    }

    @Test
    void refusesAnIbOfAnotherSchool() {
        var other = w.school(scholen, "98XB", "00", "Andere school");
        CurrentUser otherIb = fixtures.user(w.tenant, Role.IB, other.id()).user();

        assertThatThrownBy(() -> as(() -> imports.preview(otherIb, OsoFiles.own("dossier-compleet.xml"))))
                .isInstanceOf(PassendException.Forbidden.class);
    }

    @Test
    void aMedewerkerImportsPupilAndConsentButLeavesGroeidocumentAndAanvraagToTheSchool() {
        CurrentUser medewerker = fixtures.user(w.tenant, Role.MEDEWERKER, null).user();

        OsoImport result = as(() -> imports.importeer(medewerker, OsoFiles.own("dossier-compleet.xml")));

        assertThat(result.groeidocumentVersieId()).isNull();
        assertThat(result.aanvraagId()).isNull();
        assertThat(result.toestemmingen()).isEqualTo(1);
        assertThat(as(() -> leerlingen.get(ib, result.leerlingId())).achternaam()).isEqualTo("Testjansma");
    }

    @Test
    void importsTheSharedExampleOnceItsSchoolIsKnown() {
        byte[] example = OsoFiles.sharedBytes(OsoFiles.EXAMPLE);
        assertThatThrownBy(() -> as(() -> imports.preview(ib, example)))
                .extracting(e -> ((PassendException) e).code()).isEqualTo("oso-school-onbekend");
        var testschool = w.school(scholen, "00YY", "00", "Testschool");
        CurrentUser testschoolIb = fixtures.user(w.tenant, Role.IB, testschool.id()).user();

        OsoPreview preview = as(() -> imports.preview(testschoolIb, example));
        assertThat(preview.leerling().achternaam()).isEqualTo("Berg");
        assertThat(preview.ouders()).hasSize(5);
        assertThat(preview.ondersteuning().oppIngang()).isNotNull();
        assertThat(preview.ondersteuning().tlvs()).hasSize(1);
        assertThat(preview.ondersteuning().arrangementen()).hasSize(2);
        assertThat(preview.bijlagen()).hasSize(14);

        OsoImport result = as(() -> imports.importeer(testschoolIb, example));
        assertThat(result.aanvraagId()).isNotNull();
        assertThat(result.bijlagen()).isPositive();
        Leerling leerling = as(() -> leerlingen.get(testschoolIb, result.leerlingId()));
        assertThat(leerling.ouders()).as("deceased verzorgers are not taken over").hasSize(3);
        assertThat(toestemmingen(testschoolIb, result.leerlingId()))
                .extracting(Toestemming::gegeven).containsOnly(true);
        UUID again = as(() -> imports.importeer(testschoolIb, example)).id();
        assertThat(again).isEqualTo(result.id());
    }

    @Test
    void afterAnOptOutImportTheConsulentCannotReadTheGroeidocumentButTheSchoolAndTheParentCan() {
        WerkgebiedInput wg = new WerkgebiedInput();
        wg.setNaam("Oost " + w.tenant.id().toString().substring(0, 4));
        Werkgebied oost = as(() -> werkgebieden.create(w.tenant.beheerder().user(), wg));
        SchoolInput school = SchoolInput.of(w.school);
        school.setWerkgebiedId(oost.id());
        as(() -> scholen.update(w.tenant.beheerder().user(), w.school.id(), school));
        CurrentUser consulent = fixtures.user(w.tenant, Role.CONSULENT, oost.id()).user();
        CurrentUser medewerker = fixtures.user(w.tenant, Role.MEDEWERKER, null).user();
        Fixtures.TestUser ouder = fixtures.userWithoutTotp(w.tenant, Role.OUDER, null);

        OsoImport result = as(() -> imports.importeer(ib, OsoFiles.own("dossier-opt-out.xml")));
        Leerling leerling = as(() -> leerlingen.get(ib, result.leerlingId()));
        as(() -> {
            leerlingen.linkOuderAccount(medewerker, leerling.ouders().get(0).id(), ouder.user().accountId());
            return null;
        });

        assertThatThrownBy(() -> as(() -> groeidocumenten.current(consulent, result.leerlingId())))
                .isInstanceOf(PassendException.NotFound.class);
        assertThatThrownBy(() -> as(() -> groeidocumenten.version(consulent, result.groeidocumentVersieId())))
                .isInstanceOf(PassendException.NotFound.class);
        assertThatThrownBy(() -> as(() -> groeidocumenten.current(medewerker, result.leerlingId())))
                .isInstanceOf(PassendException.NotFound.class);
        assertThat(as(() -> groeidocumenten.current(ib, result.leerlingId()))).isPresent();
        assertThat(as(() -> groeidocumenten.current(ouder.user(), result.leerlingId()))).isPresent();
    }

    @Test
    void aTwinIsNotTakenForTheOtherAndAnAmbiguousMatchMakesANewPupil() {
        Leerling sanne = as(() -> leerlingen.create(ib, pupil("Sanne Maria", "Sanne")));
        OsoPreview alleenTweeling = as(() -> imports.preview(ib, OsoFiles.own("dossier-compleet.xml")));
        assertThat(alleenTweeling.bestaandeLeerlingId()).as("Sanne is not Fenna").isNull();
        assertThat(alleenTweeling.meerdereLeerlingen()).isFalse();

        Leerling fenna = as(() -> leerlingen.create(ib, pupil("Fenna", null)));
        assertThat(as(() -> imports.preview(ib, OsoFiles.own("dossier-compleet.xml"))).bestaandeLeerlingId())
                .isEqualTo(fenna.id());

        Leerling fenna2 = as(() -> leerlingen.create(ib, pupil("Fenna Maria", "Fenna")));
        OsoPreview twijfel = as(() -> imports.preview(ib, OsoFiles.own("dossier-compleet.xml")));
        assertThat(twijfel.bestaandeLeerlingId()).isNull();
        assertThat(twijfel.meerdereLeerlingen()).isTrue();
        OsoImport result = as(() -> imports.importeer(ib, OsoFiles.own("dossier-compleet.xml")));
        assertThat(result.leerlingNieuw()).isTrue();
        assertThat(result.leerlingId()).isNotIn(sanne.id(), fenna.id(), fenna2.id());
        assertThat(as(() -> leerlingen.get(ib, sanne.id())).voornamen()).isEqualTo("Sanne Maria");
    }

    private LeerlingInput pupil(String voornamen, String roepnaam) {
        LeerlingInput in = new LeerlingInput();
        in.setVoornamen(voornamen);
        in.setRoepnaam(roepnaam);
        in.setAchternaam("Testjansma");
        in.setGeboortedatum(LocalDate.of(2016, 5, 12));
        in.setGeslacht(Geslacht.V);
        in.setSchoolId(w.school.id());
        in.setWoonachtig(Woonachtig.SWV);
        return in;
    }
}
