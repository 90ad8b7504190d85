package org.iom.americas.projects;

import java.io.Serializable;
import java.util.List;
import org.iom.americas.kernel.figures.Tally;
import org.iom.americas.kernel.money.Money;

/**
 * The projects a reader may follow, in figures: active projects per country and per IOM area, and what donors
 * have committed and disbursed to projects not cancelled, in US dollars at today's rates.
 *
 * @param unconverted currencies with no stored rate, left out of the totals rather than guessed
 */
public record ProjectFigures(List<Tally> activeByCountry, List<Tally> activeByArea, Money committedUsd,
                             Money disbursedUsd, List<String> unconverted) implements Serializable {
}
