package nl.passend.groeidocument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;

import nl.passend.dossier.Leerling;
import nl.passend.organisation.SchoolInput;
import nl.passend.organisation.SchoolService;
import nl.passend.organisation.SchoolSoort;
import nl.passend.organisation.Werkgebied;
import nl.passend.organisation.WerkgebiedInput;
import nl.passend.organisation.WerkgebiedService;
import nl.passend.shared.PassendException;
import nl.passend.shared.security.Role;
import nl.passend.support.Fixtures;
import nl.passend.support.PassendIntegrationTest;
import nl.passend.support.TlvWorld;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Groeidocument versions and the consent rule for attachments, through the real services and database. */
@PassendIntegrationTest
class GroeidocumentIntegrationTests {

    @Autowired Fixtures fixtures;
    @Autowired TlvWorld.TlvServices tlv;
    @Autowired GroeidocumentService documenten;
    @Autowired ToestemmingService toestemmingen;
    @Autowired WerkgebiedService werkgebieden;
    @Autowired SchoolService scholen;

    TlvWorld w;

    @BeforeEach
    void world() {
        w = new TlvWorld(fixtures, tlv);
    }

    private static GroeidocumentInput doc(String vraagKind, String onderwijsbehoeften) {
        return new GroeidocumentInput(vraagKind, "Ouders willen rust thuis.", null, null, "Sport", "Drukke klas",
                onderwijsbehoeften, null, "Lezen op niveau E4", "Extra leesbegeleiding: kleine vooruitgang", "95%");
    }

    @Test
    void everySaveIsANewVersionAndEarlierVersionsStayReadable() {
        Leerling sem = w.pupil();
        assertThat(w.<java.util.Optional<GroeidocumentVersie>>as(w.ib, u -> documenten.current(u, sem.id()))).isEmpty();

        GroeidocumentVersie first = w.as(w.ib, u -> documenten.save(u, sem.id(), doc("Ik wil rustig kunnen werken.", "Korte instructie")));
        GroeidocumentVersie second = w.as(w.ib, u -> documenten.save(u, sem.id(), doc("Ik wil rustig kunnen werken.", "Korte instructie, vaste plek")));

        assertThat(first.nummer()).isEqualTo(1);
        assertThat(second.nummer()).isEqualTo(2);
        assertThat(second.auteurId()).isEqualTo(w.ib.user().accountId());
        assertThat(w.as(w.ib, u -> documenten.current(u, sem.id())).orElseThrow().id()).isEqualTo(second.id());
        assertThat(w.<List<GroeidocumentVersie>>as(w.ib, u -> documenten.versions(u, sem.id()))).extracting(GroeidocumentVersie::nummer).containsExactly(2, 1);
        assertThat(w.as(w.directeur, u -> documenten.version(u, first.id())).inhoud().onderwijsbehoeften())
                .isEqualTo("Korte instructie");
        assertThat(w.<java.util.Optional<GroeidocumentVersie>>as(w.ouder, u -> documenten.current(u, sem.id()))).isPresent();
        assertThat(second.toString()).doesNotContain("rustig");

        var otherIb = fixtures.user(w.tenant, Role.IB, fixtures.school(w.tenant, w.bestuur, SchoolSoort.BAO).id());
        assertThatThrownBy(() -> w.as(otherIb, u -> documenten.version(u, first.id())))
                .isInstanceOf(PassendException.NotFound.class);
        assertThatThrownBy(() -> w.as(otherIb, u -> documenten.save(u, sem.id(), doc("x", "y"))))
                .isInstanceOf(PassendException.NotFound.class);
        assertThatThrownBy(() -> w.as(w.medewerker, u -> documenten.save(u, sem.id(), doc("x", "y"))))
                .isInstanceOf(PassendException.Forbidden.class);
    }

    @Test
    void anAttachmentIsShownOutsideTheSchoolOnlyWithConsentForThatRecipient() {
        WerkgebiedInput wg = new WerkgebiedInput();
        wg.setNaam("Noord " + w.tenant.id().toString().substring(0, 4));
        Werkgebied noord = w.as(w.tenant.beheerder(), u -> werkgebieden.create(u, wg));
        SchoolInput bao = SchoolInput.of(w.bao);
        bao.setWerkgebiedId(noord.id());
        w.as(w.tenant.beheerder(), u -> scholen.update(u, w.bao.id(), bao));
        var consulent = fixtures.user(w.tenant, Role.CONSULENT, noord.id());
        Leerling sem = w.pupil();
        Bijlage verslag = w.as(w.ib, u -> documenten.addBijlage(u, sem.id(), "verslag.pdf", "application/pdf",
                "%PDF-1.4 verslag".getBytes(StandardCharsets.UTF_8)));

        assertThat(w.<List<Bijlage>>as(w.ib, u -> documenten.bijlagen(u, sem.id()))).extracting(Bijlage::id).containsExactly(verslag.id());
        assertThat(w.<List<Bijlage>>as(w.ouder, u -> documenten.bijlagen(u, sem.id()))).extracting(Bijlage::id).containsExactly(verslag.id());
        assertThat(w.<List<Bijlage>>as(consulent, u -> documenten.bijlagen(u, sem.id()))).isEmpty();
        assertThatThrownBy(() -> w.as(consulent, u -> documenten.bijlageContent(u, sem.id(), verslag.id())))
                .isInstanceOf(PassendException.NotFound.class);

        // Consent for another recipient does not count for the consulent.
        w.as(w.ouder, u -> toestemmingen.record(u, new ToestemmingInput(sem.id(), ToestemmingOnderwerp.BIJLAGE,
                verslag.id(), Ontvanger.ZORGPARTNER, true, null, null, null, null)));
        assertThat(w.<List<Bijlage>>as(consulent, u -> documenten.bijlagen(u, sem.id()))).isEmpty();

        Toestemming ja = w.as(w.ouder, u -> toestemmingen.record(u, new ToestemmingInput(sem.id(),
                ToestemmingOnderwerp.BIJLAGE, verslag.id(), Ontvanger.CONSULENT, true, null, "iemand anders", null, null)));
        assertThat(ja.doorAccount()).isEqualTo(w.ouder.user().accountId());
        assertThat(ja.op()).isEqualTo(w.today());
        assertThat(w.<List<Bijlage>>as(consulent, u -> documenten.bijlagen(u, sem.id()))).extracting(Bijlage::id).containsExactly(verslag.id());
        assertThat(w.as(consulent, u -> documenten.bijlageContent(u, sem.id(), verslag.id())).inhoud())
                .startsWith("%PDF".getBytes(StandardCharsets.UTF_8));
        assertThat(w.<List<Bijlage>>as(w.directeur, u -> documenten.bijlagen(u, sem.id()))).isEmpty();

        // The school records on paper that the parents withdrew it: the latest record counts.
        w.as(w.ib, u -> toestemmingen.record(u, new ToestemmingInput(sem.id(), ToestemmingOnderwerp.BIJLAGE,
                verslag.id(), Ontvanger.CONSULENT, false, "Ouders trekken toestemming in", "Anna Jansen",
                w.today(), null)));
        assertThat(w.<List<Bijlage>>as(consulent, u -> documenten.bijlagen(u, sem.id()))).isEmpty();
        assertThat(w.<List<Toestemming>>as(w.ib, u -> toestemmingen.list(u, sem.id()))).hasSize(3);

        assertThatThrownBy(() -> w.as(w.ib, u -> toestemmingen.record(u, new ToestemmingInput(sem.id(),
                ToestemmingOnderwerp.BIJLAGE, verslag.id(), Ontvanger.SWV, true, null, " ", null, null))))
                .isInstanceOf(PassendException.RuleViolation.class).hasMessageContaining("toestemming-door-verplicht");
        assertThatThrownBy(() -> w.as(w.ib, u -> documenten.addBijlage(u, sem.id(), "x.exe", "application/x-msdownload",
                new byte[] {1}))).isInstanceOf(PassendException.RuleViolation.class);
    }

    @Test
    void aLaterRefusalForTheConsulentWinsOverAnEarlierConsentForTheSwv() {
        WerkgebiedInput wg = new WerkgebiedInput();
        wg.setNaam("Zuid " + w.tenant.id().toString().substring(0, 4));
        Werkgebied zuid = w.as(w.tenant.beheerder(), u -> werkgebieden.create(u, wg));
        SchoolInput bao = SchoolInput.of(w.bao);
        bao.setWerkgebiedId(zuid.id());
        w.as(w.tenant.beheerder(), u -> scholen.update(u, w.bao.id(), bao));
        var consulent = fixtures.user(w.tenant, Role.CONSULENT, zuid.id());
        Leerling sem = w.pupil();
        Bijlage verslag = w.as(w.ib, u -> documenten.addBijlage(u, sem.id(), "verslag.pdf", "application/pdf",
                "%PDF-1.4 verslag".getBytes(StandardCharsets.UTF_8)));
        w.as(w.ouder, u -> toestemmingen.record(u, new ToestemmingInput(sem.id(), ToestemmingOnderwerp.BIJLAGE,
                verslag.id(), Ontvanger.SWV, true, null, null, null, null)));
        assertThat(w.<List<Bijlage>>as(consulent, u -> documenten.bijlagen(u, sem.id()))).hasSize(1);

        w.as(w.ouder, u -> toestemmingen.record(u, new ToestemmingInput(sem.id(), ToestemmingOnderwerp.BIJLAGE,
                verslag.id(), Ontvanger.CONSULENT, false, "Niet aan de consulent", null, null, null)));

        assertThat(w.<List<Bijlage>>as(consulent, u -> documenten.bijlagen(u, sem.id()))).isEmpty();
        assertThatThrownBy(() -> w.as(consulent, u -> documenten.bijlageContent(u, sem.id(), verslag.id())))
                .isInstanceOf(PassendException.NotFound.class);
        assertThat(w.<List<Bijlage>>as(w.directeur, u -> documenten.bijlagen(u, sem.id()))).hasSize(1);
    }

    @Test
    void aRefusalForTheWholeGroeidocumentHidesItOutsideTheSchoolAndTheParents() {
        Leerling sem = w.pupil();
        GroeidocumentVersie v = w.as(w.ib, u -> documenten.save(u, sem.id(), doc("Rust", "Korte instructie")));
        assertThat(w.as(w.directeur, u -> documenten.version(u, v.id())).id()).isEqualTo(v.id());

        w.as(w.ib, u -> toestemmingen.record(u, new ToestemmingInput(sem.id(), ToestemmingOnderwerp.GROEIDOCUMENT, null,
                Ontvanger.SWV, false, "Niet delen", "Anna Jansen", null, null)));

        assertThatThrownBy(() -> w.as(w.directeur, u -> documenten.current(u, sem.id())))
                .isInstanceOf(PassendException.NotFound.class);
        assertThatThrownBy(() -> w.as(w.directeur, u -> documenten.versions(u, sem.id())))
                .isInstanceOf(PassendException.NotFound.class);
        assertThatThrownBy(() -> w.as(w.directeur, u -> documenten.version(u, v.id())))
                .isInstanceOf(PassendException.NotFound.class);
        assertThat(w.<java.util.Optional<GroeidocumentVersie>>as(w.ib, u -> documenten.current(u, sem.id()))).isPresent();
        assertThat(w.<java.util.Optional<GroeidocumentVersie>>as(w.ouder, u -> documenten.current(u, sem.id()))).isPresent();

        w.as(w.ib, u -> toestemmingen.record(u, new ToestemmingInput(sem.id(), ToestemmingOnderwerp.GROEIDOCUMENT, null,
                Ontvanger.SWV, true, null, "Anna Jansen", null, null)));
        assertThat(w.as(w.directeur, u -> documenten.version(u, v.id())).id()).isEqualTo(v.id());
    }
}
