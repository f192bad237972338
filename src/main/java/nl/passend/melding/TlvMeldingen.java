package nl.passend.melding;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import nl.passend.access.Colleague;
import nl.passend.access.Directory;
import nl.passend.dossier.LeerlingService;
import nl.passend.shared.TenantContext;
import nl.passend.shared.security.Role;
import nl.passend.shared.security.ScopeType;
import nl.passend.shared.term.DeadlineState;
import nl.passend.tlv.AdviesRecorded;
import nl.passend.tlv.DeskundigeAssigned;
import nl.passend.tlv.TlvAanvraagReturned;
import nl.passend.tlv.TlvAanvraagSubmitted;
import nl.passend.tlv.TlvDecided;
import nl.passend.werkvoorraad.Deadline;
import nl.passend.werkvoorraad.DeadlineService;
import nl.passend.werkvoorraad.DeadlineSignalled;

import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Who is told what when a TLV case moves or a step comes near its date. Each reaction runs after the
 * publisher's commit on its own thread (the event publication registry records it until it completes).
 * Not {@code @ApplicationModuleListener}: its transaction would start before the tenant is known, and
 * row-level security would hide every row. Here the transaction starts inside the event's tenant.
 */
@Component
class TlvMeldingen {

    static final String AANVRAAG_SUBMITTED = "TLV_AANVRAAG_SUBMITTED";
    static final String AANVRAAG_RETURNED = "TLV_AANVRAAG_RETURNED";
    static final String DESKUNDIGE_ASSIGNED = "TLV_DESKUNDIGE_ASSIGNED";
    static final String ADVIES_RECORDED = "TLV_ADVIES_RECORDED";
    static final String TLV_DECIDED = "TLV_DECIDED";
    static final String DEADLINE_NEAR = "DEADLINE_NEAR";
    static final String DEADLINE_OVERDUE = "DEADLINE_OVERDUE";

    private final MeldingService meldingen;
    private final Directory directory;
    private final LeerlingService leerlingen;
    private final DeadlineService deadlines;
    private final TransactionTemplate transactions;

    TlvMeldingen(MeldingService meldingen, Directory directory, LeerlingService leerlingen, DeadlineService deadlines,
                 PlatformTransactionManager transactionManager) {
        this.meldingen = meldingen;
        this.directory = directory;
        this.leerlingen = leerlingen;
        this.deadlines = deadlines;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** A new request: the SWV's medewerkers check it for completeness. */
    @Async
    @TransactionalEventListener
    void on(TlvAanvraagSubmitted e) {
        deliver(e.swvId(), AANVRAAG_SUBMITTED, aanvraag(e.aanvraagId()),
                () -> directory.holders(Role.MEDEWERKER).stream().map(Colleague::id).toList());
    }

    /** The SWV asks for more information: the school's IBs supplement the request. */
    @Async
    @TransactionalEventListener
    void on(TlvAanvraagReturned e) {
        deliver(e.swvId(), AANVRAAG_RETURNED, aanvraag(e.aanvraagId()),
                () -> directory.holdersForSchool(Role.IB, e.schoolId()));
    }

    @Async
    @TransactionalEventListener
    void on(DeskundigeAssigned e) {
        deliver(e.swvId(), DESKUNDIGE_ASSIGNED, aanvraag(e.aanvraagId()), () -> List.of(e.deskundigeId()));
    }

    /** Parents get a copy of each advice; their screen of the request shows it. */
    @Async
    @TransactionalEventListener
    void on(AdviesRecorded e) {
        deliver(e.swvId(), ADVIES_RECORDED, aanvraag(e.aanvraagId()), () -> leerlingen.ouderAccounts(e.leerlingId()));
    }

    /** The decision goes to the parents and to the IBs of the requesting and the receiving school. */
    @Async
    @TransactionalEventListener
    void on(TlvDecided e) {
        deliver(e.swvId(), TLV_DECIDED, aanvraag(e.aanvraagId()), () -> {
            List<UUID> to = new ArrayList<>(leerlingen.ouderAccounts(e.leerlingId()));
            to.addAll(directory.holdersForSchool(Role.IB, e.schoolId()));
            if (e.ontvangendeSchoolId() != null) {
                to.addAll(directory.holdersForSchool(Role.IB, e.ontvangendeSchoolId()));
            }
            return to;
        });
    }

    /** A step came near its date or passed it: its owner (the account, or the role within the school or werkgebied). */
    @Async
    @TransactionalEventListener
    void on(DeadlineSignalled e) {
        String soort = e.state() == DeadlineState.OVERDUE ? DEADLINE_OVERDUE : DEADLINE_NEAR;
        TenantContext.runAs(e.swvId(), () -> transactions.executeWithoutResult(status ->
                deadlines.find(e.deadlineId()).filter(d -> !d.gesloten()).ifPresent(d ->
                        meldingen.notify(e.swvId(), owners(d), soort, d.link()))));
    }

    private Collection<UUID> owners(Deadline d) {
        if (d.ownerAccount() != null) {
            return List.of(d.ownerAccount());
        }
        if (d.ownerRole().scope() == ScopeType.SCHOOL && d.schoolId() != null) {
            return directory.holdersForSchool(d.ownerRole(), d.schoolId());
        }
        if (d.ownerRole().scope() == ScopeType.WERKGEBIED && d.schoolId() != null) {
            return directory.holdersForWerkgebiedOfSchool(d.ownerRole(), d.schoolId());
        }
        return directory.holders(d.ownerRole()).stream().map(Colleague::id).toList();
    }

    /** Finds the recipients and writes the meldingen in one transaction that starts inside the tenant. */
    private void deliver(UUID swvId, String soort, String link, Supplier<Collection<UUID>> recipients) {
        TenantContext.runAs(swvId, () -> transactions.executeWithoutResult(status ->
                meldingen.notify(swvId, recipients.get(), soort, link)));
    }

    private static String aanvraag(UUID aanvraagId) {
        return "/tlv/aanvragen/" + aanvraagId;
    }
}
