package org.iom.americas.partners;

import jakarta.validation.constraints.NotNull;
import java.io.Serializable;

/** A new password an administrator sets for an account; the password rules apply. */
public record NewPassword(@NotNull String password) implements Serializable {

    /** Written out to keep the constraint off the constructor's parameter (payara/Payara#7649). */
    public NewPassword(String password) {
        this.password = password;
    }

    @Override
    public String toString() {
        return "NewPassword[****]";
    }
}
