package org.iom.americas.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;
import org.iom.americas.partners.Authentication;

/** The one identity store: the accounts in the database, checked by the partners module. */
@ApplicationScoped
public class DatabaseIdentityStore implements IdentityStore {

    @Inject
    Authentication authentication;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        return authentication.verify(login.getCaller(), login.getPassword().getValue())
                .map(principal -> new CredentialValidationResult(principal, Set.of(principal.role().name())))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
