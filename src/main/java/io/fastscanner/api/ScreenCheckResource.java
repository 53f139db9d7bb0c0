package io.fastscanner.api;

import io.fastscanner.errors.ApiError;
import io.fastscanner.errors.ApiException;
import io.fastscanner.screens.Screen;
import io.fastscanner.screens.ScreenSyntaxException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * What an editor of screens needs while a trader types one: the catalogue of fields, for autocompletion, and a check
 * of a screen that answers its canonical text or where it goes wrong. Nothing is stored or scanned.
 */
@Path("/api/scanner")
@Produces(MediaType.APPLICATION_JSON)
public class ScreenCheckResource {

    /** The 400 of an invalid screen; the document names it for each operation that reads a screen. */
    static final String INVALID_SCREEN = "INVALID_SCREEN: the screen cannot be parsed; the message says what was"
            + " expected, at which position and what was found there, and error.position is that 0-based character"
            + " offset";

    private static final ScreenFieldsAnswer FIELDS = ScreenFieldsAnswer.all();

    private final JsonBodies bodies;

    ScreenCheckResource(JsonBodies bodies) {
        this.bodies = bodies;
    }

    @GET
    @Path("/screen-fields")
    @Operation(
            summary = "Every field a screen can test, with its type, allowed values, source and description",
            description = "The language is described in docs/screens.md.")
    @APIResponse(
            responseCode = "200",
            description = "The fields: row fields, then indicators, then deep analysis",
            content = @Content(schema = @Schema(implementation = ScreenFieldsAnswer.class)))
    @APIResponse(ref = "BadRequest", responseCode = "400")
    @APIResponse(ref = "Unauthorized", responseCode = "401")
    @APIResponse(ref = "CrossOrigin", responseCode = "403")
    public ScreenFieldsAnswer fields() {
        return FIELDS;
    }

    @POST
    @Path("/screen-check")
    @Consumes(MediaType.WILDCARD)
    @RequestBody(
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ScreenCheckRequest.class)))
    @Operation(
            summary = "Check a screen: its canonical text and the fields it reads, or where it goes wrong",
            description = "Nothing is stored or scanned. A POST, so the API token is needed when one is set.")
    @APIResponse(
            responseCode = "200",
            description = "The screen is valid",
            content = @Content(schema = @Schema(implementation = ScreenCheckAnswer.class)))
    @APIResponse(
            responseCode = "400",
            description = INVALID_SCREEN + "; INVALID_JSON, INVALID_FIELD_TYPE, " + Answers.MALFORMED,
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(ref = "Unauthorized", responseCode = "401")
    @APIResponse(ref = "CrossOrigin", responseCode = "403")
    @APIResponse(ref = "PayloadTooLarge", responseCode = "413")
    @APIResponse(ref = "UnsupportedMediaType", responseCode = "415")
    public ScreenCheckAnswer check(String rawBody) {
        ScreenCheckRequest body = bodies.readOptional(rawBody, ScreenCheckRequest.class);
        return ScreenCheckAnswer.of(parse(body == null ? null : body.expression()));
    }

    /** The screen, or 400 {@code INVALID_SCREEN} with the position of the mistake. */
    static Screen parse(String expression) {
        try {
            return Screen.parse(expression);
        } catch (ScreenSyntaxException e) {
            throw ApiException.badRequestAt("INVALID_SCREEN", e.getMessage(), e.position());
        }
    }
}
