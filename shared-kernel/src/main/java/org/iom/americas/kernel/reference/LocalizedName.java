package org.iom.americas.kernel.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Locale;

/** A name in the four working languages; English is the fallback for any other language. */
@Embeddable
public class LocalizedName implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "name_en", nullable = false)
    private String en;
    @Column(name = "name_es", nullable = false)
    private String es;
    @Column(name = "name_pt", nullable = false)
    private String pt;
    @Column(name = "name_fr", nullable = false)
    private String fr;

    protected LocalizedName() {
    }

    public LocalizedName(String en, String es, String pt, String fr) {
        this.en = en;
        this.es = es;
        this.pt = pt;
        this.fr = fr;
    }

    public String in(Locale locale) {
        return switch (WorkingLanguage.of(locale)) {
            case ES -> es;
            case PT -> pt;
            case FR -> fr;
            case EN -> en;
        };
    }

    public String en() {
        return en;
    }
}
