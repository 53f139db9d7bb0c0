package io.fastscanner.marketdata.binance;

import io.quarkus.rest.client.reactive.ClientExceptionMapper;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Binance spot public market-data REST API ({@code quarkus.rest-client.binance.url}). Bodies are returned as
 * raw bytes with the response (status and headers): {@link BinanceClient} parses them and is the only caller.
 */
@RegisterRestClient(configKey = "binance")
@Path("/api/v3")
@Produces(MediaType.APPLICATION_JSON)
interface BinanceApi {

    /** Trading rules and symbol information of every symbol (weight 20). */
    @GET
    @Path("/exchangeInfo")
    Uni<RestResponse<byte[]>> exchangeInfo();

    /** 24 h rolling statistics of every symbol, as one JSON array (weight 80 without a symbol). */
    @GET
    @Path("/ticker/24hr")
    Uni<RestResponse<byte[]>> ticker24h();

    /** Klines of one symbol, oldest first; the last row may be the still-forming candle (weight 2). */
    @GET
    @Path("/klines")
    Uni<RestResponse<byte[]>> klines(
            @QueryParam("symbol") String symbol,
            @QueryParam("interval") String interval,
            @QueryParam("limit") int limit);

    /** Every HTTP error (status 400 and above) becomes a {@link BinanceHttpException} carrying status, headers, body. */
    @ClientExceptionMapper
    static BinanceHttpException toException(Response response) {
        return BinanceHttpException.of(response);
    }
}
