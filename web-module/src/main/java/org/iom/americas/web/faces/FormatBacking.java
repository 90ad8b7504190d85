package org.iom.americas.web.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.Locale;
import org.iom.americas.kernel.money.Money;

/**
 * Dates, times, numbers and amounts as the reader writes them: "3 mars 2027" for a French reader, "1.234,56 EUR"
 * for a Portuguese one. Times are stored in UTC and shown in the reader's time zone, which the browser tells in
 * the {@code tz} cookie (set by {@code app.js}); without it, Panama's, where the regional office sits. Every time
 * shown names its zone, so a liaison and a coordinator in different zones never misread a due date.
 */
@Named
@RequestScoped
public class FormatBacking {

    static final ZoneId REGIONAL_OFFICE = ZoneId.of("America/Panama");
    private static final String EMPTY = "—";

    @Inject
    LanguageBacking language;

    private ZoneId zone;

    public ZoneId getZone() {
        if (zone == null) {
            HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext()
                    .getRequest();
            zone = Arrays.stream(request.getCookies() == null ? new Cookie[0] : request.getCookies())
                    .filter(c -> c.getName().equals("tz")).map(Cookie::getValue).map(FormatBacking::zoneOf)
                    .filter(z -> z != null).findFirst().orElse(REGIONAL_OFFICE);
        }
        return zone;
    }

    /** The zone's name in the reader's language ("hora de Centroamérica"), for the page footer. */
    public String getZoneName() {
        return getZone().getDisplayName(TextStyle.FULL, locale()) + " (" + getZone().getId() + ")";
    }

    public String date(LocalDate day) {
        return day == null ? EMPTY : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale())
                .format(day);
    }

    public String dateTime(Instant moment) {
        return moment == null ? EMPTY : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale()).format(moment.atZone(getZone()))
                + " " + getZone().getDisplayName(TextStyle.SHORT, locale());
    }

    public String number(Number value) {
        return value == null ? EMPTY : NumberFormat.getNumberInstance(locale()).format(value);
    }

    /** An amount with its ISO currency code after it; the code, not a symbol, since "$" means five currencies here. */
    public String money(Money amount) {
        return amount == null ? EMPTY : amount(new BigDecimal(amount.amount())) + " " + amount.currency();
    }

    public String amount(BigDecimal value) {
        if (value == null) {
            return EMPTY;
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale());
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    private Locale locale() {
        return language.getLocale();
    }

    private static ZoneId zoneOf(String id) {
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
