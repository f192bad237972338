package nl.passend.demo;

import java.sql.Types;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes one planned demo SWV. Runs inside a transaction whose tenant is that SWV: every tenant row
 * carries the SWV's ID, and row-level security refuses any that does not. The swv row itself has no
 * row-level security and goes first, in the same transaction, so a failure leaves no empty SWV behind.
 */
final class DemoSwvWriter {

    private final JdbcClient jdbc;

    DemoSwvWriter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void write(DemoPlan.Swv swv, String passwordHash) {
        jdbc.sql("""
                INSERT INTO swv (id, naam, administratienummer, sector, adres, directeur_naam, bestuur_naam)
                VALUES (:id, :naam, :nummer, :sector, :adres, :directeur, :bestuur)""")
                .param("id", swv.id()).param("naam", swv.naam()).param("nummer", swv.administratienummer())
                .param("sector", swv.sector()).param("adres", swv.adres())
                .param("directeur", swv.directeurNaam()).param("bestuur", swv.bestuurNaam())
                .update();
        for (DemoPlan.Werkgebied werkgebied : swv.werkgebieden()) {
            jdbc.sql("INSERT INTO werkgebied (id, swv_id, naam) VALUES (:id, :swv, :naam)")
                    .param("id", werkgebied.id()).param("swv", swv.id()).param("naam", werkgebied.naam())
                    .update();
        }
        for (DemoPlan.Gemeente gemeente : swv.gemeenten()) {
            jdbc.sql("INSERT INTO gemeente (id, swv_id, naam, cbs_code) VALUES (:id, :swv, :naam, :cbs)")
                    .param("id", gemeente.id()).param("swv", swv.id()).param("naam", gemeente.naam())
                    .param("cbs", gemeente.cbsCode())
                    .update();
        }
        for (DemoPlan.Bestuur bestuur : swv.besturen()) {
            jdbc.sql("""
                    INSERT INTO bestuur (id, swv_id, naam, bevoegd_gezag_nummer, iban)
                    VALUES (:id, :swv, :naam, :nummer, :iban)""")
                    .param("id", bestuur.id()).param("swv", swv.id()).param("naam", bestuur.naam())
                    .param("nummer", bestuur.bevoegdGezagNummer()).param("iban", bestuur.iban())
                    .update();
        }
        for (DemoPlan.School school : swv.scholen()) {
            jdbc.sql("""
                    INSERT INTO school (id, swv_id, brin, vestigingsnummer, naam, soort, cluster, bestuur_id,
                                        werkgebied_id, gemeente_id, adres, plaats)
                    VALUES (:id, :swv, :brin, :vestiging, :naam, :soort, :cluster, :bestuur,
                            :werkgebied, :gemeente, :adres, :plaats)""")
                    .param("id", school.id()).param("swv", swv.id()).param("brin", school.brin())
                    .param("vestiging", school.vestigingsnummer()).param("naam", school.naam())
                    .param("soort", school.soort()).param("cluster", school.cluster(), Types.SMALLINT)
                    .param("bestuur", school.bestuurId()).param("werkgebied", school.werkgebiedId())
                    .param("gemeente", school.gemeenteId()).param("adres", school.adres())
                    .param("plaats", school.plaats())
                    .update();
        }
        for (DemoPlan.Leerlingtelling telling : swv.leerlingtellingen()) {
            jdbc.sql("""
                    INSERT INTO leerlingtelling (id, swv_id, school_id, teldatum, aantal, bron, status)
                    VALUES (:id, :swv, :school, :teldatum, :aantal, :bron, :status)""")
                    .param("id", telling.id()).param("swv", swv.id()).param("school", telling.schoolId())
                    .param("teldatum", telling.teldatum()).param("aantal", telling.aantal())
                    .param("bron", telling.bron()).param("status", telling.status())
                    .update();
        }
        for (DemoPlan.User user : swv.users()) {
            jdbc.sql("""
                    INSERT INTO account (id, swv_id, username, display_name, email, password_hash)
                    VALUES (:id, :swv, :username, :displayName, :email, :hash)""")
                    .param("id", user.id()).param("swv", swv.id()).param("username", user.username())
                    .param("displayName", user.displayName()).param("email", user.email())
                    .param("hash", passwordHash)
                    .update();
            jdbc.sql("""
                    INSERT INTO role_assignment (swv_id, account_id, role, school_id, bestuur_id, werkgebied_id,
                                                 gemeente_id)
                    VALUES (:swv, :account, :role, :school, :bestuur, :werkgebied, :gemeente)""")
                    .param("swv", swv.id()).param("account", user.id()).param("role", user.role().name())
                    .param("school", user.schoolId()).param("bestuur", user.bestuurId())
                    .param("werkgebied", user.werkgebiedId()).param("gemeente", user.gemeenteId())
                    .update();
        }
    }
}
