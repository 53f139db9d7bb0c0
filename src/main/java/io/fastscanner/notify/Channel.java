package io.fastscanner.notify;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A notification channel as the dispatcher knows it: an id, where it sends ({@link ChannelTarget}) and what it says
 * ({@link MessageTemplate}). Storing channels, naming them and choosing which alerts go to which belong to the layer
 * above; the dispatcher only needs these three.
 *
 * @param id letters, digits, {@code -} and {@code _}, at most 64
 */
public record Channel(String id, ChannelTarget target, MessageTemplate template) {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    public Channel {
        if (id == null || !ID.matcher(id).matches()) {
            throw new InvalidChannelException("id", "id must be 1 to 64 letters, digits, - or _");
        }
        Objects.requireNonNull(target, "target");
        template = template == null ? target.kind().defaultTemplate() : template;
    }

    /** A channel with its kind's default template. */
    public static Channel of(String id, ChannelTarget target) {
        return new Channel(id, target, null);
    }

    public ChannelKind kind() {
        return target.kind();
    }

    /** The text of {@code notification} for this channel, cut to what its kind accepts. */
    public String text(Notification notification) {
        return template.render(notification, kind().maxTextLength());
    }
}
