package org.iom.americas.web.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.iom.americas.kernel.audit.AuditChain;

/**
 * Puts the pending audit entries on the chain. Whoever needs its entries sealed (an answer that wrote some, a
 * reader of the trail) calls {@link #sealCommitted()}: one caller at a time leads a seal round, and everyone who
 * arrived while a round ran waits for the next one, which seals them all in one transaction. This is a group
 * commit: under load one round serves many writers, and nobody waits for a round that began before its own
 * commit. A sweep every ten seconds seals what nobody asked for (the work of timers, an instance that stopped
 * between a commit and its seal).
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class AuditSealer {

    private static final Logger LOG = Logger.getLogger(AuditSealer.class.getName());
    private static final int ENTRIES_PER_TRANSACTION = 500;
    private static final long SWEEP_MILLIS = 10_000;
    /** A follower gives up waiting after this; its entry stays pending for the next round or the sweep. */
    private static final long PATIENCE_SECONDS = 10;

    private final ReentrantLock rounds = new ReentrantLock();
    private final Condition roundEnded = rounds.newCondition();
    private long started;
    private long ended;
    private boolean sealing;

    @PersistenceContext(unitName = "coordination")
    EntityManager em;

    @Resource
    SessionContext context;

    @Resource
    TimerService timers;

    @PostConstruct
    void sweepRegularly() {
        timers.createIntervalTimer(SWEEP_MILLIS, SWEEP_MILLIS, new TimerConfig("audit-seal-sweep", false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void sweep() {
        sealCommitted();
    }

    /**
     * Returns once every entry committed before the call is on the chain, or after a round failed or the wait ran
     * out (logged; the entries stay pending, whole, for a later round).
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void sealCommitted() {
        rounds.lock();
        try {
            long needed = started + 1;
            while (ended < needed) {
                if (!sealing) {
                    lead();
                } else if (!roundEnded.await(PATIENCE_SECONDS, TimeUnit.SECONDS)) {
                    LOG.warning("Audit entries are waiting for a seal round that has not ended; they stay pending");
                    return;
                }
            }
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        } finally {
            rounds.unlock();
        }
    }

    /** Runs one round with the lock released, so others can queue for the next while this one writes. */
    private void lead() {
        sealing = true;
        long round = ++started;
        rounds.unlock();
        try {
            AuditSealer self = context.getBusinessObject(AuditSealer.class);
            while (self.sealSome() == ENTRIES_PER_TRANSACTION) {
                // more were waiting than one transaction takes
            }
        } catch (RuntimeException failed) {
            LOG.log(Level.WARNING, "A seal round failed; its entries stay pending for the next round", failed);
        } finally {
            rounds.lock();
            sealing = false;
            ended = round;
            roundEnded.signalAll();
        }
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int sealSome() {
        return AuditChain.seal(AuditChain.of(em), ENTRIES_PER_TRANSACTION);
    }
}
