package jp.osaka.renkei.base.security;

/**
 * A signed-in user was refused a view or a service call (ASVS 16.3.2): who, what they asked for (the
 * view's path), and the refusal's reason. Published by {@link AccessRefusals}; the audit log records it.
 */
public record AccessRefusal(String actor, String target, String reason) {
}
