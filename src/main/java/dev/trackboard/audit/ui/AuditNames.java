package dev.trackboard.audit.ui;

import dev.trackboard.api.guild.Channel;
import dev.trackboard.api.guild.Role;
import dev.trackboard.api.tracking.TrackedBrand;
import dev.trackboard.exports.ui.BrandNames;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Today's names of what audit values refer to by id (a brand, a channel, a role), so that a change
 * reads "Brand: Acme Energy → none" rather than two numbers. An id that is not here is gone.
 */
record AuditNames(Map<String, String> brands, Map<String, String> channels, Map<String, String> roles) {

    static final AuditNames NONE = new AuditNames(Map.of(), Map.of(), Map.of());

    static AuditNames of(List<TrackedBrand> brands, List<Channel> channels, List<Role> roles) {
        return new AuditNames(
                BrandNames.of(brands).byId(),
                channels.stream().collect(Collectors.toMap(Channel::id, Channel::name, (a, b) -> a)),
                roles.stream().collect(Collectors.toMap(Role::id, Role::name, (a, b) -> a)));
    }
}
