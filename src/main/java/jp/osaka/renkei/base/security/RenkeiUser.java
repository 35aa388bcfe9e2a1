package jp.osaka.renkei.base.security;

import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in user as Spring Security keeps it in the session: who, which role, which ward. */
public record RenkeiUser(
        long id,
        String username,
        String displayName,
        Role role,
        @Nullable Long wardId,
        String passwordHash,
        boolean enabled,
        boolean locked) implements UserDetails, RenkeiPrincipal {

    @Override
    public RenkeiUser renkeiUser() {
        return this;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    /** True when this user may see and change data of the given ward. */
    public boolean canAccessWard(long ward) {
        return !role.wardScoped() || (wardId != null && wardId == ward);
    }

    @Override
    public String toString() {
        // Never log the password hash.
        return "RenkeiUser[" + username + ", " + role + ", ward=" + wardId + "]";
    }
}
