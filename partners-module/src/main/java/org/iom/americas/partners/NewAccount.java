package org.iom.americas.partners;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.iom.americas.kernel.security.Role;

/**
 * An account to open: ADMIN and COORDINATOR belong to IOM, AGENCY to one partner agency, LIAISON to one partner
 * government. The password must follow the password rules.
 */
public record NewAccount(
        @NotNull @Pattern(regexp = "[a-z0-9][a-z0-9._]{2,63}", message = "{validation.username}") String username,
        @NotBlank @Size(max = 150) String displayName,
        @Email @Size(max = 254) String email,
        @NotNull Role role,
        Long governmentId,
        Long agencyId,
        @Pattern(regexp = "en|es|pt|fr", message = "{validation.language}") String preferredLanguage,
        @NotNull @Size(max = 128) String password) implements Serializable {

    /** Written out to keep the constraints off the constructor's parameters (payara/Payara#7649). */
    public NewAccount(String username, String displayName, String email, Role role, Long governmentId, Long agencyId,
                      String preferredLanguage, String password) {
        this.username = username;
        this.displayName = displayName;
        this.email = email;
        this.role = role;
        this.governmentId = governmentId;
        this.agencyId = agencyId;
        this.preferredLanguage = preferredLanguage;
        this.password = password;
    }

    @Override
    public String toString() {
        return "NewAccount[" + username + ", " + role + "]";
    }
}
