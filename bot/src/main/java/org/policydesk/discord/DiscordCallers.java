package org.policydesk.discord;

import java.util.Optional;
import java.util.Set;
import org.javacord.api.entity.permission.PermissionType;
import org.javacord.api.entity.server.Server;
import org.javacord.api.entity.user.User;
import org.policydesk.bot.Caller;

/** Who a Discord user is to the bot; an admin is the owner, or has Manage Server, or a configured admin role. */
final class DiscordCallers {

    private final Set<String> adminRoleIds;

    DiscordCallers(Set<String> adminRoleIds) {
        this.adminRoleIds = adminRoleIds;
    }

    /** In a DM there is no server, so nobody is an admin there. */
    Caller of(User user, Optional<Server> server, String conversationId) {
        boolean admin = server.map(s -> s.isOwner(user) || s.isAdmin(user)
                || s.hasPermission(user, PermissionType.MANAGE_SERVER)
                || s.getRoles(user).stream().anyMatch(r -> adminRoleIds.contains(r.getIdAsString())))
                .orElse(false);
        return new Caller(user.getIdAsString(), user.getName(), admin, conversationId);
    }
}
