package org.iom.americas.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.iom.americas.kernel.paging.Page;
import org.iom.americas.projects.ExchangeRateView;
import org.iom.americas.projects.ExchangeRates;

@Path("exchange-rates")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Exchange rates", description = "US dollars per unit of a currency, from a day on. ADMIN adds.")
public class ExchangeRatesResource {

    @Inject
    ExchangeRates rates;

    @GET
    @Operation(summary = "Every stored rate, by currency, newest first")
    @APIResponse(responseCode = "200", description = "One page; nextCursor, when present, leads to the next",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ExchangeRateViewPage")))
    public Page<ExchangeRateView> list() {
        return new Page<>(rates.list(), null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a rate", description = "ADMIN. {\"currency\": \"EUR\", \"validFrom\": \"2026-11-01\", "
            + "\"usdPerUnit\": \"1.0825\"}; a stored rate never changes (409 for the same currency and day).")
    @APIResponse(responseCode = "201", description = "The record as stored",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ExchangeRateView")))
    public Response add(ExchangeRateView rate) {
        ExchangeRateView added = rates.add(rate == null ? null : rate.currency(),
                rate == null ? null : rate.validFrom(), rate == null ? null : rate.usdPerUnit());
        return Response.status(201).entity(added).build();
    }
}
