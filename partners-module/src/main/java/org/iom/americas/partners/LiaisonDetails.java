package org.iom.americas.partners;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * Who a government liaison is, on registration (the government is chosen then, for good) and on every revision
 * ({@code version} is the one read; registration ignores it). {@code accountId} links the LIAISON account of the
 * same government that the person signs in with.
 */
public record LiaisonDetails(
        Long governmentId,
        @NotBlank @Size(max = 150) String fullName,
        @Size(max = 150) String title,
        @Size(max = 200) String institution,
        @NotBlank @Email @Size(max = 254) String email,
        @Size(max = 40) @Pattern(regexp = "[+0-9 ()./-]*", message = "{validation.phone}") String phone,
        @NotNull @Pattern(regexp = "en|es|pt|fr", message = "{validation.language}") String preferredLanguage,
        Long accountId,
        Boolean active,
        Long version) implements Serializable {

    /** Written out to keep the constraints off the constructor's parameters (payara/Payara#7649). */
    public LiaisonDetails(Long governmentId, String fullName, String title, String institution, String email,
                          String phone, String preferredLanguage, Long accountId, Boolean active, Long version) {
        this.governmentId = governmentId;
        this.fullName = fullName;
        this.title = title;
        this.institution = institution;
        this.email = email;
        this.phone = phone;
        this.preferredLanguage = preferredLanguage;
        this.accountId = accountId;
        this.active = active;
        this.version = version;
    }

    public LiaisonDetails withVersion(Long read) {
        return new LiaisonDetails(governmentId, fullName, title, institution, email, phone, preferredLanguage,
                accountId, active, read);
    }
}
