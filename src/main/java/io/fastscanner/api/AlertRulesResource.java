package io.fastscanner.api;

import io.fastscanner.errors.ApiError;
import io.fastscanner.rules.AlertRule;
import io.fastscanner.rules.DeliveryLog;
import io.fastscanner.rules.RuleBook;
import io.fastscanner.rules.RulesConfig;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestResponse;

/** {@code /api/scanner/alert-rules}: alert rules (docs/api.md) and the deliveries of their alerts. */
@Path("/api/scanner/alert-rules")
@Produces(MediaType.APPLICATION_JSON)
public class AlertRulesResource {

    static final String WRITE_ERRORS = "INVALID_JSON, INVALID_FIELD_TYPE, INVALID_RULE (the message names the field),"
            + " INVALID_EXPRESSION (with error.position), INVALID_SYMBOL, TOO_MANY_SYMBOLS, INVALID_EXCHANGE,"
            + " INVALID_TIMEFRAME, UNKNOWN_CHANNEL, ";

    private final RuleBook rules;
    private final RuleWrites writes;
    private final DeliveryLog deliveries;
    private final int deliveriesPerRule;

    AlertRulesResource(RuleBook rules, RuleWrites writes, DeliveryLog deliveries, RulesConfig config) {
        this.rules = rules;
        this.writes = writes;
        this.deliveries = deliveries;
        this.deliveriesPerRule = config.deliveriesPerRule();
    }

    @GET
    @Operation(summary = "Every alert rule, oldest first")
    @APIResponse(
            responseCode = "200",
            description = "The rules",
            content = @Content(schema = @Schema(implementation = RulesAnswer.class)))
    @APIResponse(ref = "Unauthorized", responseCode = "401")
    @APIResponse(ref = "CrossOrigin", responseCode = "403")
    public RulesAnswer list() {
        return RulesAnswer.of(rules.all().stream().map(RuleView::of).toList());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One alert rule")
    @APIResponse(
            responseCode = "200",
            description = "The rule",
            content = @Content(schema = @Schema(implementation = RuleAnswer.class)))
    @APIResponse(ref = "Unauthorized", responseCode = "401")
    @APIResponse(ref = "CrossOrigin", responseCode = "403")
    @APIResponse(
            responseCode = "404",
            description = "RULE_NOT_FOUND",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public RuleAnswer get(@PathParam("id") String id) {
        AlertRule rule = rules.get(id).orElseThrow(() -> RuleWrites.notFound(id));
        return RuleAnswer.of(RuleView.of(rule));
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = RuleRequest.class)))
    @Operation(
            summary = "Create an alert rule",
            description = "A screen rule (kind screen_match, with an expression) or a rule of a change kind.")
    @APIResponse(
            responseCode = "201",
            description = "The rule, created",
            content = @Content(schema = @Schema(implementation = RuleAnswer.class)))
    @APIResponse(
            responseCode = "400",
            description = WRITE_ERRORS + Answers.MALFORMED,
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(ref = "Unauthorized", responseCode = "401")
    @APIResponse(ref = "CrossOrigin", responseCode = "403")
    @APIResponse(
            responseCode = "409",
            description = "RULE_EXISTS (the id is taken), TOO_MANY_RULES (scanner.rules.max-rules)",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(ref = "PayloadTooLarge", responseCode = "413")
    @APIResponse(ref = "UnsupportedMediaType", responseCode = "415")
    public Uni<RestResponse<RuleAnswer>> create(String rawBody) {
        return writes.create(rawBody).map(rule -> RestResponse.status(RestResponse.Status.CREATED, answer(rule)));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.WILDCARD)
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = RuleRequest.class)))
    @Operation(
            summary = "Change an alert rule",
            description = "Changes the fields the body names and keeps the others; e.g. {\"enabled\": false}.")
    @APIResponse(
            responseCode = "200",
            description = "The rule, changed",
            content = @Content(schema = @Schema(implementation = RuleAnswer.class)))
    @APIResponse(
            responseCode = "400",
            description = WRITE_ERRORS + Answers.MALFORMED,
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(ref = "Unauthorized", responseCode = "401")
    @APIResponse(ref = "CrossOrigin", responseCode = "403")
    @APIResponse(
            responseCode = "404",
            description = "RULE_NOT_FOUND",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(ref = "PayloadTooLarge", responseCode = "413")
    @APIResponse(ref = "UnsupportedMediaType", responseCode = "415")
    public Uni<RuleAnswer> replace(@PathParam("id") String id, String rawBody) {
        return writes.change(id, rawBody).map(this::answer);
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete an alert rule and its deliveries")
    @APIResponse(
            responseCode = "200",
            description = "Deleted",
            content = @Content(schema = @Schema(implementation = DeletedAnswer.class)))
    @APIResponse(ref = "Unauthorized", responseCode = "401")
    @APIResponse(ref = "CrossOrigin", responseCode = "403")
    @APIResponse(
            responseCode = "404",
            description = "RULE_NOT_FOUND",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Uni<DeletedAnswer> delete(@PathParam("id") String id) {
        return rules.delete(id).map(deleted -> {
            if (!deleted) {
                throw RuleWrites.notFound(id);
            }
            return DeletedAnswer.of(id);
        });
    }

    @GET
    @Path("/{id}/deliveries")
    @Operation(
            summary = "The deliveries of the rule's alerts to its channels, newest first",
            description = "Each as it stands after its latest attempt: sent, retrying or failed with a reason.")
    @APIResponse(
            responseCode = "200",
            description = "The deliveries",
            content = @Content(schema = @Schema(implementation = DeliveriesAnswer.class)))
    @APIResponse(
            responseCode = "400",
            description = "INVALID_LIMIT (a whole number from 1 to scanner.rules.deliveries-per-rule)",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(ref = "Unauthorized", responseCode = "401")
    @APIResponse(ref = "CrossOrigin", responseCode = "403")
    @APIResponse(
            responseCode = "404",
            description = "RULE_NOT_FOUND",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Uni<DeliveriesAnswer> deliveries(@PathParam("id") String id, @QueryParam("limit") String limitParam) {
        int limit = RequestValues.limit(limitParam, 1, deliveriesPerRule, deliveriesPerRule);
        return rules.stored(id)
                .chain(found -> {
                    if (found.isEmpty()) {
                        throw RuleWrites.notFound(id);
                    }
                    return deliveries.newest(id, limit);
                })
                .map(kept -> DeliveriesAnswer.of(
                        id, kept.stream().map(DeliveryView::of).toList()));
    }

    private RuleAnswer answer(AlertRule rule) {
        return RuleAnswer.of(RuleView.of(rule));
    }
}
