package io.fastscanner.api;

import io.fastscanner.errors.ApiError;
import io.fastscanner.errors.ApiException;
import io.fastscanner.schedule.Alert;
import io.fastscanner.schedule.AlertStore;
import io.fastscanner.time.TimeId;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** {@code GET /api/scanner/alerts?since=<id|ISO-8601 time>&limit=}: alerts raised by change tracking. */
@Path("/api/scanner/alerts")
@Produces(MediaType.APPLICATION_JSON)
public class AlertsResource {

    private static final int MAX_LIMIT = 1000;
    private static final int DEFAULT_LIMIT = 100;

    private final AlertStore store;

    AlertsResource(AlertStore store) {
        this.store = store;
    }

    @GET
    @Operation(
            summary = "Alerts newer than an alert id or a time, oldest first",
            description = "Without since: the newest alerts, up to limit.")
    @APIResponse(
            responseCode = "200",
            description = "The alerts, oldest first",
            content = @Content(schema = @Schema(implementation = AlertsAnswer.class)))
    @APIResponse(
            responseCode = "400",
            description = "INVALID_SINCE, INVALID_LIMIT (a whole number from 1 to 1000), " + Answers.MALFORMED,
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(ref = "Unauthorized", responseCode = "401")
    @APIResponse(ref = "CrossOrigin", responseCode = "403")
    public AlertsAnswer alerts(
            @Parameter(
                            description =
                                    "An alert id (such as 1776729600000-0), or an ISO-8601 UTC time such as 2026-04-21T00:00:00Z",
                            example = "1776729600000-0")
                    @QueryParam("since")
                    String since,
            @Parameter(
                            description = "At most this many alerts, 1 to 1000; default 100",
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            minimum = "1",
                                            maximum = "1000",
                                            defaultValue = "100"))
                    @QueryParam("limit")
                    String limitParam) {
        int limit = RequestValues.limit(limitParam, 1, MAX_LIMIT, DEFAULT_LIMIT);
        List<Alert> alerts;
        Optional<TimeId> sinceId = TimeId.parse(since);
        if (since == null || since.isBlank()) {
            alerts = store.newest(limit);
        } else if (sinceId.isPresent()) {
            alerts = store.sinceId(sinceId.get(), limit);
        } else {
            alerts = store.since(time(since), limit);
        }
        return AlertsAnswer.of(alerts);
    }

    private static Instant time(String since) {
        try {
            return Instant.parse(since.trim());
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest(
                    "INVALID_SINCE", "since must be an alert id or an ISO-8601 UTC time such as 2026-04-21T00:00:00Z");
        }
    }
}
