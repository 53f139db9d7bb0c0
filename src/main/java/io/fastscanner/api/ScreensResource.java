package io.fastscanner.api;

import io.fastscanner.errors.ApiError;
import io.fastscanner.errors.ApiException;
import io.fastscanner.screens.Screen;
import io.fastscanner.screens.saved.SavedScreens;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * {@code /api/scanner/screens}: screens saved under a name, to filter quick scans, results and the event stream by id.
 * With {@code scanner.store=redis} every replica shares them.
 */
@Path("/api/scanner/screens")
@Produces(MediaType.APPLICATION_JSON)
public class ScreensResource {

    static final String PATH = "/api/scanner/screens";
    private static final String BODY_ERRORS = "INVALID_JSON, INVALID_FIELD_TYPE (also for a missing body), INVALID_NAME"
            + " (name missing, blank, longer than 100 characters or with control characters), INVALID_SCREEN (no"
            + " expression, or one that does not parse: the message names the position and what was expected there;"
            + " error.position is the 0-based offset), ";

    private final SavedScreens saved;
    private final JsonBodies bodies;

    ScreensResource(SavedScreens saved, JsonBodies bodies) {
        this.saved = saved;
        this.bodies = bodies;
    }

    @GET
    @Operation(summary = "Every saved screen, oldest first")
    @APIResponse(
            responseCode = "200",
            description = "The saved screens",
            content = @Content(schema = @Schema(implementation = ScreensAnswer.class)))
    @APIResponse(ref = "BadRequest", responseCode = "400")
    @APIResponse(ref = "Unauthorized", responseCode = "401")
    @APIResponse(ref = "CrossOrigin", responseCode = "403")
    @APIResponse(ref = "StoreUnavailable", responseCode = "503")
    public Uni<ScreensAnswer> list() {
        return saved.list().map(all -> ScreensAnswer.of(all, saved.max()));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One saved screen")
    @APIResponse(
            responseCode = "200",
            description = "The screen",
            content = @Content(schema = @Schema(implementation = ScreenAnswer.class)))
    @APIResponse(ref = "BadRequest", responseCode = "400")
    @APIResponse(ref = "Unauthorized", responseCode = "401")
    @APIResponse(ref = "CrossOrigin", responseCode = "403")
    @APIResponse(ref = "ScreenNotFound", responseCode = "404")
    @APIResponse(ref = "StoreUnavailable", responseCode = "503")
    public Uni<ScreenAnswer> get(@Parameter(example = "scr-7f3a9c2e51b8") @PathParam("id") String id) {
        return saved.get(id).map(found -> ScreenAnswer.of(found.orElseThrow(() -> ScreenChoice.notFound(id))));
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ScreenRequest.class)))
    @Operation(
            summary = "Save a screen under a name",
            description = "The expression is checked and saved in its canonical text. At most scanner.screens.max"
                    + " (100) screens can be saved.")
    @APIResponse(
            responseCode = "201",
            description = "Saved; Location names the new screen",
            content = @Content(schema = @Schema(implementation = ScreenAnswer.class)))
    @APIResponse(
            responseCode = "400",
            description = BODY_ERRORS + Answers.MALFORMED,
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(ref = "Unauthorized", responseCode = "401")
    @APIResponse(ref = "CrossOrigin", responseCode = "403")
    @APIResponse(
            responseCode = "409",
            description = "TOO_MANY_SCREENS: scanner.screens.max screens are saved already; delete one first",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(ref = "PayloadTooLarge", responseCode = "413")
    @APIResponse(ref = "UnsupportedMediaType", responseCode = "415")
    @APIResponse(ref = "StoreUnavailable", responseCode = "503")
    public Uni<RestResponse<ScreenAnswer>> create(String rawBody) {
        ScreenRequest body = body(rawBody);
        String name = body.validName();
        Screen screen = ScreenChoice.parse(body.requiredExpression());
        return saved.create(name, screen).map(created -> {
            ScreenAnswer answer = ScreenAnswer.of(created.orElseThrow(() -> new ApiException(
                    ApiException.CONFLICT,
                    "TOO_MANY_SCREENS",
                    "At most " + saved.max() + " screens can be saved; delete one first")));
            return RestResponse.ResponseBuilder.<ScreenAnswer>created(URI.create(PATH + "/" + answer.id()))
                    .entity(answer)
                    .build();
        });
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.WILDCARD)
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ScreenRequest.class)))
    @Operation(
            summary = "Replace a saved screen's name and expression",
            description = "It keeps its id and createdAt; updatedAt is now.")
    @APIResponse(
            responseCode = "200",
            description = "Replaced",
            content = @Content(schema = @Schema(implementation = ScreenAnswer.class)))
    @APIResponse(
            responseCode = "400",
            description = BODY_ERRORS + Answers.MALFORMED,
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(ref = "Unauthorized", responseCode = "401")
    @APIResponse(ref = "CrossOrigin", responseCode = "403")
    @APIResponse(ref = "ScreenNotFound", responseCode = "404")
    @APIResponse(ref = "PayloadTooLarge", responseCode = "413")
    @APIResponse(ref = "UnsupportedMediaType", responseCode = "415")
    @APIResponse(ref = "StoreUnavailable", responseCode = "503")
    public Uni<ScreenAnswer> replace(
            @Parameter(example = "scr-7f3a9c2e51b8") @PathParam("id") String id, String rawBody) {
        ScreenRequest body = body(rawBody);
        String name = body.validName();
        Screen screen = ScreenChoice.parse(body.requiredExpression());
        return saved.replace(id, name, screen)
                .map(replaced -> ScreenAnswer.of(replaced.orElseThrow(() -> ScreenChoice.notFound(id))));
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete a saved screen")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(ref = "BadRequest", responseCode = "400")
    @APIResponse(ref = "Unauthorized", responseCode = "401")
    @APIResponse(ref = "CrossOrigin", responseCode = "403")
    @APIResponse(ref = "ScreenNotFound", responseCode = "404")
    @APIResponse(ref = "StoreUnavailable", responseCode = "503")
    public Uni<RestResponse<Void>> delete(@Parameter(example = "scr-7f3a9c2e51b8") @PathParam("id") String id) {
        return saved.delete(id).map(deleted -> {
            if (!deleted) {
                throw ScreenChoice.notFound(id);
            }
            return RestResponse.noContent();
        });
    }

    private ScreenRequest body(String rawBody) {
        ScreenRequest body = bodies.readOptional(rawBody, ScreenRequest.class);
        if (body == null) {
            throw ApiException.badRequest(
                    "INVALID_FIELD_TYPE",
                    "The request body must be a JSON object: {\"name\": ..., \"expression\": ...}");
        }
        return body;
    }
}
