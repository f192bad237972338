package nl.passend.bezwaar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import nl.passend.shared.PassendException;
import nl.passend.shared.TenantContext;
import nl.passend.shared.security.Role;
import nl.passend.shared.term.Terms;
import nl.passend.support.Fixtures;
import nl.passend.support.PassendIntegrationTest;
import nl.passend.support.TlvWorld;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/** Who may file and see a bezwaar: the pupil's parents, the school's board, the SWV's staff; nobody else. */
@PassendIntegrationTest
class BezwaarPartiesIntegrationTests {

    @Autowired Fixtures fixtures;
    @Autowired TlvWorld.TlvServices tlv;
    @Autowired BezwaarService bezwaren;
    @Autowired JdbcClient jdbc;
    @Autowired PlatformTransactionManager transactions;

    BezwaarWorld w;

    @BeforeEach
    void world() {
        w = new BezwaarWorld(fixtures, tlv, jdbc, transactions);
    }

    private static BezwaarInput grounds(BezwaarWorld.Case c, String gronden) {
        BezwaarInput in = new BezwaarInput();
        in.setBesluitId(c.besluit().id());
        in.setGronden(gronden);
        return in;
    }

    @Test
    void aParentFilesForTheirOwnChildOnlyAndReceiptIsToday() {
        BezwaarWorld.Case own = w.decided(10);
        Fixtures.TestUser otherParent = fixtures.userWithoutTotp(w.tenant, Role.OUDER, null);

        Bezwaar filed = w.as(w.ouder, u -> bezwaren.file(u, grounds(own, "Wij willen dat onze dochter op school blijft.")));

        assertThat(filed.indiener()).isEqualTo(Indiener.OUDERS);
        assertThat(filed.ontvangenOp()).isEqualTo(w.today());
        assertThat(filed.tijdig()).isEqualTo(Terms.objectionTimely(own.sent(), w.today(), null)).isTrue();
        assertThat(filed.gronden()).contains("dochter");
        List<Bezwaar> listed = w.as(w.ouder, u -> bezwaren.list(u, null));
        assertThat(listed).extracting(Bezwaar::id).containsExactly(filed.id());
        assertThatThrownBy(() -> w.as(otherParent, u -> bezwaren.file(u, grounds(own, "Ik ook."))))
                .isInstanceOf(PassendException.NotFound.class);
        assertThatThrownBy(() -> w.as(otherParent, u -> bezwaren.get(u, filed.id())))
                .isInstanceOf(PassendException.NotFound.class).hasMessage("bezwaar-not-found");
        assertThatThrownBy(() -> w.as(w.ouder, u -> bezwaren.file(u, grounds(own, "Nog een keer."))))
                .isInstanceOf(PassendException.Conflict.class).hasMessage("bezwaar-duplicate");
    }

    @Test
    void theBoardFilesForItsSchoolsAndDoesNotReadTheParentsGrounds() {
        BezwaarWorld.Case c = w.decided(10);
        Fixtures.TestUser otherBoard = fixtures.userWithoutTotp(w.tenant, Role.BESTUUR, fixtures.bestuur(w.tenant).id());
        Bezwaar parents = w.as(w.ouder, u -> bezwaren.file(u, grounds(c, "Onze dochter hoort in de eigen wijk.")));

        Bezwaar board = w.as(w.bestuurder, u -> bezwaren.file(u, grounds(c, "De school kan dit kind niet bieden.")));

        assertThat(board.indiener()).isEqualTo(Indiener.SCHOOLBESTUUR);
        assertThat(w.as(w.bestuurder, u -> bezwaren.get(u, parents.id())).gronden()).isNull();
        assertThat(w.as(w.bestuurder, u -> bezwaren.get(u, board.id())).gronden()).contains("niet bieden");
        assertThat(w.as(w.medewerker, u -> bezwaren.get(u, parents.id())).gronden()).contains("eigen wijk");
        assertThat(w.as(w.ouder, u -> bezwaren.get(u, board.id())).gronden()).isNull();
        assertThatThrownBy(() -> w.as(otherBoard, u -> bezwaren.file(u, grounds(c, "Wij ook."))))
                .isInstanceOf(PassendException.NotFound.class);
        List<Bezwaar> seen = w.as(otherBoard, u -> bezwaren.list(u, null));
        assertThat(seen).isEmpty();
    }

    @Test
    void staffOfAnotherSwvCannotSeeIt() {
        BezwaarWorld.Case c = w.decided(10);
        Bezwaar b = w.as(w.ouder, u -> bezwaren.file(u, grounds(c, "Niet eens.")));
        Fixtures.Tenant other = fixtures.tenant();
        Fixtures.TestUser directeur = fixtures.user(other, Role.DIRECTEUR, null);

        assertThatThrownBy(() -> TenantContext.callAs(other.id(), () -> bezwaren.get(directeur.user(), b.id())))
                .isInstanceOf(PassendException.NotFound.class).hasMessage("bezwaar-not-found");
        List<Bezwaar> seen = TenantContext.callAs(other.id(), () -> bezwaren.list(directeur.user(), null));
        assertThat(seen).isEmpty();
        assertThatThrownBy(() -> w.as(w.ib, u -> bezwaren.get(u, b.id())))
                .isInstanceOf(PassendException.Forbidden.class);
    }
}
