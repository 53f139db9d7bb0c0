package io.fastscanner.notify;

/**
 * A target the guard will not send to: a scheme other than http(s), a host that is or resolves to a loopback,
 * private, link-local, unique-local, multicast or unspecified address (unless private targets are allowed), or a
 * host that is no valid address. The message names the host and the address, never a secret.
 */
public final class TargetRefusedException extends InvalidChannelException {

    public TargetRefusedException(String message) {
        super("target", message);
    }
}
