package io.fastscanner.api;

import io.fastscanner.errors.ApiError;
import io.fastscanner.scan.ScanView;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** {@code GET /api/scanner/results}: the latest scan's rows as they stand now, optionally through a screen. */
@Path("/api/scanner/results")
@Produces(MediaType.APPLICATION_JSON)
public class ResultsResource {

    private final ScanView view;
    private final StatusAssembler status;
    private final ScreenChoice screens;

    ResultsResource(ScanView view, StatusAssembler status, ScreenChoice screens) {
        this.view = view;
        this.status = status;
        this.screens = screens;
    }

    @GET
    @Operation(
            summary = "The latest scan's signals and the scanner's status",
            description = "With screen (an expression) or screenId (a saved screen), only the rows that pass it. "
                    + "Deep-analysis fields may be used: a row has them once its deep analysis is complete, and "
                    + "does not pass such a screen before.")
    @APIResponse(
            responseCode = "200",
            description = "The latest scan's rows as they stand now",
            content = @Content(schema = @Schema(implementation = ResultsAnswer.class)))
    @APIResponse(
            responseCode = "400",
            description = "INVALID_SCREEN (screen and screenId both given, or a screen that does not parse: the message"
                    + " names the position, error.position is the 0-based offset), " + Answers.MALFORMED,
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(ref = "Unauthorized", responseCode = "401")
    @APIResponse(ref = "CrossOrigin", responseCode = "403")
    @APIResponse(ref = "ScreenNotFound", responseCode = "404")
    public Uni<ResultsAnswer> results(
            @Parameter(
                            description = "A screen (docs/screens.md), URL-encoded: keep the rows that pass it",
                            example = "signal == \"BUY\" and opportunityScore >= 60")
                    @QueryParam("screen")
                    String screen,
            @Parameter(description = "A saved screen's id, instead of screen", example = "scr-7f3a9c2e51b8")
                    @QueryParam("screenId")
                    String screenId) {
        return screens.of(screen, screenId)
                .flatMap(chosen -> Uni.combine()
                        .all()
                        .unis(view.analyses(), status.status())
                        .with((analyses, now) -> ResultsAnswer.of(analyses, now, chosen)));
    }
}
