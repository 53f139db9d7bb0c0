package io.fastscanner.scannerapi;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The Python {@code scanner_api} (Flask) endpoints we use. Bodies come back as raw text: the service may answer
 * HTML error pages or JSON with {@code NaN} literals, so {@link ScannerApiClient} reads status and body itself.
 */
@RegisterRestClient(configKey = "scanner-api")
@Path("/api/scanner")
@Produces(MediaType.WILDCARD)
public interface ScannerApi {

    /** Starts a scan: 200 with {@code {signals, metadata}} (older version) or 202 {@code {status:"accepted"}}. */
    @POST
    @Path("/scan")
    @Consumes(MediaType.APPLICATION_JSON)
    Uni<RestResponse<String>> scan(ScanRequest request);

    /** {@code {status, scanner_initialized, last_scan, results_count, timestamp}}. */
    @GET
    @Path("/status")
    Uni<RestResponse<String>> status();

    /** The results of the service's last scan: {@code {signals, metadata, filters}}. */
    @GET
    @Path("/signals")
    Uni<RestResponse<String>> signals();
}
