package org.iom.americas.web.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.iom.americas.kernel.error.BusinessException;
import org.iom.americas.kernel.security.Roles;
import org.iom.americas.partners.AccountBootstrap;

/**
 * The accounts a new installation starts with, once the schema is migrated. The embedded default (and only it)
 * gets the demo accounts; on MySQL the first administrator is opened from {@code COORDINATION_ADMIN_PASSWORD}
 * when no administrator exists yet, and nothing else.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@RunAs(Roles.ADMIN)
public class SecurityBootstrap {

    private static final Logger LOG = Logger.getLogger(SecurityBootstrap.class.getName());

    @EJB
    AccountBootstrap accounts;

    @PostConstruct
    void openFirstAccounts() {
        Config config = ConfigProvider.getConfig();
        if (config.getOptionalValue("coordination.embedded", Boolean.class).orElse(false)) {
            accounts.seedDemo();
            LOG.info("Embedded default: demo accounts ready (see the README)");
        }
        config.getOptionalValue("coordination.admin.password", String.class).ifPresent(password -> {
            try {
                if (accounts.ensureFirstAdministrator(password)) {
                    LOG.warning("Opened the first administrator account '" + AccountBootstrap.FIRST_ADMIN
                            + "'; remove COORDINATION_ADMIN_PASSWORD from the configuration now");
                }
            } catch (BusinessException weakPassword) {
                LOG.severe("COORDINATION_ADMIN_PASSWORD breaks the password rules (" + weakPassword.messageKey()
                        + "): no administrator was opened");
            }
        });
    }
}
