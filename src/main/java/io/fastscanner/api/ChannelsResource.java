package io.fastscanner.api;

import io.fastscanner.channels.ChannelBook;
import io.fastscanner.channels.StoredChannel;
import io.fastscanner.errors.ApiError;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestResponse;

/** {@code /api/scanner/channels}: where alert rules send their alerts (docs/api.md, docs/notifications.md). */
@Path("/api/scanner/channels")
@Produces(MediaType.APPLICATION_JSON)
public class ChannelsResource {

    private static final String WRITE_ERRORS = "INVALID_JSON, INVALID_FIELD_TYPE, INVALID_CHANNEL (the message names"
            + " the field), TARGET_REFUSED (the address rule: not a public address), ";

    private final ChannelBook channels;
    private final ChannelWrites writes;

    ChannelsResource(ChannelBook channels, ChannelWrites writes) {
        this.channels = channels;
        this.writes = writes;
    }

    @GET
    @Operation(summary = "Every notification channel, oldest first, without secrets")
    @APIResponse(
            responseCode = "200",
            description = "The channels",
            content = @Content(schema = @Schema(implementation = ChannelsAnswer.class)))
    @APIResponse(ref = "Unauthorized", responseCode = "401")
    @APIResponse(ref = "CrossOrigin", responseCode = "403")
    public ChannelsAnswer list() {
        return ChannelsAnswer.of(channels.all().stream().map(this::view).toList());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One notification channel, without secrets")
    @APIResponse(
            responseCode = "200",
            description = "The channel",
            content = @Content(schema = @Schema(implementation = ChannelAnswer.class)))
    @APIResponse(ref = "Unauthorized", responseCode = "401")
    @APIResponse(ref = "CrossOrigin", responseCode = "403")
    @APIResponse(
            responseCode = "404",
            description = "CHANNEL_NOT_FOUND",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public ChannelAnswer get(@PathParam("id") String id) {
        return answer(channels.get(id).orElseThrow(() -> ChannelWrites.notFound(id)));
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ChannelRequest.class)))
    @Operation(summary = "Create a notification channel: a webhook, a Telegram chat or a Discord webhook")
    @APIResponse(
            responseCode = "201",
            description = "The channel, created",
            content = @Content(schema = @Schema(implementation = ChannelAnswer.class)))
    @APIResponse(
            responseCode = "400",
            description = WRITE_ERRORS + Answers.MALFORMED,
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(ref = "Unauthorized", responseCode = "401")
    @APIResponse(ref = "CrossOrigin", responseCode = "403")
    @APIResponse(
            responseCode = "409",
            description = "CHANNEL_EXISTS (the id is taken), TOO_MANY_CHANNELS (scanner.notify.max-channels)",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(ref = "PayloadTooLarge", responseCode = "413")
    @APIResponse(ref = "UnsupportedMediaType", responseCode = "415")
    public Uni<RestResponse<ChannelAnswer>> create(String rawBody) {
        return writes.create(rawBody).map(channel -> RestResponse.status(RestResponse.Status.CREATED, answer(channel)));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.WILDCARD)
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ChannelRequest.class)))
    @Operation(
            summary = "Change a notification channel",
            description = "Changes the fields the body names and keeps the others: a secret, bot token or Discord"
                    + " webhook URL that is not given is kept. paused: false resumes it, true pauses it.")
    @APIResponse(
            responseCode = "200",
            description = "The channel, changed",
            content = @Content(schema = @Schema(implementation = ChannelAnswer.class)))
    @APIResponse(
            responseCode = "400",
            description = WRITE_ERRORS + Answers.MALFORMED,
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(ref = "Unauthorized", responseCode = "401")
    @APIResponse(ref = "CrossOrigin", responseCode = "403")
    @APIResponse(
            responseCode = "404",
            description = "CHANNEL_NOT_FOUND",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(ref = "PayloadTooLarge", responseCode = "413")
    @APIResponse(ref = "UnsupportedMediaType", responseCode = "415")
    public Uni<ChannelAnswer> replace(@PathParam("id") String id, String rawBody) {
        return writes.change(id, rawBody).map(this::answer);
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete a notification channel that no rule uses")
    @APIResponse(
            responseCode = "200",
            description = "Deleted; what waited in its queue fails with channel_removed",
            content = @Content(schema = @Schema(implementation = DeletedAnswer.class)))
    @APIResponse(ref = "Unauthorized", responseCode = "401")
    @APIResponse(ref = "CrossOrigin", responseCode = "403")
    @APIResponse(
            responseCode = "404",
            description = "CHANNEL_NOT_FOUND",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(
            responseCode = "409",
            description = "CHANNEL_IN_USE: rules send to it (the message names them)",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Uni<DeletedAnswer> delete(@PathParam("id") String id) {
        return writes.delete(id).map(DeletedAnswer::of);
    }

    @POST
    @Path("/{id}/test")
    @Operation(
            summary = "Send a test message through the channel now",
            description = "One attempt, outside the channel's queue, also while it is paused; answers how it went.")
    @APIResponse(
            responseCode = "200",
            description = "The test message's delivery: sent, or failed with the reason",
            content = @Content(schema = @Schema(implementation = ChannelTestAnswer.class)))
    @APIResponse(ref = "Unauthorized", responseCode = "401")
    @APIResponse(ref = "CrossOrigin", responseCode = "403")
    @APIResponse(
            responseCode = "404",
            description = "CHANNEL_NOT_FOUND",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(ref = "UnsupportedMediaType", responseCode = "415")
    public Uni<ChannelTestAnswer> test(@PathParam("id") String id) {
        return writes.stored(id)
                .chain(channels::test)
                .map(delivery -> new ChannelTestAnswer(true, DeliveryView.of(delivery)));
    }

    @POST
    @Path("/{id}/resume")
    @Operation(
            summary = "Resume a paused channel",
            description = "On every replica, with its count of failures at zero; a channel that is not paused stays as"
                    + " it is.")
    @APIResponse(
            responseCode = "200",
            description = "The channel",
            content = @Content(schema = @Schema(implementation = ChannelAnswer.class)))
    @APIResponse(ref = "Unauthorized", responseCode = "401")
    @APIResponse(ref = "CrossOrigin", responseCode = "403")
    @APIResponse(
            responseCode = "404",
            description = "CHANNEL_NOT_FOUND",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(ref = "UnsupportedMediaType", responseCode = "415")
    public Uni<ChannelAnswer> resume(@PathParam("id") String id) {
        return writes.resume(id).map(this::answer);
    }

    private ChannelAnswer answer(StoredChannel channel) {
        return ChannelAnswer.of(view(channel));
    }

    private ChannelView view(StoredChannel channel) {
        return ChannelView.of(channel, channels.status(channel.id()));
    }
}
