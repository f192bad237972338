package nl.passend.finance.inputs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import nl.passend.finance.Bekostigingstelling;
import nl.passend.finance.BekostigingstellingBron;
import nl.passend.finance.BekostigingstellingImport;
import nl.passend.finance.BekostigingstellingService;
import nl.passend.finance.Leeftijdsklasse;
import nl.passend.finance.TelSoort;
import nl.passend.organisation.LeerlingtellingInput;
import nl.passend.organisation.LeerlingtellingService;
import nl.passend.organisation.School;
import nl.passend.shared.PassendException;
import nl.passend.shared.TenantContext;
import nl.passend.shared.security.Role;
import nl.passend.support.Fixtures;
import nl.passend.support.Fixtures.Tenant;
import nl.passend.support.Fixtures.TestUser;
import nl.passend.support.PassendIntegrationTest;
import nl.passend.support.TlvWorld;
import nl.passend.tlv.Advies;
import nl.passend.tlv.Bekostigingscategorie;
import nl.passend.tlv.BesluitInput;
import nl.passend.tlv.TlvAanvraag;
import nl.passend.tlv.TlvAantal;
import nl.passend.tlv.TlvCounts;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Bekostigingstellingen: derived from Passend (leerlingtellingen, TLV register) and imported from DUO. */
@PassendIntegrationTest
class TellingIntegrationTests {

    @Autowired Fixtures fixtures;
    @Autowired TlvWorld.TlvServices tlv;
    @Autowired BekostigingstellingService tellingen;
    @Autowired LeerlingtellingService leerlingtellingen;
    @Autowired TlvCounts tlvCounts;

    @Test
    void derivedCountsTakeOnlyTlvsValidAndNotWithdrawnOnTheTeldatumAndBasisFromBaoAndSbo() {
        TlvWorld w = new TlvWorld(fixtures, tlv);
        TestUser controller = fixtures.user(w.tenant, Role.CONTROLLER, null);
        // Two SO TLVs, category midden, from 4 January 2027; the second is reopened and decided again as
        // hoog, which withdraws the midden TLV today.
        TlvAanvraag first = w.inAdvies(w.pupil());
        w.granted(first, w.advised(first));
        TlvAanvraag second = w.inAdvies(w.pupil());
        Advies advice = w.advised(second);
        w.granted(second, advice);
        w.as(w.directeur, u -> tlv.besluiten().reopen(u, second.id()));
        BesluitInput hoog = w.grant(advice.id());
        hoog.setCategorie(Bekostigingscategorie.HOOG);
        hoog.setAfwijkingMotivering("De ondersteuningsbehoefte is bij nader inzien hoog.");
        w.as(w.directeur, u -> tlv.besluiten().decide(u, second.id(), hoog));

        LocalDate teldatum = Stream.of(LocalDate.of(2027, 2, 1), LocalDate.of(2027, 10, 1), LocalDate.of(2028, 2, 1))
                .filter(d -> !d.isBefore(w.today())).findFirst().orElseThrow();
        List<Bekostigingstelling> derived = w.as(controller, u -> tellingen.deriveVerrekening(u, teldatum));

        Map<String, Integer> counts = derived.stream().collect(Collectors.toMap(
                t -> t.soort() + "/" + t.leeftijdsklasse(), Bekostigingstelling::aantal));
        assertThat(counts).containsEntry("SO_MIDDEN/ALLE", 1).containsEntry("SO_HOOG/ALLE", 1)
                .containsEntry("SO_LAAG/ALLE", 0).containsEntry("SBO/ALLE", 0)
                .containsEntry("SO_MIDDEN/VANAF_8", 1).containsEntry("SO_MIDDEN/ONDER_8", 0);
        assertThat(derived).allSatisfy(t -> assertThat(t.bron()).isEqualTo(BekostigingstellingBron.TLV_REGISTER));
        // Before the TLVs start nobody is counted.
        List<TlvAantal> before = w.as(controller, u -> tlvCounts.countOn(u, LocalDate.of(2026, 10, 1)));
        assertThat(before).isEmpty();
        assertThatThrownBy(() -> w.as(w.medewerker, u -> tlvCounts.countOn(u, teldatum)))
                .isInstanceOf(PassendException.Forbidden.class);

        // BASIS: the bao and sbo schools' leerlingtellingen, not the SO school's.
        count(w.tenant, w.bao, teldatum, 400);
        count(w.tenant, w.sbo, teldatum, 90);
        count(w.tenant, w.so, teldatum, 70);
        Bekostigingstelling basis = w.as(controller, u -> tellingen.deriveBasis(u, teldatum));
        assertThat(basis.aantal()).isEqualTo(490);
        assertThat(basis.bron()).isEqualTo(BekostigingstellingBron.LEERLINGTELLING);
        List<nl.passend.finance.calc.Telling> all = w.as(controller, u -> tellingen.tellingen(u, teldatum));
        assertThat(all).hasSize(13);
    }

    @Test
    void aPupilWithTwoValidTlvsIsCountedOnceUnderTheLatest() {
        TlvWorld w = new TlvWorld(fixtures, tlv);
        TestUser controller = fixtures.user(w.tenant, Role.CONTROLLER, null);
        // One pupil, two SO TLVs valid on the teldatum from separate requests: midden, then hoog.
        var pupil = w.pupil();
        TlvAanvraag first = w.inAdvies(pupil);
        w.granted(first, w.advised(first));
        TlvAanvraag second = w.inAdvies(pupil);
        Advies advice = w.advised(second);
        BesluitInput hoog = w.grant(advice.id());
        hoog.setCategorie(Bekostigingscategorie.HOOG);
        hoog.setAfwijkingMotivering("De ondersteuningsbehoefte is bij nader inzien hoog.");
        w.as(w.directeur, u -> tlv.besluiten().decide(u, second.id(), hoog));
        LocalDate teldatum = Stream.of(LocalDate.of(2027, 2, 1), LocalDate.of(2027, 10, 1), LocalDate.of(2028, 2, 1))
                .filter(d -> !d.isBefore(w.today())).findFirst().orElseThrow();

        List<TlvAantal> counts = w.as(controller, u -> tlvCounts.countOn(u, teldatum));

        // Same ingangsdatum: the later decided TLV counts; the pupil is counted once, not once per TLV.
        assertThat(counts).singleElement().satisfies(a -> {
            assertThat(a.categorie()).isEqualTo(Bekostigingscategorie.HOOG);
            assertThat(a.totaal()).isEqualTo(1);
        });
    }

    @Test
    void aDuoImportWithOneBadLineStoresNothingAndReportsTheLine() {
        Tenant tenant = fixtures.tenant();
        TestUser controller = fixtures.user(tenant, Role.CONTROLLER, null);
        String csv = """
                teldatum;soort;leeftijdsklasse;aantal
                2024-02-01;BASIS;;8123
                2024-02-01;SBO;;-4
                01-02-2024;SO_LAAG;;31
                2024-02-01;SO_MIDDEN;;12
                2024-02-01;SO_MIDDEN;;13
                2024-02-02;SO_HOOG;;9
                """;

        BekostigingstellingImport result = TenantContext.callAs(tenant.id(), () -> tellingen.importDuo(controller.user(), csv));

        assertThat(result.geslaagd()).isFalse();
        assertThat(result.fouten()).extracting(BekostigingstellingImport.Regelfout::regel).containsExactly(3L, 6L, 7L);
        assertThat(result.fouten()).extracting(BekostigingstellingImport.Regelfout::code)
                .containsExactly("telling-import-aantal", "telling-import-dubbel", "telling-import-teldatum");
        assertThat(TenantContext.callAs(tenant.id(), () -> tellingen.list(controller.user(), LocalDate.of(2024, 2, 1))))
                .isEmpty();

        String good = csv.lines().filter(l -> !l.contains("-4") && !l.contains(";13") && !l.contains("2024-02-02"))
                .collect(Collectors.joining("\n"));
        BekostigingstellingImport ok = TenantContext.callAs(tenant.id(), () -> tellingen.importDuo(controller.user(), good));
        assertThat(ok.geslaagd()).isTrue();
        assertThat(ok.opgeslagen()).extracting(Bekostigingstelling::soort)
                .containsExactlyInAnyOrder(TelSoort.BASIS, TelSoort.SO_LAAG, TelSoort.SO_MIDDEN);
        assertThat(ok.opgeslagen()).allSatisfy(t -> {
            assertThat(t.bron()).isEqualTo(BekostigingstellingBron.DUO);
            assertThat(t.leeftijdsklasse()).isEqualTo(Leeftijdsklasse.ALLE);
        });
    }

    private void count(Tenant tenant, School school, LocalDate teldatum, int aantal) {
        LeerlingtellingInput in = new LeerlingtellingInput();
        in.setSchoolId(school.id());
        in.setTeldatum(teldatum);
        in.setAantal(aantal);
        TenantContext.callAs(tenant.id(), () -> leerlingtellingen.create(tenant.beheerder().user(), in));
    }

}
