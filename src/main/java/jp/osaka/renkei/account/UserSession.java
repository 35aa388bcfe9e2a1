package jp.osaka.renkei.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One signed-in session of a user (ログイン中の端末); its row going away signs the session out. */
@Entity
@Table(name = "user_session")
class UserSession {

    /** Browsers' user agents are long; what the list shows fits in this. */
    static final int AGENT_LENGTH = 200;

    @Id
    @Column(length = 64)
    private String id;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(name = "signed_in_at", nullable = false)
    private Instant signedInAt;

    @Column(name = "last_seen_at", nullable = false)
    private Instant lastSeenAt;

    @Column(nullable = false, length = 45)
    private String address;

    @Column(name = "user_agent", nullable = false, length = AGENT_LENGTH)
    private String userAgent;

    protected UserSession() {
        this("", 0, Instant.EPOCH, "", "");
    }

    UserSession(String id, long userId, Instant signedInAt, String address, String userAgent) {
        this.id = id;
        this.userId = userId;
        this.signedInAt = signedInAt;
        this.lastSeenAt = signedInAt;
        this.address = address.length() > 45 ? address.substring(0, 45) : address;
        this.userAgent = userAgent.length() > AGENT_LENGTH ? userAgent.substring(0, AGENT_LENGTH) : userAgent;
    }

    String getId() {
        return id;
    }

    long getUserId() {
        return userId;
    }

    Instant getSignedInAt() {
        return signedInAt;
    }

    Instant getLastSeenAt() {
        return lastSeenAt;
    }

    String getAddress() {
        return address;
    }

    String getUserAgent() {
        return userAgent;
    }
}
