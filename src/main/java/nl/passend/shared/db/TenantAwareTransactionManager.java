package nl.passend.shared.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import javax.sql.DataSource;

import nl.passend.shared.TenantContext;

import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.TransactionDefinition;

/**
 * Starts every transaction by telling PostgreSQL the current tenant
 * ({@code set_config('passend.swv_id', ..., true)}), so row-level security applies to all its
 * queries. The setting is transaction-local and disappears at commit or rollback.
 */
public class TenantAwareTransactionManager extends JdbcTransactionManager {

    public TenantAwareTransactionManager(DataSource dataSource) {
        super(dataSource);
    }

    @Override
    protected void prepareTransactionalConnection(Connection con, TransactionDefinition definition)
            throws SQLException {
        super.prepareTransactionalConnection(con, definition);
        String tenant = TenantContext.current().map(Object::toString).orElse("");
        try (PreparedStatement statement = con.prepareStatement("SELECT set_config('passend.swv_id', ?, true)")) {
            statement.setString(1, tenant);
            statement.execute();
        }
    }
}
