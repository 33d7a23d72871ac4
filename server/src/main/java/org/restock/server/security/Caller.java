package org.restock.server.security;

import java.util.Set;

/** Who sent the request, once authenticated; registered in the request context. */
public record Caller(String user, Set<String> roles) {

    public static final String PLANNER = "planner";
    public static final String ADMIN = "admin";

    public Caller {
        roles = Set.copyOf(roles);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }
}
