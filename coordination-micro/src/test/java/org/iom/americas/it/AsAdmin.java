package org.iom.americas.it;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;
import org.iom.americas.kernel.security.Roles;

/**
 * Lets an in-container test call the secured boundaries directly, as the application's own principal (ADMIN).
 * Only in the test archive.
 */
@Stateless
@PermitAll
@RunAs(Roles.ADMIN)
public class AsAdmin {

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}
