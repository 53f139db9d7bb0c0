package io.fastscanner.api;

import io.fastscanner.schedule.Alert;
import io.fastscanner.schedule.AlertStore;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** {@code GET /api/scanner/alerts?since=<id|ISO-8601 time>&limit=}: alerts raised by change tracking. */
@Path("/api/scanner/alerts")
@Produces(MediaType.APPLICATION_JSON)
public class AlertsResource {

    private static final int MAX_LIMIT = 1000;

    @Inject
    AlertStore store;

    @GET
    @Operation(summary = "Alerts newer than an alert id or a time, oldest first")
    public Map<String, Object> alerts(@QueryParam("since") String since, @QueryParam("limit") String limitParam) {
        int limit = limit(limitParam);
        List<Alert> alerts;
        if (since == null || since.isBlank()) {
            alerts = store.sinceId(0, Integer.MAX_VALUE);
            alerts = alerts.subList(Math.max(0, alerts.size() - limit), alerts.size());
        } else if (since.trim().matches("\\d{1,18}")) {
            alerts = store.sinceId(Long.parseLong(since.trim()), limit);
        } else {
            alerts = store.since(time(since), limit);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("success", true);
        body.put("alerts", alerts);
        body.put("count", alerts.size());
        return body;
    }

    private static Instant time(String since) {
        try {
            return Instant.parse(since.trim());
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("INVALID_SINCE",
                    "since must be an alert id or an ISO-8601 UTC time such as 2026-04-21T00:00:00Z");
        }
    }

    private static int limit(String raw) {
        if (raw == null || raw.isBlank()) {
            return 100;
        }
        try {
            int limit = Integer.parseInt(raw.trim());
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ApiException.badRequest("INVALID_LIMIT", "limit must be a whole number from 1 to " + MAX_LIMIT);
    }
}
