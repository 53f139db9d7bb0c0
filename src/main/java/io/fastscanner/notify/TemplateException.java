package io.fastscanner.notify;

/** A template that cannot be used: an unknown placeholder (named, with the allowed ones), or a malformed one. */
public final class TemplateException extends InvalidChannelException {

    public TemplateException(String message) {
        super("template", message);
    }
}
